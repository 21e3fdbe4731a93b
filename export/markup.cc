#include "export/markup.h"

#include <algorithm>
#include <cmath>

#include "graph/knowledge_graph.h"
#include "graph/text.h"

namespace hadath {

void append_escaped_markup(std::string& out, const std::string& text, const char* apostrophe) {
    const std::size_t start = out.size();
    append_clean_text(out, text);
    // Most text has nothing to escape; the rest is rewritten from its first special character on.
    const auto special = std::find_if(out.begin() + static_cast<std::ptrdiff_t>(start), out.end(),
                                      [](char c) { return c == '&' || c == '<' || c == '>' || c == '"' || c == '\''; });
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
