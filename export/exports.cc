#include "export/exports.h"

#include <algorithm>
#include <cctype>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <functional>
#include <iterator>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

#include "export/atomic_file.h"
#include "export/events_jsonl.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/timeline.h"
#include "graph/date_span.h"
#include "graph/knowledge_graph.h"

namespace hadath {

namespace {

// Runs tasks on a fixed number of threads. A task may queue follow-ups, which go ahead of the tasks
// still waiting: a chain (build a graph, then write its files) is finished before another is begun,
// and what it built is freed early. Every task runs even when another fails; the first error is
// passed on once all are done.
class TaskQueue {
public:
    using Task = std::function<void(TaskQueue&)>;

    explicit TaskQueue(std::vector<Task> tasks)
        : waiting_(std::make_move_iterator(tasks.begin()), std::make_move_iterator(tasks.end())) {}

    // Queues `tasks` ahead of those waiting, in their order.
    void then(std::vector<Task> tasks) {
        const std::lock_guard<std::mutex> lock(mutex_);
        waiting_.insert(waiting_.begin(), std::make_move_iterator(tasks.begin()), std::make_move_iterator(tasks.end()));
        ready_.notify_all();
    }

    void run(unsigned threads) {
        std::vector<std::thread> helpers;
        try {
            for (unsigned i = 1; i < threads; ++i) helpers.emplace_back([this] { work(); });
        } catch (const std::system_error&) {
            // No thread to be had: the tasks run on those there are.
        }
        work();
        for (std::thread& helper : helpers) helper.join();
        if (failure_) std::rethrow_exception(failure_);
    }

private:
    void work() {
        std::unique_lock<std::mutex> lock(mutex_);
        for (;;) {
            // A running task may still queue follow-ups: wait for it before leaving.
            ready_.wait(lock, [this] { return !waiting_.empty() || running_ == 0; });
            if (waiting_.empty()) return;
            Task task = std::move(waiting_.front());
            waiting_.pop_front();
            ++running_;
            lock.unlock();
            std::exception_ptr failure;
            try {
                task(*this);
            } catch (...) {
                failure = std::current_exception();
            }
            task = nullptr;  // what the task holds is freed on this thread, outside the lock
            lock.lock();
            if (failure && !failure_) failure_ = failure;
            --running_;
            ready_.notify_all();
        }
    }

    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<Task> waiting_;
    std::size_t running_ = 0;
    std::exception_ptr failure_;
};

// A shared structure built in place from what `make` returns: Boost's graphs can be copied, not moved.
template <typename T>
struct Built {
    template <typename Make>
    explicit Built(Make make) : value(make()) {}
    const T value;
};

template <typename T, typename Make>
std::shared_ptr<const Built<T>> build_shared(Make make) {
    return std::make_shared<const Built<T>>(make);
}

}  // namespace

std::string write_output_files(const std::vector<Event>& events, const std::vector<DocumentInfo>& documents,
                               const std::string& out_dir, unsigned threads) {
    const std::filesystem::path dir(out_dir);
    // The task that writes one file of the directory with `write`.
    const auto file = [&dir](const char* name, std::function<void(std::ostream&)> write) -> TaskQueue::Task {
        return [path = (dir / name).string(), write = std::move(write)](TaskQueue&) {
            write_file_atomically(path, write);
        };
    };

    // The knowledge graph takes longest to build and its files are the largest: it goes first, and
    // the other files keep the remaining threads busy meanwhile. Each built structure is shared by
    // the tasks that write it, and freed by the last of them.
    std::string summary;
    TaskQueue queue({
        [&](TaskQueue& queue) {
            auto graph = build_shared<KnowledgeGraph>([&] { return build_knowledge_graph(events, documents); });
            queue.then(
                {file("graph.gexf", [graph](std::ostream& out) { write_knowledge_gexf(out, graph->value); }),
                 file("graph.graphml", [graph](std::ostream& out) { write_knowledge_graphml(out, graph->value); })});
            summary = format_summary(summarize(graph->value));
        },
        [&](TaskQueue& queue) {
            auto timeline = build_shared<Timeline>([&] { return build_timeline(events, documents); });
            queue.then(
                {file("timeline.html", [timeline](std::ostream& out) { write_timeline_html(out, timeline->value); }),
                 file("timeline.json", [timeline](std::ostream& out) { write_timeline_json(out, timeline->value); }),
                 file("timeline.csv", [timeline](std::ostream& out) { write_timeline_csv(out, timeline->value); }),
                 file("timeline.md",
                      [timeline](std::ostream& out) { write_timeline_markdown(out, timeline->value); })});
        },
        file("events.jsonl", [&](std::ostream& out) { write_events_jsonl(out, events); }),
        [&](TaskQueue& queue) {
            auto network = build_shared<ActorNetwork>([&] { return build_actor_network(events); });
            queue.then(
                {file("actors.graphml", [network](std::ostream& out) { write_actor_graphml(out, network->value); })});
        },
    });
    queue.run(threads != 0 ? threads : std::max(1u, std::thread::hardware_concurrency()));
    return summary;
}

std::vector<Event> filter_events(const std::vector<Event>& events, const ExportFilter& filter) {
    std::vector<Event> kept;
    for (const Event& event : events) {
        if (!filter.from.empty() || !filter.to.empty()) {
            // Quarters and halves compare by their first day, so "2023-H2" falls after "2023-06".
            auto span = day_span(event.date);
            if (!span) continue;
            std::string value =
                event.date.value.size() == 7 && !std::isdigit(static_cast<unsigned char>(event.date.value[5]))
                    ? span->first
                    : event.date.value;
            if (!filter.from.empty() && value < filter.from) continue;
            if (!filter.to.empty() && value.substr(0, filter.to.size()) > filter.to) continue;
        }
        if (!filter.actor.empty() && std::none_of(event.actors.begin(), event.actors.end(),
                                                  [&](const Actor& actor) { return actor.id == filter.actor; })) {
            continue;
        }
        if (!filter.type.empty() && event.type != filter.type) continue;
        if (!filter.series.empty() && (!event.round || event.round->series != filter.series)) continue;
        kept.push_back(event);
    }
    return kept;
}

}  // namespace hadath
