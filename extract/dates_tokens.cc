// The date finder's tokens: words, numbers and punctuation, each word looked
// up in the date vocabulary with its clitics stripped.
#include "extract/dates_internal.h"
#include "extract/utf8.h"

namespace hadath::date_internal {

namespace {

// Arabic letters (tatweel and marks included) and Latin letters; Arabic first, as it is most of the text.
inline bool is_word_char(char32_t cp) {
    if (cp >= 0x0621 && cp <= 0x06D3) return cp <= 0x063A || (cp >= 0x0640 && cp <= 0x065F) || cp >= 0x0670;
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
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
    while (pos < text.size()) {
        std::size_t length = 1;
        const char32_t cp = utf8::decode(text, pos, length);
        if (is_space(cp)) {
            space = true;
            if (cp == '\n') line_break = true;
            pos += length;
            continue;
        }
        Token token;
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
                std::size_t next_length = 1;
                if (!is_word_char(utf8::decode(text, end, next_length))) break;
                end += next_length;
            }
            token.end = end;
        } else {
            token.type = TokenType::kPunct;
            token.end = pos + length;
        }
        tokens.push_back(token);
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
            const std::string_view word = view(i);
            if (try_entry(i, word, 0)) continue;
            // Clitics: a conjunction, then a preposition (وب، فل، ل، ...).
            std::string_view rest = word;
            std::size_t stripped = 0;
            std::size_t length = 1;
            for (int round = 0; round < 2 && rest.size() > 2; ++round) {
                const std::string_view letter = rest.substr(0, first_char_length(rest, length));
                const WordInfo* clitic = clitic_info(letter);
                if (!clitic) break;
                const bool conjunction = round == 0 && clitic->has(kConjunctionPrefix);
                const bool preposition = clitic->has(kPrepositionPrefix);
                if (!conjunction && !preposition) break;
                rest.remove_prefix(letter.size());
                stripped += letter.size();
                if (try_entry(i, rest, stripped, preposition && !conjunction)) break;
                // ل before the article drops its alef: للعام = ل + العام.
                if (preposition && !data_.definite_article.empty() && rest.substr(0, letter.size()) == letter &&
                    data_.definite_article.size() > letter.size() &&
                    data_.definite_article.substr(data_.definite_article.size() - letter.size()) == letter) {
                    scratch_.assign(data_.definite_article.substr(0, data_.definite_article.size() - letter.size()));
                    scratch_.append(rest);
                    if (try_entry(i, scratch_, stripped, true)) break;
                }
                if (!conjunction) break;
            }
        }
    }

private:
    std::string_view view(std::size_t i) const {
        return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
    }
    static std::size_t first_char_length(std::string_view s, std::size_t& length) {
        utf8::decode(s, 0, length);
        return length;
    }
    const WordInfo* find(std::string_view key) const {
        if (!data_.known_words.may_contain(key)) return nullptr;
        auto found = data_.words.find(key);
        return found == data_.words.end() ? nullptr : &found->second;
    }
    const WordInfo* clitic_info(std::string_view letter) const {
        for (const auto& [word, info] : data_.clitics) {
            if (word == letter) return info;
        }
        return nullptr;
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
