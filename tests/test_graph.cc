// The knowledge graph and the actor network built from hand-made events that
// mirror the sample articles.
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/date_span.h"
#include "graph/knowledge_graph.h"
#include "graph/text.h"
#include "sample_events.h"
#include "test_support.h"

namespace {

using hadath::KnowledgeGraph;
using hadath::testing::sample_documents;
using hadath::testing::sample_events;

using Vertex = KnowledgeGraph::vertex_descriptor;

Vertex find_node(const KnowledgeGraph& graph, const std::string& id) {
    for (auto [v, end] = boost::vertices(graph); v != end; ++v) {
        if (graph[*v].id == id) return *v;
    }
    FAIL("no node " << id);
    return {};
}

// "source -type-> target" for every edge, by node id.
std::multiset<std::string> edge_strings(const KnowledgeGraph& graph) {
    std::multiset<std::string> result;
    for (auto [e, end] = boost::edges(graph); e != end; ++e) {
        result.insert(graph[boost::source(*e, graph)].id + " -" + graph[*e].type + "-> " +
                      graph[boost::target(*e, graph)].id);
    }
    return result;
}

}  // namespace

TEST_CASE("day spans cover each precision", "[graph]") {
    using hadath::day_span;
    auto span = [](const std::string& value) {
        auto result = day_span(value);
        return result ? result->first + ".." + result->last : std::string("none");
    };
    CHECK(span("2023-06-21") == "2023-06-21..2023-06-21");
    CHECK(span("2023-06") == "2023-06-01..2023-06-30");
    CHECK(span("2024-02") == "2024-02-01..2024-02-29");
    CHECK(span("2023-02") == "2023-02-01..2023-02-28");
    CHECK(span("2023-Q1") == "2023-01-01..2023-03-31");
    CHECK(span("2023-Q3") == "2023-07-01..2023-09-30");
    CHECK(span("2023-H1") == "2023-01-01..2023-06-30");
    CHECK(span("2023-H2") == "2023-07-01..2023-12-31");
    CHECK(span("2017") == "2017-01-01..2017-12-31");
    CHECK(span("") == "none");
    CHECK(span("2023-13") == "none");
    CHECK(span("2023-02-30") == "none");
    CHECK(span("2023-Q5") == "none");
    CHECK(span("soon") == "none");

    hadath::EventDate ranged;
    ranged.value = "2023-06-20";
    ranged.end = "2023-06-21";
    CHECK(day_span(ranged)->last == "2023-06-21");
    ranged.end = "2023-08";  // a coarse end reaches the last day of its month
    CHECK(day_span(ranged)->last == "2023-08-31");
}

TEST_CASE("the knowledge graph has the expected nodes and edges per type", "[graph]") {
    auto graph = hadath::build_knowledge_graph(sample_events(), sample_documents());
    auto summary = hadath::summarize(graph);

    CHECK(summary.nodes == 27);
    CHECK(summary.nodes_by_type == std::map<std::string, std::size_t>{
                                       {"actor", 11}, {"document", 5}, {"event", 6}, {"location", 2}, {"round", 3}});
    CHECK(summary.edges == 49);
    CHECK(summary.edges_by_type == std::map<std::string, std::size_t>{{"affiliated_with", 2},
                                                                      {"at_location", 4},
                                                                      {"host", 2},
                                                                      {"in_round", 5},
                                                                      {"next", 4},
                                                                      {"next_round", 1},
                                                                      {"observer", 4},
                                                                      {"participant", 11},
                                                                      {"reported_in", 12},
                                                                      {"speaker", 4}});
}

TEST_CASE("only documents that report an event get a node", "[graph]") {
    auto documents = sample_documents();
    documents.push_back({"005_no_events", "2023-06-23", "عنوان بلا أحداث", "Nowhere News", "https://example.org/005"});
    auto graph = hadath::build_knowledge_graph(sample_events(), documents);
    auto summary = hadath::summarize(graph);
    CHECK(summary.nodes == 27);
    CHECK(summary.nodes_by_type.at("document") == 5);
    for (auto [v, end] = boost::vertices(graph); v != end; ++v) CHECK(graph[*v].entity_id != "005_no_events");
    // Every document node is reported by some event.
    for (auto [v, end] = boost::vertices(graph); v != end; ++v) {
        if (graph[*v].type == "document") CHECK(boost::in_degree(*v, graph) > 0);
    }

    // A cited document missing from the list still has its node, with what the mentions tell.
    documents.erase(documents.begin() + 2);  // 002_419dc2084f3f1c81
    graph = hadath::build_knowledge_graph(sample_events(), documents);
    const auto& cited = graph[find_node(graph, "document:002_419dc2084f3f1c81")];
    CHECK(cited.doc_title.empty());
    CHECK(cited.label == "002_419dc2084f3f1c81");  // no title: labelled by its id
    CHECK(cited.first_day == "2022-06-15");
    CHECK(hadath::summarize(graph).nodes == 27);

    // No events, no document nodes.
    CHECK(boost::num_vertices(hadath::build_knowledge_graph({}, documents)) == 0);
}

TEST_CASE("edges join the right nodes in the right direction", "[graph]") {
    auto graph = hadath::build_knowledge_graph(sample_events(), sample_documents());
    auto edges = edge_strings(graph);
    auto has = [&edges](const std::string& edge) { return edges.count(edge) == 1; };

    CHECK(has("actor:KAZ -host-> event:astana-20-meeting"));
    CHECK(has("actor:UNO -observer-> event:astana-20-meeting"));
    CHECK(has("actor:SYR -participant-> event:astana-20-meeting"));
    CHECK(has("actor:alexander-lavrentiev -speaker-> event:lavrentiev-statement"));
    CHECK(has("actor:alexander-lavrentiev -affiliated_with-> actor:RUS"));
    CHECK(has("actor:kanat-tumysh -affiliated_with-> actor:KAZ"));
    CHECK(has("event:astana-20-meeting -in_round-> round:astana:20"));
    CHECK(has("event:next-meeting-planned -in_round-> round:astana:21"));
    CHECK(has("event:astana-20-meeting -at_location-> location:astana"));
    CHECK(has("event:astana-18-meeting -at_location-> location:nur-sultan"));
    CHECK(has("event:astana-20-meeting -reported_in-> document:003_7087a378d90ed0f8"));
    CHECK(has("round:astana:20 -next_round-> round:astana:21"));
    // No round 19 in the input, so 18 and 20 stay unlinked.
    CHECK(edges.count("round:astana:18 -next_round-> round:astana:20") == 0);

    // Chronological chain of the Astana series; the same-day statements keep their given order.
    CHECK(has("event:astana-18-meeting -next-> event:astana-20-meeting"));
    CHECK(has("event:astana-20-meeting -next-> event:lavrentiev-statement"));
    CHECK(has("event:lavrentiev-statement -next-> event:kazakhstan-host-withdrawal"));
    CHECK(has("event:kazakhstan-host-withdrawal -next-> event:next-meeting-planned"));
    // The undated statement has no round and no place in the chain.
    auto undated = find_node(graph, "event:kazakhstan-ready-to-resume");
    CHECK(boost::out_degree(undated, graph) == 1);  // reported_in only
    CHECK(boost::in_degree(undated, graph) == 1);   // its speaker
}

TEST_CASE("nodes carry their attributes and time spans", "[graph]") {
    auto graph = hadath::build_knowledge_graph(sample_events(), sample_documents());

    const auto& meeting = graph[find_node(graph, "event:astana-20-meeting")];
    CHECK(meeting.type == "event");
    CHECK(meeting.event_type == "meeting_held");
    CHECK(meeting.label == "Meeting held: Kazakhstan \u2013 Iran \u2013 Russia \u2026, Astana, 2023-06-20");
    CHECK(meeting.event_date == "2023-06-20");
    CHECK(meeting.event_date_end == "2023-06-21");
    CHECK(meeting.precision == "day");
    CHECK(meeting.cameo == "046");
    CHECK(meeting.round == "Astana round 20");
    CHECK(meeting.documents == 3);
    CHECK(meeting.first_day == "2023-06-20");
    CHECK(meeting.last_day == "2023-06-21");
    CHECK_FALSE(meeting.label_ar.empty());

    const auto& planned = graph[find_node(graph, "event:next-meeting-planned")];
    CHECK(planned.precision == "half");
    CHECK(planned.first_day == "2023-07-01");
    CHECK(planned.last_day == "2023-12-31");

    const auto& undated = graph[find_node(graph, "event:kazakhstan-ready-to-resume")];
    CHECK(undated.event_date.empty());
    CHECK(undated.first_day.empty());

    const auto& lavrentiev = graph[find_node(graph, "actor:alexander-lavrentiev")];
    CHECK(lavrentiev.kind == "person");
    CHECK(lavrentiev.label == "Alexander Lavrentiev");
    CHECK(lavrentiev.label_ar == "ألكسندر لافرنتييف");
    CHECK(lavrentiev.affiliation == "RUS");
    CHECK(lavrentiev.job_title == "Special Presidential Envoy for Syria");

    // Actors live from their first to their last dated event.
    const auto& russia = graph[find_node(graph, "actor:RUS")];
    CHECK(russia.first_day == "2022-06-15");
    CHECK(russia.last_day == "2023-12-31");

    const auto& round = graph[find_node(graph, "round:astana:20")];
    CHECK(round.series == "astana");
    CHECK(round.round_number == 20);
    CHECK(round.label == "Astana round 20");

    const auto& document = graph[find_node(graph, "document:002_419dc2084f3f1c81")];
    CHECK(document.published == "2022-09-01");
    CHECK(document.source == "Syria TV");
    CHECK(document.label_ar == document.doc_title);
    CHECK(document.label == document.doc_title);  // titles in the samples are short enough to stay whole
}

TEST_CASE("degrees and the summary come from the graph", "[graph]") {
    auto graph = hadath::build_knowledge_graph(sample_events(), sample_documents());
    auto summary = hadath::summarize(graph, 5);
    REQUIRE(summary.top_actors.size() == 5);
    CHECK(summary.top_actors[0].id == "KAZ");
    CHECK(summary.top_actors[0].degree == 5);  // host ×2, speaker ×2, Tumysh's affiliation
    CHECK(summary.top_actors[1].id == "RUS");
    CHECK(summary.top_actors[1].degree == 4);
    CHECK(summary.top_actors[2].id == "IRN");
    CHECK(summary.top_actors[3].id == "TUR");
    CHECK(summary.top_actors[4].id == "SYR");
    CHECK(boost::degree(find_node(graph, "actor:KAZ"), graph) == 5);

    std::string text = hadath::format_summary(summary);
    CHECK(text.find("graph: 27 nodes, 49 edges") != std::string::npos);
    CHECK(text.find("nodes: actor 11, document 5, event 6, location 2, round 3") != std::string::npos);
    CHECK(text.find("reported_in 12") != std::string::npos);
    CHECK(text.find("top actors: Kazakhstan (5), Russia (4)") != std::string::npos);
}

TEST_CASE("the actor network counts shared events", "[graph]") {
    auto network = hadath::build_actor_network(sample_events());
    CHECK(boost::num_vertices(network) == 11);
    // The 36 pairs of round 20, Kazakhstan with Tumysh, and Lavrentiev with Russia, which he speaks for.
    CHECK(boost::num_edges(network) == 38);

    std::map<std::string, hadath::ActorNetwork::vertex_descriptor> by_id;
    for (auto [v, end] = boost::vertices(network); v != end; ++v) by_id[network[*v].entity_id] = *v;
    auto [russia_iran, found] = boost::edge(by_id.at("RUS"), by_id.at("IRN"), network);
    REQUIRE(found);
    CHECK(network[russia_iran].weight == 3.0);  // rounds 18 and 20, the planned meeting
    CHECK(network[russia_iran].first_day == "2022-06-15");
    CHECK(network[russia_iran].last_day == "2023-12-31");
    auto [jordan_iraq, found_observers] = boost::edge(by_id.at("JOR"), by_id.at("IRQ"), network);
    REQUIRE(found_observers);
    CHECK(network[jordan_iraq].weight == 1.0);
    CHECK(network[jordan_iraq].first_day == "2023-06-20");
    auto [lavrentiev_russia, affiliated] = boost::edge(by_id.at("alexander-lavrentiev"), by_id.at("RUS"), network);
    REQUIRE(affiliated);
    CHECK(network[lavrentiev_russia].type == "affiliated_with");
    CHECK(boost::degree(by_id.at("alexander-lavrentiev"), network) == 1);
    // Kazakhstan and Tumysh share an event: one edge, counting it.
    auto [kazakhstan_tumysh, shared] = boost::edge(by_id.at("KAZ"), by_id.at("kanat-tumysh"), network);
    REQUIRE(shared);
    CHECK(network[kazakhstan_tumysh].type == "shared_events");
    for (auto [e, end] = boost::edges(network); e != end; ++e) CHECK(network[*e].weight >= 1.0);
}

TEST_CASE("node ids are unique ASCII tokens", "[graph]") {
    auto events = sample_events();
    events[2].actors.push_back(hadath::testing::actor("لافرنتييف", "", "لافرنتييف", "person", "speaker", "MOSCOW"));
    events.push_back(events[0]);  // the same event id twice
    auto graph = hadath::build_knowledge_graph(events, sample_documents());
    std::set<std::string> ids;
    for (auto [v, end] = boost::vertices(graph); v != end; ++v) {
        const std::string& id = graph[*v].id;
        CHECK(ids.insert(id).second);
        CHECK(std::all_of(id.begin(), id.end(), [](unsigned char c) {
            return std::isalnum(c) || c == ':' || c == '.' || c == '_' || c == '-';
        }));
    }
    CHECK(ids.count("event:astana-18-meeting.2") == 1);
    CHECK(ids.count("actor:_d9_84_d8_a7_d9_81_d8_b1_d9_86_d8_aa_d9_8a_d9_8a_d9_81") == 1);
    // An affiliation nobody acts as still gets its node, guessed to be an organisation.
    const auto& moscow = graph[find_node(graph, "actor:MOSCOW")];
    CHECK(moscow.kind == "organization");
}

TEST_CASE("the same input builds the same graph", "[graph]") {
    auto first = hadath::build_knowledge_graph(sample_events(), sample_documents());
    auto second = hadath::build_knowledge_graph(sample_events(), sample_documents());
    std::vector<std::string> first_ids, second_ids;
    for (auto [v, end] = boost::vertices(first); v != end; ++v) first_ids.push_back(first[*v].id);
    for (auto [v, end] = boost::vertices(second); v != end; ++v) second_ids.push_back(second[*v].id);
    CHECK(first_ids == second_ids);
    CHECK(edge_strings(first) == edge_strings(second));
    // Nodes come grouped by type: actors, locations, rounds, events, documents.
    CHECK(first_ids.front() == "actor:IRN");
    CHECK(first_ids.back() == "document:004_631fa335b097e9b7");
}

TEST_CASE("clean text can be appended to what is already written", "[graph]") {
    for (const std::string& text :
         {std::string("  a\tb\n\nc  "), std::string("x\x01y\x0bz"), std::string("bad \xff byte"),
          std::string("\xEF\xBF\xBF"), std::string(" \xD9\x86\xD8\xB5 \xC3"), std::string()}) {
        std::string out = "kept ";
        hadath::append_clean_text(out, text);
        CHECK(out == "kept " + hadath::clean_text(text));
    }
}

TEST_CASE("clean text agrees code point by code point with a plain reading of the bytes", "[graph]") {
    // The reference reads one code point at a time (ICU's U8_NEXT): a bad byte becomes U+FFFD,
    // a run of white space one space between kept text, and what XML forbids is dropped.
    auto reference = [](const std::string& text) {
        const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
        const auto length = static_cast<int32_t>(text.size());
        std::string out;
        bool pending_space = false;
        for (int32_t at = 0; at < length;) {
            const int32_t start = at;
            UChar32 c = 0;
            U8_NEXT(bytes, at, length, c);
            std::string piece;
            if (c < 0) {
                at = start + 1;
                piece = "\xEF\xBF\xBD";
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pending_space = !out.empty();
                continue;
            } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                continue;
            } else {
                piece = text.substr(start, at - start);
            }
            if (pending_space) out += ' ';
            pending_space = false;
            out += piece;
        }
        return out;
    };
    const std::vector<std::string> pieces = {"\xD9\x82",
                                             "\xD8\xA7",
                                             "\xD9\x84",
                                             "a",
                                             " ",
                                             "\xC2\xAB",
                                             "7",
                                             "\t",
                                             "\n",
                                             "  ",
                                             "\x01",
                                             "\x7F",
                                             "\xE2\x80\xA6",
                                             "\xEF\xBF\xBF",
                                             "\x80",
                                             "\xD9",
                                             "\xC0\x80",
                                             "\xF0\x9F\x98\x80"};
    hadath::testing::PieceText random(777);
    for (int round = 0; round < 20000; ++round) {
        const std::string text = random.text(pieces, 40, 6, 90);
        INFO("text bytes: " << text.size());
        REQUIRE(hadath::clean_text(text) == reference(text));
    }
}

TEST_CASE("the first of a few bytes is found at any place in text of any length", "[graph]") {
    const auto find = [](const std::string& text) {
        return static_cast<std::size_t>(
            hadath::find_first_byte_of<'&', '<', '"'>(text.data(), text.data() + text.size()) - text.data());
    };
    // Arabic letters (two bytes each) and ASCII around the byte, across the 16-byte blocks.
    for (std::size_t length = 0; length < 40; ++length) {
        std::string text;
        while (text.size() < length) text += text.size() % 3 == 0 ? "a" : "\u0628";
        INFO("length " << text.size());
        CHECK(find(text) == text.size());
        for (const char special : {'&', '<', '"'}) {
            for (std::size_t at = 0; at <= text.size(); ++at) {
                std::string with = text.substr(0, at) + special + text.substr(at) + "<";
                INFO("at " << at);
                CHECK(find(with) == at);
            }
        }
    }
}

TEST_CASE("text is cleaned for labels and shortened on a word boundary", "[graph]") {
    using hadath::clean_text;
    CHECK(clean_text("  a\tb\n\nc  ") == "a b c");
    CHECK(clean_text(std::string("x\x01y\x0bz")) == "xyz");
    CHECK(clean_text("bad \xff byte") == "bad \xEF\xBF\xBD byte");
    CHECK(clean_text("\xEF\xBF\xBF") == "");                  // U+FFFF
    CHECK(clean_text("\u200F\u202Eنص") == "\u200F\u202Eنص");  // bidi marks are kept
    CHECK(hadath::shorten("short", 10) == "short");
    CHECK(hadath::shorten("one two three four five", 16) == "one two three\u2026");
    CHECK(hadath::shorten("one two three four five", 12) == "one two thre\u2026");  // no space near the end
    std::string arabic = hadath::shorten("كلمة كلمة كلمة كلمة كلمة", 15);
    CHECK(arabic == "كلمة كلمة كلمة\u2026");
}

TEST_CASE("shortened text agrees code point by code point with a plain reading of the bytes", "[graph]") {
    // The reference decodes all of the text (ICU's U8_NEXT, a bad byte as U+FFFD) and cuts as
    // shorten() promises: at a space in the last fifth of the limit, else at the limit.
    auto reference = [](const std::string& text, std::size_t limit) {
        const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
        const auto length = static_cast<int32_t>(text.size());
        std::vector<UChar32> code_points;
        for (int32_t at = 0; at < length;) {
            const int32_t start = at;
            UChar32 c = 0;
            U8_NEXT(bytes, at, length, c);
            if (c < 0) {
                at = start + 1;
                c = 0xFFFD;
            }
            code_points.push_back(c);
        }
        if (code_points.size() <= limit) return text;
        std::size_t cut = limit;
        for (std::size_t i = limit; i > limit * 4 / 5; --i) {
            if (code_points[i] == ' ') {
                cut = i;
                break;
            }
        }
        std::string out;
        for (std::size_t i = 0; i < cut; ++i) {
            uint8_t encoded[4];
            int32_t written = 0;
            U8_APPEND_UNSAFE(encoded, written, code_points[i]);
            out.append(reinterpret_cast<const char*>(encoded), static_cast<std::size_t>(written));
        }
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out + "\u2026";
    };
    const std::vector<std::string> pieces = {
        "\xD9\x82", "\xD8\xA7", "a", " ", "\xC2\xAB", "\xE2\x80\xA6", "\x80", "\xD9", "\xF0\x9F\x98\x80"};
    hadath::testing::PieceText random(4242);
    for (int round = 0; round < 20000; ++round) {
        const std::string text = random.text(pieces, 40, 5, 90);
        const std::size_t limit = 1 + random.next() % 30;
        INFO("text bytes: " << text.size() << ", limit " << limit);
        REQUIRE(hadath::shorten(text, limit) == reference(text, limit));
    }
}

TEST_CASE("quotes have balanced marks and show where they were cut", "[graph]") {
    using hadath::balanced_quote;
    // A mention that starts inside a quotation, and one that starts inside an aside.
    CHECK(balanced_quote("أستانا\" في 23 كانون الثاني", 160) == "\u2026\"أستانا\" في 23 كانون الثاني");
    CHECK(balanced_quote("مايو 2018، رفضت الولايات المتحدة المشاركة)", 160) ==
          "\u2026(مايو 2018، رفضت الولايات المتحدة المشاركة)");
    // Cut inside a quotation: closed after the ellipsis.
    CHECK(balanced_quote("وقال \"إن الصيغة أثبتت فعاليتها", 160) == "وقال \"إن الصيغة أثبتت فعاليتها\u2026\"");
    CHECK(balanced_quote("مسار «أستانا وجنيف معا", 160) == "مسار «أستانا وجنيف معا\u2026»");
    CHECK(balanced_quote("كلمة كلمة «كلمة كلمة كلمة»", 15) == "كلمة كلمة «كلمة\u2026»");
    // Balanced text stays as it is.
    for (const std::string& whole : {std::string("وقال \"إن الصيغة أثبتت فعاليتها وستتواصل\"."),
                                     std::string("(تركيا وروسيا وإيران) و«الدول الضامنة» [2017]"), std::string()}) {
        CHECK(balanced_quote(whole, 160) == whole);
    }
}
