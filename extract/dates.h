// Temporal expressions: find date expressions in normalized Arabic text and
// resolve them against the publication date. Vocabularies and patterns are
// data files under extract/lexicon/ar/ (see extract/README.md).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hadath {

struct CivilDate {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31
};

// Parses YYYY-MM-DD; nullopt when malformed or not a real calendar day.
std::optional<CivilDate> parse_iso_date(std::string_view text);

// YYYY-MM-DD, as printf's "%04d-%02d-%02d" writes it.
std::string format_iso_date(int year, int month, int day);
inline std::string format_iso_date(const CivilDate& date) {
    return format_iso_date(date.year, date.month, date.day);
}

// Days from the first date to the second (negative when the second is earlier).
long days_between(const CivilDate& from, const CivilDate& to);

// The day `days` days after `date` (before it when negative).
CivilDate add_days(const CivilDate& date, long days);

// The ISO week of a YYYY-MM-DD day ("2018-05-30" → "2018-W22"); empty when malformed.
std::string iso_week(std::string_view day);

// The month of an ISO week ("2018-W21" → "2018-05"): the month of its Thursday; empty when malformed.
std::string month_of_iso_week(std::string_view week);

// The Hijri calendars, both from ICU: Umm al-Qura, the official calendar of
// Saudi Arabia that Gulf newspapers print, and the tabular (civil) calendar.
enum class HijriCalendar { umm_al_qura, civil };

// The Gregorian day of a Hijri day (month 1 = Muharram); nullopt when it is
// not a real day or lies outside the years 1300-1500 AH.
std::optional<CivilDate> hijri_to_civil(int year, int month, int day,
                                        HijriCalendar calendar = HijriCalendar::umm_al_qura);

struct DateMention {
    std::size_t begin = 0;  // byte offsets into the text given to find(), end exclusive
    std::size_t end = 0;
    std::string value;         // ISO 8601 at its precision, empty when it cannot be resolved
    std::string end_value;     // last day of a span ("يومي 20 و21 حزيران"), else empty
    std::string precision;     // day | month | quarter | half | year
    bool approximate = false;  // "قبل أكثر من 6 سنوات"
    bool relative = false;     // resolved against the publication date
    // "اليوم (الخميس)" in a paper stamped Friday: the days from the date stamp to the day the text calls
    // today, when the weekday it names moves it (the article was written before its stamp); else 0.
    int today_moved = 0;
    // "منذ توليه السلطة عام 2011", "حتى 15 يوليو": where a span of time starts or ends, not when
    // something took place.
    bool bounds_span = false;
    // A weekday alone ("الاثنين") read as the last such day, or a day or month with no year read as
    // past that comes sooner than it went ("12 أكتوبر" in August): the coming one, for a verb that looks ahead.
    std::string coming_value;
    // A date given in both calendars ("16 شوال 1436هـ الموافق 1 أغسطس 2015م") takes the
    // Gregorian; when the Hijri one is more than a day away, its own value is kept here.
    std::string disagreement;
    // "مطلع الشهر", "منتصف العام": the part of the period the words name; the value is the whole period.
    enum class Part { whole, start, middle, end };
    Part part = Part::whole;
};

class DateRules {
public:
    // Loads the vocabularies from a directory (extract/lexicon/ar). Throws
    // std::runtime_error naming file:line on a malformed entry. Hijri dates
    // are read in `calendar`.
    static DateRules load(const std::string& lexicon_dir, HijriCalendar calendar = HijriCalendar::umm_al_qura);

    // `text` is normalized text (see normalize.h: no tashkeel or tatweel,
    // alef forms unified, ى→ي, ة→ه, ASCII digits). Returns the expressions
    // in order of position, never overlapping.
    std::vector<DateMention> find(std::string_view text, std::optional<CivilDate> publication) const;

    // The words, folded, that name a time (a month, a weekday, a relative day, a unit...), as
    // against those that only join or qualify one ("في", "من", "الماضي"), in sorted order. Every
    // date expression holds one of them, with or without clitics, or a year in four digits: a text
    // with neither holds no date, and find() need not read it.
    std::vector<std::string> time_words() const;

private:
    struct Data;
    std::shared_ptr<const Data> data_;
};

}  // namespace hadath
