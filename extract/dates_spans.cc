// Parts and spans of periods: halves, quarters, seasons, مطلع/نهاية.
#include "extract/dates_internal.h"

namespace hadath::date_internal {

// "النصف الثاني من العام", "النصف الأول من عام 2024", "الربع الثالث"
std::optional<Match> Matcher::half_or_quarter(std::size_t i) const {
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

// "الصيف الماضي", "خريف العام المقبل", "صيف 2014", "صيف هذا العام": the year of a season. Told with a
// direction it is the last one before the publication or the next one after; the season itself is
// given as its year, the precision the text does not go past.
std::optional<Match> Matcher::season(std::size_t i) const {
    if (!has(i, kSeason)) return std::nullopt;
    const int quarter = value(i, kSeason);
    const std::size_t k = after(i);
    if (has(k, kDirection)) {
        Match match = make(i, after(k), "year");
        if (!can_resolve(match)) return match;
        const int now = (publication_->month + 2) / 3;
        int year = publication_->year;
        const int direction = value(k, kDirection);
        if (direction == kPast && quarter >= now) --year;
        if (direction == kFuture && quarter <= now) ++year;
        match.mention.value = std::to_string(year);
        return match;
    }
    const YearTail tail = year_tail(k);
    if (!tail.found) return std::nullopt;
    Match match = make(i, tail.end, "year");
    if (!tail.relative) {
        match.mention.value = std::to_string(tail.year);
        return match;
    }
    if (!can_resolve(match)) return match;
    match.mention.value = std::to_string(publication_->year + tail.year);
    return match;
}

// "مطلع الشهر", "بحلول نهاية العام", "أواخر يونيو", "منتصف 2016", "أواخر الصيف الماضي"
std::optional<Match> Matcher::period_part(std::size_t i) const {
    if (!has(i, kPeriodPart)) return std::nullopt;
    const std::size_t k = after(i);
    std::optional<Match> inner;
    for (auto candidate : {unit_relative(k, true), month_alone(k), day_month(k), half_or_quarter(k), season(k),
                           year_alone(k), hijri_date(k)}) {
        if (candidate && (!inner || candidate->last > inner->last)) inner = std::move(candidate);
    }
    if (!inner) return std::nullopt;
    inner->first = i;
    inner->mention.part = static_cast<DateMention::Part>(value(i, kPeriodPart));
    return inner;
}

}  // namespace hadath::date_internal
