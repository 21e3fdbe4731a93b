// Merging event mentions into events: every mention of one real event, in
// one article or in many, becomes one Event with all its provenance.
#pragma once

#include <vector>

#include "extract/event.h"
#include "extract/event_types.h"

namespace hadath {

// Merges mentions (each an Event with one or more mentions) into events.
// The result does not depend on the order of the input: mentions are put in
// a canonical order first. Events come out sorted by date (undated last),
// then type and id; ids are derived from each event's identity. Each type's
// merge policy comes from `types` (rules/ar/types.tsv). `documents` give the
// articles' publication dates, which place a plan the text gives no date.
std::vector<Event> merge_events(std::vector<Event> mentions, const EventTypes& types,
                                const std::vector<DocumentInfo>& documents = {});

// The first and last day a date covers, as day numbers (graph/date_span.h);
// empty when it has no value. "2023-H2" covers 1 July to 31 December.
struct DayRange {
    long first = 0;
    long last = -1;
    bool empty() const { return last < first; }
};
DayRange day_range(const EventDate& date);

}  // namespace hadath
