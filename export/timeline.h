// Timelines: the events in chronological order, grouped by period, written
// as Markdown, TimelineJS JSON, CSV and a self-contained HTML page.
#pragma once

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "extract/event.h"
#include "graph/date_span.h"

namespace hadath {

// One event on the timeline with what every format shows of it.
struct TimelineEntry {
    const Event* event = nullptr;
    std::optional<DaySpan> span;         // nullopt: undated
    std::string precision;               // day | month | quarter | half | year (inferred when missing)
    std::string when;                    // the date as a reader writes it: "20–21 June 2023", "H2 2023"
    std::string period_key;              // "2023-06", "2023-H2", "2023"; empty when undated
    std::string period_heading;          // "June 2023", "H2 2023 (July–December)", "Undated"
    std::string quote;                   // first mention's quote (or text), balanced and shortened
    std::string actors;                  // describe_actors(*event)
    std::vector<std::string> documents;  // distinct document ids, sorted
};

struct Timeline {
    std::vector<TimelineEntry> entries;             // chronological, undated last
    std::map<std::string, DocumentInfo> documents;  // the documents the entries cite
    std::size_t document_count = 0;                 // every input document, cited or not
};

// Orders by period (earlier first, then the wider one, so that a heading is
// never split), then by first and last day, type and id; undated events keep
// their given order at the end.
Timeline build_timeline(const std::vector<Event>& events, const std::vector<DocumentInfo>& documents);

// "Kazakhstan (host); Russia, Turkey (participant)": actors grouped by role.
std::string describe_actors(const Event& event);

void write_timeline_markdown(std::ostream& out, const Timeline& timeline);
void write_timeline_json(std::ostream& out, const Timeline& timeline);
void write_timeline_csv(std::ostream& out, const Timeline& timeline);
void write_timeline_html(std::ostream& out, const Timeline& timeline);

}  // namespace hadath
