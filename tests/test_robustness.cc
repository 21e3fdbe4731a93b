// Bad and hostile input given to the real program: every bad document is
// reported with its file (and line) and skipped while the others are read,
// and time grows linearly with adversarial input.
#include <filesystem>
#include <string>
#include <vector>

#include "export/events_jsonl.h"
#include "extract/input.h"
#include "process_support.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace hadath::testing;

namespace {

// A sentence the extractor reads as a statement by Russia's foreign minister.
const std::string kStatement = "وقال وزير الخارجية الروسي سيرغي لافروف إن الاجتماع المقبل سيعقد في أستانا.";

bool has_events_of(const fs::path& output, const std::string& doc) {
    return read_file(output / "events.jsonl").find("\"doc\":\"" + doc + "\"") != std::string::npos;
}

// Builds `good.txt` plus one bad file; the bad one must be reported as
// `expected_message`, skipped, and good.txt still read.
void expect_skipped(const std::string& bad_name, const std::string& bad_content, const std::string& expected_message) {
    TempDir dir;
    fs::create_directory(dir / "in");
    write_file(dir / "in" / "good.txt", kStatement);
    write_file(dir / "in" / bad_name, bad_content);
    const Run run =
        run_hadath({"build", (dir / "in").string(), "-o", (dir / "out").string(), "--date", "2023-06-21"}, dir.path());
    INFO(run.err);
    CHECK(run.status == 3);
    CHECK(run.err.find(expected_message) != std::string::npos);
    CHECK(has_events_of(dir / "out", "good"));
}

}  // namespace

TEST_CASE("bad text files are reported by name and skipped, the others are read", "[robustness]") {
    SECTION("invalid UTF-8") {
        expect_skipped("bad.txt", "قال \xC3\x28 \xFF\xFE", "bad.txt: invalid UTF-8");
    }
    SECTION("NUL bytes") {
        expect_skipped("nul.txt", std::string("قال\0الوزير", 16), "nul.txt: contains NUL bytes");
    }
    SECTION("an empty file") {
        expect_skipped("empty.txt", "", "empty.txt: empty document");
    }
    SECTION("only white space") {
        expect_skipped("blank.txt", " \r\n\t\n", "blank.txt: empty document");
    }
}

TEST_CASE("bad JSON Lines are reported by file and line and skipped", "[robustness]") {
    SECTION("a malformed line") {
        expect_skipped("a.jsonl", "{\"id\":\"x\",\"text\":\"قال\"\n", "a.jsonl:1: malformed JSON");
    }
    SECTION("a line without text") {
        expect_skipped("a.jsonl", "{\"id\":\"ok\",\"text\":\"قال الوزير\"}\n{\"id\":\"x\",\"title\":\"t\"}\n",
                       "a.jsonl:2: no \"text\" string");
    }
    SECTION("a line that is not an object") {
        expect_skipped("a.jsonl", "\n\n[1,2]\n", "a.jsonl:3: not a JSON object");
    }
    SECTION("deeply nested arrays") {
        expect_skipped("a.jsonl", "{\"id\":\"x\",\"text\":\"قال\"}\n" + std::string(100000, '[') + "\n",
                       "a.jsonl:2: malformed JSON");
    }
    SECTION("arrays nested a million deep") {
        expect_skipped("a.jsonl", std::string(1000000, '[') + "\n", "a.jsonl:1: malformed JSON");
    }
    SECTION("deeply nested objects") {
        std::string nested;
        for (int i = 0; i < 50000; ++i) nested += "{\"a\":";
        expect_skipped("a.jsonl", nested + "\n", "a.jsonl:1: malformed JSON");
    }
    SECTION("truncated JSON") {
        expect_skipped("a.jsonl", "{\"id\":\"x\",\"text\":\"قال الوز", "a.jsonl:1: malformed JSON");
    }
    SECTION("invalid UTF-8 inside a JSON string") {
        expect_skipped("a.jsonl", "{\"id\":\"x\",\"text\":\"\xC3\x28\"}\n", "a.jsonl:1: document 'x': invalid UTF-8");
    }
    SECTION("an escaped NUL inside a JSON string") {
        expect_skipped("a.jsonl", "{\"id\":\"x\",\"text\":\"a\\u0000b\"}\n", "a.jsonl:1: document 'x': contains NUL");
    }
}

TEST_CASE("a byte order mark and CRLF line ends are read as usual", "[robustness]") {
    TempDir dir;
    fs::create_directory(dir / "in");
    const std::string bom = "\xEF\xBB\xBF";
    write_file(dir / "in" / "bom.txt", bom + "2023/06/21\r\n" + kStatement + "\r\n");
    write_file(dir / "in" / "lines.jsonl", bom + "{\"id\":\"first\",\"date\":\"2023-06-21\",\"text\":\"" + kStatement +
                                               "\"}\r\n{\"id\":\"second\",\"date\":\"2023-06-22\",\"text\":\"" +
                                               kStatement + "\"}\r\n");
    const Run run = run_hadath({"build", (dir / "in").string(), "-o", (dir / "out").string()}, dir.path());
    INFO(run.err);
    CHECK(run.status == 0);
    CHECK(run.err.find("skipped:") == std::string::npos);
    CHECK(has_events_of(dir / "out", "bom"));
    CHECK(has_events_of(dir / "out", "first"));
    CHECK(has_events_of(dir / "out", "second"));
    // The mark is not part of the text: offsets count from the first real character.
    CHECK(read_file(dir / "out" / "events.jsonl").find("\xEF\xBB\xBF") == std::string::npos);
}

TEST_CASE("documents of only punctuation or only Latin text are read without events", "[robustness]") {
    TempDir dir;
    fs::create_directory(dir / "in");
    write_file(dir / "in" / "punctuation.txt", "!!! ،،، ؟؟ ... «» — ؛ (((\n");
    write_file(dir / "in" / "latin.txt", "The foreign minister said the next meeting will be held in Astana.\n");
    const Run run =
        run_hadath({"build", (dir / "in").string(), "-o", (dir / "out").string(), "--date", "2023-06-21"}, dir.path());
    INFO(run.err);
    CHECK(run.status == 0);
    CHECK(run.err.find("2 documents read") != std::string::npos);
    CHECK(read_file(dir / "out" / "events.jsonl").empty());
}

TEST_CASE("a directory with unreadable entries: each is reported, the rest read", "[robustness]") {
    TempDir dir;
    fs::create_directory(dir / "in");
    write_file(dir / "in" / "good.txt", kStatement);
    fs::create_symlink(dir / "missing-target", dir / "in" / "x.txt");  // dangling
    fs::create_directory(dir / "in" / "y.txt");                        // a directory with a text file's name
    const Run run =
        run_hadath({"build", (dir / "in").string(), "-o", (dir / "out").string(), "--date", "2023-06-21"}, dir.path());
    INFO(run.err);
    CHECK(run.status == 3);
    CHECK(run.err.find("x.txt") != std::string::npos);
    CHECK(run.err.find("y.txt") != std::string::npos);
    CHECK(has_events_of(dir / "out", "good"));
}

namespace {

// The sample articles as one line of text, to make long documents from.
std::string sample_text_on_one_line() {
    std::string text;
    for (const auto& entry : fs::directory_iterator(hadath::testing::samples_dir())) {
        if (entry.path().extension() != ".txt") continue;
        text += read_file(entry.path()) + " ";
    }
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    return text;
}

// `unit` repeated to `bytes` (whole repetitions).
std::string repeated(const std::string& unit, std::size_t bytes) {
    std::string text;
    text.reserve(bytes + unit.size());
    while (text.size() < bytes) text += unit;
    return text;
}

// Extracts one document made of `unit` repeated `count` times, on one thread.
Run extract_repeated(const TempDir& dir, const std::string& unit, std::size_t count, double limit_seconds) {
    write_file(dir / "doc.txt", repeated(unit, unit.size() * count));
    return run_hadath(
        {"extract", (dir / "doc.txt").string(), "-o", "-", "--threads", "1", "--quiet", "--date", "2023-06-21"},
        dir.path(), {limit_seconds, {}});
}

// Times a document of N repetitions of `unit`, N grown until that takes about
// 0.2 s of CPU (or the input reaches `max_bytes`), then one of 4N: a linear
// extractor needs about 4 times as long; 8 times is allowed for noise.
void expect_linear_time(const std::string& unit, std::size_t count, std::size_t max_bytes) {
    TempDir dir;
    // A linear extractor reads these sizes in well under a second; the limit
    // only keeps a quadratic one from holding up the test run.
    constexpr double kSmallLimitSeconds = 10;
    Run small = extract_repeated(dir, unit, count, kSmallLimitSeconds);
    REQUIRE(small.status == 0);
    while (small.cpu_seconds < 0.2 && unit.size() * count * 2 <= max_bytes) {
        count *= 2;
        small = extract_repeated(dir, unit, count, kSmallLimitSeconds);
        REQUIRE(small.status == 0);
    }
    // The least of two runs on each side: another process on the machine only ever adds time.
    const Run small_again = extract_repeated(dir, unit, count, kSmallLimitSeconds);
    if (small_again.status == 0 && small_again.cpu_seconds < small.cpu_seconds) small = small_again;
    const double limit = 8 * small.cpu_seconds + 0.1;
    Run large = extract_repeated(dir, unit, 4 * count, 2 * limit + 5);
    if (!large.killed && large.cpu_seconds > limit) {
        const Run large_again = extract_repeated(dir, unit, 4 * count, 2 * limit + 5);
        if (!large_again.killed && large_again.cpu_seconds < large.cpu_seconds) large = large_again;
    }
    INFO("N = " << count << " repetitions: " << small.cpu_seconds << " s; 4N: " << large.cpu_seconds << " s"
                << (large.killed ? " (killed: too slow)" : ""));
    CHECK_FALSE(large.killed);
    CHECK(large.status == 0);
    CHECK(large.cpu_seconds <= limit);
}

}  // namespace

TEST_CASE("time is linear in the length of a sentence full of triggers and names", "[robustness][scale]") {
    expect_linear_time("وقال وزير الخارجية الروسي سيرغي لافروف إن الاجتماع المقبل سيعقد في أستانا ", 500,
                       sanitized() ? 100000 : 2000000);
}

TEST_CASE("time is linear in a run of bare article prefixes", "[robustness][scale]") {
    expect_linear_time("ال ", 100000, sanitized() ? 200000 : 4000000);
}

TEST_CASE("time is linear in a run of Arabic commas", "[robustness][scale]") {
    expect_linear_time("، ", 100000, sanitized() ? 200000 : 4000000);
}

TEST_CASE("a 50 MB single-line document is read in linear time", "[robustness][scale]") {
    // Sanitizers slow everything about tenfold: same shape, a tenth of the size.
    const std::size_t large_bytes = sanitized() ? 5000000 : 50000000;
    TempDir dir;
    const std::string text = sample_text_on_one_line();
    const auto extract = [&](std::size_t bytes, double limit_seconds) {
        write_file(dir / "long.txt", repeated(text, bytes));
        return run_hadath({"extract", (dir / "long.txt").string(), "-o", (dir / "mentions.jsonl").string(), "--quiet",
                           "--date", "2023-06-21"},
                          dir.path(), {limit_seconds, {}});
    };
    // 12.5 MB take about a second when time is linear; the limit keeps a
    // quadratic extractor from holding up the test run.
    const Run quarter = extract(large_bytes / 4, 20);
    INFO("a quarter: " << quarter.cpu_seconds << " s" << (quarter.killed ? " (killed: too slow)" : ""));
    REQUIRE_FALSE(quarter.killed);
    REQUIRE(quarter.status == 0);
    const double limit = 8 * quarter.cpu_seconds + 1;
    const Run whole = extract(large_bytes, 2 * limit + 5);
    INFO("a quarter: " << quarter.cpu_seconds << " s; the whole: " << whole.cpu_seconds << " s"
                       << (whole.killed ? " (killed: too slow)" : ""));
    CHECK_FALSE(whole.killed);
    CHECK(whole.status == 0);
    CHECK(whole.cpu_seconds <= limit);
    CHECK(fs::file_size(dir / "mentions.jsonl") > 0);
}

TEST_CASE("merge reports a mention file of deeply nested JSON by file and line", "[robustness]") {
    TempDir dir;
    write_file(dir / "deep.mentions", std::string(1000000, '[') + "\n");
    const Run run = run_hadath({"merge", (dir / "deep.mentions").string(), "-o", (dir / "out").string()}, dir.path());
    INFO(run.err);
    CHECK(run.status == 1);
    CHECK(run.err.find("deep.mentions:1") != std::string::npos);
}

namespace {

// Reads `bytes` as articles and as event mentions, as the two readers of JSON Lines do.
std::size_t read_both_ways(const std::string& bytes) {
    std::size_t documents = 0, skipped = 0;
    std::istringstream articles(bytes);
    hadath::InputSink sink;
    sink.document = [&](hadath::InputDocument&&) { ++documents; };
    sink.skipped = [&](const std::string&) { ++skipped; };
    hadath::read_jsonl_articles(articles, "fuzz.jsonl", hadath::InputOptions{}, sink);
    std::istringstream mentions(bytes);
    try {
        hadath::read_events_jsonl(mentions, "fuzz.jsonl");
    } catch (const std::runtime_error&) {
        ++skipped;
    }
    return documents + skipped;
}

}  // namespace

// Inputs that made tests/fuzz targets fail.
TEST_CASE("JSON found by fuzzing is rejected without a crash", "[robustness][fuzz]") {
    // Nesting inside an object: undefined behaviour inside rapidjson 1.1.0's parser stack.
    CHECK(read_both_ways("{\"a\":[[[[{\"b\":[[[[[[[[[[[[[[[[[[[[") == 2);
    // A million nested arrays overflowed the call stack of the recursive parser.
    CHECK(read_both_ways(std::string(1000000, '[')) == 2);
    CHECK(read_both_ways(std::string(1000000, '[') + std::string(1000000, ']')) == 2);
}
