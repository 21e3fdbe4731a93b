#include "graph/date_span.h"

#include <cctype>

#include "extract/dates.h"

namespace hadath {
namespace {

int month_length(int year, int month) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

bool all_digits(const std::string& text, std::size_t begin, std::size_t count) {
    if (begin + count > text.size()) return false;
    for (std::size_t i = begin; i < begin + count; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    }
    return true;
}

// The number written in text[begin, begin + count), which all_digits() has found to be digits only.
int digits_value(const std::string& text, std::size_t begin, std::size_t count) {
    int value = 0;
    for (std::size_t i = begin; i < begin + count; ++i) value = value * 10 + (text[i] - '0');
    return value;
}

DaySpan months(int year, int first_month, int last_month) {
    return {format_iso_date(year, first_month, 1), format_iso_date(year, last_month, month_length(year, last_month))};
}

long days_from_civil(int year, int month, int day) {
    // Howard Hinnant's days_from_civil: proleptic Gregorian calendar.
    year -= month <= 2;
    const long era = (year >= 0 ? year : year - 399) / 400;
    const long year_of_era = year - era * 400;
    const long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

std::string day_of_number(long days) {
    days += 719468;
    const long era = (days >= 0 ? days : days - 146096) / 146097;
    const long day_of_era = days - era * 146097;
    const long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const long mp = (5 * day_of_year + 2) / 153;
    const int day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2));
    return format_iso_date(year, month, day);
}

}  // namespace

long day_number(const std::string& day) {
    // Read in place where the day is written YYYY-MM-DD, as it nearly always is: merging asks for
    // tens of thousands.
    if (day.size() == 10 && all_digits(day, 0, 4) && day[4] == '-' && all_digits(day, 5, 2) && day[7] == '-' &&
        all_digits(day, 8, 2))
        return days_from_civil(digits_value(day, 0, 4), digits_value(day, 5, 2), digits_value(day, 8, 2));
    return days_from_civil(std::stoi(day.substr(0, 4)), std::stoi(day.substr(5, 2)), std::stoi(day.substr(8, 2)));
}

std::optional<DaySpan> day_span(const std::string& value) {
    if (!all_digits(value, 0, 4)) return std::nullopt;
    int year = digits_value(value, 0, 4);
    if (value.size() == 4) return months(year, 1, 12);
    if (value.size() < 7 || value[4] != '-') return std::nullopt;
    if (value.size() == 7 && value[5] == 'H' && (value[6] == '1' || value[6] == '2')) {
        return value[6] == '1' ? months(year, 1, 6) : months(year, 7, 12);
    }
    if (value.size() == 7 && value[5] == 'Q' && value[6] >= '1' && value[6] <= '4') {
        int quarter = value[6] - '0';
        return months(year, 3 * quarter - 2, 3 * quarter);
    }
    if (value.size() == 8 && value[5] == 'W' && all_digits(value, 6, 2)) {
        // ISO week 1 is the week with 4 January; weeks start on Monday.
        const int week = digits_value(value, 6, 2);
        if (week < 1 || week > 53) return std::nullopt;
        const long january_4 = days_from_civil(year, 1, 4);
        const long weekday = (january_4 + 3) % 7;  // 0 = Monday (1970-01-01 was a Thursday)
        const long monday = january_4 - (weekday < 0 ? weekday + 7 : weekday) + 7 * (week - 1);
        return DaySpan{day_of_number(monday), day_of_number(monday + 6)};
    }
    if (!all_digits(value, 5, 2)) return std::nullopt;
    int month = digits_value(value, 5, 2);
    if (month < 1 || month > 12) return std::nullopt;
    if (value.size() == 7) return months(year, month, month);
    if (value.size() != 10 || value[7] != '-' || !all_digits(value, 8, 2)) return std::nullopt;
    int day = digits_value(value, 8, 2);
    if (day < 1 || day > month_length(year, month)) return std::nullopt;
    return DaySpan{value, value};
}

std::optional<DaySpan> day_span(const EventDate& date) {
    auto span = day_span(date.value);
    if (!span) return std::nullopt;
    if (!date.end.empty()) {
        // The end may itself be coarse ("until June"): it reaches the last day of its span.
        auto end = day_span(date.end);
        if (end && end->last > span->last) span->last = end->last;
    }
    return span;
}

}  // namespace hadath
