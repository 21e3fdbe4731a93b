// Helpers shared by the event tests: one sentence or short text read as a
// document with the shipped rules, and questions about the events found.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "extract/events.h"
#include "tests/corpus_support.h"

namespace hadath::testing {

// `source` is the article's outlet as its metadata names it ("okaz", "aawsat").
inline std::vector<Event> extract(const std::string& text, const std::string& date, const std::string& source = "") {
    static const EventExtractor extractor(resources());
    return extractor.extract(DocumentInfo{"doc", date, "", source, ""}, text).events;
}

// An actor with this code, or a person speaking for it, in this role.
inline bool has_actor(const Event& event, const std::string& code, const std::string& role) {
    return std::any_of(event.actors.begin(), event.actors.end(),
                       [&](const Actor& a) { return (a.id == code || a.affiliation == code) && a.role == role; });
}

}  // namespace hadath::testing
