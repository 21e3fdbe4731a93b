#include "extract/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>

#include "extract/data_location.h"
#include "extract/utf8.h"

namespace hadath {

namespace {

constexpr std::uint32_t kKeep = 0xFFFFFFFF;
constexpr std::uint32_t kDelete = 0xFFFFFFFE;

std::string table_path_default() {
    return data_dir() + "/lexicon/ar/normalization.tsv";
}

char32_t parse_code_point(const std::string& token, const std::string& where) {
    if (token.size() < 3 || token.compare(0, 2, "U+") != 0)
        throw std::runtime_error(where + ": expected a code point like U+0623, got '" + token + "'");
    std::size_t used = 0;
    unsigned long value = 0;
    try {
        value = std::stoul(token.substr(2), &used, 16);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != token.size() - 2 || value > 0xFFFF)
        throw std::runtime_error(where + ": '" + token + "' is not a code point of the Basic Multilingual Plane");
    return static_cast<char32_t>(value);
}

}  // namespace

// For every BMP code point: kKeep, kDelete, or an index into `replacements`.
struct Normalizer::Table {
    std::array<std::uint32_t, 0x10000> action;
    std::vector<std::string> replacements;
    std::size_t longest_replacement = 4;  // in bytes; at least one whole UTF-8 character
    // Indexed by two bytes (the first shifted by eight): whether they are a two-byte character
    // (Arabic letters among them) that stays as it is. One look-up tells what most of a text's
    // characters need; filled by finish() once the actions are set.
    std::array<unsigned char, 0x10000> kept_pair{};

    Table() { action.fill(kKeep); }

    void finish() {
        kept_pair = utf8::two_byte_table([&](char32_t cp) { return action[cp] == kKeep; });
    }

    void set(char32_t from, const std::u32string& to) {
        if (to.empty()) {
            action[from] = kDelete;
            return;
        }
        std::string encoded;
        for (char32_t cp : to) utf8::append(encoded, cp);
        action[from] = static_cast<std::uint32_t>(replacements.size());
        longest_replacement = std::max(longest_replacement, encoded.size());
        replacements.push_back(std::move(encoded));
    }

    // Presentation forms decompose through NFKC once, at load, and the result
    // is folded by the rest of the table.
    void add_presentation_forms() {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
        if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC normalizer is not available");
        const auto fold_range = [&](char32_t first, char32_t last) {
            for (char32_t cp = first; cp <= last; ++cp) {
                if (action[cp] != kKeep) continue;
                icu::UnicodeString source(static_cast<UChar32>(cp));
                UErrorCode error = U_ZERO_ERROR;
                icu::UnicodeString composed = nfkc->normalize(source, error);
                if (U_FAILURE(error) || composed == source) continue;
                std::u32string folded;
                for (int32_t i = 0; i < composed.length();) {
                    const UChar32 c = composed.char32At(i);
                    i += U16_LENGTH(c);
                    if (c < 0x10000 && action[c] == kDelete) continue;
                    if (c < 0x10000 && action[c] != kKeep) {
                        for (std::size_t pos = 0, len = 0; pos < replacements[action[c]].size(); pos += len)
                            folded.push_back(utf8::decode(replacements[action[c]], pos, len));
                        continue;
                    }
                    folded.push_back(static_cast<char32_t>(c));
                }
                set(cp, folded);
            }
        };
        fold_range(0xFB50, 0xFDFF);
        fold_range(0xFE70, 0xFEFC);
    }
};

Normalizer Normalizer::load(const std::string& table_path) {
    std::ifstream in(table_path);
    if (!in) throw std::runtime_error(table_path + ": cannot open the normalization table");
    auto table = std::make_shared<Table>();
    std::string line;
    for (int line_number = 1; std::getline(in, line); ++line_number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        const std::string where = table_path + ":" + std::to_string(line_number);
        std::istringstream fields(line);
        std::string from, to;
        std::getline(fields, from, '\t');
        if (!std::getline(fields, to, '\t') || to.empty()) throw std::runtime_error(where + ": expected FROM<TAB>TO");
        char32_t first = 0, last = 0;
        const auto dots = from.find("..");
        if (dots == std::string::npos) {
            first = last = parse_code_point(from, where);
        } else {
            first = parse_code_point(from.substr(0, dots), where);
            last = parse_code_point(from.substr(dots + 2), where);
            if (last < first) throw std::runtime_error(where + ": range ends before it starts");
        }
        if (const auto to_dots = to.find(".."); to_dots != std::string::npos) {
            // A range onto a range, one for one: digits.
            const char32_t target_first = parse_code_point(to.substr(0, to_dots), where);
            const char32_t target_last = parse_code_point(to.substr(to_dots + 2), where);
            if (target_last < target_first || target_last - target_first != last - first)
                throw std::runtime_error(where + ": the two ranges differ in length");
            for (char32_t cp = first; cp <= last; ++cp) table->set(cp, std::u32string(1, target_first + (cp - first)));
            continue;
        }
        std::u32string replacement;
        if (to != "-") {
            std::istringstream parts(to);
            std::string part;
            while (parts >> part) replacement.push_back(parse_code_point(part, where));
        }
        for (char32_t cp = first; cp <= last; ++cp) table->set(cp, replacement);
    }
    table->add_presentation_forms();
    table->finish();
    Normalizer normalizer;
    normalizer.table_ = std::move(table);
    return normalizer;
}

Normalizer Normalizer::builtin() {
    static const Normalizer instance = load(table_path_default());
    return instance;
}

bool Normalizer::removes(char32_t code_point) const {
    return code_point < table_->action.size() && table_->action[code_point] == kDelete;
}

std::size_t NormalizedText::to_original(std::size_t normalized_byte) const {
    if (normalized_byte >= text.size()) return original_size;
    const auto after =
        std::upper_bound(anchors.begin(), anchors.end(), normalized_byte,
                         [](std::size_t byte, const Anchor& anchor) { return byte < anchor.normalized; });
    const Anchor& anchor = *(after - 1);
    // A byte inside a character maps to where the character starts.
    std::size_t start = normalized_byte;
    while (start > anchor.normalized && (static_cast<unsigned char>(text[start]) & 0xC0u) == 0x80u) --start;
    return anchor.original + (start - anchor.normalized);
}

NormalizedText Normalizer::normalize(std::string_view original) const {
    // This loop sees every byte of the corpus. It writes through a plain
    // pointer into a per-thread buffer that keeps its size from one
    // document to the next, with room for the longest replacement, and the
    // result is copied out in one piece at the end. The map back to the
    // original is kept as anchors, where the text stops being a copy of it.
    thread_local std::vector<char> text_buffer;
    const Table& table = *table_;
    const std::size_t room = table.longest_replacement + 4;
    const auto* const bytes = reinterpret_cast<const unsigned char*>(original.data());
    const std::size_t size = original.size();
    // Offsets into the normalized text fit in an Offset too: a byte in gives at most the longest
    // replacement out.
    if (size > std::numeric_limits<NormalizedText::Offset>::max() / (table.longest_replacement + 1))
        throw std::length_error("a text of " + std::to_string(size) + " bytes is too long to normalize in one piece");
    if (text_buffer.size() < size + room) text_buffer.resize(size + room);
    char* text = text_buffer.data();
    std::size_t capacity = text_buffer.size();
    std::size_t out = 0;
    std::size_t pos = 0;
    NormalizedText result;
    result.anchors.push_back({0, 0});
    // Starts a stretch at the next character out unless the text is still a copy of the original there.
    const auto anchor_here = [&] {
        const NormalizedText::Anchor& last = result.anchors.back();
        if (out - last.normalized != pos - last.original)
            result.anchors.push_back(
                {static_cast<NormalizedText::Offset>(out), static_cast<NormalizedText::Offset>(pos)});
    };
    while (pos < size) {
        if (out + room > capacity) {
            capacity *= 2;
            text_buffer.resize(capacity);
            text = text_buffer.data();
        }
        // Most of a text: ASCII and two-byte letters (Arabic among them) that stay as they are,
        // copied in a run. A kept character takes as many bytes out as in, so the room left
        // bounds the run and no check of it is needed inside.
        // The last byte is left to the general case, so a lead byte always has one after it here.
        const std::size_t run_end = std::min(size - 1, pos + (capacity - out - room));
        const std::size_t run_start = pos;
        while (pos < run_end) {
            const unsigned lead = bytes[pos];
            if (lead < 0x80) {
                if (table.action[lead] != kKeep) break;
                ++pos;
            } else {
                if (!table.kept_pair[(lead << 8) | bytes[pos + 1]]) break;
                pos += 2;
            }
        }
        if (pos > run_start) {
            const std::size_t run = pos - run_start;
            pos = run_start;
            anchor_here();
            std::memcpy(text + out, bytes + pos, run);
            out += run;
            pos += run;
        }
        if (pos >= size) break;
        if (out + room > capacity) continue;
        std::size_t length = 0;
        const char32_t cp = utf8::decode(original, pos, length);
        const std::uint32_t action = cp < 0x10000 ? table.action[cp] : kKeep;
        if (action == kKeep) {
            // Unchanged characters, invalid bytes included, are copied as they are. A stray continuation
            // byte is a character of its own: it starts a stretch, which no byte before it reaches into.
            anchor_here();
            if (cp == utf8::kInvalid && (bytes[pos] & 0xC0u) == 0x80u && result.anchors.back().normalized != out)
                result.anchors.push_back(
                    {static_cast<NormalizedText::Offset>(out), static_cast<NormalizedText::Offset>(pos)});
            std::memcpy(text + out, bytes + pos, length);
            out += length;
        } else if (action == kDelete) {
            result.removed.push_back(
                {static_cast<NormalizedText::Offset>(pos), static_cast<NormalizedText::Offset>(out)});
        } else {
            // Each character of the replacement comes from where the replaced one starts.
            anchor_here();
            const std::string& replacement = table.replacements[action];
            for (std::size_t i = 0; i < replacement.size(); ++i) {
                const bool starts_character = (static_cast<unsigned char>(replacement[i]) & 0xC0u) != 0x80u;
                if (i > 0 && starts_character)
                    result.anchors.push_back(
                        {static_cast<NormalizedText::Offset>(out), static_cast<NormalizedText::Offset>(pos)});
                text[out++] = replacement[i];
            }
        }
        pos += length;
    }
    result.text.assign(text, out);
    result.original_size = static_cast<NormalizedText::Offset>(size);
    // A very large document does not leave its buffer behind.
    constexpr std::size_t kKeptBufferBytes = 1u << 22;
    if (text_buffer.size() > kKeptBufferBytes) text_buffer = {};
    return result;
}

}  // namespace hadath
