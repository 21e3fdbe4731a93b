// Event mentions: typed events read from the triggers of each sentence and
// the entities around them. One Event per mention; merging comes later.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entities.h"
#include "extract/event.h"
#include "extract/resources.h"

namespace hadath {

// Everything extraction produces for one document.
struct DocumentAnalysis {
    std::vector<Event> events;  // event mentions, in text order
    std::size_t sentences = 0;
    std::size_t persons = 0;  // person mentions recognised
};

class EventExtractor {
public:
    explicit EventExtractor(const Resources& resources) : resources_(resources), entities_(resources) {}

    DocumentAnalysis extract(const DocumentInfo& document, std::string_view text) const;

private:
    const Resources& resources_;
    EntityRecognizer entities_;
};

}  // namespace hadath
