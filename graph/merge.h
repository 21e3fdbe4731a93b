// Merging event mentions into events: every mention of one real event, in
// one article or in many, becomes one Event with all its provenance.
#pragma once

#include <vector>

#include "extract/event.h"

namespace hadath {

// Merges mentions (each an Event with one or more mentions) into events.
// The result does not depend on the order of the input: mentions are put in
// a canonical order first. Events come out sorted by date (undated last),
// then type and id; ids are derived from each event's identity.
std::vector<Event> merge_events(std::vector<Event> mentions);

// The first and last day a date covers, as yyyymmdd numbers; {0, 0} when it
// has no value. "2023-H2" covers 20230701..20231231.
struct DayRange {
    int first = 0;
    int last = 0;
    bool empty() const { return first == 0; }
};
DayRange day_range(const EventDate& date);

}  // namespace hadath
