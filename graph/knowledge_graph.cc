#include "graph/knowledge_graph.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "graph/date_span.h"
#include "graph/layout.h"
#include "graph/text.h"

namespace hadath {
namespace {

using Vertex = KnowledgeGraph::vertex_descriptor;

// An ASCII token usable as a GraphML/GEXF node id: letters, digits, ':', '.',
// '_' and '-' are kept, every other byte becomes _xx (its hex value).
std::string id_token(const std::string& prefix, const std::string& raw) {
    std::string token = prefix + ":";
    for (unsigned char c : raw) {
        if (std::isalnum(c) || c == ':' || c == '.' || c == '_' || c == '-') {
            token += static_cast<char>(c);
        } else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "_%02x", c);
            token += hex;
        }
    }
    return token;
}

void extend(std::string& first, std::string& last, const std::optional<DaySpan>& span) {
    if (!span) return;
    if (first.empty() || span->first < first) first = span->first;
    if (last.empty() || span->last > last) last = span->last;
}

void fill_if_empty(std::string& field, const std::string& value) {
    if (field.empty()) field = value;
}

std::string guess_kind(const std::string& code) {
    bool three_capitals =
        code.size() == 3 && std::all_of(code.begin(), code.end(), [](unsigned char c) { return std::isupper(c) != 0; });
    return three_capitals ? "country" : "organization";
}

std::string role_of(const Actor& actor) {
    return actor.role.empty() ? "participant" : actor.role;
}

// What an event tells of one of its actors, added to the actor's node.
void absorb_actor(GraphNode& node, const Actor& actor, const std::optional<DaySpan>& span) {
    node.type = kActorNode;
    fill_if_empty(node.label, actor.name);
    fill_if_empty(node.label_ar, actor.name_ar);
    fill_if_empty(node.kind, actor.kind);
    fill_if_empty(node.job_title, actor.title);
    fill_if_empty(node.affiliation, actor.affiliation);
    extend(node.first_day, node.last_day, span);
}

// The states and organisations that actors speak for without acting in any event themselves.
std::set<std::string> affiliations_only(const std::map<std::string, GraphNode>& actors) {
    std::set<std::string> codes;
    for (const auto& [id, node] : actors) {
        if (!node.affiliation.empty() && !actors.count(node.affiliation)) codes.insert(node.affiliation);
    }
    return codes;
}

GraphNode affiliation_node(const std::string& code) {
    GraphNode node;
    node.type = kActorNode;
    node.label = code;
    node.kind = guess_kind(code);
    return node;
}

// x and y of every vertex from the force-directed layout of the graph's edges.
template <typename Graph>
void lay_out_graph(Graph& graph) {
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    edges.reserve(boost::num_edges(graph));
    for (auto [e, e_end] = boost::edges(graph); e != e_end; ++e) {
        edges.emplace_back(boost::source(*e, graph), boost::target(*e, graph));
    }
    const std::vector<Position> positions = force_directed_layout(boost::num_vertices(graph), edges);
    for (std::size_t v = 0; v < positions.size(); ++v) {
        graph[v].x = positions[v].x;
        graph[v].y = positions[v].y;
    }
}

// Builds the graph in stages that share the vertex lookups.
class Builder {
public:
    Builder(const std::vector<Event>& events, const std::vector<DocumentInfo>& documents)
        : events_(events), documents_(documents) {
        spans_.reserve(events_.size());
        event_documents_.reserve(events_.size());
        for (const auto& event : events_) {
            spans_.push_back(day_span(event.date));
            std::vector<std::string_view> documents;
            for (const Mention& mention : event.mentions) documents.push_back(mention.doc);
            std::sort(documents.begin(), documents.end());
            documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
            event_documents_.push_back(std::move(documents));
        }
        collect_nodes();
    }

    std::size_t vertex_count() const {
        return actors_.size() + locations_.size() + rounds_.size() + events_.size() + documents_by_id_.size();
    }

    // `graph` has vertex_count() vertices without properties yet. The graph
    // is built in place: an adjacency_list cannot be moved, only copied.
    void build(KnowledgeGraph& graph) {
        graph_ = &graph;
        add_vertices();
        add_event_edges();
        add_affiliation_edges();
        add_round_sequence_edges();
        add_chronological_edges();
    }

private:
    void collect_nodes() {
        for (std::size_t i = 0; i < events_.size(); ++i) {
            const Event& event = events_[i];
            const auto& span = spans_[i];
            for (const Actor& actor : event.actors) absorb_actor(actors_[actor.id], actor, span);
            if (event.location) {
                GraphNode& node = locations_[event.location->id];
                node.type = kLocationNode;
                fill_if_empty(node.label, event.location->name);
                fill_if_empty(node.label_ar, event.location->name_ar);
                extend(node.first_day, node.last_day, span);
            }
            if (event.round) {
                GraphNode& node = rounds_[{event.round->series, event.round->number}];
                node.type = kRoundNode;
                node.series = event.round->series;
                node.round_number = event.round->number;
                node.label = round_label(*event.round);
                node.label_ar =
                    "\u0627\u0644\u062C\u0648\u0644\u0629 " + std::to_string(event.round->number);  // الجولة N
                extend(node.first_day, node.last_day, span);
            }
            for (std::string_view document : event_documents_[i]) {
                GraphNode& node = documents_by_id_[std::string(document)];
                extend(node.first_day, node.last_day, span);
            }
        }
        for (const auto& code : affiliations_only(actors_)) actors_[code] = affiliation_node(code);
        // Only the documents that report an event: the others would be isolated nodes.
        for (const DocumentInfo& document : documents_) {
            auto cited = documents_by_id_.find(document.id);
            if (cited == documents_by_id_.end()) continue;
            GraphNode& node = cited->second;
            fill_if_empty(node.doc_title, document.title);
            fill_if_empty(node.published, document.date);
            fill_if_empty(node.source, document.source);
            fill_if_empty(node.url, document.url);
        }
        for (auto& [id, node] : documents_by_id_) {
            node.type = kDocumentNode;
            const std::string title = shorten(clean_text(node.doc_title), 80);
            node.label = title.empty() ? id : title;
            node.label_ar = title;
        }
    }

    // Vertices are numbered in the order they are added.
    Vertex add_vertex(GraphNode node, const std::string& prefix, const std::string& raw_id) {
        std::string token = id_token(prefix, raw_id);
        // Repeated event ids collide, and so may an escaped byte with a raw id spelling its escape.
        std::string unique = token;
        for (int n = 2; used_ids_.count(unique); ++n) unique = token + "." + std::to_string(n);
        used_ids_.insert(unique);
        node.id = std::move(unique);
        node.entity_id = raw_id;
        const Vertex vertex = next_vertex_++;
        (*graph_)[vertex] = std::move(node);
        return vertex;
    }

    void add_vertices() {
        used_ids_.reserve(vertex_count());
        for (auto& [id, node] : actors_) {
            if (node.label.empty()) node.label = id;
            actor_vertex_[id] = add_vertex(std::move(node), kActorNode, id);
        }
        for (auto& [id, node] : locations_) {
            if (node.label.empty()) node.label = id;
            location_vertex_[id] = add_vertex(std::move(node), kLocationNode, id);
        }
        for (auto& [key, node] : rounds_) {
            round_vertex_[key] = add_vertex(std::move(node), kRoundNode, key.first + ":" + std::to_string(key.second));
        }
        event_vertex_.reserve(events_.size());
        std::unordered_map<std::string, std::size_t> label_count;
        for (std::size_t i = 0; i < events_.size(); ++i) {
            GraphNode node = event_node(events_[i], spans_[i], event_documents_[i].size());
            ++label_count[node.label];
            event_vertex_.push_back(add_vertex(std::move(node), kEventNode, events_[i].id));
        }
        // Events that still share a label (no actor, place or date to tell them apart) add the words they were
        // read in.
        for (Vertex vertex : event_vertex_) {
            GraphNode& node = (*graph_)[vertex];
            if (label_count[node.label] > 1 && !node.mention_text.empty()) {
                node.label += " \u00b7 " + shorten(clean_text(node.mention_text), 40);
            }
        }
        for (auto& [id, node] : documents_by_id_) document_vertex_[id] = add_vertex(std::move(node), kDocumentNode, id);
    }

    static GraphNode event_node(const Event& event, const std::optional<DaySpan>& span, std::size_t documents) {
        GraphNode node;
        node.type = kEventNode;
        node.event_type = event.type;
        node.label = event_label(event);
        node.event_date = event.date.value;
        node.event_date_end = event.date.end;
        node.precision = event.date.precision;
        node.cameo = event.cameo;
        node.round = event.round ? round_label(*event.round) : "";
        if (!event.mentions.empty()) {
            const Mention& first = event.mentions.front();
            node.mention_text = first.text;
            node.quote = first.quote.empty() ? first.text : first.quote;
            node.label_ar = balanced_quote(first.text, 80);
        }
        node.documents = std::max(event.documents, static_cast<int>(documents));
        if (span) {
            node.first_day = span->first;
            node.last_day = span->last;
        }
        return node;
    }

    void add_edge(Vertex from, Vertex to, const std::string& type, const std::string& first_day,
                  const std::string& last_day) {
        GraphEdge edge;
        edge.type = type;
        edge.first_day = first_day;
        edge.last_day = last_day;
        boost::add_edge(from, to, std::move(edge), *graph_);
    }

    void add_event_edges() {
        for (std::size_t i = 0; i < events_.size(); ++i) {
            const Event& event = events_[i];
            Vertex vertex = event_vertex_[i];
            const GraphNode& node = (*graph_)[vertex];
            std::set<std::pair<std::string, std::string>> actor_roles;
            for (const Actor& actor : event.actors) actor_roles.insert({actor.id, role_of(actor)});
            for (const auto& [actor, role] : actor_roles) {
                add_edge(actor_vertex_.at(actor), vertex, role, node.first_day, node.last_day);
            }
            if (event.round) {
                add_edge(vertex, round_vertex_.at({event.round->series, event.round->number}), kInRoundEdge,
                         node.first_day, node.last_day);
            }
            if (event.location) {
                add_edge(vertex, location_vertex_.at(event.location->id), kAtLocationEdge, node.first_day,
                         node.last_day);
            }
            for (std::string_view document : event_documents_[i]) {
                add_edge(vertex, document_vertex_.at(document), kReportedInEdge, node.first_day, node.last_day);
            }
        }
    }

    void add_affiliation_edges() {
        for (const auto& [id, vertex] : actor_vertex_) {
            const GraphNode& node = (*graph_)[vertex];
            if (node.affiliation.empty() || node.affiliation == id) continue;
            add_edge(vertex, actor_vertex_.at(node.affiliation), kAffiliatedWithEdge, node.first_day, node.last_day);
        }
    }

    void add_round_sequence_edges() {
        for (const auto& [key, vertex] : round_vertex_) {
            if (key.first.empty()) continue;  // an unknown series may be several
            auto next = round_vertex_.find({key.first, key.second + 1});
            if (next == round_vertex_.end()) continue;
            std::string first = (*graph_)[vertex].first_day, last = (*graph_)[vertex].last_day;
            extend(first, last, span_of(next->second));
            add_edge(vertex, next->second, kNextRoundEdge, first, last);
        }
    }

    std::optional<DaySpan> span_of(Vertex vertex) const {
        const GraphNode& node = (*graph_)[vertex];
        if (node.first_day.empty()) return std::nullopt;
        return DaySpan{node.first_day, node.last_day};
    }

    void add_chronological_edges() {
        std::map<std::string, std::vector<std::size_t>> dated_by_series;
        for (std::size_t i = 0; i < events_.size(); ++i) {
            if (events_[i].round && !events_[i].round->series.empty() && spans_[i]) {
                dated_by_series[events_[i].round->series].push_back(i);
            }
        }
        for (auto& [series, indexes] : dated_by_series) {
            std::stable_sort(indexes.begin(), indexes.end(), [&](std::size_t a, std::size_t b) {
                return std::tie(spans_[a]->first, spans_[a]->last) < std::tie(spans_[b]->first, spans_[b]->last);
            });
            for (std::size_t k = 1; k < indexes.size(); ++k) {
                std::size_t from = indexes[k - 1], to = indexes[k];
                add_edge(event_vertex_[from], event_vertex_[to], kNextEdge, spans_[from]->first,
                         std::max(spans_[from]->last, spans_[to]->last));
            }
        }
    }

    const std::vector<Event>& events_;
    const std::vector<DocumentInfo>& documents_;
    std::vector<std::optional<DaySpan>> spans_;
    std::vector<std::vector<std::string_view>> event_documents_;  // distinct document ids per event, sorted
    std::map<std::string, GraphNode> actors_;
    std::map<std::string, GraphNode> locations_;
    std::map<std::pair<std::string, int>, GraphNode> rounds_;
    std::map<std::string, GraphNode> documents_by_id_;
    std::unordered_set<std::string> used_ids_;
    Vertex next_vertex_ = 0;
    std::map<std::string, Vertex> actor_vertex_;
    std::unordered_map<std::string, Vertex> location_vertex_;
    std::map<std::pair<std::string, int>, Vertex> round_vertex_;
    std::vector<Vertex> event_vertex_;
    std::unordered_map<std::string_view, Vertex> document_vertex_;  // views of documents_by_id_ keys
    KnowledgeGraph* graph_ = nullptr;
};

}  // namespace

std::string humanize(const std::string& snake_case) {
    std::string text = snake_case;
    std::replace(text.begin(), text.end(), '_', ' ');
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text.empty() ? "Event" : text;
}

std::string round_label(const Round& round) {
    if (round.series.empty()) return "Round " + std::to_string(round.number);
    std::string series = round.series;
    series[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(series[0])));
    return series + " round " + std::to_string(round.number);
}

int role_rank(const std::string& role) {
    static const char* const kOrder[] = {"speaker", "host", "participant", "signatory", "target", "via", "observer"};
    const auto found = std::find(std::begin(kOrder), std::end(kOrder), role);
    return static_cast<int>(found - std::begin(kOrder));
}

std::string event_label(const Event& event) {
    // A state or organisation one of the event's persons speaks for adds nothing to that person's name.
    std::set<std::string> spoken_for;
    for (const Actor& actor : event.actors) {
        if (actor.kind == "person" && !actor.affiliation.empty()) spoken_for.insert(actor.affiliation);
    }
    std::vector<std::tuple<int, bool, std::string>> actors;  // role rank, not a person, name
    std::set<std::string> seen;
    for (const Actor& actor : event.actors) {
        if (spoken_for.count(actor.id) || !seen.insert(actor.id).second) continue;
        actors.emplace_back(role_rank(role_of(actor)), actor.kind != "person",
                            clean_text(actor.name.empty() ? actor.id : actor.name));
    }
    std::sort(actors.begin(), actors.end());
    const std::size_t kMostActors = 3;
    std::string label = humanize(event.type);
    for (std::size_t i = 0; i < actors.size() && i < kMostActors; ++i) {
        label += (i == 0 ? ": " : " \u2013 ") + std::get<2>(actors[i]);
    }
    if (actors.size() > kMostActors) label += " \u2026";
    if (event.location)
        label += ", " + clean_text(event.location->name.empty() ? event.location->id : event.location->name);
    if (!event.date.value.empty()) label += ", " + event.date.value;
    return label;
}

KnowledgeGraph build_knowledge_graph(const std::vector<Event>& events, const std::vector<DocumentInfo>& documents) {
    Builder builder(events, documents);
    KnowledgeGraph graph(builder.vertex_count());
    builder.build(graph);
    lay_out_graph(graph);
    return graph;
}

ActorNetwork build_actor_network(const std::vector<Event>& events) {
    struct Pair {
        std::size_t shared = 0;
        std::string first_day;
        std::string last_day;
    };
    std::map<std::string, GraphNode> actors;
    std::map<std::pair<std::string, std::string>, Pair> pairs;
    for (const Event& event : events) {
        auto span = day_span(event.date);
        std::set<std::string> ids;
        for (const Actor& actor : event.actors) {
            ids.insert(actor.id);
            absorb_actor(actors[actor.id], actor, span);
        }
        for (auto a = ids.begin(); a != ids.end(); ++a) {
            for (auto b = std::next(a); b != ids.end(); ++b) {
                Pair& pair = pairs[{*a, *b}];
                ++pair.shared;
                extend(pair.first_day, pair.last_day, span);
            }
        }
    }
    for (const auto& code : affiliations_only(actors)) actors[code] = affiliation_node(code);
    ActorNetwork network(actors.size());
    std::map<std::string, ActorNetwork::vertex_descriptor> vertex_of;
    ActorNetwork::vertex_descriptor vertex = 0;
    for (auto& [id, node] : actors) {
        node.id = id_token(kActorNode, id);
        node.entity_id = id;
        if (node.label.empty()) node.label = id;
        network[vertex] = std::move(node);
        vertex_of[id] = vertex++;
    }
    for (auto& [key, pair] : pairs) {
        GraphEdge edge;
        edge.type = kSharedEventsEdge;
        edge.weight = static_cast<double>(pair.shared);
        edge.first_day = std::move(pair.first_day);
        edge.last_day = std::move(pair.last_day);
        boost::add_edge(vertex_of.at(key.first), vertex_of.at(key.second), std::move(edge), network);
    }
    for (const auto& [id, vertex] : vertex_of) {
        const GraphNode& node = network[vertex];
        if (node.affiliation.empty() || node.affiliation == id) continue;
        const auto pair = std::minmax(id, node.affiliation);
        if (pairs.count({pair.first, pair.second})) continue;
        GraphEdge edge;
        edge.type = kAffiliatedWithEdge;
        edge.first_day = node.first_day;
        edge.last_day = node.last_day;
        boost::add_edge(vertex, vertex_of.at(node.affiliation), std::move(edge), network);
    }
    lay_out_graph(network);
    return network;
}

double time_layouts(const std::vector<Event>& events) {
    Builder builder(events, {});
    KnowledgeGraph graph(builder.vertex_count());
    builder.build(graph);
    ActorNetwork network = build_actor_network(events);  // laid out once already: the second layout is timed
    const auto start = std::chrono::steady_clock::now();
    lay_out_graph(graph);
    lay_out_graph(network);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

GraphSummary summarize(const KnowledgeGraph& graph, std::size_t top_actor_count) {
    GraphSummary summary;
    summary.nodes = boost::num_vertices(graph);
    summary.edges = boost::num_edges(graph);
    for (auto [v, v_end] = boost::vertices(graph); v != v_end; ++v) {
        ++summary.nodes_by_type[graph[*v].type];
        if (graph[*v].type == kActorNode) {
            summary.top_actors.push_back(
                {graph[*v].entity_id, graph[*v].label, static_cast<std::size_t>(boost::degree(*v, graph))});
        }
    }
    for (auto [e, e_end] = boost::edges(graph); e != e_end; ++e) ++summary.edges_by_type[graph[*e].type];
    std::sort(summary.top_actors.begin(), summary.top_actors.end(),
              [](const auto& a, const auto& b) { return a.degree != b.degree ? a.degree > b.degree : a.id < b.id; });
    if (summary.top_actors.size() > top_actor_count) summary.top_actors.resize(top_actor_count);
    return summary;
}

std::string format_summary(const GraphSummary& summary) {
    std::ostringstream out;
    out << "graph: " << summary.nodes << " nodes, " << summary.edges << " edges\n";
    auto list = [&out](const char* heading, const std::map<std::string, std::size_t>& counts) {
        out << heading;
        const char* separator = " ";
        for (const auto& [type, count] : counts) {
            out << separator << type << " " << count;
            separator = ", ";
        }
        out << "\n";
    };
    list("nodes:", summary.nodes_by_type);
    list("edges:", summary.edges_by_type);
    out << "top actors:";
    const char* separator = " ";
    for (const auto& actor : summary.top_actors) {
        out << separator << clean_text(actor.label) << " (" << actor.degree << ")";
        separator = ", ";
    }
    out << "\n";
    return out.str();
}

}  // namespace hadath
