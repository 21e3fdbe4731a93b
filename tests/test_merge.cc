// Merging event mentions into events: what merges, what never does, and
// that the result does not depend on input order.
#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "export/events_jsonl.h"
#include "extract/events.h"
#include "graph/date_span.h"
#include "graph/merge.h"
#include "tests/corpus_support.h"

using namespace hadath;
using namespace hadath::testing;

namespace {

// The merge policies of the shipped rules/ar/types.tsv.
const EventTypes& shipped_types() {
    static const EventTypes types = EventTypes::load((data_dir() / "rules" / "ar" / "types.tsv").string());
    return types;
}

std::vector<Event> merge_events(std::vector<Event> mentions) {
    return hadath::merge_events(std::move(mentions), shipped_types());
}

Event mention(const std::string& type, const std::string& doc, int sentence, const std::string& date,
              const std::string& precision = "day") {
    Event e;
    e.type = type;
    e.date.value = date;
    e.date.precision = date.empty() ? "" : precision;
    e.mentions.push_back({doc, sentence, static_cast<std::size_t>(sentence) * 100,
                          static_cast<std::size_t>(sentence) * 100 + 50, "...", ""});
    e.documents = 1;
    return e;
}

Event statement(const std::string& doc, int sentence, const std::string& speaker, const std::string& date,
                bool from_publication = false) {
    Event e = mention("statement_issued", doc, sentence, date);
    e.date.from_publication = from_publication;
    e.actors.push_back({speaker, "", "", "person", "speaker", "RUS", ""});
    return e;
}

Event meeting(const std::string& doc, int sentence, int round, const std::string& date,
              const std::string& location = "") {
    Event e = mention("meeting_held", doc, sentence, date);
    if (round >= 0) e.round = Round{"astana", round};
    if (!location.empty()) e.location = Location{location, location, ""};
    return e;
}

// A person taking part for a state or body.
Actor participant(const std::string& id, const std::string& affiliation) {
    return Actor{id, id, "", "person", "participant", affiliation, ""};
}

std::string as_jsonl(const std::vector<Event>& events) {
    std::ostringstream out;
    write_events_jsonl(out, events);
    return out.str();
}

}  // namespace

TEST_CASE("one speaker's statements of one day merge, in one article and across articles", "[merge]") {
    const auto merged = merge_events({statement("a", 1, "alexander-lavrentiev", "2023-06-21"),
                                      statement("a", 5, "alexander-lavrentiev", "2023-06-21"),
                                      statement("b", 2, "alexander-lavrentiev", "2023-06-22", true)});
    REQUIRE(merged.size() == 1);
    CHECK(merged[0].mentions.size() == 3);
    CHECK(merged[0].documents == 2);
    // The date the text gives wins over one taken from a publication date.
    CHECK(merged[0].date.value == "2023-06-21");
}

TEST_CASE("a merged event keeps the quote of its first mention alone, across articles too", "[merge]") {
    std::vector<Event> mentions = {statement("b", 2, "alexander-lavrentiev", "2023-06-21"),
                                   statement("a", 5, "alexander-lavrentiev", "2023-06-21"),
                                   statement("a", 1, "alexander-lavrentiev", "2023-06-21")};
    for (Event& e : mentions)
        e.mentions[0].quote = "quote of " + e.mentions[0].doc + std::to_string(e.mentions[0].sentence);
    const auto merged = merge_events(std::move(mentions));
    REQUIRE(merged.size() == 1);
    REQUIRE(merged[0].mentions.size() == 3);
    CHECK(merged[0].mentions[0].quote == "quote of a1");
    CHECK(merged[0].mentions[1].quote.empty());
    CHECK(merged[0].mentions[2].quote.empty());
}

TEST_CASE("different speakers, or one speaker on days apart, never merge", "[merge]") {
    CHECK(merge_events({statement("a", 1, "alexander-lavrentiev", "2023-06-21"),
                        statement("a", 2, "kanat-tumysh", "2023-06-21")})
              .size() == 2);
    CHECK(merge_events({statement("a", 1, "alexander-lavrentiev", "2023-06-21"),
                        statement("b", 2, "alexander-lavrentiev", "2023-06-25")})
              .size() == 2);
}

TEST_CASE("a saying is dated no later than the first article that reports it", "[merge]") {
    // Corpus snn-2015-08-07-1094 and a later article: what one paper of the 7th reports as said,
    // another of the 10th dates "أول من أمس", the 8th: the saying was made by the 7th.
    const std::vector<DocumentInfo> documents = {{"a", "2015-08-07", "", "", ""}, {"b", "2015-08-10", "", "", ""}};
    const auto merged = hadath::merge_events(
        {statement("a", 1, "susan-rice", "2015-08-07", true), statement("b", 3, "susan-rice", "2015-08-08")},
        shipped_types(), documents);
    REQUIRE(merged.size() == 1);
    CHECK(merged[0].date.value == "2015-08-07");
    // A date the first article's day allows is kept.
    const auto allowed = hadath::merge_events(
        {statement("a", 1, "susan-rice", "2015-08-07", true), statement("b", 3, "susan-rice", "2015-08-06")},
        shipped_types(), documents);
    REQUIRE(allowed.size() == 1);
    CHECK(allowed[0].date.value == "2015-08-06");
}

TEST_CASE("one speaker's sayings of a week, each dated by its article, stay apart", "[merge]") {
    // Each article's "أعلنت وزارة الداخلية" dated by its publication may be a day off the other's,
    // but the first and the last day of a week of such articles are two sayings.
    std::vector<Event> week;
    for (int day = 20; day <= 26; ++day)
        week.push_back(statement(std::string(1, static_cast<char>('a' + day - 20)), 1, "SAU",
                                 "2015-07-" + std::to_string(day), true));
    const auto merged = merge_events(week);
    CHECK(merged.size() >= 3);
    for (const Event& event : merged) CHECK(event.mentions.size() <= 2);
    // A state speaking through two offices on one day said two things.
    Event interior = statement("a", 1, "SAU", "2015-07-20");
    interior.actors[0].kind = "country";
    interior.actors[0].title = "Ministry of the Interior";
    Event cabinet = statement("b", 4, "SAU", "2015-07-20");
    cabinet.actors[0].kind = "country";
    cabinet.actors[0].title = "Council of Ministers";
    CHECK(merge_events({interior, cabinet}).size() == 2);
    Event again = statement("c", 2, "SAU", "2015-07-20");
    again.actors[0].kind = "country";
    again.actors[0].title = "Ministry of the Interior";
    CHECK(merge_events({interior, again}).size() == 1);
    // Across articles, one office and the state with none named are not one saying: the weather
    // service's forecast (snn-2015-07-31-0184) is not the kingdom's condemnation (snn-2015-07-31-0339).
    Event forecast = statement("d", 1, "SAU", "2015-07-31");
    forecast.actors[0].kind = "country";
    forecast.actors[0].title = "Presidency";
    Event condemnation = statement("e", 3, "SAU", "2015-07-31");
    condemnation.actors[0].kind = "country";
    CHECK(merge_events({forecast, condemnation}).size() == 2);
    // In one article the office says what the state says.
    Event state_again = statement("d", 5, "SAU", "2015-07-31");
    state_again.actors[0].kind = "country";
    CHECK(merge_events({forecast, state_again}).size() == 1);
}

TEST_CASE("a round of talks reported by several articles is one event", "[merge]") {
    const auto merged =
        merge_events({meeting("a", 1, 20, "2023-06-21", "astana"), meeting("b", 3, 20, "2023-06-20", "astana"),
                      meeting("c", 2, 20, ""), meeting("d", 7, -1, "2023-06-20", "astana")});
    REQUIRE(merged.size() == 1);
    CHECK(merged[0].documents == 4);
    CHECK(merged[0].round->number == 20);
    CHECK(merged[0].location->id == "astana");
}

TEST_CASE("different rounds never merge, even on the same day and place", "[merge]") {
    CHECK(merge_events({meeting("a", 1, 18, "2022-06-15", "astana"), meeting("b", 1, 20, "2022-06-15", "astana")})
              .size() == 2);
    CHECK(merge_events({meeting("a", 1, 18, "2022-06-15", "astana"), meeting("a", 4, 20, "2023-06-21", "astana")})
              .size() == 2);
}

TEST_CASE("first rounds of no named series, with other sides, stay apart across articles", "[merge]") {
    Event afghan = meeting("a", 1, -1, "2015-07-30");
    afghan.round = Round{"", 1};
    afghan.actors.push_back({"AFG", "", "", "country", "participant", "", ""});
    Event greek = meeting("b", 2, -1, "2015-07-31");
    greek.round = Round{"", 1};
    greek.actors.push_back({"GRC", "", "", "country", "participant", "", ""});
    CHECK(merge_events({afghan, greek}).size() == 2);
    // The same sides' first round, told by two articles, is one.
    Event afghan_again = meeting("c", 4, -1, "2015-07-30");
    afghan_again.round = Round{"", 1};
    afghan_again.actors.push_back({"AFG", "", "", "country", "participant", "", ""});
    CHECK(merge_events({afghan, afghan_again}).size() == 1);
}

TEST_CASE("agreements of other sides on one day stay apart, whatever wider agreement chains them", "[merge]") {
    const auto agreement = [](const std::string& doc, std::initializer_list<const char*> states) {
        Event e = mention("agreement", doc, 1, "2015-08-06");
        for (const char* state : states) e.actors.push_back({state, "", "", "country", "participant", "", ""});
        return e;
    };
    // The nuclear deal of Iran and the six powers, the Mistral deal of France and Russia
    // (snn-2015-08-06-0390) and the resolution Washington and Moscow agreed on (snn-2015-08-06-0409).
    const Event nuclear = agreement("a", {"IRN", "USA", "RUS", "CHN", "FRA", "GBR", "DEU"});
    const Event mistral = agreement("b", {"FRA", "RUS"});
    const Event resolution = agreement("c", {"USA", "RUS"});
    for (const Event& event : merge_events({nuclear, mistral, resolution})) {
        std::set<std::string> documents;
        for (const auto& m : event.mentions) documents.insert(m.doc);
        CHECK_FALSE((documents.count("b") && documents.count("c")));
    }
    // One agreement told with fewer sides is the same agreement.
    CHECK(merge_events({resolution, agreement("d", {"USA", "RUS"})}).size() == 1);
}

TEST_CASE("unnumbered meetings in different places or on other days stay apart", "[merge]") {
    // Sessions of one body, the Arab League's.
    const auto session = [](const std::string& doc, const std::string& date, const std::string& location) {
        Event e = meeting(doc, 1, -1, date, location);
        e.actors.push_back({"ARL", "ARL", "", "organization", "participant", "", ""});
        return e;
    };
    CHECK(merge_events({session("a", "2015-08-03", "doha"), session("b", "2015-08-03", "moscow")}).size() == 2);
    CHECK(merge_events({session("a", "2015-08-03", "doha"), session("b", "2015-08-11", "doha")}).size() == 2);
    CHECK(merge_events({session("a", "2015-08-03", "doha"), session("b", "2015-08-03", "doha")}).size() == 1);
    // A meeting that names no side is left out, even with a place and a day.
    CHECK(merge_events({meeting("a", 1, -1, "2015-08-03", "doha")}).empty());
    // So is a round of no series (corpus snn-2015-07-25-0651, "الجلسة الأولى لمفاوضات الجولة السابعة"), or a
    // series with no number; a numbered round of a series stays ("الجولة الـ20 في أستانا").
    Event seventh = meeting("a", 1, 7, "2015-07-25");
    seventh.round->series.clear();
    Event unnumbered = meeting("b", 1, 0, "2015-07-25", "vienna");
    unnumbered.round->series = "vienna";
    CHECK(merge_events({seventh}).empty());
    CHECK(merge_events({unnumbered}).empty());
    CHECK(merge_events({meeting("c", 1, 20, "2023-06-21", "astana")}).size() == 1);
}

TEST_CASE("the most precise date the mentions agree on is kept", "[merge]") {
    Event coarse = meeting("a", 1, 20, "2023", "astana");
    coarse.date.precision = "year";
    const auto merged = merge_events({coarse, meeting("b", 1, 20, "2023-06-21", "astana")});
    REQUIRE(merged.size() == 1);
    CHECK(merged[0].date.value == "2023-06-21");
    CHECK(merged[0].date.precision == "day");
}

TEST_CASE("day ranges cover halves and quarters", "[merge]") {
    CHECK(day_range(EventDate{"2023-H2", "", "half", "", false}).first == day_number("2023-07-01"));
    CHECK(day_range(EventDate{"2023-H2", "", "half", "", false}).last == day_number("2023-12-31"));
    CHECK(day_range(EventDate{"2023-Q1", "", "quarter", "", false}).last == day_number("2023-03-31"));
    CHECK(day_range(EventDate{"2023-06-20", "2023-06-21", "day", "", false}).last == day_number("2023-06-21"));
    CHECK(day_number("2023-07-01") - day_number("2023-06-30") == 1);
    // ISO week 33 of 2015 runs from Monday 10 to Sunday 16 August.
    CHECK(day_range(EventDate{"2015-W33", "", "week", "", false}).first == day_number("2015-08-10"));
    CHECK(day_range(EventDate{"2015-W33", "", "week", "", false}).last == day_number("2015-08-16"));
    CHECK(day_range(EventDate{}).empty());
}

TEST_CASE("merging the samples gives the same events for any input order, with stable ids", "[merge][determinism]") {
    const EventExtractor extractor(resources());
    std::vector<Event> mentions;
    for (const auto& entry : std::filesystem::directory_iterator(samples_dir())) {
        if (entry.path().extension() != ".txt") continue;
        for (Event& e :
             extractor
                 .extract(DocumentInfo{entry.path().stem().string(), "2023-06-21", "", "", ""}, read_file(entry.path()))
                 .events)
            mentions.push_back(std::move(e));
    }
    REQUIRE(mentions.size() > 30);
    const std::string reference = as_jsonl(merge_events(mentions));
    std::mt19937 shuffle(7);
    for (int round = 0; round < 5; ++round) {
        std::shuffle(mentions.begin(), mentions.end(), shuffle);
        CHECK(as_jsonl(merge_events(mentions)) == reference);
    }
    // Ids are unique.
    const auto merged = merge_events(mentions);
    std::vector<std::string> ids;
    for (const Event& e : merged) ids.push_back(e.id);
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
}

TEST_CASE("events.jsonl reads back as it was written", "[merge][jsonl]") {
    Event e = statement("a", 3, "alexander-lavrentiev", "2023-06-21");
    e.id = "ev-1";
    e.round = Round{"astana", 20};
    e.location = Location{"astana", "Astana", "أستانا"};
    e.mentions[0].text = "قال \"لافرنتييف\"\n";
    e.mentions[0].quote = "وقال لافرنتييف في مؤتمر صحفي…";
    // Only the first mention's quote is written: it is the one timelines show.
    Event later = statement("b", 5, "alexander-lavrentiev", "2023-06-21");
    later.mentions[0].quote = "وأضاف لافرنتييف";
    e.mentions.push_back(later.mentions[0]);
    const std::string text = as_jsonl({e});
    CHECK(text.find("وأضاف لافرنتييف") == std::string::npos);
    std::istringstream in(text);
    const auto back = read_events_jsonl(in, "memory");
    REQUIRE(back.size() == 1);
    CHECK(back[0].mentions[0].quote == e.mentions[0].quote);
    CHECK(as_jsonl(back) == text);
    std::istringstream broken("{\"type\": \"x\"\n");
    CHECK_THROWS_WITH(read_events_jsonl(broken, "broken.jsonl"), Catch::Contains("broken.jsonl:1"));
}

TEST_CASE("mention lines with NUL bytes read as the JSON before the first one", "[merge][jsonl]") {
    const std::string line =
        R"({"type":"statement","mentions":[{"doc":"a","sentence":1,"begin":0,"end":3,"text":"x\u0000y"}]})";
    std::istringstream in(line + "\n" + line + std::string(1, '\0') + " trailing\n");
    const auto events = read_events_jsonl(in, "nul.jsonl");
    REQUIRE(events.size() == 2);
    CHECK(events[0].mentions[0].text == std::string("x\0y", 3));
    CHECK(as_jsonl({events[0]}) == as_jsonl({events[1]}));
    // A raw NUL byte inside a string is not JSON.
    std::istringstream broken(line + "\n" + R"({"type":"x","mentions":[{"doc":"a)" + std::string(1, '\0') + "\"}]}\n");
    CHECK_THROWS_WITH(read_events_jsonl(broken, "nul.jsonl"),
                      Catch::Contains("nul.jsonl:2") && Catch::Contains("not JSON"));
}

TEST_CASE("two meetings in one city on one day with other parties stay apart", "[merge][negative]") {
    Event kerry_attiyah = meeting("a", 1, -1, "2015-08-03", "doha");
    kerry_attiyah.actors = {{"USA", "United States", "", "country", "participant", "", ""},
                            {"QAT", "Qatar", "", "country", "participant", "", ""}};
    Event lavrov_jubeir = meeting("b", 2, -1, "2015-08-03", "doha");
    lavrov_jubeir.actors = {{"sergey-lavrov", "Sergey Lavrov", "", "person", "participant", "RUS", ""},
                            {"SAU", "Saudi Arabia", "", "country", "participant", "", ""}};
    CHECK(merge_events({kerry_attiyah, lavrov_jubeir}).size() == 2);
    // corpus snn-2015-07-22-0111 and snn-2015-07-22-0876: the King received the US Secretary of Defense
    // and, that evening, the head of the Lebanese Forces, both in Jeddah: each has a side of its own.
    Event salman_carter = meeting("d", 0, -1, "2015-07-22", "jeddah");
    salman_carter.actors = {participant("king-salman", "SAU"), participant("ashton-carter", "USA")};
    Event salman_geagea = meeting("e", 0, -1, "2015-07-22", "jeddah");
    salman_geagea.actors = {participant("king-salman", "SAU"), participant("samir-geagea", "LBN-LF")};
    CHECK(merge_events({salman_carter, salman_geagea}).size() == 2);
    // Corpus snn-2015-07-23-0949 and snn-2015-07-23-0602: the Saudi foreign minister and Egypt's, then
    // the Crown Prince and the same minister, in Jeddah that day: one guest, each meeting with a host
    // of its own.
    Event jubeir_shoukry = meeting("f", 0, -1, "2015-07-23", "jeddah");
    jubeir_shoukry.actors = {participant("adel-al-jubeir", "SAU"), participant("sameh-shoukry", "EGY")};
    Event crown_prince_shoukry = meeting("g", 0, -1, "2015-07-23", "jeddah");
    crown_prince_shoukry.actors = {participant("mohammed-bin-nayef", "SAU"), participant("sameh-shoukry", "EGY")};
    CHECK(merge_events({jubeir_shoukry, crown_prince_shoukry}).size() == 2);
    // One article naming another person of the same side as well is the same meeting.
    Event with_minister = meeting("h", 0, -1, "2015-07-23", "jeddah");
    with_minister.actors = {participant("mohammed-bin-nayef", "SAU"), participant("adel-al-jubeir", "SAU"),
                            participant("sameh-shoukry", "EGY")};
    CHECK(merge_events({crown_prince_shoukry, with_minister}).size() == 1);
    // The same talks reported with one shared party merge.
    Event kerry = meeting("c", 1, -1, "2015-08-03", "doha");
    kerry.actors = {{"john-kerry", "John Kerry", "", "person", "participant", "USA", ""}};
    CHECK(merge_events({kerry_attiyah, kerry}).size() == 1);
}

TEST_CASE("a state or body taking part through a person named with it is that person's side", "[merge]") {
    // Corpus snn-2015-08-11-1643: the GCC's secretary-general and Myanmar's ambassador, each named with
    // the body or state he serves.
    Event zayani_kolat = meeting("a", 0, -1, "2015-08-11", "riyadh");
    zayani_kolat.actors = {participant("abdullatif-al-zayani", "GCC"),
                           participant("ko-kolat", "MMR"),
                           {"GCC", "Gulf Cooperation Council", "", "organization", "participant", "", ""},
                           {"MMR", "Myanmar", "", "country", "participant", "", ""}};
    const auto merged = merge_events({zayani_kolat});
    REQUIRE(merged.size() == 1);
    REQUIRE(merged.front().actors.size() == 2);
    CHECK(merged.front().actors[0].kind == "person");
    CHECK(merged.front().actors[1].kind == "person");
    // A state and its own leader alone are one side: no meeting is left to tell.
    Event one_side = meeting("b", 0, -1, "2015-08-11", "cairo");
    one_side.actors = {participant("abdel-fattah-el-sisi", "EGY"),
                       {"EGY", "Egypt", "", "country", "participant", "", ""}};
    CHECK(merge_events({one_side}).empty());
}

TEST_CASE("a party only one of three articles names is left out of their meeting, the same side told otherwise kept",
          "[merge]") {
    // Corpus 2015-08-11: al-Jubeir's talks with Lavrov in Moscow, "في موسكو حليفة الأسد" in one article.
    const auto talks = [](const std::string& doc, std::vector<Actor> parties) {
        Event e = meeting(doc, 0, -1, "2015-08-11", "moscow");
        e.actors = std::move(parties);
        return e;
    };
    const Actor jubeir = participant("adel-al-jubeir", "SAU");
    const Actor lavrov = participant("sergey-lavrov", "RUS");
    const Actor russia{"RUS", "Russia", "", "country", "participant", "", ""};
    const auto merged = merge_events({talks("a", {jubeir, lavrov}), talks("b", {jubeir, lavrov}),
                                      talks("c", {jubeir, lavrov, participant("bashar-al-assad", "SYR")}),
                                      talks("d", {jubeir, russia})});
    REQUIRE(merged.size() == 1);
    std::vector<std::string> ids;
    for (const Actor& actor : merged.front().actors) ids.push_back(actor.id);
    CHECK(ids == std::vector<std::string>{"adel-al-jubeir", "sergey-lavrov"});
    // A meeting of more sides, or a round of talks, keeps every party an article names (observers, delegations).
    const Actor iran{"IRN", "Iran", "", "country", "participant", "", ""};
    const Actor turkey{"TUR", "Turkey", "", "country", "participant", "", ""};
    const auto many = merge_events({talks("a", {jubeir, lavrov, iran}), talks("b", {jubeir, lavrov, iran}),
                                    talks("c", {jubeir, lavrov, iran, turkey})});
    REQUIRE(many.size() == 1);
    CHECK(many.front().actors.size() == 4);
    // Two articles alone: each party they name stays.
    const auto two = merge_events(
        {talks("a", {jubeir, lavrov}), talks("c", {jubeir, lavrov, participant("bashar-al-assad", "SYR")})});
    REQUIRE(two.size() == 1);
    CHECK(two.front().actors.size() == 3);
}

TEST_CASE("a mention of one side does not chain two meetings of other sides into one", "[merge][negative]") {
    // corpus snn-2015-07-24-0266, -0719 and -1699: in Riyadh that day the King met President al-Bashir
    // with princes attending, and Meshaal held talks; a mention naming a prince alone matches both.
    Event salman_bashir = meeting("a", 1, -1, "2015-07-24", "riyadh");
    salman_bashir.actors = {participant("king-salman", "SAU"), participant("omar-al-bashir", "SDN")};
    Event prince = meeting("b", 3, -1, "2015-07-24", "riyadh");
    prince.actors = {participant("faisal-bin-bandar", "SAU")};
    Event meshaal = meeting("c", 25, -1, "2015-07-24", "riyadh");
    meshaal.actors = {participant("mohammed-bin-salman", "SAU"), participant("khaled-meshaal", "HAMAS")};
    for (const auto& order :
         {std::vector<Event>{salman_bashir, prince, meshaal}, std::vector<Event>{meshaal, prince, salman_bashir}}) {
        const auto merged = merge_events(order);
        REQUIRE(merged.size() == 2);
        for (const Event& e : merged) {
            const auto names = [&e](const std::string& id) {
                return std::any_of(e.actors.begin(), e.actors.end(), [&](const Actor& a) { return a.id == id; });
            };
            CHECK_FALSE((names("omar-al-bashir") && names("khaled-meshaal")));
        }
    }
}

TEST_CASE("what one article keeps apart, another article does not join", "[merge][negative]") {
    // dev013: "يعقد كيري اجتماعا مع دول مجلس التعاون الخليجي اليوم في الدوحة" and "يعقد كيري أيضا اليوم في
    // الدوحة اجتماعا مع كل من وزير خارجية روسيا سيرجي لافروف ووزير الخارجية عادل الجبير": two meetings of one
    // day and place, which a report of Kerry alone there would chain into one.
    const auto party = [](const std::string& id, const std::string& affiliation = "") {
        return Actor{id, id, "", affiliation.empty() ? "organization" : "person", "participant", affiliation, ""};
    };
    Event gulf = meeting("a", 0, -1, "2015-08-03", "doha");
    gulf.actors = {party("john-kerry", "USA"), party("GCC")};
    Event trilateral = meeting("a", 8, -1, "2015-08-03", "doha");
    trilateral.actors = {party("john-kerry", "USA"), party("sergey-lavrov", "RUS"), party("adel-al-jubeir", "SAU")};
    Event kerry = meeting("b", 1, -1, "2015-08-03", "doha");
    kerry.actors = {party("john-kerry", "USA")};
    const std::vector<Event> merged = merge_events({gulf, trilateral, kerry});
    REQUIRE(merged.size() == 2);
    for (const Event& e : merged) CHECK(e.mentions.size() <= 2);
}

TEST_CASE("plans across articles merge only on a time no vaguer than half a year, and never over other parties",
          "[merge][negative]") {
    const auto plan = [](const std::string& doc, const std::string& date, const std::string& precision,
                         std::vector<std::string> parties) {
        Event e = mention("meeting_planned", doc, 1, date, precision);
        for (const std::string& party : parties)
            e.actors.push_back({party, party, "", "country", "participant", "", ""});
        return e;
    };
    // "a meeting this year" in two articles: two plans.
    CHECK(merge_events({plan("a", "2015", "year", {"USA", "CUB"}), plan("b", "2015", "year", {"USA", "CUB"})}).size() ==
          2);
    // The next Astana meeting in the second half of the year, told by each side.
    CHECK(merge_events({plan("a", "2023-H2", "half", {"RUS", "TUR", "IRN"}), plan("b", "2023", "year", {"IRN"})})
              .size() == 1);
    // Times that differ need both sides shared: the Security Council meeting of 30 May asked for by the
    // United States is not the Trump–Kim summit of May.
    CHECK(merge_events({plan("a", "2018-05", "month", {"USA", "PRK"}), plan("b", "2018-05-30", "day", {"UNO", "USA"})})
              .size() == 2);
    CHECK(merge_events({plan("a", "2018-05", "month", {"USA", "PRK"}), plan("b", "2018-05-30", "day", {"PRK", "USA"})})
              .size() == 1);
    // One month, other parties: a chain of plans never joins them, and a plan that names no side
    // ("يعقد غدا اجتماع لرؤساء البلديات في منطقة عسير") joins neither, and is left out even with a place.
    Event sideless = plan("c", "2015-08", "month", {});
    sideless.location = Location{"asir", "Asir", ""};
    const auto plans = merge_events(
        {plan("a", "2015-08", "month", {"EGY", "USA"}), plan("b", "2015-08", "month", {"RUS", "SAU"}), sideless});
    CHECK(plans.size() == 2);
    CHECK(std::none_of(plans.begin(), plans.end(), [](const Event& e) { return e.actors.empty(); }));
    // With no side, place or round at all, it is left out.
    CHECK(merge_events({plan("c", "2015-08", "month", {})}).empty());
}

TEST_CASE("a plan the text gives no time joins the plan of the same two people published weeks apart", "[merge]") {
    // "القمة المرتقبة بين الرئيس الأميركي دونالد ترامب، وزعيم كوريا الشمالية" (dev028), "سيلتقى زعيم
    // كوريا الشمالية فى مايو/أيار المقبل" (dev009): one summit, told in March and in May.
    const auto plan = [](const std::string& doc, const std::string& date, std::vector<std::string> people) {
        Event e = mention("meeting_planned", doc, 1, date, date.size() == 7 ? "month" : "day");
        for (const std::string& person : people)
            e.actors.push_back({person, person, "", "person", "participant", "", ""});
        return e;
    };
    const auto published = [](std::vector<std::pair<std::string, std::string>> dates) {
        std::vector<DocumentInfo> documents;
        for (auto& [id, date] : dates) documents.push_back({id, date, "", "", ""});
        return documents;
    };
    const std::vector<std::string> summit{"donald-trump", "kim-jong-un"};
    const auto merge = [](std::vector<Event> mentions, const std::vector<DocumentInfo>& documents) {
        return hadath::merge_events(std::move(mentions), shipped_types(), documents);
    };
    CHECK(merge({plan("a", "2018-05", summit), plan("b", "", summit), plan("c", "", summit)},
                published({{"a", "2018-03-09"}, {"b", "2018-03-13"}, {"c", "2018-05-16"}}))
              .size() == 1);
    // Without publication dates nothing places the undated plans.
    CHECK(merge({plan("a", "2018-05", summit), plan("b", "", summit)}, {}).size() == 2);
    // dev025: "قمة مقررة بين كيم والرئيس الكوري الجنوبي مون جيه-إن، والرئيس الأمريكي دونالد ترامب" names a
    // third state: not the Trump–Kim summit alone.
    const auto of_states = [&](const std::string& doc, const std::string& date,
                               std::vector<std::pair<std::string, std::string>> people) {
        Event e = plan(doc, date, {});
        for (auto& [person, state] : people)
            e.actors.push_back({person, person, "", "person", "participant", state, ""});
        return e;
    };
    const std::vector<std::pair<std::string, std::string>> trump_kim{{"donald-trump", "USA"}, {"kim-jong-un", "PRK"}};
    CHECK(merge({of_states("a", "2018-05", trump_kim),
                 of_states("b", "", {{"kim-jong-un", "PRK"}, {"moon-jae-in", "KOR"}, {"donald-trump", "USA"}})},
                published({{"a", "2018-03-09"}, {"b", "2018-03-27"}}))
              .size() == 2);
    CHECK(merge({of_states("a", "2018-05", trump_kim), of_states("b", "", trump_kim)},
                published({{"a", "2018-03-09"}, {"b", "2018-03-27"}}))
              .size() == 1);
    // Published after the time the other plan gives, or months before it: another plan.
    CHECK(merge({plan("a", "2018-05", summit), plan("b", "", summit)},
                published({{"a", "2018-03-09"}, {"b", "2018-09-20"}}))
              .size() == 2);
    CHECK(merge({plan("a", "", summit), plan("b", "", summit)}, published({{"a", "2018-05-09"}, {"b", "2019-01-20"}}))
              .size() == 2);
    // One article names only the two states ("قد تعيد النظر في عقد قمة مع الولايات المتحدة", dev007).
    Event states = mention("meeting_planned", "d", 1, "", "day");
    for (const std::string party : {"PRK", "USA"})
        states.actors.push_back({party, party, "", "country", "participant", "", ""});
    Event trump = plan("b", "", summit);
    trump.actors[0].affiliation = "USA";
    trump.actors[1].affiliation = "PRK";
    CHECK(merge({plan("a", "2018-05", summit), trump, states},
                published({{"a", "2018-03-09"}, {"b", "2018-03-13"}, {"d", "2018-05-16"}}))
              .size() == 1);
    // Two plans of the same states with no one named: nothing tells they are one.
    Event other_states = states;
    other_states.mentions[0].doc = "e";
    CHECK(merge({states, other_states}, published({{"d", "2018-05-16"}, {"e", "2018-05-20"}})).size() == 2);
    // One person shared is not the same plan ("سيلتقي بوتين مع بلاتر", "سيلتقي بوتين مع أردوغان").
    CHECK(merge({plan("a", "", {"vladimir-putin", "joseph-blatter"}), plan("b", "", {"vladimir-putin", "erdogan"})},
                published({{"a", "2015-07-24"}, {"b", "2015-07-25"}}))
              .size() == 2);
}

TEST_CASE("in one article, a declaration issued today and what the sides affirmed at the talks before are one",
          "[merge]") {
    // dev037: "صدر اليوم بيان مشترك (إعلان القاهرة)" and "أكد الجانبان" at the talks of two days before.
    const auto joint = [](const std::string& doc, int sentence, const std::string& date,
                          std::vector<std::string> parties) {
        Event e = mention("joint_statement", doc, sentence, date);
        for (const std::string& party : parties) e.actors.push_back({party, party, "", "country", "signatory", "", ""});
        return e;
    };
    CHECK(merge_events({joint("a", 1, "2015-08-01", {"EGY", "SAU"}), joint("a", 5, "2015-07-30", {"EGY", "SAU"})})
              .size() == 1);
    // Other sides, or other articles, or a week apart: other statements.
    CHECK(merge_events({joint("a", 1, "2015-08-01", {"EGY", "SAU"}), joint("a", 5, "2015-07-30", {"JOR", "USA"})})
              .size() == 2);
    CHECK(merge_events({joint("a", 1, "2015-08-01", {"EGY", "SAU"}), joint("b", 5, "2015-07-30", {"EGY", "SAU"})})
              .size() == 2);
    CHECK(merge_events({joint("a", 1, "2015-08-01", {"EGY", "SAU"}), joint("a", 5, "2015-07-24", {"EGY", "SAU"})})
              .size() == 2);
}

TEST_CASE("in one article, talks between other sides stay apart, talks of no one named join", "[merge]") {
    const auto party = [](const std::string& id, const std::string& affiliation = "") {
        return Actor{id, id, "", affiliation.empty() ? "country" : "person", "participant", affiliation, ""};
    };
    Event kerry_jubeir = meeting("a", 4, -1, "2015-08-03");
    kerry_jubeir.actors = {party("john-kerry", "USA"), party("adel-al-jubeir", "SAU")};
    Event attiyah_patterson = meeting("a", 6, -1, "");
    attiyah_patterson.actors = {party("khalid-al-attiyah", "QAT"), party("USA")};
    CHECK(merge_events({kerry_jubeir, attiyah_patterson}).size() == 2);
    Event the_talks = meeting("a", 7, -1, "");
    CHECK(merge_events({kerry_jubeir, the_talks}).size() == 1);
    // One side named again is the same talks.
    Event kerry_again = meeting("a", 8, -1, "");
    kerry_again.actors = {party("john-kerry", "USA"), party("SAU")};
    CHECK(merge_events({kerry_jubeir, kerry_again}).size() == 1);
    // corpus snn-2015-07-21-0046: the guests of one meeting ("كما حضر الاجتماع ... حسن حكيموف") and the
    // next meeting of the article ("اجتمع الأمير محمد بن سلمان مع سمير جعجع") share no one: two meetings.
    Event guests = meeting("a", 2, -1, "");
    guests.actors = {party("RUS"), party("hasan-hakimov", "RUS")};
    Event geagea = meeting("a", 3, -1, "");
    geagea.actors = {party("mohammed-bin-salman", "SAU"), party("samir-geagea", "LBN-LF")};
    // The guests' side alone is no meeting of its own: it is left out, and joins no other.
    const auto apart = merge_events({guests, geagea});
    REQUIRE(apart.size() == 1);
    const auto holds = [&](const std::string& id) {
        return std::any_of(apart.front().actors.begin(), apart.front().actors.end(),
                           [&](const Actor& a) { return a.id == id; });
    };
    CHECK(holds("samir-geagea"));
    CHECK_FALSE(holds("hasan-hakimov"));
    // Talks dated only by the article's day are as undated as talks of no date.
    Event the_talks_today = meeting("a", 9, -1, "2015-08-03");
    the_talks_today.date.from_publication = true;
    the_talks_today.actors = {party("john-kerry", "USA")};
    CHECK(merge_events({kerry_jubeir, the_talks_today}).size() == 1);
}

TEST_CASE("across articles, a saying of some week or month is not one of a given day", "[merge][negative]") {
    Event last_week = statement("a", 3, "USA", "2018-05");
    last_week.date.precision = "month";
    CHECK(merge_events({last_week, statement("b", 2, "USA", "2018-05-15")}).size() == 2);
    // In one article the speaker's sayings still join.
    CHECK(merge_events({last_week, statement("a", 6, "USA", "2018-05-15")}).size() == 1);
}

TEST_CASE("a saying placed before the news stays apart from the day's and from every other", "[merge][negative]") {
    // "وقالت تركيا سابقا إن ..." beside "وتقول الشرطة التركية إنه ..." (dev021 has both).
    Event earlier = statement("a", 6, "TUR", "");
    earlier.date.text = "سابقا";
    const auto apart = merge_events({statement("a", 2, "TUR", "2018-10-19", true), earlier});
    REQUIRE(apart.size() == 2);
    // The undated one keeps the words that placed it.
    const auto undated = std::find_if(apart.begin(), apart.end(), [](const Event& e) { return e.date.value.empty(); });
    REQUIRE(undated != apart.end());
    CHECK(undated->date.text == "سابقا");
    // Another article's "earlier" is not known to be the same saying.
    Event elsewhere = earlier;
    elsewhere.mentions[0].doc = "b";
    CHECK(merge_events({earlier, elsewhere}).size() == 2);
    // Nor are two of them in one article: "وتعهد ترامب مرارا" and "وصرح ترامب أكثر من مرة" (dev001).
    Event again = earlier;
    again.mentions[0] = {"a", 9, 900, 950, "...", ""};
    CHECK(merge_events({earlier, again}).size() == 2);
}

TEST_CASE("in one article, the same sides in one place are one meeting when one mention has no date", "[merge]") {
    // dev004: "وبعد اجتماع بين أمير قطر والرئيس التركي رجب طيب أردوغان" and "واستقبل أردوغان الشيخ تميم بن
    // حمد في المجمع الرئاسي بالعاصمة التركية، أنقرة، الأربعاء".
    Event after_the_meeting = meeting("a", 1, -1, "", "ankara");
    after_the_meeting.actors = {participant("tamim-bin-hamad", "QAT"), participant("recep-tayyip-erdogan", "TUR")};
    Event received = meeting("a", 4, -1, "2018-08-15", "ankara");
    received.actors = {participant("recep-tayyip-erdogan", "TUR"), participant("tamim-bin-hamad", "QAT")};
    CHECK(merge_events({after_the_meeting, received}).size() == 1);
    // Both dated, they are left to their days: a visit in one year and a visit in another.
    Event earlier_visit = meeting("a", 1, -1, "2007", "ankara");
    earlier_visit.date.precision = "year";
    earlier_visit.actors = after_the_meeting.actors;
    CHECK(merge_events({earlier_visit, received}).size() == 2);
}

TEST_CASE("variants of one name take one identity, a given name with two fathers' names is two people",
          "[merge][persons]") {
    // The corpus names Prince Faisal bin Salman (Medina), Prince Faisal bin Khalid (Asir) and King
    // Faisal bin Abdulaziz: one first and one last word, three fathers.
    const auto said = [](const std::string& doc, const std::string& name_ar, const std::string& date) {
        Event e = mention("statement_issued", doc, 0, date);
        e.actors.push_back({name_ar, name_ar, name_ar, "person", "speaker", "SAU", ""});
        return e;
    };
    const auto speakers = [](const std::vector<Event>& events) {
        std::set<std::string> names;
        for (const Event& e : events) names.insert(e.actors.front().name_ar);
        return names;
    };
    SECTION("a shorter variant of one father's name joins it") {
        const auto merged =
            merge_events({said("a", "عادل بن أحمد الجبير", "2018-01-01"), said("b", "عادل الجبير", "2018-02-01")});
        CHECK(speakers(merged) == std::set<std::string>{"عادل بن أحمد الجبير"});
    }
    SECTION("two fathers stay two people") {
        const auto merged = merge_events({said("a", "فيصل بن سلمان بن عبدالعزيز", "2015-07-21"),
                                          said("b", "فيصل بن خالد بن عبدالعزيز", "2015-07-22"),
                                          said("c", "فيصل بن عبدالعزيز", "2015-07-23")});
        CHECK(speakers(merged) ==
              std::set<std::string>{"فيصل بن سلمان بن عبدالعزيز", "فيصل بن خالد بن عبدالعزيز", "فيصل بن عبدالعزيز"});
    }
    SECTION("names with no middle word in common are two people; other spellings of one are one") {
        // corpus snn-2015-07-24-0917 and another article: two spokesmen "محمد ... السناني".
        const auto two =
            merge_events({said("a", "محمد حامد السناني", "2015-07-24"), said("b", "محمد عايد السناني", "2015-07-25")});
        CHECK(speakers(two) == std::set<std::string>{"محمد حامد السناني", "محمد عايد السناني"});
        // "جاوش" and "جاويش", "آل" in both: one person each time.
        const auto one = merge_events(
            {said("a", "مولود جاويش أوغلو", "2015-07-24"), said("b", "مولود جاوش اوغلو", "2015-07-25"),
             said("c", "جلوي بن محمد آل كركمان", "2015-07-24"), said("d", "جلوي آل كركمان", "2015-07-26")});
        CHECK(speakers(one).size() == 2);
    }
    SECTION("a short form of a family name many bear joins the full name only with his post or in his article") {
        // Corpus snn-2015-08-04-0894: Almarai's "عبدالله العتيبي" is not the Medina brigadier "عبدالله بن سعد
        // العتيبي" of another article; the brigadier named so again with his rank is.
        const auto titled = [&](const std::string& doc, const std::string& name_ar, const std::string& title) {
            Event e = said(doc, name_ar, "2015-08-04");
            e.actors.front().title = title;
            return e;
        };
        std::vector<Event> mentions = {titled("a", "عبدالله بن سعد العتيبي", "Brigadier General"),
                                       titled("b", "عبدالله العتيبي", "Public Relations Director"),
                                       titled("c", "عبدالله العتيبي", "Brigadier")};
        for (const char* other : {"محمد العتيبي", "خالد العتيبي", "فهد العتيبي", "سعد العتيبي"})
            mentions.push_back(said("d", other, "2015-08-01"));
        std::map<std::string, std::string> by_document;
        for (const Event& e : merge_events(mentions))
            for (const Mention& m : e.mentions) by_document[m.doc] = e.actors.front().name_ar;
        CHECK(by_document["b"] == "عبدالله العتيبي");
        CHECK(by_document["c"] == "عبدالله بن سعد العتيبي");
    }
    SECTION("a variant that fits both fathers' names joins neither") {
        const auto merged = merge_events({said("a", "فيصل بن سلمان بن عبدالعزيز", "2015-07-21"),
                                          said("b", "فيصل بن خالد بن عبدالعزيز", "2015-07-22"),
                                          said("c", "فيصل عبدالعزيز", "2015-07-23")});
        CHECK(speakers(merged).count("فيصل عبدالعزيز") == 1);
    }
}

TEST_CASE("plans of two articles naming other people of one side are other plans", "[merge][negative]") {
    // Corpus snn-2015-08-08-1137: "وزير خارجية المملكة عادل الجبير سيزور موسكو يوم الثلاثاء المقبل" and
    // "الملك سلمان بن عبد العزيز سيزور روسيا": the minister's visit and the king's.
    Event minister = mention("meeting_planned", "a", 1, "2015-08-11");
    minister.actors = {participant("adel-al-jubeir", "SAU"),
                       Actor{"RUS", "Russia", "", "country", "participant", "", ""}};
    Event king = mention("meeting_planned", "b", 5, "2015-08");
    king.date.precision = "month";
    king.actors = {participant("king-salman", "SAU"), Actor{"RUS", "Russia", "", "country", "participant", "", ""}};
    CHECK(merge_events({minister, king}).size() == 2);
    // The minister named again with his counterpart is still his visit.
    Event again = mention("meeting_planned", "c", 3, "2015-08-11");
    again.actors = {participant("adel-al-jubeir", "SAU"), participant("sergey-lavrov", "RUS")};
    CHECK(merge_events({minister, again}).size() == 1);
}

TEST_CASE("plans of two articles with two sides each and one not shared are other plans", "[merge][negative]") {
    // Corpus snn-2015-07-23-0481 and snn-2015-08-10-0078: "الملك سلمان سيزور الولايات المتحدة ويلتقي بالرئيس
    // باراك أوباما في سبتمبر" and "شتاينماير سيزور المملكة خلال شهر سبتمبر": one side, two visits.
    Event king = mention("meeting_planned", "a", 4, "2015-09");
    king.date.precision = "month";
    king.actors = {participant("king-salman", "SAU"),
                   Actor{"USA", "United States", "", "country", "participant", "", ""}};
    Event minister = mention("meeting_planned", "b", 2, "2015-09");
    minister.date.precision = "month";
    minister.actors = {participant("frank-walter-steinmeier", "DEU"),
                       Actor{"SAU", "Saudi Arabia", "", "country", "participant", "", ""}};
    CHECK(merge_events({king, minister}).size() == 2);
    // The king's visit told with his host's name is the same plan.
    Event again = mention("meeting_planned", "c", 1, "2015-09");
    again.date.precision = "month";
    again.actors = {participant("king-salman", "SAU"), participant("barack-obama", "USA")};
    CHECK(merge_events({king, again}).size() == 1);
}

TEST_CASE("a meeting held or planned with one side alone is left out, a host alone too, unless a body meets",
          "[merge]") {
    // "المفاوضات بين ريال مدريد الإسباني": Spain alone; "وعقد رون ديرمر السفير الاسرائيلي لقاءات": one man.
    Event spain = meeting("d1", 1, -1, "2015-07-21");
    spain.actors = {Actor{"ESP", "Spain", "", "country", "participant", "", ""}};
    Event envoy = meeting("d2", 1, -1, "2015-07-21");
    envoy.actors = {participant("ron-dermer", "ISR")};
    // A cabinet's session, a council's meeting and a round stay.
    Event cabinet = meeting("d3", 1, -1, "2015-07-21");
    cabinet.actors = {Actor{"LBN", "Lebanon", "", "country", "participant", "", "Cabinet"}};
    Event council = meeting("d4", 1, -1, "2015-07-21");
    council.actors = {Actor{"UNSC", "UN Security Council", "", "organization", "participant", "", ""}};
    // Corpus snn-2015-08-06-1639: the host alone names none of those who met ("استضافت العاصمة البيلاروسية
    // اجتماعا جديدا بين ممثلين عن الحكومة الأوكرانية وآخرين عن الجمهوريتين الانفصاليتين").
    Event hosted = meeting("d5", 1, -1, "2015-07-21");
    hosted.actors = {Actor{"BLR", "Belarus", "", "country", "host", "", ""}};
    Event round = meeting("d6", 1, 3, "2017-05-04");
    round.actors = {Actor{"KAZ", "Kazakhstan", "", "country", "participant", "", ""}};
    // A plan of one state names no other side ("وإثيوبيا هي ثاني محطة في زيارته الإفريقية المرتقبة").
    Event plan = mention("meeting_planned", "d7", 1, "2015-07-28");
    plan.actors = {Actor{"ETH", "Ethiopia", "", "country", "participant", "", ""}};
    // Corpus snn-2015-07-25-1137: a plan of one man names no one he is to meet ("قبل زيارة مقررة للرئيس الأميركي").
    Event visit = mention("meeting_planned", "d8", 1, "2015-07-28");
    visit.actors = {participant("barack-obama", "USA")};
    const std::vector<Event> merged = merge_events({spain, envoy, cabinet, council, hosted, round, plan, visit});
    std::set<std::string> kept;
    for (const Event& e : merged) kept.insert(e.actors.front().id);
    CHECK(kept == std::set<std::string>{"LBN", "UNSC", "KAZ"});
}
