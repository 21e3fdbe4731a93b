// The date finder's parts, shared by its source files: the vocabulary
// (dates_lexicon.cc), the tokens (dates_tokens.cc), and the matcher, whose
// patterns are split by family: absolute dates (dates_absolute.cc), dates
// relative to publication (dates_relative.cc), parts and spans of periods
// (dates_spans.cc), and the Hijri calendar (dates_hijri.cc).
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/byte_chunks.h"
#include "extract/dates.h"
#include "extract/word_filter.h"

namespace hadath::date_internal {

// ---- calendars (dates_calendar.cc)

bool is_leap(int year);
int days_in_month(int year, int month);
bool is_valid(const CivilDate& date);
// Days since 1970-01-01 (proleptic Gregorian).
long to_days(const CivilDate& date);
CivilDate from_days(long days);
// 0 = Sunday .. 6 = Saturday.
int weekday_of(long days);
std::string format_day(const CivilDate& d);
std::string format_month(int year, int month);
std::string format_iso_week(long days);
// Shifts (year, month) by `delta` months.
void add_months(int& year, int& month, int delta);

struct HijriDate {
    int year = 0;
    int month = 0;  // 1 = Muharram .. 12 = Dhu al-Hijjah
    int day = 0;
};

// The first day of every Hijri month of the years kFirstYear..kLastYear, computed once with
// ICU's Islamic calendars; conversions are then lookups.
class HijriTable {
public:
    static constexpr int kFirstYear = 1300;  // 1882 CE
    static constexpr int kLastYear = 1500;   // 2077 CE

    // The table of one calendar, built on first use (thread-safe).
    static const HijriTable& of(HijriCalendar calendar);

    static bool in_range(int year) { return year >= kFirstYear && year <= kLastYear; }
    // Days since 1970-01-01 of a Hijri day; nullopt when out of range or not a real day (30 of a 29-day month).
    std::optional<long> to_days(const HijriDate& date) const;
    // The Hijri day of `days`; nullopt outside the table.
    std::optional<HijriDate> from_days(long days) const;
    int month_length(int year, int month) const;

private:
    explicit HijriTable(HijriCalendar calendar);
    std::size_t index(int year, int month) const {
        return static_cast<std::size_t>((year - kFirstYear) * 12 + (month - 1));
    }
    std::vector<long> month_starts_;  // one past the last month too
};

// ---- vocabulary (dates_lexicon.cc)

enum Kind : int {
    kMonth,
    kHijriMonth,
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
    kSeason,
    kOrdinal,
    kNotDateAfter,
    kNotDateBefore,
    kFutureMarker,
    kFuturePrefix,
    kNotFuture,
    kConjunctionPrefix,
    kPrepositionPrefix,
    kDefiniteArticle,
    kEquivalence,
    kHijriEra,
    kGregorianEra,
    kDayOrdinal,
    kFirstDay,
    kSince,
    kUntil,
    kKindCount
};

enum Unit : int { kDayUnit, kWeekUnit, kMonthUnit, kYearUnit };
enum Direction : int { kPast = -1, kCurrent = 0, kFuture = 1 };
constexpr int kLastOrdinal = 99;

struct WordInfo {
    std::uint64_t kinds = 0;
    std::array<int, kKindCount> value{};
    int duration_count = 0;  // for kDuration: 0 = needs a number before it
    bool ambiguous_month = false;

    bool has(Kind kind) const { return (kinds >> kind) & 1u; }
    static_assert(kKindCount <= 64, "kinds is a 64-bit set");
};

struct DateLexicon {
    std::deque<std::string> storage;  // owns the keys the maps point into
    std::unordered_map<std::string_view, WordInfo, std::hash<std::string_view>, SameBytes> words;
    std::unordered_set<std::string_view> multiword_heads;
    WordFilter known_words;  // the keys of both
    // Every word of the entries that name a time (a month, a weekday, a unit...), as against those
    // that only join or qualify one ("في", "من", "الماضي"): a date expression holds one of them or
    // a number.
    std::unordered_set<std::string_view> time_words;
    // The clitic entries (conjunction, preposition), asked of every word's first letter.
    // One letter each ("و", "ب"), by code point: the first letter of every word is compared with them.
    std::vector<std::pair<char32_t, const WordInfo*>> clitics;
    std::size_t max_words = 1;
    std::vector<std::string> future_prefixes;
    std::string definite_article;
    const HijriTable* hijri = nullptr;  // the calendar Hijri dates are read in
};

// Reads months.tsv, hijri_months.tsv and date_words.tsv from `lexicon_dir` into `data`, and
// the ordinals of 1-31 from the lexicon's ordinals.tsv (day words: "الرابع عشر من الشهر الماضي").
void load_lexicon(const std::string& lexicon_dir, DateLexicon& data);

// ---- tokens (dates_tokens.cc)

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

// Splits the text into word, number and punctuation tokens.
std::vector<Token> tokenize(std::string_view text);
// Sets each word token's lexicon entry, with its clitics stripped.
void look_up_words(const DateLexicon& data, std::string_view text, std::vector<Token>& tokens);

// ---- matcher

struct Match {
    std::size_t first = 0;  // tokens [first, last)
    std::size_t last = 0;
    DateMention mention;
    bool hijri = false;  // read in the Hijri calendar
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

// A Hijri year after a month: "1436", "1436هـ", "من عام 1436 هـ".
struct HijriYearTail {
    int year = 0;
    std::size_t end = 0;
    bool era = false;  // marked هـ
};

// Three numbers joined by one separator: "17/10/1436", "1436-10-25", "10 / 10 / 1436".
struct NumericTriple {
    std::size_t first = 0, second = 0, third = 0;  // the number tokens
    std::size_t end = 0;
};

// The two days of a date written in both calendars, as days since 1970-01-01.
struct PairReading {
    long gregorian = 0;
    long hijri = 0;
};

class Matcher {
public:
    Matcher(const DateLexicon& data, std::string_view text, const std::vector<Token>& tokens,
            std::optional<CivilDate> publication)
        : data_(data), text_(text), tokens_(tokens), publication_(publication) {
        if (publication_) publication_days_ = to_days(*publication_);
    }
    std::vector<DateMention> run();

private:
private:
    // ---- token tests
    std::size_t size() const { return tokens_.size(); }
    const WordInfo* info(std::size_t i) const { return i < size() ? tokens_[i].info : nullptr; }
    bool has(std::size_t i, Kind kind) const { return info(i) && info(i)->has(kind); }
    int value(std::size_t i, Kind kind) const { return info(i)->value[kind]; }
    // Past the end there is no token to span: the next index, which every test above turns away.
    std::size_t after(std::size_t i) const { return i < size() ? i + tokens_[i].span_tokens : i + 1; }
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
    // "-", and the en and em dashes of typeset text.
    bool is_dash(std::size_t i) const {
        if (is_punct(i, '-')) return true;
        if (i >= size() || tokens_[i].type != TokenType::kPunct) return false;
        const std::string_view t = text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
        return t == "\xE2\x80\x93" || t == "\xE2\x80\x94";
    }
    bool glued(std::size_t i) const { return i < size() && !tokens_[i].space_before; }
    bool is_number(std::size_t i) const { return i < size() && tokens_[i].type == TokenType::kNumber; }
    // Past a word of `kind` at k, if there is one.
    std::size_t skip(std::size_t k, Kind kind) const { return has(k, kind) ? after(k) : k; }

    // A number that is part of a time, a decimal, a percentage or a numeric date is not a day or a year.
    bool standalone_number(std::size_t i) const {
        if (!is_number(i)) return false;
        const auto numeric_separator = [&](std::size_t k) {
            return is_punct(k, '.') || is_punct(k, ',') || is_punct(k, '/') || is_punct(k, '-') || is_punct(k, ':');
        };
        if (i + 1 < size() && glued(i + 1)) {
            // "1990:" ends a heading ("9 أغسطس 1990: أعلن العراق"); "10:30" is a time.
            if (is_punct(i + 1, '%')) return false;
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

    // ---- tense (dates.cc)
    bool starts_like_future_verb(std::string_view word) const;
    bool future_verb(std::size_t i) const;
    bool ends_clause(std::size_t i) const;
    bool bounds_span(const Match& match) const;
    bool future_context(std::size_t first) const;

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

    std::optional<Match> longest_at(std::size_t i) const;

    // ---- absolute dates (dates_absolute.cc)
    std::optional<long> nearest_day(int month, int day, int direction, bool strict) const;
    std::optional<MonthPhrase> month_phrase(std::size_t i) const;
    YearTail year_tail(std::size_t k) const;
    int told_year(std::size_t first) const;
    bool resolve_calendar(Match& match, int month, int day, int last_day, std::size_t k) const;
    std::optional<Match> day_month(std::size_t i) const;
    std::optional<Match> month_alone(std::size_t i) const;
    std::optional<Match> numeric_date(std::size_t i) const;
    std::optional<Match> year_alone(std::size_t i) const;

    // ---- relative to publication (dates_relative.cc)
    std::optional<Match> relative_day(std::size_t i) const;
    void agree_with_weekday(Match& date, int weekday) const;
    std::optional<Match> weekday(std::size_t i) const;
    void resolve_unit(Match& match, int unit, int shift) const;
    static const char* unit_precision(int unit);
    std::optional<Match> unit_relative(std::size_t i, bool after_period_part) const;
    std::optional<Match> ago(std::size_t i) const;
    std::optional<Match> ordinal_day(std::size_t i) const;

    // ---- the Hijri calendar, and one date in both calendars (dates_hijri.cc)
    bool hijri_year_number(std::size_t i) const;
    bool hijri_span_year(std::size_t i) const;
    std::optional<HijriYearTail> hijri_year_tail(std::size_t k) const;
    std::optional<NumericTriple> numeric_triple(std::size_t i, bool spaced) const;
    bool set_hijri_days(Match& match, const HijriDate& first, int last_day) const;
    void set_hijri_month(Match& match, int year, int month) const;
    void set_hijri_years(Match& match, int first_year, int last_year) const;
    bool resolve_hijri_relative(Match& match, int month, int day, int last_day, std::size_t k) const;
    std::optional<Match> hijri_day_month(std::size_t i) const;
    std::optional<Match> hijri_month_alone(std::size_t i) const;
    std::optional<Match> hijri_numeric(std::size_t i) const;
    std::optional<Match> hijri_year_alone(std::size_t i) const;
    std::optional<Match> hijri_date(std::size_t i) const;
    std::optional<Match> gregorian_counterpart(std::size_t i) const;
    bool gregorian_year_follows(std::size_t k) const;
    void agree_hijri_with_weekday(Match& date, int weekday) const;
    PairReading nearest_readings(const DateMention& hijri, const DateMention& gregorian) const;
    void pair_with_equivalent(Match& match) const;

    // ---- parts and spans of periods (dates_spans.cc)
    std::optional<Match> half_or_quarter(std::size_t i) const;
    std::optional<Match> season(std::size_t i) const;
    std::optional<Match> period_part(std::size_t i) const;

    const DateLexicon& data_;
    std::string_view text_;
    const std::vector<Token>& tokens_;
    std::optional<CivilDate> publication_;
    long publication_days_ = 0;
};

}  // namespace hadath::date_internal
