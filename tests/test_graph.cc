// The knowledge graph and the actor network built from hand-made events that
// mirror the sample articles.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/date_span.h"
#include "graph/knowledge_graph.h"
#include "graph/text.h"
#include "test_support.h"

// Events as the extraction reads them from the five sample articles about the
// end of the Astana talks (samples/astana), written out by hand.
namespace sample {

using namespace hadath;

inline Actor actor(const std::string& id, const std::string& name, const std::string& name_ar, const std::string& kind,
                   const std::string& role, const std::string& affiliation = "", const std::string& title = "") {
    return Actor{id, name, name_ar, kind, role, affiliation, title};
}

inline Actor country(const std::string& id, const std::string& name, const std::string& name_ar,
                     const std::string& role) {
    return actor(id, name, name_ar, "country", role);
}

inline Mention mention(const std::string& doc, int sentence, const std::string& text) {
    return Mention{doc, sentence, 0, text.size(), text};
}

inline EventDate date(const std::string& value, const std::string& precision, const std::string& end = "") {
    EventDate result;
    result.value = value;
    result.precision = precision;
    result.end = end;
    return result;
}

inline const Location kAstana{"astana", "Astana", "أستانا"};
inline const Location kNurSultan{"nur-sultan", "Nur-Sultan", "نور سلطان"};

inline std::vector<Event> events() {
    std::vector<Event> list;

    Event round18;
    round18.id = "astana-18-meeting";
    round18.type = "meeting_held";
    round18.cameo = "046";
    round18.date = date("2022-06-15", "day");
    round18.actors = {country("KAZ", "Kazakhstan", "كازاخستان", "host"),
                      country("RUS", "Russia", "روسيا", "participant"),
                      country("TUR", "Turkey", "تركيا", "participant"), country("IRN", "Iran", "إيران", "participant"),
                      country("SYR", "Syria", "سوريا", "participant")};
    round18.round = Round{"astana", 18};
    round18.location = kNurSultan;
    round18.mentions = {
        mention("002_419dc2084f3f1c81", 14,
                "وعُقدت الجلسة 18 في 15 حزيران الماضي، بحضور وفود من نظام الأسد والمعارضة السورية وممثلي "
                "الدول الضامنة في عاصمة كازاخستان نور سلطان")};
    round18.documents = 1;
    list.push_back(round18);

    Event round20;
    round20.id = "astana-20-meeting";
    round20.type = "meeting_held";
    round20.cameo = "046";
    round20.date = date("2023-06-20", "day", "2023-06-21");
    round20.actors = {country("KAZ", "Kazakhstan", "كازاخستان", "host"),
                      country("RUS", "Russia", "روسيا", "participant"),
                      country("TUR", "Turkey", "تركيا", "participant"),
                      country("IRN", "Iran", "إيران", "participant"),
                      country("SYR", "Syria", "سوريا", "participant"),
                      actor("UNO", "United Nations", "الأمم المتحدة", "organization", "observer"),
                      country("JOR", "Jordan", "الأردن", "observer"),
                      country("LBN", "Lebanon", "لبنان", "observer"),
                      country("IRQ", "Iraq", "العراق", "observer")};
    round20.round = Round{"astana", 20};
    round20.location = kAstana;
    round20.mentions = {
        mention("001_83198d24877d83e8", 30,
                "جرت اجتماعات “أستانة” بمشاركة وفود “الدول الضامنة” (تركيا وروسيا وإيران)، وممثلين عن النظام السوري "
                "والمعارضة، وممثلين عن الأمم المتحدة والأردن والعراق ولبنان كمراقبين."),
        mention("003_7087a378d90ed0f8", 6,
                "واستضافت أستانا يومي 20 و21 حزيران / يونيو اجتماعاً دولياً آخر حول سوريا بصيغة أستانا."),
        mention("004_631fa335b097e9b7", 1,
                "استضافت العاصمة الكازاخستانية، أمس واليوم، الجولة العشرين من محادثات ما تسمى “أستانا” حول التسوية "
                "السورية")};
    round20.documents = 3;
    list.push_back(round20);

    Event statement;
    statement.id = "lavrentiev-statement";
    statement.type = "statement";
    statement.cameo = "010";
    statement.date = date("2023-06-21", "day");
    statement.actors = {actor("alexander-lavrentiev", "Alexander Lavrentiev", "ألكسندر لافرنتييف", "person", "speaker",
                              "RUS", "Special Presidential Envoy for Syria")};
    statement.round = Round{"astana", 20};
    statement.location = kAstana;
    statement.mentions = {
        mention("000_8dd5160a0a9bfbf0", 9,
                "وقال ألكسندر لافرنتييف، المبعوث الخاص للرئيس الروسي إلى سوريا خلال مؤتمر صحفي نقلته الوكالة الروسية "
                "نفسها \"إن الصيغة أثبتت فعاليتها وستتواصل\"."),
        mention("001_83198d24877d83e8", 5, "وأكد لافرنتييف، أن “صيغة أستانة” أثبتت فاعليتها")};
    statement.documents = 2;
    list.push_back(statement);

    Event withdrawal;
    withdrawal.id = "kazakhstan-host-withdrawal";
    withdrawal.type = "host_withdrawal";
    withdrawal.cameo = "0233";
    withdrawal.date = date("2023-06-21", "day");
    withdrawal.actors = {
        country("KAZ", "Kazakhstan", "كازاخستان", "speaker"),
        actor("kanat-tumysh", "Kanat Tumysh", "كانات توميش", "person", "speaker", "KAZ", "Deputy Foreign Minister")};
    withdrawal.round = Round{"astana", 20};
    withdrawal.location = kAstana;
    withdrawal.mentions = {
        mention("000_8dd5160a0a9bfbf0", 2,
                "اقترحت كازاخستان الدولة التي استضافت 20 اجتماعاً من محادثات أستانا (العاصمة القديمة لها)، أن يكون "
                "الاجتماع المنتهي أمس هو الأخير حول سوريا بهذه الصيغة."),
        mention("001_83198d24877d83e8", 20,
                "وقال، “على خلفية التطورات الإيجابية في سوريا مؤخرًا، ندعو لأن يكون هذا الاجتماع هو الأخير في مسار "
                "أستانة”."),
        mention("003_7087a378d90ed0f8", 1,
                "وقال نائب وزير الخارجية الكازاخستاني كانات توميش إن الاجتماع العشرين لصيغة أستانا، والذي اختتم في 21 "
                "يونيو في عاصمة الجمهورية، سيكون الأخير")};
    withdrawal.documents = 3;
    list.push_back(withdrawal);

    Event planned;
    planned.id = "next-meeting-planned";
    planned.type = "meeting_planned";
    planned.cameo = "036";
    planned.date = date("2023-H2", "half");
    planned.actors = {country("RUS", "Russia", "روسيا", "participant"), country("IRN", "Iran", "إيران", "participant"),
                      country("TUR", "Turkey", "تركيا", "participant")};
    planned.round = Round{"astana", 21};
    planned.mentions = {
        mention(
            "000_8dd5160a0a9bfbf0", 11,
            "أعلنت روسيا وإيران وتركيا ببيان مشترك أنهم اتفقوا على عقد الاجتماع المقبل بشأن سوريا في النصف الثاني من "
            "عام 2023"),
        mention("001_83198d24877d83e8", 4,
                "أن الاجتماع المقبل سيعقد في النصف الثاني من العام الجاري، بمكان يحدد لاحقًا.")};
    planned.documents = 2;
    list.push_back(planned);

    Event undated;
    undated.id = "kazakhstan-ready-to-resume";
    undated.type = "statement";
    undated.cameo = "010";
    undated.actors = {country("KAZ", "Kazakhstan", "كازاخستان", "speaker")};
    undated.mentions = {mention("003_7087a378d90ed0f8", 0,
                                "ذكرت وزارة الخارجية الكازاخستانية في تصريحات أن السلطات الكازاخستانية مستعدة لاستئناف "
                                "المفاوضات بشأن سوريا بصيغة أستانا في عاصمة الجمهورية كبادرة حسن نية")};
    undated.documents = 1;
    list.push_back(undated);
    return list;
}

inline std::vector<DocumentInfo> documents() {
    return {
        {"000_8dd5160a0a9bfbf0", "2023-06-22", "كازاخستان تفاجئ روسيا وتعلن إنهاء مسلسل \"محادثات أستانا\" وموسكو ترد",
         "Orient News", "https://example.org/000"},
        {"001_83198d24877d83e8", "2023-06-21", "بعد إغلاق مسار “أستانة”.. لافرنتييف: الاجتماع المقبل بمكان يحدد لاحقًا",
         "Enab Baladi", "https://example.org/001"},
        {"002_419dc2084f3f1c81", "2022-09-01",
         "كازاخستان: مفاوضات \"أستانا\" بشأن سوريا لا تنافس مفاوضات جنيف بل تكملها", "Syria TV",
         "https://example.org/002"},
        {"003_7087a378d90ed0f8", "", "", "Realist Arabic", ""},
        {"004_631fa335b097e9b7", "2023-06-21", "مخرجات أستانا: هجوم على مكافحي الإرهاب..وهدوء في مفرخة المتطرفين",
         "Hawar News", ""},
    };
}

}  // namespace sample

namespace {

using hadath::KnowledgeGraph;

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
    auto graph = hadath::build_knowledge_graph(sample::events(), sample::documents());
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

TEST_CASE("edges join the right nodes in the right direction", "[graph]") {
    auto graph = hadath::build_knowledge_graph(sample::events(), sample::documents());
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
    auto graph = hadath::build_knowledge_graph(sample::events(), sample::documents());

    const auto& meeting = graph[find_node(graph, "event:astana-20-meeting")];
    CHECK(meeting.type == "event");
    CHECK(meeting.event_type == "meeting_held");
    CHECK(meeting.label == "Meeting held, 2023-06-20");
    CHECK(meeting.date == "2023-06-20");
    CHECK(meeting.date_end == "2023-06-21");
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
    CHECK(undated.date.empty());
    CHECK(undated.first_day.empty());

    const auto& lavrentiev = graph[find_node(graph, "actor:alexander-lavrentiev")];
    CHECK(lavrentiev.kind == "person");
    CHECK(lavrentiev.label == "Alexander Lavrentiev");
    CHECK(lavrentiev.label_ar == "ألكسندر لافرنتييف");
    CHECK(lavrentiev.affiliation == "RUS");
    CHECK(lavrentiev.title == "Special Presidential Envoy for Syria");

    // Actors live from their first to their last dated event.
    const auto& russia = graph[find_node(graph, "actor:RUS")];
    CHECK(russia.first_day == "2022-06-15");
    CHECK(russia.last_day == "2023-12-31");

    const auto& round = graph[find_node(graph, "round:astana:20")];
    CHECK(round.series == "astana");
    CHECK(round.round_number == 20);
    CHECK(round.label == "Astana round 20");

    const auto& document = graph[find_node(graph, "document:002_419dc2084f3f1c81")];
    CHECK(document.date == "2022-09-01");
    CHECK(document.source == "Syria TV");
    CHECK(document.label_ar == document.title);
}

TEST_CASE("degrees and the summary come from the graph", "[graph]") {
    auto graph = hadath::build_knowledge_graph(sample::events(), sample::documents());
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
    auto network = hadath::build_actor_network(sample::events());
    CHECK(boost::num_vertices(network) == 11);
    CHECK(boost::num_edges(network) == 37);  // the 36 pairs of round 20, plus Kazakhstan with Tumysh

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
    CHECK(boost::degree(by_id.at("alexander-lavrentiev"), network) == 0);
    for (auto [e, end] = boost::edges(network); e != end; ++e) CHECK(network[*e].weight >= 1.0);
}

TEST_CASE("node ids are unique ASCII tokens", "[graph]") {
    auto events = sample::events();
    events[2].actors.push_back(sample::actor("لافرنتييف", "", "لافرنتييف", "person", "speaker", "MOSCOW"));
    events.push_back(events[0]);  // the same event id twice
    auto graph = hadath::build_knowledge_graph(events, sample::documents());
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
    auto first = hadath::build_knowledge_graph(sample::events(), sample::documents());
    auto second = hadath::build_knowledge_graph(sample::events(), sample::documents());
    std::vector<std::string> first_ids, second_ids;
    for (auto [v, end] = boost::vertices(first); v != end; ++v) first_ids.push_back(first[*v].id);
    for (auto [v, end] = boost::vertices(second); v != end; ++v) second_ids.push_back(second[*v].id);
    CHECK(first_ids == second_ids);
    CHECK(edge_strings(first) == edge_strings(second));
    // Nodes come grouped by type: actors, locations, rounds, events, documents.
    CHECK(first_ids.front() == "actor:IRN");
    CHECK(first_ids.back() == "document:004_631fa335b097e9b7");
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
