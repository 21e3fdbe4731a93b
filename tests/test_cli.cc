// The command line as a whole, run as a separate process: exit statuses,
// output that depends neither on the thread count nor on input order,
// extract + merge equal to build, output files that survive a kill, and the
// bench command.
#include <fcntl.h>
#include <pty.h>
#include <rapidjson/document.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "extract/utf8.h"
#include "process_support.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace hadath::testing;

namespace {

// Every regular file directly in `dir`, by name, with its content.
std::map<std::string, std::string> files_in(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file()) files[entry.path().filename().string()] = read_file(entry.path());
    return files;
}

// Compares two output directories file by file, naming the first difference.
void require_same_files(const fs::path& expected_dir, const fs::path& actual_dir) {
    const auto expected = files_in(expected_dir), actual = files_in(actual_dir);
    REQUIRE(expected.size() >= 2);
    for (const auto& [name, content] : expected) {
        INFO(name << " in " << actual_dir.string() << " against " << expected_dir.string());
        REQUIRE(actual.count(name) == 1);
        CHECK(actual.at(name) == content);
    }
    CHECK(actual.size() == expected.size());
}

std::string json_escape(const std::string& text) {
    std::string escaped;
    for (char c : text) {
        if (c == '"' || c == '\\') {
            escaped += '\\';
            escaped += c;
        } else if (c == '\n') {
            escaped += "\\n";
        } else if (c == '\r') {
            escaped += "\\r";
        } else if (c == '\t') {
            escaped += "\\t";
        } else {
            escaped += c;
        }
    }
    return escaped;
}

// The sample articles as JSON Lines with their manifest dates, `copies`
// times over with distinct ids.
std::vector<std::string> sample_jsonl_lines(int copies) {
    std::map<std::string, std::string> dates;
    std::ifstream manifest(hadath::testing::samples_dir() / "manifest.jsonl");
    for (std::string line; std::getline(manifest, line);) {
        rapidjson::Document json;
        json.Parse(line.c_str(), line.size());
        if (json.IsObject() && json.HasMember("file") && json["file"].IsString() && json.HasMember("date") &&
            json["date"].IsString())
            dates[json["file"].GetString()] = json["date"].GetString();
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(hadath::testing::samples_dir()))
        if (entry.path().extension() == ".txt") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<std::string> lines;
    for (int copy = 0; copy < copies; ++copy) {
        for (const fs::path& file : files) {
            lines.push_back("{\"id\":\"" + file.stem().string() + "-" + std::to_string(copy) + "\",\"date\":\"" +
                            dates[file.filename().string()] + "\",\"text\":\"" + json_escape(read_file(file)) + "\"}");
        }
    }
    return lines;
}

// The first `count` lines of the shared corpus, or none when it is absent.
std::vector<std::string> corpus_lines(std::size_t count) {
    const fs::path shared = hadath::testing::shared_dir();
    if (shared.empty()) return {};
    std::ifstream in(shared / "corpus" / "saudinewsnet-2015.jsonl", std::ios::binary);
    std::vector<std::string> lines;
    for (std::string line; lines.size() < count && std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string joined_lines(const std::vector<std::string>& lines, std::size_t begin, std::size_t end) {
    std::string text;
    for (std::size_t i = begin; i < end && i < lines.size(); ++i) text += lines[i] + "\n";
    return text;
}

// Articles for the multi-document tests: corpus lines when the corpus is
// there (more variety), else the samples many times over.
std::vector<std::string> test_articles(std::size_t count) {
    std::vector<std::string> lines = corpus_lines(count);
    if (lines.size() < count) lines = sample_jsonl_lines(static_cast<int>(count / 5 + 1));
    lines.resize(std::min(lines.size(), count));
    return lines;
}

}  // namespace

TEST_CASE("exit statuses: 0 done, 1 failed, 2 bad command line, 3 input skipped", "[cli]") {
    TempDir dir;
    const std::string samples = hadath::testing::samples_dir().string();
    CHECK(run_hadath({"build", samples, "-o", (dir / "ok").string()}, dir.path()).status == 0);
    CHECK(run_hadath({"--help"}, dir.path()).status == 0);
    CHECK(run_hadath({}, dir.path()).status == 2);
    CHECK(run_hadath({"no-such-command"}, dir.path()).status == 2);
    CHECK(run_hadath({"build", samples}, dir.path()).status == 2);  // no -o
    CHECK(run_hadath({"build", samples, "-o", (dir / "x").string(), "--threads", "zero"}, dir.path()).status == 2);
    CHECK(run_hadath({"extract", samples, "--no-such-option"}, dir.path()).status == 2);
    CHECK(run_hadath({"build", samples, "-o", (dir / "x").string(), "--from", "2023-13"}, dir.path()).status == 2);
    write_file(dir / "a_file", "");
    const Run unwritable = run_hadath({"build", samples, "-o", (dir / "a_file" / "out").string()}, dir.path());
    CHECK(unwritable.status == 1);
    CHECK(unwritable.err.find("cannot create the output directory") != std::string::npos);
    CHECK(unwritable.err.find("filesystem error") == std::string::npos);
    write_file(dir / "bad.jsonl", "{\"id\":\"a\",\"text\":\"قال الوزير\"}\nnot json\n");
    const Run skipped = run_hadath({"extract", (dir / "bad.jsonl").string()}, dir.path());
    CHECK(skipped.status == 3);
    CHECK(skipped.err.find("bad.jsonl:2") != std::string::npos);
    CHECK(skipped.out.find("\"id\":\"a\"") != std::string::npos);
}

namespace {

// Runs build/hadath with its standard error on a pseudo-terminal, as in an
// interactive shell; returns what it wrote there.
std::string stderr_on_terminal(const std::vector<std::string>& args) {
    int terminal = -1, child_side = -1;
    REQUIRE(::openpty(&terminal, &child_side, nullptr, nullptr, nullptr) == 0);
    std::vector<std::string> words = {HADATH_BINARY};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& word : words) argv.push_back(word.data());
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const int null = ::open("/dev/null", O_RDWR);
        if (null < 0 || ::dup2(null, STDIN_FILENO) < 0 || ::dup2(null, STDOUT_FILENO) < 0 ||
            ::dup2(child_side, STDERR_FILENO) < 0)
            ::_exit(126);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(child_side);
    std::string written;
    char buffer[4096];
    // Reading ends with an error (EIO) once the child has closed its side.
    for (ssize_t n; (n = ::read(terminal, buffer, sizeof buffer)) > 0;)
        written.append(buffer, static_cast<std::size_t>(n));
    ::close(terminal);
    int status = 0;
    ::waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    return written;
}

}  // namespace

TEST_CASE("progress shows on a terminal, with time left, and not in a log", "[cli][progress]") {
    TempDir dir;
    const std::string samples = hadath::testing::samples_dir().string();
    const std::string on_terminal = stderr_on_terminal({"extract", samples, "-o", (dir / "m.jsonl").string()});
    INFO(on_terminal);
    CHECK(on_terminal.find("5 documents") != std::string::npos);
    CHECK(on_terminal.find("docs/s, 100%, 0s left") != std::string::npos);
    const Run logged = run_hadath({"extract", samples, "-o", (dir / "m.jsonl").string()}, dir.path());
    CHECK(logged.status == 0);
    CHECK(logged.err.find("docs/s") == std::string::npos);
    CHECK(logged.err.find("5 documents read;") != std::string::npos);
}

TEST_CASE("extract reads JSON Lines on standard input with -", "[cli]") {
    TempDir dir;
    write_file(dir / "in.jsonl", joined_lines(sample_jsonl_lines(1), 0, 5));
    const Run from_file = run_hadath({"extract", (dir / "in.jsonl").string(), "--quiet"}, dir.path());
    // Standard input a file, as Hadoop Streaming and RDD.pipe give it a pipe.
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const int in = ::open((dir / "in.jsonl").c_str(), O_RDONLY);
        const int out = ::open((dir / "stdin.out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (in < 0 || out < 0) ::_exit(126);
        ::dup2(in, STDIN_FILENO);
        ::dup2(out, STDOUT_FILENO);
        ::execl(HADATH_BINARY, HADATH_BINARY, "extract", "-", "--quiet", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(from_file.status == 0);
    CHECK_FALSE(from_file.out.empty());
    CHECK(read_file(dir / "stdin.out") == from_file.out);
}

TEST_CASE("build writes byte-identical files with 1 and 2 threads", "[cli][determinism]") {
    TempDir dir;
    write_file(dir / "in.jsonl", joined_lines(test_articles(sanitized() ? 60 : 600), 0, 600));
    const Run one =
        run_hadath({"build", (dir / "in.jsonl").string(), "-o", (dir / "one").string(), "--threads", "1"}, dir.path());
    const Run two =
        run_hadath({"build", (dir / "in.jsonl").string(), "-o", (dir / "two").string(), "--threads", "2"}, dir.path());
    INFO(one.err << two.err);
    REQUIRE(one.status == 0);
    REQUIRE(two.status == 0);
    require_same_files(dir / "one", dir / "two");
}

TEST_CASE("the order of inputs on the command line does not change events.jsonl", "[cli][determinism]") {
    TempDir dir;
    const std::vector<std::string> lines = test_articles(sanitized() ? 40 : 200);
    fs::create_directories(dir / "a");
    fs::create_directories(dir / "b");
    write_file(dir / "a" / "first.jsonl", joined_lines(lines, 0, lines.size() / 2));
    write_file(dir / "b" / "second.jsonl", joined_lines(lines, lines.size() / 2, lines.size()));
    // Plain text files too, with the manifest that dates them.
    for (const auto& entry : fs::directory_iterator(hadath::testing::samples_dir())) {
        const std::string name = entry.path().filename().string();
        if (name == "manifest.jsonl") {
            fs::copy_file(entry.path(), dir / "a" / name);
            fs::copy_file(entry.path(), dir / "b" / name);
        } else {
            fs::copy_file(entry.path(), (name < "002" ? dir / "a" : dir / "b") / name);
        }
    }
    const Run ab =
        run_hadath({"build", (dir / "a").string(), (dir / "b").string(), "-o", (dir / "ab").string()}, dir.path());
    const Run ba =
        run_hadath({"build", (dir / "b").string(), (dir / "a").string(), "-o", (dir / "ba").string()}, dir.path());
    INFO(ab.err << ba.err);
    REQUIRE(ab.status == 0);
    REQUIRE(ba.status == 0);
    const std::string events = read_file(dir / "ab" / "events.jsonl");
    CHECK_FALSE(events.empty());
    CHECK(read_file(dir / "ba" / "events.jsonl") == events);
}

TEST_CASE("extract on two shards then merge equals one build", "[cli][shards]") {
    TempDir dir;
    const std::vector<std::string> lines = test_articles(sanitized() ? 60 : 400);
    write_file(dir / "all.jsonl", joined_lines(lines, 0, lines.size()));
    write_file(dir / "part1.jsonl", joined_lines(lines, 0, lines.size() / 2));
    write_file(dir / "part2.jsonl", joined_lines(lines, lines.size() / 2, lines.size()));
    const Run whole = run_hadath({"build", (dir / "all.jsonl").string(), "-o", (dir / "whole").string()}, dir.path());
    INFO(whole.err);
    REQUIRE(whole.status == 0);
    for (const char* part : {"part1", "part2"}) {
        const Run extract = run_hadath({"extract", (dir / (std::string(part) + ".jsonl")).string(), "-o",
                                        (dir / (std::string(part) + ".mentions")).string()},
                                       dir.path());
        INFO(extract.err);
        REQUIRE(extract.status == 0);
    }
    const std::string m1 = (dir / "part1.mentions").string(), m2 = (dir / "part2.mentions").string();
    SECTION("merged in input order") {
        const Run merge = run_hadath({"merge", m1, m2, "-o", (dir / "merged").string()}, dir.path());
        INFO(merge.err);
        REQUIRE(merge.status == 0);
        require_same_files(dir / "whole", dir / "merged");
    }
    SECTION("merged in reverse order") {
        const Run merge = run_hadath({"merge", m2, m1, "-o", (dir / "merged").string()}, dir.path());
        INFO(merge.err);
        REQUIRE(merge.status == 0);
        require_same_files(dir / "whole", dir / "merged");
    }
}

TEST_CASE("a build killed midway leaves the previous output files intact", "[cli][atomic]") {
    TempDir dir;
    const fs::path out = dir / "out";
    const Run first = run_hadath({"build", hadath::testing::samples_dir().string(), "-o", out.string()}, dir.path());
    REQUIRE(first.status == 0);
    const auto before = files_in(out);
    REQUIRE(before.count("events.jsonl") == 1);

    write_file(dir / "big.jsonl", joined_lines(test_articles(sanitized() ? 150 : 3000), 0, 3000));
    const std::vector<std::string> big_build = {"build", (dir / "big.jsonl").string(), "-o", out.string(), "--quiet"};
    // How long a complete run takes, into another directory, so that kills can
    // also land while the files are being written, near the end.
    const Run complete =
        run_hadath({"build", (dir / "big.jsonl").string(), "-o", (dir / "complete").string()}, dir.path());
    REQUIRE(complete.status == 0);
    // A kill long before any output is written (a quarter of the way: extraction takes most of a run)
    // leaves everything as it was.
    const Run early = run_hadath(big_build, dir.path(), {0.25 * complete.seconds, {}});
    REQUIRE(early.killed);
    for (const auto& [name, content] : files_in(out)) {
        if (name.find(".tmp") != std::string::npos) continue;  // a temporary file may stay behind
        INFO(name);
        REQUIRE(before.count(name) == 1);
        CHECK((content == before.at(name)));
    }
    // Later kills land while the files are written: each file is either the
    // first build's or, once renamed into place, the complete new one.
    for (const double kill_after : {0.8 * complete.seconds, 0.9 * complete.seconds, 0.97 * complete.seconds}) {
        const Run killed = run_hadath(big_build, dir.path(), {kill_after, {}});
        if (!killed.killed) continue;  // finished first: nothing to check at this point
        INFO("killed after " << kill_after << " s of " << complete.seconds);
        const auto after = files_in(out);
        for (const auto& [name, content] : after) {
            if (name.find(".tmp") != std::string::npos) continue;
            INFO(name);
            REQUIRE(before.count(name) == 1);
            CHECK((content == before.at(name) || content == read_file(dir / "complete" / name)));
        }
        for (const auto& entry : before) CHECK(after.count(entry.first) == 1);
    }
}

TEST_CASE("extract -o to something other than a regular file leaves it in place", "[cli][atomic]") {
    // `-o /dev/null` once replaced the null device with a regular file. A
    // FIFO stands in for the device here, harmlessly.
    TempDir dir;
    const fs::path fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);  // so that opening it to write does not block
    REQUIRE(reader >= 0);
    write_file(dir / "one.jsonl", joined_lines(sample_jsonl_lines(1), 0, 1));
    const Run run =
        run_hadath({"extract", (dir / "one.jsonl").string(), "-o", fifo.string(), "--quiet"}, dir.path(), {20, {}});
    ::close(reader);
    CHECK_FALSE(run.killed);
    CHECK(fs::is_fifo(fifo));
}

TEST_CASE("build over the first 2000 corpus articles writes valid JSON Lines", "[cli][corpus]") {
    if (hadath::testing::shared_dir().empty()) HADATH_SKIP("no ../shared corpus here");
    TempDir dir;
    write_file(dir / "corpus.jsonl", joined_lines(corpus_lines(sanitized() ? 200 : 2000), 0, 2000));
    const Run run = run_hadath({"build", (dir / "corpus.jsonl").string(), "-o", (dir / "out").string()}, dir.path());
    INFO(run.err);
    REQUIRE(run.status == 0);
    std::ifstream events(dir / "out" / "events.jsonl");
    std::size_t count = 0;
    for (std::string line; std::getline(events, line); ++count) {
        rapidjson::Document json;
        json.Parse(line.c_str(), line.size());
        INFO("events.jsonl:" << count + 1);
        REQUIRE_FALSE(json.HasParseError());
        REQUIRE(json.IsObject());
        REQUIRE(json.HasMember("type"));
        REQUIRE(json.HasMember("mentions"));
    }
    CHECK(count > 0);
}

TEST_CASE("bench prints one table row per stage, thread count and scale, and cleans up", "[cli][bench]") {
    TempDir dir;
    write_file(dir / "corpus.jsonl", joined_lines(sample_jsonl_lines(2), 0, 10));
    fs::create_directories(dir / "tmp");
    const Run help = run_hadath({"bench", "--help"}, dir.path());
    CHECK(help.status == 0);
    CHECK(help.out.find("--scale") != std::string::npos);
    const Run bench =
        run_hadath({"bench", (dir / "corpus.jsonl").string(), "--threads", "1", "--threads", "2", "--scale", "1,2"},
                   dir.path(), {0, {"TMPDIR=" + (dir / "tmp").string()}});
    INFO(bench.err);
    REQUIRE(bench.status == 0);
    std::istringstream table(bench.out);
    std::vector<std::string> rows;
    for (std::string line; std::getline(table, line);)
        if (line.rfind("| ", 0) == 0) rows.push_back(line);
    // A header, then extract and build for 2 thread counts and 2 scales, the layout per scale, and uconv per
    // scale when installed.
    const bool uconv = bench.out.find("uconv") != std::string::npos;
    CHECK(rows.size() == 1 + 8 + 2 + (uconv ? 2 : 0));
    CHECK(bench.out.find("| layout | 1 | 2 | 20 |") != std::string::npos);
    CHECK(bench.out.find("| build | 2 | 2 | 20 |") != std::string::npos);
    CHECK(bench.out.find("| extract | 1 | 1 | 10 |") != std::string::npos);
    CHECK(fs::is_empty(dir / "tmp"));
    CHECK(run_hadath({"bench"}, dir.path()).status == 2);
    CHECK(run_hadath({"bench", "x.jsonl", "--scale", "0"}, dir.path()).status == 2);
}

namespace {

// Builds `document` (one line) and checks that every mention's offsets, in
// code points of the whole document, give back its text; returns the run.
Run build_single_line(const TempDir& dir, const std::string& document, std::size_t* last_begin) {
    write_file(dir / "long.txt", document);
    const Run run = run_hadath(
        {"build", (dir / "long.txt").string(), "--date", "2023-06-21", "-o", (dir / "out").string()}, dir.path());
    INFO(run.err);
    REQUIRE(run.status == 0);
    std::vector<std::size_t> byte_of;  // byte offset of each code point
    for (std::size_t i = 0; i < document.size(); ++i)
        if ((static_cast<unsigned char>(document[i]) & 0xC0) != 0x80) byte_of.push_back(i);
    byte_of.push_back(document.size());
    std::ifstream events(dir / "out" / "events.jsonl");
    std::size_t checked = 0, wrong = 0;
    *last_begin = 0;
    for (std::string line; std::getline(events, line);) {
        rapidjson::Document json;
        json.Parse(line.c_str(), line.size());
        REQUIRE(json.IsObject());
        for (const auto& mention : json["mentions"].GetArray()) {
            const std::size_t begin = mention["begin"].GetUint64(), end = mention["end"].GetUint64();
            REQUIRE(end < byte_of.size());
            wrong += document.substr(byte_of[begin], byte_of[end] - byte_of[begin]) != mention["text"].GetString();
            *last_begin = std::max(*last_begin, begin);
            ++checked;
        }
    }
    CHECK(checked > 100);
    CHECK(wrong == 0);
    return run;
}

}  // namespace

TEST_CASE("a long single-line document is read in pieces, with offsets into the whole", "[cli][memory]") {
    TempDir dir;
    // A real article, its lines joined, repeated to several pieces' length.
    std::string article = read_file(hadath::testing::samples_dir() / "001_83198d24877d83e8.txt");
    for (char& c : article)
        if (c == '\n' || c == '\r') c = ' ';
    std::string document;
    while (document.size() < (3u << 20)) document += article;
    std::size_t last_begin = 0;
    build_single_line(dir, document, &last_begin);
    // Mentions come from the last piece too.
    CHECK(last_begin > hadath::utf8::count_code_points(document) - hadath::utf8::count_code_points(article));
}

TEST_CASE("a 30 MB single-line document of news is built in bounded memory", "[cli][memory]") {
    const auto corpus = shared_dir().empty() ? fs::path{} : shared_dir() / "corpus" / "saudinewsnet-2015.jsonl";
    if (corpus.empty() || !fs::exists(corpus)) HADATH_SKIP("the corpus in ../shared/corpus is absent");
    if (sanitized()) HADATH_SKIP("peak memory is not measured under the sanitizers");
    TempDir dir;
    // The corpus articles, their lines joined, as one 30 MB line.
    std::string document;
    std::ifstream in(corpus);
    for (std::string line; document.size() < (30u << 20) && std::getline(in, line);) {
        rapidjson::Document json;
        json.Parse(line.c_str(), line.size());
        if (!json.IsObject() || !json.HasMember("text") || !json["text"].IsString()) continue;
        std::string text = json["text"].GetString();
        for (char& c : text)
            if (c == '\n' || c == '\r') c = ' ';
        document += text + " ";
    }
    std::size_t last_begin = 0;
    const Run run = build_single_line(dir, document, &last_begin);
    INFO("peak " << run.peak_kib / 1024 << " MiB for " << document.size() / (1 << 20) << " MiB");
    CHECK(run.peak_kib < 200 * 1024);
}
