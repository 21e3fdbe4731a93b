#include "export/graphml_writer.h"

#include <boost/graph/graphml.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "export/markup.h"
#include "graph/text.h"

namespace hadath {
namespace {

void clean_fields(GraphNode& node) {
    for (std::string* field : {&node.id,       &node.entity_id, &node.type,        &node.label,      &node.label_ar,
                               &node.kind,     &node.title,     &node.affiliation, &node.event_type, &node.date,
                               &node.date_end, &node.precision, &node.cameo,       &node.round,      &node.quote,
                               &node.series,   &node.source,    &node.url,         &node.first_day,  &node.last_day}) {
        *field = clean_text(*field);
    }
}

void clean_fields(GraphEdge& edge) {
    for (std::string* field : {&edge.type, &edge.first_day, &edge.last_day}) *field = clean_text(*field);
}

// Boost names nodes n<index>; Gephi shows the node id, so each becomes the
// node's own id token. Only the <node>/<edge> start tags carry ids, and data
// values cannot contain '<' (it is escaped), so a line-wise rewrite is exact.
std::string replace_node_ids(const std::string& graphml, const std::vector<std::string>& ids) {
    auto rewrite_attribute = [&ids](std::string& line, const std::string& attribute) {
        std::string marker = attribute + "=\"n";
        auto begin = line.find(marker);
        if (begin == std::string::npos) return;
        auto digits = begin + marker.size();
        auto end = line.find('"', digits);
        std::size_t index = std::stoul(line.substr(digits, end - digits));
        line.replace(begin, end + 1 - begin, attribute + "=\"" + ids.at(index) + "\"");
    };
    std::istringstream in(graphml);
    std::string out, line;
    while (std::getline(in, line)) {
        if (line.rfind("    <node id=\"n", 0) == 0) {
            rewrite_attribute(line, " id");
        } else if (line.rfind("    <edge id=\"e", 0) == 0) {
            rewrite_attribute(line, " source");
            rewrite_attribute(line, " target");
        }
        out += line;
        out += '\n';
    }
    return out;
}

template <typename Graph>
void write_graph(std::ostream& out, const Graph& original, bool actors_only) {
    using Vertex = typename boost::graph_traits<Graph>::vertex_descriptor;
    using Edge = typename boost::graph_traits<Graph>::edge_descriptor;
    Graph graph = original;
    for (auto [v, v_end] = boost::vertices(graph); v != v_end; ++v) clean_fields(graph[*v]);
    for (auto [e, e_end] = boost::edges(graph); e != e_end; ++e) clean_fields(graph[*e]);

    boost::dynamic_properties properties;
    auto node_text = [&](const char* name, std::string GraphNode::*field) {
        properties.property(name, boost::get(field, graph));
    };
    node_text("entity_id", &GraphNode::entity_id);
    node_text("type", &GraphNode::type);
    node_text("label", &GraphNode::label);
    node_text("label_ar", &GraphNode::label_ar);
    node_text("kind", &GraphNode::kind);
    node_text("title", &GraphNode::title);
    node_text("affiliation", &GraphNode::affiliation);
    node_text("first_date", &GraphNode::first_day);
    node_text("last_date", &GraphNode::last_day);
    // The actor network has actors only; keys that no node could use would
    // only be empty columns in Gephi.
    if (!actors_only) {
        node_text("event_type", &GraphNode::event_type);
        node_text("date", &GraphNode::date);
        node_text("date_end", &GraphNode::date_end);
        node_text("precision", &GraphNode::precision);
        node_text("cameo", &GraphNode::cameo);
        node_text("round", &GraphNode::round);
        node_text("quote", &GraphNode::quote);
        node_text("series", &GraphNode::series);
        node_text("source", &GraphNode::source);
        node_text("url", &GraphNode::url);
        properties.property("documents", boost::get(&GraphNode::documents, graph));
        properties.property("round_number", boost::get(&GraphNode::round_number, graph));
    }
    const Graph& view = graph;
    properties.property(
        "r", boost::make_function_property_map<Vertex, int>([&view](Vertex v) { return node_colour(view[v].type).r; }));
    properties.property(
        "g", boost::make_function_property_map<Vertex, int>([&view](Vertex v) { return node_colour(view[v].type).g; }));
    properties.property(
        "b", boost::make_function_property_map<Vertex, int>([&view](Vertex v) { return node_colour(view[v].type).b; }));
    properties.property("size", boost::make_function_property_map<Vertex, double>(
                                    [&view](Vertex v) { return node_size(boost::degree(v, view)); }));

    properties.property("type", boost::get(&GraphEdge::type, graph));
    properties.property("label", boost::make_function_property_map<Edge, std::string>(
                                     [&view](Edge e) { return humanize(view[e].type); }));
    properties.property("weight", boost::get(&GraphEdge::weight, graph));
    properties.property("first_date", boost::get(&GraphEdge::first_day, graph));
    properties.property("last_date", boost::get(&GraphEdge::last_day, graph));

    std::ostringstream buffer;
    boost::write_graphml(buffer, graph, properties, false);
    std::vector<std::string> ids;
    for (auto [v, v_end] = boost::vertices(graph); v != v_end; ++v) ids.push_back(graph[*v].id);
    out << replace_node_ids(buffer.str(), ids);
}

}  // namespace

void write_knowledge_graphml(std::ostream& out, const KnowledgeGraph& graph) {
    write_graph(out, graph, false);
}

void write_actor_graphml(std::ostream& out, const ActorNetwork& network) {
    write_graph(out, network, true);
}

}  // namespace hadath
