// The export filters on the command line: values hadath does not know are
// errors naming the valid ones, names of actors in any form, persons who
// speak for an actor, repeated filters combined, and a summary that counts
// what was written.
#include <rapidjson/document.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "process_support.h"
#include "test_support.h"

using namespace hadath::testing;

namespace {

struct Written {
    std::string jsonl;
    std::set<std::string> ids;
    std::vector<std::string> lines;
};

// Builds the samples with `filters` into a fresh directory of `dir`.
Run build_samples(const TempDir& dir, const std::string& name, const std::vector<std::string>& filters,
                  Written* written = nullptr) {
    std::vector<std::string> args = {"build", samples_dir().string(), "-o", (dir / name).string()};
    args.insert(args.end(), filters.begin(), filters.end());
    Run run = run_hadath(args, dir.path());
    if (written) {
        written->jsonl = read_file(dir / name / "events.jsonl");
        std::istringstream in(written->jsonl);
        for (std::string line; std::getline(in, line);) {
            rapidjson::Document json;
            json.Parse(line.c_str(), line.size());
            REQUIRE(json.IsObject());
            written->ids.insert(json["id"].GetString());
            written->lines.push_back(line);
        }
    }
    return run;
}

void check_usage_error(const Run& run, const std::vector<std::string>& expected) {
    INFO(run.err);
    CHECK(run.status == 2);
    for (const std::string& text : expected) CHECK(run.err.find(text) != std::string::npos);
}

}  // namespace

TEST_CASE("unknown types, malformed dates and unknown actors are errors that name the valid values", "[cli][filters]") {
    TempDir dir;
    check_usage_error(build_samples(dir, "a", {"--type", "bogus"}),
                      {"--type 'bogus' is not an event type", "meeting_held", "statement_issued", "host_withdrawal"});
    check_usage_error(build_samples(dir, "b", {"--type", "meeting"}),
                      {"did you mean", "meeting_held", "meeting_planned"});
    check_usage_error(build_samples(dir, "c", {"--from", "2023-13"}), {"--from", "'2023-13'"});
    check_usage_error(build_samples(dir, "d", {"--from", "21/06/2023"}), {"YYYY-MM-DD", "did you mean 2023-06-21?"});
    check_usage_error(build_samples(dir, "e", {"--to", "June 2023"}), {"--to", "YYYY, YYYY-MM or YYYY-MM-DD"});
    check_usage_error(build_samples(dir, "f", {"--actor", "Kazakstan"}), {"did you mean KAZ (Kazakhstan)"});
    check_usage_error(build_samples(dir, "g", {"--actor", "alexander-lavrentev"}),
                      {"is the actor of no event", "alexander-lavrentiev"});
    check_usage_error(build_samples(dir, "h", {"--series", "geneva-talks"}), {"--series", "astana"});
    // Nothing is written for a bad filter.
    for (const char* name : {"a", "b", "c", "d", "e", "f", "g", "h"}) CHECK_FALSE(std::filesystem::exists(dir / name));
}

TEST_CASE("an actor filter takes a code in any case, an English name or an Arabic name", "[cli][filters]") {
    TempDir dir;
    Written by_code;
    REQUIRE(build_samples(dir, "code", {"--actor", "KAZ"}, &by_code).status == 0);
    REQUIRE_FALSE(by_code.ids.empty());
    for (const std::string name : {"kaz", "Kazakhstan", "كازاخستان", "--actor=KAZ"}) {
        INFO(name);
        Written by_name;
        const std::vector<std::string> filter =
            name.rfind("--", 0) == 0 ? std::vector<std::string>{name} : std::vector<std::string>{"--actor", name};
        REQUIRE(build_samples(dir, "name", filter, &by_name).status == 0);
        CHECK(by_name.jsonl == by_code.jsonl);
    }
}

TEST_CASE("an actor filter includes the persons who speak for the actor", "[cli][filters]") {
    TempDir dir;
    Written russia;
    REQUIRE(build_samples(dir, "rus", {"--actor", "RUS"}, &russia).status == 0);
    // An event whose only Russian actor is a person affiliated to Russia.
    const auto through_person = std::find_if(russia.lines.begin(), russia.lines.end(), [](const std::string& line) {
        return line.find("\"id\":\"RUS\"") == std::string::npos &&
               line.find("\"affiliation\":\"RUS\"") != std::string::npos;
    });
    CHECK(through_person != russia.lines.end());
    Written lavrentiev;
    REQUIRE(build_samples(dir, "person", {"--actor", "alexander-lavrentiev"}, &lavrentiev).status == 0);
    REQUIRE_FALSE(lavrentiev.ids.empty());
    for (const std::string& id : lavrentiev.ids) CHECK(russia.ids.count(id) == 1);
}

TEST_CASE("repeated --actor and --type keep the events of any of them", "[cli][filters]") {
    TempDir dir;
    Written kaz, rus, both, both_commas, everything;
    REQUIRE(build_samples(dir, "all", {}, &everything).status == 0);
    REQUIRE(build_samples(dir, "kaz", {"--actor", "KAZ"}, &kaz).status == 0);
    REQUIRE(build_samples(dir, "rus", {"--actor", "RUS"}, &rus).status == 0);
    REQUIRE(build_samples(dir, "both", {"--actor", "KAZ", "--actor", "RUS"}, &both).status == 0);
    REQUIRE(build_samples(dir, "commas", {"--actor", "KAZ,RUS"}, &both_commas).status == 0);
    std::set<std::string> expected = kaz.ids;
    expected.insert(rus.ids.begin(), rus.ids.end());
    CHECK(both.ids == expected);
    CHECK(both.ids.size() > std::max(kaz.ids.size(), rus.ids.size()));
    CHECK(both_commas.jsonl == both.jsonl);
    // Kept in the order of the whole output.
    std::vector<std::string> in_order;
    for (const std::string& line : everything.lines)
        for (const std::string& kept : both.lines)
            if (line == kept) in_order.push_back(line);
    CHECK(in_order == both.lines);

    Written statements, meetings, types;
    REQUIRE(build_samples(dir, "s", {"--type", "statement_issued"}, &statements).status == 0);
    REQUIRE(build_samples(dir, "m", {"--type", "meeting_held"}, &meetings).status == 0);
    REQUIRE(build_samples(dir, "sm", {"--type", "statement_issued", "--type", "meeting_held"}, &types).status == 0);
    expected = statements.ids;
    expected.insert(meetings.ids.begin(), meetings.ids.end());
    CHECK(types.ids == expected);
    CHECK_FALSE(statements.ids.empty());
    CHECK_FALSE(meetings.ids.empty());
}

TEST_CASE("the summary counts the events written, not every event merged", "[cli][filters]") {
    TempDir dir;
    Written everything, kaz;
    const Run all = build_samples(dir, "all", {}, &everything);
    const Run filtered = build_samples(dir, "kaz", {"--actor", "KAZ"}, &kaz);
    INFO(all.err << filtered.err);
    CHECK(all.err.find("wrote " + std::to_string(everything.ids.size()) + " events to ") != std::string::npos);
    CHECK(filtered.err.find("wrote " + std::to_string(kaz.ids.size()) + " events (of " +
                            std::to_string(everything.ids.size()) + "; the rest left out by the filters)") !=
          std::string::npos);
    CHECK(filtered.err.find("5 documents read") != std::string::npos);
}
