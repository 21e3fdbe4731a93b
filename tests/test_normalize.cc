// Normalization: every folding rule of extract/lexicon/ar/normalization.tsv on
// words from the samples and the news corpus, the map back to the original
// text, invalid UTF-8, and load errors of the folding table.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "extract/input.h"
#include "extract/normalize.h"
#include "extract/text.h"
#include "tests/test_support.h"

using hadath::NormalizedText;
using hadath::Normalizer;
using hadath::testing::temp_dir;
using hadath::testing::write_file;

namespace {

std::string fold(std::string_view text) {
    return Normalizer::builtin().fold(text);
}

// The original characters a normalized span came from.
std::string original_of(const NormalizedText& normalized, std::string_view original, std::size_t begin,
                        std::size_t end) {
    const std::size_t from = normalized.to_original(begin);
    const std::size_t to = normalized.to_original(end);
    return std::string(original.substr(from, to - from));
}

// Where each normalized byte comes from, and the end of the text: the map back, byte by byte.
std::vector<NormalizedText::Offset> offset_map(const NormalizedText& normalized) {
    std::vector<NormalizedText::Offset> offsets;
    for (std::size_t i = 0; i <= normalized.text.size(); ++i)
        offsets.push_back(static_cast<NormalizedText::Offset>(normalized.to_original(i)));
    return offsets;
}

// The sentinel and the order of the offset map hold for any text.
void check_offset_map(const NormalizedText& normalized, std::string_view original) {
    const std::vector<NormalizedText::Offset> offsets = offset_map(normalized);
    CHECK(offsets.back() == original.size());
    std::size_t decreasing = 0;
    for (std::size_t i = 1; i < offsets.size(); ++i) decreasing += offsets[i - 1] > offsets[i];
    CHECK(decreasing == 0);
}

// Every token maps back to original characters that normalize to the token itself.
void check_tokens_map_back(std::string_view original) {
    const NormalizedText normalized = Normalizer::builtin().normalize(original);
    check_offset_map(normalized, original);
    std::size_t mismatches = 0;
    std::string first_mismatch;
    for (const hadath::Token& token : hadath::tokenize(normalized.text)) {
        const std::string source = original_of(normalized, original, token.begin, token.end);
        if (fold(source) == token.text) continue;
        if (mismatches++ == 0) first_mismatch = "token '" + std::string(token.text) + "' maps back to '" + source + "'";
    }
    INFO(first_mismatch);
    CHECK(mismatches == 0);
}

std::string load_error(const std::filesystem::path& path) {
    try {
        Normalizer::load(path.string());
    } catch (const std::runtime_error& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST_CASE("tashkeel, Quranic marks and superscript alef are removed", "[normalize]") {
    CHECK(fold("اجتماعاً") == "اجتماعا");
    CHECK(fold("قراراً جمهورياً") == "قرارا جمهوريا");
    CHECK(fold("غدًا") == "غدا");
    CHECK(fold("المتخصّص") == "المتخصص");
    CHECK(fold("وعُقدت الجلسة 18") == "وعقدت الجلسه 18");
    CHECK(fold("وَالسَّاكِنُونَ") == "والساكنون");
    // U+0670 superscript alef, with alef maqsura before it.
    CHECK(fold("الأَذَىٰ") == "الاذي");
    // U+06DA, a Quranic annotation mark.
    CHECK(fold("الكتاب\u06DA") == "الكتاب");
}

TEST_CASE("tatweel is removed, so a prefixed number becomes one word", "[normalize]") {
    CHECK(fold("الـ20") == "ال20");
    CHECK(fold("الجولة الـ 20 لمباحثات") == "الجوله ال 20 لمباحثات");
    CHECK(fold("مُكْلِـفُ") == "مكلف");
    CHECK(fold("وكشف ياسين لـ«الشرق الأوسط»") == "وكشف ياسين ل\"الشرق الاوسط\"");
}

TEST_CASE("a hashtag's sign goes and its underscores part its words, so the name behind it reads whole",
          "[normalize]") {
    // dev029 (Al Arabiya, 2018-05-03)
    CHECK(fold("لمّح الرئيس الأميركي، دونالد #ترمب، في تغريدة") == "لمح الرييس الاميركي، دونالد ترمب، في تغريده");
    CHECK(fold("المحتجزين في #كوريا_الشمالية.") == "المحتجزين في كوريا الشماليه.");
    // dev031 (2018-03-18)
    CHECK(fold("مع #السلطات_الفلبينية وقع") == "مع السلطات الفلبينيه وقع");
}

TEST_CASE("alef forms become bare alef", "[normalize]") {
    CHECK(fold("أستانا") == "استانا");
    CHECK(fold("إيران") == "ايران");
    CHECK(fold("لقاء آخر") == "لقاء اخر");
    CHECK(fold("فَٱحْتَارَ") == "فاحتار");
    // Hamza on its own line (U+0621) is not an alef form and stays.
    CHECK(fold("الاكتفاء") == "الاكتفاء");
}

TEST_CASE("alef maqsura, taa marbuta and hamza seats fold", "[normalize]") {
    CHECK(fold("إلى سوريا") == "الي سوريا");
    CHECK(fold("انتهى") == "انتهي");
    CHECK(fold("الجولة المقبلة") == "الجوله المقبله");
    CHECK(fold("المسؤول") == "المسوول");
    CHECK(fold("الدؤوب") == "الدووب");
    CHECK(fold("رئيس") == "رييس");
    CHECK(fold("ميخائيل") == "ميخاييل");
    CHECK(fold("مسؤول") == fold("مسوول"));
}

TEST_CASE("Persian letters fold to their Arabic counterparts", "[normalize]") {
    CHECK(fold("محمد علی جعفري") == "محمد علي جعفري");
    CHECK(fold("کبير موظفي الأمم المتحدة") == "كبير موظفي الامم المتحده");
    CHECK(fold("أکد وزیر الخارجیة") == "اكد وزير الخارجيه");
    CHECK(fold("منصور هادی") == "منصور هادي");
    // Swash kaf, heh goal, heh with yeh above and yeh barree.
    CHECK(fold("\u06AA\u06C1\u06C0\u06D2") == "كههي");
}

TEST_CASE("Arabic-Indic and Persian digits become ASCII", "[normalize]") {
    CHECK(fold("قطع رؤوس ٢١ من مواطنيهم") == "قطع رووس 21 من مواطنيهم");
    CHECK(fold("الاكتفاء بـ٣٠ لاعباً") == "الاكتفاء ب30 لاعبا");
    CHECK(fold("بلغ (٩٩٧)") == "بلغ (997)");
    CHECK(fold("٠١٢٣٤٥٦٧٨٩") == "0123456789");
    CHECK(fold("۰۱۲۳۴۵۶۷۸۹") == "0123456789");
    // Arabic decimal separator, thousands separator and percent sign.
    CHECK(fold("٤٫٤٪") == "4.4%");
    CHECK(fold("١٬٥٠٠") == "1,500");
}

TEST_CASE("presentation forms decompose and are then folded", "[normalize]") {
    CHECK(fold("\uFEFB") == "لا");
    CHECK(fold("انفجر اﻻطار اﻻمامي") == "انفجر الاطار الامامي");
    CHECK(fold("سيطرت على الموقع ﺍﻻﺳﺘﺮﺍﺗﻴﺠﻲ") == "سيطرت علي الموقع الاستراتيجي");
    // The decomposed ؤ and ى are folded like the plain letters.
    CHECK(fold("وﻗﺎﻝ ﻣﺼﺪﺭ ﻣﺴﺆﻭﻝ") == "وقال مصدر مسوول");
    CHECK(fold("انقلاب فرﻫﻨﮕﻰ") == "انقلاب فرهنگي");
    CHECK(fold("عبد \uFDF2") == "عبد الله");
    CHECK(fold("عبد \uFDF2") == fold("عبد الله"));
}

TEST_CASE("quote marks and dashes take one shape", "[normalize]") {
    CHECK(fold("وكشفت جولة “الاقتصادية” في") == "وكشفت جوله \"الاقتصاديه\" في");
    CHECK(fold("ودخلت «المقاومة الشعبية» ليلا") == "ودخلت \"المقاومه الشعبيه\" ليلا");
    CHECK(fold("„تاس“") == "\"تاس\"");
    CHECK(fold("‘سبوتنك’") == "'سبوتنك'");
    CHECK(fold("ونقل القنيعير – حسب وكالة مأرب") == "ونقل القنيعير - حسب وكاله مارب");
    CHECK(fold("— أي بعد 24 ساعة —") == "- اي بعد 24 ساعه -");
    CHECK(fold("\u2010\u2011\u2012\u2212") == "----");
}

TEST_CASE("zero-width, direction and bidi marks are removed", "[normalize]") {
    CHECK(fold("أعربوا علناً عن \u200B\u200Bأملهم") == "اعربوا علنا عن املهم");
    CHECK(fold("فتح \u200Fصفحة إيجابية") == "فتح صفحه ايجابيه");
    CHECK(fold("زلزال قوته 5.\u200F7 درجة") == "زلزال قوته 5.7 درجه");
    CHECK(fold("الموقع ا\u200Cلاكتروني") == "الموقع الاكتروني");
    CHECK(fold("الملياردير إ\u200Eلون موسك") == "الملياردير الون موسك");
    CHECK(fold("\u202Bإخراج: دان فوغلمان Dan Fogelman\u202C") == "اخراج: دان فوغلمان Dan Fogelman");
    CHECK(fold("\u2066سوريا\u2069") == "سوريا");
    CHECK(fold("\uFEFFسوريا") == "سوريا");
    CHECK(fold("الاستقرار\u00AD") == "الاستقرار");
}

TEST_CASE("no-break and typographic spaces become plain spaces", "[normalize]") {
    CHECK(fold("المسافرين.\u00A0 وأضاف") == "المسافرين.  واضاف");
    CHECK(fold("وفاة\u00A0وحالتين") == "وفاه وحالتين");
    CHECK(fold("20\u202Fيونيو") == "20 يونيو");
    CHECK(fold("20\u2009يونيو") == "20 يونيو");
}

TEST_CASE("text with nothing to fold is unchanged", "[normalize]") {
    const std::string text = "Ayman Jarida 2023 (سانا) - رويترز";
    CHECK(fold(text) == text);
    CHECK(fold("") == "");
}

TEST_CASE("Normalizer::load on the production table folds like the built-in one", "[normalize]") {
    const Normalizer loaded = Normalizer::load((hadath::testing::lexicon_dir() / "normalization.tsv").string());
    const std::string text = hadath::testing::read_file(hadath::testing::samples_dir() / "000_8dd5160a0a9bfbf0.txt");
    CHECK(loaded.normalize(text).text == Normalizer::builtin().normalize(text).text);
    CHECK(offset_map(loaded.normalize(text)) == offset_map(Normalizer::builtin().normalize(text)));
}

TEST_CASE("the folding is the table's: a table without alef rules keeps hamzas", "[normalize]") {
    const auto path = write_file(temp_dir("tables") / "tatweel_only.tsv", "# only tatweel\nU+0640\t-\ttatweel\n");
    const Normalizer tatweel_only = Normalizer::load(path.string());
    CHECK(tatweel_only.fold("الـأمم") == "الأمم");
}

TEST_CASE("offset map of a phrase with tatweel, Arabic-Indic digits and tanween", "[normalize][offsets]") {
    // snn-2015-07-26-0774: "الاكتفاء بـ٣٠ لاعباً لتمثيل الفريق"
    const std::string original = "بـ٣٠ لاعباً";
    const NormalizedText normalized = Normalizer::builtin().normalize(original);
    REQUIRE(normalized.text == "ب30 لاعبا");
    const std::vector<NormalizedText::Offset> expected = {
        0,  0,   // ب (tatweel at 2 is removed)
        4,       // 3 from ٣ at 4
        6,       // 0 from ٠ at 6
        8,       // space
        9,  9,   // ل
        11, 11,  // ا
        13, 13,  // ع
        15, 15,  // ب
        17, 17,  // ا (tanween at 19 is removed)
        21,      // end of the original
    };
    CHECK(offset_map(normalized) == expected);
    check_offset_map(normalized, original);

    // Each word maps back to its original spelling, marks included.
    CHECK(original_of(normalized, original, 0, 4) == "بـ٣٠");
    CHECK(original_of(normalized, original, 5, 15) == "لاعباً");
    // A removed mark belongs to the character before it.
    CHECK(original_of(normalized, original, 0, 2) == "بـ");
    CHECK(original_of(normalized, original, 2, 4) == "٣٠");
    CHECK(original_of(normalized, original, 0, normalized.text.size()) == original);

    // What was removed, where it was and the normalized byte it stood before: the tatweel after ب,
    // the tanween at the end of the second word (before the end of the text).
    REQUIRE(normalized.removed.size() == 2);
    CHECK(normalized.removed[0].original == 2);
    CHECK(normalized.removed[0].before == 2);
    CHECK(normalized.removed[1].original == 19);
    CHECK(normalized.removed[1].before == normalized.text.size());
    CHECK(Normalizer::builtin().removes(U'\u064B'));
    CHECK_FALSE(Normalizer::builtin().removes(U'\u0627'));
}

TEST_CASE("offset map of a word with a presentation-form ligature and a quote", "[normalize][offsets]") {
    // The ligature word of snn-2015-07-21-1107 ("انفجر اﻻطار اﻻمامي") and a quoted name.
    const std::string original = "اﻻطار «عدن»";
    const NormalizedText normalized = Normalizer::builtin().normalize(original);
    REQUIRE(normalized.text == "الاطار \"عدن\"");
    const std::vector<NormalizedText::Offset> expected = {
        0,  0,                   // ا
        2,  2,  2,  2,           // لا from the three-byte ﻻ at 2
        5,  5,                   // ط
        7,  7,                   // ا
        9,  9,                   // ر
        11,                      // space
        12,                      // " from the two-byte « at 12
        14, 14, 16, 16, 18, 18,  // عدن
        20,                      // " from » at 20
        22,                      // end of the original
    };
    CHECK(offset_map(normalized) == expected);
    // The two letters of the ligature map back to the whole ligature.
    CHECK(original_of(normalized, original, 2, 6) == "ﻻ");
    CHECK(original_of(normalized, original, 0, 12) == "اﻻطار");
    CHECK(original_of(normalized, original, 14, 20) == "عدن");
}

TEST_CASE("the bytes of a kept character of three or four bytes map back to where it starts", "[normalize][offsets]") {
    const std::string original = "بسعر 5€ فقط😀.";
    const NormalizedText normalized = Normalizer::builtin().normalize(original);
    REQUIRE(normalized.text == original);
    const std::vector<NormalizedText::Offset> expected = {
        0,  0,  2,  2,  4,  4,  6, 6,  // بسعر
        8,                             // space
        9,                             // 5
        10, 10, 10,                    // € at 10
        13,                            // space
        14, 14, 16, 16, 18, 18,        // فقط
        20, 20, 20, 20,                // 😀 at 20
        24,                            // .
        25,                            // end of the original
    };
    CHECK(offset_map(normalized) == expected);
}

TEST_CASE("a word with tashkeel and a removed mark maps back to the word with its marks", "[normalize][offsets]") {
    const std::string original = "في \u200Fصفحة إيجابيةً جديدة";
    const NormalizedText normalized = Normalizer::builtin().normalize(original);
    REQUIRE(normalized.text == "في صفحه ايجابيه جديده");
    const std::size_t begin = normalized.text.find("ايجابيه");
    const std::size_t end = begin + std::string("ايجابيه").size();
    CHECK(original_of(normalized, original, begin, end) == "إيجابيةً");
    // The removed RLM before صفحة belongs to neither word.
    const std::size_t page = normalized.text.find("صفحه");
    CHECK(original_of(normalized, original, page, page + std::string("صفحه").size()) == "صفحة");
}

TEST_CASE("every token of the samples maps back to its original characters", "[normalize][offsets]") {
    for (const auto& entry : std::filesystem::directory_iterator(hadath::testing::samples_dir())) {
        if (entry.path().extension() != ".txt") continue;
        INFO(entry.path().filename().string());
        check_tokens_map_back(hadath::testing::read_file(entry.path()));
    }
}

TEST_CASE("every token of corpus articles maps back to its original characters", "[normalize][offsets]") {
    const auto shared = hadath::testing::shared_dir();
    if (shared.empty()) HADATH_SKIP("../shared is absent: no news corpus");
    // The first articles hold presentation forms, Persian letters, marks and no-break spaces.
    std::ifstream corpus(shared / "corpus" / "saudinewsnet-2015.jsonl");
    std::stringstream head;
    std::string line;
    for (int i = 0; i < 1200 && std::getline(corpus, line); ++i) head << line << '\n';
    int articles = 0;
    hadath::InputSink sink;
    sink.document = [&](hadath::InputDocument&& document) {
        INFO(document.info.id);
        check_tokens_map_back(document.text);
        ++articles;
    };
    sink.skipped = [](const std::string&) {};
    hadath::read_jsonl_articles(head, "saudinewsnet-2015.jsonl", {}, sink);
    CHECK(articles > 1000);
}

TEST_CASE("invalid UTF-8 bytes are kept as they are", "[normalize][robustness]") {
    SECTION("a stray byte between words") {
        const std::string original = "قال\xFF ذلك";
        const NormalizedText normalized = Normalizer::builtin().normalize(original);
        CHECK(normalized.text == original);
        check_offset_map(normalized, original);
        CHECK(normalized.to_original(6) == 6);
    }
    SECTION("a truncated sequence at the end") {
        const std::string original = "سوريا\xD8";
        CHECK(fold(original) == original);
    }
    SECTION("a lead byte followed by ASCII") {
        const std::string original =
            "\xD9"
            "A أستانا";
        CHECK(fold(original) ==
              "\xD9"
              "A استانا");
    }
    SECTION("an overlong encoding and a surrogate") {
        const std::string original = "\xC0\xAF \xED\xA0\x80";
        const NormalizedText normalized = Normalizer::builtin().normalize(original);
        CHECK(normalized.text == original);
        check_offset_map(normalized, original);
        // Each byte is a character of its own, the stray continuation bytes too.
        CHECK(offset_map(normalized) == std::vector<NormalizedText::Offset>{0, 1, 2, 3, 4, 5, 6});
    }
    SECTION("stray continuation bytes after a letter and after a removed mark") {
        const std::string original = "ب\x80\x80ًا\xBF";
        const NormalizedText normalized = Normalizer::builtin().normalize(original);
        CHECK(normalized.text == "ب\x80\x80ا\xBF");
        // ب at 0, the stray bytes at 2 and 3, the tanween at 4 removed, ا at 6, a stray byte at 8.
        CHECK(offset_map(normalized) == std::vector<NormalizedText::Offset>{0, 0, 2, 3, 6, 6, 8, 9});
    }
    SECTION("folding around invalid bytes still applies") {
        CHECK(fold("\xFF"
                   "اجتماعاً\xFE") ==
              "\xFF"
              "اجتماعا\xFE");
    }
}

TEST_CASE("Normalizer::load reports a bad table line with path:line", "[normalize][errors]") {
    const std::string header = "# folding table\nU+0623\tU+0627\talef with hamza above\n";
    const auto bad = GENERATE(as<std::string>{}, "U+0640", "U+06XZ\tU+0627", "0623\tU+0627", "U+0669..U+0660\tU+0030",
                              "U+1F600\tU+0020", "U+0622\tU+0627 U+XYZ", "U+0660..U+0669\tU+0030..U+0035");
    INFO("bad line: " << bad);
    const auto path = write_file(temp_dir("tables") / "bad.tsv", header + bad + "\n");
    const std::string message = load_error(path);
    CHECK_THAT(message, Catch::Matchers::StartsWith(path.string() + ":3:"));
}

TEST_CASE("Normalizer::load of a missing table names the path", "[normalize][errors]") {
    const auto path = std::filesystem::temp_directory_path() / "hadath_no_such_table.tsv";
    CHECK_THAT(load_error(path), Catch::Matchers::Contains(path.string()));
}

TEST_CASE("a run of expanding presentation forms grows the output past the input", "[normalize][offsets]") {
    // ﷲ (3 bytes) becomes الله (8 bytes): the output outgrows any buffer sized by the input.
    std::string original;
    for (int i = 0; i < 5000; ++i) original += "\uFDF2 ";
    const NormalizedText normalized = Normalizer::builtin().normalize(original);
    std::string expected;
    for (int i = 0; i < 5000; ++i) expected += "الله ";
    REQUIRE(normalized.text == expected);
    REQUIRE(offset_map(normalized).size() == expected.size() + 1);
    // The last word's letters all map back to the last ligature.
    const std::size_t last_ligature = original.size() - 4;
    CHECK(normalized.to_original(expected.size() - 2) == last_ligature);
    CHECK(normalized.to_original(expected.size() - 9) == last_ligature);
    CHECK(normalized.to_original(expected.size()) == original.size());
}
