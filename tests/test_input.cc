// Reading articles: .txt files, directories with a manifest, JSON Lines, dates
// printed in article headers, and bad input that is reported and skipped.
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "extract/input.h"
#include "tests/test_support.h"

namespace fs = std::filesystem;
using hadath::InputDocument;
using hadath::InputOptions;
using hadath::testing::temp_dir;
using hadath::testing::write_file;

namespace {

struct Collected {
    std::vector<InputDocument> documents;
    std::vector<std::string> skipped;
    std::vector<std::string> notes;

    hadath::InputSink sink() {
        hadath::InputSink s;
        s.document = [this](InputDocument&& document) { documents.push_back(std::move(document)); };
        s.skipped = [this](const std::string& message) { skipped.push_back(message); };
        s.note = [this](const std::string& message) { notes.push_back(message); };
        return s;
    }

    std::vector<std::string> ids() const {
        std::vector<std::string> out;
        for (const auto& d : documents) out.push_back(d.info.id);
        return out;
    }
    std::vector<std::string> dates() const {
        std::vector<std::string> out;
        for (const auto& d : documents) out.push_back(d.info.date);
        return out;
    }
};

Collected read(const std::vector<std::string>& inputs, const InputOptions& options = {}) {
    Collected collected;
    hadath::read_inputs(inputs, options, collected.sink());
    return collected;
}

Collected read_jsonl(const std::string& lines, const std::string& source, const InputOptions& options = {}) {
    Collected collected;
    std::istringstream in(lines);
    hadath::read_jsonl_articles(in, source, options, collected.sink());
    return collected;
}

std::string sample(const std::string& name) {
    return hadath::testing::read_file(hadath::testing::samples_dir() / name);
}

const std::string kSample001 = "001_83198d24877d83e8";
const std::string kSample002 = "002_419dc2084f3f1c81";

// Real first lines: samples/astana/000 and 003.
const std::string kHeadline = "كازاخستان تفاجئ روسيا وتعلن إنهاء مسلسل \"محادثات أستانا\" وموسكو ترد\n";
const std::string kParagraph =
    "وشارك ممثلو الأمم المتحدة والأردن ولبنان والعراق كمراقبين. عقدت المفاوضات بشأن سوريا في أستانا لأول مرة في كانون "
    "الثاني (يناير) 2017.\n";

}  // namespace

TEST_CASE("a .txt file is one document named by its stem", "[input]") {
    // A copy outside the samples directory has no manifest: the date comes from the header.
    const auto dir = temp_dir("txt");
    const auto path = write_file(dir / (kSample001 + ".txt"), sample(kSample001 + ".txt"));
    const Collected c = read({path.string()});
    REQUIRE(c.documents.size() == 1);
    CHECK(c.skipped.empty());
    const InputDocument& d = c.documents[0];
    CHECK(d.info.id == kSample001);
    CHECK(d.info.date == "2023-06-21");
    CHECK(d.info.title.empty());
    CHECK(d.text == sample(kSample001 + ".txt"));
    CHECK(d.origin == path.string());
}

TEST_CASE("a .txt file beside a manifest takes the manifest's id and date", "[input]") {
    const Collected c = read({(hadath::testing::samples_dir() / (kSample002 + ".txt")).string()});
    REQUIRE(c.documents.size() == 1);
    CHECK(c.skipped.empty());
    CHECK(c.documents[0].info.id == kSample002);
    CHECK(c.documents[0].info.date == "2022-09-01");
}

TEST_CASE("the samples directory gives five documents in name order with the manifest's dates", "[input]") {
    const Collected c = read({hadath::testing::samples_dir().string()});
    CHECK(c.skipped.empty());
    CHECK(c.ids() == std::vector<std::string>{"000_8dd5160a0a9bfbf0", "001_83198d24877d83e8", "002_419dc2084f3f1c81",
                                              "003_7087a378d90ed0f8", "004_631fa335b097e9b7"});
    // 003 has a null date in the manifest: it stays unknown, though 2023 and 2017 appear in its text.
    CHECK(c.dates() == std::vector<std::string>{"2023-06-22", "2023-06-21", "2022-09-01", "", "2023-06-21"});
    for (const auto& d : c.documents) {
        INFO(d.info.id);
        CHECK(d.text == sample(d.info.id + ".txt"));
        CHECK(d.text.find("\"date_note\"") == std::string::npos);
    }
}

TEST_CASE("a directory reads .txt and .jsonl files in name order, the manifest gives ids, titles and dates",
          "[input]") {
    const auto dir = temp_dir("directory");
    write_file(dir / "b_headline.txt", kHeadline);
    write_file(dir / "c_paragraph.txt", kParagraph);
    write_file(dir / "a_feed.jsonl", "{\"id\": \"snn-2015-07-27-0296\", \"date\": \"2015-07-27\", \"text\": " +
                                         std::string("\"نظمت الشركة السعودية للكهرباء يوم الأربعاء الماضي "
                                                     "2015/07/22 حفلات المعايدة في المقر الرئيس\"}\n"));
    write_file(dir / "notes.md", "not an article\n");
    write_file(dir / "manifest.jsonl",
               "{\"id\": \"orient-astana\", \"file\": \"b_headline.txt\", \"date\": \"2023-06-22\", "
               "\"title\": \"كازاخستان تفاجئ روسيا\", \"source\": \"orient\", \"url\": \"https://example.org/1\"}\n");
    const Collected c = read({dir.string()});
    CHECK(c.skipped.empty());
    REQUIRE(c.ids() == std::vector<std::string>{"snn-2015-07-27-0296", "orient-astana", "c_paragraph"});
    CHECK(c.documents[0].info.date == "2015-07-27");
    CHECK(c.documents[0].origin == (dir / "a_feed.jsonl").string() + ":1");
    const auto& headline = c.documents[1].info;
    CHECK(headline.date == "2023-06-22");
    CHECK(headline.title == "كازاخستان تفاجئ روسيا");
    CHECK(headline.source == "orient");
    CHECK(headline.url == "https://example.org/1");
    CHECK(c.documents[1].text == kHeadline);
    // Not in the manifest, no date printed in its first lines.
    CHECK(c.documents[2].info.date.empty());
}

TEST_CASE("a .jsonl file gives one document per line with its fields", "[input][jsonl]") {
    const auto dir = temp_dir("jsonl");
    const auto path = write_file(
        dir / "saudinewsnet.jsonl",
        "{\"id\": \"snn-2015-07-21-0160\", \"date\": \"2015-07-21\", \"source\": \"aawsat\", \"title\": \"المغرب\", "
        "\"url\": \"http://aawsat.com/home/article/1\", "
        "\"text\": \"وتوقعت الحكومة أن يحقق الاقتصاد الوطني نموا بنسبة 5 في المائة، عوض 4.4 في المائة\"}\r\n"
        "\n"
        "{\"id\": 1409, \"date\": \"2015-07-21T18:30:00Z\", \"text\": \"وأضاف \\\"ينبغي إطلاق سراح الصحفي\\\"\"}\n"
        "{\"text\": \"وقال مركز المحيط الهادي للتحذير من موجات تسونامي\", \"date\": \"2015-13-01\"}\n");
    const Collected c = read({path.string()});
    // Only the date that is no calendar day is reported.
    CHECK(c.skipped == std::vector<std::string>{path.string() + ":4: document 'saudinewsnet-4': date '2015-13-01' is "
                                                                "not YYYY-MM-DD; the document is read without it"});
    REQUIRE(c.documents.size() == 3);
    const auto& first = c.documents[0];
    CHECK(first.info.id == "snn-2015-07-21-0160");
    CHECK(first.info.date == "2015-07-21");
    CHECK(first.info.source == "aawsat");
    CHECK(first.info.title == "المغرب");
    CHECK(first.info.url == "http://aawsat.com/home/article/1");
    CHECK(first.text == "وتوقعت الحكومة أن يحقق الاقتصاد الوطني نموا بنسبة 5 في المائة، عوض 4.4 في المائة");
    CHECK(first.origin == path.string() + ":1");
    // A numeric id and a date with a time.
    CHECK(c.documents[1].info.id == "1409");
    CHECK(c.documents[1].info.date == "2015-07-21");
    CHECK(c.documents[1].text == "وأضاف \"ينبغي إطلاق سراح الصحفي\"");
    CHECK(c.documents[1].origin == path.string() + ":3");
    // No id: the file stem and line; a date that is no calendar day is dropped.
    CHECK(c.documents[2].info.id == "saudinewsnet-4");
    CHECK(c.documents[2].info.date.empty());
}

TEST_CASE("the default date is used only for documents without a date", "[input][dates]") {
    InputOptions options;
    options.default_date = "2023-06-25";

    SECTION("JSON Lines") {
        const Collected c = read_jsonl(
            "{\"id\": \"dated\", \"date\": \"2015-07-21\", \"text\": \"وقال الاتحاد أيضا انه سيعقد مؤتمرا صحافيا\"}\n"
            "{\"id\": \"undated\", \"text\": \"وقال الاتحاد أيضا انه سيعقد مؤتمرا صحافيا\"}\n"
            "{\"id\": \"bad-date\", \"date\": \"21/07/2015\", "
            "\"text\": \"وقال الاتحاد أيضا انه سيعقد مؤتمرا صحافيا\"}\n",
            "feed.jsonl", options);
        CHECK(c.skipped.size() == 1);  // the bad date, reported
        CHECK(c.dates() == std::vector<std::string>{"2015-07-21", "2023-06-25", "2023-06-25"});
    }
    SECTION("the samples directory: only 003, whose manifest date is null") {
        const Collected c = read({hadath::testing::samples_dir().string()}, options);
        CHECK(c.dates() ==
              std::vector<std::string>{"2023-06-22", "2023-06-21", "2022-09-01", "2023-06-25", "2023-06-21"});
    }
    SECTION("a .txt file with no date of its own") {
        const auto dir = temp_dir("default_date");
        const auto path = write_file(dir / "paragraph.txt", kParagraph);
        const Collected c = read({path.string()}, options);
        REQUIRE(c.documents.size() == 1);
        CHECK(c.documents[0].info.date == "2023-06-25");
    }
    SECTION("without a default, an undated record has no date") {
        const Collected c = read_jsonl(
            "{\"id\": \"undated\", \"text\": \"وقال الاتحاد أيضا انه سيعقد مؤتمرا صحافيا\"}\n", "feed.jsonl");
        CHECK(c.dates() == std::vector<std::string>{""});
    }
}

TEST_CASE("date_in_header reads the dates printed at the top of an article", "[input][dates]") {
    CHECK(hadath::date_in_header(sample(kSample001 + ".txt")) == "2023-06-21");
    CHECK(hadath::date_in_header(sample(kSample002 + ".txt")) == "2022-09-01");
    // snn-2015-07-27-0296
    CHECK(hadath::date_in_header("نظمت الشركة السعودية للكهرباء يوم الأربعاء الماضي 2015/07/22 حفلات المعايدة") ==
          "2015-07-22");
    CHECK(hadath::date_in_header("السبت 2015-08-03 | الرياض") == "2015-08-03");
}

TEST_CASE("date_in_header finds nothing where no full date is printed", "[input][dates]") {
    CHECK(hadath::date_in_header(sample("000_8dd5160a0a9bfbf0.txt")).empty());
    CHECK(hadath::date_in_header(sample("003_7087a378d90ed0f8.txt")).empty());
    CHECK(hadath::date_in_header(sample("004_631fa335b097e9b7.txt")).empty());
    CHECK(hadath::date_in_header("").empty());
    CHECK(hadath::date_in_header(kParagraph).empty());
    // Not a calendar day, mixed separators, and a longer run of digits.
    CHECK(hadath::date_in_header("2023/13/45").empty());
    CHECK(hadath::date_in_header("2023/06-21").empty());
    CHECK(hadath::date_in_header("12023/06/21").empty());
    CHECK(hadath::date_in_header("2023/06/211").empty());
    // A date further down is about something else.
    std::string late;
    while (late.size() < 700) late += kParagraph;
    CHECK(hadath::date_in_header(late + "2023/06/21").empty());
}

TEST_CASE("bad .txt files are skipped with one message each, the others are read", "[input][errors]") {
    struct Case {
        std::string name, contents, reason;
    };
    const std::vector<Case> cases = {
        {"invalid_utf8.txt", "وقال الاتحاد \xD8\xFF أيضا", "invalid UTF-8"},
        {"empty.txt", "", "empty"},
        {"blank.txt", " \n\r\n\t", "empty"},
        {"nul.txt", std::string("وقال الاتحاد\0 أيضا", sizeof("وقال الاتحاد\0 أيضا") - 1), "NUL"},
    };
    for (const Case& bad : cases) {
        INFO(bad.name);
        const auto dir = temp_dir("bad_txt");
        write_file(dir / "a_good.txt", kHeadline);
        const auto path = write_file(dir / bad.name, bad.contents);
        write_file(dir / "z_good.txt", kParagraph);
        const Collected c = read({dir.string()});
        CHECK(c.ids() == std::vector<std::string>{"a_good", "z_good"});
        REQUIRE(c.skipped.size() == 1);
        CHECK_THAT(c.skipped[0], Catch::Matchers::StartsWith(path.string() + ": "));
        CHECK_THAT(c.skipped[0], Catch::Matchers::Contains(bad.reason));
    }
}

TEST_CASE("bad JSON Lines are skipped with one message each naming file and line", "[input][errors][jsonl]") {
    const std::string good_before = "{\"id\": \"before\", \"text\": \"وقال الاتحاد أيضا انه سيعقد مؤتمرا صحافيا\"}\n";
    const std::string good_after = "{\"id\": \"after\", \"text\": \"وشارك ممثلو الأمم المتحدة كمراقبين.\"}\n";
    struct Case {
        std::string what, line, reason;
    };
    const std::vector<Case> cases = {
        {"malformed JSON", "{\"id\": \"broken\", \"text\": \"وقال", "malformed JSON"},
        {"no text", "{\"id\": \"no-text\", \"title\": \"بريطانيا\"}", "no \"text\""},
        {"text that is not a string", "{\"id\": \"number\", \"text\": 42}", "no \"text\""},
        {"not an object", "[\"وقال\"]", "not a JSON object"},
        {"a NUL byte", "{\"id\": \"nul\", \"text\": \"وقال\\u0000 الاتحاد\"}", "NUL"},
        {"invalid UTF-8", "{\"id\": \"latin1\", \"text\": \"caf\xE9 \xD9\"}", "invalid UTF-8"},
        {"empty text", "{\"id\": \"empty\", \"text\": \"  \"}", "empty"},
    };
    for (const Case& bad : cases) {
        INFO(bad.what);
        const auto dir = temp_dir("bad_jsonl");
        const auto path = write_file(dir / "feed.jsonl", good_before + bad.line + "\n" + good_after);
        const Collected c = read({path.string()});
        CHECK(c.ids() == std::vector<std::string>{"before", "after"});
        REQUIRE(c.skipped.size() == 1);
        CHECK_THAT(c.skipped[0], Catch::Matchers::StartsWith(path.string() + ":2: "));
        CHECK_THAT(c.skipped[0], Catch::Matchers::Contains(bad.reason));
    }
}

TEST_CASE("a control character written raw in a JSON string is malformed JSON wherever it stands",
          "[input][errors][jsonl]") {
    // Strings are scanned sixteen bytes at a time: each control character is tried at every offset of a block.
    for (int control = 0x01; control < 0x20; ++control) {
        if (control == '\n') continue;
        for (std::size_t offset = 0; offset < 32; ++offset) {
            const std::string line = "{\"id\": \"control\", \"text\": \"" + std::string(offset, 'a') +
                                     static_cast<char>(control) + "وقال الوزير إن الاجتماع عقد أمس\"}";
            INFO("control character " << control << " after " << offset << " bytes");
            const Collected c = read_jsonl(line + "\n{\"id\": \"next\", \"text\": \"وقال الوزير\"}\n", "feed");
            CHECK(c.ids() == std::vector<std::string>{"next"});
            REQUIRE(c.skipped.size() == 1);
            CHECK_THAT(c.skipped[0], Catch::Matchers::StartsWith("feed:1: malformed JSON"));
        }
    }
}

TEST_CASE("read_jsonl_articles names the source it was given", "[input][errors][jsonl]") {
    const Collected c = read_jsonl("\n{\"id\": 1}\n", "<stdin>");
    CHECK(c.documents.empty());
    REQUIRE(c.skipped.size() == 1);
    CHECK_THAT(c.skipped[0], Catch::Matchers::StartsWith("<stdin>:2: "));
}

TEST_CASE("a missing input is reported, naming it, and the inputs around it are read", "[input][errors]") {
    const auto dir = temp_dir("partial");
    const auto good = write_file(dir / "headline.txt", kHeadline);
    const auto feed =
        write_file(dir / "feed.jsonl", "{\"id\": \"p\", \"text\": \"" + std::string("وقال الوزير") + "\"}\n");
    const auto missing = (dir / "absent.txt").string();
    const Collected c = read({good.string(), missing, feed.string()});
    CHECK(c.ids() == std::vector<std::string>{"headline", "p"});
    REQUIRE(c.skipped.size() == 1);
    CHECK(c.skipped[0] == missing + ": no such file or directory; skipped");
}

TEST_CASE("a record date that is not YYYY-MM-DD is reported, the record is read without it", "[input][dates][jsonl]") {
    for (const std::string date : {"02/08/2015", "2015-8-15", "20150815", "2015-02-30"}) {
        INFO(date);
        const Collected c = read_jsonl("{\"id\": \"a\", \"date\": \"" + date + "\", \"text\": \"قال الوزير\"}\n",
                                       "feed.jsonl", InputOptions{"2015-01-01", ""});
        REQUIRE(c.documents.size() == 1);
        CHECK(c.documents[0].info.date == "2015-01-01");  // --date, as for a record without one
        REQUIRE(c.skipped.size() == 1);
        CHECK(c.skipped[0] ==
              "feed.jsonl:1: document 'a': date '" + date + "' is not YYYY-MM-DD; the document is read without it");
    }
    const Collected with_time =
        read_jsonl("{\"id\": \"t\", \"date\": \"2015-08-15T10:20:00Z\", \"text\": \"قال\"}\n", "feed.jsonl");
    CHECK(with_time.dates() == std::vector<std::string>{"2015-08-15"});
    CHECK(with_time.skipped.empty());
}

TEST_CASE("plain text where JSON Lines are read is explained once", "[input][errors][jsonl]") {
    const Collected c = read_jsonl(kHeadline + kParagraph + "\n" + kParagraph, "<stdin>");
    CHECK(c.documents.empty());
    REQUIRE(c.skipped.size() == 2);
    CHECK_THAT(c.skipped[0], Catch::Matchers::StartsWith("<stdin>:1: not JSON; <stdin> is read as JSON Lines"));
    CHECK_THAT(c.skipped[0], Catch::Matchers::Contains(".txt file"));
    CHECK(c.skipped[1] == "<stdin>:1: 2 more lines after it are not JSON either; skipped");
}

TEST_CASE("a directory without articles and a text without Arabic say so", "[input][errors]") {
    const auto empty = temp_dir("empty_dir");
    const Collected none = read({empty.string()});
    REQUIRE(none.skipped.size() == 1);
    CHECK(none.skipped[0] == empty.string() + ": no .txt or .jsonl file in this directory; nothing read from it");
    const auto dir = temp_dir("english");
    const auto english = write_file(dir / "en.txt", "The foreign minister said talks would resume in Astana.\n");
    const Collected c = read({english.string()});
    CHECK(c.ids() == std::vector<std::string>{"en"});
    CHECK(c.skipped.empty());
    CHECK(c.notes ==
          std::vector<std::string>{english.string() + ": no Arabic text in it; hadath reads Arabic articles"});
}
