// End to end: `hadath build` on the samples, scored by ../shared/eval/score.py
// against the hand-annotated gold events.
#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>

#include "tests/test_support.h"

namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& path) {
    return "'" + path.string() + "'";
}

std::string python() {
    return fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}

// The figures of the scorer's last line: "f1_strict=0.9577 f1_lenient=... merge_r=1.0".
std::map<std::string, double> parse_figures(const std::string& output) {
    std::string last;
    std::istringstream lines(output);
    for (std::string line; std::getline(lines, line);)
        if (!line.empty()) last = line;
    std::map<std::string, double> figures;
    std::istringstream fields(last);
    for (std::string field; fields >> field;) {
        const auto equals = field.find('=');
        if (equals == std::string::npos) continue;
        try {
            figures[field.substr(0, equals)] = std::stod(field.substr(equals + 1));
        } catch (const std::exception&) {
            // Not a figure: left out, so the check for its name fails visibly.
        }
    }
    return figures;
}

}  // namespace

TEST_CASE("events of the samples score well against the gold events", "[score][end-to-end]") {
    const fs::path shared = hadath::testing::shared_dir();
    if (shared.empty()) HADATH_SKIP("../shared is absent: no gold events to score against");

    const fs::path out = fs::temp_directory_path() / ("hadath_test_score_" + std::to_string(getpid()));
    fs::remove_all(out);
    fs::create_directories(out);
    const std::string build = quoted(HADATH_BINARY) + " build " + quoted(hadath::testing::samples_dir()) + " -o " +
                              quoted(out) + " > " + quoted(out / "build.log") + " 2>&1";
    INFO(build);
    REQUIRE(std::system(build.c_str()) == 0);
    REQUIRE(fs::exists(out / "events.jsonl"));

    const std::string score = python() + " " + quoted(shared / "eval" / "score.py") + " " +
                              quoted(shared / "eval" / "gold" / "seeds.jsonl") + " " + quoted(out / "events.jsonl") +
                              " > " + quoted(out / "score.txt") + " 2>&1";
    INFO(score);
    REQUIRE(std::system(score.c_str()) == 0);
    const std::string report = hadath::testing::read_file(out / "score.txt");
    INFO(report);
    const auto figures = parse_figures(report);
    for (const char* name : {"f1_strict", "f1_lenient", "date_acc", "merge_p", "merge_r"}) {
        INFO(name);
        REQUIRE(figures.count(name) == 1);
    }
    CHECK(figures.at("f1_strict") >= 0.85);
    CHECK(figures.at("f1_lenient") >= 0.90);
    CHECK(figures.at("date_acc") >= 0.90);
    CHECK(figures.at("merge_p") >= 0.90);
    CHECK(figures.at("merge_r") >= 0.90);
    fs::remove_all(out);
}
