// Running build/hadath as a child process: its exit status, its output, its
// wall-clock and CPU time, and a time limit after which it is killed.
#pragma once

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "test_support.h"

namespace hadath::testing {

// The sanitizer build runs the same tests on smaller inputs.
inline bool sanitized() {
    return std::getenv("HADATH_SANITIZED") != nullptr;
}

// A fresh directory of its own, removed with everything in it at the end of its scope.
class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "hadath-run-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

struct Run {
    int status = -1;      // exit status; -1 when ended by a signal
    bool killed = false;  // killed when the time limit passed
    std::string out, err;
    double seconds = 0;      // wall-clock time
    double cpu_seconds = 0;  // user + system time of the child, robust to other load on the machine
    long peak_kib = 0;       // the child's peak resident memory
};

struct RunOptions {
    double kill_after_seconds = 0;         // SIGKILL the child then (0: never)
    std::vector<std::string> environment;  // extra NAME=value entries
};

// Runs build/hadath with `args`, standard output and error captured in
// files in `scratch`.
inline Run run_hadath(const std::vector<std::string>& args, const std::filesystem::path& scratch,
                      const RunOptions& options = {}) {
    const std::string out_path = (scratch / ".stdout").string(), err_path = (scratch / ".stderr").string();
    std::vector<std::string> words = {HADATH_BINARY};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& word : words) argv.push_back(word.data());
    argv.push_back(nullptr);
    std::vector<std::string> environment = options.environment;
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const int in = ::open("/dev/null", O_RDONLY);
        const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (in < 0 || out < 0 || err < 0) ::_exit(126);
        ::dup2(in, STDIN_FILENO);
        ::dup2(out, STDOUT_FILENO);
        ::dup2(err, STDERR_FILENO);
        for (std::string& entry : environment) ::putenv(entry.data());
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    Run run;
    int status = 0;
    struct rusage usage {};
    if (options.kill_after_seconds > 0) {
        const auto deadline = start + std::chrono::duration<double>(options.kill_after_seconds);
        while (::wait4(pid, &status, WNOHANG, &usage) == 0) {
            if (std::chrono::steady_clock::now() >= deadline) {
                ::kill(pid, SIGKILL);
                run.killed = true;
                REQUIRE(::wait4(pid, &status, 0, &usage) == pid);
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    } else {
        REQUIRE(::wait4(pid, &status, 0, &usage) == pid);
    }
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                      static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.peak_kib = usage.ru_maxrss;
    run.out = read_file(out_path);
    run.err = read_file(err_path);
    return run;
}

}  // namespace hadath::testing
