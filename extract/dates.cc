// Temporal expressions. The text is split once into word, number and
// punctuation tokens; each word is looked up (with its clitics stripped) in
// hash maps built from the data files; then a hand-written matcher tries the
// date patterns at each token and keeps the longest match. Linear in the text.
// The patterns live in dates_absolute.cc, dates_relative.cc, dates_spans.cc
// and dates_hijri.cc; this file holds the matcher's loop and its sense of tense.
#include "extract/dates.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <memory>

#include "extract/dates_internal.h"
#include "extract/utf8.h"

namespace hadath {

namespace date_internal {

// ---- tense
bool Matcher::starts_like_future_verb(std::string_view word) const {
    auto known = data_.words.find(word);
    if (known != data_.words.end() && known->second.has(kNotFuture)) return false;
    // At least two letters after the prefix, whose last letter begins the verb (Arabic letters take two bytes).
    for (const auto& prefix : data_.future_prefixes) {
        if (word.size() >= prefix.size() + 4 && word.compare(0, prefix.size(), prefix) == 0) return true;
    }
    return false;
}

bool Matcher::future_verb(std::size_t i) const {
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
bool Matcher::ends_clause(std::size_t i) const {
    return is_comma(i) || is_punct(i, '.') || is_punct(i, '!') || is_punct(i, '?') ||
           (tokens_[i].type == TokenType::kPunct &&
            text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin) == "\xD8\x9F");
}

// The words before the expression, back to the start of its sentence, speak of the future.
bool Matcher::future_context(std::size_t first) const {
    constexpr std::size_t kWindow = 12;
    for (std::size_t i = first, looked = 0; i > 0 && looked < kWindow; ++looked) {
        if (tokens_[i].line_break_before) break;
        --i;
        if (ends_clause(i)) break;
        // "المقبل" / "القادم" before the date: "السبت القادم 16 شوال", "الاجتماع المقبل في 5 مايو"
        if (has(i, kFutureMarker) || future_verb(i) || (has(i, kDirection) && value(i, kDirection) == kFuture))
            return true;
    }
    return false;
}

bool Matcher::bounds_span(const Match& match) const {
    // "منذ 2011", not "منذ عامين" (two years ago, a date of its own).
    if (has(match.first, kSince)) return !match.mention.relative;
    // "حتى 15 يوليو", "لغاية نهاية العام": right after the word, the end of a span ("حتى" further
    // back is as often "even" or "so that"); not the end of a range the text opened just before
    // ("بين الخامس عشر وحتى السابع عشر من نوفمبر").
    if (has(match.first, kUntil) || (match.first > 0 && has(match.first - 1, kUntil))) {
        const std::size_t until = has(match.first, kUntil) ? match.first : match.first - 1;
        constexpr std::size_t kRangeReach = 4;
        for (std::size_t i = until, looked = 0; i > 0 && looked < kRangeReach; ++looked)
            if (has(--i, kRangeStart)) return false;
        return true;
    }
    constexpr std::size_t kWordsBetween = 6;  // "منذ توليه السلطة عام 2011", "منذ توقيع الاتفاقية مع إيران في 14 يوليو"
    for (std::size_t i = match.first, looked = 0; i > 0 && looked < kWordsBetween; ++looked) {
        --i;
        if (ends_clause(i) || tokens_[i].type == TokenType::kPunct) return false;
        if (has(i, kSince)) return true;
    }
    return false;
}

std::vector<DateMention> Matcher::run() {
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
        best->mention.bounds_span = bounds_span(*best);
        mentions.push_back(std::move(best->mention));
        i = best->last;
    }
    return mentions;
}

std::optional<Match> Matcher::longest_at(std::size_t i) const {
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
        consider(season(i));
        consider(ago(i));
        consider(ordinal_day(i));
        consider(period_part(i));
    } else {
        consider(year_alone(i));
        consider(ordinal_day(i));  // "29 الشهر الماضي"
    }
    consider(hijri_date(i));
    if (best) pair_with_equivalent(*best);
    return best;
}

}  // namespace date_internal

struct DateRules::Data : date_internal::DateLexicon {};

long days_between(const CivilDate& from, const CivilDate& to) {
    return date_internal::to_days(to) - date_internal::to_days(from);
}

CivilDate add_days(const CivilDate& date, long days) {
    return date_internal::from_days(date_internal::to_days(date) + days);
}

std::string iso_week(std::string_view day) {
    const std::optional<CivilDate> date = parse_iso_date(day);
    return date ? date_internal::format_iso_week(date_internal::to_days(*date)) : std::string();
}

std::string month_of_iso_week(std::string_view week) {
    int year = 0, number = 0;
    if (week.size() != 8 || week[4] != '-' || week[5] != 'W') return {};
    auto [year_end, year_error] = std::from_chars(week.data(), week.data() + 4, year);
    auto [week_end, week_error] = std::from_chars(week.data() + 6, week.data() + 8, number);
    if (year_error != std::errc() || week_error != std::errc() || number < 1 || number > 53) return {};
    // Week 1 holds 4 January; a week belongs to the month of its Thursday.
    const long january_4 = date_internal::to_days({year, 1, 4});
    const int iso_weekday = (date_internal::weekday_of(january_4) + 6) % 7;  // Monday = 0
    const long thursday = january_4 - iso_weekday + 3 + 7L * (number - 1);
    const CivilDate day = date_internal::from_days(thursday);
    return date_internal::format_month(day.year, day.month);
}

std::string format_iso_date(int year, int month, int day) {
    // Digit by digit: events and their merge ask for days many times over, and printf's
    // parsing of its format took longer than all the rest.
    if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99) {
        char buffer[48];
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
        return buffer;
    }
    const char text[10] = {static_cast<char>('0' + year / 1000),
                           static_cast<char>('0' + year / 100 % 10),
                           static_cast<char>('0' + year / 10 % 10),
                           static_cast<char>('0' + year % 10),
                           '-',
                           static_cast<char>('0' + month / 10),
                           static_cast<char>('0' + month % 10),
                           '-',
                           static_cast<char>('0' + day / 10),
                           static_cast<char>('0' + day % 10)};
    return std::string(text, sizeof text);
}

std::optional<CivilDate> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto number = [&](std::size_t from, std::size_t length, int& out) {
        const char* begin = text.data() + from;
        auto [ptr, ec] = std::from_chars(begin, begin + length, out);
        return ec == std::errc() && ptr == begin + length;
    };
    CivilDate date;
    if (!number(0, 4, date.year) || !number(5, 2, date.month) || !number(8, 2, date.day)) return std::nullopt;
    if (!date_internal::is_valid(date)) return std::nullopt;
    return date;
}

std::optional<CivilDate> hijri_to_civil(int year, int month, int day, HijriCalendar calendar) {
    const auto days = date_internal::HijriTable::of(calendar).to_days({year, month, day});
    if (!days) return std::nullopt;
    return date_internal::from_days(*days);
}

DateRules DateRules::load(const std::string& lexicon_dir, HijriCalendar calendar) {
    auto data = std::make_shared<Data>();
    date_internal::load_lexicon(lexicon_dir, *data);
    data->hijri = &date_internal::HijriTable::of(calendar);
    DateRules rules;
    rules.data_ = std::move(data);
    return rules;
}

std::vector<std::string> DateRules::time_words() const {
    if (!data_) return {};
    std::vector<std::string> words(data_->time_words.begin(), data_->time_words.end());
    std::sort(words.begin(), words.end());
    return words;
}

std::vector<DateMention> DateRules::find(std::string_view text, std::optional<CivilDate> publication) const {
    if (!data_) return {};
    std::vector<date_internal::Token> tokens = date_internal::tokenize(text);
    date_internal::look_up_words(*data_, text, tokens);
    return date_internal::Matcher(*data_, text, tokens, publication).run();
}

}  // namespace hadath
