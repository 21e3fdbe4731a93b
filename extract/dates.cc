// Temporal expressions. The text is split once into word, number and
// punctuation tokens; each word is looked up (with its clitics stripped) in
// hash maps built from the data files; then a hand-written matcher tries the
// date patterns at each token and keeps the longest match. Linear in the text.
#include "extract/dates.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <deque>
#include <fstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "extract/normalize.h"
#include "extract/utf8.h"
#include "extract/word_filter.h"

namespace hadath {

namespace {

// ---------------------------------------------------------------- calendar

bool is_leap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

bool is_valid(const CivilDate& date) {
    return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= days_in_month(date.year, date.month);
}

// Days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's algorithm.
long to_days(const CivilDate& date) {
    const int y = date.year - (date.month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = static_cast<unsigned>(date.month + (date.month > 2 ? -3 : 9));
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(date.day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate from_days(long days) {
    days += 719468;
    const long era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    CivilDate date;
    date.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    date.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    date.year = static_cast<int>(yoe) + static_cast<int>(era) * 400 + (date.month <= 2 ? 1 : 0);
    return date;
}

// 0 = Sunday .. 6 = Saturday (1970-01-01 was a Thursday).
int weekday_of(long days) {
    return static_cast<int>(((days % 7) + 7 + 4) % 7);
}

std::string two_digits(int n) {
    return (n < 10 ? "0" : "") + std::to_string(n);
}
std::string format_day(const CivilDate& d) {
    return std::to_string(d.year) + "-" + two_digits(d.month) + "-" + two_digits(d.day);
}
std::string format_month(int year, int month) {
    return std::to_string(year) + "-" + two_digits(month);
}

std::string format_iso_week(long days) {
    // The ISO week belongs to the year of its Thursday.
    const int iso_weekday = (weekday_of(days) + 6) % 7;  // Monday = 0
    const long thursday = days - iso_weekday + 3;
    const CivilDate t = from_days(thursday);
    const long week = (thursday - to_days({t.year, 1, 1})) / 7 + 1;
    return std::to_string(t.year) + "-W" + two_digits(static_cast<int>(week));
}

// Shifts (year, month) by `delta` months.
void add_months(int& year, int& month, int delta) {
    int index = year * 12 + (month - 1) + delta;
    year = index / 12;
    month = index % 12 + 1;
}

// ---------------------------------------------------------------- lexicon

enum Kind : int {
    kMonth,
    kRelativeDay,
    kWeekday,
    kDirection,
    kThis,
    kUnit,
    kDuration,
    kNumberWord,
    kAgo,
    kApproximately,
    kYearCue,
    kYearLead,
    kMonthCue,
    kConnector,
    kRangeStart,
    kRangeJoiner,
    kDayCue,
    kDayPart,
    kPeriodPart,
    kHalf,
    kQuarter,
    kOrdinal,
    kNotDateAfter,
    kNotDateBefore,
    kFutureMarker,
    kFuturePrefix,
    kNotFuture,
    kConjunctionPrefix,
    kPrepositionPrefix,
    kDefiniteArticle,
    kKindCount
};

enum Unit : int { kDayUnit, kWeekUnit, kMonthUnit, kYearUnit };
enum Direction : int { kPast = -1, kCurrent = 0, kFuture = 1 };
constexpr int kLastOrdinal = 99;

struct KindName {
    const char* name;
    Kind kind;
};
constexpr KindName kKindNames[] = {
    {"relative_day", kRelativeDay},
    {"weekday", kWeekday},
    {"direction", kDirection},
    {"this", kThis},
    {"unit", kUnit},
    {"duration", kDuration},
    {"number", kNumberWord},
    {"ago", kAgo},
    {"approximately", kApproximately},
    {"year_cue", kYearCue},
    {"year_lead", kYearLead},
    {"month_cue", kMonthCue},
    {"connector", kConnector},
    {"range_start", kRangeStart},
    {"range_joiner", kRangeJoiner},
    {"day_cue", kDayCue},
    {"day_part", kDayPart},
    {"period_part", kPeriodPart},
    {"half", kHalf},
    {"quarter", kQuarter},
    {"ordinal", kOrdinal},
    {"not_date_after", kNotDateAfter},
    {"not_date_before", kNotDateBefore},
    {"future_marker", kFutureMarker},
    {"future_prefix", kFuturePrefix},
    {"not_future", kNotFuture},
    {"conjunction_prefix", kConjunctionPrefix},
    {"preposition_prefix", kPrepositionPrefix},
    {"definite_article", kDefiniteArticle},
};

struct WordInfo {
    std::uint32_t kinds = 0;
    std::array<int, kKindCount> value{};
    int duration_count = 0;  // for kDuration: 0 = needs a number before it
    bool ambiguous_month = false;

    bool has(Kind kind) const { return (kinds >> kind) & 1u; }
};

struct DateLexicon {
    std::deque<std::string> storage;  // owns the keys the maps point into
    std::unordered_map<std::string_view, WordInfo> words;
    std::unordered_set<std::string_view> multiword_heads;
    WordFilter known_words;  // the keys of both
    std::size_t max_words = 1;
    std::vector<std::string> future_prefixes;
    std::string definite_article;
};

[[noreturn]] void fail(const std::string& file, std::size_t line, const std::string& message) {
    throw std::runtime_error(file + ":" + std::to_string(line) + ": " + message);
}

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> columns;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        columns.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) break;
        start = tab + 1;
    }
    return columns;
}

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \r");
    if (first == std::string::npos) return "";
    const auto last = s.find_last_not_of(" \r");
    return s.substr(first, last - first + 1);
}

// Folds an entry and collapses its inner spaces, so it matches tokens joined by one space.
std::string fold_entry(const std::string& surface) {
    const std::string folded = Normalizer::builtin().fold(surface);
    std::string out;
    bool pending_space = false;
    for (char c : folded) {
        if (c == ' ' || c == '\t') {
            pending_space = !out.empty();
        } else {
            if (pending_space) out.push_back(' ');
            pending_space = false;
            out.push_back(c);
        }
    }
    return out;
}

bool parse_int(const std::string& text, int& out) {
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    if (begin != end && *begin == '+') ++begin;
    auto [ptr, ec] = std::from_chars(begin, end, out);
    return ec == std::errc() && ptr == end;
}

struct LineReader {
    std::string path;
    std::ifstream in;
    std::size_t number = 0;

    explicit LineReader(const std::string& file_path) : path(file_path), in(file_path, std::ios::binary) {
        if (!in) throw std::runtime_error(path + ": cannot open");
    }
    // Next non-blank, non-comment line split into trimmed columns.
    bool next(std::vector<std::string>& columns) {
        std::string line;
        while (std::getline(in, line)) {
            ++number;
            if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
            const std::string content = trim(line);
            if (content.empty() || content[0] == '#') continue;
            columns = split_tabs(line);
            for (auto& column : columns) column = trim(column);
            while (!columns.empty() && columns.back().empty()) columns.pop_back();
            return true;
        }
        return false;
    }
};

class LexiconBuilder {
public:
    explicit LexiconBuilder(DateLexicon& data) : data_(data) {}

    // Adds `kind` with `value` to the folded entry; conflicting values are an error.
    void add(const std::string& surface, Kind kind, int value, const LineReader& where) {
        const std::string key = fold_entry(surface);
        if (key.empty()) fail(where.path, where.number, "empty word");
        WordInfo& info = entry(key);
        if (info.has(kind) && info.value[kind] != value) {
            fail(where.path, where.number, "\"" + surface + "\" already has another value of this kind");
        }
        info.kinds |= 1u << kind;
        info.value[kind] = value;
        last_ = &info;
    }
    WordInfo& last() { return *last_; }

private:
    WordInfo& entry(const std::string& key) {
        auto found = data_.words.find(key);
        if (found != data_.words.end()) return found->second;
        const std::string& owned = data_.storage.emplace_back(key);
        const std::string_view view(owned);
        data_.known_words.add(view);
        const std::size_t space = view.find(' ');
        if (space != std::string_view::npos) {
            data_.multiword_heads.insert(view.substr(0, space));
            data_.known_words.add(view.substr(0, space));
            const std::size_t words = static_cast<std::size_t>(std::count(view.begin(), view.end(), ' ')) + 1;
            data_.max_words = std::max(data_.max_words, words);
        }
        return data_.words[view];
    }

    DateLexicon& data_;
    WordInfo* last_ = nullptr;
};

void load_months(const std::string& path, LexiconBuilder& builder) {
    LineReader reader(path);
    std::vector<std::string> columns;
    while (reader.next(columns)) {
        if (columns.size() < 2 || columns.size() > 3) {
            fail(path, reader.number, "expected: name TAB month number [TAB ambiguous]");
        }
        int month = 0;
        if (!parse_int(columns[1], month) || month < 1 || month > 12) {
            fail(path, reader.number, "month number must be 1-12, got \"" + columns[1] + "\"");
        }
        if (columns.size() == 3 && columns[2] != "ambiguous") {
            fail(path, reader.number, "third column may only be \"ambiguous\", got \"" + columns[2] + "\"");
        }
        builder.add(columns[0], kMonth, month, reader);
        if (columns.size() == 3) builder.last().ambiguous_month = true;
    }
}

int parse_unit(const std::string& text) {
    if (text == "day") return kDayUnit;
    if (text == "week") return kWeekUnit;
    if (text == "month") return kMonthUnit;
    if (text == "year") return kYearUnit;
    return -1;
}

void load_words(const std::string& path, LexiconBuilder& builder, DateLexicon& data) {
    static const std::unordered_map<std::string, int> kWeekdays = {{"sunday", 0},    {"monday", 1},   {"tuesday", 2},
                                                                   {"wednesday", 3}, {"thursday", 4}, {"friday", 5},
                                                                   {"saturday", 6}};
    static const std::unordered_map<std::string, int> kDirections = {
        {"past", kPast}, {"current", kCurrent}, {"future", kFuture}};

    LineReader reader(path);
    std::vector<std::string> columns;
    while (reader.next(columns)) {
        if (columns.size() < 2 || columns.size() > 3) fail(path, reader.number, "expected: word TAB kind [TAB value]");
        const std::string& word = columns[0];
        const std::string& kind_name = columns[1];
        const std::string value = columns.size() == 3 ? columns[2] : "";
        const auto* known = std::find_if(std::begin(kKindNames), std::end(kKindNames),
                                         [&](const KindName& k) { return kind_name == k.name; });
        if (known == std::end(kKindNames)) fail(path, reader.number, "unknown kind \"" + kind_name + "\"");
        const Kind kind = known->kind;
        const auto need_value = [&](bool wanted) {
            if (wanted && value.empty()) fail(path, reader.number, "kind " + kind_name + " needs a value");
            if (!wanted && !value.empty()) fail(path, reader.number, "kind " + kind_name + " takes no value");
        };

        int number = 0;
        int count = 0;
        switch (kind) {
            case kRelativeDay:
                need_value(true);
                if (!parse_int(value, number) || number < -30 || number > 30) {
                    fail(path, reader.number, "relative_day value must be a day count like -1, 0 or 2");
                }
                break;
            case kWeekday: {
                need_value(true);
                auto found = kWeekdays.find(value);
                if (found == kWeekdays.end()) fail(path, reader.number, "weekday value must be an English day name");
                number = found->second;
                break;
            }
            case kDirection: {
                need_value(true);
                auto found = kDirections.find(value);
                if (found == kDirections.end()) fail(path, reader.number, "direction must be past, current or future");
                number = found->second;
                break;
            }
            case kUnit:
                need_value(true);
                number = parse_unit(value);
                if (number < 0) fail(path, reader.number, "unit must be day, week, month or year");
                break;
            case kDuration: {
                need_value(true);
                const std::size_t space = value.find(' ');
                number = parse_unit(value.substr(0, space));
                if (number < 0) fail(path, reader.number, "duration must be a unit (day, week, month, year)");
                if (space != std::string::npos && (!parse_int(value.substr(space + 1), count) || count < 1)) {
                    fail(path, reader.number, "duration count must be a positive number");
                }
                break;
            }
            case kNumberWord:
                need_value(true);
                if (!parse_int(value, number) || number < 1 || number > 1000) {
                    fail(path, reader.number, "number value must be 1-1000");
                }
                break;
            case kOrdinal:
                need_value(true);
                if (value == "last") {
                    number = kLastOrdinal;
                } else if (!parse_int(value, number) || number < 1 || number > 4) {
                    fail(path, reader.number, "ordinal value must be 1-4 or last");
                }
                break;
            default:
                need_value(false);
                break;
        }

        if (kind == kFuturePrefix) {
            data.future_prefixes.push_back(fold_entry(word));
            continue;
        }
        if (kind == kDefiniteArticle) {
            data.definite_article = fold_entry(word);
            continue;
        }
        builder.add(word, kind, number, reader);
        if (kind == kDuration) builder.last().duration_count = count;
    }
}

// ---------------------------------------------------------------- tokens

enum class TokenType : std::uint8_t { kWord, kNumber, kPunct };

struct Token {
    std::size_t begin = 0;
    std::size_t end = 0;
    TokenType type = TokenType::kPunct;
    bool space_before = true;
    bool line_break_before = false;
    int number = 0;  // kNumber: its value (capped), digit count in `digits`
    int digits = 0;
    const WordInfo* info = nullptr;  // lexicon entry starting here
    std::size_t span_tokens = 1;     // how many tokens that entry covers
    std::size_t prefix_bytes = 0;    // clitic bytes before the entry
};

// Arabic letters (tatweel and marks included) and Latin letters; Arabic first, as it is most of the text.
inline bool is_word_char(char32_t cp) {
    if (cp >= 0x0621 && cp <= 0x06D3) return cp <= 0x063A || (cp >= 0x0640 && cp <= 0x065F) || cp >= 0x0670;
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x200F || cp == 0x200E ||
           cp == 0x200B;
}

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

// ---------------------------------------------------------------- lexical lookup

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
                const WordInfo* clitic = find(letter);
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
    // A preposition may only stand before the article, a year cue or a month ("بالعام", "لعام").
    bool preposition_allows(std::string_view word, const WordInfo& info) const {
        return info.has(kYearCue) || info.has(kMonth) ||
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

// ---------------------------------------------------------------- matcher

struct Match {
    std::size_t first = 0;  // tokens [first, last)
    std::size_t last = 0;
    DateMention mention;
};

// A month phrase: "حزيران", "حزيران / يونيو", "كانون الثاني (يناير)".
struct MonthPhrase {
    int month = 0;
    std::size_t end = 0;
    bool ambiguous = false;
};

// What follows a month: an explicit year, a year relative to publication, or a direction.
struct YearTail {
    bool found = false;
    bool relative = false;
    int year = 0;  // absolute year, or year offset when relative
    std::size_t end = 0;
};

class Matcher {
public:
    Matcher(const DateLexicon& data, std::string_view text, const std::vector<Token>& tokens,
            std::optional<CivilDate> publication)
        : data_(data), text_(text), tokens_(tokens), publication_(publication) {
        if (publication_) publication_days_ = to_days(*publication_);
    }

    std::vector<DateMention> run() {
        std::vector<DateMention> mentions;
        std::size_t i = 0;
        while (i < tokens_.size()) {
            std::optional<Match> best = longest_at(i);
            if (!best) {
                ++i;
                continue;
            }
            const Token& first = tokens_[best->first];
            const Token& last = tokens_[best->last - 1];
            best->mention.begin = first.begin + first.prefix_bytes;
            best->mention.end = last.end;
            mentions.push_back(std::move(best->mention));
            i = best->last;
        }
        return mentions;
    }

private:
    // ---- token tests
    std::size_t size() const { return tokens_.size(); }
    const WordInfo* info(std::size_t i) const { return i < size() ? tokens_[i].info : nullptr; }
    bool has(std::size_t i, Kind kind) const { return info(i) && info(i)->has(kind); }
    int value(std::size_t i, Kind kind) const { return info(i)->value[kind]; }
    std::size_t after(std::size_t i) const { return i + tokens_[i].span_tokens; }
    bool is_punct(std::size_t i, char c) const {
        return i < size() && tokens_[i].type == TokenType::kPunct && tokens_[i].end - tokens_[i].begin == 1 &&
               text_[tokens_[i].begin] == c;
    }
    bool is_comma(std::size_t i) const {
        if (is_punct(i, ',')) return true;
        // U+060C ARABIC COMMA
        return i < size() && tokens_[i].type == TokenType::kPunct &&
               text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin) == "\xD8\x8C";
    }
    bool glued(std::size_t i) const { return i < size() && !tokens_[i].space_before; }
    bool is_number(std::size_t i) const { return i < size() && tokens_[i].type == TokenType::kNumber; }

    // A number that is part of a time, a decimal, a percentage or a numeric date is not a day or a year.
    bool standalone_number(std::size_t i) const {
        if (!is_number(i)) return false;
        const auto numeric_separator = [&](std::size_t k) {
            return is_punct(k, '.') || is_punct(k, ',') || is_punct(k, '/') || is_punct(k, '-') || is_punct(k, ':');
        };
        if (i + 1 < size() && glued(i + 1)) {
            if (is_punct(i + 1, ':') || is_punct(i + 1, '%')) return false;
            if (numeric_separator(i + 1) && is_number(i + 2) && glued(i + 2)) return false;
        }
        if (i > 0 && glued(i)) {
            if (is_punct(i - 1, ':') || is_number(i - 1)) return false;
            if (numeric_separator(i - 1) && i >= 2 && is_number(i - 2) && glued(i - 1)) return false;
        }
        return true;
    }
    bool day_number(std::size_t i) const {
        return standalone_number(i) && tokens_[i].digits <= 2 && tokens_[i].number >= 1 && tokens_[i].number <= 31;
    }
    bool year_number(std::size_t i) const {
        return standalone_number(i) && tokens_[i].digits == 4 && tokens_[i].number >= 1900 && tokens_[i].number <= 2100;
    }

    // ---- tense
    bool starts_like_future_verb(std::string_view word) const {
        auto known = data_.words.find(word);
        if (known != data_.words.end() && known->second.has(kNotFuture)) return false;
        // At least two letters after the prefix, whose last letter begins the verb (Arabic letters take two bytes).
        for (const auto& prefix : data_.future_prefixes) {
            if (word.size() >= prefix.size() + 4 && word.compare(0, prefix.size(), prefix) == 0) return true;
        }
        return false;
    }
    bool future_verb(std::size_t i) const {
        if (tokens_[i].type != TokenType::kWord) return false;
        const std::string_view word = text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
        if (starts_like_future_verb(word)) return true;
        // With a leading conjunction: وسيعقد
        std::size_t length = 1;
        utf8::decode(word, 0, length);
        auto conjunction = data_.words.find(word.substr(0, length));
        return conjunction != data_.words.end() && conjunction->second.has(kConjunctionPrefix) &&
               starts_like_future_verb(word.substr(length));
    }
    // The end of a sentence or of a clause (a comma), beyond which a future verb does not reach.
    bool ends_clause(std::size_t i) const {
        return is_comma(i) || is_punct(i, '.') || is_punct(i, '!') || is_punct(i, '?') ||
               (tokens_[i].type == TokenType::kPunct &&
                text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin) == "\xD8\x9F");
    }
    // The words before the expression, back to the start of its sentence, speak of the future.
    bool future_context(std::size_t first) const {
        constexpr std::size_t kWindow = 12;
        for (std::size_t i = first, looked = 0; i > 0 && looked < kWindow; ++looked) {
            if (tokens_[i].line_break_before) break;
            --i;
            if (ends_clause(i)) break;
            if (has(i, kFutureMarker) || future_verb(i)) return true;
        }
        return false;
    }

    // ---- resolution helpers
    Match make(std::size_t first, std::size_t last, std::string precision) const {
        Match match;
        match.first = first;
        match.last = last;
        match.mention.precision = std::move(precision);
        return match;
    }
    bool can_resolve(Match& match) const {
        match.mention.relative = true;
        return publication_.has_value();
    }

    // Day `day` of `month` with no year: the occurrence nearest to publication in the direction given.
    // strict: never publication day itself (الماضي / المقبل).
    std::optional<long> nearest_day(int month, int day, int direction, bool strict) const {
        std::optional<long> best;
        for (int year = publication_->year - 1; year <= publication_->year + 1; ++year) {
            CivilDate date{year, month, day};
            if (!is_valid(date)) continue;
            const long days = to_days(date);
            const long delta = days - publication_days_;
            const bool ok = direction < 0 ? (strict ? delta < 0 : delta <= 0) : (strict ? delta > 0 : delta >= 0);
            if (!ok) continue;
            if (!best || std::labs(days - publication_days_) < std::labs(*best - publication_days_)) best = days;
        }
        return best;
    }

    // ---- patterns

    std::optional<MonthPhrase> month_phrase(std::size_t i) const {
        if (!has(i, kMonth)) return std::nullopt;
        MonthPhrase phrase;
        phrase.month = value(i, kMonth);
        phrase.ambiguous = info(i)->ambiguous_month;
        phrase.end = after(i);
        // "حزيران / يونيو", "كانون الثاني (يناير)", "يونيو-حزيران"
        std::size_t k = phrase.end;
        if (has(k, kMonth) && value(k, kMonth) == phrase.month) {  // "يونيو حزيران"
            phrase.end = after(k);
            phrase.ambiguous = false;
            return phrase;
        }
        if (is_punct(k, '/') || is_punct(k, '(') || is_punct(k, '-')) {
            if (has(k + 1, kMonth) && value(k + 1, kMonth) == phrase.month) {
                std::size_t end = after(k + 1);
                if (is_punct(k, '(')) {
                    if (!is_punct(end, ')')) return phrase;
                    ++end;
                }
                phrase.end = end;
                phrase.ambiguous = false;
            }
        }
        return phrase;
    }

    // "2023", "من العام 2017", "عام 2017", "من العام الماضي", "من هذا العام"
    YearTail year_tail(std::size_t k) const {
        YearTail tail;
        if (is_comma(k) && year_number(k + 1)) k += 1;
        if (has(k, kConnector)) k = after(k);
        if (has(k, kYearCue) && year_number(after(k))) k = after(k);
        if (year_number(k)) {
            tail.found = true;
            tail.year = tokens_[k].number;
            tail.end = k + 1;
            return tail;
        }
        if (has(k, kThis) && has(after(k), kUnit) && value(after(k), kUnit) == kYearUnit) {
            tail.found = tail.relative = true;
            tail.end = after(after(k));
            return tail;
        }
        if (has(k, kUnit) && value(k, kUnit) == kYearUnit && has(after(k), kDirection)) {
            tail.found = tail.relative = true;
            tail.year = value(after(k), kDirection);
            tail.end = after(after(k));
        }
        return tail;
    }

    // Sets value/precision for a month (and optional day range) given the tail after it.
    bool resolve_calendar(Match& match, int month, int day, int last_day, std::size_t k) const {
        const YearTail tail = year_tail(k);
        int year = 0;
        if (tail.found) {
            match.last = tail.end;
            if (tail.relative) {
                if (!can_resolve(match)) return true;
                year = publication_->year + tail.year;
            } else {
                year = tail.year;
            }
        } else {
            int direction = kPast;
            bool strict = false;
            if (has(k, kDirection) && value(k, kDirection) != kCurrent) {
                direction = value(k, kDirection);
                strict = true;
                match.last = after(k);
            } else if (has(k, kDirection)) {
                match.last = after(k);  // "مايو الجاري"
                direction = kCurrent;
            } else if (future_context(match.first)) {
                direction = kFuture;
            }
            if (!can_resolve(match)) return true;
            if (direction == kCurrent) {
                year = publication_->year;
            } else if (day > 0) {
                const auto days = nearest_day(month, day, direction, strict);
                if (!days) return false;
                year = from_days(*days).year;
            } else {
                // A month alone: this year's if it lies on the right side of publication, else the neighbour's.
                const int here = publication_->month;
                year = publication_->year;
                if (direction < 0 && (month > here || (strict && month == here))) year -= 1;
                if (direction > 0 && (month < here || (strict && month == here))) year += 1;
            }
        }
        if (day > 0) {
            CivilDate date{year, month, day};
            if (!is_valid(date)) return false;
            match.mention.value = format_day(date);
            if (last_day > 0) {
                CivilDate end{year, month, last_day};
                if (!is_valid(end)) return false;
                match.mention.end_value = format_day(end);
            }
        } else {
            match.mention.value = format_month(year, month);
        }
        return true;
    }

    // "21 يونيو", "21 من حزيران 2023", "يومي 20 و21 حزيران", "من 3 إلى 5 آب"
    std::optional<Match> day_month(std::size_t i) const {
        std::size_t k = i;
        bool range_required = false;
        if (has(k, kRangeStart)) {
            range_required = true;
            k = after(k);
        }
        if (!day_number(k)) return std::nullopt;
        const int first_day = tokens_[k].number;
        int last_day = 0;
        k += 1;
        while ((has(k, kRangeJoiner) || is_punct(k, '-')) && day_number(k + 1) && tokens_[k + 1].number > first_day &&
               tokens_[k + 1].number > last_day) {
            last_day = tokens_[k + 1].number;
            k += 2;
        }
        if (range_required && last_day == 0) return std::nullopt;
        if (has(k, kConnector) && has(after(k), kMonth)) k = after(k);
        const auto month = month_phrase(k);
        if (!month) return std::nullopt;
        Match match = make(i, month->end, "day");
        if (!resolve_calendar(match, month->month, first_day, last_day, month->end)) return std::nullopt;
        return match;
    }

    // "في مايو 2018", "كانون الثاني (يناير) 2017", "أيلول المقبل", "شهر مارس"
    std::optional<Match> month_alone(std::size_t i) const {
        std::size_t k = i;
        const bool cue = has(k, kMonthCue) && has(after(k), kMonth);
        if (cue) k = after(k);
        const auto month = month_phrase(k);
        if (!month) return std::nullopt;
        // A bare month name counts ("في مايو"), unless it is also an ordinary word.
        if (month->ambiguous && !cue && !year_tail(month->end).found) return std::nullopt;
        Match match = make(i, month->end, "month");
        if (!resolve_calendar(match, month->month, 0, 0, month->end)) return std::nullopt;
        return match;
    }

    // "2023/06/21", "2022.09.01", "21-6-2023"
    std::optional<Match> numeric_date(std::size_t i) const {
        if (!is_number(i) || i + 4 >= size()) return std::nullopt;
        if (i > 0 && glued(i) &&
            (is_number(i - 1) || is_punct(i - 1, '.') || is_punct(i - 1, '/') || is_punct(i - 1, '-') ||
             is_punct(i - 1, ':'))) {
            return std::nullopt;
        }
        const std::size_t a = i, b = i + 2, c = i + 4;
        const char separator = text_[tokens_[i + 1].begin];
        if (separator != '/' && separator != '.' && separator != '-') return std::nullopt;
        if (!is_punct(i + 1, separator) || !is_punct(i + 3, separator)) return std::nullopt;
        if (!is_number(b) || !is_number(c)) return std::nullopt;
        for (std::size_t k = i + 1; k <= c; ++k) {
            if (!glued(k)) return std::nullopt;
        }
        // Not part of a longer dotted or slashed run (an address, a version).
        if (c + 1 < size() && glued(c + 1) && (is_punct(c + 1, separator) || is_number(c + 1)) &&
            (c + 2 < size() && is_number(c + 2))) {
            return std::nullopt;
        }
        CivilDate date;
        if (tokens_[a].digits == 4 && tokens_[b].digits <= 2 && tokens_[c].digits <= 2) {
            date = {tokens_[a].number, tokens_[b].number, tokens_[c].number};
        } else if (tokens_[c].digits == 4 && tokens_[a].digits <= 2 && tokens_[b].digits <= 2) {
            date = {tokens_[c].number, tokens_[b].number, tokens_[a].number};
        } else {
            return std::nullopt;
        }
        if (date.year < 1900 || date.year > 2100 || !is_valid(date)) return std::nullopt;
        Match match = make(i, c + 1, "day");
        match.mention.value = format_day(date);
        return match;
    }

    // "عام 2017", "العام 2015", "في 2017" (the cue في stays outside), "مطلع 2016"
    std::optional<Match> year_alone(std::size_t i) const {
        if (has(i, kYearCue) && year_number(after(i))) {
            Match match = make(i, after(i) + 1, "year");
            match.mention.value = std::to_string(tokens_[after(i)].number);
            return match;
        }
        if (year_number(i) && i > 0 && (has(i - 1, kYearLead) || has(i - 1, kPeriodPart))) {
            Match match = make(i, i + 1, "year");
            match.mention.value = std::to_string(tokens_[i].number);
            return match;
        }
        return std::nullopt;
    }

    // "أمس", "أول أمس", "اليوم (الاثنين)", "أمس الثلاثاء", "يوم أمس", "مساء أمس"
    std::optional<Match> relative_day(std::size_t i) const {
        std::size_t k = i;
        if (has(k, kDayCue) || has(k, kDayPart)) k = after(k);
        if (!has(k, kRelativeDay)) return std::nullopt;
        const int offset = value(k, kRelativeDay);
        std::size_t end = after(k);
        if (has(end, kNotDateAfter) || has(end, kOrdinal)) return std::nullopt;
        // "عين اليوم", "روسيا اليوم": names of newspapers and channels.
        if (k == i && i > 0 && has(i - 1, kNotDateBefore) && tokens_[i].prefix_bytes == 0) return std::nullopt;
        std::optional<int> named_weekday;
        if (has(end, kWeekday)) {
            named_weekday = value(end, kWeekday);
            end = after(end);
        } else if (is_punct(end, '(') && has(end + 1, kWeekday) && is_punct(after(end + 1), ')')) {
            named_weekday = value(end + 1, kWeekday);
            end = after(end + 1) + 1;
        }
        Match match = make(i, end, "day");
        if (!can_resolve(match)) return match;
        long days = publication_days_ + offset;
        if (named_weekday) {
            // The weekday wins when the article's date stamp is later than the day it was written
            // ("اليوم الاثنين" stamped on Tuesday): step back to that weekday.
            const long delta = -static_cast<long>((weekday_of(days) - *named_weekday + 7) % 7);
            days += delta;
        }
        match.mention.value = format_day(from_days(days));
        return match;
    }

    // "الأحد 2 آب" with no year: of the years next to publication, the one
    // where that day is the weekday named, nearest to publication; a date
    // whose year was given, or no year that fits, stays as it is.
    void agree_with_weekday(Match& date, int weekday) const {
        DateMention& mention = date.mention;
        if (!mention.relative || mention.precision != "day" || !publication_) return;
        const std::optional<CivilDate> found = parse_iso_date(mention.value);
        if (!found || weekday_of(to_days(*found)) == weekday) return;
        std::optional<long> best;
        for (int year = publication_->year - 1; year <= publication_->year + 1; ++year) {
            const CivilDate candidate{year, found->month, found->day};
            if (!is_valid(candidate) || weekday_of(to_days(candidate)) != weekday) continue;
            const long days = to_days(candidate);
            if (!best || std::labs(days - publication_days_) < std::labs(*best - publication_days_)) best = days;
        }
        if (!best) return;
        const CivilDate chosen = from_days(*best);
        mention.value = format_day(chosen);
        // "الأحد 2 و3 آب": the span's last day moves with it.
        if (std::optional<CivilDate> end = parse_iso_date(mention.end_value)) {
            end->year += chosen.year - found->year;
            mention.end_value = is_valid(*end) ? format_day(*end) : "";
        }
    }

    // "الأربعاء", "يوم الأحد", "الثلاثاء الماضي", "الخميس المقبل", "الأربعاء 21 من حزيران"
    std::optional<Match> weekday(std::size_t i) const {
        std::size_t k = i;
        if (has(k, kDayCue) || has(k, kDayPart)) k = after(k);
        if (has(k, kDayCue)) k = after(k);
        if (!has(k, kWeekday)) return std::nullopt;
        const int wanted = value(k, kWeekday);
        std::size_t end = after(k);
        // A weekday that names the day of a following date takes that date's value.
        std::size_t date_start = end;
        if (is_comma(date_start)) ++date_start;
        if (has(date_start, kConnector) && !has(date_start, kRangeStart)) date_start = after(date_start);
        if (auto date = day_month(date_start)) {
            date->first = i;
            agree_with_weekday(*date, wanted);
            return date;
        }
        if (auto date = numeric_date(date_start)) {
            date->first = i;
            return date;
        }
        int direction = future_context(i) ? kFuture : kPast;
        bool strict = false;
        if (has(end, kDirection) && value(end, kDirection) != kCurrent) {
            direction = value(end, kDirection);
            strict = true;
            end = after(end);
        }
        Match match = make(i, end, "day");
        if (!can_resolve(match)) return match;
        const int today = weekday_of(publication_days_);
        long delta = direction < 0 ? -((today - wanted + 7) % 7) : (wanted - today + 7) % 7;
        if (strict && delta == 0) delta = direction < 0 ? -7 : 7;
        match.mention.value = format_day(from_days(publication_days_ + delta));
        return match;
    }

    // Sets a year-level value: `unit` period containing publication shifted by `shift` units.
    void resolve_unit(Match& match, int unit, int shift) const {
        if (!can_resolve(match)) return;
        switch (unit) {
            case kYearUnit:
                match.mention.precision = "year";
                match.mention.value = std::to_string(publication_->year + shift);
                break;
            case kMonthUnit: {
                int year = publication_->year, month = publication_->month;
                add_months(year, month, shift);
                match.mention.precision = "month";
                match.mention.value = format_month(year, month);
                break;
            }
            case kWeekUnit:
                match.mention.precision = "week";
                match.mention.value = format_iso_week(publication_days_ + 7L * shift);
                break;
            default:
                match.mention.precision = "day";
                match.mention.value = format_day(from_days(publication_days_ + shift));
                break;
        }
    }

    static const char* unit_precision(int unit) {
        switch (unit) {
            case kYearUnit:
                return "year";
            case kMonthUnit:
                return "month";
            case kWeekUnit:
                return "week";
            default:
                return "day";
        }
    }

    // "العام الماضي", "الشهر المقبل", "هذا العام", "العام الجاري"; after a period part also "نهاية العام"
    std::optional<Match> unit_relative(std::size_t i, bool after_period_part) const {
        std::size_t k = i;
        const bool this_word = has(k, kThis);
        if (this_word) k = after(k);
        if (!has(k, kUnit)) return std::nullopt;
        const int unit = value(k, kUnit);
        std::size_t end = after(k);
        int shift = 0;
        if (!this_word && has(end, kDirection)) {
            shift = value(end, kDirection);
            end = after(end);
        } else if (!this_word && !after_period_part) {
            return std::nullopt;
        }
        if (has(end, kNotDateAfter)) return std::nullopt;
        Match match = make(i, end, unit_precision(unit));
        resolve_unit(match, unit, shift);
        return match;
    }

    // "النصف الثاني من العام", "النصف الأول من عام 2024", "الربع الثالث"
    std::optional<Match> half_or_quarter(std::size_t i) const {
        const bool half = has(i, kHalf);
        if (!half && !has(i, kQuarter)) return std::nullopt;
        const std::size_t ordinal_at = after(i);
        if (!has(ordinal_at, kOrdinal)) return std::nullopt;
        int part = value(ordinal_at, kOrdinal);
        const int parts = half ? 2 : 4;
        if (part == kLastOrdinal) part = parts;
        if (part > parts) return std::nullopt;
        std::size_t end = after(ordinal_at);
        std::optional<int> year;
        int shift = 0;
        if (has(end, kConnector)) {
            const std::size_t k = after(end);
            const YearTail tail = year_tail(end);
            if (tail.found) {
                end = tail.end;
                if (tail.relative) {
                    shift = tail.year;
                } else {
                    year = tail.year;
                }
            } else if (has(k, kUnit) && value(k, kUnit) == kYearUnit) {
                end = after(k);  // "من العام": the current year
            }
        }
        Match match = make(i, end, half ? "half" : "quarter");
        if (!year) {
            if (!can_resolve(match)) return match;
            year = publication_->year + shift;
        }
        match.mention.value = std::to_string(*year) + (half ? "-H" : "-Q") + std::to_string(part);
        return match;
    }

    // "قبل أكثر من 6 سنوات", "منذ عامين", "قبل ثلاثة أيام"
    std::optional<Match> ago(std::size_t i) const {
        if (!has(i, kAgo)) return std::nullopt;
        std::size_t k = after(i);
        bool approximate = false;
        if (has(k, kApproximately)) {
            approximate = true;
            k = after(k);
        }
        int count = 0;
        if (is_number(k) && standalone_number(k) && tokens_[k].digits <= 3) {
            count = tokens_[k].number;
            k += 1;
        } else if (has(k, kNumberWord)) {
            count = value(k, kNumberWord);
            k = after(k);
        }
        if (!has(k, kDuration)) return std::nullopt;
        const WordInfo& unit_word = *info(k);
        if (count == 0) {
            if (unit_word.duration_count == 0) return std::nullopt;
            count = unit_word.duration_count;
            // "منذ سنة 2015" is a year, not "a year ago".
            if (year_number(after(k))) return std::nullopt;
        } else if (unit_word.duration_count != 0) {
            return std::nullopt;  // "6 سنة" does not happen; "5 عام" neither
        }
        if (count <= 0 || count > 200) return std::nullopt;
        const int unit = value(k, kDuration);
        Match match = make(i, after(k), unit_precision(unit));
        match.mention.approximate = approximate;
        resolve_unit(match, unit, -count);
        return match;
    }

    // "مطلع الشهر", "بحلول نهاية العام", "أواخر يونيو", "منتصف 2016"
    std::optional<Match> period_part(std::size_t i) const {
        if (!has(i, kPeriodPart)) return std::nullopt;
        const std::size_t k = after(i);
        std::optional<Match> inner;
        for (auto candidate :
             {unit_relative(k, true), month_alone(k), day_month(k), half_or_quarter(k), year_alone(k)}) {
            if (candidate && (!inner || candidate->last > inner->last)) inner = std::move(candidate);
        }
        if (!inner) return std::nullopt;
        inner->first = i;
        return inner;
    }

    std::optional<Match> longest_at(std::size_t i) const {
        if (!info(i) && !is_number(i)) return std::nullopt;
        std::optional<Match> best;
        const auto consider = [&](std::optional<Match> candidate) {
            if (candidate && (!best || candidate->last > best->last)) best = std::move(candidate);
        };
        consider(numeric_date(i));
        consider(day_month(i));
        if (info(i)) {
            consider(month_alone(i));
            consider(year_alone(i));
            consider(relative_day(i));
            consider(weekday(i));
            consider(unit_relative(i, false));
            consider(half_or_quarter(i));
            consider(ago(i));
            consider(period_part(i));
        } else {
            consider(year_alone(i));
        }
        return best;
    }

    const DateLexicon& data_;
    std::string_view text_;
    const std::vector<Token>& tokens_;
    std::optional<CivilDate> publication_;
    long publication_days_ = 0;
};

}  // namespace

struct DateRules::Data : DateLexicon {};

std::optional<CivilDate> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto number = [&](std::size_t from, std::size_t length, int& out) {
        const char* begin = text.data() + from;
        auto [ptr, ec] = std::from_chars(begin, begin + length, out);
        return ec == std::errc() && ptr == begin + length;
    };
    CivilDate date;
    if (!number(0, 4, date.year) || !number(5, 2, date.month) || !number(8, 2, date.day)) return std::nullopt;
    if (!is_valid(date)) return std::nullopt;
    return date;
}

DateRules DateRules::load(const std::string& lexicon_dir) {
    auto data = std::make_shared<Data>();
    LexiconBuilder builder(*data);
    load_months(lexicon_dir + "/months.tsv", builder);
    load_words(lexicon_dir + "/date_words.tsv", builder, *data);
    DateRules rules;
    rules.data_ = std::move(data);
    return rules;
}

std::vector<DateMention> DateRules::find(std::string_view text, std::optional<CivilDate> publication) const {
    if (!data_) return {};
    std::vector<Token> tokens = tokenize(text);
    Lexer(*data_, text, tokens).run();
    return Matcher(*data_, text, tokens, publication).run();
}

}  // namespace hadath
