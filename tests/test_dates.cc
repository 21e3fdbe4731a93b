// Temporal expressions: the table tests/corpus/ar/dates.tsv (real sentences) run through
// normalization and DateRules, plus calendar helpers and load errors.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "extract/dates.h"
#include "extract/entities.h"
#include "extract/normalize.h"
#include "extract/text.h"
#include "tests/corpus_support.h"
#include "tests/test_support.h"

using hadath::CivilDate;
using hadath::DateMention;
using hadath::DateRules;
using hadath::Normalizer;

namespace {

const DateRules& production_rules() {
    return hadath::testing::resources().dates;
}

// Whether the recognizer, reading `text` as one sentence, lets the date search read it.
bool date_search_reads(const std::string& text) {
    const hadath::Resources& resources = hadath::testing::resources();
    static const hadath::EntityRecognizer recognizer(resources);
    const hadath::NormalizedText normalized = resources.normalizer.normalize(text);
    const std::vector<hadath::Token> tokens = hadath::tokenize(normalized.text);
    hadath::Sentence whole;
    whole.end = normalized.text.size();
    whole.last_token = tokens.size();
    hadath::PersonMemory memory;
    const hadath::SentenceEntities s = recognizer.recognize(normalized, text, tokens, whole, std::nullopt, memory);
    return hadath::EntityRecognizer::may_hold_date(tokens, s);
}

struct Found {
    std::string text;  // original spelling of the span
    DateMention mention;
};

std::vector<Found> find_in(const std::string& sentence, std::optional<CivilDate> publication) {
    const auto normalized = Normalizer::builtin().normalize(sentence);
    std::vector<Found> found;
    for (auto& mention : production_rules().find(normalized.text, publication)) {
        const std::size_t begin = normalized.to_original(mention.begin);
        const std::size_t end = normalized.to_original(mention.end);
        found.push_back({sentence.substr(begin, end - begin), mention});
    }
    return found;
}

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> columns;
    std::stringstream stream(line);
    std::string column;
    while (std::getline(stream, column, '\t')) columns.push_back(column);
    return columns;
}

// Writes a lexicon directory with the given months.tsv and date_words.tsv contents.
std::filesystem::path write_lexicon(const std::string& name, const std::string& months, const std::string& words) {
    const auto dir = std::filesystem::temp_directory_path() / ("hadath_dates_" + name);
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "months.tsv") << months;
    std::ofstream(dir / "hijri_months.tsv") << "رمضان\t9\n";
    std::ofstream(dir / "ordinals.tsv") << "الأول\t1\n";
    std::ofstream(dir / "date_words.tsv") << words;
    return dir;
}

std::string load_error(const std::filesystem::path& dir) {
    try {
        DateRules::load(dir.string());
    } catch (const std::runtime_error& error) {
        return error.what();
    }
    return "";
}

// The rows of tests/corpus/ar/dates.tsv, each with its line number; comments and blank lines left out.
std::vector<std::pair<int, std::string>> dates_rows() {
    std::ifstream in(hadath::testing::source_dir() / "tests" / "corpus" / "ar" / "dates.tsv");
    REQUIRE(in);
    std::vector<std::pair<int, std::string>> rows;
    std::string line;
    for (int line_number = 1; std::getline(in, line); ++line_number)
        if (!line.empty() && line[0] != '#') rows.emplace_back(line_number, line);
    return rows;
}

}  // namespace

TEST_CASE("dates: every line of tests/corpus/ar/dates.tsv") {
    int positives = 0;
    int negatives = 0;
    for (const auto& [line_number, line] : dates_rows()) {
        const auto columns = split_tabs(line);
        INFO("dates.tsv:" << line_number << ": " << line);
        REQUIRE(columns.size() >= 6);
        const std::string& expression = columns[2];
        const std::string& value = columns[3];
        std::optional<CivilDate> publication;
        if (columns[0] != "-") {
            publication = hadath::parse_iso_date(columns[0]);
            REQUIRE(publication);
        }
        const auto found = find_in(columns[1], publication);
        std::string all;
        for (const auto& f : found) all += "[" + f.text + " = " + f.mention.value + "] ";
        INFO("found: " << all);

        if (value == "NONE") {
            ++negatives;
            // No expression may touch the words that are not a date.
            const std::size_t at = columns[1].find(expression);
            REQUIRE(at != std::string::npos);
            const auto normalized = Normalizer::builtin().normalize(columns[1]);
            for (const auto& mention : production_rules().find(normalized.text, publication)) {
                const std::size_t begin = normalized.to_original(mention.begin);
                const std::size_t end = normalized.to_original(mention.end);
                CHECK((end <= at || begin >= at + expression.size()));
            }
            continue;
        }
        ++positives;
        const Found* match = nullptr;
        for (const auto& f : found) {
            if (f.text == expression) match = &f;
        }
        REQUIRE(match != nullptr);
        CHECK(match->mention.value == (value == "-" ? "" : value));
        CHECK(match->mention.end_value == (columns[4] == "-" ? "" : columns[4]));
        CHECK(match->mention.precision == columns[5]);
        CHECK(match->mention.approximate == (columns.size() > 6 && columns[6] == "approximate"));
        CHECK(match->mention.relative == (match->mention.value.empty() || match->mention.relative));
    }
    CHECK(positives >= 80);
    CHECK(negatives >= 10);
}

TEST_CASE("dates: every expression of dates.tsv is in a sentence the date search reads") {
    // The search is skipped for sentences where no word may be part of a date: every date the
    // search finds must hold such a word (a number, a month, a unit...) by itself.
    int expressions = 0;
    for (const auto& [line_number, line] : dates_rows()) {
        const auto columns = split_tabs(line);
        INFO("dates.tsv:" << line_number);
        REQUIRE(columns.size() >= 6);
        const auto normalized = Normalizer::builtin().normalize(columns[1]);
        for (const auto& mention : production_rules().find(normalized.text, hadath::parse_iso_date("2015-07-20"))) {
            const std::string expression = normalized.text.substr(mention.begin, mention.end - mention.begin);
            INFO(columns[1] << "\nexpression: " << expression);
            CHECK(date_search_reads(expression));
            ++expressions;
        }
    }
    CHECK(expressions >= 100);
}

TEST_CASE("dates: words that only join or qualify a date open none while years and time words with clitics do") {
    // A number of fewer than four digits dates nothing without a time word: "ب16" is a date only before
    // a month ("ب16 يوليو"), which opens the search itself.
    for (const char* word : {"في", "من", "الماضي", "قبل", "منذ", "الذي", "خلال", "الرئيس", "وقال", "في الماضي", "ب16",
                             "الـ23", "بلغ عددهم 300 شخص", "الطائرة A320"}) {
        INFO(word);
        CHECK_FALSE(date_search_reads(word));
    }
    for (const char* word : {"2015", "ب2015", "21/7/2015", "1436هـ", "أمس", "وأمس", "للعام", "والشهر", "الخميس",
                             "يوليو", "أيلول", "سنوات", "رمضان", "ب16 يوليو", "الـ23 من الشهر", "في الأسبوع الماضي"}) {
        INFO(word);
        CHECK(date_search_reads(word));
    }
}

TEST_CASE("dates: every time word is read by the date search with each clitic the date lexicon strips") {
    // The recognizer finds the time words through the phrase index, whose clitics must cover the
    // date lexer's: a conjunction, then a preposition, and لل for ل + ال.
    const std::vector<std::string> words = production_rules().time_words();
    CHECK(words.size() >= 50);
    for (const std::string& word : words) {
        std::vector<std::string> forms = {word};
        for (const char* conjunction : {"", "و", "ف"})
            for (const char* preposition : {"", "ب", "ل", "ك"})
                forms.push_back(conjunction + std::string(preposition) + word);
        if (word.rfind("ال", 0) == 0) forms.push_back("لل" + word.substr(std::string("ال").size()));
        for (const std::string& form : forms) {
            INFO(form);
            CHECK(date_search_reads(form));
        }
    }
}

TEST_CASE("dates: relative expressions without a publication date keep their span and no value") {
    const auto found = find_in("انعقد أمس الثلاثاء اجتماع في الربع الثالث", std::nullopt);
    REQUIRE(found.size() == 2);
    CHECK(found[0].text == "أمس الثلاثاء");
    CHECK(found[0].mention.value.empty());
    CHECK(found[0].mention.relative);
    CHECK(found[1].text == "الربع الثالث");
    CHECK(found[1].mention.value.empty());
    CHECK(found[1].mention.precision == "quarter");
}

TEST_CASE("dates: tense decides the year of a bare day and month") {
    const CivilDate publication{2023, 6, 22};
    CHECK(find_in("اجتمع الوفدان في 25 يونيو", publication).at(0).mention.value == "2022-06-25");
    CHECK(find_in("سيعقد الاجتماع في 25 يونيو", publication).at(0).mention.value == "2023-06-25");
    CHECK(find_in("الاجتماع في 20 يونيو المقبل", publication).at(0).mention.value == "2024-06-20");
    CHECK(find_in("وصل الوفد الخميس", publication).at(0).mention.value == "2023-06-22");
    CHECK(find_in("وصل الوفد الأربعاء", publication).at(0).mention.value == "2023-06-21");
    CHECK(find_in("سيصل الوفد الجمعة", publication).at(0).mention.value == "2023-06-23");
    CHECK(find_in("في أيلول المقبل", publication).at(0).mention.value == "2023-09");
}

TEST_CASE("dates: the weekday before the date stamp, named alone, is that day in any tense") {
    // Wire copy stamped a day late: "وسيستقبل كيري الاثنين نظيره الكوبي" stamped Tuesday meant Monday.
    const CivilDate thursday{2023, 6, 22};
    CHECK(find_in("سيصل الوفد الأربعاء", thursday).at(0).mention.value == "2023-06-21");
    CHECK(find_in("يجتمع المجلس الأربعاء", thursday).at(0).mention.coming_value.empty());
    // Further ahead, or with a word for the coming one, it is still the coming one.
    CHECK(find_in("سيصل الوفد الثلاثاء", thursday).at(0).mention.value == "2023-06-27");
    CHECK(find_in("سيصل الوفد الأربعاء المقبل", thursday).at(0).mention.value == "2023-06-28");
    CHECK(find_in("يجتمع المجلس الثلاثاء", thursday).at(0).mention.coming_value == "2023-06-27");
}

TEST_CASE("dates: today with its weekday is the writer's day up to a week before the stamp") {
    // Corpus snn-2015-07-21-1700, stamped Tuesday 21 July: "اليوم الجمعة" was Friday 17 July.
    const CivilDate tuesday{2015, 7, 21};
    CHECK(find_in("قال المدرب اليوم الجمعة إن الفريق جاهز", tuesday).at(0).mention.value == "2015-07-17");
    CHECK(find_in("قال المدرب اليوم (الأحد) إن الفريق جاهز", tuesday).at(0).mention.value == "2015-07-19");
    // Past midnight of the writer's time zone, the stamp may still show the day before.
    CHECK(find_in("قال المدرب اليوم الأربعاء إن الفريق جاهز", tuesday).at(0).mention.value == "2015-07-22");
    // Tomorrow with its weekday still looks both ways.
    CHECK(find_in("يصل الوفد غدا الجمعة", tuesday).at(0).mention.value == "2015-07-24");
}

TEST_CASE("dates: a weekday named with a bare day and month picks the year where they agree") {
    const CivilDate publication{2015, 8, 1};
    // Read as past, 2 August would be 2014's, a Saturday; 2 August 2015 is the Sunday.
    CHECK(find_in("وقال الوزير يوم الأحد 2 آب إن المحادثات مستمرة", publication).at(0).mention.value == "2015-08-02");
    CHECK(find_in("قال الوزير في 2 آب إن المحادثات مستمرة", publication).at(0).mention.value == "2014-08-02");
    // Already in agreement, or with a year of its own, the date stays.
    CHECK(find_in("عقد الاجتماع الأربعاء 29 تموز", publication).at(0).mention.value == "2015-07-29");
    CHECK(find_in("عقد الاجتماع الخميس 5 آب 2010", publication).at(0).mention.value == "2010-08-05");
    // A span moves as a whole.
    const Found span = find_in("وقال إن الاجتماعات تجري الأحد 2 و3 آب", publication).at(0);
    CHECK(span.mention.value == "2015-08-02");
    CHECK(span.mention.end_value == "2015-08-03");
}

TEST_CASE("dates: parse_iso_date accepts real days only") {
    CHECK(hadath::parse_iso_date("2024-02-29"));
    CHECK_FALSE(hadath::parse_iso_date("2023-02-29"));
    CHECK_FALSE(hadath::parse_iso_date("2023-13-01"));
    CHECK_FALSE(hadath::parse_iso_date("2023/06/21"));
}

TEST_CASE("dates: a malformed data line is reported with file and line") {
    const std::string good_words = "أمس\trelative_day\t-1\n";
    SECTION("month number out of range") {
        const auto dir = write_lexicon("month", "# months\nيناير\t1\nفبراير\t13\n", good_words);
        const std::string message = load_error(dir);
        CHECK(message.find("months.tsv:3:") != std::string::npos);
    }
    SECTION("unknown kind") {
        const auto dir = write_lexicon("kind", "يناير\t1\n", "أمس\trelative_day\t-1\n\nغدا\ttomorrow\n");
        const std::string message = load_error(dir);
        CHECK(message.find("date_words.tsv:3:") != std::string::npos);
        CHECK(message.find("unknown kind") != std::string::npos);
    }
    SECTION("missing value") {
        const auto dir = write_lexicon("value", "يناير\t1\n", "الأحد\tweekday\n");
        CHECK(load_error(dir).find("date_words.tsv:1:") != std::string::npos);
    }
    SECTION("one word with two values of one kind") {
        const auto dir = write_lexicon("conflict", "آب\t8\nاب\t7\n", good_words);
        CHECK(load_error(dir).find("months.tsv:2:") != std::string::npos);
    }
    SECTION("a missing file") {
        const auto dir = std::filesystem::temp_directory_path() / "hadath_dates_missing_dir";
        CHECK(load_error(dir).find("cannot open") != std::string::npos);
    }
}

TEST_CASE("dates: the day before yesterday, in either order of its words") {
    // corpus snn-2015-07-25-1269
    const CivilDate publication{2015, 7, 25};
    for (const char* sentence : {"استقبل خادم الحرمين الشريفين في قصر السلام أمس الأول وزير الخارجية المصري.",
                                 "وكان الوزير قد وصل أول من أمس إلى جدة.",
                                 // corpus snn-2015-08-02-1112: "the night before last"
                                 "تلقى خادم الحرمين الشريفين اتصالا هاتفيا البارحة الأولى، من الرئيس الفرنسي.",
                                 // corpus snn-2015-08-08-0071: not tonight ("الليلة") but the night before last
                                 "وبعد الإعلان عن إطلاق سراحها، الليلة قبل الماضية، أكدت الرئاسة الفرنسية أن فرنسا "
                                 "بذلت كل جهودها."}) {
        INFO(sentence);
        const auto found = find_in(sentence, publication);
        REQUIRE(found.size() == 1);
        CHECK(found[0].mention.value == "2015-07-23");
    }
}

TEST_CASE("dates: a date right after حتى ends a span, unless it ends a range opened just before") {
    const CivilDate publication{2015, 8, 5};
    const auto until = find_in("واستمرت الهجمات حتى 15 يوليو", publication);
    REQUIRE(until.size() == 1);
    CHECK(until[0].mention.bounds_span);
    CHECK(find_in("وتستمر الحملة لغاية 20 أغسطس", publication).at(0).mention.bounds_span);
    // "حتى" further back is as often "even": "حتى إن الوزير أعلن يوم الاثنين".
    CHECK_FALSE(find_in("حتى إن الوزير أعلن يوم الاثنين", publication).at(0).mention.bounds_span);
    // After "بين", "حتى" ends the range itself: the dates are the conference's.
    const auto conference =
        find_in("تنطلق فعاليات المؤتمر في الفترة بين الخامس عشر وحتى السابع عشر من نوفمبر 2015م.", publication);
    REQUIRE_FALSE(conference.empty());
    CHECK_FALSE(conference.back().mention.bounds_span);
    CHECK(conference.back().mention.value.substr(0, 7) == "2015-11");
}

TEST_CASE("dates: a date a few words after منذ starts a span") {
    const CivilDate publication{2015, 7, 24};
    // corpus snn-2015-07-24-1235: the talks came after the deal signed on 14 July.
    const auto since = find_in("هذه المباحثات هي الأولى منذ توقيع الاتفاقية مع إيران في 14 يوليو", publication);
    REQUIRE(since.size() == 1);
    CHECK(since[0].mention.bounds_span);
    // Past a comma the date is the next clause's own.
    const auto after_comma = find_in("وذلك منذ توقيع الاتفاقية، وقد وصل الوزير في 14 يوليو", publication);
    REQUIRE(after_comma.size() == 1);
    CHECK_FALSE(after_comma[0].mention.bounds_span);
}

TEST_CASE(
    "dates: a day written as an ordinal, or in figures before a month told by its place in time, takes that month") {
    const CivilDate publication{2018, 5, 16};
    const auto first = [&](const std::string& sentence) { return find_in(sentence, publication).at(0); };
    CHECK(first("وقال إن الهجوم وقع في الرابع عشر من الشهر الماضي").mention.value == "2018-04-14");
    CHECK(first("وقال إن الهجوم وقع في الرابع عشر من الشهر الماضي").text == "الرابع عشر من الشهر الماضي");
    CHECK(first("تعقد القمة في الخامس من يونيو المقبل").mention.value == "2018-06-05");
    CHECK(first("وقع الاتفاق في الأول من مارس 2017").mention.value == "2017-03-01");
    CHECK(first("منذ الثالث من الشهر الجاري").mention.value == "2018-05-03");
    // 21 Ramadan 1439 (5 June 2018) is after publication: the past one, 21 Ramadan 1438 = 16 June 2017.
    CHECK(first("وتم ذلك في الحادي والعشرين من شهر رمضان").mention.value == "2017-06-16");
    // غرة: the first day.
    CHECK(first("وتنطلق غرة الشهر المقبل").mention.value == "2018-06-01");
    // 1 Ramadan 1439 is 16 May 2018 in the Umm al-Qura table (the moon was seen a day later).
    CHECK(first("بدأ الصيام غرة شهر رمضان").mention.value == "2018-05-16");
    // corpus snn-2015-08-10-1227, snn-2015-08-09-0962: a day in figures of a month told by its place in time.
    CHECK(first("وأعلنت أفغانستان في 29 الشهر الماضي وفاة الملا عمر").mention.value == "2018-04-29");
    CHECK(first("وصوت مجلس الأمن يوم 20 من الشهر الماضي على القرار").mention.value == "2018-04-20");
    // A score is no day of Safar ("فاز بنتيجة 1 صفر").
    CHECK(find_in("وفاز الفريق على النجم بنتيجة 1 صفر", publication).empty());
    // An ordinal that is no day of a month.
    CHECK(find_in("والاجتماع الرابع من نوعه", publication).empty());
    CHECK(find_in("الجولة الثالثة من المحادثات", publication).empty());
}

TEST_CASE("dates: days are written as printf's %04d-%02d-%02d writes them") {
    for (const auto& [year, month, day] : std::vector<std::tuple<int, int, int>>{{2015, 7, 20},
                                                                                 {1436, 12, 1},
                                                                                 {5, 1, 9},
                                                                                 {999, 10, 31},
                                                                                 {9999, 99, 99},
                                                                                 {10000, 1, 1},
                                                                                 {-44, 3, 15},
                                                                                 {2018, 0, 0},
                                                                                 {2018, 100, 7}}) {
        char expected[48];
        std::snprintf(expected, sizeof expected, "%04d-%02d-%02d", year, month, day);
        CHECK(hadath::format_iso_date(year, month, day) == expected);
    }
    CHECK(hadath::format_iso_date(CivilDate{2017, 1, 23}) == "2017-01-23");
}

TEST_CASE("dates: a word of a period's part that ends the text has no date after it") {
    // Found by fuzzing: "منتصف" as the last word sent the year search past the last token.
    const CivilDate publication{2015, 8, 5};
    CHECK(find_in("وسيعقد الاجتماع في منتصف", publication).empty());
    CHECK(find_in("ينتهي العمل بحلول نهاية", publication).empty());
    const auto year = find_in("ينتهي العمل في منتصف 2016", publication);
    REQUIRE(year.size() == 1);
    CHECK(year[0].mention.value == "2016");
}

TEST_CASE("dates: a month name that is also a word is a month after في or منذ, a part of a period, or before الماضي") {
    const CivilDate publication{2015, 8, 6};
    // Corpus snn-2015-08-06-1359, snn-2015-07-31-1021, snn-2015-08-06-1889.
    CHECK(find_in("وزار جنتيلوني طهران في مارس.", publication).at(0).mention.value == "2015-03");
    CHECK(find_in("وفي أواخر مارس، أبلغ الرئيس الأميركي باراك أوباما نظيره المصري", publication).at(0).mention.value ==
          "2015-03");
    CHECK(find_in("بعدما رفعت واشنطن في مارس الماضي التجميد", publication).at(0).mention.value == "2015-03");
    CHECK(find_in("وذلك منذ مارس الماضي", publication).at(0).mention.value == "2015-03");
    // The verb "practised" is no month.
    CHECK(find_in("وقد مارس الضغط على الحكومة.", publication).empty());
    CHECK(find_in("مارس الضغط على الحكومة في الاجتماع.", publication).empty());
}
