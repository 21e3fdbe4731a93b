#include "extract/text.h"

#include <algorithm>
#include <array>
#include <vector>

#include "extract/utf8.h"

namespace hadath {

namespace {

bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
}

bool is_digit(char32_t cp) {
    return cp >= '0' && cp <= '9';
}

// Letters of any script count as word characters; punctuation and symbol
// blocks do not.
bool is_word_char(char32_t cp) {
    if (cp < 0x80) return is_digit(cp) || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    if (cp <= 0xBF || cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0x0600 && cp <= 0x06FF) {
        // Arabic punctuation and signs inside the Arabic block.
        return !(cp <= 0x060F || cp == 0x061B || cp == 0x061C || (cp >= 0x061D && cp <= 0x061F) || cp == 0x06D4 ||
                 (cp >= 0x066A && cp <= 0x066D) || cp == 0x06DD || cp == 0x06DE || cp == 0x06E9);
    }
    if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows, shapes
    if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
    if (cp >= 0xFE10 && cp <= 0xFE6F) return false;  // vertical and small forms
    if (cp >= 0xFF00 && cp <= 0xFF20) return false;  // fullwidth punctuation
    if (cp >= 0x1F000) return false;                 // emoji and pictographs
    return cp != utf8::kInvalid && cp != 0xFEFF;
}

// is_word_char for the Basic Multilingual Plane, looked up rather than
// computed: the tokenizer asks it of every character.
class WordCharTable {
public:
    WordCharTable() {
        for (char32_t cp = 0; cp < kSize; ++cp) word_[cp] = is_word_char(cp);
    }
    bool operator()(char32_t cp) const { return cp < kSize ? word_[cp] != 0 : is_word_char(cp); }
    // Whether bytes `lead` and `next` are a two-byte character (Arabic letters among them) that is
    // a word character: one look-up for what most of a text's letters need.
    bool two_byte_word(unsigned lead, unsigned next) const { return two_byte_word_[(lead << 8) | next] != 0; }

private:
    static constexpr char32_t kSize = 0x10000;
    std::vector<unsigned char> word_ = std::vector<unsigned char>(kSize);
    std::array<unsigned char, 0x10000> two_byte_word_ = utf8::two_byte_table(is_word_char);
};

bool is_sentence_end(char32_t cp) {
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x061F || cp == 0x061B || cp == 0x06D4;
}

bool is_closing(char32_t cp) {
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0xBB || cp == 0x201D;
}

// Fills the new token where it lies in the vector: a token put together aside and copied in one
// piece would be read back before the processor has finished writing it, a stall at every word.
void add_token(std::vector<Token>& tokens, std::string_view text, std::size_t begin, std::size_t end, TokenKind kind) {
    Token& token = tokens.emplace_back();
    token.begin = begin;
    token.end = end;
    token.kind = kind;
    token.text = std::string_view(text.data() + begin, end - begin);
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    static const WordCharTable is_word_char;
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 6);
    const auto* const bytes = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t length = 0;
        const char32_t cp = utf8::decode(text, pos, length);
        if (is_space(cp)) {
            pos += length;
            continue;
        }
        const std::size_t begin = pos;
        if (is_word_char(cp)) {
            bool all_digits = is_digit(cp);
            pos += length;
            while (pos < text.size()) {
                // Past a letter only the word's end matters: a run of two-byte letters (Arabic) is
                // read without the general decoder, its common letters sixteen bytes at a time.
                while (!all_digits && pos + 1 < text.size()) {
                    pos = utf8::past_common_arabic_letters(bytes, pos, text.size());
                    if (pos + 1 >= text.size()) break;
                    if (!is_word_char.two_byte_word(bytes[pos], bytes[pos + 1])) break;
                    pos += 2;
                }
                if (pos >= text.size()) break;
                const char32_t next = utf8::decode(text, pos, length);
                if (is_word_char(next)) {
                    all_digits = all_digits && is_digit(next);
                    pos += length;
                    continue;
                }
                // A separator between digits stays inside a number: 4.4, 2023/06/21, 1,500, 4:16.
                if (all_digits && (next == '.' || next == '/' || next == ',' || next == ':') && pos + 1 < text.size() &&
                    is_digit(static_cast<unsigned char>(text[pos + 1]))) {
                    pos += 1;
                    continue;
                }
                break;
            }
            add_token(tokens, text, begin, pos, all_digits ? TokenKind::number : TokenKind::word);
        } else {
            pos += length;
            add_token(tokens, text, begin, pos, TokenKind::punctuation);
        }
    }
    return tokens;
}

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
    std::vector<Sentence> sentences;
    std::size_t first = 0;
    const auto close = [&](std::size_t last) {
        if (last > first) {
            bool has_word = false;
            for (std::size_t i = first; i < last && !has_word; ++i) has_word = tokens[i].kind != TokenKind::punctuation;
            if (has_word) sentences.push_back({tokens[first].begin, tokens[last - 1].end, first, last});
        }
        first = last;
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        // A line break between two tokens ends a sentence (paragraphs, headlines). The gap is most
        // often one space: read in place rather than through a search call.
        if (i > first) {
            const char* const gap = text.data() + tokens[i - 1].end;
            if (std::find(gap, text.data() + tokens[i].begin, '\n') != text.data() + tokens[i].begin) close(i);
        }
        // Text with no sentence ends is cut into pieces, after a comma where
        // there is one, so that the work per sentence stays bounded.
        if (i - first >= kMaxSentenceTokens) {
            std::size_t cut = i;
            for (std::size_t k = i; k > first + kMaxSentenceTokens / 2; --k) {
                if (tokens[k - 1].kind == TokenKind::punctuation &&
                    (tokens[k - 1].text == "\xD8\x8C" || tokens[k - 1].text == ",")) {
                    cut = k;
                    break;
                }
            }
            close(cut);
        }
        const Token& token = tokens[i];
        if (token.kind != TokenKind::punctuation) continue;
        std::size_t length = 0;
        const char32_t cp = utf8::decode(text, token.begin, length);
        if (!is_sentence_end(cp)) continue;
        // "د." and other one-letter abbreviations.
        if (cp == '.' && i > first && tokens[i - 1].kind == TokenKind::word && tokens[i - 1].end == token.begin &&
            utf8::count_code_points(tokens[i - 1].text) == 1) {
            continue;
        }
        std::size_t last = i + 1;
        while (last < tokens.size() && tokens[last].kind == TokenKind::punctuation) {
            const char32_t next = utf8::decode(text, tokens[last].begin, length);
            if (!is_closing(next) && !is_sentence_end(next)) break;
            // A quote mark that opens the next sentence is separated from it by no space.
            if (next == '"' && last + 1 < tokens.size() && tokens[last + 1].begin == tokens[last].end &&
                tokens[last].begin > tokens[last - 1].end) {
                break;
            }
            ++last;
        }
        close(last);
        i = last - 1;
    }
    close(tokens.size());
    return sentences;
}

}  // namespace hadath
