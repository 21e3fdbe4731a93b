#include "graph/text.h"

#include <vector>

namespace hadath {
namespace {

void append_utf8(std::string& out, char32_t code_point) {
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

// Decodes strictly (no overlong forms, no surrogates); a bad sequence yields
// U+FFFD and consumes one byte.
std::vector<char32_t> decode_utf8(const std::string& text) {
    std::vector<char32_t> code_points;
    code_points.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = lead < 0x80           ? 1
                             : (lead >> 5) == 0x6  ? 2
                             : (lead >> 4) == 0xE  ? 3
                             : (lead >> 3) == 0x1E ? 4
                                                   : 0;
        char32_t code_point = length == 1   ? lead
                              : length == 2 ? (lead & 0x1F)
                              : length == 3 ? (lead & 0x0F)
                                            : (lead & 0x07);
        bool valid = length > 0 && i + length <= text.size();
        for (std::size_t k = 1; valid && k < length; ++k) {
            auto next = static_cast<unsigned char>(text[i + k]);
            valid = (next & 0xC0) == 0x80;
            code_point = (code_point << 6) | (next & 0x3F);
        }
        if (valid) {
            static const char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
            valid = code_point >= kSmallest[length] && code_point <= 0x10FFFF &&
                    !(code_point >= 0xD800 && code_point <= 0xDFFF);
        }
        code_points.push_back(valid ? code_point : 0xFFFD);
        i += valid ? length : 1;
    }
    return code_points;
}

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool forbidden_in_xml(char32_t c) {
    return (c < 0x20 && !is_space(c)) || c == 0xFFFE || c == 0xFFFF;
}

}  // namespace

std::string clean_text(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (char32_t c : decode_utf8(text)) {
        if (forbidden_in_xml(c)) continue;
        if (is_space(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        append_utf8(out, c);
    }
    return out;
}

std::string shorten(const std::string& text, std::size_t max_code_points) {
    auto code_points = decode_utf8(text);
    if (code_points.size() <= max_code_points) return text;
    std::size_t cut = max_code_points;
    // Prefer ending at a word boundary within the last fifth of the limit.
    for (std::size_t i = max_code_points; i > max_code_points * 4 / 5; --i) {
        if (code_points[i] == ' ') {
            cut = i;
            break;
        }
    }
    std::string out;
    for (std::size_t i = 0; i < cut; ++i) append_utf8(out, code_points[i]);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\u2026";
}

}  // namespace hadath
