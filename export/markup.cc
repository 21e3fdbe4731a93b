#include "export/markup.h"

#include <cmath>

#include "graph/knowledge_graph.h"
#include "graph/text.h"

namespace hadath {

std::string escape_markup(const std::string& text) {
    std::string out;
    for (char c : clean_text(text)) {
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
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

NodeColour node_colour(const std::string& node_type) {
    if (node_type == kActorNode) return {214, 69, 65};
    if (node_type == kEventNode) return {41, 128, 185};
    if (node_type == kRoundNode) return {142, 68, 173};
    if (node_type == kLocationNode) return {39, 174, 96};
    if (node_type == kDocumentNode) return {127, 140, 141};
    return {90, 90, 90};
}

double node_size(std::size_t degree) {
    return 10.0 + 4.0 * std::sqrt(static_cast<double>(degree));
}

}  // namespace hadath
