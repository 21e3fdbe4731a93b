#include "extract/pipeline.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

namespace hadath {

namespace {

// Documents are extracted in batches: a batch is read, split among the
// threads, and its results are handed on in order before the next is read,
// so memory stays bounded whatever the corpus size.
constexpr std::size_t kBatchDocuments = 512;
constexpr std::size_t kBatchBytes = 16u << 20;

class Progress {
public:
    explicit Progress(bool enabled) : enabled_(enabled), start_(std::chrono::steady_clock::now()) {}
    void update(const PipelineStats& stats) {
        if (!enabled_) return;
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
        std::fprintf(stderr, "\r%zu documents, %.1f MB, %.0f docs/s   ", stats.documents,
                     static_cast<double>(stats.bytes) / 1e6, seconds > 0 ? static_cast<double>(stats.documents) / seconds : 0.0);
        std::fflush(stderr);
    }
    void finish() {
        if (enabled_) std::fprintf(stderr, "\n");
    }

private:
    bool enabled_;
    std::chrono::steady_clock::time_point start_;
};

}  // namespace

unsigned default_threads() {
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : cores;
}

PipelineStats run_pipeline(const EventExtractor& extractor, const std::vector<std::string>& inputs,
                           const PipelineOptions& options,
                           const std::function<void(const DocumentInfo&, DocumentAnalysis&&)>& on_document,
                           const std::function<void(const std::string&)>& on_skipped) {
    PipelineStats stats;
    const unsigned threads = options.threads == 0 ? default_threads() : options.threads;
    Progress progress(options.progress);
    std::vector<InputDocument> batch;
    std::vector<DocumentAnalysis> results;
    std::size_t batch_bytes = 0;

    const auto flush = [&] {
        results.assign(batch.size(), DocumentAnalysis{});
        std::atomic<std::size_t> next{0};
        const auto work = [&] {
            for (std::size_t i = next++; i < batch.size(); i = next++) results[i] = extractor.extract(batch[i].info, batch[i].text);
        };
        const unsigned workers = std::min<std::size_t>(threads, batch.size()) > 0 ? std::min<std::size_t>(threads, batch.size()) : 1;
        std::vector<std::thread> pool;
        for (unsigned t = 1; t < workers; ++t) pool.emplace_back(work);
        work();
        for (std::thread& thread : pool) thread.join();
        for (std::size_t i = 0; i < batch.size(); ++i) {
            stats.documents++;
            stats.bytes += batch[i].text.size();
            stats.sentences += results[i].sentences;
            stats.event_mentions += results[i].events.size();
            stats.persons += results[i].persons;
            on_document(batch[i].info, std::move(results[i]));
        }
        batch.clear();
        batch_bytes = 0;
        progress.update(stats);
    };

    InputSink sink;
    sink.document = [&](InputDocument&& document) {
        batch_bytes += document.text.size();
        batch.push_back(std::move(document));
        if (batch.size() >= kBatchDocuments || batch_bytes >= kBatchBytes) flush();
    };
    sink.skipped = [&](const std::string& message) {
        stats.skipped++;
        on_skipped(message);
    };
    read_inputs(inputs, options.input, sink);
    if (!batch.empty()) flush();
    progress.finish();
    return stats;
}

}  // namespace hadath
