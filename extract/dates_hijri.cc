// The Hijri calendar: "25 شوال 1436هـ", "17/10/1436هـ", "1436/10/25", "عام 1406هـ",
// "العام الدراسي 1436-1437هـ", and one date given in both calendars
// ("16 شوال 1436هـ الموافق 1 أغسطس 2015م", "1343هـ / 1924م").
#include <cstdlib>

#include "extract/dates_internal.h"

namespace hadath::date_internal {

namespace {

// Hijri and Gregorian readings of a pair may differ by a day (the moon seen a day
// before or after the table's month start); more is a disagreement.
constexpr long kPairTolerance = 1;

// The year span of a Hijri year range: "1436-1437هـ" is at most a few years.
constexpr int kLongestYearSpan = 3;

}  // namespace

bool Matcher::hijri_year_number(std::size_t i) const {
    return standalone_number(i) && tokens_[i].digits == 4 && HijriTable::in_range(tokens_[i].number);
}

// A Hijri year in a span of years, glued to its separator: "1436-1437هـ", "1435/1436".
bool Matcher::hijri_span_year(std::size_t i) const {
    return is_number(i) && tokens_[i].digits == 4 && HijriTable::in_range(tokens_[i].number) &&
           !(glued(i + 1) && (is_punct(i + 1, '/') || is_punct(i + 1, '-')) && is_number(i + 2) &&
             tokens_[i + 2].digits <= 2);
}

// "1436", "1436هـ", "من عام 1436 هـ", "، 1436" after a Hijri month.
std::optional<HijriYearTail> Matcher::hijri_year_tail(std::size_t k) const {
    if (is_comma(k) && hijri_year_number(k + 1)) k += 1;
    if (has(k, kConnector) && !has(k, kEquivalence)) k = after(k);
    if (has(k, kYearCue) && hijri_year_number(after(k))) k = after(k);
    if (!hijri_year_number(k)) return std::nullopt;
    HijriYearTail tail;
    tail.year = tokens_[k].number;
    tail.era = has(k + 1, kHijriEra);
    tail.end = skip(k + 1, kHijriEra);
    return tail;
}

// Three numbers joined by the same separator (/ - .); `spaced` allows spaces around it.
std::optional<NumericTriple> Matcher::numeric_triple(std::size_t i, bool spaced) const {
    if (!is_number(i) || i + 4 >= size()) return std::nullopt;
    const auto separator_at = [&](std::size_t k) -> char {
        if (k >= size() || tokens_[k].type != TokenType::kPunct || tokens_[k].end - tokens_[k].begin != 1) return 0;
        const char c = text_[tokens_[k].begin];
        return c == '/' || c == '-' || c == '.' ? c : 0;
    };
    // Not the tail of a longer run (a reference number "5352/1/1433").
    if (i > 0 && glued(i) && (is_number(i - 1) || separator_at(i - 1))) return std::nullopt;
    const char separator = separator_at(i + 1);
    if (separator == 0 || separator_at(i + 3) != separator) return std::nullopt;
    if (!is_number(i + 2) || !is_number(i + 4)) return std::nullopt;
    if (!spaced) {
        for (std::size_t k = i + 1; k <= i + 4; ++k)
            if (!glued(k)) return std::nullopt;
    }
    // Nor the head of one.
    if (glued(i + 5) && separator_at(i + 5) && is_number(i + 6)) return std::nullopt;
    return NumericTriple{i, i + 2, i + 4, i + 5};
}

// Sets a day (and the last day of a span) given in the Hijri calendar.
bool Matcher::set_hijri_days(Match& match, const HijriDate& first, int last_day) const {
    const auto days = data_.hijri->to_days(first);
    if (!days) return false;
    match.hijri = true;
    match.mention.precision = "day";
    match.mention.value = format_day(from_days(*days));
    if (last_day > 0) {
        const auto last = data_.hijri->to_days({first.year, first.month, last_day});
        if (!last) return false;
        match.mention.end_value = format_day(from_days(*last));
    }
    return true;
}

// A Hijri month runs across two Gregorian months: the first is the value, the second the end.
void Matcher::set_hijri_month(Match& match, int year, int month) const {
    const long first = *data_.hijri->to_days({year, month, 1});
    const CivilDate start = from_days(first);
    const CivilDate last = from_days(first + data_.hijri->month_length(year, month) - 1);
    match.hijri = true;
    match.mention.precision = "month";
    match.mention.value = format_month(start.year, start.month);
    match.mention.end_value = last.month != start.month ? format_month(last.year, last.month) : "";
}

// A Hijri year (354 days) runs across two Gregorian years: the year it starts in is the value,
// the year it ends in the end.
void Matcher::set_hijri_years(Match& match, int first_year, int last_year) const {
    const int start = from_days(*data_.hijri->to_days({first_year, 1, 1})).year;
    const int end = from_days(*data_.hijri->to_days({last_year, 12, data_.hijri->month_length(last_year, 12)})).year;
    match.hijri = true;
    match.mention.precision = "year";
    match.mention.value = std::to_string(start);
    match.mention.end_value = end != start ? std::to_string(end) : "";
}

// A Hijri day or month without a year ("2 ذو القعدة", "رمضان الماضي"): the occurrence nearest to
// publication, before it unless the words say otherwise. `k` is the token after the month.
bool Matcher::resolve_hijri_relative(Match& match, int month, int day, int last_day, std::size_t k) const {
    int direction = kPast;
    bool strict = false;
    if (has(k, kDirection)) {
        direction = value(k, kDirection);
        strict = direction != kCurrent;
        match.last = after(k);
    } else if (future_context(match.first)) {
        direction = kFuture;
    }
    if (!can_resolve(match)) {
        match.hijri = true;
        return true;
    }
    const auto today = data_.hijri->from_days(publication_days_);
    if (!today) return false;
    std::optional<int> best_year;
    long best_distance = 0;
    for (int year = today->year - 1; year <= today->year + 1; ++year) {
        if (!HijriTable::in_range(year)) continue;
        const auto first = data_.hijri->to_days({year, month, day > 0 ? day : 1});
        if (!first) continue;
        const long last = day > 0 ? *first : *first + data_.hijri->month_length(year, month) - 1;
        bool ok = true;
        if (direction == kPast) ok = strict ? last < publication_days_ : *first <= publication_days_;
        if (direction == kFuture) ok = strict ? *first > publication_days_ : last >= publication_days_;
        if (direction == kCurrent) ok = year == today->year;
        if (!ok) continue;
        const long distance = std::labs(*first - publication_days_);
        if (!best_year || distance < best_distance) {
            best_year = year;
            best_distance = distance;
        }
    }
    if (!best_year) return false;
    // "بدء قيد الناخبين مطلع شهر ذي القعدة" ten days before it: read as past, it is eleven months back;
    // a verb that looks ahead takes the coming one when it is nearer.
    std::optional<long> coming;
    if (direction == kPast && !strict) {
        const auto next = data_.hijri->to_days({*best_year + 1, month, day > 0 ? day : 1});
        const auto past = data_.hijri->to_days({*best_year, month, day > 0 ? day : 1});
        if (HijriTable::in_range(*best_year + 1) && next && past &&
            *next - publication_days_ < publication_days_ - *past)
            coming = *next;
    }
    if (day > 0) {
        if (!set_hijri_days(match, {*best_year, month, day}, last_day)) return false;
        if (coming) match.mention.coming_value = format_day(from_days(*coming));
        return true;
    }
    set_hijri_month(match, *best_year, month);
    if (coming) {
        const CivilDate start = from_days(*coming);
        match.mention.coming_value = format_month(start.year, start.month);
    }
    return true;
}

// "25 شوال 1436هـ", "يومي 20 و21 رمضان", "2 ذو القعدة", "27 من ذي الحجة عام 1436"
std::optional<Match> Matcher::hijri_day_month(std::size_t i) const {
    std::size_t k = i;
    const bool range_required = has(k, kRangeStart);
    if (range_required) k = after(k);
    if (!day_number(k) || tokens_[k].number > 30) return std::nullopt;
    const int first_day = tokens_[k].number;
    int last_day = 0;
    k += 1;
    while ((has(k, kRangeJoiner) || is_dash(k)) && day_number(k + 1) && tokens_[k + 1].number > first_day &&
           tokens_[k + 1].number > last_day && tokens_[k + 1].number <= 30) {
        last_day = tokens_[k + 1].number;
        k += 2;
    }
    if (range_required && last_day == 0) return std::nullopt;
    // "26 من شوال", "20 شهر شوال", "26 من شهر شوال"
    if (has(k, kConnector) && (has(after(k), kHijriMonth) || has(after(k), kMonthCue))) k = after(k);
    if (has(k, kMonthCue) && has(after(k), kHijriMonth)) k = after(k);
    if (!has(k, kHijriMonth)) return std::nullopt;
    const int month = value(k, kHijriMonth);
    const std::size_t month_end = after(k);
    Match match = make(i, month_end, "day");
    if (const auto year = hijri_year_tail(month_end)) {
        match.last = year->end;
        if (!set_hijri_days(match, {year->year, month, first_day}, last_day)) return std::nullopt;
        return match;
    }
    // "فاز على وادي جلة 1 صفر": without a year, a name that is also a word ("صفر", zero) after a bare number
    // is a date only with a direction after it or a word that leads a date before it ("في 12 صفر", "يوم
    // الأحد 12 صفر", "الموافق 12 صفر", "20 من شهر صفر").
    const bool led =
        range_required || (i > 0 && (has(i - 1, kYearLead) || has(i - 1, kDayCue) || has(i - 1, kWeekday) ||
                                     has(i - 1, kEquivalence) || has(i - 1, kPeriodPart)));
    if (info(k)->ambiguous_month && !led && k == i + 1 && !has(month_end, kDirection)) return std::nullopt;
    if (!resolve_hijri_relative(match, month, first_day, last_day, month_end)) return std::nullopt;
    return match;
}

// "رمضان 1436هـ", "شهر شوال من عام 1436", "شهر رمضان الماضي", "ذي القعدة المقبل"
std::optional<Match> Matcher::hijri_month_alone(std::size_t i) const {
    std::size_t k = i;
    const bool cue = has(k, kMonthCue) && has(after(k), kHijriMonth);
    if (cue) k = after(k);
    if (!has(k, kHijriMonth)) return std::nullopt;
    const int month = value(k, kHijriMonth);
    const std::size_t month_end = after(k);
    Match match = make(i, month_end, "month");
    if (const auto year = hijri_year_tail(month_end)) {
        match.last = year->end;
        set_hijri_month(match, year->year, month);
        return match;
    }
    // Without a year, a name that is also a common word needs شهر before it; any name needs
    // شهر or a direction ("شوال الماضي").
    const bool direction = has(month_end, kDirection);
    if (info(k)->ambiguous_month ? !(cue && direction) : !(cue || direction)) return std::nullopt;
    if (!resolve_hijri_relative(match, month, 0, 0, month_end)) return std::nullopt;
    return match;
}

// "17/10/1436هـ", "1436/10/25هـ", "10 / 10 / 1436ه", "26-9-1436", "من 18 حتى 28/11/1436هـ"
std::optional<Match> Matcher::hijri_numeric(std::size_t i) const {
    const auto hijri_year = [&](const Token& t) { return t.digits == 4 && HijriTable::in_range(t.number); };
    std::size_t k = skip(i, kRangeStart);
    auto triple = numeric_triple(k, true);
    int first_day = 0;
    if (!triple && is_number(k) && tokens_[k].digits <= 2 && (has(k + 1, kRangeJoiner) || is_dash(k + 1))) {
        first_day = tokens_[k].number;
        triple = numeric_triple(k + 2, true);
    }
    if (!triple || (k != i && first_day == 0)) return std::nullopt;
    const Token& a = tokens_[triple->first];
    const Token& b = tokens_[triple->second];
    const Token& c = tokens_[triple->third];
    HijriDate date;
    if (hijri_year(a) && b.digits <= 2 && c.digits <= 2 && first_day == 0) {
        date = {a.number, b.number, c.number};
    } else if (hijri_year(c) && a.digits <= 2 && b.digits <= 2) {
        date = {c.number, b.number, a.number};
    } else {
        return std::nullopt;
    }
    int last_day = 0;
    if (first_day > 0) {
        if (first_day >= date.day) return std::nullopt;
        last_day = date.day;
        date.day = first_day;
    }
    Match match = make(i, skip(triple->end, kHijriEra), "day");
    if (!set_hijri_days(match, date, last_day)) return std::nullopt;
    return match;
}

// A bare 4-digit Gregorian year follows: "الموافق 1971", "/ 1924م", "(1980)".
bool Matcher::gregorian_year_follows(std::size_t k) const {
    if (has(k, kEquivalence)) return year_number(after(k));
    if (is_punct(k, '/') || is_punct(k, '(')) return year_number(k + 1);
    return false;
}

// "1436هـ", "عام 1406هـ", "العام الدراسي 1436-1437هـ", "1410هـ - 1411هـ", "عام 1391 الموافق 1971"
std::optional<Match> Matcher::hijri_year_alone(std::size_t i) const {
    std::size_t k = i;
    const bool cue = has(k, kYearCue);
    if (cue) k = after(k);
    if (!hijri_span_year(k) || (glued(k) && k > 0 && (is_number(k - 1) || is_punct(k - 1, '/')))) return std::nullopt;
    const int first_year = tokens_[k].number;
    int last_year = first_year;
    bool era = has(k + 1, kHijriEra);
    std::size_t end = skip(k + 1, kHijriEra);
    // A span of years: "1435 / 1436هـ", "1436-1437هـ", "1410هـ - 1411هـ".
    if (is_punct(end, '/') || is_dash(end) || has(end, kRangeJoiner)) {
        const std::size_t second = is_number(end + 1) ? end + 1 : after(end);
        if (hijri_span_year(second) && tokens_[second].number > first_year &&
            tokens_[second].number <= first_year + kLongestYearSpan && (era || has(second + 1, kHijriEra) || cue)) {
            last_year = tokens_[second].number;
            era = era || has(second + 1, kHijriEra);
            end = skip(second + 1, kHijriEra);
        }
    }
    if (!era && !(cue && gregorian_year_follows(end))) return std::nullopt;
    Match match = make(i, end, "year");
    set_hijri_years(match, first_year, last_year);
    return match;
}

// Any Hijri date at i, the longest.
std::optional<Match> Matcher::hijri_date(std::size_t i) const {
    std::optional<Match> best;
    for (auto candidate : {hijri_numeric(i), hijri_day_month(i), hijri_month_alone(i), hijri_year_alone(i)}) {
        if (candidate && (!best || candidate->last > best->last)) best = std::move(candidate);
    }
    return best;
}

// The Gregorian side of a pair: "1 أغسطس 2015م", "1 - 8 - 2015م", "14 / 9 / 2015م", "1924م".
std::optional<Match> Matcher::gregorian_counterpart(std::size_t i) const {
    std::optional<Match> best = day_month(i);
    if (auto numeric = numeric_date(i); numeric && (!best || numeric->last > best->last)) best = std::move(numeric);
    if (!best) {
        if (const auto triple = numeric_triple(i, true)) {
            const Token& a = tokens_[triple->first];
            const Token& b = tokens_[triple->second];
            const Token& c = tokens_[triple->third];
            CivilDate date{c.number, b.number, a.number};
            if (a.digits == 4) date = {a.number, b.number, c.number};
            if (date.year >= 1900 && date.year <= 2100 && is_valid(date)) {
                best = make(i, triple->end, "day");
                best->mention.value = format_day(date);
            }
        }
    }
    if (!best) {
        const std::size_t k = skip(i, kYearCue);
        if (!year_number(k)) return std::nullopt;
        best = make(i, k + 1, "year");
        best->mention.value = std::to_string(tokens_[k].number);
    }
    best->last = skip(best->last, kGregorianEra);
    return best;
}

// "يوم الأحد الموافق 10 / 10 / 1436ه": when the weekday falls a day beside the table's day, the
// writer's calendar saw the month start a day apart; the weekday decides.
void Matcher::agree_hijri_with_weekday(Match& date, int weekday) const {
    DateMention& mention = date.mention;
    if (mention.precision != "day") return;
    const std::optional<CivilDate> found = parse_iso_date(mention.value);
    if (!found) return;
    const long days = to_days(*found);
    if (weekday_of(days) == weekday) return;
    const auto move_to = [&](long target) {
        mention.value = format_day(from_days(target));
        if (const std::optional<CivilDate> end = parse_iso_date(mention.end_value))
            mention.end_value = format_day(from_days(to_days(*end) + target - days));
    };
    // "يوم الثلاثاء 26 شوال" without a year: the year, next to publication, where that day is a Tuesday.
    const auto written = data_.hijri->from_days(days);
    if (mention.relative && publication_ && written) {
        std::optional<long> best;
        for (int year = written->year - 1; year <= written->year + 1; ++year) {
            const auto candidate = data_.hijri->to_days({year, written->month, written->day});
            if (!candidate || weekday_of(*candidate) != weekday) continue;
            if (!best || std::labs(*candidate - publication_days_) < std::labs(*best - publication_days_))
                best = candidate;
        }
        if (best) return move_to(*best);
    }
    for (const long shift : {-1L, 1L}) {
        if (weekday_of(days + shift) == weekday) return move_to(days + shift);
    }
}

// "16 شوال 1436هـ الموافق 1 أغسطس 2015م", "1 أغسطس 2015 الموافق 16 شوال 1436هـ", "1343هـ / 1924م",
// "1400هـ (1980)": one date in two calendars. The Gregorian gives the value; a Hijri reading
// more than a day away from it is kept as the disagreement.
// The days of a pair nearest each other, each side in the years its writing leaves open: a
// Gregorian or Hijri day without a year may lie a year before or after its first reading.
PairReading Matcher::nearest_readings(const DateMention& hijri, const DateMention& gregorian) const {
    const long gregorian_days = to_days(*parse_iso_date(gregorian.value));
    const long hijri_days = to_days(*parse_iso_date(hijri.value));
    std::vector<long> gregorian_candidates{gregorian_days};
    if (gregorian.relative) {
        const CivilDate written = from_days(gregorian_days);
        for (const int year : {written.year - 1, written.year + 1}) {
            const CivilDate candidate{year, written.month, written.day};
            if (is_valid(candidate)) gregorian_candidates.push_back(to_days(candidate));
        }
    }
    const auto written = data_.hijri->from_days(hijri_days);
    const auto nearest_hijri = [&](long g) {
        PairReading best{g, hijri_days};
        const auto around = data_.hijri->from_days(g);
        for (int year = around ? around->year - 1 : 1; hijri.relative && written && around && year <= around->year + 1;
             ++year) {
            const auto candidate = data_.hijri->to_days({year, written->month, written->day});
            if (candidate && std::labs(g - *candidate) < std::labs(g - best.hijri)) best.hijri = *candidate;
        }
        return best;
    };
    // The Gregorian as first read, unless another of its years is the one that agrees.
    const PairReading first = nearest_hijri(gregorian_days);
    if (std::labs(first.gregorian - first.hijri) <= kPairTolerance) return first;
    for (const long g : gregorian_candidates) {
        const PairReading other = nearest_hijri(g);
        if (std::labs(other.gregorian - other.hijri) <= kPairTolerance) return other;
    }
    return first;
}

void Matcher::pair_with_equivalent(Match& match) const {
    std::size_t k = match.last;
    if (is_comma(k)) ++k;
    const bool paren = is_punct(k, '(');
    if (has(k, kEquivalence)) {
        k = after(k);
    } else if (paren || (match.hijri && is_punct(k, '/'))) {
        ++k;
    } else {
        return;
    }
    std::optional<Match> other = match.hijri ? gregorian_counterpart(k) : hijri_date(k);
    // "الموافق 1971" after a year: a bare year is of the other calendar.
    if (!other && !match.hijri && hijri_year_number(k)) {
        Match year = make(k, skip(k + 1, kHijriEra), "year");
        set_hijri_years(year, tokens_[k].number, tokens_[k].number);
        other = std::move(year);
    }
    if (!other) return;
    std::size_t last = other->last;
    if (paren) {
        if (!is_punct(last, ')')) return;
        ++last;
    }
    const Match& hijri = match.hijri ? match : *other;
    Match gregorian = match.hijri ? std::move(*other) : match;
    std::string disagreement;
    if (!hijri.mention.value.empty() && !gregorian.mention.value.empty()) {
        bool agree = true;
        if (hijri.mention.precision == "day" && gregorian.mention.precision == "day") {
            const PairReading best = nearest_readings(hijri.mention, gregorian.mention);
            agree = std::labs(best.hijri - best.gregorian) <= kPairTolerance;
            const long written = to_days(*parse_iso_date(gregorian.mention.value));
            if (!agree) {
                disagreement = format_day(from_days(best.hijri));
            } else if (best.gregorian != written) {
                // "25 شوال 1436 الموافق 10 أغسطس": the Gregorian day takes the year the Hijri day gives it.
                gregorian.mention.value = format_day(from_days(best.gregorian));
                if (const auto end = parse_iso_date(gregorian.mention.end_value))
                    gregorian.mention.end_value = format_day(from_days(to_days(*end) + best.gregorian - written));
                gregorian.mention.relative = hijri.mention.relative;
            }
        } else if (hijri.mention.precision == "year" && gregorian.mention.precision == "year") {
            const auto within = [&](const std::string& year) {
                const std::string& last =
                    hijri.mention.end_value.empty() ? hijri.mention.value : hijri.mention.end_value;
                return year.empty() || (year >= hijri.mention.value && year <= last);
            };
            agree = within(gregorian.mention.value) && within(gregorian.mention.end_value);
        }
        if (!agree && disagreement.empty()) disagreement = hijri.mention.value;
    }
    const std::size_t first = match.first;
    if (gregorian.mention.value.empty()) {
        // Without a publication date a Gregorian day with no year has no value; the Hijri may.
        gregorian.mention = hijri.mention;
    }
    match.mention = std::move(gregorian.mention);
    match.mention.disagreement = std::move(disagreement);
    match.first = first;
    match.last = last;
    match.hijri = false;
}

}  // namespace hadath::date_internal
