// Escaping for the markup languages the exports are written in.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>

#include "graph/knowledge_graph.h"

namespace hadath {

// clean_text() (graph/text.h) and then & < > " ' as entities: safe in XML and
// HTML text and in attribute values of either quote style.
std::string escape_markup(const std::string& text);

// escape_markup(text) appended to `out`, with ' written as `apostrophe`
// (the GraphML files use "&apos;").
void append_escaped_markup(std::string& out, const std::string& text, const char* apostrophe = "&#39;");

// Node colours as 0-255 channels, the same in every export, from the
// Okabe–Ito palette (told apart with colour blindness too): in the knowledge
// graph by node kind (actor, event, round, location, document), in the actor
// network by actor kind (country, organization, group, person).
struct NodeColour {
    int r = 0;
    int g = 0;
    int b = 0;
};
NodeColour node_colour(const std::string& node_type);
NodeColour actor_kind_colour(const std::string& actor_kind);

// Node size for Gephi and sigma.js: grows with the square root of the degree,
// from a smallest size for the least linked node to a largest for the most
// linked one, in the units of the layout's positions (graph/layout.h), so
// that a graph of thousands of nodes is drawn as legibly as one of ten.
class NodeSizes {
public:
    template <typename Graph>
    explicit NodeSizes(const Graph& graph) {
        std::size_t max_degree = 0;
        for (auto [v, v_end] = boost::vertices(graph); v != v_end; ++v) {
            max_degree = std::max<std::size_t>(max_degree, boost::degree(*v, graph));
        }
        scale(max_degree);
    }
    double operator()(std::size_t degree) const;

private:
    void scale(std::size_t max_degree);
    double smallest_ = 1;
    double largest_ = 1;
    double max_degree_ = 1;
};

}  // namespace hadath
