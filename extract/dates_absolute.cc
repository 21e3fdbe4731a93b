// Absolute dates: a day and month, a month, a numeric date, a year.
#include "extract/dates_internal.h"

namespace hadath::date_internal {

// Day `day` of `month` with no year: the occurrence nearest to publication in the direction given.
// strict: never publication day itself (الماضي / المقبل).
std::optional<long> Matcher::nearest_day(int month, int day, int direction, bool strict) const {
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

std::optional<MonthPhrase> Matcher::month_phrase(std::size_t i) const {
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
YearTail Matcher::year_tail(std::size_t k) const {
    YearTail tail;
    if (is_comma(k) && year_number(k + 1)) k += 1;
    if (has(k, kConnector)) k = after(k);
    if (has(k, kYearCue) && year_number(after(k))) k = after(k);
    if (year_number(k)) {
        tail.found = true;
        tail.year = tokens_[k].number;
        tail.end = skip(k + 1, kGregorianEra);  // "2015م"
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

// "وفي عام 1952 وقع اتفاق في لوكسمبورغ في 10 سبتمبر": the year given earlier in the sentence, when it is
// years before publication, is the year of a day or month written without one; 0 when there is none.
// A year after "منذ" or "حتى" bounds a span and tells nothing of the days after it.
int Matcher::told_year(std::size_t first) const {
    for (std::size_t t = first; t-- > 0;) {
        if (is_punct(t, '.') || is_punct(t, '!') || tokens_[t + 1].line_break_before) return 0;
        if (!year_number(t)) continue;
        std::size_t cue = t;
        if (cue > 0 && has(cue - 1, kYearCue)) --cue;
        if (cue > 0 && (has(cue - 1, kSince) || has(cue - 1, kUntil))) return 0;
        return tokens_[t].number < publication_->year - 1 ? tokens_[t].number : 0;
    }
    return 0;
}

// Sets value/precision for a month (and optional day range) given the tail after it.
bool Matcher::resolve_calendar(Match& match, int month, int day, int last_day, std::size_t k) const {
    const YearTail tail = year_tail(k);
    int year = 0;
    int coming_year = 0;  // the year of the coming occurrence, for a verb that looks ahead
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
        const int told = told_year(match.first);
        if (direction == kCurrent) {
            year = publication_->year;
        } else if (told && !strict && direction == kPast) {
            year = told;
        } else if (day > 0) {
            const auto days = nearest_day(month, day, direction, strict);
            if (!days) return false;
            year = from_days(*days).year;
            // "وينعقد الاجتماع في الرياض 12 و13 أكتوبر" in August: read as past, the day is ten months
            // back; a verb that looks ahead takes the coming one when it is nearer.
            if (direction == kPast && !strict) {
                const auto coming = nearest_day(month, day, kFuture, true);
                if (coming && *coming - publication_days_ < publication_days_ - *days)
                    coming_year = from_days(*coming).year;
            }
        } else {
            // A month alone: this year's if it lies on the right side of publication, else the neighbour's.
            const int here = publication_->month;
            year = publication_->year;
            if (direction < 0 && (month > here || (strict && month == here))) year -= 1;
            if (direction > 0 && (month < here || (strict && month == here))) year += 1;
            constexpr int kMonthsInYear = 12;
            if (direction == kPast && !strict && month > here && month - here < kMonthsInYear - (month - here))
                coming_year = publication_->year;
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
        if (const CivilDate coming{coming_year, month, day}; coming_year && is_valid(coming))
            match.mention.coming_value = format_day(coming);
    } else {
        match.mention.value = format_month(year, month);
        if (coming_year) match.mention.coming_value = format_month(coming_year, month);
    }
    return true;
}

// "21 يونيو", "21 من حزيران 2023", "يومي 20 و21 حزيران", "من 3 إلى 5 آب"
std::optional<Match> Matcher::day_month(std::size_t i) const {
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
std::optional<Match> Matcher::month_alone(std::size_t i) const {
    std::size_t k = i;
    const bool cue = has(k, kMonthCue) && has(after(k), kMonth);
    if (cue) k = after(k);
    const auto month = month_phrase(k);
    if (!month) return std::nullopt;
    // A bare month name counts ("في مايو"), unless it is also an ordinary word; "مارس الماضي",
    // "آب المقبل" are months by the direction after them, "في مارس", "منذ مارس", "أواخر مارس" by the
    // word before that leads a time or names a part of it (no verb follows it).
    const bool led = i > 0 && (has(i - 1, kYearLead) || has(i - 1, kPeriodPart));
    if (month->ambiguous && !cue && !led && !year_tail(month->end).found && !has(month->end, kDirection))
        return std::nullopt;
    Match match = make(i, month->end, "month");
    if (!resolve_calendar(match, month->month, 0, 0, month->end)) return std::nullopt;
    return match;
}

// "2023/06/21", "2022.09.01", "21-6-2023"
std::optional<Match> Matcher::numeric_date(std::size_t i) const {
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
std::optional<Match> Matcher::year_alone(std::size_t i) const {
    // "منتصف" at the end of the text: no word follows it.
    if (i >= tokens_.size()) return std::nullopt;
    if (has(i, kYearCue) && year_number(after(i))) {
        Match match = make(i, after(i) + 1, "year");
        match.mention.value = std::to_string(tokens_[after(i)].number);
        return match;
    }
    // "1952 - الجامعة العربية تحتج ...": a year opening a line or a sentence, then a dash or a colon,
    // heads an entry of a chronology.
    const bool opens_entry = i == 0 || tokens_[i].line_break_before || is_punct(i - 1, '.');
    if (year_number(i) && opens_entry && (is_dash(i + 1) || is_punct(i + 1, ':'))) {
        Match match = make(i, i + 1, "year");
        match.mention.value = std::to_string(tokens_[i].number);
        return match;
    }
    if (year_number(i) && i > 0 && (has(i - 1, kYearLead) || has(i - 1, kPeriodPart))) {
        Match match = make(i, i + 1, "year");
        match.mention.value = std::to_string(tokens_[i].number);
        return match;
    }
    return std::nullopt;
}

}  // namespace hadath::date_internal
