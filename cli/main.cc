// hadath: Arabic news articles in, an event graph and a timeline out.
// Each subcommand parses its options and calls the libraries; no text
// processing happens here.
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/bench.h"
#include "export/atomic_file.h"
#include "export/events_jsonl.h"
#include "export/exports.h"
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

Run 'hadath COMMAND --help' for the options of a command.
)";

const char* const kCommonOptions = R"(  --date YYYY-MM-DD  publication date for documents that give none of their own
                     (else a date printed in the article's first lines is used)
  --threads N        extraction threads (default: every core); output is the same for any N
  --data DIR         lexicon and rule directory (default: $HADATH_DATA or the built-in one)
  --quiet            no progress or summary on standard error
)";

const char* const kFilterOptions =
    R"(  --from DATE        export only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE          export only events on or before DATE
  --actor ID         export only events with this actor (e.g. KAZ, alexander-lavrentiev)
  --type TYPE        export only events of this type (e.g. meeting_held)
  --series ID        export only events of this series of talks (e.g. astana)
)";

struct Options {
    std::vector<std::string> inputs;
    std::string output;
    std::string data_dir;
    unsigned threads = 0;
    bool quiet = false;
    bool help = false;
    InputOptions input;
    ExportFilter filter;
};

[[noreturn]] void usage_error(const std::string& command, const std::string& message) {
    throw std::invalid_argument("hadath " + command + ": " + message + " (see 'hadath " + command + " --help')");
}

Options parse(const std::string& command, int argc, char** argv, bool takes_output, bool takes_filters) {
    Options options;
    const auto value = [&](int& i) -> std::string {
        if (i + 1 >= argc) usage_error(command, std::string(argv[i]) + " needs a value");
        return argv[++i];
    };
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            options.help = true;
        } else if ((arg == "-o" || arg == "--output") && takes_output) {
            options.output = value(i);
        } else if (arg == "--date") {
            options.input.default_date = value(i);
            if (!parse_iso_date(options.input.default_date))
                usage_error(command, "--date wants YYYY-MM-DD, got '" + options.input.default_date + "'");
        } else if (arg == "--threads") {
            const std::string n = value(i);
            try {
                options.threads = static_cast<unsigned>(std::stoul(n));
            } catch (const std::exception&) {
                usage_error(command, "--threads wants a number, got '" + n + "'");
            }
            if (options.threads == 0 || options.threads > 256) usage_error(command, "--threads wants 1 to 256");
        } else if (arg == "--data") {
            options.data_dir = value(i);
        } else if (arg == "--quiet" || arg == "-q") {
            options.quiet = true;
        } else if (takes_filters && arg == "--from") {
            options.filter.from = value(i);
        } else if (takes_filters && arg == "--to") {
            options.filter.to = value(i);
        } else if (takes_filters && arg == "--actor") {
            options.filter.actor = value(i);
        } else if (takes_filters && arg == "--type") {
            options.filter.type = value(i);
        } else if (takes_filters && arg == "--series") {
            options.filter.series = value(i);
        } else if (arg.size() > 1 && arg[0] == '-') {
            usage_error(command, "unknown option '" + arg + "'");
        } else {
            options.inputs.push_back(arg);
        }
    }
    if (options.data_dir.empty()) options.data_dir = Resources::default_data_dir();
    return options;
}

std::shared_ptr<const Resources> load_resources(const Options& options) {
    try {
        return Resources::load(options.data_dir);
    } catch (const std::exception& error) {
        throw std::runtime_error(std::string("cannot load lexicons and rules: ") + error.what());
    }
}

void report_skipped(const std::string& message) {
    std::cerr << "hadath: skipped: " << message << "\n";
}

PipelineOptions pipeline_options(const Options& options) {
    PipelineOptions p;
    p.threads = options.threads;
    p.progress = !options.quiet && ::isatty(STDERR_FILENO);
    p.input = options.input;
    return p;
}

// Writes events.jsonl and every graph and timeline file; returns the graph summary.
std::string write_outputs(const Options& options, const std::vector<Event>& merged,
                          const std::vector<DocumentInfo>& documents) {
    fs::create_directories(options.output);
    const std::vector<Event> events = filter_events(merged, options.filter);
    write_file_atomically((fs::path(options.output) / "events.jsonl").string(),
                          [&](std::ostream& out) { write_events_jsonl(out, events); });
    return write_graph_and_timelines(events, documents, options.output);
}

void print_summary(const Options& options, const PipelineStats& stats, std::size_t events, const std::string& graph) {
    if (options.quiet) return;
    std::cerr << "hadath: " << stats.documents << " documents read, " << stats.skipped << " skipped, "
              << stats.sentences << " sentences, " << stats.event_mentions << " event mentions merged into " << events
              << " events\n";
    if (!graph.empty()) std::cerr << graph;
    std::cerr << "hadath: wrote " << options.output << "\n";
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
                  << kCommonOptions << kFilterOptions;
        return kOk;
    }
    if (options.inputs.empty()) usage_error("build", "no INPUT given");
    if (options.output.empty()) usage_error("build", "no output directory given (-o DIR)");
    const auto resources = load_resources(options);
    const EventExtractor extractor(*resources);
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
            for (Event& e : analysis.events) mentions.push_back(std::move(e));
        },
        report_skipped);
    const std::vector<Event> merged = merge_events(std::move(mentions));
    const std::string graph = write_outputs(options, merged, documents);
    print_summary(options, stats, merged.size(), graph);
    return stats.skipped + duplicates > 0 ? kSkippedInput : kOk;
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
                  << kCommonOptions;
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
    if (!options.quiet)
        std::cerr << "hadath: " << stats.documents << " documents, " << stats.skipped << " skipped, "
                  << stats.event_mentions << " event mentions\n";
    return stats.skipped > 0 ? kSkippedInput : kOk;
}

int command_merge(int argc, char** argv) {
    Options options = parse("merge", argc, argv, true, true);
    if (options.help) {
        std::cout << "usage: hadath merge FILE... -o DIR [FILTERS]\n\n"
                     "Reads event-mention files written by 'hadath extract' (in any number and order) and\n"
                     "writes the same outputs as 'hadath build' would for all their documents together.\n\noptions:\n"
                  << "  -o, --output DIR   output directory (required)\n  --quiet            no summary\n"
                  << kFilterOptions;
        return kOk;
    }
    if (options.inputs.empty()) usage_error("merge", "no FILE given");
    if (options.output.empty()) usage_error("merge", "no output directory given (-o DIR)");
    std::vector<Event> mentions;
    std::map<std::string, DocumentInfo> documents;
    for (const std::string& file : options.inputs) {
        std::ifstream in(file, std::ios::binary);
        if (!in) throw std::runtime_error(file + ": cannot open");
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
    const std::vector<Event> merged = merge_events(std::move(mentions));
    const std::string graph = write_outputs(options, merged, ordered);
    print_summary(options, stats, merged.size(), graph);
    return kOk;
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
                  << kCommonOptions;
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
                  << kCommonOptions;
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
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ||
        std::strcmp(argv[1], "help") == 0) {
        std::cout << kMainHelp;
        return argc < 2 ? kUsage : kOk;
    }
    if (std::strcmp(argv[1], "--version") == 0) {
        std::cout << "hadath " << HADATH_VERSION << "\n";
        return kOk;
    }
    static const std::map<std::string, int (*)(int, char**)> commands = {
        {"build", command_build},       {"extract", command_extract}, {"merge", command_merge},
        {"entities", command_entities}, {"dates", command_dates},     {"bench", command_bench}};
    const auto command = commands.find(argv[1]);
    if (command == commands.end()) {
        std::cerr << "hadath: unknown command '" << argv[1] << "' (see 'hadath --help')\n";
        return kUsage;
    }
    try {
        return command->second(argc, argv);
    } catch (const std::invalid_argument& error) {
        std::cerr << error.what() << "\n";
        return kUsage;
    } catch (const std::exception& error) {
        std::cerr << "hadath " << argv[1] << ": " << error.what() << "\n";
        return kFailed;
    }
}
