// events.jsonl: one event per line, the contract of the evaluation kit
// (type, date, actors, round, location, mentions). The same format carries
// event mentions between `hadath extract` and `hadath merge`.
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "extract/event.h"

namespace hadath {

void write_event_json(std::ostream& out, const Event& event);
void write_events_jsonl(std::ostream& out, const std::vector<Event>& events);

// Reads events written by write_event_json. Throws std::runtime_error naming
// `source`:line on a malformed line.
std::vector<Event> read_events_jsonl(std::istream& in, const std::string& source);

}  // namespace hadath
