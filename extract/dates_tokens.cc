// The date finder's tokens: words, numbers and punctuation, each word looked
// up in the date vocabulary with its clitics stripped.
#include <array>

#include "extract/dates_internal.h"
#include "extract/utf8.h"

namespace hadath::date_internal {

namespace {

// Arabic letters (tatweel and marks included) and Latin letters; Arabic first, as it is most of the text.
constexpr bool is_word_char(char32_t cp) {
    if (cp >= 0x0621 && cp <= 0x06D3) return cp <= 0x063A || (cp >= 0x0640 && cp <= 0x065F) || cp >= 0x0670;
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

// 2 when the bytes at `pos` are an Arabic letter of a word, else 0: most of the text, told without
// decoding it.
constexpr std::array<unsigned char, 0x10000> kWordLetters = utf8::two_byte_table(is_word_char);
inline std::size_t arabic_letter(const unsigned char* bytes, std::size_t size, std::size_t pos) {
    return pos + 1 < size && kWordLetters[(bytes[pos] << 8) | bytes[pos + 1]] ? 2 : 0;
}

bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x200F || cp == 0x200E ||
           cp == 0x200B;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 5 + 4);
    bool space = true;
    bool line_break = true;
    std::size_t pos = 0;
    const auto* const bytes = reinterpret_cast<const unsigned char*>(text.data());
    while (pos < text.size()) {
        std::size_t length = arabic_letter(bytes, text.size(), pos);
        // An Arabic letter goes where U+0621 would: it is no space and no digit, and starts a word.
        const char32_t cp = length != 0 ? char32_t{0x0621} : utf8::decode(text, pos, length);
        if (is_space(cp)) {
            space = true;
            if (cp == '\n') line_break = true;
            pos += length;
            continue;
        }
        // Filled where it lies in the vector, not copied in from a token put together aside.
        Token& token = tokens.emplace_back();
        token.begin = pos;
        token.space_before = space;
        token.line_break_before = line_break;
        if (cp >= '0' && cp <= '9') {
            token.type = TokenType::kNumber;
            std::size_t end = pos;
            while (end < text.size() && text[end] >= '0' && text[end] <= '9') {
                if (token.digits < 9) token.number = token.number * 10 + (text[end] - '0');
                ++token.digits;
                ++end;
            }
            token.end = end;
        } else if (is_word_char(cp)) {
            token.type = TokenType::kWord;
            std::size_t end = pos + length;
            while (end < text.size()) {
                end = utf8::past_common_arabic_letters(bytes, end, text.size());
                if (end >= text.size()) break;
                std::size_t next_length = arabic_letter(bytes, text.size(), end);
                if (next_length == 0 && !is_word_char(utf8::decode(text, end, next_length))) break;
                end += next_length;
            }
            token.end = end;
        } else {
            token.type = TokenType::kPunct;
            token.end = pos + length;
        }
        pos = token.end;
        space = false;
        line_break = false;
    }
    return tokens;
}

namespace {

class Lexer {
public:
    Lexer(const DateLexicon& data, std::string_view text, std::vector<Token>& tokens)
        : data_(data), text_(text), tokens_(tokens) {}

    void run() {
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            if (tokens_[i].type != TokenType::kWord) continue;
            look_up(i);
        }
    }

private:
    // Tries the forms of word `i` in turn: the word, then without a conjunction, then without a
    // preposition after it (with the article's alef back: للعام = ل + العام).
    void look_up(std::size_t i) {
        std::string_view rest = view(i);
        if (try_entry(i, rest, 0)) return;
        std::size_t stripped = 0;
        for (int round = 0; round < 2 && rest.size() > 2; ++round) {
            std::size_t length = 1;
            const char32_t first = utf8::decode(rest, 0, length);
            const WordInfo* clitic = nullptr;
            for (const auto& [clitic_letter, info] : data_.clitics) {
                if (clitic_letter == first) {
                    clitic = info;
                    break;
                }
            }
            if (!clitic) return;
            const bool conjunction = round == 0 && clitic->has(kConjunctionPrefix);
            const bool preposition = clitic->has(kPrepositionPrefix);
            if (!conjunction && !preposition) return;
            const std::string_view letter = rest.substr(0, length);
            rest.remove_prefix(length);
            stripped += length;
            if (try_entry(i, rest, stripped, preposition && !conjunction)) return;
            const std::string_view article = data_.definite_article;
            if (preposition && article.size() > length && rest.substr(0, length) == letter &&
                article.substr(article.size() - length) == letter) {
                scratch_.assign(article.substr(0, article.size() - length));
                scratch_.append(rest);
                if (try_entry(i, scratch_, stripped, true)) return;
            }
            if (!conjunction) return;
        }
    }
    std::string_view view(std::size_t i) const {
        return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
    }
    const WordInfo* find(std::string_view key) const {
        if (!data_.known_words.may_contain(key)) return nullptr;
        auto found = data_.words.find(key);
        return found == data_.words.end() ? nullptr : &found->second;
    }
    // A preposition may only stand before the article, a year cue or a month ("بالعام", "لعام").
    bool preposition_allows(std::string_view word, const WordInfo& info) const {
        return info.has(kYearCue) || info.has(kMonth) || info.has(kHijriMonth) ||
               (!data_.definite_article.empty() && word.rfind(data_.definite_article, 0) == 0);
    }
    // Looks up `first` (the word at i without `stripped` clitic bytes), longest multi-word entry first.
    bool try_entry(std::size_t i, std::string_view first, std::size_t stripped, bool after_preposition = false) {
        Token& token = tokens_[i];
        if (!data_.known_words.may_contain(first)) return false;
        if (data_.multiword_heads.count(first)) {
            scratch_multi_.assign(first);
            const WordInfo* best = nullptr;
            std::size_t best_tokens = 1;
            for (std::size_t j = i + 1; j < tokens_.size() && j - i < data_.max_words; ++j) {
                if (tokens_[j].type != TokenType::kWord || !tokens_[j].space_before) break;
                scratch_multi_.push_back(' ');
                scratch_multi_.append(view(j));
                if (const WordInfo* info = find(scratch_multi_)) {
                    best = info;
                    best_tokens = j - i + 1;
                }
            }
            if (best && (!after_preposition || preposition_allows(first, *best))) {
                token.info = best;
                token.span_tokens = best_tokens;
                token.prefix_bytes = stripped;
                return true;
            }
        }
        const auto found = data_.words.find(first);
        const WordInfo* info = found == data_.words.end() ? nullptr : &found->second;
        if (!info || (after_preposition && !preposition_allows(first, *info))) return false;
        token.info = info;
        token.span_tokens = 1;
        token.prefix_bytes = stripped;
        return true;
    }

    const DateLexicon& data_;
    std::string_view text_;
    std::vector<Token>& tokens_;
    std::string scratch_;
    std::string scratch_multi_;
};

}  // namespace

void look_up_words(const DateLexicon& data, std::string_view text, std::vector<Token>& tokens) {
    Lexer(data, text, tokens).run();
}

}  // namespace hadath::date_internal
