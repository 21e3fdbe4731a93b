// Running extraction over many documents on several threads, with results
// delivered in input order so the output never depends on the thread count.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "extract/events.h"
#include "extract/input.h"

namespace hadath {

struct PipelineStats {
    std::size_t documents = 0;
    std::size_t skipped = 0;
    std::size_t sentences = 0;
    std::size_t bytes = 0;
    std::size_t event_mentions = 0;
    std::size_t persons = 0;
};

struct PipelineOptions {
    unsigned threads = 0;   // 0: every core
    bool progress = false;  // print progress on standard error
    InputOptions input;
    std::function<void(const std::string&)> on_note;  // notes on the input read (InputSink::note); may be empty
};

// Reads `inputs`, extracts each document, and calls `on_document` for each
// in input order (from the calling thread). Skipped input is reported
// through `on_skipped` as it is met.
PipelineStats run_pipeline(const EventExtractor& extractor, const std::vector<std::string>& inputs,
                           const PipelineOptions& options,
                           const std::function<void(const DocumentInfo&, DocumentAnalysis&&)>& on_document,
                           const std::function<void(const std::string&)>& on_skipped);

unsigned default_threads();

}  // namespace hadath
