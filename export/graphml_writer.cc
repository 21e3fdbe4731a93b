#include "export/graphml_writer.h"

#include <string>
#include <vector>

#include "export/markup.h"
#include "export/output_buffer.h"

namespace hadath {
namespace {

enum class Field {
    kActorKind,
    kAffiliation,
    kB,
    kCameo,
    kDocTitle,
    kDocuments,
    kEntityId,
    kEventDate,
    kEventDateEnd,
    kEventType,
    kFirstDate,
    kG,
    kJobTitle,
    kLabel,
    kLabelAr,
    kLastDate,
    kNodeKind,
    kPrecision,
    kPublished,
    kQuote,
    kR,
    kRelation,
    kRound,
    kRoundNumber,
    kSeries,
    kSize,
    kSource,
    kUrl,
    kWeight,
    kX,
    kY,
};

struct Key {
    const char* name;
    bool for_edges;
    const char* type;
    Field field;
    bool in_actor_network;  // the actor network has actors only: no event, round or document columns
};

// Numbered key0, key1, ... in this order: by name, a node key before an edge key of the same name.
// No attribute is named `type`, which sigma.js and graphology viewers reserve for the renderer.
const Key kKeys[] = {
    {"actor_kind", false, "string", Field::kActorKind, true},
    {"affiliation", false, "string", Field::kAffiliation, true},
    {"b", false, "int", Field::kB, true},
    {"cameo", false, "string", Field::kCameo, false},
    {"doc_title", false, "string", Field::kDocTitle, false},
    {"documents", false, "int", Field::kDocuments, false},
    {"entity_id", false, "string", Field::kEntityId, true},
    {"event_date", false, "string", Field::kEventDate, false},
    {"event_date_end", false, "string", Field::kEventDateEnd, false},
    {"event_type", false, "string", Field::kEventType, false},
    {"first_date", false, "string", Field::kFirstDate, true},
    {"first_date", true, "string", Field::kFirstDate, true},
    {"g", false, "int", Field::kG, true},
    {"job_title", false, "string", Field::kJobTitle, true},
    {"label", false, "string", Field::kLabel, true},
    {"label", true, "string", Field::kLabel, true},
    {"label_ar", false, "string", Field::kLabelAr, true},
    {"last_date", false, "string", Field::kLastDate, true},
    {"last_date", true, "string", Field::kLastDate, true},
    {"node_kind", false, "string", Field::kNodeKind, true},
    {"precision", false, "string", Field::kPrecision, false},
    {"published", false, "string", Field::kPublished, false},
    {"quote", false, "string", Field::kQuote, false},
    {"r", false, "int", Field::kR, true},
    {"relation", true, "string", Field::kRelation, true},
    {"round", false, "string", Field::kRound, false},
    {"round_number", false, "int", Field::kRoundNumber, false},
    {"series", false, "string", Field::kSeries, false},
    {"size", false, "double", Field::kSize, true},
    {"source", false, "string", Field::kSource, false},
    {"url", false, "string", Field::kUrl, false},
    {"weight", true, "double", Field::kWeight, true},
    {"x", false, "double", Field::kX, true},
    {"y", false, "double", Field::kY, true},
};

struct Column {
    std::string open;  // <data key="key0">, the element written before each value of the column
    Field field;
};

struct Columns {
    std::vector<Column> node;
    std::vector<Column> edge;
};

// Text is cleaned (graph/text.h) and & < > " ' written as entities, ' as &apos;.
void append_text(std::string& out, const std::string& text) {
    append_escaped_markup(out, text, "&apos;");
}

// Values that are empty (after cleaning) are left out, as in the GEXF file;
// so are the document count of a non-event and the round number of a non-round.
void append_node_value(std::string& out, const GraphNode& node, Field field, const NodeColour& colour, double size) {
    switch (field) {
        case Field::kActorKind:
            return append_text(out, node.kind);
        case Field::kAffiliation:
            return append_text(out, node.affiliation);
        case Field::kB:
            return append_integer(out, colour.b);
        case Field::kCameo:
            return append_text(out, node.cameo);
        case Field::kDocTitle:
            return append_text(out, node.doc_title);
        case Field::kDocuments:
            if (node.type == kEventNode) append_integer(out, node.documents);
            return;
        case Field::kEntityId:
            return append_text(out, node.entity_id);
        case Field::kEventDate:
            return append_text(out, node.event_date);
        case Field::kEventDateEnd:
            return append_text(out, node.event_date_end);
        case Field::kEventType:
            return append_text(out, node.event_type);
        case Field::kFirstDate:
            return append_text(out, node.first_day);
        case Field::kG:
            return append_integer(out, colour.g);
        case Field::kJobTitle:
            return append_text(out, node.job_title);
        case Field::kLabel:
            return append_text(out, node.label);
        case Field::kLabelAr:
            return append_text(out, node.label_ar);
        case Field::kLastDate:
            return append_text(out, node.last_day);
        case Field::kNodeKind:
            return append_text(out, node.type);
        case Field::kPrecision:
            return append_text(out, node.precision);
        case Field::kPublished:
            return append_text(out, node.published);
        case Field::kQuote:
            return append_text(out, node.quote);
        case Field::kR:
            return append_integer(out, colour.r);
        case Field::kRound:
            return append_text(out, node.round);
        case Field::kRoundNumber:
            if (node.type == kRoundNode) append_integer(out, node.round_number);
            return;
        case Field::kSeries:
            return append_text(out, node.series);
        case Field::kSize:
            return append_general(out, size, 6);
        case Field::kSource:
            return append_text(out, node.source);
        case Field::kUrl:
            return append_text(out, node.url);
        case Field::kX:
            return append_general(out, node.x, 10);
        case Field::kY:
            return append_general(out, node.y, 10);
        case Field::kRelation:
        case Field::kWeight:
            return;
    }
}

void append_edge_value(std::string& out, const GraphEdge& edge, Field field) {
    switch (field) {
        case Field::kFirstDate:
            return append_text(out, edge.first_day);
        case Field::kLabel:
            return append_text(out, humanize(edge.type));
        case Field::kLastDate:
            return append_text(out, edge.last_day);
        case Field::kRelation:
            return append_text(out, edge.type);
        case Field::kWeight:
            return append_general(out, edge.weight, 6);
        default:
            return;
    }
}

// <data key="...">value</data>, or nothing when the value is empty. The value is written aside
// first: most columns are empty for a node of a given kind.
template <typename AppendValue>
void append_data(std::string& out, const Column& column, AppendValue append_value) {
    thread_local std::string value;
    value.clear();
    append_value(value);
    if (value.empty()) return;
    out += column.open;
    out += value;
    out += "</data>\n";
}

template <typename Graph>
void write_graph(std::ostream& stream, const Graph& graph, bool actor_network, bool directed) {
    OutputBuffer buffer(stream);
    std::string& out = buffer.text();
    out +=
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    Columns columns;
    for (const Key& key : kKeys) {
        if (actor_network && !key.in_actor_network) continue;
        std::string id = "key" + std::to_string(columns.node.size() + columns.edge.size());
        out += "  <key id=\"" + id + "\" for=\"" + (key.for_edges ? "edge" : "node") + "\" attr.name=\"" + key.name +
               "\" attr.type=\"" + key.type + "\" />\n";
        (key.for_edges ? columns.edge : columns.node).push_back({"      <data key=\"" + id + "\">", key.field});
    }
    out += "  <graph id=\"G\" edgedefault=\"";
    out += directed ? "directed" : "undirected";
    out += "\" parse.nodeids=\"free\" parse.edgeids=\"canonical\" parse.order=\"nodesfirst\">\n";

    const NodeSizes sizes(graph);
    for (auto [v, v_end] = boost::vertices(graph); v != v_end; ++v) {
        const GraphNode& node = graph[*v];
        const NodeColour colour = actor_network ? actor_kind_colour(node.kind) : node_colour(node.type);
        const double size = sizes(boost::degree(*v, graph));
        out += "    <node id=\"";
        append_text(out, node.id);
        out += "\">\n";
        for (const Column& column : columns.node) {
            append_data(out, column,
                        [&](std::string& value) { append_node_value(value, node, column.field, colour, size); });
        }
        out += "    </node>\n";
        buffer.flush_if_full();
    }

    std::size_t edge_number = 0;
    for (auto [e, e_end] = boost::edges(graph); e != e_end; ++e) {
        const GraphEdge& edge = graph[*e];
        out += "    <edge id=\"e";
        append_integer(out, static_cast<long long>(edge_number++));
        out += "\" source=\"";
        append_text(out, graph[boost::source(*e, graph)].id);
        out += "\" target=\"";
        append_text(out, graph[boost::target(*e, graph)].id);
        out += "\">\n";
        for (const Column& column : columns.edge) {
            append_data(out, column, [&](std::string& value) { append_edge_value(value, edge, column.field); });
        }
        out += "    </edge>\n";
        buffer.flush_if_full();
    }
    out += "  </graph>\n</graphml>\n";
}

}  // namespace

void write_knowledge_graphml(std::ostream& out, const KnowledgeGraph& graph) {
    write_graph(out, graph, false, true);
}

void write_actor_graphml(std::ostream& out, const ActorNetwork& network) {
    write_graph(out, network, true, false);
}

}  // namespace hadath
