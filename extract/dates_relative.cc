// Dates relative to publication: أمس، الأربعاء، الشهر الماضي، منذ عامين.
#include "extract/dates_internal.h"

namespace hadath::date_internal {

// "أمس", "أول أمس", "اليوم (الاثنين)", "أمس الثلاثاء", "يوم أمس", "مساء أمس"
std::optional<Match> Matcher::relative_day(std::size_t i) const {
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
    // "اليوم الأحد 17/10/1436هـ": a date that follows names the day.
    if (named_weekday) {
        std::optional<Match> date = numeric_date(end);
        if (!date) date = hijri_date(end);
        if (date && date->mention.precision == "day") {
            date->first = i;
            if (date->hijri) agree_hijri_with_weekday(*date, *named_weekday);
            return date;
        }
    }
    Match match = make(i, end, "day");
    if (!can_resolve(match)) return match;
    long days = publication_days_ + offset;
    if (named_weekday) {
        // The weekday wins: the named weekday nearest the counted day, for an article written a day or
        // two before its date stamp ("اليوم الاثنين" stamped Tuesday) or "غدا الخميس" stamped Tuesday.
        // "اليوم" was the writer's day, which a stamp follows by up to days (wire copy, a weekly page)
        // and precedes by a time zone's day at most: "اليوم الجمعة" stamped Tuesday was last Friday.
        const long latest = offset == 0 ? 1 : 3;
        long delta = (*named_weekday - weekday_of(days) + 7) % 7;
        if (delta > latest) delta -= 7;
        days += delta;
        if (offset == 0) match.mention.today_moved = static_cast<int>(delta);
    }
    match.mention.value = format_day(from_days(days));
    return match;
}

// "الأحد 2 آب" with no year: of the years next to publication, the one
// where that day is the weekday named, nearest to publication; a date
// whose year was given, or no year that fits, stays as it is.
void Matcher::agree_with_weekday(Match& date, int weekday) const {
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
std::optional<Match> Matcher::weekday(std::size_t i) const {
    std::size_t k = i;
    if (has(k, kDayCue) || has(k, kDayPart)) k = after(k);
    if (has(k, kDayCue)) k = after(k);
    if (!has(k, kWeekday)) return std::nullopt;
    const int wanted = value(k, kWeekday);
    std::size_t end = after(k);
    // A weekday that names the day of a following date takes that date's value.
    std::size_t date_start = end;
    if (is_comma(date_start)) ++date_start;
    // "السبت القادم 16 شوال": the direction is the date's.
    if (has(date_start, kDirection) && !has(date_start, kConnector)) date_start = after(date_start);
    if (has(date_start, kConnector) && !has(date_start, kRangeStart)) date_start = after(date_start);
    // "يوم الأحد (10 شوال 1436هـ)"
    const bool paren = is_punct(date_start, '(');
    if (paren) ++date_start;
    const auto closed = [&](std::optional<Match>& date) {
        if (!date) return false;
        if (paren) {
            if (!is_punct(date->last, ')')) return false;
            ++date->last;
        }
        date->first = i;
        return true;
    };
    if (auto date = day_month(date_start); closed(date)) {
        agree_with_weekday(*date, wanted);
        return date;
    }
    if (auto date = numeric_date(date_start); closed(date)) return date;
    if (auto date = hijri_date(date_start); date && date->mention.precision == "day" && closed(date)) {
        agree_hijri_with_weekday(*date, wanted);
        return date;
    }
    // "يوم الثلاثاء الثالث من شهر ذي القعدة"
    if (auto date = ordinal_day(date_start); closed(date)) {
        if (date->hijri) {
            agree_hijri_with_weekday(*date, wanted);
        } else {
            agree_with_weekday(*date, wanted);
        }
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
    // The day before the date stamp, named alone, is that day even in the future tense: the article
    // was written before it ("وسيستقبل كيري الاثنين" stamped Tuesday), not a week ahead.
    const bool day_before_stamp = !strict && (delta == -1 || delta == 6);
    if (day_before_stamp) delta = -1;
    match.mention.value = format_day(from_days(publication_days_ + delta));
    if (!strict && delta < 0 && !day_before_stamp)
        match.mention.coming_value = format_day(from_days(publication_days_ + delta + 7));
    return match;
}

// Sets a year-level value: `unit` period containing publication shifted by `shift` units.
void Matcher::resolve_unit(Match& match, int unit, int shift) const {
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

const char* Matcher::unit_precision(int unit) {
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
std::optional<Match> Matcher::unit_relative(std::size_t i, bool after_period_part) const {
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

// "قبل أكثر من 6 سنوات", "منذ عامين", "قبل ثلاثة أيام"
std::optional<Match> Matcher::ago(std::size_t i) const {
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
        if (year_number(after(k)) || hijri_year_number(after(k))) return std::nullopt;
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

// "الرابع عشر من الشهر الماضي", "في الخامس من يونيو", "الحادي والعشرين من شهر رمضان", "29 الشهر الماضي": a day
// written as an ordinal (or in figures, before a month told by its place in time), of the month that follows
// "من"; "غرة ذي القعدة": its first day.
std::optional<Match> Matcher::ordinal_day(std::size_t i) const {
    const std::size_t k = skip(i, kDayCue);
    int day = 1;
    std::size_t month_at = after(k);
    // "في 29 الشهر الماضي", "يوم 29 من الشهر الجاري": a day in figures, of a month told by its place in time
    // (a month's name after figures is read as an absolute date).
    const bool day_in_figures = day_number(k);
    if (has(k, kDayOrdinal) && has(after(k), kConnector)) {
        day = value(k, kDayOrdinal);
        month_at = after(after(k));
    } else if (day_in_figures) {
        day = static_cast<int>(tokens_[k].number);
        month_at = has(after(k), kConnector) ? after(after(k)) : after(k);
    } else if (!has(k, kFirstDay)) {  // "غرة ذي القعدة", "غرة شهر رمضان"
        return std::nullopt;
    }
    // A Hijri month: with its year, or the nearest as for "2 ذو القعدة".
    const std::size_t hijri_at =
        has(month_at, kMonthCue) && has(after(month_at), kHijriMonth) ? after(month_at) : month_at;
    if (has(hijri_at, kHijriMonth) && !day_in_figures) {  // "1 صفر" is as often a score, read as a date elsewhere
        const int month = value(hijri_at, kHijriMonth);
        Match match = make(i, after(hijri_at), "day");
        if (const auto year = hijri_year_tail(after(hijri_at))) {
            match.last = year->end;
            if (!set_hijri_days(match, {year->year, month, day}, 0)) return std::nullopt;
            return match;
        }
        if (!resolve_hijri_relative(match, month, day, 0, after(hijri_at))) return std::nullopt;
        return match;
    }
    std::optional<Match> month = unit_relative(month_at, false);
    if (month && month->mention.precision != "month") return std::nullopt;
    if (!month && day_in_figures) return std::nullopt;
    if (!month) month = month_alone(month_at);
    if (!month || month->mention.precision != "month") return std::nullopt;
    month->first = i;
    month->mention.precision = "day";
    if (month->mention.value.empty()) return month;
    const std::optional<CivilDate> date =
        parse_iso_date(month->mention.value + "-" + (day < 10 ? "0" : "") + std::to_string(day));
    if (!date) return std::nullopt;
    month->mention.value = format_day(*date);
    return month;
}

}  // namespace hadath::date_internal
