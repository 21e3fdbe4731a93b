// hadath: Arabic news articles in, an event graph and a timeline out.
// Each subcommand parses its options and calls the libraries; no text
// processing happens here.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/bench.h"
#include "cli/filters.h"
#include "export/atomic_file.h"
#include "export/events_jsonl.h"
#include "export/exports.h"
#include "extract/data_location.h"
#include "extract/encoding.h"
#include "extract/entities.h"
#include "extract/events.h"
#include "extract/pipeline.h"
#include "extract/text.h"
#include "extract/utf8.h"
#include "graph/merge.h"

namespace fs = std::filesystem;
using namespace hadath;

namespace {

// Exit statuses, documented in --help and the README.
constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;
constexpr int kSkippedInput = 3;

const char* const kMainHelp = R"(hadath - events, graph and timeline from Arabic news articles

usage: hadath COMMAND [OPTIONS] INPUT...

commands:
  build     extract, merge and write every output into a directory
  extract   write the event mentions of each document as JSON Lines
  merge     merge event-mention files (from extract) and write every output
  entities  list the actors, persons and places recognised in each document
  dates     list the date expressions found in each document, normalized
  bench     measure speed and peak memory of extract and build on a corpus

INPUT is a .txt file (one article, id = file name without extension), a
directory (its .txt and .jsonl files in name order; a manifest.jsonl there
gives ids, publication dates and titles), a .jsonl file (one article per
line: id, text, and optional date, title, source, url) or - for JSON Lines
on standard input.

exit status: 0 done; 1 failed (nothing written); 2 bad command line;
3 done, but some input was skipped (each skip is reported on standard error).

Run 'hadath help COMMAND' (or 'hadath COMMAND --help') for the options of a command.
)";

const char* const kCommonOptions = R"(  --date YYYY-MM-DD  publication date for documents that give none of their own
                     (else a date printed in the article's first lines is used)
  --encoding NAME    how the input is encoded (e.g. windows-1256, ISO-8859-6); by default
                     UTF-8, UTF-16 with a byte order mark, or else detected (the log says which)
  --threads N        threads that extract and write (default: every core); output is the same for any N
  --data DIR         lexicon and rule directory (default: $HADATH_DATA, else share/hadath
                     installed beside the program)
  --quiet            no progress, notes or summary on standard error
)";

const char* const kOptionValues = "Options take their value after a space or an '=': -o out, --output=out.\n";

const char* const kFilterOptions =
    R"(  --from DATE        export only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE          export only events on or before DATE
  --actor ACTOR      export only events with this actor, or a person speaking for it: a code
                     (KAZ), an English or Arabic name (Kazakhstan, كازاخستان) or a person's id
                     (alexander-lavrentiev); repeat it, or separate with commas, for any of several
  --type TYPE        export only events of this type (e.g. meeting_held); repeatable like --actor
  --series ID        export only events of this series of talks (e.g. astana)
A filter value hadath does not know is an error that names the valid ones.
)";

struct Options {
    std::vector<std::string> inputs;
    std::string output;
    std::string data_dir;
    unsigned threads = 0;
    bool quiet = false;
    bool help = false;
    InputOptions input;
    FilterRequest filters;
};

// "1 event", "2 events".
std::string count(std::size_t n, const std::string& noun) {
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

// Comma-separated values of a repeatable option, appended to `into`.
void add_values(const std::string& values, std::vector<std::string>& into) {
    std::size_t begin = 0;
    while (begin <= values.size()) {
        std::size_t end = values.find(',', begin);
        if (end == std::string::npos) end = values.size();
        if (end > begin) into.push_back(values.substr(begin, end - begin));
        begin = end + 1;
    }
}

[[noreturn]] void usage_error(const std::string& command, const std::string& message) {
    throw std::invalid_argument("hadath " + command + ": " + message + " (see 'hadath " + command + " --help')");
}

Options parse(const std::string& command, int argc, char** argv, bool takes_output, bool takes_filters) {
    Options options;
    for (int i = 2; i < argc; ++i) {
        std::string arg = argv[i];
        // --name=value is --name value.
        std::optional<std::string> inline_value;
        if (const std::size_t equals = arg.find('='); arg.rfind("--", 0) == 0 && equals != std::string::npos) {
            inline_value = arg.substr(equals + 1);
            arg.erase(equals);
        }
        bool took_value = false;
        const auto value = [&]() -> std::string {
            took_value = true;
            if (inline_value) return *inline_value;
            if (i + 1 >= argc) usage_error(command, arg + " needs a value");
            return argv[++i];
        };
        if (arg == "-h" || arg == "--help") {
            options.help = true;
        } else if ((arg == "-o" || arg == "--output") && takes_output) {
            options.output = value();
            if (options.output.empty()) usage_error(command, arg + " needs a value");
        } else if (arg == "--date") {
            options.input.default_date = value();
            if (!parse_iso_date(options.input.default_date)) {
                const std::string problem = filter_date_problem(options.input.default_date);
                const std::size_t hint = problem.find("; did you mean");
                usage_error(command, "--date wants a day, YYYY-MM-DD; '" + options.input.default_date + "' is not one" +
                                         (hint == std::string::npos ? "" : problem.substr(hint)));
            }
        } else if (arg == "--encoding") {
            options.input.encoding = value();
            if (const std::string problem = encoding_problem(options.input.encoding); !problem.empty())
                usage_error(command, "--encoding: " + problem);
        } else if (arg == "--threads") {
            const std::string n = value();
            try {
                options.threads = static_cast<unsigned>(std::stoul(n));
            } catch (const std::exception&) {
                usage_error(command, "--threads wants a number, got '" + n + "'");
            }
            if (options.threads == 0 || options.threads > 256) usage_error(command, "--threads wants 1 to 256");
        } else if (arg == "--data") {
            options.data_dir = value();
        } else if (arg == "--quiet" || arg == "-q") {
            options.quiet = true;
        } else if (takes_filters && arg == "--from") {
            options.filters.from = value();
        } else if (takes_filters && arg == "--to") {
            options.filters.to = value();
        } else if (takes_filters && arg == "--actor") {
            add_values(value(), options.filters.actors);
        } else if (takes_filters && arg == "--type") {
            add_values(value(), options.filters.types);
        } else if (takes_filters && arg == "--series") {
            options.filters.series = value();
        } else if (arg.size() > 1 && arg[0] == '-') {
            usage_error(command, "unknown option '" + arg + "'");
        } else {
            options.inputs.push_back(arg);
        }
        if (inline_value && !took_value) usage_error(command, arg + " takes no value");
    }
    // The normalizer and every other data file come from the same place.
    if (!options.data_dir.empty()) use_data_dir(options.data_dir);
    return options;
}

std::shared_ptr<const Resources> load_resources(const Options& options) {
    try {
        return Resources::load(options.data_dir.empty() ? Resources::default_data_dir() : options.data_dir);
    } catch (const std::exception& error) {
        throw std::runtime_error(std::string("cannot load lexicons and rules: ") + error.what());
    }
}

// Merging needs only the event types, not the whole lexicon.
EventTypes load_event_types(const Options& options) {
    try {
        const std::string data_dir = options.data_dir.empty() ? Resources::default_data_dir() : options.data_dir;
        return EventTypes::load(data_dir + "/rules/ar/types.tsv");
    } catch (const std::exception& error) {
        throw std::runtime_error(std::string("cannot load the event types: ") + error.what());
    }
}

void report_skipped(const std::string& message) {
    std::cerr << "hadath: skipped: " << message << "\n";
}

std::function<void(const std::string&)> note_reporter(const Options& options) {
    if (options.quiet) return {};
    return [](const std::string& message) { std::cerr << "hadath: note: " << message << "\n"; };
}

PipelineOptions pipeline_options(const Options& options) {
    PipelineOptions p;
    p.threads = options.threads;
    p.progress = !options.quiet && ::isatty(STDERR_FILENO);
    p.input = options.input;
    p.on_note = note_reporter(options);
    return p;
}

// The filters checked against the lexicons and rules (loaded only when a filter is given).
EventFilter checked_filter(const Options& options, std::shared_ptr<const Resources>& resources) {
    if (options.filters.empty()) return {};
    if (!resources) resources = load_resources(options);
    return resolve_filter(options.filters, *resources);
}

// Creates the output directory, or says in plain words why it cannot be.
void prepare_output_directory(const std::string& dir) {
    std::error_code error;
    if (fs::exists(dir, error) && !fs::is_directory(dir, error))
        throw std::runtime_error("the output '" + dir + "' exists and is not a directory; name a directory with -o");
    fs::create_directories(dir, error);
    if (error) throw std::runtime_error("cannot create the output directory '" + dir + "': " + error.message());
}

// What write_outputs wrote: the events and the graph summary.
struct Written {
    std::size_t events = 0;
    std::string graph;  // the graph summary
};

// Filters the merged events and writes events.jsonl and every graph and timeline file.
Written write_outputs(const Options& options, const EventFilter& filter, const std::vector<Event>& merged,
                      const std::vector<DocumentInfo>& documents) {
    std::vector<Event> filtered;
    if (!options.filters.empty()) filtered = apply_filter(merged, filter);
    const std::vector<Event>& events = options.filters.empty() ? merged : filtered;
    prepare_output_directory(options.output);
    const std::string summary = write_output_files(events, documents, options.output, options.threads);
    return {events.size(), summary};
}

// What was read and written, and what to try when nothing came of it.
void print_summary(const Options& options, const PipelineStats& stats, std::size_t merged, const Written& written,
                   std::size_t undated) {
    if (options.quiet) return;
    std::cerr << "hadath: " << count(stats.documents, "document") << " read";
    if (stats.skipped > 0) std::cerr << ", " << count(stats.skipped, "input problem") << " reported above";
    if (stats.sentences > 0) std::cerr << ", " << count(stats.sentences, "sentence");
    std::cerr << "; " << count(stats.event_mentions, "event mention") << " merged into " << count(merged, "event")
              << "\n";
    if (written.events > 0) std::cerr << written.graph;
    std::cerr << "hadath: wrote " << count(written.events, "event");
    if (written.events != merged) std::cerr << " (of " << merged << "; the rest left out by the filters)";
    std::cerr << " to " << options.output << "\n";
    if (stats.documents == 0) {
        std::cerr << (stats.skipped > 0 ? "hadath: no document could be read; see the problems reported above\n"
                                        : "hadath: no document was read: check the INPUT names; a directory is read "
                                          "for its .txt and .jsonl files\n");
    } else if (merged == 0) {
        std::cerr << "hadath: no event was found in " << count(stats.documents, "document")
                  << ". hadath reads Arabic news reports of meetings, statements, visits, offers and agreements; "
                     "'hadath entities INPUT' shows what the lexicons recognise\n";
    } else if (written.events == 0) {
        std::cerr << "hadath: the filters left out every event; 'hadath build' without them shows what there is\n";
    }
    if (undated > 0 && written.events > 0)
        std::cerr << "hadath: "
                  << (undated == stats.documents
                          ? std::string("no document has")
                          : count(undated, "document") + (undated == 1 ? " has" : " have") + " no")
                  << (undated == stats.documents ? " a" : "")
                  << " publication date, so dates such as \"yesterday\" stay unresolved and events without a date of "
                     "their own are Undated; give one with --date YYYY-MM-DD, a \"date\" in each JSON Lines record, "
                     "or a manifest.jsonl beside the .txt files\n";
}

// Ends a command that holds a whole corpus's events and documents once everything is written: the
// memory goes back to the system at once, not object by object, which takes a noticeable share of a
// run. Builds with the sanitizers free everything, so that leaks still show.
int end_with_everything_written(int status) {
#if !defined(HADATH_FREE_AT_EXIT)
    std::cout.flush();
    std::cerr.flush();
    std::_Exit(status);
#endif
    return status;
}

int command_build(int argc, char** argv) {
    Options options = parse("build", argc, argv, true, true);
    if (options.help) {
        std::cout << "usage: hadath build INPUT... -o DIR [OPTIONS]\n\n"
                     "Extracts the events of every document, merges the mentions of one event across\n"
                     "sentences and documents, and writes into DIR (created if missing):\n"
                     "  events.jsonl    one merged event per line (offsets are code points of the original text)\n"
                     "  graph.graphml   the knowledge graph, for Gephi; actors.graphml: the actor network\n"
                     "  graph.gexf      the graph with time intervals, for Gephi's timeline\n"
                     "  timeline.md, timeline.json (TimelineJS), timeline.csv, timeline.html\n"
                     "Each file is replaced only when written completely.\n\noptions:\n"
                  << "  -o, --output DIR   output directory (required)\n"
                  << kCommonOptions << kFilterOptions << kOptionValues;
        return kOk;
    }
    if (options.inputs.empty()) usage_error("build", "no INPUT given");
    if (options.output.empty()) usage_error("build", "no output directory given (-o DIR)");
    std::shared_ptr<const Resources> resources = load_resources(options);
    const EventFilter filter = checked_filter(options, resources);
    const EventExtractor extractor(*resources);
    std::size_t undated = 0;
    std::vector<Event> mentions;
    std::vector<DocumentInfo> documents;
    std::set<std::string> seen;
    std::size_t duplicates = 0;
    const PipelineStats stats = run_pipeline(
        extractor, options.inputs, pipeline_options(options),
        [&](const DocumentInfo& info, DocumentAnalysis&& analysis) {
            if (!seen.insert(info.id).second) {
                report_skipped("document id '" + info.id + "' appears twice; the second is skipped");
                ++duplicates;
                return;
            }
            documents.push_back(info);
            undated += info.date.empty();
            // Room for them all at once, and the moved-from events freed at once: a long
            // document's mentions are then never held twice.
            const std::size_t needed = mentions.size() + analysis.events.size();
            if (needed > mentions.capacity()) mentions.reserve(std::max(needed, 2 * mentions.capacity()));
            for (Event& e : analysis.events) mentions.push_back(std::move(e));
            std::vector<Event>().swap(analysis.events);
        },
        report_skipped);
    const std::vector<Event> merged = merge_events(std::move(mentions), resources->types, documents);
    const Written written = write_outputs(options, filter, merged, documents);
    print_summary(options, stats, merged.size(), written, undated);
    return end_with_everything_written(stats.skipped + duplicates > 0 ? kSkippedInput : kOk);
}

// Mention files carry one line per document too, so merge knows every document.
constexpr const char* kDocumentType = "document";

int command_extract(int argc, char** argv) {
    Options options = parse("extract", argc, argv, true, false);
    if (options.help) {
        std::cout << "usage: hadath extract INPUT... [-o FILE] [OPTIONS]\n\n"
                     "Writes the event mentions of each document as JSON Lines, one line per mention, and\n"
                     "one line of type \"document\" per document, to FILE or standard output. It streams:\n"
                     "memory does not grow with the corpus. Merge the files with 'hadath merge'.\n\noptions:\n"
                  << "  -o, --output FILE  where to write (default: standard output)\n"
                  << kCommonOptions << kOptionValues;
        return kOk;
    }
    if (options.inputs.empty()) usage_error("extract", "no INPUT given");
    const auto resources = load_resources(options);
    const EventExtractor extractor(*resources);
    const auto run = [&](std::ostream& out) {
        return run_pipeline(
            extractor, options.inputs, pipeline_options(options),
            [&](const DocumentInfo& info, DocumentAnalysis&& analysis) {
                Event document;
                document.type = kDocumentType;
                document.id = info.id;
                document.date.value = info.date;
                Mention m;
                m.doc = info.id;
                m.text = info.title;
                document.mentions.push_back(m);
                document.actors.push_back({info.source, info.url, "", "", "", "", ""});
                write_event_json(out, document);
                for (const Event& e : analysis.events) write_event_json(out, e);
            },
            report_skipped);
    };
    PipelineStats stats;
    if (options.output.empty() || options.output == "-") {
        stats = run(std::cout);
        std::cout.flush();
    } else {
        write_file_atomically(options.output, [&](std::ostream& out) { stats = run(out); });
    }
    if (!options.quiet) {
        std::cerr << "hadath: " << count(stats.documents, "document") << " read";
        if (stats.skipped > 0) std::cerr << ", " << count(stats.skipped, "input problem") << " reported above";
        std::cerr << "; " << count(stats.event_mentions, "event mention") << "\n";
    }
    return stats.skipped > 0 ? kSkippedInput : kOk;
}

int command_merge(int argc, char** argv) {
    Options options = parse("merge", argc, argv, true, true);
    if (options.help) {
        std::cout << "usage: hadath merge FILE... -o DIR [FILTERS]\n\n"
                     "Reads event-mention files written by 'hadath extract' (in any number and order) and\n"
                     "writes the same outputs as 'hadath build' would for all their documents together.\n\noptions:\n"
                  << "  -o, --output DIR   output directory (required)\n  --quiet            no summary\n"
                  << kFilterOptions << kOptionValues;
        return kOk;
    }
    if (options.inputs.empty()) usage_error("merge", "no FILE given");
    if (options.output.empty()) usage_error("merge", "no output directory given (-o DIR)");
    std::shared_ptr<const Resources> resources;
    const EventFilter filter = checked_filter(options, resources);
    std::vector<Event> mentions;
    std::map<std::string, DocumentInfo> documents;
    // A mention file is a whole map task's work: without it the output would
    // lack documents, so a missing or damaged one fails the merge.
    for (const std::string& file : options.inputs) {
        std::ifstream in(file, std::ios::binary);
        if (!in) throw std::runtime_error("cannot read '" + file + "'" + (fs::exists(file) ? "" : ": no such file"));
        for (Event& e : read_events_jsonl(in, file)) {
            if (e.type == kDocumentType) {
                DocumentInfo info{e.id, e.date.value, e.mentions.front().text, "", ""};
                if (!e.actors.empty()) {
                    info.source = e.actors.front().id;
                    info.url = e.actors.front().name;
                }
                documents.emplace(info.id, info);
            } else {
                mentions.push_back(std::move(e));
            }
        }
    }
    std::vector<DocumentInfo> ordered;
    for (auto& [id, info] : documents) ordered.push_back(info);
    PipelineStats stats;
    stats.documents = ordered.size();
    stats.event_mentions = mentions.size();
    const std::size_t undated = static_cast<std::size_t>(
        std::count_if(ordered.begin(), ordered.end(), [](const DocumentInfo& info) { return info.date.empty(); }));
    const std::vector<Event> merged = merge_events(std::move(mentions), load_event_types(options), ordered);
    const Written written = write_outputs(options, filter, merged, ordered);
    print_summary(options, stats, merged.size(), written, undated);
    return end_with_everything_written(kOk);
}

// Reads every input document for a listing command; the exit status says whether any was skipped.
int for_each_document(const Options& options, const std::function<void(InputDocument&&)>& list) {
    std::size_t skipped = 0;
    InputSink sink;
    sink.skipped = [&](const std::string& message) {
        ++skipped;
        report_skipped(message);
    };
    sink.document = list;
    sink.note = note_reporter(options);
    read_inputs(options.inputs, options.input, sink);
    return skipped > 0 ? kSkippedInput : kOk;
}

int command_entities(int argc, char** argv) {
    Options options = parse("entities", argc, argv, false, false);
    if (options.help) {
        std::cout << "usage: hadath entities INPUT... [OPTIONS]\n\n"
                     "Lists, per document, the actors (states, organisations, groups), persons and places\n"
                     "recognised, with their count and the code point offsets of each mention, as TSV:\n"
                     "  doc  kind  id  name_ar  affiliation  count  offsets\n"
                     "so that an analyst can see what the lexicons miss.\n\noptions:\n"
                  << kCommonOptions << kOptionValues;
        return kOk;
    }
    if (options.inputs.empty()) usage_error("entities", "no INPUT given");
    const auto resources = load_resources(options);
    const EntityRecognizer recognizer(*resources);
    return for_each_document(options, [&](InputDocument&& document) {
        const NormalizedText normalized = resources->normalizer.normalize(document.text);
        const std::vector<Token> tokens = tokenize(normalized.text);
        PersonMemory memory;
        struct Row {
            std::string name_ar, affiliation;
            std::vector<std::size_t> offsets;
        };
        std::map<std::pair<std::string, std::string>, Row> rows;
        const auto offset = [&](std::size_t token) {
            const std::size_t byte = normalized.to_original(tokens[token].begin);
            return utf8::count_code_points(std::string_view(document.text).substr(0, byte));
        };
        for (const Sentence& sentence : split_sentences(normalized.text, tokens)) {
            const SentenceEntities s = recognizer.recognize(normalized, document.text, tokens, sentence,
                                                            parse_iso_date(document.info.date), memory);
            for (const PersonRef& p : s.persons) {
                if (!p.named()) continue;
                Row& row = rows[{"person", p.id}];
                row.name_ar = p.name_ar;
                row.affiliation = p.affiliation;
                row.offsets.push_back(offset(p.first));
            }
            for (const ActorRef& a : s.actors) {
                Row& row = rows[{"actor", a.id}];
                if (const ActorEntry* entry = resources->actor(a.id)) row.name_ar = entry->name_ar;
                row.offsets.push_back(offset(a.first));
            }
            for (const PlaceRef& p : s.places) {
                Row& row = rows[{"place", resources->places[p.place].id}];
                row.name_ar = resources->places[p.place].name_ar;
                row.affiliation = resources->places[p.place].state;
                row.offsets.push_back(offset(p.first));
            }
        }
        for (const auto& [key, row] : rows) {
            std::cout << document.info.id << '\t' << key.first << '\t' << key.second << '\t' << row.name_ar << '\t'
                      << (row.affiliation.empty() ? "-" : row.affiliation) << '\t' << row.offsets.size() << '\t';
            for (std::size_t i = 0; i < row.offsets.size(); ++i) std::cout << (i ? "," : "") << row.offsets[i];
            std::cout << '\n';
        }
    });
}

int command_dates(int argc, char** argv) {
    Options options = parse("dates", argc, argv, false, false);
    if (options.help) {
        std::cout << "usage: hadath dates INPUT... [OPTIONS]\n\n"
                     "Lists every date expression found, resolved against the document's publication\n"
                     "date, as TSV: doc  offset  text  value  end  precision  publication  disagreement\n"
                     "(disagreement: the Hijri reading of a Hijri/Gregorian pair more than a day apart)\n\noptions:\n"
                  << kCommonOptions << kOptionValues;
        return kOk;
    }
    if (options.inputs.empty()) usage_error("dates", "no INPUT given");
    const auto resources = load_resources(options);
    return for_each_document(options, [&](InputDocument&& document) {
        const NormalizedText normalized = resources->normalizer.normalize(document.text);
        const auto publication = parse_iso_date(document.info.date);
        for (const DateMention& date : resources->dates.find(normalized.text, publication)) {
            const std::size_t begin = normalized.to_original(date.begin), end = normalized.to_original(date.end);
            std::string text = document.text.substr(begin, end - begin);
            for (char& c : text)
                if (c == '\n' || c == '\t') c = ' ';
            std::cout << document.info.id << '\t'
                      << utf8::count_code_points(std::string_view(document.text).substr(0, begin)) << '\t' << text
                      << '\t' << (date.value.empty() ? "-" : date.value) << '\t'
                      << (date.end_value.empty() ? "-" : date.end_value) << '\t' << date.precision << '\t'
                      << (document.info.date.empty() ? "-" : document.info.date) << '\t'
                      << (date.disagreement.empty() ? "-" : date.disagreement) << '\n';
        }
    });
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    static const std::map<std::string, int (*)(int, char**)> commands = {
        {"build", command_build},       {"extract", command_extract}, {"merge", command_merge},
        {"entities", command_entities}, {"dates", command_dates},     {"bench", command_bench}};
    // 'hadath help build' is 'hadath build --help'.
    std::vector<char*> help_argv;
    if (argc == 3 && std::strcmp(argv[1], "help") == 0 && commands.count(argv[2])) {
        static char help_option[] = "--help";
        help_argv = {argv[0], argv[2], help_option, nullptr};
        argv = help_argv.data();
        argc = 3;
    }
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ||
        std::strcmp(argv[1], "help") == 0) {
        if (argc == 3 && std::strcmp(argv[1], "help") == 0) {
            std::cerr << "hadath: no command '" << argv[2] << "' (see 'hadath --help')\n";
            return kUsage;
        }
        std::cout << kMainHelp;
        return argc < 2 ? kUsage : kOk;
    }
    if (std::strcmp(argv[1], "--version") == 0) {
        std::cout << "hadath " << HADATH_VERSION << "\n";
        return kOk;
    }
    const auto command = commands.find(argv[1]);
    if (command == commands.end()) {
        std::cerr << "hadath: unknown command '" << argv[1] << "' (see 'hadath --help')\n";
        return kUsage;
    }
    try {
        return command->second(argc, argv);
    } catch (const std::invalid_argument& error) {
        const std::string message = error.what();
        // Messages of the filter checks name the option, not the command.
        std::cerr << (message.rfind("hadath ", 0) == 0 ? "" : "hadath " + std::string(argv[1]) + ": ") << message
                  << "\n";
        return kUsage;
    } catch (const fs::filesystem_error& error) {
        std::cerr << "hadath " << argv[1] << ": cannot write '" << error.path1().string()
                  << "': " << error.code().message() << "\n";
        return kFailed;
    } catch (const std::exception& error) {
        std::cerr << "hadath " << argv[1] << ": " << error.what() << "\n";
        return kFailed;
    }
}
