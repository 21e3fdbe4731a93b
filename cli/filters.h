// What `--from`, `--to`, `--actor`, `--type` and `--series` ask for, checked
// against the lexicons and rules before anything is read, and applied to the
// merged events. A mistaken value is an error that names the valid ones.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "export/exports.h"
#include "extract/event.h"
#include "extract/resources.h"

namespace hadath {

// The filters as given on the command line; --actor and --type may repeat.
struct FilterRequest {
    std::string from, to, series;
    std::vector<std::string> actors, types;
    bool empty() const { return from.empty() && to.empty() && series.empty() && actors.empty() && types.empty(); }
};

struct EventFilter {
    ExportFilter dates_and_series;  // from, to and series; actor and type left empty
    std::set<std::string> actors;   // actor ids; an event with any of them, or a person speaking for one, passes
    std::set<std::string> types;    // an event of any of these types passes
    // Person ids not in the lexicons (persons are named by the slug of their
    // name), checked against the merged events once they are known.
    std::set<std::string> actors_to_check;
};

// The event types the rules can produce: the one list --type is checked against.
std::set<std::string> known_event_types(const Resources& resources);

// Why `value` is not a date for --from or --to (YYYY, YYYY-MM or YYYY-MM-DD),
// with the likely intended value where one can be seen; "" when it is one.
std::string filter_date_problem(const std::string& value);

// Checks the request and resolves actor names (a code in any case, an English
// name, an Arabic name) to ids. Throws std::invalid_argument naming the
// valid values or the nearest ones.
EventFilter resolve_filter(const FilterRequest& request, const Resources& resources);

// The events that pass; throws std::invalid_argument when a person id of
// the request is the actor of no event at all.
std::vector<Event> apply_filter(const std::vector<Event>& events, const EventFilter& filter);

}  // namespace hadath
