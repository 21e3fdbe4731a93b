#include "export/exports.h"

#include <algorithm>
#include <cctype>
#include <exception>
#include <filesystem>
#include <functional>
#include <future>

#include "export/atomic_file.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/timeline.h"
#include "graph/date_span.h"
#include "graph/knowledge_graph.h"

namespace hadath {

namespace {

// Runs the tasks side by side, the last on this thread, and waits for all of them before passing on
// the first error, so that no task outlives the call.
void side_by_side(const std::vector<std::function<void()>>& tasks) {
    std::vector<std::future<void>> started;
    for (std::size_t i = 0; i + 1 < tasks.size(); ++i) started.push_back(std::async(std::launch::async, tasks[i]));
    std::exception_ptr failure;
    try {
        if (!tasks.empty()) tasks.back()();
    } catch (...) {
        failure = std::current_exception();
    }
    for (std::future<void>& task : started) {
        try {
            task.get();
        } catch (...) {
            if (!failure) failure = std::current_exception();
        }
    }
    if (failure) std::rethrow_exception(failure);
}

}  // namespace

std::string write_graph_and_timelines(const std::vector<Event>& events, const std::vector<DocumentInfo>& documents,
                                      const std::string& out_dir) {
    const std::filesystem::path dir(out_dir);
    // The task that writes one file of the directory with `write`.
    const auto file = [&dir](const char* name, std::function<void(std::ostream&)> write) -> std::function<void()> {
        return [path = (dir / name).string(), write = std::move(write)] { write_file_atomically(path, write); };
    };

    // The files are independent: the knowledge graph, the actor network and the timelines are built
    // side by side, and the files of each are written side by side too, so that the two cores stay
    // busy until the last file is done.
    std::string summary;
    side_by_side({
        [&] {
            const KnowledgeGraph graph = build_knowledge_graph(events, documents);
            side_by_side({file("graph.gexf", [&](std::ostream& out) { write_knowledge_gexf(out, graph); }),
                          file("graph.graphml", [&](std::ostream& out) { write_knowledge_graphml(out, graph); })});
            summary = format_summary(summarize(graph));
        },
        [&] {
            const ActorNetwork network = build_actor_network(events);
            file("actors.graphml", [&](std::ostream& out) { write_actor_graphml(out, network); })();
        },
        [&] {
            const Timeline timeline = build_timeline(events, documents);
            side_by_side({file("timeline.md", [&](std::ostream& out) { write_timeline_markdown(out, timeline); }),
                          file("timeline.json", [&](std::ostream& out) { write_timeline_json(out, timeline); }),
                          file("timeline.csv", [&](std::ostream& out) { write_timeline_csv(out, timeline); }),
                          file("timeline.html", [&](std::ostream& out) { write_timeline_html(out, timeline); })});
        },
    });
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
