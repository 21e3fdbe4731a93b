#include "cli/bench.h"

#include <fcntl.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "export/events_jsonl.h"
#include "graph/knowledge_graph.h"

namespace hadath {

namespace {

namespace fs = std::filesystem;

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kSkippedInput = 3;  // a child that skipped bad lines still measured the rest

const char* const kHelp = R"(usage: hadath bench CORPUS.jsonl [--threads N]... [--scale 1,2,4] [--runs K]

Measures how fast hadath reads a JSON Lines corpus and how much memory it
needs, and prints one Markdown table on standard output (progress goes to
standard error). For each scale and thread count it runs, as child processes
of this same executable:

  extract   hadath extract INPUT -o - --threads N   (mentions discarded)
  build     hadath build INPUT -o TMPDIR --threads N (every output written)

then, once per scale, the layout's share of build (measured in this process
on the events of one more build run):

  layout    Fruchterman-Reingold of the knowledge graph and the actor network

and, once per scale, when ICU's uconv is installed, a reference row:

  uconv     uconv -f utf-8 -t utf-8 -x Any-NFKC over the corpus's "text"
            fields only: the cost of merely reading and normalizing the text.

options:
  --threads N     thread count to measure; repeat it or give a list (1,2);
                  default: 1 and every core
  --scale LIST    comma-separated repetition factors (default: 1). Scale k
                  runs on a temporary file holding the corpus k times over,
                  with ids made unique, to show how time and memory grow
                  with the input
  --runs K        runs of each measurement (default: 1); the median time and
                  the largest peak memory are reported
  -h, --help      this text

columns:
  documents   articles with a "text" string in the input
  sentences   sentences extracted (from build's summary; the same input
              gives the same count to extract)
  MB          size of the input JSON Lines file in 10^6 bytes (the uconv row
              reads only the texts of the same articles)
  seconds     wall-clock time of the child process, start to exit
  docs/s      documents / seconds
  MB/s        MB / seconds
  peak MiB    the child's own peak resident memory (getrusage ru_maxrss)

Temporary files go to $TMPDIR (default /tmp) and are removed at the end.
A time includes starting the program and loading the lexicons (well under
a second); measure a large corpus or a larger scale to make that negligible.

exit status: 0 done; 1 a run failed or a file could not be written;
2 bad command line.
)";

struct BenchOptions {
    std::string corpus;
    std::vector<unsigned> threads;
    std::vector<unsigned> scales;
    unsigned runs = 1;
    bool help = false;
};

[[noreturn]] void usage_error(const std::string& message) {
    throw std::invalid_argument("hadath bench: " + message + " (see 'hadath bench --help')");
}

// Parses "1,2,4" into positive numbers no greater than `limit`.
std::vector<unsigned> parse_list(const std::string& option, const std::string& text, unsigned limit) {
    std::vector<unsigned> numbers;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) {
        char* end = nullptr;
        const unsigned long value = std::strtoul(item.c_str(), &end, 10);
        if (item.empty() || *end != '\0' || value == 0 || value > limit)
            usage_error(option + " wants numbers from 1 to " + std::to_string(limit) + ", got '" + text + "'");
        numbers.push_back(static_cast<unsigned>(value));
    }
    if (numbers.empty()) usage_error(option + " needs a value");
    return numbers;
}

BenchOptions parse_options(int argc, char** argv) {
    BenchOptions options;
    const auto value = [&](int& i) -> std::string {
        if (i + 1 >= argc) usage_error(std::string(argv[i]) + " needs a value");
        return argv[++i];
    };
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            options.help = true;
        } else if (arg == "--threads") {
            for (unsigned n : parse_list(arg, value(i), 256)) options.threads.push_back(n);
        } else if (arg == "--scale") {
            options.scales = parse_list(arg, value(i), 1000);
        } else if (arg == "--runs") {
            options.runs = parse_list(arg, value(i), 1000).front();
        } else if (arg.size() > 1 && arg[0] == '-') {
            usage_error("unknown option '" + arg + "'");
        } else if (options.corpus.empty()) {
            options.corpus = arg;
        } else {
            usage_error("one CORPUS only, got '" + options.corpus + "' and '" + arg + "'");
        }
    }
    if (options.threads.empty()) {
        options.threads.push_back(1);
        options.threads.push_back(std::max(1u, std::thread::hardware_concurrency()));
    }
    std::sort(options.threads.begin(), options.threads.end());
    options.threads.erase(std::unique(options.threads.begin(), options.threads.end()), options.threads.end());
    if (options.scales.empty()) options.scales.push_back(1);
    return options;
}

// A directory under $TMPDIR removed with everything in it when the bench ends.
class TemporaryDirectory {
public:
    TemporaryDirectory() {
        const char* base = std::getenv("TMPDIR");
        std::string pattern = std::string(base && *base ? base : "/tmp") + "/hadath-bench-XXXXXX";
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a directory like " + pattern);
        path_ = pattern;
    }
    ~TemporaryDirectory() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

struct CorpusFacts {
    std::size_t documents = 0;  // lines with a "text" string
    std::size_t lines = 0;
};

// Reads the corpus once: counts its documents and writes their texts, one
// after another, for the uconv reference.
CorpusFacts scan_corpus(const std::string& corpus, const fs::path& texts_path) {
    std::ifstream in(corpus, std::ios::binary);
    if (!in) throw std::runtime_error(corpus + ": cannot open");
    std::ofstream texts(texts_path, std::ios::binary);
    CorpusFacts facts;
    std::string line;
    while (std::getline(in, line)) {
        ++facts.lines;
        rapidjson::Document json;
        json.Parse<rapidjson::kParseIterativeFlag>(line.c_str(), line.size());
        if (json.HasParseError() || !json.IsObject()) continue;
        const auto text = json.FindMember("text");
        if (text == json.MemberEnd() || !text->value.IsString()) continue;
        ++facts.documents;
        texts.write(text->value.GetString(), text->value.GetStringLength());
        texts.put('\n');
    }
    if (!texts.flush()) throw std::runtime_error(texts_path.string() + ": cannot write");
    return facts;
}

// Writes the corpus `copies` times over; in copy r > 1 every id gets the
// suffix "~r" so that no document is dropped as a duplicate.
void write_scaled_corpus(const std::string& corpus, unsigned copies, const fs::path& path) {
    std::ofstream out(path, std::ios::binary);
    for (unsigned copy = 1; copy <= copies; ++copy) {
        std::ifstream in(corpus, std::ios::binary);
        if (!in) throw std::runtime_error(corpus + ": cannot open");
        std::string line;
        while (std::getline(in, line)) {
            rapidjson::Document json;
            json.Parse<rapidjson::kParseIterativeFlag>(line.c_str(), line.size());
            // Without an id the reader names a line by its number, which is unique already.
            const bool has_id = !json.HasParseError() && json.IsObject() && json.HasMember("id");
            if (copy == 1 || !has_id) {
                out << line << '\n';
                continue;
            }
            const auto id = json.FindMember("id");
            std::string unique_id = id->value.IsString()
                                        ? std::string(id->value.GetString(), id->value.GetStringLength())
                                        : (id->value.IsInt64() ? std::to_string(id->value.GetInt64()) : "");
            unique_id += "~" + std::to_string(copy);
            id->value.SetString(unique_id.c_str(), static_cast<rapidjson::SizeType>(unique_id.size()),
                                json.GetAllocator());
            rapidjson::StringBuffer buffer;
            rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
            json.Accept(writer);
            out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
            out.put('\n');
        }
    }
    if (!out.flush()) throw std::runtime_error(path.string() + ": cannot write");
}

struct ChildResult {
    int status = -1;  // exit status, or -1 when killed by a signal
    double seconds = 0;
    double peak_mib = 0;
};

// Where a child's standard output goes: /dev/null when it really is the
// null device, else a scratch file (a /dev/null replaced by a regular file
// would otherwise fill up with hundreds of megabytes).
std::string discard_path(const fs::path& scratch_dir) {
    struct stat info {};
    if (::stat("/dev/null", &info) == 0 && S_ISCHR(info.st_mode)) return "/dev/null";
    return (scratch_dir / "discarded-output").string();
}

// Runs `program` with `args`, standard output to `stdout_path` and standard
// error to `stderr_path`, and measures its wall time and peak memory.
ChildResult run_child(const std::string& program, const std::vector<std::string>& args, const std::string& stdout_path,
                      const std::string& stderr_path) {
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error(std::string("cannot start a process: ") + std::strerror(errno));
    if (pid == 0) {
        const int out = ::open(stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = ::open(stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (out < 0 || err < 0 || ::dup2(out, STDOUT_FILENO) < 0 || ::dup2(err, STDERR_FILENO) < 0) ::_exit(127);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    struct rusage usage {};
    if (::wait4(pid, &status, 0, &usage) < 0) throw std::runtime_error("cannot wait for " + program);
    ChildResult result;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    result.peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

bool uconv_available() {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "/usr/bin:/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':'))
        if (!dir.empty() && ::access((fs::path(dir) / "uconv").c_str(), X_OK) == 0) return true;
    return false;
}

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// The sentence count from build's summary line, if it printed one.
std::optional<std::size_t> sentences_in_summary(const std::string& stderr_text) {
    static const std::regex summary(R"((\d+) sentences)");
    std::smatch match;
    if (!std::regex_search(stderr_text, match, summary)) return std::nullopt;
    return static_cast<std::size_t>(std::stoull(match[1].str()));
}

std::string last_lines(const std::string& text, std::size_t count) {
    std::size_t begin = text.size();
    for (std::size_t seen = 0; begin > 0 && seen <= count;) {
        if (text[--begin] == '\n') ++seen;
    }
    return text.substr(begin == 0 ? 0 : begin + 1);
}

struct Row {
    std::string stage;
    std::string threads;
    unsigned scale = 1;
    std::size_t documents = 0;
    std::optional<std::size_t> sentences;
    double megabytes = 0;
    double seconds = 0;
    double peak_mib = 0;
    std::string failure;  // empty when every run succeeded
};

std::string fixed(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

void print_table(const std::vector<Row>& rows) {
    std::cout << "| stage | threads | scale | documents | sentences | MB | seconds | docs/s | MB/s | peak MiB |\n"
              << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const Row& row : rows) {
        std::cout << "| " << row.stage << " | " << row.threads << " | " << row.scale << " | " << row.documents << " | "
                  << (row.sentences ? std::to_string(*row.sentences) : "-") << " | " << fixed(row.megabytes, 1)
                  << " | ";
        if (!row.failure.empty()) {
            std::cout << row.failure << " | - | - | - |\n";
            continue;
        }
        const double seconds = std::max(row.seconds, 1e-9);
        std::cout << fixed(row.seconds, 2) << " | " << fixed(static_cast<double>(row.documents) / seconds, 0) << " | "
                  << fixed(row.megabytes / seconds, 2) << " | " << fixed(row.peak_mib, 0) << " |\n";
    }
}

class Bench {
public:
    Bench(const BenchOptions& options, const fs::path& scratch) : options_(options), scratch_(scratch) {
        discard_ = discard_path(scratch_);
        stderr_path_ = (scratch_ / "child-stderr").string();
    }

    // Runs `args` options_.runs times; fills the row's time (median) and memory (largest).
    void measure(Row& row, const std::string& program, const std::vector<std::string>& args,
                 const fs::path& remove_after_each_run = {}) {
        std::vector<double> times;
        for (unsigned run = 1; run <= options_.runs; ++run) {
            std::cerr << "bench: " << row.stage << ", " << row.threads << " thread(s), scale " << row.scale << ", run "
                      << run << "/" << options_.runs << " ... " << std::flush;
            const ChildResult result = run_child(program, args, discard_, stderr_path_);
            if (!remove_after_each_run.empty()) {
                std::error_code ignored;
                fs::remove_all(remove_after_each_run, ignored);
            }
            const std::string child_stderr = read_all(stderr_path_);
            if (result.status != kOk && result.status != kSkippedInput) {
                std::cerr << "failed\n" << last_lines(child_stderr, 5);
                row.failure = result.status < 0 ? "killed" : "failed (status " + std::to_string(result.status) + ")";
                return;
            }
            std::cerr << fixed(result.seconds, 2) << " s, " << fixed(result.peak_mib, 0) << " MiB\n";
            if (!row.sentences) row.sentences = sentences_in_summary(child_stderr);
            times.push_back(result.seconds);
            row.peak_mib = std::max(row.peak_mib, result.peak_mib);
        }
        std::sort(times.begin(), times.end());
        row.seconds =
            times.size() % 2 ? times[times.size() / 2] : (times[times.size() / 2 - 1] + times[times.size() / 2]) / 2;
    }

    // One more build into `output`, whose events are then laid out here (wall-clock time, no memory column).
    void measure_layout(Row& row, const std::string& program, const std::string& input, const fs::path& output) {
        std::cerr << "bench: layout, scale " << row.scale << " ... " << std::flush;
        const ChildResult result = run_child(program, {"build", input, "-o", output.string()}, discard_, stderr_path_);
        std::ifstream events_file(output / "events.jsonl");
        if ((result.status != kOk && result.status != kSkippedInput) || !events_file) {
            row.failure = "failed";
            std::cerr << "failed\n";
            return;
        }
        row.seconds = time_layouts(read_events_jsonl(events_file, (output / "events.jsonl").string()));
        std::cerr << fixed(row.seconds, 2) << " s\n";
        std::error_code ignored;
        fs::remove_all(output, ignored);
    }

    const std::string& discard() const { return discard_; }

private:
    const BenchOptions& options_;
    fs::path scratch_;
    std::string discard_;
    std::string stderr_path_;
};

int run(const BenchOptions& options) {
    if (!fs::is_regular_file(options.corpus)) throw std::runtime_error(options.corpus + ": not a readable file");
    const std::string self = "/proc/self/exe";
    char resolved[4096];
    const ssize_t length = ::readlink(self.c_str(), resolved, sizeof resolved - 1);
    if (length <= 0) throw std::runtime_error("cannot find this program through " + self);
    const std::string program(resolved, static_cast<std::size_t>(length));

    TemporaryDirectory scratch;
    Bench bench(options, scratch.path());
    if (bench.discard() != "/dev/null")
        std::cerr << "bench: warning: /dev/null is not the null device; discarded output goes to a scratch file\n";
    const fs::path texts = scratch.path() / "texts.txt";
    std::cerr << "bench: reading " << options.corpus << "\n";
    const CorpusFacts facts = scan_corpus(options.corpus, texts);
    const bool with_uconv = uconv_available();
    if (!with_uconv) std::cerr << "bench: uconv not found; no reference row\n";

    std::vector<Row> rows;
    bool failed = false;
    for (unsigned scale : options.scales) {
        std::string input = options.corpus;
        const fs::path scaled = scratch.path() / ("corpus-x" + std::to_string(scale) + ".jsonl");
        if (scale > 1) {
            std::cerr << "bench: writing the corpus " << scale << " times over\n";
            write_scaled_corpus(options.corpus, scale, scaled);
            input = scaled.string();
        }
        const double megabytes = static_cast<double>(fs::file_size(input)) / 1e6;
        const std::size_t documents = facts.documents * scale;
        std::optional<std::size_t> sentences;
        std::vector<Row> scale_rows;
        const auto new_row = [&](const std::string& stage, const std::string& threads) {
            Row row;
            row.stage = stage;
            row.threads = threads;
            row.scale = scale;
            row.documents = documents;
            row.megabytes = megabytes;
            return row;
        };
        for (unsigned threads : options.threads) {
            const std::string n = std::to_string(threads);
            Row build = new_row("build", n);
            const fs::path output = scratch.path() / "build-output";
            bench.measure(build, program, {"build", input, "-o", output.string(), "--threads", n}, output);
            if (build.sentences) sentences = build.sentences;
            Row extract = new_row("extract", n);
            bench.measure(extract, program, {"extract", input, "-o", "-", "--threads", n});
            scale_rows.push_back(extract);
            scale_rows.push_back(build);
        }
        Row layout = new_row("layout", "1");
        bench.measure_layout(layout, program, input, scratch.path() / "layout-input");
        scale_rows.push_back(layout);
        if (with_uconv) {
            Row reference = new_row("uconv Any-NFKC", "1");
            std::vector<std::string> args = {"-f", "utf-8", "-t", "utf-8", "-x", "Any-NFKC"};
            for (unsigned copy = 0; copy < scale; ++copy) args.push_back(texts.string());
            bench.measure(reference, "uconv", args);
            scale_rows.push_back(reference);
        }
        for (Row& row : scale_rows) {
            if (row.stage != "uconv Any-NFKC") row.sentences = sentences;
            failed = failed || !row.failure.empty();
            rows.push_back(row);
        }
        if (scale > 1) fs::remove(scaled);
    }
    std::cerr << "bench: " << facts.lines << " lines, " << facts.documents << " documents in " << options.corpus
              << "\n";
    print_table(rows);
    return failed ? kFailed : kOk;
}

}  // namespace

int command_bench(int argc, char** argv) {
    const BenchOptions options = parse_options(argc, argv);
    if (options.help) {
        std::cout << kHelp;
        return kOk;
    }
    if (options.corpus.empty()) usage_error("no CORPUS given");
    return run(options);
}

}  // namespace hadath
