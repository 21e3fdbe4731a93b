// Word tokens and sentences of normalized text. Offsets are byte offsets
// into NormalizedText::text; map them back with NormalizedText::to_original.
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>
#include <vector>

namespace hadath {

enum class TokenKind { word, number, punctuation };

// Whether `text` starts with `prefix`. Inline, so that a prefix known when compiling (a letter or two
// of the lexicons' spelling) is compared in place rather than through memcmp: it is asked of most words.
inline bool starts_with(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && std::memcmp(text.data(), prefix.data(), prefix.size()) == 0;
}

// Whether `text` ends with `suffix`.
inline bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() &&
           std::memcmp(text.data() + text.size() - suffix.size(), suffix.data(), suffix.size()) == 0;
}

struct Token {
    std::size_t begin = 0;
    std::size_t end = 0;
    TokenKind kind = TokenKind::word;
    std::string_view text;  // view into the normalized text
};

struct Sentence {
    std::size_t begin = 0;  // byte offsets into the normalized text
    std::size_t end = 0;
    std::size_t first_token = 0;  // token index range [first_token, last_token)
    std::size_t last_token = 0;
};

// Words are runs of letters and digits (so "ال20" of "الـ20" stays one word);
// numbers are runs of digits, with a decimal point or separator kept inside
// ("4.4", "2023/06/21"); every other visible character is punctuation.
std::vector<Token> tokenize(std::string_view normalized);

// Sentences end at . ! ? ؟ ؛ (a closing quote or bracket right after stays
// in the sentence) and at line breaks; a period inside a number or after a
// one-letter abbreviation does not end one. Empty sentences are dropped. A
// run of more than kMaxSentenceTokens tokens without an end is cut (after a
// comma where possible), which keeps extraction linear in the text length.
constexpr std::size_t kMaxSentenceTokens = 160;
std::vector<Sentence> split_sentences(std::string_view normalized, const std::vector<Token>& tokens);

}  // namespace hadath
