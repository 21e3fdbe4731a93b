#include "graph/text.h"

#include <algorithm>
#include <cstdint>
#include <cwctype>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/utf8.h"

namespace hadath {
namespace {

// Decodes the code point at `at` strictly (no overlong forms, no
// surrogates): its length in bytes, or 0 for a bad sequence.
std::size_t decode_at(const std::string& text, std::size_t at, char32_t& code_point) {
    std::size_t length = 0;
    code_point = utf8::decode(text, at, length);
    // A bad sequence is one byte long; U+FFFD written out in the text is three.
    return code_point == utf8::kInvalid && length == 1 ? 0 : length;
}

// A bad sequence yields U+FFFD and consumes one byte. At most `limit` code points are decoded.
std::vector<char32_t> decode_utf8(const std::string& text, std::size_t limit = SIZE_MAX) {
    std::vector<char32_t> code_points;
    code_points.reserve(std::min(text.size(), limit));
    for (std::size_t i = 0; i < text.size() && code_points.size() < limit;) {
        char32_t code_point = 0;
        const std::size_t length = decode_at(text, i, code_point);
        code_points.push_back(length ? code_point : 0xFFFD);
        i += length ? length : 1;
    }
    return code_points;
}

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool forbidden_in_xml(char32_t c) {
    return (c < 0x20 && !is_space(c)) || c == 0xFFFE || c == 0xFFFF;
}

bool is_plain_ascii(unsigned char c) {
    return c > 0x20 && c < 0x80;
}

#if defined(__SSE2__)
// How many of the 16 bytes at `bytes` clean_text keeps as they are: a block of printable ASCII and
// well-formed two-byte sequences, with single spaces that follow kept text (`after_kept` says the
// byte before the block is kept) and precede more inside the block; 0 when it holds anything else.
// Leads and spaces at its end are left out: what follows them lies past the block.
std::size_t kept_block(const unsigned char* bytes, bool after_kept) {
    const utf8::Block16 block = utf8::load_block16(bytes);
    const unsigned high = block.high, continuation = block.continuation, lead = block.lead;
    const auto mask = [](__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); };
    const unsigned low = mask(_mm_and_si128(_mm_cmpgt_epi8(block.bytes, _mm_set1_epi8(-1)),
                                            _mm_cmplt_epi8(block.bytes, _mm_set1_epi8(0x20))));
    const unsigned spaces = mask(_mm_cmpeq_epi8(block.bytes, _mm_set1_epi8(0x20)));
    // Leads of three or four bytes, stray bytes, and control characters other than the space.
    if ((high & ~continuation & ~lead) != 0 || (low & ~spaces) != 0) return 0;
    // The block ends before a last lead or space, whose next byte lies past it.
    std::size_t taken = 16;
    while (taken > 0 && (((lead | spaces) >> (taken - 1)) & 1) != 0) --taken;
    const unsigned kept = (1u << taken) - 1;
    // Every continuation byte follows a lead, and every lead taken is followed by one.
    if ((continuation & kept) != ((lead << 1) & kept)) return 0;
    const unsigned taken_spaces = spaces & kept;
    if (taken == 0 || (taken_spaces & (taken_spaces << 1)) != 0 || ((taken_spaces & 1) != 0 && !after_kept)) return 0;
    return taken;
}
#endif

// The end of the run from `begin` that clean_text keeps byte for byte:
// printable ASCII, valid UTF-8 sequences of allowed code points, and single
// spaces between them.
std::size_t end_of_kept_run(const std::string& text, std::size_t begin) {
    auto kept_length = [&text](std::size_t at) -> std::size_t {
        const auto lead = static_cast<unsigned char>(text[at]);
        if (is_plain_ascii(lead)) return 1;
        // A well-formed two-byte sequence (Arabic letters among them) is U+0080..U+07FF: never
        // white space, never forbidden in XML.
        if (lead >= 0xC2 && lead <= 0xDF && at + 1 < text.size() &&
            (static_cast<unsigned char>(text[at + 1]) & 0xC0) == 0x80)
            return 2;
        char32_t code_point = 0;
        const std::size_t length = decode_at(text, at, code_point);
        return length && !is_space(code_point) && !forbidden_in_xml(code_point) ? length : 0;
    };
    std::size_t end = begin;
#if defined(__SSE2__)
    // Sixteen bytes at a time while they are all kept, most of an article's text.
    const auto* const bytes = reinterpret_cast<const unsigned char*>(text.data());
    while (end + 16 <= text.size()) {
        const std::size_t taken = kept_block(bytes + end, end > begin);
        if (taken == 0) break;
        end += taken;
    }
#endif
    while (end < text.size()) {
        if (std::size_t length = kept_length(end)) {
            end += length;
        } else if (text[end] == ' ' && end > begin && end + 1 < text.size() && (length = kept_length(end + 1))) {
            end += 1 + length;
        } else {
            break;
        }
    }
    return end;
}

}  // namespace

void append_clean_text(std::string& out, const std::string& text) {
    const std::size_t start = out.size();
    bool pending_space = false;
    auto emit = [&](const char* bytes, std::size_t count) {
        if (pending_space) out += ' ';
        pending_space = false;
        out.append(bytes, count);
    };
    for (std::size_t i = 0; i < text.size();) {
        // A kept code point is copied as it is: encoding it again would give the same bytes.
        const std::size_t end = end_of_kept_run(text, i);
        if (end > i) {
            emit(text.data() + i, end - i);
            i = end;
            continue;
        }
        char32_t code_point = 0;
        const std::size_t length = decode_at(text, i, code_point);
        if (length == 0) {
            emit("\xEF\xBF\xBD", 3);  // U+FFFD
            ++i;
        } else {
            if (is_space(code_point)) pending_space = out.size() > start;
            i += length;  // white space or a code point XML forbids
        }
    }
}

std::string clean_text(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    append_clean_text(out, text);
    return out;
}

std::string shorten(const std::string& text, std::size_t max_code_points) {
    // Valid text is measured and cut without decoding it: its code points start at the bytes that
    // are no continuation bytes, and what is kept of it are its own bytes.
    if (utf8::first_invalid(text) == std::string::npos) {
        if (utf8::count_code_points(text) <= max_code_points) return text;
        std::size_t cut = std::string::npos;
        std::size_t at = 0;  // where code point `k` starts
        for (std::size_t k = 0;; ++k) {
            // The last space within the last fifth of the limit, else the limit.
            if (k > max_code_points * 4 / 5 && text[at] == ' ') cut = at;
            if (k == max_code_points) break;
            const auto lead = static_cast<unsigned char>(text[at]);
            at += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        }
        std::string out = text.substr(0, cut == std::string::npos ? at : cut);
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out + "\u2026";
    }
    // Invalid text: at most the code points kept are decoded, a bad byte as U+FFFD.
    const auto code_points = decode_utf8(text, max_code_points + 1);
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
    for (std::size_t i = 0; i < cut; ++i) utf8::append(out, code_points[i]);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\u2026";
}

namespace {

// Opening and closing marks; a straight double quote is both.
const std::pair<char32_t, char32_t> kMarkPairs[] = {{U'(', U')'},           {U'[', U']'},           {U'{', U'}'},
                                                    {U'\u00ab', U'\u00bb'}, {U'\u201c', U'\u201d'}, {U'"', U'"'}};

// Whether `c` opens or closes a pair of kMarkPairs: most of a quote's characters do neither.
bool is_mark(char32_t c) {
    return std::any_of(std::begin(kMarkPairs), std::end(kMarkPairs),
                       [c](const std::pair<char32_t, char32_t>& pair) { return c == pair.first || c == pair.second; });
}

}  // namespace

std::string balanced_quote(const std::string& text, std::size_t max_code_points) {
    // Valid UTF-8 from here on: its code points are read where they stand, and it is copied whole.
    const std::string quote = shorten(clean_text(text), max_code_points);
    static constexpr std::string_view kEllipsis = "\u2026";
    std::u32string open;              // closing marks still owed, innermost last
    std::u32string missing_openings;  // openings that lie before the quote, outermost first
    char32_t previous = 0;
    std::size_t length = 0;
    for (std::size_t at = 0; at < quote.size(); at += length) {
        const char32_t c = utf8::decode(quote, at, length);
        if (!is_mark(c)) {
            previous = c;
            continue;
        }
        for (const auto& [opening, closing] : kMarkPairs) {
            if (c != opening && c != closing) continue;
            if (opening == closing) {
                // A straight quote closes the one open, or opens unless it ends a word (then its opening was cut).
                std::size_t next_length = 0;
                const bool ends_word =
                    at > 0 && !is_space(previous) &&
                    (at + length == quote.size() ||
                     !std::iswalnum(static_cast<wint_t>(utf8::decode(quote, at + length, next_length))));
                if (!open.empty() && open.back() == closing) {
                    open.pop_back();
                } else if (ends_word && open.empty()) {
                    missing_openings.insert(missing_openings.begin(), opening);
                } else {
                    open.push_back(closing);
                }
            } else if (c == opening) {
                open.push_back(closing);
            } else if (!open.empty() && open.back() == closing) {
                open.pop_back();
            } else if (open.empty()) {
                missing_openings.insert(missing_openings.begin(), opening);
            }
            break;
        }
        previous = c;
    }
    const auto starts_with_ellipsis = quote.compare(0, kEllipsis.size(), kEllipsis) == 0;
    const auto ends_with_ellipsis = quote.size() >= kEllipsis.size() &&
                                    quote.compare(quote.size() - kEllipsis.size(), kEllipsis.size(), kEllipsis) == 0;
    std::string out;
    if (!missing_openings.empty()) {
        if (!starts_with_ellipsis) out += kEllipsis;
        for (char32_t c : missing_openings) utf8::append(out, c);
    }
    out += quote;
    if (!open.empty()) {
        if (!ends_with_ellipsis) out += kEllipsis;
        for (auto c = open.rbegin(); c != open.rend(); ++c) utf8::append(out, *c);
    }
    return out;
}

}  // namespace hadath
