// `cmake --install`: the program and its data in PREFIX/bin and
// PREFIX/share/hadath, found relative to the program, so that a copy of the
// installed tree runs anywhere, with no path of the source or build tree in it.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "process_support.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace hadath::testing;

namespace {

struct Result {
    int status = -1;
    std::string err;
};

// Runs `program` with `args` in `cwd`, with an environment of PATH and `extra` only.
Result run_in(const fs::path& cwd, const fs::path& program, const std::vector<std::string>& args,
              const std::vector<std::string>& extra = {}) {
    const std::string err_path = (cwd.parent_path() / (cwd.filename().string() + ".stderr")).string();
    std::vector<std::string> words = {program.string()};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& word : words) argv.push_back(word.data());
    argv.push_back(nullptr);
    std::vector<std::string> environment = {"PATH=/usr/bin:/bin"};
    environment.insert(environment.end(), extra.begin(), extra.end());
    if (const char* asan = std::getenv("ASAN_OPTIONS")) environment.push_back(std::string("ASAN_OPTIONS=") + asan);
    std::vector<char*> envp;
    for (std::string& entry : environment) envp.push_back(entry.data());
    envp.push_back(nullptr);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (err < 0 || ::chdir(cwd.c_str()) != 0) ::_exit(126);
        ::dup2(err, STDERR_FILENO);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(err_path)};
}

}  // namespace

TEST_CASE("an installed copy runs from anywhere with its data beside it", "[install]") {
    TempDir dir;
    const fs::path prefix = dir / "prefix";
    const std::string install = std::string(HADATH_CMAKE) + " --install '" + HADATH_BUILD_DIR + "' --prefix '" +
                                prefix.string() + "' --strip > '" + (dir / "install.log").string() + "' 2>&1";
    INFO(install);
    REQUIRE(std::system(install.c_str()) == 0);
    CHECK(fs::is_regular_file(prefix / "bin" / "hadath"));
    CHECK(fs::is_regular_file(prefix / "share" / "hadath" / "lexicon" / "ar" / "actors.tsv"));
    CHECK(fs::is_regular_file(prefix / "share" / "hadath" / "rules" / "ar" / "triggers.tsv"));

    // The installed tree moved elsewhere, the original gone.
    const fs::path moved = dir / "elsewhere" / "hadath-1";
    fs::create_directories(moved.parent_path());
    fs::copy(prefix, moved, fs::copy_options::recursive);
    fs::remove_all(prefix);
    // No path of the source or build tree is compiled in (the sanitizers
    // write the source files' names into the program for their reports).
    if (!sanitized()) {
        const std::string program = read_file(moved / "bin" / "hadath");
        CHECK(program.find(source_dir().string()) == std::string::npos);
        CHECK(program.find(HADATH_BUILD_DIR) == std::string::npos);
    }

    // Run from an empty directory, on a copy of the samples, without HADATH_DATA.
    fs::create_directories(dir / "empty");
    fs::copy(samples_dir(), dir / "articles");
    const Result installed = run_in(dir / "empty", moved / "bin" / "hadath", {"build", "../articles", "-o", "../out"});
    INFO(installed.err);
    REQUIRE(installed.status == 0);
    const Run built = run_hadath({"build", (dir / "articles").string(), "-o", (dir / "expected").string()}, dir.path());
    REQUIRE(built.status == 0);
    CHECK(read_file(dir / "out" / "events.jsonl") == read_file(dir / "expected" / "events.jsonl"));
    CHECK_FALSE(read_file(dir / "out" / "events.jsonl").empty());

    // HADATH_DATA and --data come first, in that order of weakness.
    const Result wrong_data = run_in(dir / "empty", moved / "bin" / "hadath", {"build", "../articles", "-o", "../o2"},
                                     {"HADATH_DATA=" + (dir / "nowhere").string()});
    CHECK(wrong_data.status == 1);
    CHECK(wrong_data.err.find((dir / "nowhere").string()) != std::string::npos);
    const Result named =
        run_in(dir / "empty", moved / "bin" / "hadath",
               {"build", "../articles", "-o", "../o3", "--data", (moved / "share" / "hadath").string()},
               {"HADATH_DATA=" + (dir / "nowhere").string()});
    CHECK(named.status == 0);
    // Without any data beside it, the message says where it looked and what to do.
    fs::remove_all(moved / "share");
    const Result lost = run_in(dir / "empty", moved / "bin" / "hadath", {"build", "../articles", "-o", "../o4"});
    CHECK(lost.status == 1);
    CHECK(lost.err.find("cannot find the lexicons and rules") != std::string::npos);
    CHECK(lost.err.find("--data DIR or HADATH_DATA") != std::string::npos);
}
