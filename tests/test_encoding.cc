// Articles in the encodings of Arabic archives: UTF-8 with or without BOM,
// UTF-16 with BOM, Windows-1256 and ISO-8859-6, detected or named with
// --encoding; the offsets of the output are those of the decoded text.
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/encoding.h"
#include "extract/input.h"
#include "extract/utf8.h"
#include "process_support.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace hadath::testing;

namespace {

// `utf8` in `encoding`, through ICU; every character must exist there.
std::string encode(const std::string& utf8, const char* encoding) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* to = ucnv_open(encoding, &status);
    REQUIRE(U_SUCCESS(status));
    ucnv_setFromUCallBack(to, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    UConverter* from = ucnv_open("UTF-8", &status);
    std::string out(utf8.size() * 4 + 16, '\0');
    char* target = out.data();
    const char* source = utf8.data();
    ucnv_convertEx(to, from, &target, out.data() + out.size(), &source, utf8.data() + utf8.size(), nullptr, nullptr,
                   nullptr, nullptr, true, true, &status);
    ucnv_close(to);
    ucnv_close(from);
    INFO(u_errorName(status));
    REQUIRE(U_SUCCESS(status));
    out.resize(static_cast<std::size_t>(target - out.data()));
    return out;
}

// A real paragraph (samples/astana/003) in plain Arabic letters, digits and ASCII punctuation.
const std::string kParagraph =
    "وشارك ممثلو الأمم المتحدة والأردن ولبنان والعراق كمراقبين. عقدت المفاوضات بشأن سوريا في أستانا لأول مرة في كانون "
    "الثاني (يناير) 2017.\n";

}  // namespace

TEST_CASE("decode_text reads UTF-8 with and without BOM and UTF-16 with BOM", "[encoding]") {
    const struct {
        std::string bytes, encoding;
    } cases[] = {
        {kParagraph, "UTF-8"},
        {"\xEF\xBB\xBF" + kParagraph, "UTF-8"},
        {"\xFF\xFE" + encode(kParagraph, "UTF-16LE"), "UTF-16LE"},
        {"\xFE\xFF" + encode(kParagraph, "UTF-16BE"), "UTF-16BE"},
    };
    for (const auto& c : cases) {
        const hadath::DecodedText decoded = hadath::decode_text(std::string(c.bytes), "");
        INFO(c.encoding << " " << decoded.problem);
        CHECK(decoded.text == kParagraph);
        CHECK(decoded.encoding == c.encoding);
        CHECK_FALSE(decoded.detected);
    }
}

TEST_CASE("decode_text detects Windows-1256 and reads a named encoding", "[encoding]") {
    const hadath::DecodedText detected = hadath::decode_text(encode(kParagraph, "windows-1256"), "");
    INFO(detected.problem);
    CHECK(detected.text == kParagraph);
    CHECK(detected.encoding == "windows-1256");
    CHECK(detected.detected);
    const hadath::DecodedText named = hadath::decode_text(encode(kParagraph, "ISO-8859-6"), "ISO-8859-6");
    CHECK(named.text == kParagraph);
    CHECK_FALSE(named.detected);
    // Bytes that do not exist in the named encoding are an error, not replacement characters.
    CHECK_FALSE(hadath::decode_text("\xA1\xA2\xA3", "ISO-8859-6").problem.empty());
    CHECK_FALSE(hadath::encoding_problem("no-such-encoding").empty());
    CHECK(hadath::encoding_problem("windows-1256").empty());
}

TEST_CASE("damaged UTF-8 stays an error rather than being read as another encoding", "[encoding]") {
    std::string damaged = kParagraph;
    damaged[10] = '\xFF';
    const hadath::DecodedText decoded = hadath::decode_text(std::move(damaged), "");
    CHECK(decoded.text.empty());
    CHECK_THAT(decoded.problem, Catch::Matchers::StartsWith("invalid UTF-8 at byte 10"));
}

TEST_CASE("an article in UTF-16 or Windows-1256 gives the events and offsets of its UTF-8 text", "[encoding][cli]") {
    TempDir dir;
    const std::string article = read_file(samples_dir() / "001_83198d24877d83e8.txt");
    const std::vector<std::pair<std::string, std::string>> encodings = {
        {"utf8", article},
        {"utf8bom", "\xEF\xBB\xBF" + article},
        {"utf16", "\xFF\xFE" + encode(article, "UTF-16LE")},
        {"cp1256", encode(article, "windows-1256")},
    };
    std::string expected;
    for (const auto& [name, bytes] : encodings) {
        INFO(name);
        fs::create_directories(dir / name);
        write_file(dir / name / "001_83198d24877d83e8.txt", bytes);
        const Run run =
            run_hadath({"build", (dir / name).string(), "--date", "2023-06-21", "-o", (dir / (name + "-out")).string()},
                       dir.path());
        INFO(run.err);
        CHECK(run.status == 0);
        const std::string events = read_file(dir / (name + "-out") / "events.jsonl");
        if (expected.empty()) {
            expected = events;
            REQUIRE(expected.find("\"begin\":") != std::string::npos);
        }
        CHECK(events == expected);
        if (name == "utf16") CHECK(run.err.find("read as UTF-16") != std::string::npos);
        if (name == "cp1256") CHECK(run.err.find("(detected; name another with --encoding)") != std::string::npos);
    }
    // Named on the command line.
    fs::create_directories(dir / "named");
    write_file(dir / "named" / "001_83198d24877d83e8.txt", encode(article, "windows-1256"));
    const Run named = run_hadath({"build", (dir / "named").string(), "--encoding", "windows-1256", "--date",
                                  "2023-06-21", "-o", (dir / "named-out").string()},
                                 dir.path());
    CHECK(named.status == 0);
    CHECK(read_file(dir / "named-out" / "events.jsonl") == expected);
    const Run unknown = run_hadath(
        {"build", (dir / "named").string(), "--encoding", "arabic-dos", "-o", (dir / "x").string()}, dir.path());
    CHECK(unknown.status == 2);
    CHECK(unknown.err.find("'arabic-dos' is not an encoding ICU knows") != std::string::npos);
}

TEST_CASE("count_code_points counts the code points ICU reads in valid text and the lead bytes in any", "[encoding]") {
    // Arabic, Latin, marks, emoji, and bytes that lead nothing, in every alignment.
    const std::vector<std::string> pieces = {
        "a",        " ",    "\xD9\x82", "\xD8\xA7", "\xE2\x80\xA6", "\xF0\x9F\x98\x80",
        "\xD9\x8B", "\x80", "\xBF",     "\xFF",     "\xC3"};
    hadath::testing::PieceText random(777);
    for (int round = 0; round < 5000; ++round) {
        const std::string text = random.text(pieces, 30, pieces.size(), 100);
        std::size_t leads = 0;
        for (const char c : text) leads += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        INFO("round " << round);
        REQUIRE(hadath::utf8::count_code_points(text) == leads);
    }
    const std::string arabic =
        "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 \xF0\x9F\x98\x80.";
    const icu::UnicodeString decoded = icu::UnicodeString::fromUTF8(arabic);
    CHECK(hadath::utf8::count_code_points(arabic) == static_cast<std::size_t>(decoded.countChar32()));
}

#if defined(__SSE2__)
TEST_CASE("common_arabic_letters counts from every byte on the letters of its ranges that ICU reads", "[encoding]") {
    // What ICU decodes from `at` on: the bytes of the letters U+0621..063A and U+0640..065F, up to 16.
    const auto icu_letters = [](const std::string& text, std::size_t at) {
        const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
        auto next = static_cast<int32_t>(at);
        const auto end = static_cast<int32_t>(at + 16);
        while (next < end) {
            const int32_t start = next;
            UChar32 c = 0;
            U8_NEXT(bytes, next, end, c);
            if (!((c >= 0x0621 && c <= 0x063A) || (c >= 0x0640 && c <= 0x065F)) || next - start != 2)
                return static_cast<std::size_t>(start) - at;
        }
        return std::size_t{16};
    };
    // A sample article, and the letters at the ranges' edges among their neighbours: U+0620 and U+063B
    // (D8 A0, D8 BB), U+0640 and U+065F (D9 80, D9 9F), U+0660 (D9 A0), Persian letters, a lead without
    // its second byte, stray bytes, ASCII.
    std::string text = read_file(samples_dir() / "001_83198d24877d83e8.txt");
    const std::vector<std::string> pieces = {"\xD8\xA0", "\xD8\xA1", "\xD8\xBA", "\xD8\xBB", "\xD9\x80",
                                             "\xD9\x9F", "\xD9\xA0", "\xDA\xA9", "\xDB\x8C", "\xD8",
                                             "\xD9",     "\x80",     "a",        " ",        "\xD8\xA7"};
    for (std::size_t k = 0; k < 4000; ++k) text += pieces[(k * 7 + k / 5) % pieces.size()];
    std::size_t whole_blocks = 0, letters = 0;
    for (std::size_t at = 0; at + 16 <= text.size(); ++at) {
        const std::size_t counted =
            hadath::utf8::common_arabic_letters(reinterpret_cast<const unsigned char*>(text.data() + at));
        INFO("at byte " << at);
        CHECK(counted == icu_letters(text, at));
        whole_blocks += counted == 16;
        letters += counted > 0;
    }
    CHECK(whole_blocks > 0);
    CHECK(letters > 0);
}
#endif

TEST_CASE("first_invalid finds the first ill-formed UTF-8 sequence where ICU does", "[encoding]") {
    // Pieces an Arabic article is made of, and the ways UTF-8 goes wrong: stray and missing
    // continuation bytes, overlong forms, surrogates, values past U+10FFFF, bytes never used.
    const std::vector<std::string> pieces = {"a",
                                             " ",
                                             "\xD9\x82",
                                             "\xD8\xA7",
                                             "\xC2\xAB",
                                             "\xE2\x80\xA6",
                                             "\xEF\xBF\xBD",
                                             "\xF0\x9F\x98\x80",
                                             "\x80",
                                             "\xBF",
                                             "\xC0\x80",
                                             "\xC1\xBF",
                                             "\xD9",
                                             "\xE2\x80",
                                             "\xED\xA0\x80",
                                             "\xE0\x80\x80",
                                             "\xF4\x90\x80\x80",
                                             "\xF8\x88\x80\x80\x80",
                                             "\xFF",
                                             "\xC3",
                                             "\xDF\xBF",
                                             "\x7F"};
    auto icu_first_invalid = [](const std::string& text) -> std::size_t {
        const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
        const auto length = static_cast<int32_t>(text.size());
        for (int32_t at = 0; at < length;) {
            const int32_t start = at;
            UChar32 c = 0;
            U8_NEXT(bytes, at, length, c);
            if (c < 0) return static_cast<std::size_t>(start);
        }
        return std::string::npos;
    };
    hadath::testing::PieceText random(12345);
    int invalid = 0;
    for (int round = 0; round < 20000; ++round) {
        // Mostly well-formed text, so that the bad piece falls anywhere in a long run of good ones.
        const std::string text = random.text(pieces, 40, 8, 95);
        const std::size_t expected = icu_first_invalid(text);
        invalid += expected != std::string::npos;
        INFO("text bytes: " << text.size());
        REQUIRE(hadath::utf8::first_invalid(text) == expected);
    }
    CHECK(invalid > 2000);
}
