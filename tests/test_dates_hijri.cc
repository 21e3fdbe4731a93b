// Hijri dates: the table tests/corpus/ar/hijri_days.tsv (days whose Gregorian equivalent is
// published) written in every form the press uses, read by DateRules; one date in both
// calendars; Hijri years; the civil calendar.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/dates.h"
#include "extract/input.h"
#include "extract/normalize.h"
#include "tests/process_support.h"
#include "tests/test_support.h"

using hadath::CivilDate;
using hadath::DateMention;
using hadath::DateRules;
using hadath::Normalizer;

namespace {

const DateRules& production_rules() {
    static const DateRules rules = DateRules::load(hadath::testing::lexicon_dir().string());
    return rules;
}

struct Found {
    std::string text;
    DateMention mention;
};

std::vector<Found> find_in(const std::string& sentence, std::optional<CivilDate> publication,
                           const DateRules& rules = production_rules()) {
    const auto normalized = Normalizer::builtin().normalize(sentence);
    std::vector<Found> found;
    for (auto& mention : rules.find(normalized.text, publication)) {
        const std::size_t begin = normalized.to_original(mention.begin);
        const std::size_t end = normalized.to_original(mention.end);
        found.push_back({sentence.substr(begin, end - begin), mention});
    }
    return found;
}

struct HijriDay {
    int year, month, day;
    std::string gregorian;
    bool sighting;
};

std::vector<HijriDay> published_days() {
    std::ifstream in(hadath::testing::source_dir() / "tests" / "corpus" / "ar" / "hijri_days.tsv");
    std::vector<HijriDay> days;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::stringstream columns(line);
        std::string year, month, day, gregorian, source, note;
        std::getline(columns, year, '\t');
        std::getline(columns, month, '\t');
        std::getline(columns, day, '\t');
        std::getline(columns, gregorian, '\t');
        std::getline(columns, source, '\t');
        std::getline(columns, note, '\t');
        days.push_back({std::stoi(year), std::stoi(month), std::stoi(day), gregorian, note == "sighting"});
    }
    return days;
}

// Spellings of each month as the press writes them, several per month where there are several.
const std::vector<std::vector<std::string>> kMonthNames = {{"محرم", "المحرم"},
                                                           {"صفر"},
                                                           {"ربيع الأول", "ربيع الاول"},
                                                           {"ربيع الآخر", "ربيع الثاني"},
                                                           {"جمادى الأولى", "جمادي الاولى"},
                                                           {"جمادى الآخرة", "جمادى الثانية"},
                                                           {"رجب"},
                                                           {"شعبان"},
                                                           {"رمضان"},
                                                           {"شوال"},
                                                           {"ذو القعدة", "ذي القعدة"},
                                                           {"ذو الحجة", "ذي الحجة"}};

const char* const kGregorianMonths[] = {"يناير", "فبراير", "مارس",   "أبريل",  "مايو",   "يونيو",
                                        "يوليو", "أغسطس",  "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
const char* const kWeekdays[] = {"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"};

std::string arabic_indic(const std::string& ascii) {
    static const char* const kDigits[] = {"٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"};
    std::string out;
    for (char c : ascii) out += c >= '0' && c <= '9' ? kDigits[c - '0'] : std::string(1, c);
    return out;
}

// Days between two ISO days.
long days_apart(const std::string& a, const std::string& b) {
    const auto to_days = [](const CivilDate& d) {
        // Days from civil (H. Hinnant), enough for a difference.
        const int y = d.year - (d.month <= 2);
        const long era = y / 400;
        const long yoe = y - era * 400;
        const long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
        return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
    };
    return to_days(*hadath::parse_iso_date(a)) - to_days(*hadath::parse_iso_date(b));
}

int weekday_of(const std::string& iso) {
    return static_cast<int>(((days_apart(iso, "1970-01-04") % 7) + 7) % 7);  // 1970-01-04 was a Sunday
}

}  // namespace

TEST_CASE("hijri: published days, in every written form, give their Gregorian day") {
    const auto days = published_days();
    REQUIRE(days.size() >= 60);
    const CivilDate publication{2015, 8, 1};
    int checked = 0;
    for (const HijriDay& h : days) {
        const std::string y = std::to_string(h.year), m = std::to_string(h.month), d = std::to_string(h.day);
        const auto& names = kMonthNames[static_cast<std::size_t>(h.month - 1)];
        const std::string name = names[static_cast<std::size_t>(h.day) % names.size()];
        const std::string padded_m = (h.month < 10 ? "0" : "") + m, padded_d = (h.day < 10 ? "0" : "") + d;
        const std::vector<std::string> forms = {
            d + " " + name + " " + y + "هـ",
            d + " " + name + " " + y + " هـ",
            d + " من " + name + " عام " + y,
            d + "/" + m + "/" + y + "هـ",
            d + " / " + m + " / " + y + "ه",
            arabic_indic(d + " / " + m + " / " + y),
            arabic_indic(d + "/" + m + "/" + y) + "هـ",
            d + "-" + m + "-" + y + "هـ",
            y + "/" + padded_m + "/" + padded_d + "هـ",
        };
        for (const std::string& form : forms) {
            const std::string sentence = "وأقيم الحفل " + form + " بحضور المسؤولين";
            INFO(sentence << "  (" << h.gregorian << ")");
            const auto found = find_in(sentence, publication);
            REQUIRE(found.size() == 1);
            CHECK(found[0].text == form);
            CHECK(found[0].mention.precision == "day");
            if (h.sighting) {
                CHECK(days_apart(h.gregorian, found[0].mention.value) == 1);
            } else {
                CHECK(found[0].mention.value == h.gregorian);
            }
            ++checked;
        }
        // The weekday written beside it names the day, also where the month began on the sighting.
        const std::string weekday = kWeekdays[weekday_of(h.gregorian)];
        const std::string with_weekday = "يوم " + weekday + " " + d + " " + name + " " + y + "هـ";
        INFO(with_weekday);
        const auto found = find_in("وأقيم الحفل " + with_weekday, publication);
        REQUIRE(found.size() == 1);
        CHECK(found[0].text == with_weekday);
        CHECK(found[0].mention.value == h.gregorian);
        // With its Gregorian day beside it: one date, the Gregorian's, in agreement.
        const CivilDate g = *hadath::parse_iso_date(h.gregorian);
        const std::string pair = d + " " + name + " " + y + "هـ الموافق " + std::to_string(g.day) + " " +
                                 kGregorianMonths[g.month - 1] + " " + std::to_string(g.year) + "م";
        INFO(pair);
        const auto paired = find_in("وأقيم الحفل " + pair + " بحضور المسؤولين", publication);
        REQUIRE(paired.size() == 1);
        CHECK(paired[0].text == pair);
        CHECK(paired[0].mention.value == h.gregorian);
        CHECK(paired[0].mention.disagreement.empty());
    }
    CHECK(checked >= 60 * 9);
}

TEST_CASE("hijri: a day and month without a year is the nearest before publication, or after it") {
    // Publication 1 August 2015 = 16 Shawwal 1436.
    const CivilDate publication{2015, 8, 1};
    CHECK(find_in("وقال في 10 شوال إن", publication).at(0).mention.value == "2015-07-26");
    // 25 Shawwal 1436 is after publication: the past one is 25 Shawwal 1435.
    CHECK(find_in("وقال في 25 شوال إن", publication).at(0).mention.value == "2014-08-21");
    CHECK(find_in("وسيعقد الاجتماع في 25 شوال", publication).at(0).mention.value == "2015-08-10");
    // المقبل / القادم before the date: "يوم السبت القادم 16 شوال"
    CHECK(find_in("وذلك يوم الاثنين القادم 18 شوال", publication).at(0).mention.value == "2015-08-03");
    // شهر between the day and the month, and the current month: 20 and 26 Shawwal 1436.
    CHECK(find_in("اعتباراً من 20 شهر شوال الجاري", publication).at(0).mention.value == "2015-08-05");
    CHECK(find_in("ويستمر إلى 26 من شهر شوال الحالي", publication).at(0).mention.value == "2015-08-11");
    CHECK(find_in("الانتخابات التي ستنطلق غرة ذي القعدة المقبل", publication).at(0).mention.value == "2015-08-16");
    const Found month = find_in("خلال شهر رمضان الماضي", publication).at(0);
    CHECK(month.mention.value == "2015-06");
    CHECK(month.mention.end_value == "2015-07");
    CHECK(month.mention.precision == "month");
    // A month name that is also a personal name is not a date alone.
    CHECK(find_in("وقال رمضان عبدالله إن", publication).empty());
    CHECK(find_in("وقال شعبان الماضي إن", publication).empty());
    // Corpus snn-2015-08-04-0727: after a bare number, "صفر" is a score's zero; led by في it is the month.
    CHECK(find_in("فاز على وادي جلة المصري 1 صفر، وخسر من أحد", publication).empty());
    CHECK(find_in("وسيعقد الاجتماع في 12 صفر", publication).at(0).mention.value == "2015-11-24");
}

TEST_CASE("hijri: a year alone spans the two Gregorian years it runs across") {
    const CivilDate publication{2015, 8, 1};
    // 1 Muharram 1436 = 25 October 2014; 29 Dhu al-Hijjah 1436 = 13 October 2015.
    const Found year = find_in("منذ إنشائها عام 1436هـ", publication).at(0);
    CHECK(year.text == "عام 1436هـ");
    CHECK(year.mention.value == "2014");
    CHECK(year.mention.end_value == "2015");
    CHECK(year.mention.precision == "year");
    // The academic year 1436-1437: from October 2014 to October 2016.
    const Found span = find_in("للعام الجامعي 1436-1437هـ", publication).at(0);
    CHECK(span.text == "1436-1437هـ");
    CHECK(span.mention.value == "2014");
    CHECK(span.mention.end_value == "2016");
    // A number of 1300-1500 is no year without هـ or a Gregorian year beside it.
    CHECK(find_in("بلغ عدد الزوار 1436 زائرا", publication).empty());
    CHECK(find_in("أنشئت عام 1391 الموافق 1971", publication).at(0).mention.value == "1971");
    CHECK(find_in("مع بداية عام 1343هـ / 1924م", publication).at(0).text == "بداية عام 1343هـ / 1924م");
    CHECK(find_in("منذ عام 1400هـ (1980)", publication).at(0).text == "عام 1400هـ (1980)");
}

TEST_CASE("hijri: a pair of dates that disagree keeps the Gregorian and reports the Hijri") {
    const CivilDate publication{2015, 7, 22};
    // 2 Dhu al-Qa'da 1436 is 17 August; the writer's 31 August is 16 Dhu al-Qa'da.
    const Found pair =
        find_in("آخر يوم لاستقبال المشاركات هو الاثنين 2 ذو القعدة الموافق 31 أغسطس المقبل.", publication).at(0);
    CHECK(pair.text == "الاثنين 2 ذو القعدة الموافق 31 أغسطس المقبل");
    CHECK(pair.mention.value == "2015-08-31");
    CHECK(pair.mention.disagreement == "2015-08-17");
    // A day apart is agreement (a month begun on the sighting).
    const Found near = find_in("يوم 10 ذو الحجة 1436هـ الموافق 24 سبتمبر 2015م", publication).at(0);
    CHECK(near.mention.value == "2015-09-24");
    CHECK(near.mention.disagreement.empty());
    // The Gregorian day without its year takes the year of the Hijri day.
    CHECK(find_in("في 25 شوال 1436 الموافق 10 اغسطس", publication).at(0).mention.value == "2015-08-10");
    // Numeric forms on both sides, with spaces.
    const Found numeric = find_in("بتاريخ 16 - 10 - 1436هـ الموافق 1 - 8 - 2015م الذي", publication).at(0);
    CHECK(numeric.text == "16 - 10 - 1436هـ الموافق 1 - 8 - 2015م");
    CHECK(numeric.mention.value == "2015-08-01");
    CHECK(numeric.mention.disagreement.empty());
}

TEST_CASE("hijri: the civil calendar is an option, never more than two days from Umm al-Qura") {
    static const DateRules civil =
        DateRules::load(hadath::testing::lexicon_dir().string(), hadath::HijriCalendar::civil);
    int differ = 0;
    for (const HijriDay& h : published_days()) {
        const auto umm_al_qura = hadath::hijri_to_civil(h.year, h.month, h.day);
        const auto tabular = hadath::hijri_to_civil(h.year, h.month, h.day, hadath::HijriCalendar::civil);
        REQUIRE(umm_al_qura);
        REQUIRE(tabular);
        const auto iso = [](const CivilDate& d) {
            char buffer[16];
            std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
            return std::string(buffer);
        };
        const long apart = days_apart(iso(*tabular), iso(*umm_al_qura));
        CHECK(std::labs(apart) <= 2);
        differ += apart != 0;
        const auto found =
            find_in("في " + std::to_string(h.day) + "/" + std::to_string(h.month) + "/" + std::to_string(h.year) + "هـ",
                    CivilDate{2015, 8, 1}, civil);
        REQUIRE(found.size() == 1);
        CHECK(found[0].mention.value == iso(*tabular));
    }
    CHECK(differ > 0);
    CHECK_FALSE(hadath::hijri_to_civil(1436, 9, 30));  // Ramadan 1436 had 29 days in the table
    CHECK_FALSE(hadath::hijri_to_civil(1436, 13, 1));
    CHECK_FALSE(hadath::hijri_to_civil(1200, 1, 1));
}

TEST_CASE("hijri: a weekday takes the Hijri day written after it, in brackets too") {
    const CivilDate publication{2015, 7, 25};
    // 10 Shawwal 1436 = Sunday 26 July 2015.
    const Found bracketed = find_in("وتبدأ الدراسة يوم الأحد (10 شوال 1436هـ) في جميع المدارس", publication).at(0);
    CHECK(bracketed.text == "يوم الأحد (10 شوال 1436هـ)");
    CHECK(bracketed.mention.value == "2015-07-26");
    CHECK(bracketed.mention.disagreement.empty());
    // "اليوم الأحد 17/10/1436هـ" stamped a day early: the date names the day.
    CHECK(find_in("حتى الساعة الواحدة ظهراً من هذا اليوم الأحد 17/10/1436هـ.", CivilDate{2015, 8, 1})
              .at(0)
              .mention.value == "2015-08-02");
    // Without a year, the weekday picks the year: 26 Shawwal 1436 = Tuesday 11 August 2015, after
    // publication (26 Shawwal 1435 was a Friday).
    CHECK(find_in("وتبدأ المرحلة يوم الثلاثاء 26 شوال", CivilDate{2015, 7, 27}).at(0).mention.value == "2015-08-11");
    // 3 Dhu al-Qa'da 1436 = Tuesday 18 August 2015.
    CHECK(find_in("وينطلق البرنامج يوم الثلاثاء الثالث من شهر ذي القعدة", CivilDate{2015, 8, 6}).at(0).mention.value ==
          "2015-08-18");
    // Both without a year: the years in which they agree (12 Dhu al-Qa'da 1436 = 27 August 2015).
    const Found both = find_in("غداً الخميس 12ذو القعدة الموافق 27 اغسطس", CivilDate{2015, 8, 8}).back();
    CHECK(both.mention.value == "2015-08-27");
    CHECK(both.mention.disagreement.empty());
    // A Gregorian day with its year, a Hijri one without: 17 Ramadan 1433 = 6 August 2012.
    const Found old = find_in("في 6 أغسطس 2012، الموافق 17 رمضان", publication).at(0);
    CHECK(old.mention.value == "2012-08-06");
    CHECK(old.mention.disagreement.empty());
}

TEST_CASE("hijri: tomorrow named with its weekday is that weekday, after the date stamp too") {
    // Stamped Tuesday 4 August 2015: "غدا الخميس" is Thursday 6 August.
    CHECK(find_in("ويعقد الاجتماع غدا الخميس في الرياض", CivilDate{2015, 8, 4}).at(0).mention.value == "2015-08-06");
    CHECK(find_in("وقال أمس الاثنين إن", CivilDate{2015, 8, 4}).at(0).mention.value == "2015-08-03");
}

TEST_CASE("hijri: a Hijri date in an article's first lines is its publication date") {
    CHECK(hadath::date_in_header("الرياض - الأحد 17/10/1436هـ\nأعلنت الوزارة") == "2015-08-02");
    CHECK(hadath::date_in_header("1436/10/25 | جدة") == "2015-08-10");
    CHECK(hadath::date_in_header("السبت 2015-08-03 | الرياض") == "2015-08-03");
    CHECK(hadath::date_in_header("برقم 5352/1/1433 وقيد").empty());
}

TEST_CASE("hijri: hadath dates prints a pair's disagreement in its last column") {
    hadath::testing::TempDir dir;
    const auto article = dir.path() / "a.jsonl";
    std::ofstream(article) << "{\"id\":\"a\",\"date\":\"2015-07-22\",\"text\":\"آخر يوم هو الاثنين 2 ذو القعدة الموافق "
                              "31 أغسطس المقبل. ويبدأ في 16 شوال 1436هـ الموافق 1 أغسطس 2015م.\"}\n";
    const auto run = hadath::testing::run_hadath({"dates", article.string()}, dir.path());
    REQUIRE(run.status == 0);
    CHECK(run.out.find("\t2015-08-31\t-\tday\t2015-07-22\t2015-08-17\n") != std::string::npos);
    CHECK(run.out.find("\t2015-08-01\t-\tday\t2015-07-22\t-\n") != std::string::npos);
}
