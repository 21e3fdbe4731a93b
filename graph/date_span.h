// The calendar days an event date covers, whatever its precision, so that
// dates of different precision can be ordered and drawn on one time axis.
#pragma once

#include <optional>
#include <string>

#include "extract/event.h"

namespace hadath {

// First and last day of a date, both YYYY-MM-DD.
struct DaySpan {
    std::string first;
    std::string last;
};

// 2023-06-20 → 2023-06-20..2023-06-20 (or ..end when the date has one),
// 2023-06 → whole month, 2023-W25 → its Monday..Sunday (ISO 8601 week),
// 2023-Q3 → 07-01..09-30, 2023-H2 → 07-01..12-31, 2023 → whole year.
// nullopt for an empty or unreadable value.
std::optional<DaySpan> day_span(const EventDate& date);

// The same for a bare ISO value at any of those precisions.
std::optional<DaySpan> day_span(const std::string& value);

// Days since 1970-01-01 of a YYYY-MM-DD day, so that days can be counted apart.
long day_number(const std::string& day);

}  // namespace hadath
