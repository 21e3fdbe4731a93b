#include "export/markup.h"

#include <algorithm>
#include <cmath>

#include "graph/knowledge_graph.h"
#include "graph/layout.h"
#include "graph/text.h"

namespace hadath {

void append_escaped_markup(std::string& out, const std::string& text, const char* apostrophe) {
    const std::size_t start = out.size();
    append_clean_text(out, text);
    // Most text has nothing to escape; the rest is rewritten from its first special character on.
    const char* const data = out.data();
    const auto special =
        out.begin() + (find_first_byte_of<'&', '<', '>', '"', '\''>(data + start, data + out.size()) - data);
    if (special == out.end()) return;
    const std::string tail(special, out.end());
    out.erase(special, out.end());
    for (char c : tail) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += apostrophe;
                break;
            default:
                out += c;
        }
    }
}

std::string escape_markup(const std::string& text) {
    std::string out;
    append_escaped_markup(out, text);
    return out;
}

NodeColour node_colour(const std::string& node_type) {
    if (node_type == kActorNode) return {213, 94, 0};        // vermillion
    if (node_type == kEventNode) return {0, 114, 178};       // blue
    if (node_type == kRoundNode) return {204, 121, 167};     // reddish purple
    if (node_type == kLocationNode) return {0, 158, 115};    // bluish green
    if (node_type == kDocumentNode) return {153, 153, 153};  // grey
    return {90, 90, 90};
}

NodeColour actor_kind_colour(const std::string& actor_kind) {
    if (actor_kind == "country") return {0, 114, 178};       // blue
    if (actor_kind == "organization") return {230, 159, 0};  // orange
    if (actor_kind == "group") return {0, 158, 115};         // bluish green
    if (actor_kind == "person") return {204, 121, 167};      // reddish purple
    return {153, 153, 153};
}

void NodeSizes::scale(std::size_t max_degree) {
    // In the layout's units, as Gephi and sigma.js read sizes: the most linked node about half as wide as the
    // space between two neighbours, so that the picture stays legible at any number of nodes.
    smallest_ = 0.1 * kLayoutSpacing;
    largest_ = 0.5 * kLayoutSpacing;
    max_degree_ = static_cast<double>(std::max<std::size_t>(max_degree, 1));
}

double NodeSizes::operator()(std::size_t degree) const {
    const double size = smallest_ + (largest_ - smallest_) * std::sqrt(static_cast<double>(degree) / max_degree_);
    return std::round(size * 100) / 100;
}

}  // namespace hadath
