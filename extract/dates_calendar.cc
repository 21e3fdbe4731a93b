// Calendar arithmetic: Gregorian days and their ISO 8601 forms.
#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

#include "extract/dates_internal.h"

namespace hadath::date_internal {

namespace {

std::string two_digits(int n) {
    return (n < 10 ? "0" : "") + std::to_string(n);
}

}  // namespace

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

HijriTable::HijriTable(HijriCalendar calendar) {
    // Umm al-Qura follows the tables published by Saudi Arabia (ICU holds them for 1300-1600 AH);
    // the civil calendar is the arithmetic one, a day off here and there.
    const icu::Locale locale(calendar == HijriCalendar::civil ? "en@calendar=islamic-civil"
                                                              : "en@calendar=islamic-umalqura");
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> icu_calendar(
        icu::Calendar::createInstance(*icu::TimeZone::getGMT(), locale, status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU Islamic calendar: ") + u_errorName(status));
    month_starts_.reserve(static_cast<std::size_t>((kLastYear - kFirstYear + 1) * 12 + 1));
    constexpr double kMillisecondsPerDay = 86400000.0;
    for (int year = kFirstYear; year <= kLastYear + 1; ++year) {
        for (int month = 0; month < 12; ++month) {
            icu_calendar->clear();
            icu_calendar->set(year, month, 1);
            const UDate time = icu_calendar->getTime(status);
            if (U_FAILURE(status))
                throw std::runtime_error(std::string("ICU Islamic calendar: ") + u_errorName(status));
            month_starts_.push_back(static_cast<long>(std::floor(time / kMillisecondsPerDay)));
            if (year > kLastYear) return;
        }
    }
}

const HijriTable& HijriTable::of(HijriCalendar calendar) {
    static const HijriTable umm_al_qura(HijriCalendar::umm_al_qura);
    static const HijriTable civil(HijriCalendar::civil);
    return calendar == HijriCalendar::civil ? civil : umm_al_qura;
}

int HijriTable::month_length(int year, int month) const {
    const std::size_t at = index(year, month);
    return static_cast<int>(month_starts_[at + 1] - month_starts_[at]);
}

std::optional<long> HijriTable::to_days(const HijriDate& date) const {
    if (!in_range(date.year) || date.month < 1 || date.month > 12) return std::nullopt;
    if (date.day < 1 || date.day > month_length(date.year, date.month)) return std::nullopt;
    return month_starts_[index(date.year, date.month)] + date.day - 1;
}

std::optional<HijriDate> HijriTable::from_days(long days) const {
    if (days < month_starts_.front() || days >= month_starts_.back()) return std::nullopt;
    const auto next = std::upper_bound(month_starts_.begin(), month_starts_.end(), days);
    const auto at = static_cast<int>(next - month_starts_.begin()) - 1;
    return HijriDate{kFirstYear + at / 12, at % 12 + 1,
                     static_cast<int>(days - month_starts_[static_cast<std::size_t>(at)]) + 1};
}

}  // namespace hadath::date_internal
