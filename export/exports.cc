#include "export/exports.h"

#include <algorithm>
#include <cctype>
#include <exception>
#include <filesystem>
#include <future>

#include "export/atomic_file.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/timeline.h"
#include "graph/date_span.h"
#include "graph/knowledge_graph.h"

namespace hadath {

std::string write_graph_and_timelines(const std::vector<Event>& events, const std::vector<DocumentInfo>& documents,
                                      const std::string& out_dir) {
    const std::filesystem::path dir(out_dir);
    auto path = [&dir](const char* name) { return (dir / name).string(); };

    // The files are independent: the knowledge graph, the actor network and the timelines are
    // written side by side, three tasks that keep two cores busy until the end.
    auto graph_files = std::async(std::launch::async, [&] {
        const KnowledgeGraph graph = build_knowledge_graph(events, documents);
        // The graph is the longest of the three: its two files are written side by side too.
        auto gexf_file = std::async(std::launch::async, [&] {
            write_file_atomically(path("graph.gexf"), [&](std::ostream& out) { write_knowledge_gexf(out, graph); });
        });
        try {
            write_file_atomically(path("graph.graphml"),
                                  [&](std::ostream& out) { write_knowledge_graphml(out, graph); });
        } catch (...) {
            gexf_file.wait();
            throw;
        }
        gexf_file.get();
        return format_summary(summarize(graph));
    });
    auto network_file = std::async(std::launch::async, [&] {
        ActorNetwork network = build_actor_network(events);
        write_file_atomically(path("actors.graphml"), [&](std::ostream& out) { write_actor_graphml(out, network); });
    });
    auto timeline_files = std::async(std::launch::async, [&] {
        Timeline timeline = build_timeline(events, documents);
        write_file_atomically(path("timeline.md"), [&](std::ostream& out) { write_timeline_markdown(out, timeline); });
        write_file_atomically(path("timeline.json"), [&](std::ostream& out) { write_timeline_json(out, timeline); });
        write_file_atomically(path("timeline.csv"), [&](std::ostream& out) { write_timeline_csv(out, timeline); });
        write_file_atomically(path("timeline.html"), [&](std::ostream& out) { write_timeline_html(out, timeline); });
    });
    // All are waited for before an error is passed on, so no writer outlives this call.
    std::exception_ptr failure;
    std::string summary;
    try {
        summary = graph_files.get();
    } catch (...) {
        failure = std::current_exception();
    }
    for (auto* task : {&network_file, &timeline_files}) {
        try {
            task->get();
        } catch (...) {
            if (!failure) failure = std::current_exception();
        }
    }
    if (failure) std::rethrow_exception(failure);
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
