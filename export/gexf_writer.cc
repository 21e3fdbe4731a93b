#include "export/gexf_writer.h"

#include <iterator>
#include <string>
#include <vector>

#include "export/markup.h"
#include "export/output_buffer.h"

namespace hadath {
namespace {

struct Column {
    const char* title;
    const char* type;
};

// Node attributes in the order of their ids (0, 1, ...).
// No attribute is titled `type`, which sigma.js and graphology viewers reserve for the renderer.
const Column kNodeColumns[] = {
    {"entity_id", "string"},      {"node_kind", "string"},   {"label_ar", "string"},      {"actor_kind", "string"},
    {"job_title", "string"},      {"affiliation", "string"}, {"event_type", "string"},    {"event_date", "string"},
    {"event_date_end", "string"}, {"precision", "string"},   {"cameo", "string"},         {"round", "string"},
    {"documents", "integer"},     {"series", "string"},      {"round_number", "integer"}, {"doc_title", "string"},
    {"published", "string"},      {"source", "string"},      {"url", "string"},           {"quote", "string"},
};

// start="..." end="..." when known; both are days (timeformat="date").
void append_interval(std::string& out, const std::string& first_day, const std::string& last_day) {
    if (first_day.empty()) return;
    out += " start=\"";
    out += first_day;
    out += "\" end=\"";
    out += last_day;
    out += '"';
}

void append_node(std::string& out, const GraphNode& node, double size) {
    out += "      <node id=\"";
    append_escaped_markup(out, node.id);
    out += "\" label=\"";
    append_escaped_markup(out, node.label);
    out += '"';
    append_interval(out, node.first_day, node.last_day);
    out += ">\n        <attvalues>\n";
    const std::string documents = node.type == kEventNode ? std::to_string(node.documents) : "";
    const std::string round_number = node.type == kRoundNode ? std::to_string(node.round_number) : "";
    // In column order; empty values are left out of the file.
    const std::string* const values[] = {&node.entity_id,      &node.type,        &node.label_ar,   &node.kind,
                                         &node.job_title,      &node.affiliation, &node.event_type, &node.event_date,
                                         &node.event_date_end, &node.precision,   &node.cameo,      &node.round,
                                         &documents,           &node.series,      &round_number,    &node.doc_title,
                                         &node.published,      &node.source,      &node.url,        &node.quote};
    static_assert(std::size(values) == std::size(kNodeColumns));
    // The element that opens each column's value, put together once.
    static const std::vector<std::string> kOpenings = [] {
        std::vector<std::string> openings;
        for (std::size_t i = 0; i < std::size(kNodeColumns); ++i)
            openings.push_back("          <attvalue for=\"" + std::to_string(i) + "\" value=\"");
        return openings;
    }();
    for (std::size_t i = 0; i < std::size(values); ++i) {
        if (values[i]->empty()) continue;
        out += kOpenings[i];
        append_escaped_markup(out, *values[i]);
        out += "\"/>\n";
    }
    out += "        </attvalues>\n";
    const NodeColour colour = node_colour(node.type);
    out += "        <viz:color r=\"";
    append_integer(out, colour.r);
    out += "\" g=\"";
    append_integer(out, colour.g);
    out += "\" b=\"";
    append_integer(out, colour.b);
    out += "\"/>\n        <viz:position x=\"";
    append_general(out, node.x, 10);
    out += "\" y=\"";
    append_general(out, node.y, 10);
    out += "\"/>\n        <viz:size value=\"";
    append_general(out, size, 6);
    out += "\"/>\n      </node>\n";
}

void append_edge(std::string& out, std::size_t number, const std::string& source, const std::string& target,
                 const GraphEdge& edge) {
    out += "      <edge id=\"e";
    append_integer(out, static_cast<long long>(number));
    out += "\" source=\"";
    append_escaped_markup(out, source);
    out += "\" target=\"";
    append_escaped_markup(out, target);
    out += "\" label=\"";
    append_escaped_markup(out, humanize(edge.type));
    out += "\" kind=\"";
    append_escaped_markup(out, edge.type);
    out += "\" weight=\"";
    append_general(out, edge.weight, 3);
    out += '"';
    append_interval(out, edge.first_day, edge.last_day);
    out += ">\n        <attvalues>\n          <attvalue for=\"0\" value=\"";
    append_escaped_markup(out, edge.type);
    out += "\"/>\n        </attvalues>\n      </edge>\n";
}

}  // namespace

void write_knowledge_gexf(std::ostream& stream, const KnowledgeGraph& graph) {
    OutputBuffer buffer(stream);
    std::string& out = buffer.text();
    out +=
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
        "  <meta>\n"
        "    <creator>hadath</creator>\n"
        "    <description>Event knowledge graph: actors, events, rounds, locations and documents</description>\n"
        "  </meta>\n"
        "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n";

    out += "    <attributes class=\"node\" mode=\"static\">\n";
    for (std::size_t i = 0; i < std::size(kNodeColumns); ++i) {
        out += "      <attribute id=\"" + std::to_string(i) + "\" title=\"" + kNodeColumns[i].title + "\" type=\"" +
               kNodeColumns[i].type + "\"/>\n";
    }
    out +=
        "    </attributes>\n"
        "    <attributes class=\"edge\" mode=\"static\">\n"
        "      <attribute id=\"0\" title=\"relation\" type=\"string\"/>\n"
        "    </attributes>\n";

    out += "    <nodes count=\"" + std::to_string(boost::num_vertices(graph)) + "\">\n";
    const NodeSizes sizes(graph);
    for (auto [v, v_end] = boost::vertices(graph); v != v_end; ++v) {
        append_node(out, graph[*v], sizes(boost::degree(*v, graph)));
        buffer.flush_if_full();
    }
    out += "    </nodes>\n";

    out += "    <edges count=\"" + std::to_string(boost::num_edges(graph)) + "\">\n";
    std::size_t edge_number = 0;
    for (auto [e, e_end] = boost::edges(graph); e != e_end; ++e) {
        append_edge(out, edge_number++, graph[boost::source(*e, graph)].id, graph[boost::target(*e, graph)].id,
                    graph[*e]);
        buffer.flush_if_full();
    }
    out +=
        "    </edges>\n"
        "  </graph>\n"
        "</gexf>\n";
}

}  // namespace hadath
