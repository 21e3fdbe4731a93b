#include "export/gexf_writer.h"

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "export/markup.h"

namespace hadath {
namespace {

struct Column {
    const char* title;
    const char* type;
};

// Node attributes in the order of their ids (0, 1, ...).
const std::vector<Column>& node_columns() {
    static const std::vector<Column> columns = {
        {"entity_id", "string"},  {"type", "string"},        {"label_ar", "string"},      {"kind", "string"},
        {"title", "string"},      {"affiliation", "string"}, {"event_type", "string"},    {"date", "string"},
        {"date_end", "string"},   {"precision", "string"},   {"cameo", "string"},         {"round", "string"},
        {"documents", "integer"}, {"series", "string"},      {"round_number", "integer"}, {"source", "string"},
        {"url", "string"},        {"quote", "string"},
    };
    return columns;
}

// Values in column order; empty ones are left out of the file.
std::vector<std::string> node_values(const GraphNode& node) {
    std::string documents = node.type == kEventNode ? std::to_string(node.documents) : "";
    std::string round_number = node.type == kRoundNode ? std::to_string(node.round_number) : "";
    return {node.entity_id,  node.type,   node.label_ar, node.kind,      node.title, node.affiliation,
            node.event_type, node.date,   node.date_end, node.precision, node.cameo, node.round,
            documents,       node.series, round_number,  node.source,    node.url,   node.quote};
}

// start="..." end="..." when known; both are days (timeformat="date").
std::string interval(const std::string& first_day, const std::string& last_day) {
    if (first_day.empty()) return "";
    return " start=\"" + first_day + "\" end=\"" + last_day + "\"";
}

std::string format_number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3g", value);
    return buffer;
}

}  // namespace

void write_knowledge_gexf(std::ostream& out, const KnowledgeGraph& graph) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
        << "  <meta>\n"
        << "    <creator>hadath</creator>\n"
        << "    <description>Event knowledge graph: actors, events, rounds, locations and documents</description>\n"
        << "  </meta>\n"
        << "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n";

    out << "    <attributes class=\"node\" mode=\"static\">\n";
    const auto& columns = node_columns();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        out << "      <attribute id=\"" << i << "\" title=\"" << columns[i].title << "\" type=\"" << columns[i].type
            << "\"/>\n";
    }
    out << "    </attributes>\n";
    out << "    <attributes class=\"edge\" mode=\"static\">\n"
        << "      <attribute id=\"0\" title=\"type\" type=\"string\"/>\n"
        << "    </attributes>\n";

    out << "    <nodes count=\"" << boost::num_vertices(graph) << "\">\n";
    for (auto [v, v_end] = boost::vertices(graph); v != v_end; ++v) {
        const GraphNode& node = graph[*v];
        out << "      <node id=\"" << escape_markup(node.id) << "\" label=\"" << escape_markup(node.label) << "\""
            << interval(node.first_day, node.last_day) << ">\n";
        out << "        <attvalues>\n";
        auto values = node_values(node);
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (values[i].empty()) continue;
            out << "          <attvalue for=\"" << i << "\" value=\"" << escape_markup(values[i]) << "\"/>\n";
        }
        out << "        </attvalues>\n";
        NodeColour colour = node_colour(node.type);
        out << "        <viz:color r=\"" << colour.r << "\" g=\"" << colour.g << "\" b=\"" << colour.b << "\"/>\n"
            << "        <viz:size value=\"" << format_number(node_size(boost::degree(*v, graph))) << "\"/>\n"
            << "      </node>\n";
    }
    out << "    </nodes>\n";

    out << "    <edges count=\"" << boost::num_edges(graph) << "\">\n";
    std::size_t edge_number = 0;
    for (auto [e, e_end] = boost::edges(graph); e != e_end; ++e) {
        const GraphEdge& edge = graph[*e];
        out << "      <edge id=\"e" << edge_number++ << "\" source=\""
            << escape_markup(graph[boost::source(*e, graph)].id) << "\" target=\""
            << escape_markup(graph[boost::target(*e, graph)].id) << "\" label=\"" << escape_markup(humanize(edge.type))
            << "\" kind=\"" << escape_markup(edge.type) << "\" weight=\"" << format_number(edge.weight) << "\""
            << interval(edge.first_day, edge.last_day) << ">\n"
            << "        <attvalues>\n"
            << "          <attvalue for=\"0\" value=\"" << escape_markup(edge.type) << "\"/>\n"
            << "        </attvalues>\n"
            << "      </edge>\n";
    }
    out << "    </edges>\n"
        << "  </graph>\n"
        << "</gexf>\n";
}

}  // namespace hadath
