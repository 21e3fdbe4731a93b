// Every export of write_output_files, checked by reading it back:
// Boost's GraphML reader, xmllint against the schemas, networkx and igraph,
// RapidJSON, a CSV parser and headless Chromium.
#include <rapidjson/document.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <boost/graph/graphml.hpp>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "browser_support.h"
#include "export/exports.h"
#include "export/markup.h"
#include "export/output_buffer.h"
#include "export/timeline.h"
#include "extract/utf8.h"
#include "graph/knowledge_graph.h"
#include "sample_events.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using hadath::testing::chromium_command;
using hadath::testing::CommandResult;
using hadath::testing::have_command;
using hadath::testing::read_file;
using hadath::testing::run;
using hadath::testing::sample_documents;
using hadath::testing::sample_events;
using hadath::testing::shared_dir;
using hadath::testing::shell_quote;

const char* const kOutputFiles[] = {"events.jsonl", "graph.graphml", "actors.graphml", "graph.gexf",
                                    "timeline.md",  "timeline.json", "timeline.csv",   "timeline.html"};

// This run's scratch directory, removed when the program ends.
const fs::path& scratch_root() {
    struct Root {
        fs::path path = fs::temp_directory_path() / ("hadath-test-exports-" + std::to_string(::getpid()));
        ~Root() {
            std::error_code ignored;
            fs::remove_all(path, ignored);
        }
    };
    static const Root root;
    return root.path;
}

fs::path fresh_dir(const std::string& name) {
    auto dir = scratch_root() / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

struct Written {
    fs::path dir;
    std::string summary;
    std::string file(const char* name) const { return read_file(dir / name); }
};

Written write_outputs(const std::string& name, const std::vector<hadath::Event>& events,
                      const std::vector<hadath::DocumentInfo>& documents, unsigned threads = 0) {
    Written written;
    written.dir = fresh_dir(name);
    written.summary = hadath::write_output_files(events, documents, written.dir.string(), threads);
    return written;
}

Written write_sample(const std::string& name) {
    return write_outputs(name, sample_events(), sample_documents());
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t found = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++found;
    return found;
}

// The first Python that has both graph modules (a virtualenv's python3 may lack the system packages).
std::string python_with_graph_modules() {
    for (const char* candidate : {"python3", "/usr/bin/python3"}) {
        if (run(std::string(candidate) + " -c 'import networkx, igraph' >/dev/null").status == 0) return candidate;
    }
    return "";
}

// The page's DOM after its scripts ran.
std::string dump_dom(const std::string& chromium, const fs::path& page, const std::string& fragment = "") {
    auto result = hadath::testing::run_chromium(chromium, "file://" + page.string() + fragment,
                                                scratch_root() / "browser-profile", "--dump-dom");
    INFO(result.output);
    CHECK(result.status == 0);
    return result.output;
}

// Node and edge properties as Boost's reader fills them.
struct ReadNode {
    std::string id;
    std::string type;
    std::string label;
    std::string label_ar;
    std::string date;
    std::string date_end;
    std::string precision;
    int documents = 0;
    int r = 0;
    double size = 0;
    double x = 0;
    double y = 0;
};
struct ReadEdge {
    std::string type;
    double weight = 0;
};

template <typename Graph>
boost::dynamic_properties read_properties(Graph& graph) {
    boost::dynamic_properties properties(boost::ignore_other_properties);
    properties.property("node_id", boost::get(&ReadNode::id, graph));
    properties.property("node_kind", boost::get(&ReadNode::type, graph));
    properties.property("label", boost::get(&ReadNode::label, graph));
    properties.property("label_ar", boost::get(&ReadNode::label_ar, graph));
    properties.property("event_date", boost::get(&ReadNode::date, graph));
    properties.property("event_date_end", boost::get(&ReadNode::date_end, graph));
    properties.property("precision", boost::get(&ReadNode::precision, graph));
    properties.property("documents", boost::get(&ReadNode::documents, graph));
    properties.property("r", boost::get(&ReadNode::r, graph));
    properties.property("size", boost::get(&ReadNode::size, graph));
    properties.property("x", boost::get(&ReadNode::x, graph));
    properties.property("y", boost::get(&ReadNode::y, graph));
    properties.property("relation", boost::get(&ReadEdge::type, graph));
    properties.property("weight", boost::get(&ReadEdge::weight, graph));
    return properties;
}

using ReadGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ReadNode, ReadEdge>;
using ReadNetwork = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, ReadNode, ReadEdge>;

template <typename Graph>
Graph read_graphml_file(const fs::path& path) {
    Graph graph;
    auto properties = read_properties(graph);
    std::ifstream in(path);
    boost::read_graphml(in, graph, properties);
    return graph;
}

// attr.name of every <key>, by for="node"/"edge"; checks the Gephi rules on the way.
std::map<std::string, std::set<std::string>> graphml_keys(const std::string& graphml) {
    std::map<std::string, std::set<std::string>> keys;
    static const std::regex key_pattern(
        R"re(<key id="[^"]+" for="([a-z]+)" attr\.name="([^"]+)" attr\.type="([a-z]+)")re");
    static const std::set<std::string> schema_types = {"boolean", "int", "long", "float", "double", "string"};
    for (std::sregex_iterator it(graphml.begin(), graphml.end(), key_pattern), end; it != end; ++it) {
        std::string target = (*it)[1], name = (*it)[2], type = (*it)[3];
        CHECK((target == "node" || target == "edge"));
        CHECK(schema_types.count(type) == 1);
        keys[target].insert(name);
    }
    CHECK(count(graphml, "<key ") == keys["node"].size() + keys["edge"].size());
    return keys;
}

// A node or edge of a GraphML or GEXF file as this project writes them (one
// element per line): its id and its values by attribute name, as written.
struct Element {
    std::string id;
    std::map<std::string, std::string> values;
};

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// Nodes (or edges) of a GraphML file with their <data>, by attr.name.
std::vector<Element> graphml_elements(const std::string& graphml, const std::string& kind) {
    static const std::regex key(R"re(^  <key id="([^"]+)" for="([a-z]+)" attr\.name="([^"]+)")re");
    const std::regex start("^    <" + kind + " id=\"([^\"]+)\"");
    static const std::regex data(R"re(^      <data key="([^"]+)">(.*)</data>$)re");
    std::map<std::string, std::string> names;
    std::vector<Element> elements;
    bool inside = false;
    std::smatch match;
    for (const std::string& line : lines_of(graphml)) {
        if (std::regex_search(line, match, key) && match[2] == kind) {
            names[match[1]] = match[3];
        } else if (std::regex_search(line, match, start)) {
            elements.push_back({match[1], {}});
            inside = true;
        } else if (line == "    </" + kind + ">") {
            inside = false;
        } else if (inside && std::regex_search(line, match, data)) {
            elements.back().values[names.at(match[1])] = match[2];
        }
    }
    return elements;
}

// Nodes of a GEXF file with their attvalues, by attribute title.
std::vector<Element> gexf_nodes(const std::string& gexf) {
    static const std::regex attribute(R"re(^      <attribute id="([^"]+)" title="([^"]+)")re");
    static const std::regex node(R"re(^      <node id="([^"]+)")re");
    static const std::regex value(R"re(^          <attvalue for="([^"]+)" value="(.*)"/>$)re");
    std::map<std::string, std::string> titles;
    std::vector<Element> nodes;
    bool node_attributes = false;
    std::smatch match;
    for (const std::string& line : lines_of(gexf)) {
        if (line.find("<attributes class=") != std::string::npos) {
            node_attributes = line.find("class=\"node\"") != std::string::npos;
        } else if (node_attributes && std::regex_search(line, match, attribute)) {
            titles[match[1]] = match[2];
        } else if (std::regex_search(line, match, node)) {
            nodes.push_back({match[1], {}});
        } else if (line.find("<edges ") != std::string::npos) {
            break;
        } else if (!nodes.empty() && std::regex_search(line, match, value)) {
            nodes.back().values[titles.at(match[1])] = match[2];
        }
    }
    return nodes;
}

bool xml_text_is_clean(const std::string& text) {
    return std::none_of(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\r' && c != '\t';
    });
}

CommandResult xmllint(const std::string& schema_option, const fs::path& schema, const fs::path& file) {
    return run("xmllint --noout --nonet " + schema_option + " " + shell_quote(schema.string()) + " " +
               shell_quote(file.string()));
}

// RFC 4180 records; fails the test on a malformed quote.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                rows.back().back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                rows.back().back() += c;
            }
        } else if (c == '"') {
            CHECK(rows.back().back().empty());
            quoted = true;
        } else if (c == ',') {
            rows.back().emplace_back();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.emplace_back(1);
            ++i;
        } else {
            CHECK(c != '\n');  // bare line feeds only inside quotes
            rows.back().back() += c;
        }
    }
    CHECK_FALSE(quoted);
    if (rows.back().size() == 1 && rows.back().front().empty()) rows.pop_back();
    return rows;
}

}  // namespace

TEST_CASE("numbers are written as printf's %g writes them, whole ones too", "[exports]") {
    const double values[] = {1,       2,        12,      999999, 1000000, 1234567,   0.5,    1.5,  100.25,
                             -3,      -0.0,     0,       1e15,   1e16,    123456789, 1e-7,   0.1,  2.5e6,
                             3.75e-3, 12345.75, 8000000, 99999,  100000,  -1234567,  1.0001, 17.0, 4.0e9};
    for (const int significant_digits : {6, 10}) {
        for (const double value : values) {
            std::string written;
            hadath::append_general(written, value, significant_digits);
            char expected[64];
            std::snprintf(expected, sizeof expected, "%.*g", significant_digits, value);
            INFO(value << " with " << significant_digits << " digits");
            CHECK(written == expected);
        }
    }
}

TEST_CASE("all eight files are written and the summary returned", "[exports]") {
    auto written = write_sample("all");
    for (const char* name : kOutputFiles) {
        INFO(name);
        CHECK(fs::file_size(written.dir / name) > 0);
    }
    CHECK(written.summary.find("graph: 27 nodes, 49 edges") != std::string::npos);
    CHECK(written.summary.find("top actors: Kazakhstan (5)") != std::string::npos);
    // Nothing else is left behind (no temporary files).
    CHECK(std::distance(fs::directory_iterator(written.dir), fs::directory_iterator()) == 8);
}

TEST_CASE("files written again replace the earlier ones and leave nothing else behind", "[exports]") {
    const fs::path dir = fresh_dir("again");
    // First the events of one article, then all of them, into the same directory.
    std::vector<hadath::Event> first_article;
    for (const hadath::Event& event : sample_events())
        if (event.mentions.front().doc == sample_events().front().mentions.front().doc) first_article.push_back(event);
    REQUIRE(first_article.size() < sample_events().size());
    hadath::write_output_files(first_article, sample_documents(), dir.string(), 2);
    const std::string earlier = read_file(dir / "events.jsonl");
    hadath::write_output_files(sample_events(), sample_documents(), dir.string(), 2);
    const auto fresh = write_outputs("again-fresh", sample_events(), sample_documents(), 2);
    CHECK(read_file(dir / "events.jsonl") != earlier);
    for (const char* name : kOutputFiles) {
        INFO(name);
        CHECK(read_file(dir / name) == fresh.file(name));
    }
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 8);
}

TEST_CASE("the files are the same on one thread as on several", "[exports]") {
    const auto one = write_outputs("one-thread", sample_events(), sample_documents(), 1);
    const auto three = write_outputs("three-threads", sample_events(), sample_documents(), 3);
    CHECK(one.summary == three.summary);
    for (const char* name : kOutputFiles) {
        INFO(name);
        CHECK(one.file(name) == three.file(name));
    }
}

TEST_CASE("a file that cannot be written is reported, and the others are written all the same", "[exports]") {
    for (const unsigned threads : {1u, 2u}) {
        INFO(threads << " thread(s)");
        const fs::path dir = fresh_dir("blocked-" + std::to_string(threads));
        // A directory where graph.gexf goes: renaming the finished file over it fails.
        fs::create_directories(dir / "graph.gexf" / "inside");
        CHECK_THROWS_WITH(hadath::write_output_files(sample_events(), sample_documents(), dir.string(), threads),
                          Catch::Contains("graph.gexf"));
        for (const char* name : kOutputFiles) {
            INFO(name);
            if (std::string(name) != "graph.gexf") CHECK(fs::file_size(dir / name) > 0);
        }
        CHECK(fs::is_directory(dir / "graph.gexf" / "inside"));
        // No temporary file is left behind.
        CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 8);
    }
}

TEST_CASE("graph.graphml reads back with Boost with the same counts", "[exports][graphml]") {
    auto written = write_sample("roundtrip");
    auto built = hadath::build_knowledge_graph(sample_events(), sample_documents());
    auto summary = hadath::summarize(built);
    auto graph = read_graphml_file<ReadGraph>(written.dir / "graph.graphml");
    CHECK(boost::num_vertices(graph) == summary.nodes);
    CHECK(boost::num_edges(graph) == summary.edges);

    std::map<std::string, std::size_t> nodes_by_type, edges_by_type;
    for (auto [v, end] = boost::vertices(graph); v != end; ++v) ++nodes_by_type[graph[*v].type];
    for (auto [e, end] = boost::edges(graph); e != end; ++e) {
        ++edges_by_type[graph[*e].type];
        CHECK(graph[*e].weight > 0);
    }
    CHECK(nodes_by_type == summary.nodes_by_type);
    CHECK(edges_by_type == summary.edges_by_type);

    bool found_meeting = false;
    for (auto [v, end] = boost::vertices(graph); v != end; ++v) {
        const ReadNode& node = graph[*v];
        CHECK(node.size > 0);
        if (node.label != "Meeting held: Kazakhstan \u2013 Iran \u2013 Russia \u2026, Astana, 2023-06-20") continue;
        found_meeting = true;
        CHECK(node.type == "event");
        CHECK(node.date == "2023-06-20");
        CHECK(node.date_end == "2023-06-21");
        CHECK(node.precision == "day");
        CHECK(node.documents == 3);
        CHECK(node.r == 0);  // events are blue
        CHECK(node.label_ar.find("أستانة") != std::string::npos);
    }
    CHECK(found_meeting);

    auto network = read_graphml_file<ReadNetwork>(written.dir / "actors.graphml");
    CHECK(boost::num_vertices(network) == 11);
    CHECK(boost::num_edges(network) == 38);
    double total_weight = 0;
    for (auto [e, end] = boost::edges(network); e != end; ++e) total_weight += network[*e].weight;
    // Round 20, Kazakhstan–Tumysh, planned meeting, round 18, Lavrentiev's affiliation.
    CHECK(total_weight == 36 + 1 + 3 + 10 + 1);
}

TEST_CASE("GraphML follows the conventions Gephi reads", "[exports][graphml]") {
    auto written = write_sample("conventions");
    for (const char* name : {"graph.graphml", "actors.graphml"}) {
        INFO(name);
        std::string graphml = written.file(name);
        CHECK(graphml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0) == 0);
        CHECK(xml_text_is_clean(graphml));
        auto keys = graphml_keys(graphml);
        for (const char* key : {"label", "label_ar", "node_kind", "r", "g", "b", "size", "x", "y", "actor_kind"}) {
            CHECK(keys["node"].count(key) == 1);
        }
        for (const char* key : {"label", "relation", "weight", "first_date", "last_date"}) {
            CHECK(keys["edge"].count(key) == 1);
        }
        // sigma.js and graphology viewers reserve `type` for their renderers.
        CHECK(keys["node"].count("type") == 0);
        CHECK(keys["edge"].count("type") == 0);
        static const std::regex node_id(R"re(<node id="([^"]*)">)re");
        std::size_t nodes = 0;
        for (std::sregex_iterator it(graphml.begin(), graphml.end(), node_id), end; it != end; ++it, ++nodes) {
            std::string id = (*it)[1];
            CHECK(std::regex_match(id, std::regex("[A-Za-z0-9:._-]+")));
        }
        CHECK(nodes > 0);
    }
    auto keys = graphml_keys(written.file("graph.graphml"));
    for (const char* key : {"event_date", "event_date_end", "precision", "cameo", "round", "documents", "job_title",
                            "doc_title", "published"}) {
        CHECK(keys["node"].count(key) == 1);
    }
    std::string graphml = written.file("graph.graphml");
    CHECK(graphml.find("<node id=\"actor:RUS\">") != std::string::npos);
    CHECK(graphml.find("source=\"actor:KAZ\" target=\"event:astana-20-meeting\"") != std::string::npos);
    CHECK(graphml.find("edgedefault=\"directed\"") != std::string::npos);
    CHECK(written.file("actors.graphml").find("edgedefault=\"undirected\"") != std::string::npos);
}

TEST_CASE("GraphML leaves out empty values and values that do not apply", "[exports][graphml]") {
    auto written = write_sample("no-empty-data");
    for (const char* name : {"graph.graphml", "actors.graphml"}) {
        INFO(name);
        std::string graphml = written.file(name);
        CHECK(graphml.find("\"></data>") == std::string::npos);
        CHECK(count(graphml, "<data ") > 0);
        auto nodes = graphml_elements(graphml, "node");
        CHECK(nodes.size() == (std::string(name) == "graph.graphml" ? 27u : 11u));
        for (const Element& node : nodes) {
            INFO(node.id);
            for (const char* always : {"entity_id", "node_kind", "label", "r", "g", "b", "size", "x", "y"})
                CHECK(node.values.count(always) == 1);
            const std::string& type = node.values.at("node_kind");
            CHECK(node.values.count("documents") == (type == "event" ? 1u : 0u));
            CHECK(node.values.count("round_number") == (type == "round" ? 1u : 0u));
            CHECK(node.values.count("first_date") == node.values.count("last_date"));
            for (const auto& [key, value] : node.values) CHECK_FALSE(value.empty());
        }
        for (const Element& edge : graphml_elements(graphml, "edge")) {
            INFO(edge.id);
            for (const char* always : {"relation", "label", "weight"}) CHECK(edge.values.count(always) == 1);
            CHECK(edge.values.count("first_date") == edge.values.count("last_date"));
        }
    }
    // The undated statement and what touches only it have no dates.
    auto nodes = graphml_elements(written.file("graph.graphml"), "node");
    auto undated = std::find_if(nodes.begin(), nodes.end(),
                                [](const Element& node) { return node.id == "event:kazakhstan-ready-to-resume"; });
    REQUIRE(undated != nodes.end());
    CHECK(undated->values.count("event_date") == 0);
    CHECK(undated->values.count("first_date") == 0);
    CHECK(undated->values.at("documents") == "1");
}

TEST_CASE("GraphML and GEXF give each node the same values", "[exports][graphml][gexf]") {
    auto written = write_sample("graphml-gexf");
    auto graphml = graphml_elements(written.file("graph.graphml"), "node");
    auto gexf = gexf_nodes(written.file("graph.gexf"));
    REQUIRE(graphml.size() == gexf.size());
    for (std::size_t i = 0; i < graphml.size(); ++i) {
        INFO(graphml[i].id);
        CHECK(graphml[i].id == gexf[i].id);
        // GEXF has a subset of the attributes (colour, size and label live elsewhere in it).
        std::map<std::string, std::string> common;
        for (const auto& [name, value] : graphml[i].values) {
            if (name != "label" && name != "r" && name != "g" && name != "b" && name != "size" && name != "x" &&
                name != "y" && name != "first_date" && name != "last_date")
                common[name] = value;
        }
        CHECK(common == gexf[i].values);
    }
}

TEST_CASE("a document that reports no event is in no graph file", "[exports][graphml][gexf]") {
    auto documents = sample_documents();
    documents.push_back({"005_no_events", "2023-06-23", "عنوان بلا أحداث", "Nowhere News", "https://example.org/005"});
    auto written = write_outputs("eventless-document", sample_events(), documents);
    CHECK(written.summary.find("graph: 27 nodes, 49 edges") != std::string::npos);
    CHECK(written.summary.find("document 5,") != std::string::npos);
    for (const char* name : {"graph.graphml", "graph.gexf"}) {
        INFO(name);
        std::string text = written.file(name);
        CHECK(text.find("005_no_events") == std::string::npos);
        CHECK(count(text, "<node id=\"document:") == 5);
    }
    CHECK(written.file("graph.gexf").find("<nodes count=\"27\">") != std::string::npos);
    // The timelines still count every document read.
    CHECK(written.file("timeline.md").find(" from 6 documents.") != std::string::npos);
    CHECK(written.file("timeline.html").find(" from 6 documents<") != std::string::npos);
    if (!shared_dir().empty() && have_command("xmllint")) {
        auto result =
            xmllint("--schema", shared_dir() / "schemas" / "graphml" / "graphml.xsd", written.dir / "graph.graphml");
        INFO(result.output);
        CHECK(result.status == 0);
        result = xmllint("--relaxng", shared_dir() / "schemas" / "gexf-1.3" / "gexf.rng", written.dir / "graph.gexf");
        INFO(result.output);
        CHECK(result.status == 0);
    }
}

TEST_CASE("markup escaping cleans the text, then escapes five characters", "[exports][markup]") {
    CHECK(hadath::escape_markup("a & <b>\t\"c\" 'd'\x01") == "a &amp; &lt;b&gt; &quot;c&quot; &#39;d&#39;");
    std::string out = "<data>";
    hadath::append_escaped_markup(out, " it's\n<x> ", "&apos;");
    CHECK(out == "<data>it&apos;s &lt;x&gt;");
    hadath::append_escaped_markup(out, "\x01\x02");
    CHECK(out == "<data>it&apos;s &lt;x&gt;");
}

TEST_CASE("markup escaping finds a special character wherever it stands in long text", "[exports][markup]") {
    // The search reads sixteen bytes at a time: each character is tried at every place of 48 bytes of
    // Arabic, alone and before another one.
    const std::string arabic =
        "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u0625\u0646 "
        "\u0627\u0644\u0627\u062c\u062a\u0645\u0627\u0639 \u0639\u0642\u062f";
    const std::pair<char, std::string> specials[] = {
        {'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'"', "&quot;"}, {'\'', "&#39;"}};
    for (const auto& [special, entity] : specials) {
        for (std::size_t at = 0; at <= arabic.size(); ++at) {
            if (at < arabic.size() && (static_cast<unsigned char>(arabic[at]) & 0xC0) == 0x80) continue;
            INFO(special << " at byte " << at);
            const std::string text = arabic.substr(0, at) + special + arabic.substr(at);
            CHECK(hadath::escape_markup(text) == arabic.substr(0, at) + entity + arabic.substr(at));
            CHECK(hadath::escape_markup(text + "x&") == arabic.substr(0, at) + entity + arabic.substr(at) + "x&amp;");
        }
    }
    CHECK(hadath::escape_markup(arabic + arabic) == arabic + arabic);
}

TEST_CASE("GraphML and GEXF are valid against their schemas", "[exports][schema]") {
    if (shared_dir().empty()) HADATH_SKIP("../shared with the schemas is absent");
    if (!have_command("xmllint")) HADATH_SKIP("xmllint is not installed (Debian package libxml2-utils)");
    auto written = write_sample("schemas");
    auto graphml_schema = shared_dir() / "schemas" / "graphml" / "graphml.xsd";
    auto gexf_schema = shared_dir() / "schemas" / "gexf-1.3" / "gexf.rng";
    for (const char* name : {"graph.graphml", "actors.graphml"}) {
        auto result = xmllint("--schema", graphml_schema, written.dir / name);
        INFO(result.output);
        CHECK(result.status == 0);
    }
    auto result = xmllint("--relaxng", gexf_schema, written.dir / "graph.gexf");
    INFO(result.output);
    CHECK(result.status == 0);
}

TEST_CASE("networkx and igraph read both GraphML files with every attribute", "[exports][python]") {
    std::string python = python_with_graph_modules();
    if (python.empty())
        HADATH_SKIP("python3 with networkx and igraph is not installed (python3-networkx, python3-igraph)");
    auto written = write_sample("python");
    auto script = hadath::testing::source_dir() / "tests" / "check_graphml.py";
    struct Expected {
        const char* file;
        std::size_t nodes;
        std::size_t edges;
        bool directed;
    };
    for (const Expected& expected :
         {Expected{"graph.graphml", 27, 49, true}, Expected{"actors.graphml", 11, 38, false}}) {
        INFO(expected.file);
        auto path = written.dir / expected.file;
        auto result = run(python + " " + shell_quote(script.string()) + " " + shell_quote(path.string()));
        INFO(result.output);
        REQUIRE(result.status == 0);
        auto keys = graphml_keys(read_file(path));
        rapidjson::Document report;
        report.Parse(result.output.c_str());
        REQUIRE_FALSE(report.HasParseError());
        for (const char* reader : {"networkx", "igraph"}) {
            INFO(reader);
            const auto& view = report[reader];
            CHECK(view["nodes"].GetUint64() == expected.nodes);
            CHECK(view["edges"].GetUint64() == expected.edges);
            CHECK(view["directed"].GetBool() == expected.directed);
            std::set<std::string> node_attributes, edge_attributes;
            for (const auto& name : view["node_attributes"].GetArray()) node_attributes.insert(name.GetString());
            for (const auto& name : view["edge_attributes"].GetArray()) edge_attributes.insert(name.GetString());
            CHECK(node_attributes == keys["node"]);
            CHECK(edge_attributes == keys["edge"]);
        }
    }
}

TEST_CASE("graph.gexf is a dynamic graph with dated nodes and edges", "[exports][gexf]") {
    auto written = write_sample("gexf");
    std::string gexf = written.file("graph.gexf");
    CHECK(gexf.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0) == 0);
    CHECK(gexf.find("<graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">") != std::string::npos);
    CHECK(count(gexf, "<node ") == 27);
    CHECK(count(gexf, "<edge ") == 49);
    CHECK(count(gexf, "<viz:color ") == 27);
    CHECK(count(gexf, "<viz:size ") == 27);
    CHECK(count(gexf, "<viz:position x=\"") == 27);
    // Events live over their span; a half year becomes its first and last day.
    CHECK(gexf.find("<node id=\"event:astana-20-meeting\" label=\"Meeting held: Kazakhstan \u2013 Iran \u2013 Russia "
                    "\u2026, Astana, 2023-06-20\" start=\"2023-06-20\" end=\"2023-06-21\">") != std::string::npos);
    CHECK(
        gexf.find("<node id=\"event:next-meeting-planned\" label=\"Meeting planned: Iran \u2013 Russia \u2013 Turkey, "
                  "2023-H2\" start=\"2023-07-01\" end=\"2023-12-31\">") != std::string::npos);
    // Actors from their first to their last event; undated events always.
    CHECK(gexf.find("<node id=\"actor:RUS\" label=\"Russia\" start=\"2022-06-15\" end=\"2023-12-31\">") !=
          std::string::npos);
    CHECK(gexf.find("<node id=\"event:kazakhstan-ready-to-resume\" label=\"Statement: Kazakhstan\">") !=
          std::string::npos);
    CHECK(gexf.find("source=\"actor:KAZ\" target=\"event:astana-20-meeting\" label=\"Host\" kind=\"host\" "
                    "weight=\"1\" start=\"2023-06-20\" end=\"2023-06-21\"") != std::string::npos);
    CHECK(gexf.find("<viz:color r=\"213\" g=\"94\" b=\"0\"/>") != std::string::npos);  // actors
    CHECK(gexf.find("<attribute id=\"0\" title=\"relation\" type=\"string\"/>") != std::string::npos);
    CHECK(gexf.find("title=\"type\"") == std::string::npos);
}

TEST_CASE("timeline.md is grouped by month in chronological order", "[exports][timeline]") {
    auto written = write_sample("markdown");
    std::string markdown = written.file("timeline.md");
    std::vector<std::string> headings;
    static const std::regex heading(R"re((^|\n)## ([^\n]+))re");
    for (std::sregex_iterator it(markdown.begin(), markdown.end(), heading), end; it != end; ++it) {
        headings.push_back((*it)[2]);
    }
    CHECK(headings == std::vector<std::string>{"June 2022", "June 2023", "H2 2023 (July\u2013December)", "Undated"});

    std::vector<std::string> events;
    static const std::regex event_heading(R"re(\n### ([^\n]+))re");
    for (std::sregex_iterator it(markdown.begin(), markdown.end(), event_heading), end; it != end; ++it) {
        events.push_back((*it)[1]);
    }
    // Same-day events are ordered by type, then id.
    CHECK(events == std::vector<std::string>{"15 June 2022 \u00b7 Meeting held",
                                             "20\u201321 June 2023 \u00b7 Meeting held",
                                             "21 June 2023 \u00b7 Host withdrawal", "21 June 2023 \u00b7 Statement",
                                             "H2 2023 \u00b7 Meeting planned", "Statement"});
    CHECK(markdown.find("- **Actors:** Kazakhstan (host); Iran, Russia, Syria, Turkey (participant); Iraq, Jordan, "
                        "Lebanon, United Nations (observer)") != std::string::npos);
    CHECK(markdown.find("- **Place:** Astana (أستانا)") != std::string::npos);
    CHECK(markdown.find("- **Round:** Astana round 20") != std::string::npos);
    CHECK(markdown.find("`001_83198d24877d83e8` «بعد إغلاق مسار “أستانة”.. لافرنتييف") != std::string::npos);
    CHECK(markdown.find("> «وقال ألكسندر لافرنتييف") != std::string::npos);
    // Quotes are cut near 320 characters.
    static const std::regex quote_line(R"re(\n> «([^\n]*)»)re");
    std::size_t quotes = 0;
    for (std::sregex_iterator it(markdown.begin(), markdown.end(), quote_line), end; it != end; ++it, ++quotes) {
        std::string quote = (*it)[1];
        std::size_t code_points = std::count_if(quote.begin(), quote.end(),
                                                [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
        CHECK(code_points <= 321);
    }
    CHECK(quotes == 6);
    CHECK(count(markdown, "\n<div dir=\"rtl\" lang=\"ar\">\n\n> «") == 6);
}

TEST_CASE("timelines quote the first mention's sentence, cut near 320 characters", "[exports][timeline]") {
    auto events = sample_events();
    // samples/astana/002: the sentence of a mention replaces its few words.
    const std::string sentence =
        "وفي تصريحات صحفية، قال وزير الخارجية الكازاخستاني، مختار تلوبيردي، إن \"المفاوضات بشأن سوريا في نور سلطان لا "
        "تنافس منصة جنيف\".";
    events[0].mentions.front().quote = sentence;
    std::string long_quote;
    while (hadath::utf8::count_code_points(long_quote) < 400) long_quote += "كلمة ";
    events[1].mentions.front().quote = long_quote;
    const hadath::Timeline timeline = hadath::build_timeline(events, sample_documents());
    const auto entry_of = [&](const hadath::Event& event) {
        return *std::find_if(timeline.entries.begin(), timeline.entries.end(),
                             [&](const hadath::TimelineEntry& e) { return e.event->id == event.id; });
    };
    CHECK(entry_of(events[0]).quote == sentence);
    const std::string cut = entry_of(events[1]).quote;
    CHECK(hadath::utf8::count_code_points(cut) <= 321);
    CHECK(cut.size() > 3);
    CHECK(cut.compare(cut.size() - 3, 3, "\u2026") == 0);
}

TEST_CASE("timeline.md renders its quotes right to left and never doubles «", "[exports][timeline]") {
    auto documents = sample_documents();
    documents[1].title = "«أستانا» تنتهي";  // a title that opens with its own guillemets
    auto written = write_outputs("markdown-render", sample_events(), documents);
    std::string markdown = written.file("timeline.md");
    CHECK(markdown.find("«\\u00ab") == std::string::npos);
    CHECK(markdown.find("««") == std::string::npos);
    CHECK(markdown.find("`001_83198d24877d83e8` «أستانا» تنتهي") != std::string::npos);
    if (!have_command("cmark-gfm")) HADATH_SKIP("cmark-gfm is not installed (Debian package cmark-gfm)");
    // GitHub's renderer, with the raw HTML it keeps: each quote a blockquote inside a right-to-left block.
    auto rendered = run("cmark-gfm --unsafe " + shell_quote((written.dir / "timeline.md").string()));
    REQUIRE(rendered.status == 0);
    CHECK(count(rendered.output, "<div dir=\"rtl\" lang=\"ar\">\n<blockquote>\n<p>«") == 6);
    CHECK(count(rendered.output, "</blockquote>\n</div>") == 6);
    CHECK(rendered.output.find("<h3>20–21 June 2023 · Meeting held</h3>") != std::string::npos);
}

TEST_CASE("timeline.json follows the TimelineJS format", "[exports][timeline]") {
    auto written = write_sample("timelinejs");
    rapidjson::Document json;
    json.Parse(written.file("timeline.json").c_str());
    REQUIRE_FALSE(json.HasParseError());
    REQUIRE(json["title"]["text"]["headline"].IsString());
    const auto& events = json["events"];
    REQUIRE(events.IsArray());
    CHECK(events.Size() == 5);  // the undated statement is left out
    auto check_date = [](const rapidjson::Value& date) {
        REQUIRE(date.IsObject());
        REQUIRE(date.HasMember("year"));
        CHECK(date["year"].IsInt());
        if (date.HasMember("month")) {
            CHECK(date["month"].GetInt() >= 1);
            CHECK(date["month"].GetInt() <= 12);
        }
        if (date.HasMember("day")) {
            CHECK(date.HasMember("month"));
            CHECK(date["day"].GetInt() >= 1);
            CHECK(date["day"].GetInt() <= 31);
        }
    };
    std::map<std::string, const rapidjson::Value*> by_id;
    for (const auto& event : events.GetArray()) {
        check_date(event["start_date"]);
        if (event.HasMember("end_date")) check_date(event["end_date"]);
        CHECK(std::string(event["text"]["headline"].GetString()).size() > 0);
        CHECK(std::string(event["group"].GetString()).size() > 0);
        by_id[event["unique_id"].GetString()] = &event;
    }
    CHECK(by_id.count("kazakhstan-ready-to-resume") == 0);
    const auto& meeting = *by_id.at("astana-20-meeting");
    CHECK(meeting["start_date"]["day"].GetInt() == 20);
    CHECK(meeting["end_date"]["day"].GetInt() == 21);
    CHECK(std::string(meeting["text"]["headline"].GetString()) == "Meeting held: Kazakhstan, Russia, Turkey, \u2026");
    CHECK(std::string(meeting["text"]["text"].GetString()).find("<blockquote dir=\"rtl\" lang=\"ar\">") !=
          std::string::npos);
    const auto& planned = *by_id.at("next-meeting-planned");
    CHECK(planned["start_date"]["year"].GetInt() == 2023);
    CHECK(planned["start_date"]["month"].GetInt() == 7);
    CHECK_FALSE(planned["start_date"].HasMember("day"));
    CHECK(planned["end_date"]["month"].GetInt() == 12);
    CHECK(std::string(planned["start_date"]["display_date"].GetString()) == "H2 2023");
    const auto& statement = *by_id.at("lavrentiev-statement");
    CHECK_FALSE(statement.HasMember("end_date"));
    // In chronological order.
    CHECK(std::string(events[0]["unique_id"].GetString()) == "astana-18-meeting");
    CHECK(std::string(events[4]["unique_id"].GetString()) == "next-meeting-planned");
}

TEST_CASE("timeline.csv is RFC 4180 with a byte order mark", "[exports][timeline]") {
    auto written = write_sample("csv");
    std::string csv = written.file("timeline.csv");
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(count(csv, "\r\n") == 7);
    auto rows = parse_csv(csv.substr(3));
    REQUIRE(rows.size() == 7);
    CHECK(rows[0].front() == "id");
    for (const auto& row : rows) CHECK(row.size() == rows[0].size());
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < rows[0].size(); ++i) column[rows[0][i]] = i;
    CHECK(rows[1][column.at("id")] == "astana-18-meeting");
    CHECK(rows[6][column.at("id")] == "kazakhstan-ready-to-resume");
    CHECK(rows[6][column.at("date")].empty());
    CHECK(rows[2][column.at("date_end")] == "2023-06-21");
    // A formula spreadsheet programs show as the text 046, leading zero kept.
    CHECK(rows[2][column.at("cameo")] == "=\"046\"");
    CHECK(rows[2][column.at("actor_ids")] == "KAZ;RUS;TUR;IRN;SYR;UNO;JOR;LBN;IRQ");
    // A title with double quotes goes through quoting and comes back whole.
    const std::string& sources = rows[4][column.at("sources")];
    CHECK(rows[4][column.at("id")] == "lavrentiev-statement");
    CHECK(sources.find("«كازاخستان تفاجئ روسيا وتعلن إنهاء مسلسل \"محادثات أستانا\" وموسكو ترد»") != std::string::npos);
    CHECK(csv.find("\"\"محادثات أستانا\"\"") != std::string::npos);
    // Fields with commas are quoted, plain ones are not.
    CHECK(csv.find(",\"Kazakhstan (host); Iran, Russia, Syria, Turkey (participant)") != std::string::npos);
    CHECK(csv.find("\r\nastana-18-meeting,2022-06-15,,day,") != std::string::npos);
}

// The JSON the page's script draws from.
rapidjson::Document timeline_page_data(const std::string& html) {
    const std::string start = "<script type=\"application/json\" id=\"timeline-data\">";
    const auto begin = html.find(start);
    const auto end = html.find("</script>", begin);
    rapidjson::Document data;
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    data.Parse(html.substr(begin + start.size(), end - begin - start.size()).c_str());
    REQUIRE_FALSE(data.HasParseError());
    return data;
}

TEST_CASE("timeline.html is one offline page with its events as data", "[exports][timeline][html]") {
    auto written = write_sample("html");
    std::string html = written.file("timeline.html");
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    for (const char* control :
         {"<input type=\"search\" id=\"filter-text\"", "<select id=\"filter-type\">",
          "<input type=\"search\" id=\"filter-actor\" list=\"actor-list\"", "<input type=\"month\" id=\"filter-from\"",
          "<input type=\"month\" id=\"filter-to\"", "<nav class=\"overview\" id=\"overview\""}) {
        CHECK(html.find(control) != std::string::npos);
    }
    auto data = timeline_page_data(html);
    REQUIRE(data["events"].Size() == 6);
    CHECK(data["documentCount"].GetUint64() == 5);
    CHECK_FALSE(data.HasMember("defaultFrom"));  // no event in the decade before the first article
    std::vector<std::string> types, colours;
    for (const auto& type : data["types"].GetArray()) {
        types.push_back(type[0].GetString());
        colours.push_back(type[2].GetString());
    }
    CHECK(types == std::vector<std::string>{"host_withdrawal", "meeting_held", "meeting_planned", "statement"});
    CHECK(std::set<std::string>(colours.begin(), colours.end()).size() == colours.size());  // one colour per type
    CHECK(data["actors"].Size() == 11);
    CHECK(std::string(data["actors"][0][1].GetString()) == "Alexander Lavrentiev");  // sorted by name
    std::vector<std::string> periods;
    for (const auto& period : data["periods"].GetArray()) periods.push_back(period[1].GetString());
    CHECK(periods == std::vector<std::string>{"June 2022", "June 2023", "H2 2023 (July\u2013December)", "Undated"});
    const auto& meeting = data["events"][1];
    CHECK(std::string(meeting["id"].GetString()) == "astana-20-meeting");
    CHECK(std::string(meeting["when"].GetString()) == "20\u201321 June 2023");
    CHECK(meeting["actors"].Size() == 9);
    CHECK(meeting["docs"].Size() == 3);
    CHECK(std::string(meeting["quote"].GetString()).find("أستانة") != std::string::npos);
    // Nothing is fetched: no external scripts, styles, fonts or images; addresses only in the data.
    CHECK(count(html, "<script") == 2);
    CHECK(html.find("src=") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
    CHECK(html.find("@import") == std::string::npos);
    CHECK(html.substr(0, html.find("<script type=\"application/json\"")).find("http") == std::string::npos);
}

TEST_CASE("timeline.html opens on the decade before the first article when older history is recalled",
          "[exports][timeline][html]") {
    auto events = sample_events();
    events[0].date.value = "1948";
    events[0].date.precision = "year";
    events[0].date.end.clear();
    auto written = write_outputs("html-history", events, sample_documents());
    auto data = timeline_page_data(written.file("timeline.html"));
    CHECK(std::string(data["defaultFrom"].GetString()) == "2012-09");  // the first article is of 2022-09-01
}

TEST_CASE("headless Chromium draws timeline.html and its filters", "[exports][timeline][browser]") {
    std::string chromium = chromium_command();
    if (chromium.empty()) HADATH_SKIP("chromium is not installed (Debian package chromium)");
    auto documents = sample_documents();
    documents[4].url = "javascript:alert(1)";  // not a web address: stays text
    auto written = write_outputs("browser", sample_events(), documents);
    const auto page = written.dir / "timeline.html";
    std::string dom = dump_dom(chromium, page);
    CHECK(count(dom, "<article class=\"event\" data-event-id=\"") == 6);
    CHECK(dom.find("<span id=\"shown-count\">6</span>") != std::string::npos);
    CHECK(dom.find("وقال ألكسندر لافرنتييف") != std::string::npos);
    CHECK(count(dom, "<blockquote dir=\"rtl\" lang=\"ar\">") == 6);
    CHECK(count(dom, "<section class=\"period\"") == 4);
    CHECK(dom.find("<a href=\"https://example.org/000\" rel=\"noopener noreferrer\">") != std::string::npos);
    CHECK(dom.find("href=\"javascript:") == std::string::npos);
    CHECK(dom.find("<span class=\"url\"> javascript:alert(1)</span>") != std::string::npos);
    CHECK(count(dom, "<button type=\"button\" title=\"") > 0);  // the overview's months
    CHECK(count(dom, "<option value=\"") == 1 + 4 + 11);        // all types, the types, the actors
    CHECK(dom.find("data-ready-ms=\"") != std::string::npos);

    // The filters, given in the address as a link to a filtered view would.
    auto shown = [&](const std::string& fragment) {
        std::string filtered = dump_dom(chromium, page, fragment);
        static const std::regex shown_count(R"re(<span id="shown-count">(\d+)</span>)re");
        std::smatch match;
        REQUIRE(std::regex_search(filtered, match, shown_count));
        CHECK(count(filtered, "<article class=\"event\"") == std::stoul(match[1]));
        return std::stoul(match[1]);
    };
    CHECK(shown("#actor=Alexander%20Lavrentiev") == 1);
    CHECK(shown("#actor=lavr") == 1);  // part of a name
    CHECK(shown("#actor=KAZ") == 4);   // a code: rounds 18 and 20, the withdrawal, the undated statement
    CHECK(shown("#type=statement") == 2);
    // لافرنتييف: in the statement's quote and in the title of an article four events cite.
    CHECK(shown("#q=%D9%84%D8%A7%D9%81%D8%B1%D9%86%D8%AA%D9%8A%D9%8A%D9%81") == 4);
    CHECK(shown("#q=%D8%A3%D8%B3%D8%AA%D8%A7%D9%86%D8%A7%20geneva") == 0);  // every word must match
    CHECK(shown("#q=Nur-Sultan") == 1);                                     // the place
    CHECK(shown("#from=2023-07") == 2);  // the planned meeting and the undated statement
    CHECK(shown("#to=2022-12") == 2);    // round 18 and the undated statement
}

namespace {

// What tests/graph_view/view.js reports of a graph it drew, from the page's DOM.
rapidjson::Document graph_view_report(const std::string& dom) {
    const std::string start = "<pre id=\"report\">";
    const auto begin = dom.find(start);
    REQUIRE(begin != std::string::npos);
    std::string text = dom.substr(begin + start.size(), dom.find("</pre>", begin) - begin - start.size());
    for (const auto& [entity, character] :
         {std::pair<std::string, std::string>{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&amp;", "&"}}) {
        for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
            text.replace(at, entity.size(), character);
    }
    rapidjson::Document report;
    report.Parse(text.c_str());
    INFO(text);
    REQUIRE_FALSE(report.HasParseError());
    return report;
}

}  // namespace

TEST_CASE("graphology reads the GraphML and GEXF files and sigma.js draws them", "[exports][browser][sigma]") {
    std::string chromium = chromium_command();
    if (chromium.empty()) HADATH_SKIP("chromium is not installed (Debian package chromium)");
    auto viewer = hadath::testing::graph_viewer();
    if (!viewer.missing.empty()) HADATH_SKIP(viewer.missing);
    auto written = write_sample("sigma");
    struct Expected {
        const char* file;
        const char* format;
        std::size_t nodes;
        std::size_t edges;
        std::size_t colours;  // node kinds, actor kinds in the actor network
    };
    for (const Expected& expected :
         {Expected{"graph.graphml", "graphml", 27, 49, 5}, Expected{"graph.gexf", "gexf", 27, 49, 5},
          Expected{"actors.graphml", "graphml", 11, 38, 3}}) {
        INFO(expected.file);
        auto page = hadath::testing::graph_page(viewer, written.dir / expected.file, expected.format,
                                                written.dir / (std::string(expected.file) + ".html"));
        auto result = hadath::testing::run_chromium(chromium, "file://" + page.string(),
                                                    scratch_root() / "sigma-profile", "--dump-dom");
        REQUIRE(result.status == 0);
        auto report = graph_view_report(result.output);
        CHECK(std::string(report["error"].GetString()).empty());
        CHECK(report["drawn"].GetBool());
        CHECK(report["nodes"].GetUint64() == expected.nodes);
        CHECK(report["edges"].GetUint64() == expected.edges);
        CHECK(report["withoutPosition"].GetUint64() == 0);
        CHECK(report["withoutColor"].GetUint64() == 0);
        CHECK(report["colors"].Size() == expected.colours);
    }
}

TEST_CASE("every node has a position of its own, the same on every run", "[exports][layout]") {
    auto written = write_sample("positions");
    for (const char* name : {"graph.graphml", "actors.graphml"}) {
        INFO(name);
        std::set<std::pair<std::string, std::string>> positions;
        auto nodes = graphml_elements(written.file(name), "node");
        for (const Element& node : nodes) {
            REQUIRE(node.values.count("x") == 1);
            REQUIRE(node.values.count("y") == 1);
            positions.insert({node.values.at("x"), node.values.at("y")});
        }
        CHECK(positions.size() == nodes.size());
    }
    std::string gexf = written.file("graph.gexf");
    static const std::regex position(R"re(<viz:position x="(-?[0-9.e+-]+)" y="(-?[0-9.e+-]+)"/>)re");
    std::set<std::pair<std::string, std::string>> gexf_positions;
    for (std::sregex_iterator it(gexf.begin(), gexf.end(), position), end; it != end; ++it)
        gexf_positions.insert({(*it)[1], (*it)[2]});
    CHECK(gexf_positions.size() == 27);
    // Linked nodes sit nearer each other than the drawing is wide: Kazakhstan hosts round 20.
    auto nodes = graphml_elements(written.file("graph.graphml"), "node");
    auto at = [&](const std::string& id) {
        auto node = std::find_if(nodes.begin(), nodes.end(), [&](const Element& e) { return e.id == id; });
        REQUIRE(node != nodes.end());
        return std::pair<double, double>{std::stod(node->values.at("x")), std::stod(node->values.at("y"))};
    };
    double min_x = 1e9, max_x = -1e9;
    for (const Element& node : nodes) {
        min_x = std::min(min_x, std::stod(node.values.at("x")));
        max_x = std::max(max_x, std::stod(node.values.at("x")));
    }
    auto [kx, ky] = at("actor:KAZ");
    auto [ex, ey] = at("event:astana-20-meeting");
    CHECK(std::hypot(kx - ex, ky - ey) < (max_x - min_x) / 2);
}

TEST_CASE("the same input gives byte-identical files", "[exports]") {
    auto first = write_sample("deterministic-1");
    auto second = write_sample("deterministic-2");
    for (const char* name : kOutputFiles) {
        INFO(name);
        CHECK(first.file(name) == second.file(name));
    }
    CHECK(first.summary == second.summary);
}

namespace {

// The sample events with markup, CDATA ends, quotes, control characters,
// bidi overrides and a broken UTF-8 byte in every kind of text field.
Written write_hostile(const std::string& name) {
    const std::string hostile =
        "<script>alert(1)</script> & ]]> \"quoted\" 'single' \x01\x0b ctrl \u200F\u202Eمقلوب, "
        "line\nbreak \xff";
    auto events = sample_events();
    events[1].mentions[0].text = hostile;
    events[1].actors[0].name = "Kazakhstan " + hostile;
    events[1].location->name_ar = hostile;
    events[2].mentions[0].text = "]]><!-- " + hostile;
    events[3].type = "host_<withdrawal>\"&";
    events[4].id = "planned <id> & \"quotes\"";
    events[4].actors[0].id = "RUS \"x\"";
    events[5].mentions[0].text = hostile;
    auto documents = sample_documents();
    documents[0].title = "Title, with \"quotes\"\r\nand " + hostile;
    return write_outputs(name, events, documents);
}

}  // namespace

TEST_CASE("hostile text in articles still gives well-formed files", "[exports][injection]") {
    auto written = write_hostile("hostile");
    for (const char* name : kOutputFiles) {
        INFO(name);
        std::string content = written.file(name);
        // events.jsonl holds the text as the events give it, as JSON string data: the input
        // readers pass on valid UTF-8 only (test_input), and JSON needs no markup escaped.
        if (std::string(name) == "events.jsonl") continue;
        CHECK(xml_text_is_clean(content));
        CHECK(content.find("\xff") == std::string::npos);
        // Only CSV holds the text as plain data; every other format escapes it.
        if (std::string(name) != "timeline.csv") CHECK(content.find("<script>alert") == std::string::npos);
    }
    // Boost reads the GraphML back.
    auto graph = read_graphml_file<ReadGraph>(written.dir / "graph.graphml");
    CHECK(boost::num_vertices(graph) == 28);  // the odd actor id adds a node
    bool found = false;
    for (auto [v, end] = boost::vertices(graph); v != end; ++v) {
        found = found || graph[*v].label_ar.find("<script>alert(1)</script> & ]]> \"quoted\"") != std::string::npos;
    }
    CHECK(found);
    auto network = read_graphml_file<ReadNetwork>(written.dir / "actors.graphml");
    CHECK(boost::num_vertices(network) == 12);

    rapidjson::Document json;
    json.Parse(written.file("timeline.json").c_str());
    CHECK_FALSE(json.HasParseError());

    std::string csv = written.file("timeline.csv");
    auto rows = parse_csv(csv.substr(3));
    REQUIRE(rows.size() == 7);
    for (const auto& row : rows) CHECK(row.size() == rows[0].size());

    std::string html = written.file("timeline.html");
    CHECK(count(html, "<script") == 2);
    CHECK(html.find("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e") != std::string::npos);
    auto data = timeline_page_data(html);
    CHECK(data["events"].Size() == 6);

    std::string markdown = written.file("timeline.md");
    CHECK(markdown.find("\\<script\\>") != std::string::npos);
}

TEST_CASE("hostile text still gives files valid against the schemas", "[exports][injection][schema]") {
    if (shared_dir().empty()) HADATH_SKIP("../shared with the schemas is absent");
    if (!have_command("xmllint")) HADATH_SKIP("xmllint is not installed (Debian package libxml2-utils)");
    auto written = write_hostile("hostile-schemas");
    auto graphml_schema = shared_dir() / "schemas" / "graphml" / "graphml.xsd";
    for (const char* name : {"graph.graphml", "actors.graphml"}) {
        auto result = xmllint("--schema", graphml_schema, written.dir / name);
        INFO(name << ": " << result.output);
        CHECK(result.status == 0);
    }
    auto result = xmllint("--relaxng", shared_dir() / "schemas" / "gexf-1.3" / "gexf.rng", written.dir / "graph.gexf");
    INFO(result.output);
    CHECK(result.status == 0);
}

TEST_CASE("hostile text renders as text in the browser", "[exports][injection][browser]") {
    std::string chromium = chromium_command();
    if (chromium.empty()) HADATH_SKIP("chromium is not installed (Debian package chromium)");
    auto written = write_hostile("hostile-browser");
    std::string dom = dump_dom(chromium, written.dir / "timeline.html");
    CHECK(count(dom, "<article class=\"event\"") == 6);
    CHECK(count(dom, "<script") == 2);
    CHECK(dom.find("<span id=\"shown-count\">6</span>") != std::string::npos);
    CHECK(dom.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
}

TEST_CASE("filter_events keeps the events that pass every limit", "[exports][filter]") {
    auto events = sample_events();
    auto ids = [](const std::vector<hadath::Event>& kept) {
        std::vector<std::string> result;
        for (const auto& event : kept) result.push_back(event.id);
        return result;
    };
    hadath::ExportFilter filter;
    CHECK(ids(hadath::filter_events(events, filter)) == ids(events));

    filter.from = "2023-06-21";
    CHECK(ids(hadath::filter_events(events, filter)) ==
          std::vector<std::string>{"lavrentiev-statement", "kazakhstan-host-withdrawal", "next-meeting-planned"});
    filter = {};
    filter.to = "2023-06";  // the whole of June; H2 starts in July
    CHECK(ids(hadath::filter_events(events, filter)) ==
          std::vector<std::string>{"astana-18-meeting", "astana-20-meeting", "lavrentiev-statement",
                                   "kazakhstan-host-withdrawal"});
    filter = {};
    filter.from = "2023";
    filter.to = "2023-12-31";
    CHECK(hadath::filter_events(events, filter).size() == 4);
    filter = {};
    filter.actor = "RUS";
    CHECK(ids(hadath::filter_events(events, filter)) ==
          std::vector<std::string>{"astana-18-meeting", "astana-20-meeting", "next-meeting-planned"});
    filter = {};
    filter.type = "statement";
    CHECK(ids(hadath::filter_events(events, filter)) ==
          std::vector<std::string>{"lavrentiev-statement", "kazakhstan-ready-to-resume"});
    filter = {};
    filter.series = "astana";
    CHECK(hadath::filter_events(events, filter).size() == 5);
    filter.type = "meeting_planned";
    filter.from = "2023";
    CHECK(ids(hadath::filter_events(events, filter)) == std::vector<std::string>{"next-meeting-planned"});
    filter = {};
    filter.series = "geneva";
    CHECK(hadath::filter_events(events, filter).empty());
}
