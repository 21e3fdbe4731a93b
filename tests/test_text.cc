// Tokens and sentences of normalized text, on sentences of the samples and of
// the news corpus (quoted verbatim; the corpus id is given where it comes from).
#include <string>
#include <vector>

#include "extract/normalize.h"
#include "extract/text.h"
#include "tests/test_support.h"

using hadath::NormalizedText;
using hadath::Normalizer;
using hadath::Sentence;
using hadath::Token;
using hadath::TokenKind;

namespace {

struct Analysis {
    std::string original;
    NormalizedText normalized;
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
};

Analysis analyse(std::string original) {
    Analysis a;
    a.original = std::move(original);
    a.normalized = Normalizer::builtin().normalize(a.original);
    a.tokens = hadath::tokenize(a.normalized.text);
    a.sentences = hadath::split_sentences(a.normalized.text, a.tokens);
    return a;
}

// The sentences in their original spelling.
std::vector<std::string> sentences_of(const std::string& original) {
    const Analysis a = analyse(original);
    std::vector<std::string> out;
    for (const Sentence& s : a.sentences) {
        const std::size_t begin = a.normalized.to_original(s.begin);
        const std::size_t end = a.normalized.to_original(s.end);
        out.push_back(a.original.substr(begin, end - begin));
    }
    return out;
}

std::vector<std::string> token_texts(const std::string& original) {
    std::vector<std::string> out;
    for (const Token& token : analyse(original).tokens) out.emplace_back(token.text);
    return out;
}

const Token* find_token(const Analysis& a, std::string_view text) {
    for (const Token& token : a.tokens)
        if (token.text == text) return &token;
    return nullptr;
}

std::size_t sentence_count(const std::string& sample) {
    return analyse(hadath::testing::read_file(hadath::testing::samples_dir() / sample)).sentences.size();
}

// Sentences point at their tokens, in order, without overlap.
void check_sentence_structure(const Analysis& a) {
    std::size_t previous_last = 0;
    for (const Sentence& s : a.sentences) {
        REQUIRE(s.first_token < s.last_token);
        REQUIRE(s.last_token <= a.tokens.size());
        CHECK(s.first_token >= previous_last);
        CHECK(s.begin == a.tokens[s.first_token].begin);
        CHECK(s.end == a.tokens[s.last_token - 1].end);
        previous_last = s.last_token;
    }
}

}  // namespace

TEST_CASE("tokens are words, numbers and punctuation with byte offsets", "[text][tokens]") {
    // samples/astana/000: "في اختتام الجولة الـ20 في أستانا"
    const Analysis a = analyse("الجولة الـ20 في أستانا: \"نوجه");
    REQUIRE(a.normalized.text == "الجوله ال20 في استانا: \"نوجه");
    REQUIRE(a.tokens.size() == 7);
    const std::vector<std::size_t> begins = {0, 13, 20, 25, 37, 39, 40};
    const std::vector<std::size_t> ends = {12, 19, 24, 37, 38, 40, 48};
    const std::vector<TokenKind> kinds = {TokenKind::word, TokenKind::word,        TokenKind::word,
                                          TokenKind::word, TokenKind::punctuation, TokenKind::punctuation,
                                          TokenKind::word};
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
        INFO("token " << i << " '" << a.tokens[i].text << "'");
        CHECK(a.tokens[i].begin == begins[i]);
        CHECK(a.tokens[i].end == ends[i]);
        CHECK(a.tokens[i].kind == kinds[i]);
        CHECK(a.tokens[i].text == std::string_view(a.normalized.text).substr(begins[i], ends[i] - begins[i]));
    }
    // The word with tatweel maps back to its original spelling.
    CHECK(a.original.substr(a.normalized.to_original(13),
                            a.normalized.to_original(19) - a.normalized.to_original(13)) == "الـ20");
}

TEST_CASE("الـ20 is one word, الـ 20 a word and a number", "[text][tokens]") {
    CHECK(token_texts("في اختتام الجولة الـ20 في أستانا") ==
          std::vector<std::string>{"في", "اختتام", "الجوله", "ال20", "في", "استانا"});
    const Analysis joined = analyse("الجولة الـ20");
    REQUIRE(joined.tokens.size() == 2);
    CHECK(joined.tokens[1].kind == TokenKind::word);
    // samples/astana/000: "وكان المشاركون في الجولة الـ 20 لمباحثات أستانا"
    const Analysis apart = analyse("في الجولة الـ 20 لمباحثات أستانا");
    REQUIRE(apart.tokens.size() == 6);
    CHECK(apart.tokens[2].text == "ال");
    CHECK(apart.tokens[3].text == "20");
    CHECK(apart.tokens[3].kind == TokenKind::number);
}

TEST_CASE("numbers with a separator inside are one token", "[text][tokens]") {
    struct Case {
        std::string sentence, number;
    };
    const std::vector<Case> cases = {
        // snn-2015-07-21-0160
        {"نموا بنسبة 5 في المائة، عوض 4.4 في المائة كما كان متوقعا", "4.4"},
        // snn-2015-07-27-0296
        {"نظمت الشركة السعودية للكهرباء يوم الأربعاء الماضي 2015/07/22 حفلات المعايدة", "2015/07/22"},
        // samples/astana/001 and 002
        {"  • 2023/06/21\n  • 4:16 م", "2023/06/21"},
        {"  • 2023/06/21\n  • 4:16 م", "4:16"},
        {"2022.09.01 | 14:46 دمشق", "2022.09.01"},
        {"2022.09.01 | 14:46 دمشق", "14:46"},
        // snn-2015-07-26-0362
        {"يهدف هذا المشروع إلى تجهيز وبناء مساكن الطلبة لتحتوي 1,500 طالباً", "1,500"},
        // snn-2015-07-21-0061
        {"حتى الساعة 5:30 مساء هذا اليوم بلغ (354863) شخصا.", "5:30"},
        // snn-2015-07-21-0106, with a right-to-left mark inside the number
        {"وقع زلزال قوته 5.\u200F7 درجة قرب جزر سليمان", "5.7"},
        // Arabic-Indic digits with the Arabic decimal separator.
        {"بنسبة ٤٫٤ في المائة", "4.4"},
    };
    for (const Case& c : cases) {
        INFO(c.sentence);
        const Analysis a = analyse(c.sentence);
        const Token* token = find_token(a, c.number);
        REQUIRE(token != nullptr);
        CHECK(token->kind == TokenKind::number);
        CHECK(a.sentences.size() == (c.sentence.find('\n') == std::string::npos ? 1u : 2u));
    }
}

TEST_CASE("a year and month with a period is one number", "[text][tokens]") {
    const Analysis a = analyse("2023.06");
    REQUIRE(a.tokens.size() == 1);
    CHECK(a.tokens[0].kind == TokenKind::number);
    CHECK(a.sentences.size() == 1);
}

TEST_CASE("a number at the end of a sentence does not take the period", "[text][tokens]") {
    // samples/astana/003
    const std::string text = "وانضم إليهم العراق ولبنان في أغسطس 2019.";
    CHECK(token_texts(text).back() == ".");
    CHECK(token_texts(text)[token_texts(text).size() - 2] == "2019");
    CHECK(sentences_of(text).size() == 1);
}

TEST_CASE("Arabic and Latin punctuation are single punctuation tokens", "[text][tokens]") {
    // snn-2015-07-21-1625
    const Analysis a = analyse("تشهد اشتباكات في العديد من محاورها ; مما أدى إلى سقوط أعداد كبيرة");
    const Token* semicolon = find_token(a, ";");
    REQUIRE(semicolon != nullptr);
    CHECK(semicolon->kind == TokenKind::punctuation);
    for (const char* mark : {"،", "؛", "؟", "!", ".", ":", "(", ")", "\"", "-"}) {
        const Analysis b = analyse(std::string("سوريا") + mark + "روسيا");
        INFO("mark " << mark);
        REQUIRE(b.tokens.size() == 3);
        CHECK(b.tokens[1].text == mark);
        CHECK(b.tokens[1].kind == TokenKind::punctuation);
    }
}

TEST_CASE("a dash between words is punctuation, not a number", "[text][tokens]") {
    // samples/astana/003 and snn-2015-07-21-0055
    CHECK(token_texts("أستانا – (رياليست عربي): ذكرت") ==
          std::vector<std::string>{"استانا", "-", "(", "رياليست", "عربي", ")", ":", "ذكرت"});
    CHECK(token_texts("ونقل القنيعير – حسب وكالة مأرب - لهادي") ==
          std::vector<std::string>{"ونقل", "القنيعير", "-", "حسب", "وكاله", "مارب", "-", "لهادي"});
}

TEST_CASE("the Arabic comma does not end a sentence", "[text][sentences]") {
    // samples/astana/001
    const std::string text =
        "وأوضح خلال مؤتمر صحفي اليوم، الأربعاء 21 من حزيران، أن الاجتماع المقبل سيعقد في النصف الثاني من العام "
        "الجاري، بمكان يحدد لاحقًا.";
    CHECK(sentences_of(text) == std::vector<std::string>{text});
}

TEST_CASE("the Arabic semicolon ends a sentence", "[text][sentences]") {
    // samples/astana/004
    const std::string text =
        "الاجتماع خرج ببيان فضفاض؛ يخلو من أي حلول ناجعة للأزمة السورية؛ بل يصب جام غضب الحاضرين على المشروع "
        "الديمقراطي في شمال وشرق البلاد؛ ويدعو للهدوء والسلام في شمال غربها.";
    CHECK(sentences_of(text) == std::vector<std::string>{
                                    "الاجتماع خرج ببيان فضفاض؛",
                                    "يخلو من أي حلول ناجعة للأزمة السورية؛",
                                    "بل يصب جام غضب الحاضرين على المشروع الديمقراطي في شمال وشرق البلاد؛",
                                    "ويدعو للهدوء والسلام في شمال غربها.",
                                });
}

TEST_CASE("question and exclamation marks end sentences", "[text][sentences]") {
    // snn-2015-07-21-0172
    CHECK(sentences_of("ثم اكتشفوا فيما بعد أنها لم تبرح بيتها قط! ماذا كانت تفعل؟ لا أحد يدري. كانت تتحاشى الحشود،") ==
          std::vector<std::string>{
              "ثم اكتشفوا فيما بعد أنها لم تبرح بيتها قط!",
              "ماذا كانت تفعل؟",
              "لا أحد يدري.",
              "كانت تتحاشى الحشود،",
          });
    // snn-2015-07-21-0117: the closing guillemet stays with the last sentence.
    CHECK(sentences_of("ونقلت عنه وكالة الصحافة الفرنسية قوله: «من الذي جعل إيران تتوصل إلى توافق مع الولايات "
                       "المتحدة؟ إنها روسيا. لولا روسيا لما كان هناك اتفاق».") ==
          std::vector<std::string>{
              "ونقلت عنه وكالة الصحافة الفرنسية قوله: «من الذي جعل إيران تتوصل إلى توافق مع الولايات المتحدة؟",
              "إنها روسيا.",
              "لولا روسيا لما كان هناك اتفاق».",
          });
    // samples/astana/001: a headline that is a question.
    CHECK(sentences_of("بمشاركة من؟\n\nجرت اجتماعات “أستانة” بمشاركة وفود “الدول الضامنة” (تركيا وروسيا وإيران).") ==
          std::vector<std::string>{
              "بمشاركة من؟",
              "جرت اجتماعات “أستانة” بمشاركة وفود “الدول الضامنة” (تركيا وروسيا وإيران).",
          });
}

TEST_CASE("line breaks between paragraphs end sentences", "[text][sentences]") {
    // samples/astana/000: a headline with no final punctuation, repeated, then the first paragraph.
    const std::string text =
        "كازاخستان تفاجئ روسيا وتعلن إنهاء مسلسل \"محادثات أستانا\" وموسكو ترد\n\n"
        "كازاخستان تفاجئ روسيا وتعلن إنهاء مسلسل \"محادثات أستانا\" وموسكو ترد\n\n"
        "اقترحت كازاخستان الدولة التي استضافت 20 اجتماعاً من محادثات أستانا (العاصمة القديمة لها)، أن يكون "
        "الاجتماع المنتهي أمس هو الأخير حول سوريا بهذه الصيغة.\n";
    const auto sentences = sentences_of(text);
    REQUIRE(sentences.size() == 3);
    CHECK(sentences[0] == "كازاخستان تفاجئ روسيا وتعلن إنهاء مسلسل \"محادثات أستانا\" وموسكو ترد");
    CHECK(sentences[1] == sentences[0]);
    CHECK(sentences[2].rfind("اقترحت كازاخستان", 0) == 0);
}

TEST_CASE("a headline without final punctuation on its own line ends at the line break", "[text][sentences]") {
    // samples/astana/002: one line break only, no blank line.
    CHECK(sentences_of("مسار أستانا\nأشار وزير الخارجية الكازاخستاني إلى أن الدول الضامنة لم تتقدم بعد") ==
          std::vector<std::string>{
              "مسار أستانا",
              "أشار وزير الخارجية الكازاخستاني إلى أن الدول الضامنة لم تتقدم بعد",
          });
    // A CRLF line break splits the same way.
    CHECK(sentences_of("مسار أستانا\r\nأشار وزير الخارجية").size() == 2);
}

TEST_CASE("a period inside a number does not end a sentence", "[text][sentences]") {
    // snn-2015-07-21-0160
    const std::string text =
        "وتوقعت الحكومة أن يحقق الاقتصاد الوطني مع نهاية السنة الحالية نموا بنسبة 5 في المائة، عوض 4.4 في المائة "
        "كما كان متوقعا في قانون المالية (موازنة) 2015، وذلك بفضل تحسن القيمة المضافة للقطاع الفلاحي.";
    CHECK(sentences_of(text) == std::vector<std::string>{text});
    CHECK(sentences_of("2022.09.01 | 14:46 دمشق").size() == 1);
}

TEST_CASE("a one-letter abbreviation does not end a sentence", "[text][sentences]") {
    // snn-2015-07-22-0941
    CHECK(sentences_of("ومتابعة نائبه لشؤون المسجد الحرام د. محمد الخزيم. وأوضح م. سلطان القرشي مدير المشروعات "
                       "أنه تم تركيب المظلات") == std::vector<std::string>{
                                                      "ومتابعة نائبه لشؤون المسجد الحرام د. محمد الخزيم.",
                                                      "وأوضح م. سلطان القرشي مدير المشروعات أنه تم تركيب المظلات",
                                                  });
    // snn-2015-07-21-1115
    CHECK(sentences_of("من ناحيته أوضح الخبير الاجتماعي والنفسي د. محمد عاشور أن داعش فكر تنظيمي منحرف").size() == 1);
}

TEST_CASE("a closing quote after a period stays in the sentence", "[text][sentences]") {
    // snn-2015-07-21-1409
    CHECK(sentences_of("وقال في كلمة أمام جماعة قدامى المحاربين في الحروب الخارجية \"لن يهدأ لنا بال قبل أن نعيد "
                       "مواطنينا الأمريكيين المحتجزين ظلما في إيران.\" وأضاف \"ينبغي إطلاق سراح الصحفي\"") ==
          std::vector<std::string>{
              "وقال في كلمة أمام جماعة قدامى المحاربين في الحروب الخارجية \"لن يهدأ لنا بال قبل أن نعيد مواطنينا "
              "الأمريكيين المحتجزين ظلما في إيران.\"",
              "وأضاف \"ينبغي إطلاق سراح الصحفي\"",
          });
    // snn-2015-07-21-0963: a guillemet.
    CHECK(sentences_of("يصفونها بأنها «فتاة مسكونة بالأرواح تتمتع بقوة داخلية وتغمرها السكينة.» كما تملك مودستي القدرة "
                       "على «سبر أغوار البشر وفهمهم».") ==
          std::vector<std::string>{
              "يصفونها بأنها «فتاة مسكونة بالأرواح تتمتع بقوة داخلية وتغمرها السكينة.»",
              "كما تملك مودستي القدرة على «سبر أغوار البشر وفهمهم».",
          });
    // snn-2015-07-21-1742: a curly quote.
    CHECK(sentences_of("وقالت إحدى الصحف “اليونان في أوشفيتز. شيوبله يسعى إلى هولوكوست في أوروبا.” وقالت صحيفة أخرى إن "
                       "“الألمان يعودون") == std::vector<std::string>{
                                                 "وقالت إحدى الصحف “اليونان في أوشفيتز.",
                                                 "شيوبله يسعى إلى هولوكوست في أوروبا.”",
                                                 "وقالت صحيفة أخرى إن “الألمان يعودون",
                                             });
    // samples/astana/001: the quote closes before the period, as in "... الأخير”."
    CHECK(sentences_of("وقال، “على خلفية التطورات الإيجابية في سوريا مؤخرًا، ندعو لأن يكون هذا الاجتماع هو الأخير في "
                       "مسار أستانة”.\n\nلقاء آخر لنواب وزراء خارجية “الرباعية”") ==
          std::vector<std::string>{
              "وقال، “على خلفية التطورات الإيجابية في سوريا مؤخرًا، ندعو لأن يكون هذا الاجتماع هو الأخير في مسار "
              "أستانة”.",
              "لقاء آخر لنواب وزراء خارجية “الرباعية”",
          });
}

TEST_CASE("a quote that opens the next sentence goes with it", "[text][sentences]") {
    // snn-2015-07-21-0427
    CHECK(sentences_of(
              "ضيفا رئيسيا على موائد جميع الخيام الرمضانية. «الشرق الأوسط» تجولت بين أشهر الخيام لرمضان 2015.") ==
          std::vector<std::string>{
              "ضيفا رئيسيا على موائد جميع الخيام الرمضانية.",
              "«الشرق الأوسط» تجولت بين أشهر الخيام لرمضان 2015.",
          });
    // snn-2015-07-21-0726: a closing quote, the period, then an opening quote.
    CHECK(sentences_of("وقد تم تنفيذ كل هذا التخطيط بشكل جيد للغاية\". \"تحاول الحكومة جعل الصناعة أكثر وعياً للعملية "
                       "الاقتصادية.") == std::vector<std::string>{
                                             "وقد تم تنفيذ كل هذا التخطيط بشكل جيد للغاية\".",
                                             "\"تحاول الحكومة جعل الصناعة أكثر وعياً للعملية الاقتصادية.",
                                         });
}

TEST_CASE("text without words gives no sentence", "[text][sentences]") {
    CHECK(analyse("").tokens.empty());
    CHECK(analyse("").sentences.empty());
    CHECK(analyse(" \n\n ").sentences.empty());
    CHECK(analyse("...\n- !").sentences.empty());
}

TEST_CASE("sentence counts of the samples", "[text][sentences][samples]") {
    // Checked by reading: headlines, date lines and comment lines are sentences of their own.
    CHECK(sentence_count("000_8dd5160a0a9bfbf0.txt") == 26);
    CHECK(sentence_count("001_83198d24877d83e8.txt") == 35);
    CHECK(sentence_count("002_419dc2084f3f1c81.txt") == 22);
    CHECK(sentence_count("003_7087a378d90ed0f8.txt") == 11);
    CHECK(sentence_count("004_631fa335b097e9b7.txt") == 19);
}

TEST_CASE("sentences of sample 003, one by one", "[text][sentences][samples]") {
    const auto sentences =
        sentences_of(hadath::testing::read_file(hadath::testing::samples_dir() / "003_7087a378d90ed0f8.txt"));
    REQUIRE(sentences.size() == 11);
    const std::vector<std::string> starts = {
        "أستانا – (رياليست عربي): ذكرت",
        "وقال نائب وزير الخارجية",
        "وأعرب المشاركون",
        "كما تحدثوا عما",
        "حيث يشير إلى",
        "واستضافت أستانا يومي 20",
        "وحضر المحادثات",
        "وشارك ممثلو الأمم المتحدة",
        "عقدت المفاوضات بشأن سوريا",
        "وعُقدت جميع الاجتماعات",
        "عملت الأمم المتحدة",
    };
    for (std::size_t i = 0; i < starts.size(); ++i) {
        INFO("sentence " << i << ": " << sentences[i]);
        CHECK(sentences[i].rfind(starts[i], 0) == 0);
        CHECK(sentences[i].back() == '.');
    }
    CHECK(sentences[5] == "واستضافت أستانا يومي 20 و21 حزيران / يونيو اجتماعاً دولياً آخر حول سوريا بصيغة أستانا.");
}

TEST_CASE("sentences of every sample point at their tokens", "[text][sentences][samples]") {
    for (const char* sample : {"000_8dd5160a0a9bfbf0.txt", "001_83198d24877d83e8.txt", "002_419dc2084f3f1c81.txt",
                               "003_7087a378d90ed0f8.txt", "004_631fa335b097e9b7.txt"}) {
        INFO(sample);
        const Analysis a = analyse(hadath::testing::read_file(hadath::testing::samples_dir() / sample));
        check_sentence_structure(a);
        for (const Token& token : a.tokens) {
            REQUIRE(token.begin < token.end);
            REQUIRE(token.text == std::string_view(a.normalized.text).substr(token.begin, token.end - token.begin));
        }
    }
}
