// Writing every output of a build into a directory.
#pragma once

#include <string>
#include <vector>

#include "extract/event.h"

namespace hadath {

// Limits what is exported (empty = no limit). Dates compare as ISO strings
// on the event's date value; undated events pass only when no --from/--to.
struct ExportFilter {
    std::string from;    // YYYY[-MM[-DD]]
    std::string to;      // YYYY[-MM[-DD]]
    std::string actor;   // actor id
    std::string type;    // event type
    std::string series;  // round series
};

// Writes events.jsonl, graph.graphml, actors.graphml, graph.gexf, timeline.md,
// timeline.json, timeline.csv and timeline.html into `out_dir` (which exists),
// each file atomically, on `threads` threads (0: every core). `events` are
// merged events sorted in their output order. Returns a short human summary of
// the graph (node and edge counts per type, top actors by degree) for the
// command line to print.
std::string write_output_files(const std::vector<Event>& events, const std::vector<DocumentInfo>& documents,
                               const std::string& out_dir, unsigned threads = 0);

// The events that pass the filter, in the same order.
std::vector<Event> filter_events(const std::vector<Event>& events, const ExportFilter& filter);

}  // namespace hadath
