// Escaping for the markup languages the exports are written in.
#pragma once

#include <cstddef>
#include <string>

namespace hadath {

// clean_text() (graph/text.h) and then & < > " ' as entities: safe in XML and
// HTML text and in attribute values of either quote style.
std::string escape_markup(const std::string& text);

// escape_markup(text) appended to `out`, with ' written as `apostrophe`
// (the GraphML files use "&apos;").
void append_escaped_markup(std::string& out, const std::string& text, const char* apostrophe = "&#39;");

// The colour of a node type as 0-255 channels, the same in every export.
struct NodeColour {
    int r = 0;
    int g = 0;
    int b = 0;
};
NodeColour node_colour(const std::string& node_type);

// Node size for Gephi: grows with degree, never 0.
double node_size(std::size_t degree);

}  // namespace hadath
