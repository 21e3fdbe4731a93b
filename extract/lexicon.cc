#include "extract/lexicon.h"

#include <sys/mman.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <new>
#include <optional>
#include <stdexcept>

#include "extract/insertion_sort.h"
#include "extract/utf8.h"

namespace hadath {

void TsvRow::fail(const std::string& message) const {
    throw std::runtime_error(where() + ": " + message);
}

std::vector<TsvRow> read_tsv(const std::string& path, std::size_t min_columns, std::size_t max_columns) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open");
    std::vector<TsvRow> rows;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (number == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
        const auto content = line.find_first_not_of(" \t");
        if (content == std::string::npos || line[content] == '#') continue;
        TsvRow row{path, number, {}};
        if (utf8::first_invalid(line) != std::string::npos) row.fail("not valid UTF-8");
        std::size_t start = 0;
        while (true) {
            const auto tab = line.find('\t', start);
            std::string field = line.substr(start, tab == std::string::npos ? std::string::npos : tab - start);
            while (!field.empty() && field.back() == ' ') field.pop_back();
            while (!field.empty() && field.front() == ' ') field.erase(0, 1);
            row.fields.push_back(std::move(field));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        // Trailing comments after the last column are allowed: "...<TAB># note".
        while (row.fields.size() > min_columns && !row.fields.back().empty() && row.fields.back()[0] == '#')
            row.fields.pop_back();
        if (row.fields.size() < min_columns || row.fields.size() > max_columns) {
            row.fail("expected " + std::to_string(min_columns) +
                     (max_columns != min_columns ? " to " + std::to_string(max_columns) : std::string()) +
                     " tab-separated columns, found " + std::to_string(row.fields.size()));
        }
        for (std::size_t i = 0; i < row.fields.size(); ++i)
            if (row.fields[i].empty()) row.fail("column " + std::to_string(i + 1) + " is empty (write - for none)");
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string lower_ascii(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return out;
}

std::vector<std::string> split_list(const std::string& field) {
    std::vector<std::string> parts;
    if (field == "-") return parts;
    std::size_t start = 0;
    while (start <= field.size()) {
        auto bar = field.find('|', start);
        if (bar == std::string::npos) bar = field.size();
        std::string part = field.substr(start, bar - start);
        while (!part.empty() && part.back() == ' ') part.pop_back();
        while (!part.empty() && part.front() == ' ') part.erase(0, 1);
        if (!part.empty()) parts.push_back(std::move(part));
        start = bar + 1;
    }
    return parts;
}

namespace {

// Folded spellings of the clitic letters (two bytes each in UTF-8).
constexpr std::string_view kWaw = "\xD9\x88", kFa = "\xD9\x81", kBa = "\xD8\xA8", kLam = "\xD9\x84", kKaf = "\xD9\x83",
                           kSin = "\xD8\xB3";
constexpr std::size_t kLetter = 2;
// A stem keeps at least two letters.
constexpr std::size_t kMinimumStem = 2 * kLetter;

bool starts_with_article(std::string_view word) {
    return word.size() >= 2 * kLetter + kMinimumStem && starts_with(word, kAlef) &&
           word.substr(kLetter, kLetter) == kLam;
}

std::string_view strip_article(std::string_view word) {
    return starts_with_article(word) ? word.substr(2 * kLetter) : word;
}

}  // namespace

void stems_of(std::string_view word, std::vector<Stem>& out) {
    out.clear();
    out.push_back({word, {}});
    const auto add = [&](std::size_t stripped) {
        if (word.size() - stripped < kMinimumStem) return;
        out.push_back({word.substr(stripped), word.substr(0, stripped)});
    };
    std::size_t conjunction = 0;
    if (word.size() > kLetter && (starts_with(word, kWaw) || starts_with(word, kFa))) {
        conjunction = kLetter;
        add(conjunction);
    }
    const std::size_t bases[] = {0, conjunction};
    for (std::size_t b = 0; b < (conjunction ? 2u : 1u); ++b) {
        const std::size_t base = bases[b];
        const std::string_view rest = word.substr(base);
        // لل = ل + ال with the alef dropped.
        if (rest.size() > 2 * kLetter && starts_with(rest, kLam) && rest.substr(kLetter, kLetter) == kLam)
            add(base + 2 * kLetter);
        std::size_t preposition = 0;
        if (rest.size() > kLetter &&
            (starts_with(rest, kBa) || starts_with(rest, kLam) || starts_with(rest, kKaf) || starts_with(rest, kSin))) {
            preposition = kLetter;
            add(base + preposition);
        }
        if (starts_with_article(rest)) add(base + 2 * kLetter);
        if (preposition && starts_with_article(rest.substr(preposition))) add(base + preposition + 2 * kLetter);
    }
    // Longer stripping of the same word can repeat a stem: keep the first.
    insertion_sort(out.begin(), out.end(),
                   [](const Stem& a, const Stem& b) { return a.proclitics.size() < b.proclitics.size(); });
    out.erase(std::unique(out.begin(), out.end(), [](const Stem& a, const Stem& b) { return a.stem == b.stem; }),
              out.end());
}

std::string_view without_article(std::string_view word) {
    return strip_article(word);
}

bool is_definite(std::string_view word) {
    if (word.size() > kLetter && (starts_with(word, kWaw) || starts_with(word, kFa))) word.remove_prefix(kLetter);
    // لل = ل + ال ("للاجتماع").
    const bool lam_lam = word.size() > 2 * kLetter && starts_with(word, kLam) && word.substr(kLetter, kLetter) == kLam;
    return starts_with_article(word) || lam_lam;
}

namespace {

// FNV-1a extends byte by byte: the hashes of every prefix of a word come out
// of one pass over it.
constexpr std::uint64_t kPrefixHashStart = 1469598103934665603ULL;
std::uint64_t extend_prefix_hash(std::uint64_t h, char c) {
    return (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
}
std::uint64_t prefix_hash_of(std::string_view word) {
    std::uint64_t h = kPrefixHashStart;
    for (const char c : word) h = extend_prefix_hash(h, c);
    return h;
}

}  // namespace

bool PhraseIndex::add(std::string_view phrase, std::uint32_t category, std::uint32_t payload,
                      const Normalizer& normalizer, Article article) {
    const std::string folded = normalizer.fold(phrase);
    const std::vector<Token> tokens = tokenize(folded);
    Entry entry;
    entry.category = category;
    entry.payload = payload;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        std::string_view word = tokens[i].text;
        bool prefix = false;
        if (i + 1 < tokens.size() && tokens[i + 1].text == "*" && tokens[i + 1].begin == tokens[i].end) {
            prefix = true;
            ++i;
        } else if (word == "*") {
            continue;
        }
        if (entry.words.empty()) {
            // A prefix's "*" is no word of its own: "عبدال*" is one word.
            const bool one_word = tokens.size() == (prefix ? 2u : 1u);
            // As written, a name of several words keeps its first word's article too: "الحسين بن عبدالله"
            // (Jordan's crown prince) is not "الدكتور حسين بن عبدالله غنام".
            entry.definite = article != Article::kEither && (one_word || article == Article::kAsWritten) &&
                             starts_with_article(word);
            entry.bare = article == Article::kAsWritten && one_word && !entry.definite;
            word = strip_article(word);
        }
        storage_.emplace_back(word);
        entry.words.push_back(storage_.back());
        entry.prefix.push_back(prefix);
    }
    if (entry.words.empty()) return false;
    const auto id = static_cast<std::uint32_t>(entries_.size());
    if (entry.prefix[0]) {
        prefix_words_.add_hash(prefix_hash_of(entry.words[0]));
        by_first_prefix_[entry.words[0]].push_back(id);
        longest_prefix_bytes_ = std::max(longest_prefix_bytes_, entry.words[0].size());
    } else {
        first_words_.add(entry.words[0]);
        by_first_word_[entry.words[0]].push_back(id);
    }
    entries_.push_back(std::move(entry));
    return true;
}

namespace {

// News repeats its words: what a word can start is computed once and kept
// in a direct-mapped table per thread, so a repeated word costs one hash
// and one look at a small slot. A slot knows its word by a 64-bit hash and
// the length; the candidates live side by side in one pool per thread.
struct CandidateSlot {
    std::uint64_t hash = 0;
    std::uint32_t first = 0;         // in the pool
    std::uint32_t second_words = 0;  // see PhraseIndex::Candidates
    std::uint16_t count = 0;
    std::uint16_t one_word = 0;
    std::uint16_t length = 0;  // of the word; 0: the slot is empty
};

// The bit of a second word's hash in PhraseIndex::Candidates::second_words.
std::uint32_t second_word_bit(std::uint32_t second_word_hash) {
    return std::uint32_t{1} << (second_word_hash & 31u);
}

}  // namespace

// Memory for the slot table in huge pages where the system gives them: a word's slot is anywhere in
// a table of megabytes, and in pages of 4 KiB nearly every look-up would first miss the processor's
// table of pages.
template <typename T>
struct HugePageAllocator {
    using value_type = T;
    static constexpr std::size_t kHugePage = std::size_t{2} << 20;

    HugePageAllocator() = default;
    template <typename U>
    explicit HugePageAllocator(const HugePageAllocator<U>&) {}

    T* allocate(std::size_t count) {
        const std::size_t bytes = (count * sizeof(T) + kHugePage - 1) / kHugePage * kHugePage;
        void* memory = std::aligned_alloc(kHugePage, bytes);
        if (memory == nullptr) throw std::bad_alloc();
#if defined(MADV_HUGEPAGE)
        ::madvise(memory, bytes, MADV_HUGEPAGE);  // a hint: without huge pages the table still works
#endif
        return static_cast<T*>(memory);
    }
    void deallocate(T* memory, std::size_t) {
        std::free(memory);
    }

    template <typename U>
    bool operator==(const HugePageAllocator<U>&) const {
        return true;
    }
    template <typename U>
    bool operator!=(const HugePageAllocator<U>&) const {
        return false;
    }
};

struct PhraseIndex::ThreadCache {
    const PhraseIndex* owner = nullptr;
    std::vector<CandidateSlot, HugePageAllocator<CandidateSlot>> slots;
    std::vector<Candidate> pool;
};

PhraseIndex::ThreadCache& PhraseIndex::thread_cache() const {
    thread_local ThreadCache cache;
    constexpr std::size_t kPoolLimit = 1u << 22;
    if (cache.owner != this || cache.pool.size() > kPoolLimit) {
        cache.slots.assign(kCachedWords, CandidateSlot{});
        cache.pool.clear();
        cache.owner = this;
    }
    return cache;
}

void PhraseIndex::prefetch(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                           std::vector<std::uint64_t>& hashes) const {
    // The slots are far apart in a table larger than the processor's caches: asked for all at
    // once, the words of a sentence wait for memory side by side rather than one after another.
    const CandidateSlot* slots = thread_cache().slots.data();
    hashes.resize(last - first);
    for (std::size_t t = first; t < last; ++t) {
        hashes[t - first] = WordFilter::hash(tokens[t].text);
        // Both ends of the slot: one in four lies across two lines of the cache.
        const auto* const slot = reinterpret_cast<const char*>(slots + (hashes[t - first] & (kCachedWords - 1)));
        __builtin_prefetch(slot);
        __builtin_prefetch(slot + sizeof(CandidateSlot) - 1);
    }
}

PhraseIndex::Candidates PhraseIndex::candidates(std::string_view word, std::uint64_t word_hash) const {
    ThreadCache& cache = thread_cache();
    CandidateSlot& slot = cache.slots[word_hash & (kCachedWords - 1)];
    if (slot.hash == word_hash && slot.length == word.size() && slot.length != 0)
        return {cache.pool.data() + slot.first, slot.count, slot.one_word, slot.second_words};
    std::vector<Candidate>& found = cache.pool;
    const std::size_t first = found.size();
    thread_local std::vector<Stem> stems;
    stems_of(word, stems);
    for (const Stem& stem : stems) {
        const std::string_view key = strip_article(stem.stem);
        // The word has the article: on the stem, or among the letters stripped (ال، لل).
        const std::string_view stripped = stem.proclitics;
        const std::string_view last_two =
            stripped.size() >= 2 * kLetter ? stripped.substr(stripped.size() - 2 * kLetter) : std::string_view();
        const bool definite =
            key.size() != stem.stem.size() || (!last_two.empty() && last_two.substr(kLetter) == kLam &&
                                               (starts_with(last_two, kAlef) || starts_with(last_two, kLam)));
        const auto add = [&](const std::vector<std::uint32_t>& ids) {
            for (const std::uint32_t id : ids) {
                const Entry& entry = entries_[id];
                if (entry.definite ? !definite : entry.bare && definite) continue;
                const bool one_word = entry.words.size() == 1;
                const bool second_word_hashed = !one_word && !entry.prefix[1];
                found.push_back({id, entry.category, entry.payload,
                                 second_word_hashed ? static_cast<std::uint32_t>(WordFilter::hash(entry.words[1])) : 0,
                                 static_cast<std::uint8_t>(stem.proclitics.size()), one_word, second_word_hashed});
            }
        };
        if (first_words_.may_contain(key)) {
            if (auto hit = by_first_word_.find(key); hit != by_first_word_.end()) add(hit->second);
        }
        if (by_first_prefix_.empty()) continue;
        // Every prefix of the key that the filter lets through is looked up.
        std::uint64_t prefix_hash = kPrefixHashStart;
        const std::size_t longest = std::min(key.size(), longest_prefix_bytes_);
        for (std::size_t length = 1; length <= longest; ++length) {
            prefix_hash = extend_prefix_hash(prefix_hash, key[length - 1]);
            if (length < kMinimumStem || !prefix_words_.may_contain_hash(prefix_hash)) continue;
            if (auto hit = by_first_prefix_.find(key.substr(0, length)); hit != by_first_prefix_.end())
                add(hit->second);
        }
    }
    const std::size_t count = found.size() - first;
    const auto multi_word = std::stable_partition(found.begin() + static_cast<std::ptrdiff_t>(first), found.end(),
                                                  [](const Candidate& candidate) { return candidate.one_word; });
    const auto one_word = static_cast<std::size_t>(multi_word - found.begin()) - first;
    std::uint32_t second_words = 0;
    for (auto candidate = multi_word; candidate != found.end(); ++candidate)
        second_words |= candidate->second_word_hashed ? second_word_bit(candidate->second_word_hash) : ~0u;
    // A word too long for a slot, or with too many candidates, is simply not kept.
    if (word.size() <= UINT16_MAX && count <= UINT16_MAX) {
        slot = {word_hash,
                static_cast<std::uint32_t>(first),
                second_words,
                static_cast<std::uint16_t>(count),
                static_cast<std::uint16_t>(one_word),
                static_cast<std::uint16_t>(word.size())};
    }
    return {found.data() + first, count, one_word, second_words};
}

void PhraseIndex::match_at(const std::vector<Token>& tokens, std::size_t at, std::size_t end_token,
                           std::vector<PhraseMatch>& out) const {
    out.clear();
    if (at >= end_token || tokens[at].kind == TokenKind::punctuation) return;
    match_hashed(tokens, at, end_token, out, WordFilter::hash(tokens[at].text), nullptr);
}

void PhraseIndex::match_at(const std::vector<Token>& tokens, std::size_t at, std::size_t end_token,
                           std::vector<PhraseMatch>& out, const std::vector<std::uint64_t>& hashes,
                           std::size_t first) const {
    out.clear();
    if (at >= end_token || tokens[at].kind == TokenKind::punctuation) return;
    const std::size_t next = at + 1 - first;
    match_hashed(tokens, at, end_token, out, hashes[at - first],
                 at + 1 < end_token && next < hashes.size() ? &hashes[next] : nullptr);
}

void PhraseIndex::match_hashed(const std::vector<Token>& tokens, std::size_t at, std::size_t end_token,
                               std::vector<PhraseMatch>& out, std::uint64_t word_hash,
                               const std::uint64_t* next_word_hash_known) const {
    const std::string_view word = tokens[at].text;
    const auto rest_matches = [&](const Entry& entry) -> std::size_t {
        std::size_t position = at + 1;
        for (std::size_t w = 1; w < entry.words.size(); ++w, ++position) {
            if (position >= end_token) return 0;
            const std::string_view next = tokens[position].text;
            const std::string_view expected = entry.words[w];
            const bool same = entry.prefix[w] ? next.size() >= expected.size() &&
                                                    same_bytes(next.substr(0, expected.size()), expected)
                                              : same_bytes(next, expected);
            if (!same) return 0;
        }
        return position;
    };
    std::optional<std::uint32_t> next_word_hash;
    if (next_word_hash_known) next_word_hash = static_cast<std::uint32_t>(*next_word_hash_known);
    const auto second_word_may_match = [&](const Candidate& candidate) {
        if (!candidate.second_word_hashed) return true;
        if (at + 1 >= end_token) return false;
        if (!next_word_hash) next_word_hash = static_cast<std::uint32_t>(WordFilter::hash(tokens[at + 1].text));
        return *next_word_hash == candidate.second_word_hash;
    };
    const Candidates all = candidates(word, word_hash);
    // Past the entries of one word, only when the next word is the second of one of the others.
    std::size_t read = all.one_word;
    if (all.count > all.one_word && at + 1 < end_token) {
        if (!next_word_hash) next_word_hash = static_cast<std::uint32_t>(WordFilter::hash(tokens[at + 1].text));
        if ((all.second_words & second_word_bit(*next_word_hash)) != 0) read = all.count;
    }
    for (const Candidate& candidate : Candidates{all.first, read, all.one_word, all.second_words}) {
        if (!candidate.one_word && !second_word_may_match(candidate)) continue;
        const std::size_t last = candidate.one_word ? at + 1 : rest_matches(entries_[candidate.entry]);
        if (last == 0) continue;
        const bool seen = std::any_of(out.begin(), out.end(), [&](const PhraseMatch& m) {
            return m.category == candidate.category && m.payload == candidate.payload && m.last_token == last;
        });
        if (seen) continue;
        // Filled where it lies, not copied in from a match put together aside (see tokenize()).
        PhraseMatch& match = out.emplace_back();
        match.first_token = at;
        match.last_token = last;
        match.category = candidate.category;
        match.payload = candidate.payload;
        match.proclitics = word.substr(0, candidate.proclitics);
    }
    // Longest first.
    insertion_sort(out.begin(), out.end(),
                   [](const PhraseMatch& a, const PhraseMatch& b) { return a.last_token > b.last_token; });
}

}  // namespace hadath
