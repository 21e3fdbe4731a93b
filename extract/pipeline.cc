#include "extract/pipeline.h"

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>

#include "extract/utf8.h"

namespace hadath {

namespace {

// Documents are extracted in batches: a batch is split among the threads
// while the next is read, and results are handed on in input order, so
// memory stays bounded whatever the corpus size.
constexpr std::size_t kBatchDocuments = 512;
constexpr std::size_t kBatchBytes = 16u << 20;

// A longer document is extracted piece by piece, so that the normalized
// text, its offset map and the tokens (many times the size of the text)
// never exist for more than one piece at a time.
constexpr std::size_t kPieceBytes = 1u << 20;

// Where to end a piece that starts at `begin`: after the last line or
// sentence end before the limit, else after a space, else at a character.
std::size_t piece_end(std::string_view text, std::size_t begin) {
    if (text.size() - begin <= kPieceBytes) return text.size();
    const std::string_view window = text.substr(begin, kPieceBytes);
    const std::size_t half = kPieceBytes / 2;
    for (const char* ends : {"\n", ".!?", " "}) {
        const std::size_t at = window.find_last_of(ends);
        if (at != std::string_view::npos && at >= half) return begin + at + 1;
    }
    // Arabic question mark (U+061F) or nothing to cut at: a character boundary.
    std::size_t end = begin + kPieceBytes;
    while (end > begin && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return end;
}

DocumentAnalysis extract_document(const EventExtractor& extractor, const DocumentInfo& info, std::string_view text) {
    if (text.size() <= kPieceBytes) return extractor.extract(info, text);
    DocumentAnalysis whole;
    std::size_t code_points = 0;
    for (std::size_t begin = 0; begin < text.size();) {
        const std::size_t end = piece_end(text, begin);
        const std::string_view piece = text.substr(begin, end - begin);
        DocumentAnalysis part = extractor.extract(info, piece);
        // Room for the whole document's events as the first piece foretells them
        // (reserved pages cost nothing until used), rather than copies as it grows.
        if (begin == 0) whole.events.reserve(part.events.size() * (text.size() / piece.size() + 1) * 5 / 4);
        for (Event& event : part.events) {
            for (Mention& mention : event.mentions) {
                mention.begin += code_points;
                mention.end += code_points;
                mention.sentence += static_cast<int>(whole.sentences);
            }
            whole.events.push_back(std::move(event));
        }
        whole.sentences += part.sentences;
        whole.persons += part.persons;
        code_points += utf8::count_code_points(piece);
        begin = end;
    }
    return whole;
}

class Progress {
public:
    // `total_bytes`: the size of the input, or 0 when unknown (then no time left is shown).
    Progress(bool enabled, std::uintmax_t total_bytes)
        : enabled_(enabled), total_bytes_(total_bytes), start_(std::chrono::steady_clock::now()) {}
    void update(const PipelineStats& stats, std::uintmax_t input_bytes_done) {
        if (!enabled_) return;
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
        std::fprintf(stderr, "\r%zu documents, %.1f MB, %.0f docs/s", stats.documents,
                     static_cast<double>(stats.bytes) / 1e6,
                     seconds > 0 ? static_cast<double>(stats.documents) / seconds : 0.0);
        if (total_bytes_ > 0 && input_bytes_done > 0 && input_bytes_done <= total_bytes_) {
            const double left =
                seconds * static_cast<double>(total_bytes_ - input_bytes_done) / static_cast<double>(input_bytes_done);
            std::fprintf(stderr, ", %.0f%%, %s left", 100.0 * static_cast<double>(input_bytes_done) / total_bytes_,
                         format_duration(left).c_str());
        }
        std::fprintf(stderr, "   ");
        std::fflush(stderr);
    }
    void finish() {
        if (enabled_) std::fprintf(stderr, "\n");
    }

private:
    static std::string format_duration(double seconds) {
        const long whole = static_cast<long>(seconds + 0.5);
        char buffer[32];
        if (whole >= 3600) {
            std::snprintf(buffer, sizeof buffer, "%ldh%02ldm", whole / 3600, whole / 60 % 60);
        } else if (whole >= 60) {
            std::snprintf(buffer, sizeof buffer, "%ldm%02lds", whole / 60, whole % 60);
        } else {
            std::snprintf(buffer, sizeof buffer, "%lds", whole);
        }
        return buffer;
    }

    bool enabled_;
    std::uintmax_t total_bytes_;
    std::chrono::steady_clock::time_point start_;
};

}  // namespace

unsigned default_threads() {
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : cores;
}

namespace {

// Input read but not yet handed on: the documents, then their results.
struct Batch {
    std::vector<InputDocument> documents;
    std::vector<DocumentAnalysis> results;
    std::size_t claimed = 0;  // documents a worker has taken
    std::size_t done = 0;     // documents extracted
    std::exception_ptr failure;
};

// Worker threads that live for the whole run, so what each keeps per thread
// (the transliterator, the words it has looked up) serves every batch, and
// a worker done with one batch takes on the next without waiting for the
// others.
class Workers {
public:
    Workers(const EventExtractor& extractor, unsigned count) : extractor_(extractor) {
        for (unsigned t = 0; t < count; ++t) threads_.emplace_back([this] { work(); });
    }
    ~Workers() {
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            stopping_ = true;
        }
        work_ready_.notify_all();
        for (std::thread& thread : threads_) thread.join();
    }
    void submit(Batch& batch) {
        batch.results.assign(batch.documents.size(), DocumentAnalysis{});
        batch.claimed = batch.done = 0;
        batch.failure = nullptr;
        if (batch.documents.empty()) return;
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            queue_.push_back(&batch);
        }
        work_ready_.notify_all();
    }
    // Waits until every document of `batch` is extracted; passes on a worker's failure.
    void wait(Batch& batch) {
        std::unique_lock<std::mutex> lock(mutex_);
        batch_done_.wait(lock, [&] { return batch.done == batch.documents.size(); });
        if (batch.failure) std::rethrow_exception(batch.failure);
    }

private:
    void work() {
        std::unique_lock<std::mutex> lock(mutex_);
        for (;;) {
            work_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
            if (queue_.empty()) return;
            Batch& batch = *queue_.front();
            const std::size_t i = batch.claimed++;
            if (batch.claimed == batch.documents.size()) queue_.pop_front();
            lock.unlock();
            std::exception_ptr failure;
            try {
                batch.results[i] = extract_document(extractor_, batch.documents[i].info, batch.documents[i].text);
            } catch (...) {
                failure = std::current_exception();
            }
            lock.lock();
            if (failure && !batch.failure) batch.failure = failure;
            if (++batch.done == batch.documents.size()) batch_done_.notify_all();
        }
    }

    const EventExtractor& extractor_;
    std::mutex mutex_;
    std::condition_variable work_ready_;
    std::condition_variable batch_done_;
    std::deque<Batch*> queue_;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace

PipelineStats run_pipeline(const EventExtractor& extractor, const std::vector<std::string>& inputs,
                           const PipelineOptions& options,
                           const std::function<void(const DocumentInfo&, DocumentAnalysis&&)>& on_document,
                           const std::function<void(const std::string&)>& on_skipped) {
    PipelineStats stats;
    const unsigned threads = options.threads == 0 ? default_threads() : options.threads;
    Progress progress(options.progress, options.progress ? input_size(inputs) : 0);
    std::uintmax_t input_bytes_done = 0;
    // Two batches at a time: the workers extract one while this thread reads
    // the next, and results are handed on in input order.
    Batch batches[2];
    Batch* reading = &batches[0];
    Batch* working = nullptr;
    std::size_t batch_bytes = 0;
    // Declared after the batches, so the workers stop before the batches they read go.
    Workers workers(extractor, std::max(1u, threads));

    const auto finish = [&](Batch& batch) {
        workers.wait(batch);
        for (std::size_t i = 0; i < batch.documents.size(); ++i) {
            stats.documents++;
            stats.bytes += batch.documents[i].text.size();
            input_bytes_done += batch.documents[i].input_bytes;
            stats.sentences += batch.results[i].sentences;
            stats.event_mentions += batch.results[i].events.size();
            stats.persons += batch.results[i].persons;
            on_document(batch.documents[i].info, std::move(batch.results[i]));
        }
        batch.documents.clear();
        batch.results.clear();
        progress.update(stats, input_bytes_done);
    };
    // The batch read goes to the workers before the one they have is handed on,
    // so they never wait for this thread.
    const auto flush = [&] {
        workers.submit(*reading);
        if (working) finish(*working);
        working = reading;
        reading = reading == &batches[0] ? &batches[1] : &batches[0];
        batch_bytes = 0;
    };

    InputSink sink;
    sink.document = [&](InputDocument&& document) {
        batch_bytes += document.text.size();
        reading->documents.push_back(std::move(document));
        if (reading->documents.size() >= kBatchDocuments || batch_bytes >= kBatchBytes) flush();
    };
    sink.skipped = [&](const std::string& message) {
        stats.skipped++;
        on_skipped(message);
    };
    sink.note = options.on_note;
    read_inputs(inputs, options.input, sink);
    if (!reading->documents.empty()) flush();
    if (working) finish(*working);
    progress.finish();
    return stats;
}

}  // namespace hadath
