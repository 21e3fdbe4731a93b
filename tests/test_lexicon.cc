// Data files and phrase matching: read_tsv and split_list, proclitic stems,
// PhraseIndex on sentences of the samples and the news corpus, and
// Resources::load on the production data and on copies with one broken line.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "extract/byte_chunks.h"
#include "extract/lexicon.h"
#include "extract/resources.h"
#include "extract/word_filter.h"
#include "tests/corpus_support.h"
#include "tests/test_support.h"

namespace fs = std::filesystem;
using hadath::Normalizer;
using hadath::PhraseIndex;
using hadath::PhraseMatch;
using hadath::Resources;
using hadath::TsvRow;
using hadath::testing::temp_dir;
using hadath::testing::write_file;

namespace {

std::string tsv_error(const fs::path& path, std::size_t min_columns, std::size_t max_columns) {
    try {
        hadath::read_tsv(path.string(), min_columns, max_columns);
    } catch (const std::runtime_error& error) {
        return error.what();
    }
    return "";
}

using StemList = std::vector<std::pair<std::string, std::string>>;  // stem, proclitics

StemList stems(const std::string& word) {
    const std::string folded = Normalizer::builtin().fold(word);
    std::vector<hadath::Stem> out;
    hadath::stems_of(folded, out);
    StemList list;
    for (const auto& stem : out) list.emplace_back(std::string(stem.stem), std::string(stem.proclitics));
    return list;
}

// A matched phrase as the original text it covers, with what it is.
struct Found {
    std::string text;
    std::uint32_t category = 0;
    std::uint32_t payload = 0;
    std::string proclitics;
};

// Every match of `index` at every token of `sentence`, longest first at each token.
std::vector<Found> matches(const PhraseIndex& index, const Normalizer& normalizer, const std::string& sentence) {
    const auto normalized = normalizer.normalize(sentence);
    const auto tokens = hadath::tokenize(normalized.text);
    std::vector<Found> found;
    std::vector<PhraseMatch> out;
    for (std::size_t at = 0; at < tokens.size(); ++at) {
        index.match_at(tokens, at, tokens.size(), out);
        for (const PhraseMatch& m : out) {
            const std::size_t begin = normalized.to_original(tokens[m.first_token].begin);
            const std::size_t end = normalized.to_original(tokens[m.last_token - 1].end);
            found.push_back({sentence.substr(begin, end - begin), m.category, m.payload, std::string(m.proclitics)});
        }
    }
    return found;
}

std::vector<std::string> texts(const std::vector<Found>& found) {
    std::vector<std::string> out;
    for (const Found& f : found) out.push_back(f.text);
    return out;
}

// A small index of real entries; payloads number them in order.
struct SmallIndex {
    PhraseIndex index;
    SmallIndex() {
        const Normalizer& n = Normalizer::builtin();
        index.add("الأمم المتحدة", 0, 0, n);
        index.add("نائب وزير الخارجية", 0, 1, n);
        index.add("نائب وزير", 0, 2, n);
        index.add("نائب", 0, 3, n);
        index.add("وزير الخارجية", 0, 4, n);
        index.add("نور سلطان", 0, 5, n);
        index.add("استضاف*", 0, 6, n);
        index.add("الرياض", 0, 7, n);
        index.add("موسكو", 0, 8, n);
        index.add("الأمانة العام*", 0, 9, n);
    }
};

const PhraseIndex& small_index() {
    static const SmallIndex built;
    return built.index;
}

std::vector<Found> small_matches(const std::string& sentence) {
    return matches(small_index(), Normalizer::builtin(), sentence);
}

std::string load_error(const fs::path& data_dir) {
    try {
        Resources::load(data_dir.string());
    } catch (const std::runtime_error& error) {
        return error.what();
    }
    return "";
}

// A copy of extract/lexicon and extract/rules to break one line in.
fs::path copy_data(const std::string& name) {
    const auto dir = temp_dir(name);
    fs::copy(hadath::testing::data_dir() / "lexicon", dir / "lexicon", fs::copy_options::recursive);
    fs::copy(hadath::testing::data_dir() / "rules", dir / "rules", fs::copy_options::recursive);
    return dir;
}

// Rewrites the first line of `path` that starts with `prefix`; returns its line number.
int edit_line(const fs::path& path, const std::string& prefix, const std::function<std::string(std::string)>& edit) {
    std::ifstream in(path, std::ios::binary);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    in.close();
    int found = 0;
    for (std::size_t i = 0; i < lines.size() && !found; ++i) {
        if (lines[i].rfind(prefix, 0) == 0) {
            lines[i] = edit(lines[i]);
            found = static_cast<int>(i) + 1;
        }
    }
    REQUIRE(found > 0);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    for (const auto& line : lines) out << line << '\n';
    return found;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
        text.replace(pos, from.size(), to);
    return text;
}

std::string replace_first(std::string text, const std::string& from, const std::string& to) {
    const auto pos = text.find(from);
    REQUIRE(pos != std::string::npos);
    return text.replace(pos, from.size(), to);
}

}  // namespace

TEST_CASE("read_tsv skips comments and blank lines and reads CRLF, a BOM and trailing notes", "[lexicon][tsv]") {
    const auto path = write_file(temp_dir("tsv") / "good.tsv",
                                 "\xEF\xBB\xBF# Columns: id kind\r\n"
                                 "\r\n"
                                 "KAZ\tcountry\r\n"
                                 "   \n"
                                 "  # an indented comment\n"
                                 "astana\tcapital\t# Nur-Sultan from 2019 to 2022\n"
                                 " RUS \t country \n");
    const auto rows = hadath::read_tsv(path.string(), 2, 2);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].fields == std::vector<std::string>{"KAZ", "country"});
    CHECK(rows[0].line == 3);
    CHECK(rows[0].file == path.string());
    CHECK(rows[0].where() == path.string() + ":3");
    CHECK(rows[1].fields == std::vector<std::string>{"astana", "capital"});
    CHECK(rows[1].line == 6);
    CHECK(rows[2].fields == std::vector<std::string>{"RUS", "country"});
    CHECK(rows[2].line == 7);
}

TEST_CASE("read_tsv removes a BOM before a data line", "[lexicon][tsv]") {
    const auto path = write_file(temp_dir("tsv") / "bom.tsv", "\xEF\xBB\xBFKAZ\tcountry\n");
    const auto rows = hadath::read_tsv(path.string(), 2, 2);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].fields[0] == "KAZ");
}

TEST_CASE("read_tsv accepts a column count between the minimum and the maximum", "[lexicon][tsv]") {
    const auto path = write_file(temp_dir("tsv") / "range.tsv", "a\tb\na\tb\tc\n");
    const auto rows = hadath::read_tsv(path.string(), 2, 3);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].fields.size() == 2);
    CHECK(rows[1].fields.size() == 3);
}

TEST_CASE("read_tsv reports a bad line as file:line", "[lexicon][tsv][errors]") {
    struct Case {
        std::string line, reason;
    };
    const std::vector<Case> cases = {
        {"KAZ", "expected 2 to 3 tab-separated columns, found 1"},
        {"KAZ\tcountry\tKazakhstan\tكازاخستان", "expected 2 to 3 tab-separated columns, found 4"},
        {"KAZ\t\tKazakhstan", "column 2 is empty"},
        {"KAZ\tcountry\t", "column 3 is empty"},
        {"KAZ\t \tKazakhstan", "column 2 is empty"},
        {"KAZ\tcountry\t\xFF", "not valid UTF-8"},
    };
    for (const Case& c : cases) {
        INFO("line: " << c.line);
        const auto path =
            write_file(temp_dir("tsv") / "bad.tsv", "# id kind name\nRUS\tcountry\n\n" + c.line + "\nSYR\tcountry\n");
        const std::string message = tsv_error(path, 2, 3);
        CHECK_THAT(message, Catch::Matchers::StartsWith(path.string() + ":4: "));
        CHECK_THAT(message, Catch::Matchers::Contains(c.reason));
    }
}

TEST_CASE("read_tsv on a missing file names it", "[lexicon][tsv][errors]") {
    const auto path = temp_dir("missing") / "actors.tsv";
    CHECK_THAT(tsv_error(path, 2, 2), Catch::Matchers::StartsWith(path.string() + ":"));
}

TEST_CASE("TsvRow::fail throws with file:line", "[lexicon][tsv][errors]") {
    const TsvRow row{"places.tsv", 12, {"astana"}};
    CHECK_THROWS_WITH(row.fail("unknown kind 'town'"), "places.tsv:12: unknown kind 'town'");
}

TEST_CASE("split_list splits at bars, trims and drops empty parts", "[lexicon]") {
    CHECK(hadath::split_list("أستانا|أستانة|آستانا|استانا|نور سلطان") ==
          std::vector<std::string>{"أستانا", "أستانة", "آستانا", "استانا", "نور سلطان"});
    CHECK(hadath::split_list("-").empty());
    CHECK(hadath::split_list("").empty());
    CHECK(hadath::split_list("سوري| سورية |") == std::vector<std::string>{"سوري", "سورية"});
    CHECK(hadath::split_list("|روسي||روسية|") == std::vector<std::string>{"روسي", "روسية"});
    CHECK(hadath::split_list("KAZ") == std::vector<std::string>{"KAZ"});
}

TEST_CASE("stems_of removes conjunctions, prepositions and the article", "[lexicon][stems]") {
    CHECK(stems("وروسيا") == StemList{{"وروسيا", ""}, {"روسيا", "و"}});
    CHECK(stems("بموسكو") == StemList{{"بموسكو", ""}, {"موسكو", "ب"}});
    // لل is ل with the article's alef dropped.
    CHECK(stems("للأمم") == StemList{{"للامم", ""}, {"لامم", "ل"}, {"امم", "لل"}});
    CHECK(stems("والكازاخستاني") == StemList{{"والكازاخستاني", ""}, {"الكازاخستاني", "و"}, {"كازاخستاني", "وال"}});
    CHECK(stems("فالرياض") == StemList{{"فالرياض", ""}, {"الرياض", "ف"}, {"رياض", "فال"}});
    CHECK(stems("وبالرياض") == StemList{{"وبالرياض", ""}, {"بالرياض", "و"}, {"الرياض", "وب"}, {"رياض", "وبال"}});
    CHECK(stems("سيعقد") == StemList{{"سيعقد", ""}, {"يعقد", "س"}});
    CHECK(stems("الأمم") == StemList{{"الامم", ""}, {"امم", "ال"}});
}

TEST_CASE("stems_of keeps at least two letters", "[lexicon][stems]") {
    CHECK(stems("بل") == StemList{{"بل", ""}});
    CHECK(stems("ول") == StemList{{"ول", ""}});
    CHECK(stems("ولا") == StemList{{"ولا", ""}, {"لا", "و"}});
    // "الا" is too short to carry the article.
    CHECK(stems("الا") == StemList{{"الا", ""}});
    CHECK(stems("روسيا") == StemList{{"روسيا", ""}});
}

TEST_CASE("PhraseIndex::add folds the phrase and refuses one without a word", "[lexicon][phrases]") {
    PhraseIndex index;
    CHECK(index.add("أستانا", 1, 2, Normalizer::builtin()));
    CHECK_FALSE(index.add("*", 1, 3, Normalizer::builtin()));
    CHECK_FALSE(index.add(" ", 1, 4, Normalizer::builtin()));
    CHECK(index.size() == 1);
    const auto found = matches(index, Normalizer::builtin(), "في آستانا");
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == "آستانا");
    CHECK(found[0].category == 1);
    CHECK(found[0].payload == 2);
}

TEST_CASE("a multi-word entry matches as a phrase, with proclitics on its first word", "[lexicon][phrases]") {
    // samples/astana/001
    auto found = small_matches("وممثلين عن الأمم المتحدة والأردن والعراق ولبنان كمراقبين.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == "الأمم المتحدة");
    CHECK(found[0].payload == 0);

    // snn-2015-07-21-0259
    found = small_matches("وأعلن الأمين العام للأمم المتحدة بان كي مون، عن تعيين ستيفن أوبراين");
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == "للأمم المتحدة");
    CHECK(found[0].proclitics == "لل");

    // samples/astana/002
    found = small_matches("في عاصمة كازاخستان نور سلطان.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == "نور سلطان");
    CHECK(found[0].payload == 5);
}

TEST_CASE("a one-word entry that keeps its article matches only words that have it", "[lexicon][phrases]") {
    const Normalizer& n = Normalizer::builtin();
    PhraseIndex index;
    index.add("ألباريس", 0, 0, n, PhraseIndex::Article::kKeep);
    index.add("الجبير", 0, 1, n, PhraseIndex::Article::kKeep);
    index.add("الرياض", 0, 2, n);
    // dev027: the city, not the Spanish minister's surname.
    CHECK(texts(matches(index, n, "وستزور في الأيام المقبلة باريس لإجراء محادثات")).empty());
    // The surname with the article, after ل (لل) and after و ب: samples and corpus spellings.
    CHECK(texts(matches(index, n, "وأكد الجبير")) == std::vector<std::string>{"الجبير"});
    CHECK(texts(matches(index, n, "وفي تصريح للجبير")) == std::vector<std::string>{"للجبير"});
    CHECK(texts(matches(index, n, "وبالجبير")) == std::vector<std::string>{"وبالجبير"});
    CHECK(texts(matches(index, n, "قال جبير")).empty());
    // An entry added without it still matches either way.
    CHECK(texts(matches(index, n, "زار رياض الأطفال")) == std::vector<std::string>{"رياض"});
}

TEST_CASE("a one-word entry taken as written matches the article only where it is written", "[lexicon][phrases]") {
    const Normalizer& n = Normalizer::builtin();
    PhraseIndex index;
    index.add("موسى", 0, 0, n, PhraseIndex::Article::kAsWritten);
    index.add("الحسن", 0, 1, n, PhraseIndex::Article::kAsWritten);
    // snn-2015-08-03-0996: the family name, not the given name.
    CHECK(texts(matches(index, n, "وفيما دعا الدكتور الموسى القطاع الخاص")).empty());
    CHECK(texts(matches(index, n, "وقال موسى")) == std::vector<std::string>{"موسى"});
    CHECK(texts(matches(index, n, "وموسى")) == std::vector<std::string>{"وموسى"});
    CHECK(texts(matches(index, n, "الرئيس الحسن واتارا")) == std::vector<std::string>{"الحسن"});
    CHECK(texts(matches(index, n, "الرئيس حسن روحاني")).empty());
}

TEST_CASE("a phrase does not match when a later word differs or is missing", "[lexicon][phrases]") {
    // snn-2015-07-21-0725: "اجتماع عام 2012 بين كيري ونائب وزير الخارجية في كوريا الشمالية"
    CHECK(texts(small_matches("بين الأمم الأفريقية")).empty());
    CHECK(texts(small_matches("الدول المتحدة")).empty());
    CHECK(texts(small_matches("في نور")).empty());
    // Only the entries the words spell out: "نائب" and "نائب وزير", not "نائب وزير الخارجية".
    CHECK(texts(small_matches("نائب وزير الدفاع")) == std::vector<std::string>{"نائب وزير", "نائب"});
}

TEST_CASE("matches at one token come longest first, proclitics on the first word", "[lexicon][phrases]") {
    // snn-2015-08-03-0986
    const auto found =
        small_matches("لم يستبعد المبعوث الخاص للرئيس الروسي لشؤون الشرق الأوسط، ونائب وزير الخارجية ميخائيل بغدانوف");
    REQUIRE(found.size() == 4);
    CHECK(found[0].text == "ونائب وزير الخارجية");
    CHECK(found[0].payload == 1);
    CHECK(found[0].proclitics == "و");
    CHECK(found[1].text == "ونائب وزير");
    CHECK(found[1].payload == 2);
    CHECK(found[2].text == "ونائب");
    CHECK(found[2].payload == 3);
    // The next token starts a match of its own.
    CHECK(found[3].text == "وزير الخارجية");
    CHECK(found[3].payload == 4);
}

TEST_CASE("an entry with a final * matches inflections and attached pronouns", "[lexicon][phrases]") {
    // snn-2015-07-21-0799
    auto found = small_matches("في النسخة الأخيرة عام 2011 في الدورة التي استضافتها اليونان");
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == "استضافتها");
    CHECK(found[0].payload == 6);
    // samples/astana/001, with ل in front.
    found = small_matches("معربًا عن شكره لكازاخستان لاستضافتها الاجتماعات على مدار أكثر من ست سنوات.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == "لاستضافتها");
    CHECK(found[0].proclitics == "ل");
    // samples/astana/000
    CHECK(texts(small_matches("الدولة التي استضافت 20 اجتماعاً")) == std::vector<std::string>{"استضافت"});
}

TEST_CASE("an entry whose second word ends with * is matched after its first word", "[lexicon][phrases]") {
    // snn-2015-07-24-1705: the first word of "الأمانة العام*" and a second word it opens.
    CHECK(texts(small_matches("عقدت الأمانة العامة لقوى 14 آذار اجتماعها الأسبوعي")) ==
          std::vector<std::string>{"الأمانة العامة"});
    CHECK(texts(small_matches("وأكدت الأمانة العام الماضي")) == std::vector<std::string>{"الأمانة العام"});
    CHECK(texts(small_matches("وأكدت الأمانة في بيانها")).empty());
    CHECK(texts(small_matches("الأمانة")).empty());
}

TEST_CASE("an entry with a final * does not match unrelated words", "[lexicon][phrases]") {
    // snn-2015-07-25-0685 and samples/astana/000
    CHECK(texts(small_matches("سيستضيف استاد لوجنيكي الافتتاح")).empty());
    CHECK(texts(small_matches("لطلب الدولة المضيفة بإلغائه على أراضيها")).empty());
    CHECK(texts(small_matches("استضف")).empty());
}

TEST_CASE("a whole-word entry does not match a longer word", "[lexicon][phrases]") {
    // snn-2015-07-22-1057 and snn-2015-08-03-1034: الرياضة and الرياضيات are not Riyadh.
    CHECK(texts(small_matches("من الطلبة المبتعثين فالرياضة تجمع ولاتفرق")).empty());
    CHECK(texts(small_matches("فخلط الدين بالفلسفة وبالسياسة، وبالرياضيات، وعجن كل ذلك")).empty());
    // snn-2015-07-25-0812 and snn-2015-07-21-1834
    CHECK(texts(small_matches("وإنجازات فالرياض تستوعب وتستحق المزيد")) == std::vector<std::string>{"فالرياض"});
    CHECK(texts(small_matches("والملحقية الثقافية في السفارة الايرانية بموسكو.")) ==
          std::vector<std::string>{"بموسكو"});
}

TEST_CASE("match_at stops at end_token and ignores punctuation", "[lexicon][phrases]") {
    const auto normalized = Normalizer::builtin().normalize("الأمم المتحدة، نور سلطان");
    const auto tokens = hadath::tokenize(normalized.text);
    std::vector<PhraseMatch> out;
    small_index().match_at(tokens, 0, 1, out);
    CHECK(out.empty());
    small_index().match_at(tokens, 0, tokens.size(), out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].first_token == 0);
    CHECK(out[0].last_token == 2);
    small_index().match_at(tokens, 2, tokens.size(), out);
    CHECK(out.empty());
    small_index().match_at(tokens, tokens.size(), tokens.size(), out);
    CHECK(out.empty());
}

TEST_CASE("Resources::load reads the production data", "[lexicon][resources]") {
    const Resources& r = hadath::testing::resources();
    const hadath::ActorEntry* kaz = r.actor("KAZ");
    REQUIRE(kaz != nullptr);
    CHECK(kaz->kind == "country");
    CHECK(kaz->name_en == "Kazakhstan");
    CHECK(kaz->name_ar == "كازاخستان");
    CHECK(r.actor("NOPE") == nullptr);
    // Every state of states.tsv is a country, whatever body shares its acronym: Namibia, not the
    // Non-Aligned Movement; the Central African Republic, not the football confederation.
    for (const char* code : {"NAM", "CAF"}) {
        INFO(code);
        REQUIRE(r.actor(code) != nullptr);
        CHECK(r.actor(code)->kind == "country");
    }

    REQUIRE(r.place_by_id.count("astana") == 1);
    const hadath::PlaceEntry& astana = r.places[r.place_by_id.at("astana")];
    CHECK(astana.kind == "capital");
    CHECK(astana.state == "KAZ");
    CHECK(astana.acts_as == "KAZ");
    REQUIRE(r.capital_of.count("KAZ") == 1);
    CHECK(r.capital_of.at("KAZ") == r.place_by_id.at("astana"));

    const auto lavrentiev = std::find_if(r.people.begin(), r.people.end(),
                                         [](const hadath::PersonEntry& p) { return p.id == "alexander-lavrentiev"; });
    REQUIRE(lavrentiev != r.people.end());
    CHECK(lavrentiev->affiliation == "RUS");
    CHECK(lavrentiev->name_ar == "ألكسندر لافرنتييف");

    CHECK_FALSE(r.triggers.empty());
    CHECK_FALSE(r.titles.empty());
    CHECK(std::any_of(r.series.begin(), r.series.end(), [](const hadath::SeriesEntry& s) { return s.id == "astana"; }));
}

TEST_CASE("the production index finds states, places and people in sample sentences", "[lexicon][resources]") {
    const Resources& r = hadath::testing::resources();
    const auto has = [&](const std::string& sentence, const std::string& text, std::uint32_t category,
                         std::uint32_t payload) {
        const auto found = matches(r.index, r.normalizer, sentence);
        return std::any_of(found.begin(), found.end(), [&](const Found& f) {
            return f.text == text && f.category == category && f.payload == payload;
        });
    };
    const auto kaz = static_cast<std::uint32_t>(r.actor_by_id.at("KAZ"));
    const auto astana = static_cast<std::uint32_t>(r.place_by_id.at("astana"));
    std::uint32_t lavrentiev = 0;
    while (lavrentiev < r.people.size() && r.people[lavrentiev].id != "alexander-lavrentiev") ++lavrentiev;
    REQUIRE(lavrentiev < r.people.size());

    // samples/astana/002
    CHECK(has("في العاصمة نور سلطان.", "نور سلطان", hadath::kPlace, astana));
    CHECK(has("في عاصمة كازاخستان نور سلطان.", "كازاخستان", hadath::kActorName, kaz));
    CHECK(has("قال وزير الخارجية الكازاخستاني، مختار تلوبيردي", "الكازاخستاني", hadath::kActorAdjective, kaz));
    // samples/astana/003 and 000
    CHECK(has("عقدت المفاوضات بشأن سوريا في أستانا لأول مرة", "أستانا", hadath::kPlace, astana));
    CHECK(has("وقال ألكسندر لافرنتييف، المبعوث الخاص للرئيس الروسي", "ألكسندر لافرنتييف", hadath::kPerson, lavrentiev));
    CHECK(has("وأضاف لافرنتييف أن صيغة أستانا", "لافرنتييف", hadath::kPerson, lavrentiev));
}

TEST_CASE("Resources::load names the file and line of a broken entry", "[lexicon][resources][errors]") {
    SECTION("a bad column count in actors.tsv") {
        const auto dir = copy_data("columns");
        const auto file = dir / "lexicon" / "ar" / "actors.tsv";
        const int line = edit_line(file, "KAZ\t", [](std::string text) { return text.substr(0, text.rfind('\t')); });
        const std::string message = load_error(dir);
        CHECK_THAT(message, Catch::Matchers::Contains("actors.tsv:" + std::to_string(line) + ": "));
        CHECK_THAT(message, Catch::Matchers::Contains("columns"));
    }
    SECTION("an unknown kind in actors.tsv") {
        const auto dir = copy_data("kind");
        const auto file = dir / "lexicon" / "ar" / "actors.tsv";
        const int line =
            edit_line(file, "KAZ\t", [](std::string text) { return replace_first(text, "\tcountry\t", "\tstate\t"); });
        const std::string message = load_error(dir);
        CHECK_THAT(message, Catch::Matchers::Contains("actors.tsv:" + std::to_string(line) + ": "));
        CHECK_THAT(message, Catch::Matchers::Contains("unknown kind 'state'"));
    }
    SECTION("an unknown reach in media.tsv") {
        const auto dir = copy_data("reach");
        const auto file = dir / "lexicon" / "ar" / "media.tsv";
        const int line = edit_line(file, "OKAZ\t",
                                   [](std::string text) { return replace_first(text, "\tnational\t", "\tlocal\t"); });
        const std::string message = load_error(dir);
        CHECK_THAT(message, Catch::Matchers::Contains("media.tsv:" + std::to_string(line) + ": "));
        CHECK_THAT(message, Catch::Matchers::Contains("unknown reach 'local'"));
    }
    SECTION("a short form of an outlet with a quotation mark on one side in media.tsv") {
        const auto dir = copy_data("quoted");
        const auto file = dir / "lexicon" / "ar" / "media.tsv";
        const int line =
            edit_line(file, "OKAZ\t", [](std::string text) { return replace_first(text, "|عكاظ\t", "|\"عكاظ\t"); });
        const std::string message = load_error(dir);
        CHECK_THAT(message, Catch::Matchers::Contains("media.tsv:" + std::to_string(line) + ": "));
        CHECK_THAT(message, Catch::Matchers::Contains("quotation mark on both sides"));
    }
    SECTION("a duplicate id in actors.tsv") {
        const auto dir = copy_data("duplicate");
        const auto file = dir / "lexicon" / "ar" / "actors.tsv";
        const int line = edit_line(file, "KAZ\t", [](std::string text) { return text + "\n" + text; });
        const std::string message = load_error(dir);
        CHECK_THAT(message, Catch::Matchers::Contains("actors.tsv:" + std::to_string(line + 1) + ": "));
        CHECK_THAT(message, Catch::Matchers::Contains("duplicate id 'KAZ'"));
    }
    SECTION("a state's code in states.tsv taken by an organisation in actors.tsv") {
        const auto dir = copy_data("state_code");
        const auto file = dir / "lexicon" / "ar" / "actors.tsv";
        edit_line(file, "NON-ALIGNED\t",
                  [](std::string text) { return replace_first(text, "NON-ALIGNED\t", "NAM\t"); });
        const std::string message = load_error(dir);
        CHECK_THAT(message, Catch::Matchers::Contains("states.tsv:"));
        CHECK_THAT(message, Catch::Matchers::Contains("id 'NAM' is the organization 'Non-Aligned Movement'"));
    }
    SECTION("a duplicate id in places.tsv") {
        const auto dir = copy_data("duplicate_place");
        const auto file = dir / "lexicon" / "ar" / "places.tsv";
        const int line = edit_line(file, "astana\t", [](std::string text) { return text + "\n" + text; });
        const std::string message = load_error(dir);
        CHECK_THAT(message, Catch::Matchers::Contains("places.tsv:" + std::to_string(line + 1) + ": "));
        CHECK_THAT(message, Catch::Matchers::Contains("duplicate id 'astana'"));
    }
    SECTION("an unknown frame in rules/ar/triggers.tsv") {
        const auto dir = copy_data("frame");
        const auto file = dir / "rules" / "ar" / "triggers.tsv";
        const int line = edit_line(file, "statement_issued\t020\t",
                                   [](std::string text) { return replace_first(text, "\tspeech\t", "\tpleading\t"); });
        const std::string message = load_error(dir);
        CHECK_THAT(message, Catch::Matchers::Contains("triggers.tsv:" + std::to_string(line) + ": "));
        CHECK_THAT(message, Catch::Matchers::Contains("unknown frame 'pleading'"));
    }
    SECTION("whom an honorific never stands for, on one that is no pronoun") {
        const auto dir = copy_data("not_for");
        const auto file = dir / "lexicon" / "ar" / "titles.tsv";
        const int line =
            edit_line(file, "معالي\t", [](std::string text) { return replace_first(text, "\t-\t", "\tnot:King\t"); });
        const std::string message = load_error(dir);
        CHECK_THAT(message, Catch::Matchers::Contains("titles.tsv:" + std::to_string(line) + ": "));
        CHECK_THAT(message, Catch::Matchers::Contains("'not:'"));
    }
    SECTION("a place naming an unknown state") {
        const auto dir = copy_data("state");
        const auto file = dir / "lexicon" / "ar" / "places.tsv";
        edit_line(file, "astana\t", [](std::string text) { return replace_all(text, "\tKAZ\tKAZ", "\tKZX\tKAZ"); });
        const std::string message = load_error(dir);
        CHECK_THAT(message, Catch::Matchers::Contains("places.tsv"));
        CHECK_THAT(message, Catch::Matchers::Contains("astana"));
        CHECK_THAT(message, Catch::Matchers::Contains("KZX"));
    }
    SECTION("a person with an unknown affiliation") {
        const auto dir = copy_data("affiliation");
        const auto file = dir / "lexicon" / "ar" / "people.tsv";
        edit_line(file, "alexander-lavrentiev\t",
                  [](std::string text) { return replace_first(text, "\tRUS\t", "\tRUX\t"); });
        const std::string message = load_error(dir);
        CHECK_THAT(message, Catch::Matchers::Contains("people.tsv"));
        CHECK_THAT(message, Catch::Matchers::Contains("alexander-lavrentiev"));
        CHECK_THAT(message, Catch::Matchers::Contains("RUX"));
    }
    SECTION("an unknown word class in rules/ar/words.tsv") {
        const auto dir = copy_data("word_class");
        const auto file = dir / "rules" / "ar" / "words.tsv";
        const int line = edit_line(file, "observer\t",
                                   [](std::string text) { return replace_first(text, "observer\t", "onlooker\t"); });
        const std::string message = load_error(dir);
        CHECK_THAT(message, Catch::Matchers::Contains("words.tsv:" + std::to_string(line) + ": "));
        CHECK_THAT(message, Catch::Matchers::Contains("onlooker"));
    }
    SECTION("an unmodified copy loads") {
        const auto dir = copy_data("unmodified");
        CHECK(load_error(dir).empty());
    }
}

TEST_CASE("WordFilter never turns away a word it was given", "[lexicon][filter]") {
    hadath::WordFilter filter;
    const Normalizer& normalizer = Normalizer::builtin();
    std::vector<std::string> words;
    for (const auto& entry : fs::directory_iterator(hadath::testing::samples_dir())) {
        if (entry.path().extension() != ".txt") continue;
        const std::string folded = normalizer.fold(hadath::testing::read_file(entry.path()));
        for (const hadath::Token& token : hadath::tokenize(folded)) words.emplace_back(token.text);
    }
    REQUIRE(words.size() > 1000);
    for (std::size_t i = 0; i < words.size(); i += 2) filter.add(words[i]);
    std::size_t turned_away = 0;
    for (std::size_t i = 0; i < words.size(); i += 2) turned_away += !filter.may_contain(words[i]);
    CHECK(turned_away == 0);
    // It is a filter: most words it was not given are turned away.
    std::size_t unknown = 0, let_through = 0;
    for (const char* word : {"xqzv", "qqqqqqqqqqqqqqqqqqqqqqqqq", "0000000", "zz", "wxyzwxyzwxyzwxyz"}) {
        ++unknown;
        let_through += filter.may_contain(word);
    }
    CHECK(let_through < unknown);
}

namespace {

// The messages of a GNU .mo catalogue: original -> translation.
std::map<std::string, std::string> read_mo(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto word = [&](std::size_t at) {
        std::uint32_t value = 0;
        for (int i = 3; i >= 0; --i) value = value << 8 | static_cast<unsigned char>(data.at(at + i));
        return value;
    };
    std::map<std::string, std::string> messages;
    if (data.size() < 20 || word(0) != 0x950412deu) return messages;
    const std::uint32_t count = word(8), originals = word(12), translations = word(16);
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::string original = data.substr(word(originals + 8 * i + 4), word(originals + 8 * i));
        messages[original] = data.substr(word(translations + 8 * i + 4), word(translations + 8 * i));
    }
    return messages;
}

}  // namespace

TEST_CASE("every ISO 3166-1 entry named in Arabic as iso-codes names it is its state", "[lexicon][states]") {
    const std::string json_path = "/usr/share/iso-codes/json/iso_3166-1.json";
    const std::string mo_path = "/usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo";
    if (!std::filesystem::exists(json_path) || !std::filesystem::exists(mo_path))
        HADATH_SKIP("Debian's iso-codes is not installed");
    const std::map<std::string, std::string> arabic = read_mo(mo_path);
    REQUIRE(arabic.size() > 200);
    std::ifstream in(json_path);
    const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Each entry is one flat object: its alpha_3 and name are read by key.
    const auto field = [](const std::string& object, const std::string& key) {
        const auto at = object.find("\"" + key + "\": \"");
        if (at == std::string::npos) return std::string();
        const auto start = at + key.size() + 5;
        return object.substr(start, object.find('"', start) - start);
    };
    const Resources& r = hadath::testing::resources();
    int entries = 0, recognised = 0;
    std::ostringstream misses;
    for (std::size_t open = json.find('{', 1); open != std::string::npos; open = json.find('{', open + 1)) {
        const std::string object = json.substr(open, json.find('}', open) - open);
        const std::string code = field(object, "alpha_3"), name = field(object, "name");
        if (code.empty() || !arabic.count(name)) continue;
        ++entries;
        const std::string sentence = "وأعلنت " + arabic.at(name) + " في بيان رسمي.";
        const auto found = matches(r.index, r.normalizer, sentence);
        const bool ok = std::any_of(found.begin(), found.end(), [&](const Found& f) {
            return f.category == hadath::kActorName && r.actors[f.payload].id == code;
        });
        recognised += ok;
        if (!ok) misses << code << " " << arabic.at(name) << "\n";
    }
    INFO(recognised << "/" << entries << " recognised; missed:\n" << misses.str());
    CHECK(entries >= 245);
    CHECK(recognised >= entries * 95 / 100);
}

TEST_CASE("generated states keep the analyst's entries and add the missing ones", "[lexicon][states]") {
    const Resources& r = hadath::testing::resources();
    const hadath::ActorEntry* angola = r.actor("AGO");
    REQUIRE(angola != nullptr);
    CHECK(angola->kind == "country");
    CHECK(angola->name_en == "Angola");
    // actors.tsv keeps its own first name and kind for a state it has.
    REQUIRE(r.actor("SYR") != nullptr);
    CHECK(r.actor("SYR")->name_ar == "سوريا");
    const auto found = matches(r.index, r.normalizer, "قال الرئيس الأنغولي إن جمهورية الكونغو الديموقراطية وبوليفيا");
    const auto has = [&](const std::string& text, std::uint32_t category, const std::string& code) {
        return std::any_of(found.begin(), found.end(), [&](const Found& f) {
            return f.text == text && f.category == category && r.actors[f.payload].id == code;
        });
    };
    CHECK(has("الأنغولي", hadath::kActorAdjective, "AGO"));
    CHECK(has("جمهورية الكونغو الديموقراطية", hadath::kActorName, "COD"));
    CHECK(has("وبوليفيا", hadath::kActorName, "BOL"));
    // Corpus snn-2015-07-26-0814: a council of the Arab League is the League.
    const auto council = matches(r.index, r.normalizer, "لتحديد موعد لعقد اجتماع لمجلس الدفاع العربي المشترك");
    CHECK(std::any_of(council.begin(), council.end(), [&](const Found& f) {
        return f.category == hadath::kActorName && r.actors[f.payload].id == "ARL";
    }));
    // "مالي" is "financial" too: Mali only by its full name.
    const auto financial = matches(r.index, r.normalizer, "قدم دعم مالي وأعلن عجزا ماليا في جمهورية مالي");
    CHECK(std::none_of(financial.begin(), financial.end(), [&](const Found& f) {
        return f.category == hadath::kActorName && f.text != "جمهورية مالي" && r.actors[f.payload].id == "MLI";
    }));
}

TEST_CASE("office holders load with their terms and answer for a date", "[lexicon][offices]") {
    const Resources& r = hadath::testing::resources();
    CHECK(r.offices.size() >= 600);
    CHECK(r.places.size() >= 500);
    CHECK(r.people.size() >= 600);
    const hadath::PersonEntry* jubeir = r.holder("Foreign Minister", "SAU", 2016, 3);
    REQUIRE(jubeir != nullptr);
    CHECK(jubeir->id == "adel-al-jubeir");
    REQUIRE(r.holder("Foreign Minister", "SAU", 2020, 1) != nullptr);
    CHECK(r.holder("Foreign Minister", "SAU", 2020, 1)->id == "faisal-bin-farhan");
    REQUIRE(r.holder("President", "USA", 2018, 5) != nullptr);
    CHECK(r.holder("President", "USA", 2018, 5)->name_en == "Donald Trump");
    CHECK(r.holder("President", "USA", 2015, 5)->name_en == "Barack Obama");
    CHECK(r.holder("President", "ATA", 2015, 5) == nullptr);
    // A person of people.tsv keeps one id across the rows of their posts.
    const auto putin = std::count_if(r.people.begin(), r.people.end(),
                                     [](const hadath::PersonEntry& p) { return p.id == "vladimir-putin"; });
    CHECK(putin == 1);
}

TEST_CASE("media load as their own kind, apart from actors", "[lexicon][media]") {
    const Resources& r = hadath::testing::resources();
    CHECK(r.media.size() >= 80);
    CHECK(r.actor("SANA") == nullptr);
    const auto found = matches(r.index, r.normalizer, "وقال لوكالة سانا ولقناة الجزيرة");
    std::set<std::uint32_t> media;
    for (const Found& f : found)
        if (f.category == hadath::kMediaName) media.insert(f.payload);
    CHECK(media.size() == 2);
}

// The text of the samples' articles, folded: words of every length, some with digits ("2017", "2254").
std::string folded_samples() {
    std::string text;
    for (const auto& entry : fs::directory_iterator(hadath::testing::samples_dir()))
        if (entry.path().extension() == ".txt") text += hadath::testing::read_file(entry.path()) + "\n";
    return Normalizer::builtin().fold(text);
}

TEST_CASE("Words read eight bytes at a time give what a byte-by-byte reading gives", "[lexicon][filter]") {
    std::set<std::size_t> lengths;
    std::size_t with_digit = 0;
    // Each word of the samples and each of its ends, so that every length and every alignment is read.
    const std::string folded = folded_samples();
    for (const hadath::Token& token : hadath::tokenize(folded)) {
        for (std::size_t start = 0; start < token.text.size(); ++start) {
            const std::string_view word = token.text.substr(start);
            lengths.insert(word.size());
            const bool digit = std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
            with_digit += digit;
            CHECK(hadath::has_ascii_digit(word) == digit);
            for (std::size_t rest = 1; rest < 8 && rest <= word.size(); ++rest) {
                std::uint64_t copied = 0;
                std::memcpy(&copied, word.data() + word.size() - rest, rest);
                CHECK(hadath::last_bytes(word, rest) == copied);
            }
            // The hash reads the word's bytes only, wherever they lie.
            const std::string copy(word);
            CHECK(hadath::WordFilter::hash(copy) == hadath::WordFilter::hash(word));
        }
    }
    CHECK(with_digit > 0);
    for (std::size_t length = 1; length <= 16; ++length) CHECK(lengths.count(length) == 1);
    // Arabic-Indic digits, as written before folding, are no ASCII digits.
    CHECK_FALSE(hadath::has_ascii_digit("\u0662\u0660\u0661\u0665"));
    CHECK(hadath::has_ascii_digit("F16"));
}

TEST_CASE("Words compared by fixed-size loads are the same exactly when their bytes are", "[lexicon][filter]") {
    const std::string folded = folded_samples();
    const std::vector<hadath::Token> tokens = hadath::tokenize(folded);
    std::set<std::size_t> lengths;
    std::size_t same_words = 0;
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        for (std::size_t start = 0; start < tokens[k].text.size(); ++start) {
            const std::string_view word = tokens[k].text.substr(start);
            lengths.insert(word.size());
            // The same bytes elsewhere, and every one-byte change of them.
            std::string copy(word);
            CHECK(hadath::same_bytes(word, copy));
            for (std::size_t at = 0; at < copy.size(); ++at) {
                copy[at] ^= 1;
                CHECK_FALSE(hadath::same_bytes(word, copy));
                copy[at] ^= 1;
            }
            // The next word, often of the same length, sometimes the same word.
            const std::string_view next = tokens[k + 1].text;
            CHECK(hadath::same_bytes(word, next) == (word == next));
            same_words += word == next;
        }
    }
    CHECK(same_words > 0);
    for (std::size_t length = 1; length <= 17; ++length) CHECK(lengths.count(length) == 1);
    CHECK(hadath::same_bytes("", ""));
    CHECK_FALSE(hadath::same_bytes("", "\u0645"));
}
