// Data-file reading and clitic-aware phrase matching.
//
// Lexicon entries are phrases of one or more words, folded by the Normalizer.
// A text word matches an entry's first word with or without the proclitics
// و ف, then ب ل ك س, then the article ال (and لل for ل+ال); the entry's
// own leading article is ignored the same way. A word of an entry written
// with a final * matches any word that starts with it (attached pronouns and
// inflections: استضاف* matches استضافتها).
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/byte_chunks.h"
#include "extract/normalize.h"
#include "extract/text.h"
#include "extract/word_filter.h"

namespace hadath {

// The conjunction و as a proclitic, folded ("والرئيس" = و + الرئيس).
constexpr std::string_view kConjunctionWaw = "\xD9\x88";
constexpr std::string_view kConjunctionFa = "\xD9\x81";
constexpr std::string_view kTehMarbuta = "\xD8\xA9";    // ة, as written (folding makes it ه)
constexpr std::string_view kAlef = "\xD8\xA7";          // ا
constexpr std::string_view kWrittenYa = "\xD9\x8A";     // ي, as written (folding makes ى one too)
constexpr std::string_view kWrittenHa = "\xD9\x87";     // ه, as written: often the pronoun "his" ("مستشاره")
constexpr std::string_view kYehHamzaSeat = "\xD8\xA6";  // ئ, the seat of a hamza before a suffix ("لقائه")
constexpr std::string_view kHamza = "\xD8\xA1";         // ء, on the line at a word's end ("لقاء")
constexpr std::string_view kTatweel = "\xD9\x80";       // ـ, the stretching stroke ("شـــايع")
// The marks of nunation (تنوين): fathatan, dammatan, kasratan ("مؤخرًا").
constexpr std::string_view kNunationMarks[] = {"\xD9\x8B", "\xD9\x8C", "\xD9\x8D"};
// The future prefix س ("سيعقد") and the preposition ل ("لعقد": to hold), folded.
constexpr std::string_view kFutureSin = "\xD8\xB3";
constexpr std::string_view kPrepositionLam = "\xD9\x84";
constexpr std::string_view kPrepositionBa = "\xD8\xA8";
constexpr std::string_view kDualPronoun = "\xD9\x87\xD9\x85\xD8\xA7";  // هما, attached: "التزامهما"
// "عبد", folded: the first word of a given name written in two ("عبد الواحد"); and the article "ال".
constexpr std::string_view kAbd = "\xD8\xB9\xD8\xA8\xD8\xAF";
constexpr std::string_view kDefiniteArticle = "\xD8\xA7\xD9\x84";
// "بن", "ابن", "بنت" (son, daughter of), folded: unlike "أبو" or "عبد", they never open a name.
constexpr std::string_view kSonOf[] = {"\xD8\xA8\xD9\x86", "\xD8\xA7\xD8\xA8\xD9\x86", "\xD8\xA8\xD9\x86\xD8\xAA"};

// One data line split at tabs, with its origin for error messages.
struct TsvRow {
    std::string file;
    int line = 0;
    std::vector<std::string> fields;

    std::string where() const { return file + ":" + std::to_string(line); }
    [[noreturn]] void fail(const std::string& message) const;
};

// Reads a TAB-separated data file: `#` comment lines and blank lines are
// skipped; every other line must have between min_columns and max_columns
// fields, none empty (an empty value is written `-`). Throws
// std::runtime_error "file:line: message" otherwise.
std::vector<TsvRow> read_tsv(const std::string& path, std::size_t min_columns, std::size_t max_columns);

// Splits "a|b|c" into its non-empty, trimmed parts; "-" gives nothing.
std::vector<std::string> split_list(const std::string& field);

// The text with its ASCII letters lower-cased (English titles, article sources).
std::string lower_ascii(std::string_view text);

struct PhraseMatch {
    std::size_t first_token = 0;  // token range [first_token, last_token)
    std::size_t last_token = 0;
    std::uint32_t category = 0;
    std::uint32_t payload = 0;
    std::string_view
        proclitics;  // the clitic letters stripped from the first word, e.g. "و", "ب", "س" (not the article)
};

class PhraseIndex {
public:
    // How a one-word phrase treats the article of a text word.
    enum class Article {
        kEither,  // "ناتو" is also "الناتو"
        // Written with the article, it matches only a word that has it: the surname "الغانم" is not
        // the given name "غانم", nor "ألباريس" the city "باريس", nor the state "الكاميرون" the name "كاميرون".
        kKeep,
        // kKeep, and written without it, it matches only a word without it: the given name "موسى"
        // is not the family name "الموسى".
        kAsWritten,
    };
    // Adds a phrase (normal spelling; folded here). Returns false when the
    // phrase has no word.
    bool add(std::string_view phrase, std::uint32_t category, std::uint32_t payload, const Normalizer& normalizer,
             Article article = Article::kEither);

    // Every entry that matches at token `at`, longest first, then in the
    // order they were added.
    void match_at(const std::vector<Token>& tokens, std::size_t at, std::size_t end_token,
                  std::vector<PhraseMatch>& out) const;
    // The same with the words' hashes from prefetch(), `hashes[k]` that of token `first + k`.
    void match_at(const std::vector<Token>& tokens, std::size_t at, std::size_t end_token,
                  std::vector<PhraseMatch>& out, const std::vector<std::uint64_t>& hashes, std::size_t first) const;

    // Readies what match_at will look up for tokens [first, last), and gives their hashes.
    void prefetch(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                  std::vector<std::uint64_t>& hashes) const;

    std::size_t size() const { return entries_.size(); }

private:
    // What match_at needs of an entry sits in its candidate, so that a one-word entry (most of
    // them) is matched without reading the entry itself.
    struct Candidate {
        std::uint32_t entry;
        std::uint32_t category;
        std::uint32_t payload;
        // Of an entry of several words whose second is a whole word, the low half of that word's
        // hash: most such entries are turned away by the next word without reading the entry.
        std::uint32_t second_word_hash;
        std::uint8_t proclitics;  // bytes of clitics stripped from the word
        bool one_word;
        bool second_word_hashed;
    };
    // Entries whose first word the text word can be, with its clitics.
    // Those of one word come first. The others are read only when the next word may be their second:
    // few words of a text start a phrase of several words.
    struct Candidates {
        const Candidate* first;
        std::size_t count;
        std::size_t one_word;  // how many of them are one word long
        // A bit for the second word of each entry of several words (a bit of its hash); all bits when
        // one of them is a prefix, which no hash tells.
        std::uint32_t second_words;
        const Candidate* begin() const { return first; }
        const Candidate* end() const { return first + count; }
    };
    // Valid until the next call on the same thread.
    Candidates candidates(std::string_view word, std::uint64_t word_hash) const;
    void match_hashed(const std::vector<Token>& tokens, std::size_t at, std::size_t end_token,
                      std::vector<PhraseMatch>& out, std::uint64_t word_hash,
                      const std::uint64_t* next_word_hash) const;
    struct ThreadCache;
    ThreadCache& thread_cache() const;
    static constexpr std::size_t kCachedWords = 1u << 18;  // a power of two

    struct Entry {
        std::vector<std::string_view> words;
        std::vector<bool> prefix;  // word ends with * in the data
        bool definite = false;     // matches only words with the article (see add())
        bool bare = false;         // matches only words without it
        std::uint32_t category = 0;
        std::uint32_t payload = 0;
    };
    // First words of the entries, whole words and prefix words apart: they
    // turn away the words, and the prefixes of a word, that start no entry.
    WordFilter first_words_;
    WordFilter prefix_words_;  // by their prefix hash (see candidates())
    std::deque<std::string> storage_;
    using WordTable =
        std::unordered_map<std::string_view, std::vector<std::uint32_t>, std::hash<std::string_view>, SameBytes>;
    WordTable by_first_word_;
    WordTable by_first_prefix_;
    std::size_t longest_prefix_bytes_ = 0;
    std::vector<Entry> entries_;
};

// A folded word without its article ("الخياط" → "خياط"); other words as they are.
std::string_view without_article(std::string_view word);

// Whether a folded word carries the article, after an optional و or ف ("والقمة", "للاجتماع").
bool is_definite(std::string_view word);

// The forms a word may stand for once proclitics are removed, with the
// removed part, most stripped last. `word` must be folded text.
struct Stem {
    std::string_view stem;
    std::string_view proclitics;
};
void stems_of(std::string_view word, std::vector<Stem>& out);

}  // namespace hadath
