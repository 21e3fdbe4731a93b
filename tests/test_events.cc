// Event frames on real sentences (samples/astana/ and the SaudiNewsNet 2015
// corpus): each type, each argument construction, negation and modality.
#include <algorithm>
#include <memory>

#include "extract/events.h"
#include "extract/utf8.h"
#include "tests/event_support.h"

using namespace hadath;
using namespace hadath::testing;

namespace {

// Copies, so that a temporary list of events may be filtered safely.
std::vector<std::shared_ptr<const Event>> of_type(const std::vector<Event>& events, const std::string& type) {
    std::vector<std::shared_ptr<const Event>> found;
    for (const Event& e : events)
        if (e.type == type) found.push_back(std::make_shared<const Event>(e));
    return found;
}

const Actor* with_role(const Event& event, const std::string& role) {
    for (const Actor& a : event.actors)
        if (a.role == role) return &a;
    return nullptr;
}

}  // namespace

TEST_CASE("statement: verb first, the speaker a title and a name", "[events][statement]") {
    // samples/astana/002
    const auto events = extract(
        "وفي تصريحات صحفية، قال وزير الخارجية الكازاخستاني، مختار تلوبيردي، إن \"المفاوضات بشأن سوريا في نور سلطان لا "
        "تنافس منصة جنيف\".",
        "2022-09-01");
    const auto statements = of_type(events, "statement_issued");
    REQUIRE(statements.size() == 1);
    const Actor* speaker = with_role(*statements[0], "speaker");
    REQUIRE(speaker != nullptr);
    CHECK(speaker->kind == "person");
    CHECK(speaker->affiliation == "KAZ");
    CHECK(statements[0]->cameo == "010");
    CHECK(statements[0]->date.value == "2022-09-01");
    CHECK(statements[0]->date.from_publication);
}

TEST_CASE("statement: subject first in a headline, and a headline with a colon", "[events][statement]") {
    // Corpus, 2015-08-09 and 2015-07-26.
    const auto kerry =
        of_type(extract("كيري يؤكد الحاجة إلى المزيد من الحرية في فيتنام", "2015-08-09"), "statement_issued");
    REQUIRE(kerry.size() == 1);
    CHECK(has_actor(*kerry[0], "USA", "speaker"));
    const auto russia = of_type(extract("روسيا: نسعى الى سوق نفطية متوازنة", "2015-07-26"), "statement_issued");
    REQUIRE(russia.size() == 1);
    CHECK(with_role(*russia[0], "speaker")->id == "RUS");
    // Corpus snn-2015-08-09-0314: a market report's lines are figures, not the states' words.
    CHECK(extract("قطر : انخفض المؤشر 1.4% إلى 11610 نقاط.\nالبحرين : استقر المؤشر عند 1333 نقطة.", "2015-08-09")
              .empty());
    // snn-2015-07-24-1065: "إخواني:" (my brothers) opens a sermon; a member word alone is no source.
    CHECK(of_type(extract("إخواني: إن الإقبال الشديد على الطعام والشراب فيه مفاسد دينية ودنيوية.", "2015-07-24"),
                  "statement_issued")
              .empty());
}

TEST_CASE("statement: a dual or plural verb follows its subject closely", "[events][statement][negative]") {
    // Corpus snn-2015-08-02-0025 and snn-2015-08-04-0092: two states, then the dual verb.
    const auto two =
        of_type(extract("وكانت مصر والولايات المتحدة الأمريكية أكدتا دعمهما للحل السياسي في سوريا.", "2015-08-02"),
                "statement_issued");
    REQUIRE_FALSE(two.empty());
    CHECK(has_actor(*two[0], "EGY", "speaker"));
    CHECK_FALSE(of_type(extract("وقال الخبير إن موسكو وواشنطن بالتأكيد قد رأتا في الاتفاق فرصة.", "2015-08-04"),
                        "statement_issued")
                    .empty());
    // Corpus snn-2015-07-31-0752: "ثمنا" is a price here, not "they two praised"; snn-2015-08-03-0161:
    // "وعدا" a promise.
    CHECK(of_type(
              extract("وذكرت تقارير ان فريق العاصمة الايطالية سيدفع نصف مليون يورو ثمنا لإعارة الحارس.", "2015-07-31"),
              "statement_issued")
              .empty());
    CHECK(of_type(extract("وقدم أوباما مشروعه الكبير في مكافحة التغيير المناخي وعدا بتخفيض الانبعاثات.", "2015-08-03"),
                  "statement_issued")
              .empty());
    // Corpus snn-2015-08-02-0224: after one state alone, "ثمنا" is a price again; Kerry alone speaks.
    const auto kerry =
        of_type(extract("قال وزير الخارجية الأمريكي جون كيري إن مصر دفعت ثمنا باهظا لمكافحة التطرف.", "2015-08-02"),
                "statement_issued");
    REQUIRE(kerry.size() == 1);
    CHECK_FALSE(has_actor(*kerry[0], "EGY", "speaker"));
    // Corpus snn-2015-07-23-0939: one named after و joins the subject the verb's pronoun holds.
    const auto together = of_type(extract("وأوضح كارتر أنه والملك سلمان بن عبد العزيز أكدا خلال المحادثات دعمهما "
                                          "العلني للاتفاق.",
                                          "2015-07-23"),
                                  "statement_issued");
    CHECK(std::any_of(together.begin(), together.end(), [](const auto& e) {
        return has_actor(*e, "SAU", "speaker") || has_actor(*e, "king-salman", "speaker");
    }));
}

TEST_CASE("statement: said before the news, repeatedly, earlier or at the time told, has no day",
          "[events][statement][date]") {
    // corpus snn-2015-07-25-0208, snn-2015-07-22-0531, snn-2015-07-22-0089
    for (const auto& [sentence, words] : std::vector<std::pair<std::string, std::string>>{
             {"لكن منظمة الصحة العالمية قالت مرارا إنه ما دام هناك طفل واحد مصاب بشلل الأطفال في أي مكان فإن جميع "
              "أطفال العالم يصبحون عرضة لخطر الإصابة به.",
              "مرارا"},
             {"وكان نتانياهو قد اعتبر من قبل أن الاتفاق يهدد أمن إسرائيل.", "من قبل"},
             {"وكان الجيش السوداني أعلن مرارًا عزمه إنهاء التمرد بحلول الصيف الحالي.", "مرارا"},
             // corpus snn-2015-07-23-0229, snn-2015-07-21-1021: a comma before what was said, or a person's
             // post before a phrase of several words.
             {"وقد أعلنت اليابان في وقت سابق، أن إنتاجها من الصلب الخام انخفض 7 في المائة خلال أيار (مايو) الماضي.",
              "في وقت سابق"},
             {"وذكر وزير الطاقة الروسي في وقت سابق أن أوروبا كانت دائماً تنظر إلى روسيا كشريك إستراتيجي لها.",
              "في وقت سابق"},
             // dev007: كان between a relative and the verb.
             {"وهاجم نائب الوزير الكوري الشمالي بعنف مستشار الأمن القومي الأميركي، جون بولتون، الذي كان تحدّث عن "
              "\"النموذج الليبي\" لجعل كوريا الشمالية خالية من الأسلحة النووية.",
              "كان"},
             // corpus snn-2015-07-21-1827: a phrase right after the verb, the one told after it.
             {"وقالت مؤسسة خيرية إن السلطات الصينية أبلغت في وقت سابق حكوماتهم أن البعض في المجموعة شاهد شرائط.",
              "في وقت سابق"},
             // corpus snn-2015-08-11-0105: a phrase right after the subject, whatever follows it.
             {"ودعا الرئيس الأوغندي يوري موسيفيني في وقت سابق، ورغم توتر العلاقات بين بلاده والسودان الدول "
              "الأفريقية للانسحاب من ميثاق روما.",
              "في وقت سابق"},
             // corpus snn-2015-08-07-0108, snn-2015-08-04-0171: after the name and its post, whose body's words
             // follow the title.
             {"أكد محمد الجدعان رئيس مجلس هيئة السوق المالية السعودية في وقت سابق، أن هناك أهدافا عدة ترمي المملكة "
              "إلى تحقيقها.",
              "في وقت سابق"},
             {"وفي هذا السياق، قال الأمير سعود بن عبد الله بن ثنيان رئيس الهيئة الملكية للجبيل وينبع في وقت سابق «إن "
              "مجموع الاستثمارات التي استقطبتها مدن الهيئة تجاوزت تريليون ريال»",
              "في وقت سابق"},
             // corpus snn-2015-07-21-0829, snn-2015-08-07-0837: set off by a comma or a dash after the speaker.
             {"وقال كلود بيفير، لـ \"الاقتصادية\" في وقت سابق، إنه لا يمكن أن تنتهي الساعات في سويسرا.", "في وقت سابق"},
             {"قال وكيل وزارة الشؤون الإسلامية الشيخ عبدالرحمن بن غنام الغنام -في وقت سابق- \"المملكة العربية "
              "السعودية قادرة\".",
              "في وقت سابق"},
             // corpus snn-2015-08-09-0274: after the name, the post it goes on to (normalized).
             {"إذ أكد المهندس علي النعيمي وزير البترول والثروة المعدنية في أكثر من مرة، أن آليات السوق وليست "
              "القرارات الإدارية هي التي يجب أن تصحح أسعار النفط.",
              "اكثر من مره"},
             // corpus snn-2015-08-11-0277: the phrase right before the verb.
             {"وفي وقت سابق قال ياروسلاف شيبورني وهو متحدث عسكري آخر باسم الحكومة الأوكرانية إن هذا الهجوم يظهر أن "
              "مدينة ماريوبول لا تزال مستهدفة.",
              "وفي وقت سابق"},
             // corpus snn-2015-08-08-1134: a denial the state always makes (normalized).
             {"وينفي الأردن على الدوام صلته بأية أعمال أو جماعات مقاتلة داخل سوريا.", "علي الدوام"},
             // corpus snn-2015-08-06-0092: opening the sentence, set off by a comma.
             {"وفي وقت سابق، أعلن وزير النقل الماليزي أن حطام الطائرة الذي عُثر عليه، جزء من طائرة بوينغ 777.",
              "وفي وقت سابق"},
             // corpus snn-2015-07-23-0203: between the subject and the verb (the words as normalized).
             {"الكاتب كريستوفر هيتشنز ذات مرة وصف والده بأنه من حزب المحافظين.", "ذات مره"},
             // corpus snn-2015-07-24-1073, snn-2015-07-31-0360: at the time the text tells of (normalized).
             {"وقالت الداخلية التونسية آنذاك إن الطويل قدم دعماً لوجيستياً للمجموعة التي نفذت الهجوم.", "انذاك"},
             {"وقالت البحرين حينها إن إيران لا تريد الانخراط بشكل إيجابي وبناء في البحث عن سبل تعزيز الأمن.", "حينها"},
             // corpus snn-2015-07-21-1175, snn-2015-07-24-1866: written in a book (normalized).
             {"وأضحت مارجريت تاتشر زعيمة حزب المحافظين رئيسة للوزراء، وتشير تاتشر في مذكراتها، إلى أن سقوط نظام "
              "الشاه مثَّل ضربة سيئة لسوق النفط العالمي.",
              "في مذكراتها"},
             {"فقد ذكر الأستاذ عبدالعزيز خضر في كتابه (السعودية سيرة مجتمع ودولة) أن الصحوة الإسلامية فرضت على "
              "نفسها عزلة إعلامية اختيارية.",
              "في كتابه"},
             // corpus snn-2015-08-07, snn-2015-08-09: recently, whatever follows (normalized).
             {"اعترفت الحكومة العراقية مؤخرا بتورط مسؤولين كبار في نهب ثروات الدولة.", "موخرا"},
             {"وتركيا العضو في الحلف الأطلسي رفضت مؤخرا المشاركة في عمليات التحالف.", "موخرا"},
             // corpus snn-2015-08-10-0756: what the report adds as background (normalized).
             {"يشار إلى أن وزير الإسكان ماجد الحقيل أكد في حفل الصندوق العقاري على أهمية دور الصندوق في التنمية.",
              "يشار الي ان"}}) {
        const auto statements = of_type(extract(sentence, "2015-07-25"), "statement_issued");
        REQUIRE(statements.size() == 1);
        CHECK(statements[0]->date.value.empty());
        CHECK_FALSE(statements[0]->date.from_publication);
        CHECK(statements[0]->date.text == words);
    }
}

TEST_CASE("meeting and statement: told as background after يذكر أن, in the past, and undated, they have no day",
          "[events][meeting][date]") {
    // corpus snn-2015-08-06-0585: the minister's latest meeting with the council.
    const auto meetings =
        of_type(extract("يذكر أن ماجد الحقيل وزير الإسكان اجتمع مع الدكتور جميل بن جار الله البقعاوي رئيس "
                        "مجلس إدارة الهيئة وعدد من أعضاء مجلس الإدارة، لبحث عدد من المواضيع.",
                        "2015-08-06"),
                "meeting_held");
    REQUIRE(meetings.size() == 1);
    CHECK(meetings[0]->date.value.empty());
    // corpus snn-2015-08-03-0986: consultations held over the past weeks, on no day the text gives.
    const auto consultations =
        of_type(extract("وأكدت هذه المصادر أن المشاورات التي جرت خلال الأسابيع الماضية بين الرئيس الروسي فلاديمير "
                        "بوتين، ونظيره التركي رجب طيب أردوغان، تركزت حول ضرورة القبول ببقاء الأسد.",
                        "2015-08-03"),
                "meeting_held");
    REQUIRE(consultations.size() == 1);
    CHECK(consultations[0]->date.value.empty());
    // dev008: a stance in the present still holds on the day of the news.
    const auto stance =
        of_type(extract("ويذكر أن واشنطن تطالب بيونغ يانغ بنزع سلاحها النووي.", "2018-05-16"), "statement_issued");
    REQUIRE(stance.size() == 1);
    CHECK(stance[0]->date.value == "2018-05-16");
}

TEST_CASE("statement: a day of the clause before a verb joined by و is not the saying's", "[events][statement][date]") {
    // corpus snn-2015-08-11-0786: Sunday is the match's; the coach's hope has no day of its own.
    const auto coach = of_type(extract("وشاهد شاكيري المباراة التي خسرها ستوك على ملعبه امام ليفربول بهدف نظيف أمس "
                                       "الأحد، وأكد مارك هيوز المدير الفني للفريق أنه يأمل في اتمام الصفقة في أسرع "
                                       "وقت.",
                                       "2015-08-11"),
                               "statement_issued");
    REQUIRE(coach.size() == 1);
    CHECK(coach[0]->date.value == "2015-08-11");
    // Its own clause's day still dates it.
    const auto own = of_type(extract("وشاهد شاكيري المباراة، وأكد مارك هيوز المدير الفني للفريق أمس الأحد أنه يأمل "
                                     "في اتمام الصفقة.",
                                     "2015-08-11"),
                             "statement_issued");
    REQUIRE(own.size() == 1);
    CHECK(own[0]->date.value == "2015-08-09");
}

TEST_CASE("statement: a word of before the news in a relative clause after the speaker is that clause's",
          "[events][statement][date]") {
    // corpus snn-2015-07-21: he bought the house recently; he spoke on the day of the news.
    const auto said =
        of_type(extract("كما أوضح مايك برونهولتز الذي اشترى مؤخرا منزل عطلات خاصا به أن الأسعار ارتفعت.", "2015-07-21"),
                "statement_issued");
    REQUIRE(said.size() == 1);
    CHECK(said[0]->date.value == "2015-07-21");
}

TEST_CASE("statement: a saying recalled in the past before the past is the day's one of its speaker, or has no day",
          "[events][statement][date]") {
    // corpus snn-2015-08-04-0104: "وكانت بريطانيا قالت", no other saying of Britain.
    const auto alone =
        of_type(extract("وكانت بريطانيا قالت إنها ستمدد حملتها ضد داعش في العراق.", "2015-08-04"), "statement_issued");
    REQUIRE(alone.size() == 1);
    CHECK(alone[0]->date.value.empty());
    CHECK(alone[0]->date.text == "وكانت");
    // dev006: the article reports the same speaker's saying with its day.
    const auto recap = of_type(extract("وقال ترامب في تغريدة على تويتر يوم الأحد إن الهجوم مروع.\n"
                                       "وكان الرئيس الأميركي دونالد ترامب قد قال إن الرئيس السوري سيدفع ثمنا باهظا.",
                                       "2018-04-09"),
                               "statement_issued");
    REQUIRE(recap.size() == 2);
    CHECK(recap[0]->date.value == "2018-04-08");
    CHECK(recap[1]->date.value == "2018-04-08");
    // corpus snn-2015-07-31-0375: a saying the article does not date is no day of the recalled one.
    const auto earlier = of_type(extract("وكان برنامج الغذاء العالمي قد أعلن أنه سيوقف المساعدات للاجئين السوريين في "
                                         "بداية شهر أغسطس المقبل.\n"
                                         "وأشار برنامج الغذاء العالمي إلى أن حصة الأردن من هذا المبلغ تقدر بنحو 21.3 "
                                         "مليون دولار.",
                                         "2015-07-31"),
                                 "statement_issued");
    REQUIRE(earlier.size() == 2);
    CHECK(earlier[0]->date.value.empty());
    CHECK(earlier[1]->date.value == "2015-07-31");
}

TEST_CASE("statement: كان before the noun whose complement names the speaker recalls the saying",
          "[events][statement][date]") {
    // corpus snn-2015-08-06-0641: the Bank of France's forecast, before the news.
    const auto bank =
        of_type(extract("وكان بنك فرنسا المركزي توقع نمو اقتصاد البلاد 0.2 في المائة خلال الربع الثاني.", "2015-08-06"),
                "statement_issued");
    REQUIRE(bank.size() == 1);
    CHECK(bank[0]->date.value.empty());
    // corpus snn-2015-08-06-3099: كان tells who was there to receive them; he welcomed them that day.
    const auto host = of_type(extract("وانتقل الوفد إلى مقر النادي وكان في استقبالهم مدير تعليم الرياض المكلف حمد "
                                      "الشنيبر الذي رحّب بأبنائه سفراء الحزم.",
                                      "2015-08-06"),
                              "statement_issued");
    REQUIRE(host.size() == 1);
    CHECK(host[0]->date.value == "2015-08-06");
}

TEST_CASE("statement: earlier in the period named right after the words is dated by that period",
          "[events][statement][date]") {
    // corpus snn-2015-07-21-2239: "earlier this month".
    const auto statements = of_type(extract("وكانت الولايات المتحدة قد ذكرت في وقت سابق من الشهر الجاري إنها كثفت "
                                            "حملة جوية ضد تنظيم داعش في سوريا.",
                                            "2015-07-21"),
                                    "statement_issued");
    REQUIRE(statements.size() == 1);
    CHECK(statements[0]->date.value == "2015-07");
    CHECK(statements[0]->date.precision == "month");
}

TEST_CASE("statement: a stance taken always or often or a time told right before the verb has no day",
          "[events][statement][date]") {
    // corpus snn-2015-07-24-0061, snn-2015-07-25-1191, snn-2015-07-24-0794, snn-2015-08-02-0344 (words as
    // normalized)
    for (const auto& [sentence, words] : std::vector<std::pair<std::string, std::string>>{
             {"ولطالما نفت انقرة قطعيا هذه الاتهامات.", "ولطالما"},
             {"وعادة ما تتهم البحرين إيران بالسعي وراء عمليات تخريبية بالمملكة.", "وعاده ما"},
             // corpus snn-2015-07-25-0167, snn-2015-08-10-1415: some days, weeks or months before the news.
             {"وقبل أيام أعلنت بريطانيا عن مساهمتها بمبلغ 6 مليارات جنيه إسترليني في تمويل مشروعات صندوق الخطة "
              "الأوروبية الاستراتيجية للاستثمارات.",
              "وقبل ايام"},
             {"قبل بضعة أشهر صرح الأمير تركي الفيصل بأن المملكة ستمتلك السلاح النووي بذات القدر الذي ستمتلكه إيران.",
              "قبل بضعه اشهر"},
             // corpus snn-2015-08-09-0051: seldom is as habitual as often.
             {"ونادرا ما تعترف طالبان بالهجمات التي يسقط خلالها عدد كبير من المدنيين.", "ونادرا ما"},
             {"وحينها أكد زكي الصالح، مدير المنتخب السعودي، أن المشكلة بين اللاعبين سببها خلاف في وجهات النظر.",
              "وحينها"},
             {"وفي تصريحات سابقة قال راجح بادي الناطق الرسمي باسم الحكومة اليمنية إن عدن ستكون مقرا لإقامة الوزراء.",
              "وفي تصريحات سابقه"}}) {
        const auto statements = of_type(extract(sentence, "2015-07-25"), "statement_issued");
        REQUIRE(statements.size() == 1);
        CHECK(statements[0]->date.value.empty());
        CHECK_FALSE(statements[0]->date.from_publication);
        CHECK(statements[0]->date.text == words);
    }
    // corpus snn-2015-07-26-1365: after the verb, "غالبا ما" opens a clause of its own; the warning is of the day.
    const auto warning = of_type(extract("وحذر يوسف الرميح من وظائف غالبا ما يكون ظاهرها الرحمة وباطنها التحريض "
                                         "والتفكير الإرهابي وتجنيد الشباب.",
                                         "2015-07-26"),
                                 "statement_issued");
    REQUIRE(warning.size() == 1);
    CHECK(warning[0]->date.value == "2015-07-26");
}

TEST_CASE("statement: right after أنه the pronoun is the subject and the one named after the verb its object",
          "[events][statement]") {
    // Corpus snn-2015-08-06-1638, snn-2015-08-09-0961: the speaker says that he called on or told the other.
    for (const auto& [sentence, speaker, told] : std::vector<std::tuple<std::string, std::string, std::string>>{
             {"قال وزير الداخلية الفرنسي برنار كازنوف إنه دعا بريطانيا لتقديم دعم أكبر لتفكيك شبكات الهجرة غير "
              "القانونية.",
              "كازنوف", "GBR"},
             {"وقال لافروف في التصريحات التي نشرت اليوم إنه أبلغ كيري بان ثمة مخاطر كبرى بان تصيب الضربات الجوية "
              "في سوريا أهدافا خاطئة.",
              "لافروف", "john-kerry"}}) {
        INFO(sentence);
        const auto statements = of_type(extract(sentence, "2015-08-06"), "statement_issued");
        REQUIRE_FALSE(statements.empty());
        for (const auto& statement : statements) {
            CHECK_FALSE(has_actor(*statement, told, "speaker"));
            CHECK(std::any_of(statement->actors.begin(), statement->actors.end(), [&](const Actor& a) {
                return a.role == "speaker" && a.name_ar.find(speaker) != std::string::npos;
            }));
        }
    }
}

TEST_CASE("statement: after a topic opened with أما the verb with ف is the topic's", "[events][statement]") {
    // Corpus snn-2015-08-01-0877: the person the topic names, not the one who spoke before.
    const auto abbas =
        of_type(extract("وأعرب نتنياهو عن صدمته من الهجوم الوحشي. أما الرئيس الفلسطيني، محمود عباس، فقال "
                        "إن هذا النوع من الهجمات سيستمر طالما ظلت المستوطنات قائمة.",
                        "2015-08-01"),
                "statement_issued");
    REQUIRE(abbas.size() == 2);
    CHECK(has_actor(*abbas[1], "mahmoud-abbas", "speaker"));
    // Corpus snn-2015-07-26-0141: a topic named by no lexicon is no one's who spoke before.
    const auto unknown =
        of_type(extract("وقال رئيس الائتلاف السوري المعارض خالد خوجة إن المعارضة موحدة. أما خلف داهود، عضو المكتب "
                        "التنفيذي لهيئة التنسيق، فقال إن قوى المعارضة اجتمعت من أجل حل سياسي.",
                        "2015-07-26"),
                "statement_issued");
    CHECK(unknown.size() == 1);
    // Corpus snn-2015-07-23-0152: a topic that is a matter goes on with the one who spoke before.
    const auto matter = of_type(
        extract("وقال طلعت حافظ الأمين العام للجنة الإعلام والتوعية المصرفية في المصارف السعودية إن نسبة الزيادة في "
                "التمويل الاستهلاكي بلغت 6.8 في المائة. أما فيما يتعلق بقروض البطاقات الائتمانية، فقد ذكر أن من "
                "بين الأسباب التي ساعدت على نموه تحول المجتمع السعودي عن استخدام النقد.",
                "2015-07-23"),
        "statement_issued");
    REQUIRE(matter.size() == 2);
    CHECK(matter[0]->actors.front().id == matter[1]->actors.front().id);
    // Corpus snn-2015-08-06-2982: "ساما" is no أما with the future س; the one received is named.
    const auto received = of_type(
        extract("إلى ذلك، استقبل محافظ مؤسسة النقد العربي السعودي «ساما» الدكتور فهد بن عبدالله المبارك في مكتبه "
                "بالمؤسسة أمس، وزير الإسكان ماجد بن عبدالله الحقيل، حيث ناقشا سبل تعزيز التنسيق.",
                "2015-08-06"),
        "meeting_held");
    REQUIRE(received.size() == 1);
    CHECK(std::any_of(received[0]->actors.begin(), received[0]->actors.end(),
                      [](const Actor& a) { return a.name_ar.find("الحقيل") != std::string::npos; }));
}

TEST_CASE("statement: one said in an earlier statement, after the speaker's post, has no day",
          "[events][statement][date]") {
    // corpus snn-2015-08-10-0740, snn-2015-07-26 (Nabil Elaraby)
    for (const std::string sentence :
         {"وأبان أسعد سعود الناطق الإعلامي لصحة الشرقية في تصريح سابق لـ\"الرياض\" بأن إجراءات التحقيق الخاصة "
          "بقضية الطفلة تمت مباشرتها بعد استلام الشكوى.",
          "وكان الأمين العام للجامعة العربية الدكتور نبيل العربي أكد في تصريح سابق أن الجامعة تدعم الحل السياسي."}) {
        const auto statements = of_type(extract(sentence, "2015-08-10"), "statement_issued");
        REQUIRE(statements.size() == 1);
        CHECK(statements[0]->date.value.empty());
        CHECK_FALSE(statements[0]->date.from_publication);
    }
    // A statement to an outlet today is dated.
    const auto today =
        of_type(extract("وأبان أسعد سعود الناطق الإعلامي لصحة الشرقية في تصريح لـ\"الرياض\" بأن إجراءات التحقيق "
                        "تمت مباشرتها.",
                        "2015-08-10"),
                "statement_issued");
    REQUIRE(today.size() == 1);
    CHECK_FALSE(today[0]->date.value.empty());
}

TEST_CASE("statement: a stance held for long has no day, not even one further on", "[events][statement][date]") {
    // corpus snn-2015-07-30 (Turkey) and snn-2015-08-03 (Morocco: "اجتذاب الاثنين" is "attract both").
    for (const std::string sentence :
         {"وتدعو تركيا منذ فترة طويلة الى إقامة منطقة حظر طيران في شمال سوريا لإبعاد تنظيم الدولة الإسلامية.",
          "وكان المغرب يرفض منذ وقت طويل الفكرة لكن السوق المالية في البلاد تفتقر إلى السيولة والمستثمرين الأجانب "
          "وقد يساعد التمويل الإسلامي على اجتذاب الاثنين."}) {
        const auto statements = of_type(extract(sentence, "2015-08-03"), "statement_issued");
        REQUIRE(statements.size() == 1);
        CHECK(statements[0]->date.value.empty());
        CHECK_FALSE(statements[0]->date.from_publication);
    }
}

TEST_CASE("statement: one who has died spoke before the news: a statement only on a day the sentence gives",
          "[events][statement][date]") {
    // corpus snn-2015-07-25 (al-Hasan al-Basri), snn-2015-08-11 (a tweet), snn-2015-08-10 (Tawfiq al-Hakim)
    for (const std::string sentence :
         {"فقد قال الحسن البصري ــ رحمه الله: (ما استقصى كريم قط).",
          "غرّد سعود الدوسري - رحمه الله - في آخر أيامه قائلاً: «ليس مهماً أن يكون في جيبك قرآن».",
          "غير أن رصيد الحكمة الذي يتجاوز سبعة آلاف سنة والكامن تحت الجلد المصري كما يقول الكاتب الكبير الراحل "
          "توفيق الحكيم، أرشد عقولاً مصرية بذاتها سواء السبيل.",
          // corpus snn-2015-08-08-0543, snn-2015-07-25-0466: the Prophet's companions.
          "يقول عمر بن الخطاب، رضي الله عنه: لاشيء يرفع الإنسان مثل قولهم عنه أنه ذكي لمّاح.",
          "وقالت السيدة عائشة أم المؤمنين رضي الله عنها: «كان آخر ما عهد رسول الله عليه الصلاة والسلام»."}) {
        // "غرّد ... قائلا": the participle goes on with the same saying, and is no statement either.
        CHECK(of_type(extract(sentence, "2015-08-10"), "statement_issued").empty());
    }
    // corpus snn-2015-08-0x: the day the sentence gives stays.
    const auto dated = of_type(extract("لم يجد الرئيس الأميركي باراك أوباما بدا من موافقة ما قاله الأمير الراحل سعود "
                                       "الفيصل، في مجلس العلاقات الخارجية بواشنطن في سبتمبر 2005، من أن واشنطن سلمت "
                                       "العراق لإيران.",
                                       "2015-08-04"),
                               "statement_issued");
    REQUIRE_FALSE(dated.empty());
    CHECK(dated.back()->date.value == "2005-09");
    // corpus snn-2015-08-11-0943: the blessing after the name is none of it.
    const auto companion =
        of_type(extract("عند ذلك قال حذيفة رضي الله عنه: فما تأمرني إن أدركني ذلك؟", "2015-08-11"), "statement_issued");
    for (const auto& statement : companion)
        for (const auto& actor : statement->actors) CHECK(actor.name_ar.find("رضي") == std::string::npos);
    // The one speaking of the dead is alive: his words are of the day.
    const auto of_the_dead =
        of_type(extract("من جانبه، أكد وزير الثقافة المصري الدكتور عبدالواحد النبوي أن الراحل واحد "
                        "من أهم صناع السينما المصرية.",
                        "2015-07-25"),
                "statement_issued");
    REQUIRE(of_the_dead.size() == 1);
    CHECK(of_the_dead[0]->date.value == "2015-07-25");
}

TEST_CASE("statement: one named before with words for the dead spoke before the news", "[events][statement][date]") {
    // Corpus snn-2015-07-24-1433: "سموه" is the late Prince Nayef, named two sentences before.
    CHECK(of_type(extract("فجاء الرد سريعا بتوقيع الأمير نايف بن عبدالعزيز يرحمه الله وزير الداخلية. "
                          "وأكد سموه أن الجمعية ستحظى بالدعم.",
                          "2015-07-24"),
                  "statement_issued")
              .empty());
    // Corpus snn-2015-07-24-0157: the words for the dead are King Abdulaziz's, not the prince's named
    // after a name that ends in his.
    const auto alive = of_type(
        extract("استقبل الملك سلمان اليوم الأمير عبدالله بن مساعد بن عبدالعزيز الرئيس العام لرعاية الشباب. وقال إن "
                "دولتكم منذ أن أسسها الملك عبدالعزيز ـ رحمه الله ـ تسير في طريق النمو. وأكد سموه أنهم يستشعرون حجم "
                "المسؤولية.",
                "2015-07-24"),
        "statement_issued");
    REQUIRE_FALSE(alive.empty());
    CHECK(alive.back()->date.value == "2015-07-24");
}

TEST_CASE("statement: what someone had already said (سبق ل... أن) is theirs, before the news",
          "[events][statement][date]") {
    // dev029, corpus snn-2015-08-11-0178, snn-2015-07-22-0079
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"وسبق لترمب أن أكد أن عودة الرجال الثلاثة أولوية بالنسبة إلى إدارته.", "donald-trump"},
        {"وسبق لوزارة السياحة والآثار العراقية أن أعلنت عن وصول أول مشفى إيطالي لمعالجة المخطوطات النادرة.", "IRQ"},
        {"وسبق أن أكد جان كلود يونكر رئيس المفوضية الأوروبية، أن دول الاتحاد تصرف كل عام ما يصل إلى أربعمائة مليار "
         "يورو لشراء منتجات الطاقة المختلفة من الخارج.",
         "jean-claude-juncker"}};
    for (const auto& [sentence, speaker] : cases) {
        const auto statements = of_type(extract(sentence, "2018-05-03"), "statement_issued");
        REQUIRE(statements.size() == 1);
        CHECK(with_role(*statements[0], "speaker")->id == speaker);
        CHECK(statements[0]->date.value.empty());
        CHECK(statements[0]->date.text == "وسبق");
    }
}

TEST_CASE("statement: a former post does not place the saying before the news", "[events][statement][date][negative]") {
    // corpus snn-2015-08-07-1271: "سابقاً" after the post is the post's.
    const auto former = of_type(extract("وقال اللواء الدكتور صالح فارس الزهراني عضو مجلس الشورى سابقاً: \"ان هذا العمل "
                                        "الارهابي الجبان لا يمكن الا ان يزيد قوات الامن تصميما\".",
                                        "2015-08-07"),
                                "statement_issued");
    REQUIRE(former.size() == 1);
    CHECK(former[0]->date.value == "2015-08-07");
}

TEST_CASE("statement: a verb of the plural holds its subject, the one named after it is its object",
          "[events][statement][negative]") {
    // dev013 and corpus snn-2015-07-26-1426: Kerry and the minister are the ones called on.
    for (const auto& [sentence, object] : std::vector<std::pair<std::string, std::string>>{
             {"إلى ذلك، قالت مصادر خيلجية لـ«عكاظ» إن وزراء خارجية الخليج سيطالبون كيري بتقديم توضيحات حول الاتفاق "
              "النووي الإيراني.",
              "john-kerry"},
             {"كشفت ابنة المعلمة المتوفاة في جامعة تبوك أنهم طالبوا وزير التعليم عزام الدخيل، بتشكيل لجنة للتحقيق في "
              "تغيير رغباتها.",
              "SAU"}}) {
        const auto statements = of_type(extract(sentence, "2015-08-03"), "statement_issued");
        CHECK(std::none_of(statements.begin(), statements.end(), [&](const auto& statement) {
            const Actor* speaker = with_role(*statement, "speaker");
            return speaker && (speaker->id == object || speaker->affiliation == object);
        }));
    }
}

TEST_CASE("statement: a verb never takes the article, with it the word is a noun", "[events][statement][negative]") {
    // corpus snn-2015-08-04-1011: "الطالب" is a student, not "طالب" (demanded).
    CHECK(of_type(extract("وانطلقت فقرات الحفل بكلمة ترحيبية القاها مقدم الحفل الطالب سليم حجاي، نيابة عن البيت "
                          "السعودي والنادي السعودي شكر فيها الحضور.",
                          "2015-08-04"),
                  "statement_issued")
              .empty());
    // corpus snn-2015-07-24-0760: the verb itself, تطرق (addressed), is a verb of saying.
    const auto addressed = of_type(extract("وتطرق وزير الخارجية المصري إلى أن السعودية ومصر تربطهما علاقات "
                                           "استراتيجية وثيقة تصب في مصلحة البلدين.",
                                           "2015-07-24"),
                                   "statement_issued");
    REQUIRE(addressed.size() == 1);
    CHECK(with_role(*addressed[0], "speaker")->affiliation == "EGY");
}

TEST_CASE("statement: رد is a verb of saying only as a verb, ردا, رده and الرد are the noun",
          "[events][statement][negative]") {
    // corpus snn-2015-07-21-0027: the dual "ردتا" is the verb.
    const auto replied =
        of_type(extract("واكدت المنظمة ان وزارة الدفاع والجيش الاسرائيلي ردتا على الاتهامات، واكدتا ان "
                        "\"المسؤولين الامنيين التزموا بالقانون في كافة الحالات\".",
                        "2015-07-21"),
                "statement_issued");
    REQUIRE(!replied.empty());
    CHECK(with_role(*replied[0], "speaker")->id == "ISR");
    // corpus snn-2015-08-07-1305: "رداً على سؤال" (in reply to a question) ends the speaker's name.
    const auto in_reply = of_type(extract("وقال المتحدث باسم وزارة الخارجية الأمريكية مارك تونر رداً على سؤال لأحد "
                                          "الصحفيين في الموجز الصحفي اليومي اليوم : إنه بما أن ميليشيا الحوثيين شنوا "
                                          "هجمات عبر الحدود اليمنية فإن للمملكة حق الرد بالقوة على مثل هذا التهديد.",
                                          "2015-08-07"),
                                  "statement_issued");
    REQUIRE(in_reply.size() == 1);
    CHECK(with_role(*in_reply[0], "speaker")->name_ar == "مارك تونر");
    // corpus snn-2015-07-26-0734, snn-2015-08-08-0065: "وردها" (what reached it), "الرد" (the reply).
    for (const char* sentence :
         {"فإن الهيئة تود الإيضاح أنه بناءً على ما وردها من معلومات من وزارة الصحة، فقد قامت الهيئة بالتنسيق مع "
          "الجهة المختصة.",
          "البرلمان السابق لم يقرر بعد كيفية الرد على دعوة ليون لعقد جولة الحوار."}) {
        INFO(sentence);
        CHECK(of_type(extract(sentence, "2015-08-08"), "statement_issued").empty());
    }
    // snn-2015-08-09-1033: "ورد فعل" is a reaction, no reply of the group.
    for (const auto& statement :
         of_type(extract("وأضاف الكاتب أن داعش عدو مركّب يحمل غلواً ذاتيا ورد فعل لواقع سياسي عربي وطغيان غربي وايراني.",
                         "2015-08-09"),
                 "statement_issued"))
        CHECK_FALSE(has_actor(*statement, "ISIL", "speaker"));
    // corpus snn-2015-07-23-0828, snn-2015-08-07 (Gaza): a reply by force is an attack, no statement.
    for (const char* sentence :
         {"ردت القوات المسلحة السعودية وحرس الحدود بقصف عنيف على مصادر إطلاق النار بالأراضي اليمنية.",
          "فقد أطلقت جماعة فلسطينية متطرفة صاروخا من غزة على جنوب إسرائيل رد عليه الجيش الإسرائيلي بغارة على أحد "
          "مواقع حركة حماس.",
          // corpus snn-2015-07-25, snn-2015-08-01: fire returned, attacks in revenge.
          "من جانبها ردت القوات المسلحة السعودية على مصدر النيران وبقوة عبر طائرات الأباتشي والمدفعية.",
          "وعلى أثر الهجوم، رد حزب العمال الكردستاني بعمليات انتقامية ضدّ السلطات المركزية."}) {
        INFO(sentence);
        CHECK(of_type(extract(sentence, "2015-07-23"), "statement_issued").empty());
    }
}

TEST_CASE("statement: an office in a state is that state's, even in an article naming another more",
          "[events][statement]") {
    // corpus snn-2015-07-26-0557 (its headline names Iran, and the sentence names it again), snn-2015-07-24-0738.
    struct Case {
        const char* text;
        const char* date;
        std::size_t statements;  // the headline of the first is a statement of its own
        const char* state;
    };
    for (const Case& c : {Case{"البحرين تعلن إحباط محاولة لتهريب أسلحة من إيران\n"
                               "قالت وزارة الداخلية في البحرين أمس السبت إن السلطات أحبطت محاولة لتهريب أسلحة عن "
                               "طريق اثنين من مواطنيها على علاقة بإيران.",
                               "2015-07-26", 2, "BHR"},
                          Case{"أعلنت وزارة الدفاع في العراق انتهاء أول مرحلة من مراحل عملية استعادة الأنبار من "
                               "سيطرة تنظيم داعش بنجاح.",
                               "2015-07-24", 1, "IRQ"}}) {
        INFO(c.text);
        const auto said = of_type(extract(c.text, c.date), "statement_issued");
        REQUIRE(said.size() == c.statements);
        CHECK(has_actor(*said.back(), c.state, "speaker"));
    }
}

TEST_CASE("statement: the matter a post deals with, after في, stands between the post and the holder's name",
          "[events][statement]") {
    // corpus snn-2015-07-25-0038, snn-2015-07-21-2102, snn-2015-07-31-1303.
    for (const auto& [sentence, surname] : std::vector<std::pair<std::string, std::string>>{
             {"قال كبير المفاوضين الإيرانيين في الملف النووي عباس عراقجي اليوم الأربعاء إن بلاده لن تقبل إعادة فرض "
              "العقوبات.",
              "عراقجي"},
             {"وفي محافظة الضالع، قال القيادي في المقاومة الشعبية عادل أبو بكر: إن المقاومة ستلاحق مسلحي الحوثي.",
              "بكر"},
             {"قال الخبير في الشؤون السياسية تامر الزيادي: \"مشاركة وزير الدفاع السعودي في حفل التخريج مهمة\".",
              "الزيادي"}}) {
        INFO(sentence);
        const auto statements = of_type(extract(sentence, "2015-07-25"), "statement_issued");
        REQUIRE(statements.size() == 1);
        const Actor* speaker = with_role(*statements[0], "speaker");
        REQUIRE(speaker != nullptr);
        CHECK(speaker->kind == "person");
        CHECK(speaker->name_ar.find(surname) != std::string::npos);
    }
    // Before a place, في tells where he is, and the one named after it is the one he met.
    const auto met = of_type(
        extract("التقى وزير الخارجية الأمريكي في الرياض أمس نظيره السعودي عادل الجبير.", "2015-07-25"), "meeting_held");
    REQUIRE(met.size() == 1);
    CHECK(has_actor(*met[0], "adel-al-jubeir", "participant"));
    CHECK(has_actor(*met[0], "john-kerry", "participant"));
}

TEST_CASE("statement: معاليه stands for the last one named whom it may address, no king or prince",
          "[events][statement]") {
    // corpus snn-2015-08-11-1665: the prince is named after the minister; "معاليه" is still the minister.
    const auto said = of_type(extract("وقال معالي وزير الخارجية الأستاذ عادل الجبير إن زيارة صاحب السمو الملكي الأمير "
                                      "محمد بن سلمان بن عبدالعزيز ولي ولي العهد لموسكو وضعت الأسس للعلاقات المستقبلية "
                                      "بين البلدين.\nوفيما يتعلق بالعلاقات الاقتصادية بين المملكة وروسيا، أكد معاليه "
                                      "أنها لا تتماشى مع حجم البلدين ومكانتهما.",
                                      "2015-08-11"),
                              "statement_issued");
    REQUIRE(said.size() == 2);
    for (const auto& statement : said) CHECK(with_role(*statement, "speaker")->id == "adel-al-jubeir");
}

TEST_CASE("statement: a post written for a woman stands for no man named before with it, and for a woman",
          "[events][statement]") {
    // Corpus snn-2015-08-11-0945: the director of a girls' education office is not the director general
    // of the region named before.
    const auto said = of_type(extract("\"الوطن\" اتصلت بالمدير العام لتعليم عسير جلوي آل كركمان، وأرسلت إليه عدة رسائل "
                                      "نصية على جواله الخاص للتعليق على خطة الإدارة.\nمن جانبه، أكد مصدر مسؤول بمكتب "
                                      "التربية والتعليم بظهران الجنوب لـ\"الوطن\" أنه لم تصلهم أي خطة للبدائل "
                                      "التعليمية، فيما أكدت مديرة مكتب التربية والتعليم بظهران الجنوب ثبته الوادعي عدم "
                                      "وصول خطة لبدء العام الدراسي في مدارس البنات الحدودية بظهران الجنوب.",
                                      "2015-08-11"),
                              "statement_issued");
    for (const auto& statement : said) CHECK(with_role(*statement, "speaker")->name_ar != "جلوي آل كركمان");
    // Corpus snn-2015-07-23-0087: "الوزيرة" is the minister named before with her post after her name.
    const auto minister = of_type(extract("قالت كومبا با، وزيرة الشباب والرياضة الموريتانية، في اجتماع عقدته مع عدد من "
                                          "نظرائها الأفارقة على هامش الملتقى أمس، إن «التظاهرة التي شهدتها نواكشوط "
                                          "أسست لخلق احتكاك».\nوأضافت الوزيرة أن «عدد المشاركين في الملتقى وصل إلى 350 "
                                          "مشاركاً».",
                                          "2015-07-23"),
                                  "statement_issued");
    REQUIRE(minister.size() == 2);
    CHECK(with_role(*minister[1], "speaker")->name_ar == "كومبا با");
}

TEST_CASE("agreement: reaching one, as a verbal noun written with the article", "[events][agreement]") {
    // corpus snn-2015-07-21-0723
    const auto agreements = of_type(extract("أسفرت المفاوضات بين إيران و\"مجموعة الخمسة زائد واحد\" عن التوصل أخيراً "
                                            "إلى اتفاق بشأن برنامج طهران النووي.",
                                            "2015-07-21"),
                                    "agreement");
    REQUIRE(agreements.size() == 1);
    CHECK(has_actor(*agreements[0], "IRN", "participant"));
    CHECK(has_actor(*agreements[0], "USA", "participant"));
}

TEST_CASE("the post of several states' ministers names each state", "[events][agreement][meeting]") {
    // Corpus snn-2015-08-06-2363: the foreign ministers of Syria and of Oman agree.
    const auto agreed = of_type(extract("واتفق وزيرا خارجية سوريا وعمان على أن الوقت حان لتوحيد “الجهود البناءة” "
                                        "لإنهاء الأزمة السورية.",
                                        "2015-08-06"),
                                "agreement");
    REQUIRE(agreed.size() == 1);
    CHECK(has_actor(*agreed[0], "SYR", "participant"));
    CHECK(has_actor(*agreed[0], "OMN", "participant"));
    // Corpus snn-2015-07-21-2425: where an ambassador serves, after لدى, is one post's.
    const auto said = of_type(extract("طمأن سفير خادم الحرمين الشريفين لدى أستراليا ونيوزيلاندا نبيل بن محمد آل صالح، "
                                      "الجميع على سلامة المواطنين السعوديين والطلاب في أستراليا.",
                                      "2015-07-21"),
                              "statement_issued");
    REQUIRE(said.size() == 1);
    CHECK(said[0]->actors.front().kind == "person");
}

TEST_CASE("agreement: named in a relative clause or as a time has its sides after the verb", "[events][agreement]") {
    // Corpus snn-2015-07-21 ff. (Steinmeier in Riyadh), snn-2015-08-11 (Lavrov): the speaker and those
    // he spoke of before the agreement did not conclude it.
    for (const char* sentence :
         {"وأكد شتاينماير تفهمه قلق الرياض ودول الخليج من الاتفاق النووي الذي أبرمته إيران مع دول (5 + 1) مبيناً أن "
          "العقوبات الاقتصادية ضد إيران ستعود بشكل أقوى من ذي قبل.",
          "وتأمل لافروف إلى «حوار بين إيران ودول الخليج بعد توقيع الاتفاق النووي».",
          "وتابع موضحا: «أرى أنه من الطبيعي تماما أن تستأنف فرنسا وإيران علاقات طبيعية أكثر بعد توقيع هذا الاتفاق "
          "التاريخي."}) {
        for (const auto& agreement : of_type(extract(sentence, "2015-08-11"), "agreement")) {
            CHECK_FALSE(has_actor(*agreement, "DEU", "participant"));
            CHECK_FALSE(has_actor(*agreement, "SAU", "participant"));
            CHECK_FALSE(has_actor(*agreement, "RUS", "participant"));
            CHECK_FALSE(has_actor(*agreement, "FRA", "participant"));
        }
    }
    // Corpus snn-2015-07-29 (Mogherini in Tehran): dated after the verb, with its sides after the date.
    const auto signed_then = of_type(extract("وتزامنت هذه المواقف مع زيارة موغيريني لطهران بهدف مناقشة تطبيق الاتفاق "
                                             "النووي الذي وقع في 14 يوليو بين طهران والقوى الست الكبرى، الولايات "
                                             "المتحدة وبريطانيا وفرنسا وروسيا والصين والمانيا.",
                                             "2015-07-29"),
                                     "agreement");
    REQUIRE(signed_then.size() == 1);
    CHECK(has_actor(*signed_then[0], "IRN", "participant"));
    CHECK(has_actor(*signed_then[0], "USA", "participant"));
    CHECK_FALSE(has_actor(*signed_then[0], "EU", "participant"));
    CHECK(signed_then[0]->date.value == "2015-07-14");
    // Corpus snn-2015-07-20: a time named by the signing, undated where the text gives no day of its own.
    const auto signed_before =
        of_type(extract("وغابريال هو اهم مسؤول اوروبي يزور طهران منذ توقيع اتفاق نووي تاريخي بين "
                        "ايران والقوى الكبرى تعارضه اسرائيل.",
                        "2015-07-20"),
                "agreement");
    REQUIRE(signed_before.size() == 1);
    CHECK(has_actor(*signed_before[0], "IRN", "participant"));
    CHECK(signed_before[0]->date.value.empty());
    // Corpus snn-2015-08-03: the sides named before are the subject the relative clause names again.
    const auto both_sides = of_type(extract("وفي سياق الغموض التركي، تلاحظ باريس وجود اختلاف كبير بين واشنطن وأنقرة "
                                            "بشأن «المنطقة الآمنة» التي اتفق عليها الطرفان؛",
                                            "2015-08-03"),
                                    "agreement");
    REQUIRE(both_sides.size() == 1);
    CHECK(has_actor(*both_sides[0], "USA", "participant"));
    CHECK(has_actor(*both_sides[0], "TUR", "participant"));
}

TEST_CASE("statement: another's stance in the present inside the words reported is the reporter's account",
          "[events][statement][negative]") {
    // Corpus snn-2015-08-08-0575 (Ammar Houri on Hezbollah), snn-2015-08-04 (the Houthis' stance as told).
    const auto houri = of_type(extract("وقال عضو كتلة المستقبل النائب عمار حوري: إنّ حزب الله يرى في مكان ما حاجته "
                                       "إلى هذه الحكومة، ولكن في نفس الوقت يريد أن يستعمل هذه الحكومة.",
                                       "2015-08-08"),
                               "statement_issued");
    REQUIRE(houri.size() == 1);
    CHECK_FALSE(has_actor(*houri[0], "LBN-HZB", "speaker"));
    const auto told = of_type(extract("ولفت وزير الخارجية اليمني رياض ياسين إلى أن الحوثيين وحزب المؤتمر يؤكدون على "
                                      "وقف إطلاق النار.",
                                      "2015-08-04"),
                              "statement_issued");
    REQUIRE(told.size() == 1);
    CHECK(told[0]->actors.front().kind == "person");
    // A verb joined by و opens a clause of the text's own: "ويضيف" is a saying of its own.
    const auto added =
        of_type(extract("ويقول أحمد الغامدي صاحب مطعم إن الأسعار ارتفعت هذا العام، ويضيف علي العيدروس أن "
                        "موعد إصدار الأجهزة يجعل المستهلك يؤخر الشراء.",
                        "2015-07-27"),
                "statement_issued");
    CHECK(added.size() == 2);
}

TEST_CASE("statement: a state or body that sees something in the present holds a view",
          "[events][statement][negative]") {
    // Corpus snn-2015-07-26 (the Suez canal), snn-2015-08-08 (Paris on Moscow's plan): no saying of a day.
    for (const char* sentence :
         {"وتستكمل القوات المسلحة أعمال البناء في قناة السويس الجديدة وهو مشروع تراه القاهرة فرصة كبيرة لتحفيز اقتصاد "
          "البلاد.",
          "لكن باريس ترى أن طرح موسكو «ما زال ناقصًا» طالما أنها تترك مصير النظام السوري معلقا."})
        CHECK(of_type(extract(sentence, "2015-08-08"), "statement_issued").empty());
    // A person's view is his saying; so is a state's in the past ("رأت").
    CHECK(of_type(extract("ورأت الخارجية الفرنسية أن طرح موسكو ما زال ناقصا.", "2015-08-08"), "statement_issued")
              .size() == 1);
}

TEST_CASE("meeting held: the OPEC Fund's meeting is not OPEC's", "[events][meeting]") {
    // Corpus snn-2015-07-21, snn-2015-07-22: the OPEC Fund for International Development (OFID) is its own body.
    const auto meetings = of_type(extract("ينطلق اليوم الاجتماع السنوي لوزراء المالية في دول صندوق أوبك للتنمية "
                                          "\"أوفيد\" بمشاركة الدكتور إبراهيم العساف وزير المالية السعودي وذلك في "
                                          "العاصمة النمساوية فيينا.",
                                          "2015-07-21"),
                                  "meeting_held");
    REQUIRE(meetings.size() == 1);
    CHECK(has_actor(*meetings[0], "OFID", "participant"));
    CHECK_FALSE(has_actor(*meetings[0], "OPEC", "participant"));
}

TEST_CASE("statement: the Taliban's leader named after his post is the speaker, not the movement",
          "[events][statement]") {
    // corpus snn-2015-08-01-0154: Akhtar Mansour, leader from July 2015, is in people.tsv.
    const auto call = of_type(extract("دعا زعيم حركة طالبان الجديد الملا أختر منصور في أول رسالة صوتية له بثت اليوم "
                                      "(السبت) إلى «الوحدة» في صفوف حركته.",
                                      "2015-08-01"),
                              "statement_issued");
    REQUIRE(call.size() == 1);
    CHECK(has_actor(*call[0], "akhtar-mansour", "speaker"));
    CHECK(call[0]->date.value == "2015-08-01");
}

TEST_CASE("meeting held: the session of a body's meeting has that body for its party", "[events][meeting]") {
    // dev034: the opening session of the Arab summit; "للقمة" is the summit it opens, not another meeting.
    const auto opening = of_type(extract("انطلقت ظهر اليوم بالعاصمة الموريتانية نواكشوط الجلسة الافتتاحية للقمة "
                                         "العربية التي تبحث أساسا النزاعات في اليمن وسوريا والعراق وليبيا.",
                                         "2016-07-25"),
                                 "meeting_held");
    REQUIRE(opening.size() == 1);
    CHECK(has_actor(*opening[0], "ARL", "participant"));
    CHECK_FALSE(has_actor(*opening[0], "YEM", "participant"));
}

TEST_CASE("statement: a club's fans demanding are not the club", "[events][statement][negative]") {
    // corpus snn-2015-08-07: the fans of al-Ahli demand; the club says nothing.
    CHECK(of_type(extract("وطالبت جماهير النادي الأهلي بإقالة المدرب بعد الخسارة.", "2015-08-07"), "statement_issued")
              .empty());
    // The club's own demand is one.
    CHECK(of_type(extract("وطالب النادي الأهلي بإعادة المباراة.", "2015-08-07"), "statement_issued").size() == 1);
    // Corpus snn-2015-08-02-0133: the fans put first, then their verbs; the club says nothing.
    CHECK(
        of_type(extract("وكانت جماهير النادي الأهلي تغنت بلاعبها الجديد ووصفت التعاقد معه بضربة المعلم.", "2015-08-02"),
                "statement_issued")
            .empty());
    CHECK(of_type(extract("النادي الأهلي وصف التعاقد معه بضربة المعلم.", "2015-08-02"), "statement_issued").size() ==
          1);
}

TEST_CASE("statement: Paris Saint-Germain is a club and the Foreign and Commonwealth Office is Britain's",
          "[events][statement]") {
    // Corpus snn-2015-08-07-0156: the club, not the Paris Club of creditor states.
    const auto club = of_type(extract("أعلن نادي باريس سان جيرمان، حامل لقب الدوري الفرنسي لكرة القدم، عن ضم لاعب "
                                      "الوسط الأرجنتيني الدولي أنخيل دي ماريا رسميا من صفوف مانشستر يونايتد.",
                                      "2015-08-07"),
                              "statement_issued");
    REQUIRE(club.size() == 1);
    CHECK(has_actor(*club[0], "FRA-PSG", "speaker"));
    // Corpus snn-2015-07-31-0494: the British ministry's spokesman, not the Commonwealth of Nations.
    const auto ministry = of_type(
        extract("وفي بيان قدمته السفارة البريطانية في بكين نفى متحدث باسم وزارة الخارجية وشؤون الكومنولث أن يكون "
                "قرار رفض طلب آي منحه تأشيرة ستة أشهر مدفوعا بمخاوف من وجوده في بريطانيا.",
                "2015-07-31"),
        "statement_issued");
    REQUIRE(ministry.size() == 1);
    CHECK(has_actor(*ministry[0], "GBR", "speaker"));
}

TEST_CASE("statement: a region's emir named by his post alone is the holder at the article's date",
          "[events][statement]") {
    // Corpus snn-2015-07-21-0487: "أمير منطقة مكة المكرمة" in 2015 is Khalid al-Faisal, not Saudi Arabia.
    const auto makkah = of_type(
        extract("وحذر أمير منطقة مكة المكرمة من الانسياق وراء الإشاعات التي تهدف إلى زعزعة الأمن.", "2015-07-21"),
        "statement_issued");
    REQUIRE(makkah.size() == 1);
    CHECK(has_actor(*makkah[0], "khalid-al-faisal", "speaker"));
    // Corpus snn-2015-07-22-1564: Tabuk's.
    const auto tabuk =
        of_type(extract("وقال سمو أمير منطقة تبوك إن المنطقة تشهد نهضة تنموية.", "2015-07-22"), "statement_issued");
    REQUIRE(tabuk.size() == 1);
    CHECK(has_actor(*tabuk[0], "fahd-bin-sultan", "speaker"));
    // Corpus snn-2015-07-25-0099: a governorate's governor after the region's emir is not the emir.
    const auto governor = of_type(extract("قدم أمير منطقة مكة المكرمة الأمير خالد الفيصل شكره للجمعية. وقد أشار "
                                          "المحافظ إلى جهود مكتب الدعوة بالقنفذة.",
                                          "2015-07-25"),
                                  "statement_issued");
    for (const auto& event : governor)
        if (event->mentions.at(0).text.find("المحافظ") != std::string::npos)
            CHECK_FALSE(has_actor(*event, "khalid-al-faisal", "speaker"));
}

TEST_CASE("statement: a post named alone in the lead is the one person the text names with it further on",
          "[events][statement]") {
    // Corpus snn-2015-08-02-0160: Aden's governor, named in the second sentence of a long report.
    const std::string report =
        "أعلن محافظ عدن، كبرى مدن الجنوب اليمني، تسجيل إقبال شديد لدى شبان المحافظة للانضمام إلى قوات الأمن.\n"
        "وذكر المحافظ نايف البكري خلال اجتماع حضره عدد من المسؤولين في الحكومة أن الخدمات ستعود.\n"
        "وتعمل فرق الصيانة في الأحياء.\nوعادت الكهرباء إلى بعض المناطق.\nوفتحت المدارس أبوابها.\n"
        "وعادت الأسواق إلى العمل.\nوانتشرت قوات الأمن في الشوارع.\nوعاد عدد من النازحين.\n"
        "وبدأت المستشفيات استقبال المرضى.";
    const auto lead = of_type(extract(report, "2015-08-02"), "statement_issued");
    REQUIRE_FALSE(lead.empty());
    CHECK(has_actor(*lead[0], "nayf-albkry", "speaker"));
    // A head of state the lexicons know heads no council of a city: Taiz's council head is not Hadi.
    const auto council =
        of_type(extract("أكد الرئيس اليمني عبدربه منصور هادي أن الحرب ستنتهي.\nوتعمل فرق الصيانة في الأحياء.\n"
                        "وعادت الكهرباء إلى بعض المناطق.\nوفتحت المدارس أبوابها.\nوعادت الأسواق إلى العمل.\n"
                        "وانتشرت قوات الأمن في الشوارع.\nوعاد عدد من النازحين.\nوبدأت المستشفيات استقبال المرضى.\n"
                        "ودعا رئيس المجلس العسكري بتعز إلى دعم المقاومة.",
                        "2015-07-31"),
                "statement_issued");
    REQUIRE(council.size() == 2);
    CHECK_FALSE(has_actor(*council[1], "abdrabbuh-mansur-hadi", "speaker"));
}

TEST_CASE("meeting: a known name written with the article is not the same words without it",
          "[events][meeting][negative]") {
    // Corpus snn-2015-08-01-0044: a Saudi official, not Jordan's crown prince "الحسين بن عبدالله".
    const auto committee = of_type(
        extract("ترأس مدير عام الشؤون الصحية بمنطقة مكة المكرمة الدكتور مصطفى جميل بلجون، اليوم اجتماع اللجنة، بحضور "
                "المشرف العام على الإدارة العامة للخدمات الصحية للحج والعمرة بوزارة الصحة الدكتور حسين بن عبدالله "
                "غنام والمساعدين.",
                "2015-08-01"),
        "meeting_held");
    for (const auto& meeting : committee) CHECK_FALSE(has_actor(*meeting, "hussein-bin-abdullah", "participant"));
    // Written with it, he is the crown prince.
    const auto received = of_type(
        extract("استقبل الرئيس الفلسطيني محمود عباس ولي العهد الأردني الأمير الحسين بن عبدالله في رام الله أمس.",
                "2015-08-01"),
        "meeting_held");
    REQUIRE(received.size() == 1);
    CHECK(has_actor(*received[0], "hussein-bin-abdullah", "participant"));
}

TEST_CASE("statement: a nationality word quoted right after the verb is no state", "[events][statement][negative]") {
    // Corpus snn-2015-08-10-1497: the astronomer Mulham Hindi, named before, not India.
    CHECK(of_type(extract("وأشار \"هندي\" إلى أنه يفضل رصد هذه الشهب في مناطق بعيدة عن المدن.", "2015-08-10"),
                  "statement_issued")
              .empty());
    // A state's name quoted is still the state.
    const auto state = of_type(extract("وأكدت \"السعودية\" أن الحكومة ستتحرك.", "2015-08-10"), "statement_issued");
    REQUIRE(state.size() == 1);
    CHECK(has_actor(*state[0], "SAU", "speaker"));
}

TEST_CASE("statement: a capital after a plain noun is whose the noun is, no state speaking",
          "[events][statement][negative]") {
    // Corpus snn-2015-08-02-0511, snn-2015-07-31-0568: the Cairo declaration, a legend of Moscow.
    CHECK(of_type(extract("مشيرا إلى أن إعلان القاهرة تطرق إلى أهمية الثقافة والإعلام ودورهما في القضاء على "
                          "جذور الإرهاب.",
                          "2015-08-02"),
                  "statement_issued")
              .empty());
    CHECK(of_type(extract("أسطورة موسكو تقول إن بوريس بيريزوفسكي كان هو حاكم القلة الذي جعل بوتين على رأس السلطة.",
                          "2015-07-31"),
                  "statement_issued")
              .empty());
    // The capital opening the clause, or after كان, is the state.
    for (const char* said : {"القاهرة أعلنت أنها ستفتح باب الحوار.", "وكانت القاهرة قد أعلنت أنها ستفتح باب الحوار."}) {
        const auto state = of_type(extract(said, "2015-07-21"), "statement_issued");
        REQUIRE(state.size() == 1);
        CHECK(has_actor(*state[0], "EGY", "speaker"));
    }
}

TEST_CASE("statement: an unnamed member of a state's body speaks for no state, one of a movement's for it",
          "[events][statement]") {
    // Corpus snn-2015-07-21-0832: a Dutch MP recalling his years as a soldier; not the Netherlands.
    CHECK(of_type(extract("يقول عضو البرلمان الهولندي البالغ من العمر 45 عاماً \"كان الأطفال يولدون، ولم تكن هناك "
                          "أي مراحيض\".",
                          "2015-07-21"),
                  "statement_issued")
              .empty());
    // Named, he speaks; a member of the Free Army's council speaks for it.
    const auto named =
        of_type(extract("وقال عضو البرلمان الهولندي يان مولدر إن الأطفال يعانون.", "2015-07-21"), "statement_issued");
    REQUIRE(named.size() == 1);
    CHECK(has_actor(*named[0], "yan-mwldr", "speaker"));
    const auto council = of_type(
        extract("ورأى عضو مجلس القيادة العسكرية في الجيش الحر أن النظام يتراجع.", "2015-07-31"), "statement_issued");
    REQUIRE(council.size() == 1);
    CHECK(has_actor(*council[0], "FSA", "speaker"));
}

TEST_CASE("statement: a saying of a revered figure of the faith's history is a quotation",
          "[events][statement][negative]") {
    // Corpus snn-2015-07-25-0445, snn-2015-07-31-0614: a column's epigraph, a preacher's quotation.
    for (const char* quoted : {"فاصلة: قال الإمام علي بن أبي طالب كرم الله وجهه: (ألا ما أكثر العبر وما أقل الاعتبار)!",
                               "وقال عليه السلام: \"لأن يأخذ أحدكم حبله فيأتي بحزمة حطب على ظهره فيبيعها\"."})
        CHECK(of_type(extract(quoted, "2015-07-25"), "statement_issued").empty());
    // Corpus snn-2015-07-24-0196: God praised further on in a minister's words; the minister speaks.
    const auto minister =
        of_type(extract("وقال وزير الحج بندر حجار من فضل الله سبحانه وتعالى أن قيض لهذه البلاد المباركة "
                        "من وحدها.",
                        "2015-07-24"),
                "statement_issued");
    CHECK(minister.size() == 1);
}

TEST_CASE("meeting: a visit to a border tours it and holds no talks with the state beyond",
          "[events][meeting][negative]") {
    // Corpus snn-2015-07-22-0763: the US defence secretary at Israel's northern border.
    CHECK(of_type(
              extract(
                  "وقام وزير الدفاع الأمريكي آشتون كارتر بزيارة الى الحدود الشمالية مع لبنان لتقييم المخاطر التي تقول "
                  "اسرائيل ان حزب الله "
                  "يشكلها على امنها.",
                  "2015-07-22"),
              "meeting_held")
              .empty());
    CHECK(of_type(extract("وقام وزير الدفاع الأمريكي بزيارة الى إسرائيل التقى خلالها نتنياهو.", "2015-07-22"),
                  "meeting_held")
              .size() == 1);
}

TEST_CASE("meeting: a visit to congratulate on Eid is a courtesy however long the titles before it",
          "[events][meeting][negative]") {
    // corpus snn-2015-07-22-1136: the emir's visit to Sheikh al-Fawzan to congratulate him on Eid.
    CHECK(of_type(extract("قام صاحب السمو الملكي الأمير الدكتور فيصل بن مشعل بن سعود بن عبدالعزيز أمير منطقة القصيم "
                          "بزيارة للشيخ صالح بن فوزان الفوزان عضو اللجنة الدائمة للإفتاء وعضو هيئة كبار العلماء بمنزل "
                          "فضيلته في محافظة الشماسية شرق مدينة بريدة لتهنئته بعيد الفطر المبارك.",
                          "2015-07-22"),
                  "meeting_held")
              .empty());
}

TEST_CASE("meeting: a visit to one wounded is no talks", "[events][meeting][negative]") {
    // Corpus snn-2015-08-02-0688: the director visits a wounded soldier.
    CHECK(
        of_type(extract("من جهة أخرى قام مدير عام الإدارة العامة للمجاهدين الدكتور عبدالله بن محمد السويد أمس، بزيارة "
                        "المصاب محسن بن سلمان الدوسري من منسوبي قوة المجاهدين.",
                        "2015-08-02"),
                "meeting_held")
            .empty());
}

TEST_CASE("meeting: a reception where the guest congratulates or greetings are exchanged is a courtesy",
          "[events][meeting][negative]") {
    // corpus snn-2015-07-22-0645, snn-2015-07-27-0710, snn-2015-07-24-1420: Eid greetings received.
    for (const char* sentence :
         {"استقبل سماحة مفتي عام المملكة رئيس هيئة كبار العلماء وإدارة البحوث العلمية والإفتاء الشيخ عبدالعزيز بن "
          "عبدالله "
          "آل الشيخ،في مكتبه بالرئاسة العامة للبحوث العلمية والإفتاء،اليوم معالي رئيس ديوان المظالم رئيس مجلس القضاء "
          "الإداري الشيخ الدكتور خالد بن محمد اليوسف،الذي هنأ سماحته بعيد الفطر المبارك.",
          "كما استقبل صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز في مكتب سموه بقصر الحكم أمس رئيس الجمعية "
          "الخيرية لتحفيظ القرآن الكريم بالرياض الشيخ سعد بن محمد آل فريان الذي هنأ سموه بعيد الفطر المبارك.",
          "كما استقبل وزير العدل الشيخ وليد الصمعاني في ديوان الوزارة رئيس ديوان المظالم الشيخ الدكتور خالد بن محمد "
          "اليوسف، وعددا من قضاة ديوان المظالم، حيث تبادلوا التهاني بهذه المناسبة السعيدة."}) {
        INFO(sentence);
        CHECK(of_type(extract(sentence, "2015-07-27"), "meeting_held").empty());
    }
    // corpus snn-2015-07-31-2100: a call received to console is a courtesy too.
    CHECK(of_type(extract("وكان قد تلقى اللواء متقاعد الشريف أحمد بن سلطان الفعر، اتصالاً هاتفيًا من الأمير خالد "
                          "الفيصل أمير منطقة مكة المكرمة، للمواساة في أخيه.",
                          "2015-07-31"),
                  "meeting_held")
              .empty());
    // corpus snn-2015-07-21-0481: the king congratulating another head of state in the next clause is no
    // courtesy of the reception.
    CHECK(of_type(extract("وفي يوم الثلاثاء استقبل خادم الحرمين الشريفين رئيس هيئة الأركان المشتركة الباكستانية، وهنأ "
                          "رئيس سريلانكا بذكرى اليوم الوطني لبلاده.",
                          "2015-07-21"),
                  "meeting_held")
              .size() == 1);
}

TEST_CASE("statement: what is given back with رد is returned, not said", "[events][statement][negative]") {
    // Corpus snn-2015-07-21-0870: the IMF said Greece repaid its arrears; Greece says nothing.
    const auto said = of_type(
        extract("قال صندوق النقد الدولي أمس إن اليونان ردت إليه متأخرات مستحقة بنحو ملياري يورو.", "2015-07-21"),
        "statement_issued");
    REQUIRE(said.size() == 1);
    CHECK(has_actor(*said[0], "IMF", "speaker"));
}

TEST_CASE("statement: scripture quoted in a sermon is no saying of the day", "[events][statement][date]") {
    // Corpus snn-2015-08-07-0614: the preacher's warning is of the day; "في كتابه الكريم" is the Quran, not a
    // book he wrote before the news, and "قال تعالى" says nothing new.
    const auto said =
        of_type(extract("استنكر الرئيس العام لشؤون المسجد الحرام والمسجد النبوي الشيخ الدكتور عبدالرحمن بن "
                        "عبدالعزيز السديس العمل الإجرامي.\nوقال إن الله يقول في كتابه الكريم: (ولا "
                        "تقتلوا النفس التي حرم الله إلا بالحق)، محذرا من أعمال العنف.",
                        "2015-08-07"),
                "statement_issued");
    REQUIRE_FALSE(said.empty());
    for (const auto& statement : said) CHECK(statement->date.value == "2015-08-07");
}

TEST_CASE("statement: in an article about poetry, يقول brings a poet's verse, not a saying of the day",
          "[events][statement][negative]") {
    // Corpus snn-2015-07-22-1235, a column on praise and satire in poetry.
    const std::string poetry =
        "أدى إلحاح الشعراء على طرق أبواب محددة من أبواب الشعر إلى تشبع المتلقين بها عند نظم الشاعر لقصيدة تندرج تحت "
        "تلك الأبواب.\nوالهجاء غرض لا يكاد يخلو منه ديوان شاعر من الشعراء الفحول.\n";
    CHECK(of_type(extract(poetry + "أخيرا يقول سلطان الحويقل: ما كل بيت تحصل فيه هبات ريح.", "2015-07-22"),
                  "statement_issued")
              .empty());
    // The past tense still reports a saying there, and the present does in other articles.
    CHECK(
        of_type(extract(poetry + "وقال سلطان الحويقل إن الهجاء غرض قديم.", "2015-07-22"), "statement_issued").size() ==
        1);
    CHECK(of_type(extract("ويقول سلطان الحويقل إن الأمطار ستهطل غدا.", "2015-07-22"), "statement_issued").size() == 1);
}

TEST_CASE("statement: after بما or مما a verb of saying names its speaker after it, or there is none",
          "[events][statement][negative]") {
    // Corpus snn-2015-07-31-1803: the figures pointed to it, not Spain.
    CHECK(of_type(extract("وأفادت بيانات أمس الخميس عن تضخم نسبته 0.1 بالمئة فقط في ألمانيا وعودة إسبانيا إلى انكماش "
                          "الأسعار في يوليو بما أشار إلى أن بيانات منطقة اليورو كان من الممكن أن تأتي أضعف.",
                          "2015-07-31"),
                  "statement_issued")
              .empty());
    // Corpus snn-2015-08-02-0773 (a column): what the government announced, named after the verb.
    const auto announced = of_type(extract("كما اهتمت الصحف البلجيكية بما أعلنته الحكومة اليونانية نهاية الأسبوع من "
                                           "أنها نجحت في إنقاذ 244 شخصا.",
                                           "2015-08-02"),
                                   "statement_issued");
    REQUIRE(announced.size() == 1);
    CHECK(has_actor(*announced[0], "GRC", "speaker"));
}

TEST_CASE("statement: a verb in the present after a noun a preposition governs describes the noun",
          "[events][statement][negative]") {
    // Corpus snn-2015-08-09-0430, snn-2015-07-25-0419: the organisations defend, the critics say; no one named.
    CHECK(of_type(extract("وتأتي أحكام السجن بينما تواجه إثيوبيا ضغوطا متزايدة من منظمات تدافع عن حقوق الإنسان.",
                          "2015-08-09"),
                  "statement_issued")
              .empty());
    CHECK(of_type(extract("لكن الحكومة فتحت تحقيقا في سجل زعيم الحزب صلاح الدين دمرداش في خطوة يقول منتقدون إن لها "
                          "دوافع سياسية.",
                          "2015-07-25"),
                  "statement_issued")
              .empty());
    // Its speaker is named after it: corpus snn-2015-07-22-0370 and the common "من جهته يقول".
    const auto israel = of_type(extract("وفي بعض الأحيان يحتجز هؤلاء المشتبه بهم دون محاكمة في إجراء تقول إسرائيل إنه "
                                        "ضروري لمنع وقوع المزيد من أعمال العنف.",
                                        "2015-07-22"),
                                "statement_issued");
    REQUIRE(israel.size() == 1);
    CHECK(has_actor(*israel[0], "ISR", "speaker"));
    CHECK(
        of_type(extract("من جهته يقول فهد الغانمي إن السبب الرئيسي في الإقبال على الشاليهات هو الخدمات.", "2015-07-22"),
                "statement_issued")
            .size() == 1);
}

TEST_CASE("statement: a nationality word after a name in quotation marks describes the thing named",
          "[events][statement][negative]") {
    // Corpus snn-2015-07-22-1740, snn-2015-08-06-3131: papers named in quotation marks, not Algeria or Ghana.
    CHECK(of_type(extract("وكانت صحيفة \"الشروق\" الجزائرية قد ذكرت أن الجهاز الفني للفريق الأهلاوي يبحث عن مهاجم "
                          "قوي.",
                          "2015-08-04"),
                  "statement_issued")
              .empty());
    CHECK(of_type(extract("وأثار طلب الحكم الإيطالي اهتمام وسائل الإعلام العالمية ومنها صحيفة \"Sportsonline\" الغانية "
                          "التي أشارت إلى أن الحكم لم يستطع مقاومة إعجابه.",
                          "2015-08-10"),
                  "statement_issued")
              .empty());
    // A state named as such still speaks.
    CHECK(
        of_type(extract("وكانت الحكومة الجزائرية قد ذكرت أن الحدود مغلقة.", "2015-08-04"), "statement_issued").size() ==
        1);
}

TEST_CASE("statement: a post in a political party serves no state, not even the one the article is about",
          "[events][statement]") {
    // Corpus snn-2015-07-21-0462: a party's secretary general in an article about Egypt.
    const auto said =
        of_type(extract("وقالت الحكومة المصرية إن الانتخابات البرلمانية في مصر ستجري في موعدها. وأكدت مصر "
                        "أن اللجنة العليا جاهزة. وعقب اجتماع آخر، قال مجدي شرابية، الأمين العام لحزب "
                        "التجمع: «سنشارك في الانتخابات». وقال مجدي عبدالغفار، وزير الداخلية، إن الأمن "
                        "مستتب.",
                        "2015-07-21"),
                "statement_issued");
    REQUIRE(said.size() == 4);
    CHECK(said[2]->actors.front().affiliation.empty());
    CHECK(said[3]->actors.front().affiliation == "EGY");  // the minister serves it
}

TEST_CASE("statement: the head of a chamber of commerce or of a community speaks for no state",
          "[events][statement][negative]") {
    // Corpus snn-2015-07-21-2736, snn-2015-07-31-1307: unnamed, no one speaks; named, for no state.
    CHECK(of_type(extract("وأضاف رئيس غرفة مكة في المؤتمر الصحفي: \"كان للمجموعة السبق في ذلك\".", "2015-07-21"),
                  "statement_issued")
              .empty());
    CHECK(of_type(extract("وقال رئيس الجالية اليمنية إن الزيارة مهمة.", "2015-07-31"), "statement_issued").empty());
    const auto chamber = of_type(
        extract("وأكد رئيس غرفة الشرقية عبدالرحمن بن صالح العطيشان أن السوق قوية.", "2015-07-31"), "statement_issued");
    REQUIRE(chamber.size() == 1);
    CHECK(chamber[0]->actors.front().affiliation.empty());
    // Corpus snn-2015-07-24-1957: where the community lives is no state he serves.
    const auto community =
        of_type(extract("أكد لـ«عكاظ» رئيس الجالية اليمنية بالمنطقة الشرقية محمد أحمد العامري أن الجالية تدعم الشرعية.",
                        "2015-07-24"),
                "statement_issued");
    REQUIRE(community.size() == 1);
    CHECK(community[0]->actors.front().affiliation.empty());
}

TEST_CASE("statement: شدد tightens measures or a siege, and says nothing", "[events][statement][negative]") {
    // Corpus snn-2015-07-23-0874, snn-2015-07-27-1099, snn-2015-07-23-1225, snn-2015-08-06-0347.
    for (const char* sentence :
         {"وشددت الأجهزة الأمنية من إجراءاتها بمحافظة الإسماعيلية، تحسبا لوقوع أي أعمال عنف.",
          "كما شددت الهند إجراءات الأمن على حدودها مع باكستان اليوم الاثنين.",
          "يأتي ذلك في الوقت الذي شددت قوات من الجيش والمقاومة الخناق على آخر معاقل الحوثيين في عدن.",
          "وتشدد السلطات المصرية من إجراءاتها لمواجهة الفكر المتشدد والمتطرف."}) {
        INFO(sentence);
        CHECK(of_type(extract(sentence, "2015-07-27"), "statement_issued").empty());
    }
    // With على it stresses (corpus snn-2015-08-10-0196: the minister stressed the kingdom's care for Yemen).
    const auto stressed = of_type(
        extract("وشدد الجبير على حرص المملكة على سلامة اليمن وشعبه، مشيرا إلى أن تدخل المملكة ودول التحالف كان بناء "
                "على طلب من الرئيس الشرعي عبدربه منصور هادي.",
                "2015-08-06"),
        "statement_issued");
    REQUIRE_FALSE(stressed.empty());
    CHECK(stressed.front()->actors.front().id == "adel-al-jubeir");
}

TEST_CASE("statement: طالب after a number word is a student or an asylum seeker", "[events][statement][negative]") {
    // corpus snn-2015-08-09-0157, snn-2015-07-25: counts of people, not a demand.
    CHECK(of_type(extract("وسجلت المجر وصول أكثر من مائة ألف طالب لجوء منذ بداية العام الحالي.", "2015-08-09"),
                  "statement_issued")
              .empty());
    CHECK(of_type(extract("وتقول اليونيسيف، التي تقدم دعماً لمساعدة أكثر من 200 ألف طالب، إن هذا البرنامج مساعدة "
                          "جزئية.",
                          "2015-07-25"),
                  "statement_issued")
              .size() == 1);
}

TEST_CASE("statement: one perhaps to be made is none", "[events][statement][negative]") {
    // corpus snn-2015-07-31-1786: the ECB might declare the euros there counterfeit.
    CHECK(of_type(extract("فربما يعلن البنك المركزي الأوروبي أن كميات اليورو الموجودة هناك مزيفة.", "2015-07-31"),
                  "statement_issued")
              .empty());
    // corpus snn-2015-07-21-0560: perhaps is why he said it; he did.
    CHECK(of_type(extract("ربما لذلك قال روحاني في تغريدته «وخصوصًا» قطر.", "2015-07-21"), "statement_issued").size() ==
          1);
}

TEST_CASE("agreement: a signing intended or decided is none yet", "[events][agreement][negative]") {
    // corpus snn-2015-07-21-0990: Russia and Tunisia intend to sign.
    CHECK(of_type(extract("تعتزم روسيا وتونس التوقيع على اتفاقية شراكة استراتيجية تمهد الطريق أمام تونس لتصبح مركزا "
                          "للصناعات الروسية.",
                          "2015-07-21"),
                  "agreement")
              .empty());
    // Signed, it is one.
    CHECK(of_type(extract("وقعت روسيا وتونس اتفاقية شراكة استراتيجية في موسكو.", "2015-07-21"), "agreement").size() ==
          1);
}

TEST_CASE("agreement: reaching one hoped for or missed is none", "[events][agreement][negative]") {
    // Corpus snn-2015-08-06-0214 (optimism about reaching one), snn-2015-08-02-0393 (reaching one failed).
    for (const char* sentence :
         {"وفي هذا الصدد قال يونكر إنه حريص على تقليل الفجوة بين دول اليورو وغيرها من الدول التي تستعمل العملة "
          "الموحدة في داخل الاتحاد، وخصوصا بريطانيا، وقال يونكر نعمل على صفقة عادلة مع بريطانيا، وأظهر يونكر "
          "تفاؤلا بإمكانية التوصل إلى اتفاق مع لندن، التي تستعد لاستفتاء في مطلع 2017 حول الخروج من الاتحاد "
          "الأوروبي، وقال يونكر: «إن الشعب البريطاني يؤيد ضرورة أن نكون عمليين عندما يتعلق الأمر بالأساسيات».",
          "وأسدل الرئيس الفلسطيني، محمود عباس نهاية الأسبوع الماضي الستار على التعديل الوزاري على حكومة التوافق "
          "الفلسطينية بعد قرابة الشهرين من المداولات والتأجيل، وأخفق التوصل لاتفاق بين حركتي فتح وحماس لتشكيل "
          "حكومة وحدة وطنية، وسط رفض فصائل لاتخاذ أي خطوات انفرادية خارج التوافق الفلسطيني."})
        CHECK(of_type(extract(sentence, "2015-08-06"), "agreement").empty());
}

TEST_CASE("statement: reported speech keeps the source, not the outlet", "[events][statement]") {
    // Corpus, 2015.
    const auto events = extract(
        "ونقلت وكالة تسنيم للأنباء عن عباس عراقجي نائب وزير الخارجية الإيراني قوله في فيينا إن المحادثات مستمرة.",
        "2015-07-10");
    const auto statements = of_type(events, "statement_issued");
    REQUIRE(!statements.empty());
    const Actor* speaker = with_role(*statements[0], "speaker");
    REQUIRE(speaker != nullptr);
    CHECK(speaker->affiliation == "IRN");
    CHECK(resources().normalizer.fold(speaker->name_ar).find(resources().normalizer.fold("عراقجي")) !=
          std::string::npos);
}

TEST_CASE("statement: an outlet told by the one just named is no speaker", "[events][statement][negative]") {
    // Corpus snn-2015-08-02-0215 and snn-2015-08-04-0157: "المسؤول" and "المصدر" carry the article,
    // so the outlet after them is whom they told, not an outlet they work for.
    for (const char* sentence : {"وأبلغ المسؤول رويترز أن الإنتاج زاد أمس السبت عندما بدأ حقل بئر سباع الإنتاج.",
                                 "وأبلغ المصدر وكالة الأنباء الألمانية أن القوات تقدمت في المنطقة."}) {
        for (const auto& statement : of_type(extract(sentence, "2015-08-02"), "statement_issued")) {
            for (const Actor& actor : statement->actors) {
                CHECK(actor.id != "REUTERS");
                CHECK(actor.id != "DPA");
            }
        }
    }
    // A post in the construct state serves the outlet: "مذيعة قناة العربية" works for Al Arabiya.
    const auto events = extract("وأكدت مذيعة قناة العربية سارة دندراوي أن البرنامج سيعود بعد العيد.", "2015-08-08");
    const auto statements = of_type(events, "statement_issued");
    REQUIRE(statements.size() == 1);
    const Actor* speaker = with_role(*statements[0], "speaker");
    REQUIRE(speaker != nullptr);
    CHECK(speaker->affiliation == "ALARABIYA");
}

TEST_CASE("statement: an outlet right after the verb reports, it speaks for no one named before",
          "[events][statement][negative]") {
    // Corpus snn-2015-08-11-0106 and snn-2015-07-31-0293: what the agency or the paper reported is
    // not said by the last speaker.
    const auto reported = extract(
        "وقال وزير الخارجية التركي مولود جاويش أوغلو إن الهجوم إرهابي.\n"
        "وذكرت وكالة الأناضول الرسمية للأنباء أول من أمس (الأحد) أن الجيش قتل عشرة مسلحين.\n"
        "وقالت الصحيفة إن الرئيس يرتاح كثيرا لوزيره.",
        "2015-08-11");
    for (const auto& statement : of_type(reported, "statement_issued"))
        CHECK(statement->mentions.front().sentence == 0);
    // "لوكالة": the outlet he spoke to; the one just named still speaks (snn-2015-08-10-1172).
    const auto told = extract(
        "وقال وزير الخارجية التركي مولود جاويش أوغلو إن الهجوم إرهابي.\n"
        "وأضاف لوكالة فرانس برس إن الرد سيكون حازما.",
        "2015-08-11");
    const auto statements = of_type(told, "statement_issued");
    REQUIRE(statements.size() == 2);
    CHECK(with_role(*statements[1], "speaker")->id == with_role(*statements[0], "speaker")->id);
}

TEST_CASE("statement: a paper named by its short form in quotation marks is the channel, not the state",
          "[events][statement]") {
    // Corpus snn-2015-07-25-0998 and snn-2015-07-31-1284: "الرياض" in quotation marks is the paper
    // Al Riyadh, which reports or asks; Saudi Arabia says nothing.
    for (const char* sentence : {"وكانت \"الرياض\" قد اشارت في عدد اليوم (السبت) إلى أن الشباب بصدد فتح باب الترشح "
                                 "لرئاسته.",
                                 "وجددت \"الرياض\" سؤال المعيبد عن هوية المدرب الجديد للمنتخب السعودي."}) {
        for (const auto& statement : of_type(extract(sentence, "2015-07-25"), "statement_issued"))
            for (const Actor& actor : statement->actors) CHECK(actor.id != "SAU");
    }
    // The one who told the paper follows it: after ل written apart (snn-2015-07-31-1091,
    // snn-2015-07-21-2606), or after a verb of telling (snn-2015-07-31-0418).
    const std::pair<const char*, const char*> told[] = {
        {"كشف ذلك ل\"الرياض\" محافظ عدن نايف البكري وقال: تم تطهير مدينة عدن بالكامل من الحوثيين.", "البكري"},
        {"وقال لـ«عكاظ» المتحدث الإعلامي لهيئة الهلال الأحمر بالمنطقة خالد مرضي العنزي «باشرت الفرق الإسعافية "
         "حادثاً على طريق شرما».",
         "العنزي"},
        {"وأبلغ «الشرق الأوسط»، الدكتور عادل العيد خبير القياسات الحيوية والمستشار الأمني في السعودية أن «أنظمة "
         "السمات الحيوية لا تزال بعيدة جدا عن استبدال كلمة المرور».",
         "العيد"},
    };
    for (const auto& [sentence, name] : told) {
        const auto statements = of_type(extract(sentence, "2015-07-31"), "statement_issued");
        REQUIRE(!statements.empty());
        for (const auto& statement : statements) {
            const Actor* speaker = with_role(*statement, "speaker");
            REQUIRE(speaker != nullptr);
            CHECK(speaker->kind == "person");
            CHECK(resources().normalizer.fold(speaker->name_ar).find(resources().normalizer.fold(name)) !=
                  std::string::npos);
        }
    }
    // "ذكرت": the quoted paper reports, and no one told it.
    CHECK(of_type(extract("وذكرت «الرياض» أن الوزارة ستعلن القرار غدا.", "2015-07-31"), "statement_issued").empty());
}

TEST_CASE("statement: a dropped subject is the last speaker of the document", "[events][statement]") {
    // samples/astana/001, two sentences.
    const auto events = extract(
        "وفي تصريحات لوكالة سبوتنك الروسية، قال كبير مساعدي وزير الخارجية الإيراني، علي أصغر خاجي، إن الوفود وافقت على "
        "مواصلة العمل.\n"
        "وأضاف، \"لم نكن نتوقع أن نتمكن من تحقيق تقدم كامل في اجتماع واحد فقط\".",
        "2023-06-21");
    const auto statements = of_type(events, "statement_issued");
    REQUIRE(statements.size() == 2);
    CHECK(with_role(*statements[1], "speaker")->id == with_role(*statements[0], "speaker")->id);
    CHECK(statements[1]->mentions.front().sentence == 1);
}

TEST_CASE("statement: one spoken to or of, with ل or ب, is not the speaker", "[events][statement][negative]") {
    // Corpus snn-2015-08-04-1235, snn-2015-07-27-0982, snn-2015-08-07-1356.
    const std::vector<std::pair<const char*, const char*>> cases = {
        {"وقال للإيرانيين إن الاتفاق يحفظ حقوقهم.", "IRN"},
        {"وكانت بريطانيا أول دولة تعترف بالمملكة العربية السعودية.", "SAU"},
        {"وتشير لحزب الله تقارير إلى أنه خسر عددا من مقاتليه.", "LBN-HZB"},
        // A person too, by a title with ل or ب (snn-2015-07-27-0863, snn-2015-08-10-0457).
        {"وقال للرئيس الفرنسي فرانسوا هولاند إن الاتفاق يحفظ حقوق الجميع.", "francois-hollande"},
        {"ثم ألقى أمين محافظة الطائف المهندس محمد بن عبد الرحمن المخرج كلمة رحب فيها بالأمير خالد الفيصل، "
         "مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة.",
         "khalid-al-faisal"},
        // After a preposition, one spoken with or of (snn-2015-08-06-2034).
        {"وأضافت المصادر أن وزير الخارجية السوداني كان قد تحدث مع الرئيس الأميركي باراك أوباما خلال لقائهما أواخر "
         "الشهر الماضي في أديس أبابا عن ضرورة بدء حوار جاد.",
         "barack-obama"},
    };
    for (const auto& [sentence, listener] : cases)
        for (const auto& statement : of_type(extract(sentence, "2015-08-04"), "statement_issued"))
            CHECK_FALSE(has_actor(*statement, listener, "speaker"));
}

TEST_CASE("statement: an adviser, envoy or spokesman of a known person is not that person",
          "[events][statement][negative]") {
    // Corpus snn-2015-07-23 (Obama's adviser), snn-2015-07-27 (Hillary Clinton's spokesman),
    // snn-2015-08-06 (Khamenei's representative): someone unnamed, of that person's state.
    const std::vector<std::tuple<const char*, const char*, const char*>> cases = {
        {"وتقول مستشارة أوباما لمكافحة الإرهاب في بيان مكتوب صادر عنها إن أوباما لا يزال صارما في التزامه.",
         "barack-obama", "USA"},
        {"على صعيد آخر، أعلن متحدث باسم هيلاري كلينتون المرشحة للانتخابات الرئاسية الأميركية أنها ستمثل أمام "
         "لجنة تحقيق برلمانية.",
         "hillary-clinton", "USA"},
        {"واعتبر ممثل خامنئي في مدينة مشهد أن فرنسا تحتال على إيران في صناعة السيارات.", "ali-khamenei", "IRN"},
    };
    for (const auto& [sentence, served, state] : cases) {
        const auto statements = of_type(extract(sentence, "2015-08-06"), "statement_issued");
        REQUIRE(statements.size() == 1);
        CHECK_FALSE(has_actor(*statements[0], served, "speaker"));
        CHECK(has_actor(*statements[0], state, "speaker"));
    }
    // His name after the one he serves is the speaker (snn-2015-07-21).
    const auto velayati = of_type(extract("إلى ذلك قال مستشار خامنئي الدكتور علي أكبر ولايتي: إن أمريكا تريد "
                                          "التفاوض مع طهران حول اليمن وسوريا.",
                                          "2015-07-21"),
                                  "statement_issued");
    REQUIRE(velayati.size() == 1);
    CHECK(has_actor(*velayati[0], "ali-akbar-velayati", "speaker"));
    // A post with its article, or with a pronoun, is held by the name after it.
    const auto sobhi =
        of_type(extract("وشدد الفريق أول صدقي صبحي على أن القوات المسلحة جاهزة لحماية الحدود.", "2015-07-21"),
                "statement_issued");
    REQUIRE(sobhi.size() == 1);
    CHECK(has_actor(*sobhi[0], "sedki-sobhi", "speaker"));
    // Nor is the foreign minister of al-Assad al-Assad, in a meeting (snn-2015-08-06).
    const auto meeting =
        of_type(extract("فقد التقى وزير خارجية الأسد مع نظيره العماني في مسقط، الخميس، لبحث الأزمة.", "2015-08-06"),
                "meeting_held");
    REQUIRE(meeting.size() == 1);
    CHECK_FALSE(has_actor(*meeting[0], "bashar-al-assad", "participant"));
    CHECK(has_actor(*meeting[0], "SYR", "participant"));
}

TEST_CASE("statement: after a state's post, two words of a name no list knows are the speaker's name",
          "[events][statement]") {
    // Corpus snn-2015-07-25-0303, snn-2015-08-01-0940.
    const std::vector<std::tuple<const char*, const char*, const char*>> cases = {
        {"وقال وزير المالية اليوناني أقليدس تساكالوتوس إن إعادة رسملة المصارف ضرورية قبل نهاية السنة.", "تساكالوتوس",
         "GRC"},
        {"وقال وزير الخارجية الكندي روب نيكولسون ان الاجتماع الذي عقد في مقاطعة كيبيك جرى خلاله تقييم الجهود.",
         "نيكولسون", "CAN"},
        // snn-2015-07-21-0162: a given name that opens with أل, which folding reads as the article.
        {"وقال رئيس وزراء اليونان أليسكيس تسيبراس بأنه اتفاق سيئ سيجعل الحياة أسوأ لليونان.", "تسيبراس", "GRC"},
    };
    for (const auto& [sentence, surname, state] : cases) {
        const auto statements = of_type(extract(sentence, "2015-07-25"), "statement_issued");
        REQUIRE(statements.size() == 1);
        REQUIRE(statements[0]->actors.size() >= 1);
        const Actor& speaker = statements[0]->actors[0];
        CHECK(speaker.kind == "person");
        CHECK(speaker.name_ar.find(surname) != std::string::npos);
        CHECK(speaker.affiliation == state);
    }
    // What the post's holder said, with a pronoun ("دعم بلاده", snn-2015-08-09-0568), is no name.
    const auto envoy =
        of_type(extract("وأكد المبعوث الصيني دعم بلاده بكل قوة لمصر في دفع عملية التنمية الشاملة.", "2015-08-09"),
                "statement_issued");
    for (const auto& statement : envoy)
        for (const Actor& actor : statement->actors) CHECK(actor.name_ar.find("بلاده") == std::string::npos);
}

TEST_CASE("statement: a verb of saying in the present right after أن is expected or wished, not said",
          "[events][statement][negative]") {
    // Corpus snn-2015-08-01 (analysts expect China to announce), snn-2015-07-24 (the WTO's chief is due to).
    CHECK(of_type(extract("وتوقع محللون أن تعلن الصين عن إجراءات جديدة للتحفيز الاقتصادي خلال اجتماعات الحزب "
                          "الحاكم.",
                          "2015-08-01"),
                  "statement_issued")
              .empty());
    CHECK(
        of_type(extract("ومن المقرر أن يعلن روبرتو أزفيديو مدير عام منظمة التجارة العالمية عن الاتفاق.", "2015-07-24"),
                "statement_issued")
            .empty());
    // A verb of saying in the past after "أن" with its subject first was said ("أكد أن الوزير قال").
    const auto said = of_type(
        extract("وأكد المتحدث باسم الخارجية الأمريكية جون كيربي أن الوزير قال إن المحادثات ستستمر.", "2015-07-25"),
        "statement_issued");
    CHECK_FALSE(said.empty());
    // After بعد or منذ it was said (snn-2015-07-21).
    const auto since =
        of_type(extract("وتصاعدت المطالب منذ أن تحدث مجلس أوروبا في 2011 عن جرائم حرب بينها عمليات خطف.", "2015-07-21"),
                "statement_issued");
    REQUIRE(since.size() == 1);
    CHECK(has_actor(*since[0], "COE", "speaker"));
}

TEST_CASE("statement: a source's title as the adjective of a noun is no one", "[events][statement][negative]") {
    // Corpus snn-2015-08-10-1461: "the Saudi diplomatic move confirms" is no Saudi diplomat speaking.
    CHECK(of_type(extract("إن التحرك الدبلوماسي السعودي باتجاه أوروبا يؤكد على محورية دور المملكة لمعالجة القضايا "
                          "التي تهم المنطقة.",
                          "2015-08-10"),
                  "statement_issued")
              .empty());
    // The diplomat himself, right after the verb, speaks.
    CHECK(
        of_type(extract("وقال الدبلوماسي السعودي إن الاتفاق يخدم المنطقة.", "2015-08-10"), "statement_issued").size() ==
        1);
}

TEST_CASE("statement: what is quoted right after the verb is what was said, a name quoted alone speaks",
          "[events][statement]") {
    // Corpus snn-2015-08-06-0712: "وأضاف "قطر ..." is the last speaker's, not Qatar's.
    const std::vector<Event> added = extract(
        "وقال كريج ريدي رئيس الوكالة العالمية في بيان \"يسعدنا الترحيب بمعمل الدوحة في شبكة المعامل المعتمدة.\"\n"
        "وأضاف \"قطر لاعب أساسي في عالم الرياضة وسيلعب معملها دورا مهما.\"",
        "2015-08-06");
    const auto said = of_type(added, "statement_issued");
    REQUIRE(said.size() == 2);
    for (const auto& statement : said) CHECK_FALSE(has_actor(*statement, "QAT", "speaker"));
    // Corpus snn-2015-07-21-2643: a name in quotation marks right after the verb.
    const auto kerry =
        of_type(extract("وذكر \"كيري\" في مقابلة تلفزيونية أنه يختلف مع انتقادات الأمير بندر بن سلطان.", "2015-07-21"),
                "statement_issued");
    REQUIRE(kerry.size() == 1);
    CHECK(has_actor(*kerry[0], "john-kerry", "speaker"));
}

TEST_CASE("statement: a noun right after the verb is an unknown subject, not a speaker",
          "[events][statement][negative]") {
    // samples/astana/004: "the meeting condemned the Israeli attacks" is not Israel speaking.
    const auto events = extract("كما وأدان الاجتماع الهجمات العسكرية الإسرائيلية المستمرة في سوريا.", "2023-06-21");
    for (const Event& e : events) CHECK_FALSE(has_actor(e, "ISR", "speaker"));
    // Corpus snn-2015-08-09-0275, snn-2015-07-26-0014: before قد, an adjective of a thing or of
    // someone unnamed; a party noun's adjective ("السلطات البرازيلية") is the state's.
    for (const char* sentence :
         {"وكان خبراء من أكثر من 100 شركة برازيلية قد قالوا في المسح الأسبوعي إنهم يتوقعون معدل تضخم مرتفعا.",
          "وكانت النجمة البرازيلية قد غردت عبر حسابها الشخصي على تويتر قائلة إنها راضية."})
        for (const Event& e : extract(sentence, "2015-08-09")) CHECK_FALSE(has_actor(e, "BRA", "speaker"));
    const auto authorities = of_type(
        extract("وكانت السلطات البرازيلية قد قالت إنها تتوقع معدل تضخم مرتفعا.", "2015-08-09"), "statement_issued");
    REQUIRE(authorities.size() == 1);
    CHECK(has_actor(*authorities[0], "BRA", "speaker"));
    // Corpus snn-2015-08-10-0461: sources right after the verb said it, not the president before it.
    CHECK(of_type(extract("وفي 26 يوليو 2012 أصدر الرئيس المصري السابق محمد مرسي عفوا عاما عنه وأوضحت المصادر أن "
                          "مكتب إدارة الأزمة، الذى شكلته الجماعة منذ فترة برئاسة الدكتور أحمد عبد الرحمن لمتابعة وضع "
                          "التنظيم فى مصر لم يطرأ عليه أى تغييرات.",
                          "2015-08-10"),
                  "statement_issued")
              .empty());
}

TEST_CASE("statement: the football confederations are bodies of their own, not the unions of states they sound like",
          "[events][statement]") {
    // corpus snn-2015-07-24-0914: UEFA, not the European Union.
    const auto said = of_type(extract("أعلن الاتحاد الأوروبي لكرة القدم أمس أن لجنته التأديبية حسمت نقطة من رصيد "
                                      "كرواتيا \"بسبب التصرفات العنصرية\" في مباراتها مع ضيفتها إيطاليا.",
                                      "2015-07-24"),
                              "statement_issued");
    REQUIRE(said.size() == 1);
    CHECK(has_actor(*said[0], "UEFA", "speaker"));
}

TEST_CASE("statement: the spokesman for a body's head noun alone speaks for the body of that kind last named",
          "[events][statement]") {
    // corpus snn-2015-07-22-1350: "المنظمة" is the World Health Organization named before, not Yemen.
    const auto said = of_type(extract("من ناحية ثانية، أعلنت منظمة الصحة العالمية أمس، عن تكثيف مساعداتها الطبية "
                                      "لليمن، إذ قامت بالاشتراك مع وزارة الصحة اليمنية بحملة تطعيم ضد شلل الأطفال.\n"
                                      "وقال المتحدث باسم المنظمة كريستيان ليندماير في مؤتمر صحفي إن المنظمة وزعت "
                                      "أطنانا من الأدوية.",
                                      "2015-07-22"),
                              "statement_issued");
    REQUIRE(said.size() == 2);
    CHECK(with_role(*said[1], "speaker")->affiliation == "WHO");
}

TEST_CASE("statement: a noun no lexicon knows right before a verb in the present is its subject",
          "[events][statement][negative]") {
    // corpus snn-2015-07-21-0444: the auction's results confirm, not Hong Kong.
    CHECK(of_type(extract("مزاد هونغ كونغ الأخير نتائجه تؤكد أن عالم المنتجات المترفة لا يخضع لأي قواعد أو حسابات.",
                          "2015-07-21"),
                  "statement_issued")
              .empty());
    // corpus snn-2015-07-21-1166: two words right after a person describe him, and he speaks.
    const auto described =
        of_type(extract("نصر الله الكاذب الكبير يؤكد أنه ماضٍ في طريقه للقدس.", "2015-07-21"), "statement_issued");
    REQUIRE(described.size() == 1);
    CHECK(has_actor(*described[0], "hassan-nasrallah", "speaker"));
}

TEST_CASE(
    "statement: after إن or أن, the noun phrase right before the verb is its subject, the one after it its object",
    "[events][statement][negative]") {
    // Corpus snn-2015-08-11-0079: the prosecution excluded Morsi.
    for (const auto& said : of_type(extract("كما نقلت الصحيفة عن المصدر قوله إن النيابة استبعدت مرسي من قائمة "
                                            "الاتهام رغم التحقيق معه في القضية من قبل.",
                                            "2015-08-11"),
                                    "statement_issued"))
        CHECK_FALSE(has_actor(*said, "mohamed-morsi", "speaker"));
    // snn-2015-08-04-1076: the authorities of Turkmenistan told the Pakistani prime minister.
    const auto told = of_type(extract("الا ان سلطات تركمانستان ابلغت رئيس الوزراء الباكستاني نواز شريف الاثنين ان "
                                      "المشروع سيبدأ تنفيذه هذه السنة.",
                                      "2015-08-04"),
                              "statement_issued");
    REQUIRE(told.size() == 1);
    CHECK(has_actor(*told[0], "TKM", "speaker"));
    CHECK_FALSE(has_actor(*told[0], "nawaz-sharif", "speaker"));
}

TEST_CASE("statement: the one named after a verb of accusing with the charge after it is accused",
          "[events][statement][negative]") {
    // Corpus snn-2015-07-24-1757: al-Maliki accused the kingdom; the kingdom said nothing.
    const auto accused =
        of_type(extract("أعرب رئيس مجلس الأمة الكويتي بالإنابة مبارك الخرينج عن رفضه للتصريحات غير المسؤولة لنائب "
                        "الرئيس العراقي نوري المالكي الذي اتهم المملكة العربية السعودية بدعم ورعاية الإرهاب.",
                        "2015-07-24"),
                "statement_issued");
    for (const auto& statement : accused) CHECK_FALSE(has_actor(*statement, "SAU", "speaker"));
    CHECK(std::any_of(accused.begin(), accused.end(),
                      [](const auto& e) { return has_actor(*e, "nouri-al-maliki", "speaker"); }));
    // snn-2015-07-31-0568: with the accused as an attached pronoun, the one named after the verb accuses.
    const auto russia =
        of_type(extract("تتهمه السلطات الروسية باختلاس مئات الملايين من الدولارات من بنك ميزبروم بانك.", "2015-07-31"),
                "statement_issued");
    REQUIRE(russia.size() == 1);
    CHECK(has_actor(*russia[0], "RUS", "speaker"));
    // snn-2015-08-11-0143: an accuser and the accused, both named after the verb.
    const auto both = of_type(extract("اتهم الرئيس الأفغاني أشرف غني أمس باكستان بتوجيه رسالة عدائية.", "2015-08-09"),
                              "statement_issued");
    REQUIRE(both.size() == 1);
    CHECK(has_actor(*both[0], "ashraf-ghani", "speaker"));
}

TEST_CASE("statement: a relative clause with no subject of its own speaks for its antecedent", "[events][statement]") {
    // corpus snn-2015-08-10-0149, snn-2015-07-31-1303
    const auto khalifa = of_type(
        extract("ويؤيد هذه الرؤية عضو جمعية الاقتصاد السعودية عصام خليفة، الذي يقول إن الاقتصاد الصيني من أقوى "
                "الاقتصادات في العالم، والصين تعتبر ثاني مصدر للسلع في العالم، وقد كانت نسبة النمو خلال العشر سنوات "
                "الأخيرة مرتفعة تصل إلى 9 أو 10 في المائة، أما الآن فنسبة النمو تصل إلى 7 في المائة تقريبا.",
                "2015-08-10"),
        "statement_issued");
    REQUIRE(khalifa.size() == 1);
    CHECK(with_role(*khalifa[0], "speaker")->name_ar == "عصام خليفة");
    const auto sisi =
        of_type(extract("أكد محللون مصريون أهمية الزيارة التي قام بها ولي ولي العهد، النائب الثاني لرئيس مجلس الوزراء "
                        "وزير الدفاع السعودي الأمير محمد بن سلمان بن عبدالعزيز، لمصر أمس، والتقى خلالها الرئيس المصري "
                        "عبدالفتاح السيسي، الذي أكد أن خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، كان داعما لمصر "
                        "وشعبها دائما.",
                        "2015-07-31"),
                "statement_issued");
    REQUIRE(sisi.size() == 1);
    CHECK(with_role(*sisi[0], "speaker")->id == "abdel-fattah-el-sisi");
}

TEST_CASE("statement: a relative clause right after a thing says what the thing says, no one named before",
          "[events][statement][negative]") {
    // corpus snn-2015-08-07-0965: the tweets "said", the spokesman denied them.
    const auto denial = of_type(extract("وأكد المتحدث الرسمي باسم الوزارة الدكتور خالد مرغلاني عدم صحة التغريدات التي "
                                        "قالت إن لجنة مختصة شكلها وزير الصحة خرجت بقرار إلغاء البدلات .",
                                        "2015-08-07"),
                                "statement_issued");
    REQUIRE(denial.size() == 1);
    CHECK(denial[0]->mentions[0].text.find("وأكد") == 0);
    // corpus snn-2015-07-27-0423: the views "say", Cameron rejects them.
    const auto rejection =
        of_type(extract("كما أكد ديفيد كاميرون أنه يرفض الآراء التي تقول إن السياسة الغربية الخارجية ساهمت في صعود "
                        "داعش وانتشار شعبيتها بين المجتمعات الإسلامية في العالم الغربي.",
                        "2015-07-27"),
                "statement_issued");
    REQUIRE(rejection.size() == 1);
    CHECK(rejection[0]->mentions[0].text.find("أكد") != std::string::npos);
}

TEST_CASE("statement: after a relative pronoun, a verb with an object pronoun has its antecedent as object",
          "[events][statement][negative]") {
    // corpus snn-2015-08-06-2109: the Houthis are the ones described, not the speakers.
    const auto events = extract(
        "منهياً المقالة بانحياز للحوثيين الذين وصفهم بأنهم كانوا يطرحون برنامجا وطنيا منزلقا إلى الحديث المذهبي.",
        "2015-08-06");
    CHECK(of_type(events, "statement_issued").empty());
}

TEST_CASE("statement: the subject after a verb and a preposition with a pronoun", "[events][statement]") {
    // corpus snn-2015-07-21-0554: "الذي تحدث عنه البيت الأبيض", the stance the White House spoke of: a
    // statement when the clause gives its day, and then the White House's.
    const auto statements = of_type(
        extract("مع ذلك، يبقى الموقف الصارم الذي تحدث عنه البيت الأبيض أمس صحيحا نسبيًا في حالات قليلة.", "2015-07-21"),
        "statement_issued");
    REQUIRE(statements.size() == 1);
    CHECK(has_actor(*statements[0], "USA", "speaker"));
    CHECK(statements[0]->date.value == "2015-07-20");
    // Without it, the clause names the stance by what was once said of it.
    CHECK(of_type(extract("مع ذلك، يبقى الموقف الصارم الذي تحدث عنه البيت الأبيض صحيحا نسبيًا في حالات قليلة.",
                          "2015-07-21"),
                  "statement_issued")
              .empty());
}

TEST_CASE("statement: after وفقا, لما is \"to what\", no negation", "[events][statement]") {
    // corpus snn-2015-08-01-0918
    const auto statements = of_type(extract("وأعدم ما يعرف باسم “دار القضاء” في حريتان بحي الشعار في مدينة حلب، هؤلاء "
                                            "الأشخاص رمياً بالرصاص، وفقاً لما أكده المرصد السوري لحقوق الإنسان.",
                                            "2015-08-01"),
                                    "statement_issued");
    REQUIRE(statements.size() == 1);
    CHECK(has_actor(*statements[0], "SOHR", "speaker"));
}

TEST_CASE("statement: a ministry with no state speaks for the state of the article, not a body joined to it",
          "[events][statement]") {
    // corpus snn-2015-08-06-0148: a Saudi report; "بوزارة الصحة ومنظمة الصحة العالمية" joins two bodies,
    // and the ministry is not the World Health Organization.
    const auto statements =
        of_type(extract("أوضحت وزارة الصحة والشؤون الصحية بوزارة الحرس الوطني في بيان مشترك، أنه تم تسجيل حالات "
                        "إصابة بفيروس متلازمة الشرق الأوسط التنفسية ” كورونا ” وسط عائلة سعودية في منطقة الرياض "
                        "،منهم حالتان منومتان بمستشفى مدينة الملك عبدالعزيز الطبية بالحرس الوطني وحالة منومة "
                        "بمستشفى الأمير محمد بن عبدالعزيز وحالة انتقلت إلى رحمة الله تعالى."
                        "\n"
                        "وبين أنه اتضح من خلال التقصي الوبائي للحالة أن المريض مخالط لجمال, وتم على الفور إجراء "
                        "التقصي الوبائي ومناظرة المخالطين كافة وأخذ عينات ممن ظهرت عليهم أعراض المرض, وفقاً "
                        "لموجهات اللجنة العلمية الصادرة من مركز القيادة والتحكم بوزارة الصحة ومنظمة الصحة "
                        "العالمية."
                        "\n"
                        "من جانبها أوضحت وزارة الصحة أن هذه ليست المرة الأولى التي يتفشى فيها المرض وسط أفراد "
                        "عائلة واحدة فقد حدثت سابقًا في محافظة الإحساء لعائلة واحدة من 7 أفراد وحدثت أيضاٌ في "
                        "محافظة الطائف ومنطقة الرياض وكلها وسط عائلات سعودية الرابط بينها هو المخالطة والاحتكاك "
                        "بالجمال ومنتجاتها.",
                        "2015-08-06"),
                "statement_issued");
    REQUIRE(statements.size() >= 2);
    for (const auto& statement : statements) {
        CHECK(has_actor(*statement, "SAU", "speaker"));
        CHECK_FALSE(has_actor(*statement, "WHO", "speaker"));
    }
    CHECK(statements.back()->mentions.front().sentence == 2);
}

TEST_CASE("statement: a form of address with a pronoun speaks, not the guest named after it with ب",
          "[events][statement]") {
    // corpus snn-2015-08-06-1815: the emir welcomed the general.
    const auto statements = of_type(
        extract("استقبل صاحب السمو الملكي الأمير فيصل بن خالد أمير منطقة عسير أمس، مساعد مدير الأمن العام لشؤون الأمن "
                "اللواء جمعان الغامدي الذي يزور المنطقة حالياً.\nورحب سموه باللواء الغامدي، مشيداً بالجهود التي يبذلها "
                "الأمن العام.",
                "2015-08-09"),
        "statement_issued");
    REQUIRE(statements.size() == 1);
    const Actor* speaker = with_role(*statements[0], "speaker");
    REQUIRE(speaker);
    CHECK(speaker->name_ar.find("فيصل بن خالد") == 0);
}

TEST_CASE("statement: in the words of the one named right after على حد تعبير, and of no one else",
          "[events][statement]") {
    // dev027: the Interior Minister's words.
    const auto seehofer = of_type(extract("وأخيرا وعدت حكومة ميركل بأن تكون حكومة \"الناس العاديين\" وليس النخب، على "
                                          "حد تعبير وزير الداخلية هورست سيهوفر.",
                                          "2018-03-14"),
                                  "statement_issued");
    CHECK(std::any_of(seehofer.begin(), seehofer.end(), [](const auto& e) {
        const Actor* speaker = with_role(*e, "speaker");
        return speaker && speaker->id == "horst-seehofer";
    }));
    // corpus snn-2015-07-21-0374: estate agents said it; China is where the buyers come from.
    const auto agents = extract(
        "وجذب برنامج حكومي يقدم تصريح إقامة مدته خمس سنوات لغير مواطني الاتحاد الأوروبي، الذين يشترون عقارات يصل "
        "سعرها إلى 500 ألف يورو على الأقل يسمى برنامج «الفيزا الذهبية»، مشترين من الصين والشرق الأوسط على حد قول "
        "وكلاء عقاريين.",
        "2015-07-21");
    for (const Event& e : agents) CHECK_FALSE(has_actor(e, "CHN", "speaker"));
}

TEST_CASE("statement: what will be said has not been said", "[events][statement][negative]") {
    // corpus snn-2015-08-02-0112: Obama announces tomorrow; an unnamed official said so today.
    const auto events = extract(
        "قال مسؤول كبير بالادارة الاميركية، إن الرئيس الأميركي باراك أوباما سيعلن يوم غد (الاثنين)، عن النسخة النهائية "
        "من خطته للتصدي لانبعاثات الغازات المسببة لظاهرة الاحتباس الحراري من محطات الطاقة الكهربية التي تعمل بالفحم، "
        "فيما يسعى إلى ترسيخ تركته في مجال مكافحة التغير المناخي.",
        "2015-08-02");
    for (const Event& e : events) CHECK_FALSE(has_actor(e, "USA", "speaker"));
}

TEST_CASE("statement: what one says in the present, told as a stance, is no saying of the day",
          "[events][statement][negative]") {
    // dev009 and dev039: "ما الذي تطالب به كوريا الشمالية", "هذا ما يؤكد عليه ...".
    for (const Event& e : extract("ويقول مراسلنا إنه لا يزال من غير الواضح ما الذي تطالب به كوريا الشمالية مقابل هذه "
                                  "المحادثات.",
                                  "2018-03-09"))
        CHECK_FALSE(has_actor(e, "PRK", "speaker"));
    CHECK(of_type(extract("هذا ما يؤكد عليه يفغيني مينتشينكو مدير المعهد الدولي للتحليل السياسي، لا سيما أن منظمة "
                          "شنغهاي سوف تشهد مزيدًا من التنسيق والتعاون داخل صفوفها.",
                          "2015-08-01"),
                  "statement_issued")
              .empty());
    // In the past, what was said is a saying: "الذي تحدث عنه البيت الأبيض" (see above).
}

TEST_CASE("meeting held: hosted, dated as a span, with participants and observers", "[events][meeting]") {
    // samples/astana/003
    const auto events = extract(
        "واستضافت أستانا يومي 20 و21 حزيران / يونيو اجتماعاً دولياً آخر حول سوريا بصيغة أستانا. "
        "وشارك ممثلو الأمم المتحدة والأردن ولبنان والعراق كمراقبين.",
        "2023-06-22");
    const auto meetings = of_type(events, "meeting_held");
    REQUIRE(!meetings.empty());
    const Event& meeting = *meetings[0];
    CHECK(has_actor(meeting, "KAZ", "host"));
    CHECK(meeting.date.value == "2023-06-20");
    CHECK(meeting.date.end == "2023-06-21");
    REQUIRE(meeting.location);
    CHECK(meeting.location->id == "astana");
    REQUIRE(meetings.size() == 2);
    for (const char* code : {"UNO", "JOR", "LBN", "IRQ"}) CHECK(has_actor(*meetings[1], code, "observer"));
}

TEST_CASE("meeting held: a visit made regularly or a meeting one is about to hold is none held",
          "[events][meeting][negative]") {
    // Corpus snn-2015-08-09-1132: a habit, no one visit.
    CHECK(
        of_type(extract("وقال صلاح الدين دمرداش إنه يزور عبدالله أوجلان بصفة منتظمة في سجن جزيرة إمرالي إلى الجنوب من "
                        "إسطنبول.",
                        "2015-08-08"),
                "meeting_held")
            .empty());
    // Corpus snn-2015-07-21-2192: بصدد, about to, tells a meeting to come.
    const auto events = extract(
        "أما الدعامة الأخرى، البنك المركزي الأوروبي، فهو أيضا بصدد عقد اجتماع يوم الإثنين بوجود "
        "قرار منتظر يتعلق بالبنوك اليونانية.",
        "2015-07-21");
    CHECK(of_type(events, "meeting_held").empty());
    CHECK(of_type(events, "meeting_planned").size() == 1);
}

TEST_CASE("statement: a body a minister addresses is not a department of his post", "[events][statement]") {
    // Corpus snn-2015-08-06-1969: "قطاعات الوزارة" are whom the minister reminded; he is the one named before.
    const auto statements =
        of_type(extract("وجه وزير التعليم الدكتور عزام الدخيل مديري التعليم بالتعاون مع الدفاع "
                        "المدني. وذكر وزير التعليم قطاعات الوزارة بالتعليمات التي سبق وأن بلغت بها.",
                        "2015-08-06"),
                "statement_issued");
    REQUIRE(statements.size() == 1);
    CHECK(std::any_of(statements.front()->actors.begin(), statements.front()->actors.end(),
                      [](const Actor& a) { return a.role == "speaker" && a.name_ar == "عزام الدخيل"; }));
}

TEST_CASE("meeting held: states named right after the observers' word observe", "[events][meeting]") {
    // Corpus snn-2015-07-21-0116.
    const auto meetings =
        of_type(extract("وفي المقابل، بدأت حكومة الرئيس أشرف غني وطالبان مفاوضات سلام مباشرة قبل أسبوعين في باكستان، "
                        "تحت إشراف مراقبين أميركيين وصينيين، من أجل محاولة إنهاء النزاع المستمر في أفغانستان.",
                        "2015-07-21"),
                "meeting_held");
    REQUIRE(meetings.size() == 1);
    CHECK(has_actor(*meetings[0], "ashraf-ghani", "participant"));
    CHECK_FALSE(has_actor(*meetings[0], "CHN", "participant"));
    CHECK_FALSE(has_actor(*meetings[0], "USA", "participant"));
}

TEST_CASE("meeting planned: the noun a verb in the future governs is that planned meeting, none held",
          "[events][meeting][negative]") {
    // Corpus snn-2015-08-03 (Kerry in Doha), snn-2015-07-24 (Obama in Kenya).
    for (const char* sentence : {"كما سيعقد كيري اجتماعا ثلاثيا مع نظيريه الروسي والسعودي.",
                                 "وسيجري الرئيس الأمريكي خلال زيارته التي تستغرق يومين محادثات مع الرئيس الكيني أوهورو "
                                 "كينياتا."}) {
        const auto events = extract(sentence, "2015-08-03");
        CHECK(of_type(events, "meeting_held").empty());
        CHECK_FALSE(of_type(events, "meeting_planned").empty());
    }
}

TEST_CASE("meeting held: two rounds in one sentence are two meetings", "[events][meeting]") {
    // samples/astana/002
    const auto events = extract(
        "وبدأت أولى جلسات مسار \"أستانا\" في 23 كانون الثاني من العام 2017، في العاصمة الكازاخية، من أجل إيجاد حل "
        "للملف السوري، "
        "وعُقدت الجلسة 18 في 15 حزيران الماضي، بحضور وفود من نظام الأسد والمعارضة السورية وممثلي الدول الضامنة في عاصمة "
        "كازاخستان نور سلطان.",
        "2022-09-01");
    const auto meetings = of_type(events, "meeting_held");
    REQUIRE(meetings.size() == 2);
    CHECK(meetings[0]->round->number == 1);
    CHECK(meetings[0]->date.value == "2017-01-23");
    CHECK(meetings[1]->round->number == 18);
    CHECK(meetings[1]->round->series == "astana");
    CHECK(meetings[1]->date.value == "2022-06-15");
    CHECK(has_actor(*meetings[1], "SYR-OPP", "participant"));
}

TEST_CASE("meeting held: a verb of meeting joined by و is another act with its own other side", "[events][meeting]") {
    // Corpus snn-2015-07-21-0481: a call made to India, then one received from Afghanistan.
    const auto calls = of_type(extract("وفي يوم الاثنين 10 مارس أجرى الملك سلمان اتصالاً هاتفيًا برئيس الوزراء الهندي "
                                       "وتلقى اتصالاً هاتفيًا من الرئيس الأفغاني.",
                                       "2015-07-21"),
                               "meeting_held");
    REQUIRE(!calls.empty());
    CHECK(has_actor(*calls[0], "IND", "participant"));
    for (const auto& call : calls)
        CHECK_FALSE((has_actor(*call, "IND", "participant") && has_actor(*call, "AFG", "participant")));
    // After "خلال اللقاء" the talks are that meeting's: its sides stay.
    const auto talks = of_type(
        extract("استقبل رئيس مجلس الوزراء اللبناني تمام سلام في بيروت اليوم سفير خادم الحرمين الشريفين علي عواض "
                "عسيري، وجرى خلال اللقاء بحث العلاقات الثنائية بين لبنان والمملكة.",
                "2015-08-06"),
        "meeting_held");
    REQUIRE(!talks.empty());
    CHECK(has_actor(*talks[0], "LBN", "participant"));
}

TEST_CASE("meeting held: a reception names both sides", "[events][meeting]") {
    // Corpus, 2015-07-23.
    const auto meetings = of_type(extract("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، في قصر السلام أمس، "
                                          "أشتون كارتر وزير الدفاع الأمريكي والوفد المرافق له.",
                                          "2015-07-23"),
                                  "meeting_held");
    REQUIRE(meetings.size() == 1);
    CHECK(has_actor(*meetings[0], "SAU", "participant"));
    CHECK(has_actor(*meetings[0], "USA", "participant"));
    CHECK(meetings[0]->date.value == "2015-07-22");
}

TEST_CASE("meeting held: after the king's title, a post of another state opens the guest's name", "[events][meeting]") {
    // Corpus snn-2015-07-21-0481: the king received the king of Bahrain.
    const auto bahrain = of_type(
        extract("وفي يوم الجمعة 30 يناير استقبل خادم الحرمين الشريفين ملك البحرين.", "2015-07-21"), "meeting_held");
    REQUIRE(bahrain.size() == 1);
    CHECK(has_actor(*bahrain[0], "SAU", "participant"));
    CHECK(has_actor(*bahrain[0], "BHR", "participant"));
    // Corpus snn-2015-07-21-0481 again: "ولي عهد" and the state it is of.
    const auto britain = of_type(
        extract("وفي يوم الثلاثاء 10 فبراير استقبل خادم الحرمين الشريفين ولي عهد المملكة المتحدة.", "2015-07-21"),
        "meeting_held");
    REQUIRE(britain.size() == 1);
    CHECK(has_actor(*britain[0], "SAU", "participant"));
    CHECK(has_actor(*britain[0], "GBR", "participant"));
    // Corpus snn-2015-07-21-0481 once more: a post and the state of its body.
    const auto pakistan = of_type(extract("وفي يوم الثلاثاء استقبل خادم الحرمين الشريفين رئيس هيئة الأركان المشتركة "
                                          "الباكستانية، وهنأ رئيس سريلانكا بذكرى اليوم الوطني.",
                                          "2015-07-21"),
                                  "meeting_held");
    REQUIRE(pakistan.size() == 1);
    CHECK(has_actor(*pakistan[0], "SAU", "participant"));
    CHECK(has_actor(*pakistan[0], "PAK", "participant"));
    // Corpus snn-2015-07-24-0279: the title alone is the king reigning at the article's date.
    const auto summit = of_type(extract("أعلن خادم الحرمين الشريفين انطلاق القمة التشاورية لقادة دول مجلس التعاون في "
                                        "العاصمة الرياض قبل قليل.",
                                        "2015-07-24"),
                                "statement_issued");
    REQUIRE(summit.size() == 1);
    CHECK(has_actor(*summit[0], "king-salman", "speaker"));
}

TEST_CASE("meeting planned: talks someone offers to host or resume are still to come", "[events][meeting]") {
    // Corpus snn-2015-08-11-1118, snn-2015-07-21-0351.
    for (const auto& [sentence, date] : std::vector<std::pair<std::string, std::string>>{
             {"وتتطلع موسكو لاستضافة جولة أخرى من المحادثات بين دمشق وجماعات المعارضة السورية المختلفة.", "2015-08-11"},
             {"وأكد البيان أن إنشاء مجموعة دعم دولية وسيلة ممكنة للمساهمة في استئناف المفاوضات بين الإسرائيليين "
              "والفلسطينيين.",
              "2015-07-21"}}) {
        INFO(sentence);
        const auto events = extract(sentence, date);
        CHECK(of_type(events, "meeting_held").empty());
        CHECK(of_type(events, "meeting_planned").size() == 1);
    }
}

TEST_CASE("meeting planned: the name right before a verb of the future is its subject", "[events][meeting]") {
    // Corpus snn-2015-08-03-0986: س is of the verb, so "كيري" opens its clause; "نظيريه" after it is the
    // other side, not the subject of a verb put first.
    const auto planned = of_type(extract("وذكرت الخارجية الأميركية أن كيري سيلتقي أيضا في الدوحة نظيريه الروسي "
                                         "والسعودي للتباحث خصوصا في الملفين السوري واليمني.",
                                         "2015-08-03"),
                                 "meeting_planned");
    REQUIRE(planned.size() == 1);
    CHECK(has_actor(*planned[0], "john-kerry", "participant"));
    CHECK(has_actor(*planned[0], "RUS", "participant"));
    // The second of his two counterparts is a side too.
    CHECK(has_actor(*planned[0], "SAU", "participant"));
    // Corpus snn-2015-08-03: so with the other verbs of meeting.
    const auto held = of_type(extract("يعقد وزير الخارجية الروسي اجتماعًا ثلاثيًا مع نظيريه السعودي والأميركي في قطر، "
                                      "أمس واليوم.",
                                      "2015-08-03"),
                              "meeting_held");
    REQUIRE(held.size() == 1);
    CHECK(has_actor(*held[0], "SAU", "participant"));
    CHECK(has_actor(*held[0], "USA", "participant"));
}

TEST_CASE("meeting: one in whose presence a guest is received or met attends and is no side",
          "[events][meeting][negative]") {
    // Corpus snn-2015-07-21-2316: the crown prince attends; the Saudi prince is the guest.
    const auto received =
        of_type(extract("استقبل الشيخ صباح الأحمد أمير دولة الكويت وبحضور الشيخ نواف الأحمد وليّ عهد دولة الكويت اليوم "
                        "بالديوان الأميري بقصر بيان بالكويت الأمير نواف بن فيصل الرئيس العام لرعاية الشباب.",
                        "2015-07-21"),
                "meeting_held");
    REQUIRE(received.size() == 1);
    CHECK(has_actor(*received[0], "sabah-al-ahmad", "participant"));
    CHECK_FALSE(has_actor(*received[0], "nawaf-al-ahmad-al-jaber-al-sabah", "participant"));
    // snn-2015-08-08-1202: al-Jubeir met Lavrov, Kerry attending.
    const auto met = of_type(extract("وكان الجبير قد التقى لافروف في الدوحة الأسبوع الماضي بحضور وزير الخارجية "
                                     "الامريكي جون كيري.",
                                     "2015-08-08"),
                             "meeting_held");
    REQUIRE(met.size() == 1);
    CHECK(has_actor(*met[0], "sergey-lavrov", "participant"));
    CHECK_FALSE(has_actor(*met[0], "john-kerry", "participant"));
}

TEST_CASE("meeting: the other side may be several persons joined by و", "[events][meeting]") {
    // Corpus snn-2015-07-23-0674: the prime minister and his defence minister ("نظيره العراقي").
    const auto planned =
        of_type(extract("وصل وزير الدفاع الأميركي آشتون كارتر اليوم الخميس في زيارة غير معلنة إلى "
                        "بغداد. ومن المقرر أن يلتقي كارتر الذي يقوم بجولة في المنطقة، رئيس الوزراء حيدر "
                        "العبادي ونظيره العراقي خالد العبيدي، ووفداً عشائريا من محافظة الأنبار "
                        "(غرب)، والتي يسيطر التنظيم على مساحات واسعة منها.",
                        "2015-07-23"),
                "meeting_planned");
    REQUIRE(planned.size() == 1);
    CHECK(has_actor(*planned[0], "USA", "participant"));
    const auto iraqis = std::count_if(planned[0]->actors.begin(), planned[0]->actors.end(), [](const Actor& a) {
        return a.kind == "person" && a.affiliation == "IRQ" && a.role == "participant";
    });
    CHECK(iraqis == 2);
    // Corpus snn-2015-07-31-0409: a state's name after و is the next stop of a tour, not another side.
    const auto visit = of_type(extract("ودان أوباما، أول رئيس أميركي يزور كينيا وإثيوبيا، القادة الأفارقة الذين "
                                       "يتمسكون بالسلطة ويعرضون تقدم الديمقراطية للخطر في القارة.",
                                       "2015-07-31"),
                               "meeting_held");
    for (const auto& meeting : visit) CHECK_FALSE(has_actor(*meeting, "ETH", "participant"));
}

TEST_CASE("meeting held: what the talks were about names no party", "[events][meeting]") {
    // Corpus snn-2015-08-11-1118 and snn-2015-08-03-0986: Syria and its president after بشأن and حول.
    const auto talks = of_type(extract("أخفقت روسيا والسعودية في محادثات جرت بينهما اليوم الثلاثاء في التغلب على "
                                       "خلافاتهما بشأن مصير الرئيس السوري بشار الأسد وهو خلاف محوري في الحرب الأهلية "
                                       "السورية.",
                                       "2015-08-11"),
                               "meeting_held");
    REQUIRE(talks.size() == 1);
    CHECK(has_actor(*talks[0], "RUS", "participant"));
    CHECK(has_actor(*talks[0], "SAU", "participant"));
    CHECK_FALSE(has_actor(*talks[0], "SYR", "participant"));
    const auto consultations = of_type(
        extract("وأكدت هذه المصادر أن المشاورات التي جرت خلال الأسابيع الماضية بين الرئيس الروسي فلاديمير بوتين، "
                "ونظيره التركي رجب طيب أردوغان، تركزت حول ضرورة القبول ببقاء الأسد على رأس نظامه خلال المرحلة "
                "الانتقالية.",
                "2015-08-03"),
        "meeting_held");
    REQUIRE(consultations.size() == 1);
    CHECK(has_actor(*consultations[0], "RUS", "participant"));
    CHECK(has_actor(*consultations[0], "TUR", "participant"));
    CHECK_FALSE(has_actor(*consultations[0], "SYR", "participant"));
    // Corpus snn-2015-07-21-0817: after مناقشة, what the conference discussed.
    for (const Event& e : extract("فالمؤتمر الأخير للمركز الذي عقد في نوفمبر الماضي بعنوان \"متحدون لمواجهة العنف باسم "
                                  "الدين\" حظى بمشاركة دولية واسعة وركز على مناقشة الوضع المأساوي في سورية والعراق مع "
                                  "تصاعد نشاط تنظيم \"داعش\".",
                                  "2015-07-21"))
        CHECK_FALSE(has_actor(e, "ISIL", "participant"));
}

TEST_CASE("meeting held: the other side of a meeting it prepares for is not its party", "[events][meeting]") {
    // Corpus snn-2015-08-03-0107: the Gulf ministers met among themselves to prepare for the meeting with Kerry.
    const auto coordination =
        of_type(extract("في غضون ذلك، عقد وزراء خارجية دول مجلس التعاون مساء أمس في الدوحة اجتماعًا تنسيقيًا "
                        "للتحضير لاجتماع مع كيري اليوم لبحث الاتفاق النووي مع إيران والأزمة السورية.",
                        "2015-08-03"),
                "meeting_held");
    REQUIRE(coordination.size() == 1);
    CHECK(has_actor(*coordination[0], "GCC", "participant"));
    CHECK_FALSE(has_actor(*coordination[0], "john-kerry", "participant"));
    CHECK(coordination[0]->date.value == "2015-08-02");
}

TEST_CASE("meeting held: talks with a named counterpart", "[events][meeting]") {
    // Corpus, 2015-08-11.
    const auto meetings = of_type(extract("أكد وزير الخارجية الروسي سيرغي لافروف في مستهل محادثاته مع وزير الخارجية "
                                          "عادل الجبير في موسكو اليوم الثلاثاء أن العلاقات بين الدولتين تتطور.",
                                          "2015-08-11"),
                                  "meeting_held");
    REQUIRE(meetings.size() == 1);
    CHECK(has_actor(*meetings[0], "RUS", "participant"));
    CHECK(has_actor(*meetings[0], "SAU", "participant"));
    REQUIRE(meetings[0]->location);
    CHECK(meetings[0]->location->id == "moscow");
}

// The one meeting held that a sentence reports; fails the test case when it reports none or more.
std::shared_ptr<const Event> one_meeting(const std::string& sentence, const std::string& date) {
    const auto meetings = of_type(extract(sentence, date), "meeting_held");
    REQUIRE(meetings.size() == 1);
    return meetings[0];
}

std::string place_of(const Event& event) {
    return event.location ? event.location->id : "";
}

TEST_CASE("meeting held: a body named as the venue gives the place and takes no part", "[events][meeting][location]") {
    struct Case {
        const char* sentence;
        const char* published;
        const char* place;
    };
    const Case cases[] = {
        // Corpus, 2015-07-31 and 2015-07-24: "في مقر وزارة العمل بالرياض", "في فرع وزارة الخارجية بجدة".
        {"التقى وزير العمل الدكتور مفرج بن سعد الحقباني أمس، وزير العدل الدكتور وليد بن محمد الصمعاني في مقر وزارة "
         "العمل بالرياض، وذلك استكمالا للحراك التطويري بين الجانبين.",
         "2015-07-31", "riyadh"},
        {"في السياق ذاته، اجتمع وزير الخارجية عادل الجبير أمس في فرع وزارة الخارجية بجدة مع شكري والوفد المرافق له، "
         "وجرى خلال الاجتماع بحث الموضوعات ذات الاهتمام المشترك بين البلدين الشقيقين.",
         "2015-07-24", "jeddah"},
        // dev020: the embassy of a state named by its king's title, in Rome.
        {"استقبل وزير الخارجية الأستاذ عادل بن أحمد الجبير، اليوم بمقر سفارة خادم الحرمين الشريفين في روما، المستشار "
         "الدبلوماسي لرئيس وزراء الجمهورية الإيطالية أرماندو فاريكيو.",
         "2015-08-07", "rome"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.sentence);
        const auto meeting = one_meeting(c.sentence, c.published);
        CHECK(place_of(*meeting) == c.place);
        CHECK(std::none_of(meeting->actors.begin(), meeting->actors.end(),
                           [](const Actor& a) { return a.title.rfind("Ministry", 0) == 0; }));
    }
}

TEST_CASE("meeting held: the place of a body that is a party or a post is not where it was held",
          "[events][meeting][location]") {
    // Corpus, 2015-07-21: "حكومة كابل" is a side of talks held in Pakistan.
    CHECK(place_of(*one_meeting("وفي موازاة ذلك، بدأت محادثات سلام مباشرة بداية الشهر الحالي في باكستان مع حكومة كابل.",
                                "2015-07-21")) == "");
    // Corpus, 2015-07-25: "رئيس فرع الإفتاء بمنطقة عسير" is where the guest serves; the emir received him in his
    // office.
    CHECK(
        place_of(*one_meeting("استقبل صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز، أمير منطقة عسير صباح امس في "
                              "مكتبه بالإمارة رئيس فرع الإفتاء بمنطقة عسير الشيخ الدكتور سعد بن سعيد الحجري.",
                              "2015-07-25")) == "");
}

TEST_CASE("meeting held: a summit named by an organisation's adjective is the organisation's",
          "[events][meeting][party]") {
    // Corpus snn-2015-08-02-0147: a chronology of summits, one chaired by the host.
    const auto cairo = one_meeting("10 أغسطس 1990: عقد قمة عربية طارئة في القاهرة", "2015-08-02");
    CHECK(has_actor(*cairo, "ARL", "participant"));
    CHECK(cairo->date.value == "1990-08-10");
    const auto baghdad = one_meeting(
        "28 مايو (أيار) 1990: عقد القمة العربية الاستثنائية في بغداد برئاسة الرئيس العراقي صدام حسين", "2015-08-02");
    CHECK(has_actor(*baghdad, "ARL", "participant"));
}

TEST_CASE("meeting held: a place named with the noun of its kind is where it was held, and no party",
          "[events][meeting][location]") {
    // dev034, 2016-07-25: "بالعاصمة الموريتانية نواكشوط", the capital's other name before it.
    CHECK(place_of(*one_meeting("انطلقت ظهر اليوم بالعاصمة الموريتانية نواكشوط الجلسة الافتتاحية للقمة العربية التي "
                                "تبحث أساسا النزاعات في اليمن وسوريا والعراق وليبيا، بالإضافة إلى تشكيل قوة عربية "
                                "مشتركة.",
                                "2016-07-25")) == "nouakchott");
    // Corpus, 2015-08-04: "في مدينة اسطنبول التركية".
    CHECK(place_of(*one_meeting(
              "وكانت الانتخابات أجريت الليلة الماضية في ختام اجتماعات الدورة ال 23 للائتلاف في "
              "مدينة اسطنبول التركية، وانطلقت يوم الجمعة الماضي اجتماعات الهيئة العامة للائتلاف، وكان على رأس جدول "
              "أعمالها انتخاب هيئة رئاسية ومناقشة الوضع الميداني وتأثيرات الاتفاق النووي الإيراني "
              "على الثورة السورية والمنطقة.",
              "2015-08-04")) == "istanbul");
    // Corpus, 2015-07-22: Algeria hosts the conference; it is no side of it.
    const auto conference = one_meeting(
        "تنطلق بالعاصمة الجزائر اليوم الأربعاء أعمال المؤتمر الدولي حول \"التطرف العنيف واستئصاله\" بمشاركة مجموع دول "
        "الساحل والهيئات الدولية المختصة في مكافحة الإرهاب فضلاً عن دول مجلس الأمن وموظفين سامين وخبراء في قطاعات "
        "العدالة والمالية والشرطة والتربية والشؤون الدينية والإعلام ممن لهم علاقة مباشرة ميدانياً بمحاربة التطرف.",
        "2015-07-22");
    CHECK(place_of(*conference) == "algiers");
    CHECK_FALSE(has_actor(*conference, "DZA", "participant"));
    // Corpus, 2015-08-09: announced in the Saudi capital, by no one named.
    CHECK(of_type(extract("أعلن في العاصمة السعودية الرياض أن مركز الملك سلمان للإغاثة والأعمال الإنسانية ينفذ حاليا "
                          "برنامجا لإعادة 1400 لاجئ يمني في جيبوتي إلى اليمن.",
                          "2015-08-09"),
                  "statement_issued")
              .empty());
}

// Where each statement of a sentence was made ("" where it names no place); fails when it has none.
std::vector<std::string> statement_places(const std::string& sentence, const std::string& date) {
    std::vector<std::string> places;
    for (const auto& statement : of_type(extract(sentence, date), "statement_issued"))
        places.push_back(place_of(*statement));
    REQUIRE(!places.empty());
    return places;
}

// The speakers of a text's statements, in the order of their sentences.
std::vector<std::string> speakers_by_sentence(const std::string& text, const std::string& date) {
    std::vector<std::pair<int, std::string>> found;
    for (const auto& statement : of_type(extract(text, date), "statement_issued"))
        for (const Actor& actor : statement->actors)
            if (actor.role == "speaker") found.emplace_back(statement->mentions.front().sentence, actor.id);
    std::sort(found.begin(), found.end());
    std::vector<std::string> speakers;
    for (const auto& [sentence, id] : found) speakers.push_back(std::to_string(sentence) + ":" + id);
    return speakers;
}

TEST_CASE("statement: one of a state's many holders of a post, left unnamed, speaks only once the text names him",
          "[events][statement]") {
    // Corpus snn-2015-07-22-1508: "a Yemeni minister", named nowhere, is a source, not Yemen.
    CHECK(of_type(extract("تم اليوم إعادة تشغيل مطار عدن ، وذكر وزير يمني أن المطار بعد تشغيله قد شهد هبوط طائرة "
                          "عسكرية سعودية.",
                          "2015-07-22"),
                  "statement_issued")
              .empty());
    // Corpus snn-2015-08-04-0288: the lead's "British minister" is the one the next sentence names, and his
    // saying keeps the lead's day.
    const auto named =
        of_type(extract("أوضح وزير بريطاني أمس أن الحكومة البريطانية تعتزم مطالبة ملاك العقارات بطرد المهاجرين.\n"
                        "وقال جريك كلارك وزير المجتمعات المحلية البريطاني، بحسب \"الألمانية\"، إن ملاك العقارات قد "
                        "يعرضون أنفسهم للمحاكمة.",
                        "2015-08-04"),
                "statement_issued");
    REQUIRE(named.size() == 2);
    CHECK(has_actor(*named[0], "jryk-klark", "speaker"));
    CHECK(named[0]->date.value == "2015-08-03");
    // A spokesman speaks for his state on the record, and a president is the one in office.
    CHECK(speakers_by_sentence("وقال متحدث عراقي إن حرم الجامعة كان يستخدم كمقر قيادة للمتشددين.", "2015-07-27") ==
          std::vector<std::string>{"0:IRQ"});
    // A commander of an army that serves Haftar is not Haftar.
    for (const auto& statement :
         of_type(extract("وقال قيادي في الجيش التابع لخليفة حفتر إن القوات تقدمت.", "2015-07-27"), "statement_issued"))
        CHECK_FALSE(has_actor(*statement, "khalifa-haftar", "speaker"));
}

TEST_CASE("statement: a state's name after a verb in the masculine is its object, not its subject",
          "[events][statement]") {
    // Corpus snn-2015-07-22-1657: the statement calls on Israel; Israel says nothing.
    for (const auto& statement :
         of_type(extract("وتضمن البيان قرارا حول العملية السلمية، يدعو إسرائيل الى \"وقف مخطط "
                         "الترانسفير القسري للجمهور وهدم البيوت\" في الارضي الفلسطينية المحتلة.",
                         "2015-07-22"),
                 "statement_issued"))
        CHECK_FALSE(has_actor(*statement, "ISR", "speaker"));
    // A masculine state's name is the subject of a verb in the masculine (corpus, 2015-08-01).
    CHECK(speakers_by_sentence("أعلن العراق اليوم السبت أن إجمالي صادرات النفط الخام لشهر تموز/ يوليو الماضي تجاوزت 96 "
                               "مليون برميل.",
                               "2015-08-01") == std::vector<std::string>{"0:IRQ"});
}

TEST_CASE("statement: a body of one state named with another's nationality is neither", "[events][statement]") {
    // Corpus snn-2015-07-27-0307, snn-2015-08-07-1092: the Palestinian unity government is not Libya's, the
    // Pakistani Taliban are not the Afghan movement.
    for (const auto& [sentence, body] : std::vector<std::pair<std::string, std::string>>{
             {"أكدت حكومة الوفاق الوطني الفلسطيني أن قيام قوات الاحتلال الإسرائيلية بتشكيل غطاء عسكري للمستوطنين "
              "مرفوض.",
              "LBY-GNA"},
             {"أعلنت حركة طالبان الباكستانية في بيان أمس المسؤولية عن قتل القاضي.", "TALIBAN"}})
        for (const auto& statement : of_type(extract(sentence, "2015-08-07"), "statement_issued"))
            CHECK_FALSE(has_actor(*statement, body, "speaker"));
    // Its own nationality goes with it.
    CHECK(speakers_by_sentence("وأكدت حكومة الوفاق الوطني الليبية أن الحوار مستمر.", "2016-01-20") ==
          std::vector<std::string>{"0:LBY-GNA"});
}

TEST_CASE("statement: a state's name after a post with its article is the verb's object, not the post's state",
          "[events][statement]") {
    // Corpus snn-2015-07-24-0765: the Chinese ambassador named before warned Japan; Japan says nothing.
    const auto speakers = speakers_by_sentence(
        "ومن جهة أخرى أعرب السفير الصيني في اليابان تشنغ يونغ هوا عن قلقه.\nوحذر السفير اليابان من التراجع عن "
        "بيانات حكومية سابقة.",
        "2015-07-24");
    CHECK(std::count(speakers.begin(), speakers.end(), "1:JPN") == 0);
    // Without the article the post governs the name: Iran's foreign minister.
    CHECK(speakers_by_sentence("وقال وزير خارجية إيران محمد جواد ظريف إن الاتفاق جيد.", "2015-07-24") ==
          std::vector<std::string>{"0:mohammad-javad-zarif"});
}

TEST_CASE("meeting planned: a meeting being arranged is to come", "[events][meeting]") {
    // Corpus snn-2015-08-07-0145.
    const auto events = extract(
        "ويتم حاليا ترتيب لقاء بين الائتلاف السوري والمسؤول العسكري الأميركي اللواء مايكل ناغاتا المشرف على برنامج "
        "تدريب القوى السورية المعتدلة.",
        "2015-08-07");
    CHECK(of_type(events, "meeting_held").empty());
    CHECK(of_type(events, "meeting_planned").size() == 1);
}

TEST_CASE("meeting planned: the next round of an election is no meeting", "[events][meeting][negative]") {
    // Corpus snn-2015-08-03-1082.
    CHECK(extract("وتوقعت أن تشهد الجولة الانتخابية القادمة حضورا لافتا للمرشحات في محافظة القطيف مقارنة بمختلف مناطق "
                  "المملكة.",
                  "2015-08-03")
              .empty());
}

TEST_CASE("agreement: Fidel Castro is Cuba's", "[events][agreement][lexicon]") {
    // Corpus snn-2015-07-21-0095: the 1977 agreement on interests sections.
    const auto agreements = of_type(extract("وفي عام 1977 وافق الرئيس الأميركي جيمي كارتر ونظيره فيدل كاسترو على فتح "
                                            "شعبتي مصالح في المقرين السابقين للسفارتين.",
                                            "2015-07-21"),
                                    "agreement");
    REQUIRE(agreements.size() == 1);
    CHECK(has_actor(*agreements[0], "fidel-castro", "participant"));
}

TEST_CASE("statement: a verb with no subject goes on with the one who reported, not with whom he reported",
          "[events][statement]") {
    // dev009: Chung reports what Trump announced; "وأضاف" is Chung again, speaking in front of ("أمام",
    // not "الإمام") the White House.
    CHECK(speakers_by_sentence("وقال مستشار الأمن القومى الكورى الجنوبى، تشونغ يوي-يونغ، إن الرئيس الأمريكى دونالد "
                               "ترامب أعلن أنه سيلتقى زعيم كوريا الشمالية فى مايو/أيار المقبل.\n"
                               "وأضاف في مؤتمر صحفي، أمام البيت الأبيض عقب لقاء ترامب، إن كيم وافق أيضا على وقف "
                               "التجارب النووية والصاروخية وأنه \"ملتزم بنزع السلاح النووي\".",
                               "2018-03-09") ==
          std::vector<std::string>{"0:chung-eui-yong", "0:donald-trump", "1:chung-eui-yong"});
    // Corpus, 2015-08-02, the article's first sentence and two later ones: "فيما أوضح شكري" opens a clause
    // of its own, and the participle after it is his.
    const auto speakers = speakers_by_sentence(
        "أعلن وزير الخارجية المصري سامح شكري ونظيره الأميركي جون كيري، أن الحوار الاستراتيجي المصري - الأميركي الذي "
        "عقد اليوم (الاحد) جرى في أجواء إيجابية وصريحة عكست طبيعة العلاقات الاستراتيجية والسعي إلى تعزيزها على أساس "
        "الاحترام المتبادل، مؤكدين أنه لا توجد خلافات بين البلدين ولكن، تباين في وجهات النظر.\n"
        "كما أفاد كيري بأن مصر وأميركا اتفقتا على بحث فرص توسيع العلاقات الأمنية، فيما أوضح شكري أن مصر والولايات "
        "المتحدة اتفقتا خلال الحوار الاستراتيجي على مضاعفة الجهود المشتركة في مواجهة الإرهاب والتنظيمات المتطرفة. "
        "مشيرا إلى أهمية انعقاد الحوار الاستراتيجي الذي يعكس حرص القاهرة وواشنطن على تعزيز العلاقات التي تربطهما، "
        "قائلا إن \"الولايات المتحدة قوة دولية، ومصر بثقلها ووزنها بحاجة إلى مثل هذه الآلية خاصة في ضوء المتغيرات "
        "السياسية المتلاحقة التي يشهدها العالم\".",
        "2015-08-02");
    REQUIRE(!speakers.empty());
    CHECK(speakers.back() == "2:sameh-shoukry");
    // Corpus, 2015-07-31: he spoke in front of the African Union, which said nothing.
    for (const std::string& speaker : speakers_by_sentence("وأما أول من أمس، فقد تحدث أمام الاتحاد الأفريقي حول الحاجة "
                                                           "للتصدي للتهديد الصادر عن الإرهابيين.",
                                                           "2015-07-31"))
        CHECK(speaker.find("AU") == std::string::npos);
}

TEST_CASE("statement: a verb with no subject after someone unnamed spoke in its sentence is his, no one's named before",
          "[events][statement][negative]") {
    // Corpus snn-2015-07-23-0829: "وأضافت" is the resistance's sources', not the Yemeni authorities'.
    CHECK(
        speakers_by_sentence("وأعلنت السلطات اليمنية أمس مقتل عشرة من المتمردين.\n"
                             "وقالت مصادر من المقاومة الشعبية إن قواتها ألقت القبض في وقت متأخر من أول من أمس على "
                             "المتمرد عبدالعزيز حبتور، وأضافت أن مجموعة من رجال المقاومة دهموا إحدى العمارات السكنية.",
                             "2015-07-23") == std::vector<std::string>{"0:YEM"});
    // snn-2015-07-21-0037: a Turkish official is no one, and so is the one who went on.
    CHECK(speakers_by_sentence("وقال رئيس الوزراء التركي أحمد داود أوغلو إن الحكومة ستتخذ كل الإجراءات.\n"
                               "كما أشار مسؤول تركي إلى تعرض ما بين 20 و25 شخصا لإصابات في الانفجار، وأفاد بأن حصيلة "
                               "القتلى الأولية هي 10 ضحايا.",
                               "2015-07-21") == std::vector<std::string>{"0:ahmet-davutoglu"});
}

TEST_CASE("statement: after لكن as after its sister إن the name right before the verb is its subject",
          "[events][statement]") {
    // Corpus snn-2015-07-25-0011: Tehran says so, not the West named before.
    const auto tehran =
        of_type(extract("ويشتبه الغرب في أن البرنامج يهدف لإنتاج قنبلة نووية لكن طهران تقول إنه سلمي.", "2015-07-25"),
                "statement_issued");
    REQUIRE(tehran.size() == 1);
    CHECK(has_actor(*tehran[0], "IRN", "speaker"));
    // snn-2015-07-21-0645: the source no one names said it, not Blatter named before.
    CHECK(speakers_by_sentence("وقال رئيس الفيفا جوزيف بلاتر إنه لن يترشح.\n"
                               "ولم يعلن بلاتيني نيته بعد للترشح لكن المصدر ذاته قال إنه من المرجح أن يتخذ قراره خلال "
                               "أيام.",
                               "2015-07-20") == std::vector<std::string>{"0:sepp-blatter"});
}

TEST_CASE("statement: where it was said comes before what was said", "[events][speech][location]") {
    // Corpus, 2015-07-21: said at a press conference in Ankara.
    CHECK(statement_places("وقال المسؤول التركي في مؤتمر صحافي عقده في أنقرة \"إن العناصر الأولى للتحقيق تكشف أن "
                           "التفجير ناجم عن اعتداء انتحاري قام به داعش، في إشارة إلى تسمية سابقة مختصرة للتنظيم.",
                           "2015-07-21")
              .front() == "ankara");
    // Corpus, 2015-07-27: Ramadi is what the spokesman speaks of, not where he spoke.
    const auto about_ramadi = statement_places(
        "وقال متحدث عراقي إن حرم الجامعة كان يستخدم كمقر قيادة للمتشددين معتبرا أن السيطرة عليه قد تعزز جهود الحكومة "
        "لاستعادة السيطرة على الرمادي عاصمة محافظة الأنبار بعد سقوطها في يد داعش منذ مايو أيار الماضي.",
        "2015-07-27");
    CHECK(std::all_of(about_ramadi.begin(), about_ramadi.end(), [](const std::string& p) { return p.empty(); }));
}

TEST_CASE("statement: the chargé of an embassy named by its king's title is the one who speaks", "[events][speech]") {
    // Corpus, 2015-08-08: "القائم بأعمال سفارة خادم الحرمين الشريفين لدى تونس عبدالعزيز بن عبدالله الداود".
    const auto statements = of_type(
        extract("أدان القائم بأعمال سفارة خادم الحرمين الشريفين لدى تونس عبدالعزيز بن عبدالله الداود وأعضاء السفارة "
                "والملحقيات التابعة لها التفجير الإرهابي الذي استهدف، أمس، مسجدًا لقوات الطوارئ في منطقة عسير.\n"
                "ونوّه الداود بعمق الإجراءات التي تتخذها المملكة العربية السعودية للقضاء على الإرهاب.",
                "2015-08-08"),
        "statement_issued");
    REQUIRE(!statements.empty());
    const Actor& speaker = statements.back()->actors.front();
    CHECK(speaker.kind == "person");
    CHECK(speaker.name_ar == "عبدالعزيز بن عبدالله الداود");
    CHECK(speaker.title == "Embassy");
}

TEST_CASE("meeting held: those who met are named before what they met about and the meeting they prepare",
          "[events][meeting]") {
    // dev013 and dev014 (Doha, 2015-08-03): the powers of the nuclear deal, the coalition against ISIL and
    // Kerry, guest of the meeting prepared for, are not parties.
    const auto kerry = of_type(
        extract("يعقد وزير الخارجية الأمريكي جون كيري اجتماعا مع دول مجلس التعاون الخيلجي اليوم في الدوحة لبحث "
                "تداعيات الاتفاق النووي الإيراني مع القوى الكبرى وتطورات الأوضاع في سوريا والمستجدات العراقية وكيفية "
                "تفعيل عمل التحالف الدولي لمكافحة إرهاب داعش والأزمة اليمنية فضلا عن مناقشة القضية الفلسطينية وعملية "
                "السلام المجمدة في الشرق الأوسط.",
                "2015-08-03"),
        "meeting_held");
    REQUIRE(kerry.size() == 1);
    std::vector<std::string> ids;
    for (const Actor& a : kerry[0]->actors) ids.push_back(a.id);
    CHECK(ids == std::vector<std::string>{"john-kerry", "GCC"});
    const auto gulf = of_type(
        extract("وعقد وزراء خارجية دول مجلس التعاون الخليجي “اجتماعا تنسيقيا”، مساء الأحد، في العاصمة القطرية تمهيدا "
                "للاجتماع المشترك بين الوزراء وكيري، وفق ما نقلته وكالة الأنباء القطرية.",
                "2015-08-03"),
        "meeting_held");
    REQUIRE(gulf.size() == 1);
    REQUIRE(gulf[0]->actors.size() == 1);
    CHECK(gulf[0]->actors[0].id == "GCC");
    // corpus snn-2015-07-22-0032: the parties of the agreement discussed are not those who met.
    const auto carter = of_type(
        extract(
            "اختتم وزير الدفاع الأميركي آشتون كارتر، زيارته لإسرائيل، أمس، بلقاء مع رئيس الوزراء الإسرائيلي بنيامين "
            "نتنياهو، محاولا التخفيف من معارضته للاتفاق النووي المبرم بين إيران والقوى الكبرى، ووعده بوقوف الولايات "
            "المتحدة مع إسرائيل في مواجهة أي خطر إيراني.",
            "2015-07-22"),
        "meeting_held");
    REQUIRE(carter.size() == 1);
    CHECK(has_actor(*carter[0], "USA", "participant"));
    CHECK(has_actor(*carter[0], "ISR", "participant"));
    // corpus snn-2015-07-25-0441: what Abbas affirmed after the comma names no one who met.
    const auto abbas = of_type(
        extract("وأشار الرئيس عباس، خلال ترؤسه اجتماعاً للمجلس الاستشاري لحركة فتح إلى ترحيب القيادة الفلسطينية بالجهود "
                "الفرنسية والأوروبية لإحياء العملية التفاوضية، مؤكداً أن الافكار التي طرحها الجانب الفرنسي تصلح كقاعدة "
                "لإطلاق المفاوضات بين الفلسطينيين والإسرائيليين.",
                "2015-07-25"),
        "meeting_held");
    REQUIRE(abbas.size() == 1);
    CHECK(has_actor(*abbas[0], "FATAH", "participant"));
    CHECK_FALSE(has_actor(*abbas[0], "ISR", "participant"));
    for (const char* other : {"IRN", "RUS", "CHN", "FRA", "GBR", "DEU"})
        CHECK_FALSE(has_actor(*carter[0], other, "participant"));
}

TEST_CASE("meeting held: states joined by و after the officials of a state are more of the other side",
          "[events][meeting]") {
    // Corpus snn-2015-07-23-0084: ambassadors of four states.
    const auto ambassadors = of_type(extract("استدعت نائبة وزير الخارجية، تسيبي حوتوبيلي، خمسة سفراء أوروبيين.\n"
                                             "وكانت نائبة وزير الخارجية حوتوبيلي، قد التقت مع سفراء السويد "
                                             "والدنمارك وسويسرا وبريطانيا لدى إسرائيل، ومع أعضاء من البرلمان "
                                             "الأوروبي.",
                                             "2015-07-23"),
                                     "meeting_held");
    REQUIRE(ambassadors.size() == 1);
    for (const char* state : {"SWE", "DNK", "CHE", "GBR"}) CHECK(has_actor(*ambassadors[0], state, "participant"));
    // Corpus snn-2015-07-31-0173: the presidents of Kenya and Uganda.
    const auto leaders = of_type(extract("ومن المقرر أن يلتقى أوباما بقادة إقليميين من بينهم رؤوساء كينيا وأوغندا "
                                         "ورئيس الاتحاد الإفريقي ووزير خارجية السودان في وقت لاحق من اليوم لمناقشة "
                                         "قضية جنوب السودان بصورة أساسية.",
                                         "2015-07-31"),
                                 "meeting_planned");
    REQUIRE(leaders.size() == 1);
    CHECK(has_actor(*leaders[0], "KEN", "participant"));
    CHECK(has_actor(*leaders[0], "UGA", "participant"));
    // Corpus snn-2015-08-06-0348: states right after a verb of visiting are places a tour goes on to;
    // the second is no side of the first visit.
    for (const auto& visit :
         of_type(extract("وزار شوداري بلجيكا والنرويج عدة مرات أثناء حملاته الدعوية.", "2015-08-06"), "meeting_held"))
        CHECK_FALSE(has_actor(*visit, "NOR", "participant"));
}

TEST_CASE("meeting held: parties of a clause after منذ أن are no side of the visit", "[events][meeting][negative]") {
    // Corpus snn-2015-08-01-0023: the Houthis were driven out of Aden; the vice-president met none of
    // them, and a visit to a city of his own state meets no other side.
    CHECK(of_type(extract("قال مسؤول في مطار إن خالد بحاح نائب الرئيس اليمني وصل إلى مدينة عدن "
                          "الساحلية بجنوب اليمن اليوم السبت ليصبح أكبر مسؤول يزور المدينة منذ أن "
                          "طرد مقاتلون محليون جماعة الحوثي منها قبل أكثر من أسبوعين.",
                          "2015-08-01"),
                  "meeting_held")
              .empty());
}

TEST_CASE("meeting held: two subjects joined by و meet with the one after مع", "[events][meeting]") {
    // corpus snn-2015-08-04-0067: the Secretary-General is a second subject, Kerry the other side.
    const auto meetings = of_type(
        extract(
            "اجتمع وزراء خارجية دول مجلس التعاون لدول الخليج العربية والأمين العام لمجلس التعاون مع وزير خارجية "
            "الولايات المتحدة الأمريكية جون كيري, اليوم في مدينة الدوحة بدولة قطر, لبحث التقدم المحرز ورسم الخطوات "
            "القادمة بشأن الشراكة الإستراتيجية بين مجلس التعاون والولايات المتحدة، ومجالات التعاون بين الجانبين التي "
            "أعلن عنها في كامب ديفيد في 14 مايو 2015.",
            "2015-08-04"),
        "meeting_held");
    REQUIRE(meetings.size() == 1);
    CHECK(has_actor(*meetings[0], "GCC", "participant"));
    CHECK(has_actor(*meetings[0], "USA", "participant"));
    CHECK(meetings[0]->date.value == "2015-08-04");
}

TEST_CASE("modality: قد before a verb in the present is a possibility, a meeting every six months a habit",
          "[events][negative]") {
    // corpus snn-2015-08-06-0183: "المفاوضات التي قد تجري في مؤتمر «جنيف - 3»" may take place.
    const auto possible = extract(
        "وإذا كانت روسيا قد تعهّدت منذ البداية إفشال كل فرص الحل السياسي عبر دعمها المطلق للأسد بالفيتو وبالسلاح، ومن "
        "خلال نسفها المتكرر لإمكان إنجاح مؤتمر جنيف بفرضها صيغة ملتبسة حول عملية الانتقال السياسي، وما إذا كانت تعني "
        "خروج الأسد أو بقائه لفترة محدودة، فإن تصريحات لافروف في الدوحة أضافت عقدة أمام الحل السياسي، عندما قال: «إن "
        "التوصل إلى تسوية سياسية في سوريا يحتاج إلى مشاركة جميع الأطراف»، بما يوحي أنه يكرر الاقتراح الروسي ضم إيران "
        "إلى "
        "المفاوضات التي قد تجري في مؤتمر «جنيف - 3»، الذي يروّج له ستيفان دي ميستورا، وهو ما تعارضه دول الخليج وتركيا، "
        "وربما لهذا حرص كيري على القول إن الأسد قد سقط وانتهى، وإنه السبب في ظهور «داعش» والإرهابيين في سوريا.",
        "2015-08-06");
    CHECK(of_type(possible, "meeting_held").empty());
    // corpus snn-2015-08-04-0163: after the council's meeting of yesterday, its habit is no meeting of its own.
    const auto habit = extract(
        "وبدأ أمس اجتماع مجلس الشورى العسكري التركي الأعلى، برئاسة رئيس الوزراء أحمد داود أوغلو، وبمشاركة كبار القادة "
        "العسكريين، ووزير الدفاع وجدي غونول.\n"
        "ويتم خلال الاجتماع الذي يعقد كل ستة أشهر النظر في وضع الضباط الذين يتهمون بقضايا تتعلق بالانضباط، والإخلال "
        "باللوائح والأنظمة العسكرية، بالإضافة إلى كثير من المسائل الأخرى التي تخص القوات المسلحة، حيث يتخذ المجلس "
        "قرارات "
        "متعلقة بالخدمة العسكرية، من قبيل الترقيات والعقوبات والتقاعد.",
        "2015-08-04");
    const auto held = of_type(habit, "meeting_held");
    REQUIRE(held.size() == 1);
    CHECK(held[0]->mentions.front().sentence == 0);
    CHECK(of_type(habit, "meeting_planned").empty());
}

TEST_CASE("modality: a meeting in the present right after أن is wished or due, not held", "[events][planned]") {
    // Corpus snn-2015-08-11-0772, snn-2015-07-26-0025: supposed to meet, hoped to visit.
    for (const char* sentence : {"إذ كان من المفترض أن يلتقي ظريف نظيره التركي مولود جاوش اوغلو.",
                                 "وكانت جدة أوباما قد تمنت في حديث مع دوتشيه فيلله أن يزور الرئيس الأميركي باراك "
                                 "أوباما كينيا."}) {
        INFO(sentence);
        const auto events = extract(sentence, "2015-08-11");
        CHECK(of_type(events, "meeting_held").empty());
        CHECK(of_type(events, "meeting_planned").size() == 1);
    }
    // After بعد أن the meeting took place.
    CHECK(of_type(extract("وقال ظريف بعد أن يلتقي نظيره التركي مولود جاوش اوغلو إن العلاقات جيدة.", "2015-08-11"),
                  "meeting_planned")
              .empty());
}

TEST_CASE(
    "modality: talks whose importance or need is stressed, or that are made possible, are neither held nor "
    "planned",
    "[events][negative]") {
    // Corpus snn-2015-08-04-0827, snn-2015-08-01-0802: the talks are urged; snn-2015-08-10-0910: made possible;
    // snn-2015-08-11-0701: aimed at.
    for (const char* sentence :
         {"من ناحيته، أكد نائب رئيس الجمهورية إياد علاوي أهمية اعتماد الحوار بين العراق وجميع دول المنطقة للحفاظ "
          "على أمنها واستقرارها.",
          "من جهة ثانية أكد النائب البرلماني خضر حبيب أهمية تواصل الحوار بين تيار المستقبل وحزب الله خلال الفترة "
          "القادمة.",
          "قال الرئيس الأميركي باراك أوباما إن حل القضية النووية الإيرانية يتيح إمكانية فتح محادثات موسعة مع إيران في "
          "قضايا أخرى.",
          "وعبر لافروف عن أمله في تعزيز الجهود للتوصل إلى حوار بين دول الخليج و إيران.",
          // Corpus snn-2015-08-03-0089: consultations that go on, in general.
          "وتحدث كيري أيضا عن استمرار المشاورات بين واشنطن وحلفائها الخليجيين في «كيفية دمج انظمة الصواريخ "
          "البالستية لدول المنطقة»، فضلا عن «زيادة عدد التدريبات (العسكرية) التي نقوم بها معا»"}) {
        INFO(sentence);
        const auto events = extract(sentence, "2015-08-04");
        CHECK(of_type(events, "meeting_held").empty());
        CHECK(of_type(events, "meeting_planned").empty());
    }
}

TEST_CASE("meeting planned: a day after a word of another event is that event's", "[events][planned][date]") {
    // Corpus snn-2015-07-21-0117: the talks come after the agreement reached last Tuesday.
    const auto planned = of_type(extract("ومن المقرر أن يجري الوزير الألماني محادثات مع الرئيس الإيراني حسن روحاني "
                                         "وكثير من الوزراء عقب الاتفاق الذي تم التوصل إليه الثلاثاء الماضي.",
                                         "2015-07-21"),
                                 "meeting_planned");
    REQUIRE_FALSE(planned.empty());
    for (const auto& meeting : planned) CHECK(meeting->date.value.empty());
    // Corpus (dev): "بعد ظهر الاثنين" is the day itself.
    const auto council = of_type(
        extract("يجتمع مجلس الأمن الدولي بعد ظهر الاثنين لبحث الهجوم، بناء على طلب الولايات المتحدة.", "2018-04-08"),
        "meeting_planned");
    REQUIRE(council.size() == 1);
    CHECK(council[0]->date.value == "2018-04-09");
}

TEST_CASE("meeting held: to conclude an agreement with عقد holds no meeting", "[events][negative]") {
    // Corpus snn-2015-08-09-0838: agreements concluded on the sidelines of talks.
    const auto events = extract(
        "وكانت إيران قد عقدت اتفاقيات سرية مع الوكالة الدولية للطاقة الذرية على هامش "
        "مفاوضاتها مع دول مجموعة الست.",
        "2015-08-09");
    CHECK(of_type(events, "meeting_held").empty());
}

TEST_CASE("meeting held: to look for something with بحث عن discusses nothing with anyone", "[events][negative]") {
    // Corpus snn-2015-07-25-0873, snn-2015-08-04-0949.
    for (const char* sentence :
         {"موضحا أن باريس تبحث عن الحلول السياسية لتسوية قضايا المنطقة والتعاون مع طهران لمواجهة تنظيم داعش.",
          "إيران تبحث عن تطبيع العلاقات مع السعودية ودول الجوار."}) {
        INFO(sentence);
        CHECK(of_type(extract(sentence, "2015-07-25"), "meeting_held").empty());
    }
    // Discussing with someone is a meeting.
    CHECK_FALSE(of_type(extract("وبحث وزير الخارجية السعودي عادل الجبير مع نظيره الروسي سيرغي لافروف الأزمة السورية.",
                                "2015-08-11"),
                        "meeting_held")
                    .empty());
}

TEST_CASE("modality: a future meeting is planned, not held", "[events][planned]") {
    // samples/astana/001
    const auto events = extract(
        "وأوضح خلال مؤتمر صحفي اليوم، الأربعاء 21 من حزيران، أن الاجتماع المقبل سيعقد في النصف الثاني من العام الجاري، "
        "بمكان يحدد لاحقًا.",
        "2023-06-21");
    CHECK(of_type(events, "meeting_held").empty());
    const auto planned = of_type(events, "meeting_planned");
    REQUIRE(planned.size() == 1);
    CHECK(planned[0]->date.value == "2023-H2");
    CHECK(planned[0]->date.precision == "half");
    // Corpus snn-2015-08-11-1118, snn-2015-08-01-0907: talks with someone, held in the future.
    for (const char* sentence :
         {"وقال لافروف إن موسكو ستجري محادثات منفصلة مع ممثلي المعارضة السورية ومن بينها الائتلاف الوطني السوري في "
          "الايام المقبلة.",
          "قالت وزارة الخارجية الروسية اليوم السبت إن وزير الخارجية الروسي سيرجي لافروف سيعقد اجتماعا ثلاثيا مع "
          "نظيريه الأمريكي جون كيري والسعودي عادل الجبير خلال زيارة عمل لقطر يومي الثاني والثالث من أغسطس آب.",
          // snn-2015-08-06-0391: scheduled ("مقررا").
          "وفي طهران، انتقد البرلمان الإيراني أمس اجتماعا مقررا بين رئيس الوكالة الدولية للطاقة الذرية ومجلس الشيوخ "
          "الأميركي."}) {
        INFO(sentence);
        const auto talks = extract(sentence, "2015-08-01");
        CHECK(of_type(talks, "meeting_held").empty());
        CHECK_FALSE(of_type(talks, "meeting_planned").empty());
    }
}

TEST_CASE("modality: what is expected after من المقرر or من المنتظر has not taken place", "[events][planned]") {
    // Corpus snn-2015-07-31-1021: the arrival awaited on Sunday and the dialogue Kerry is to chair then.
    const auto awaited = extract(
        "ويأتي الإعلان فيما من المنتظر وصول وزير الخارجية الأميركي جون كيري الأحد إلى القاهرة ليتشارك مع نظيره "
        "المصري سامح شكري في ترؤس \"حوار إستراتيجي\" بين الحليفين.",
        "2015-07-31");
    CHECK(of_type(awaited, "meeting_held").empty());
    const auto planned = of_type(awaited, "meeting_planned");
    REQUIRE(planned.size() == 1);
    CHECK(planned[0]->date.value == "2015-08-02");
    CHECK(has_actor(*planned[0], "john-kerry", "participant"));
    // snn-2015-08-03-1054: the visit in a relative clause after the scheduled meeting is no meeting held.
    CHECK(of_type(extract("وفي الدوحة من المقرر أن يجتمع لافروف مع نظيره الأمريكي جون كيري الذي يزور قطر لإجراء "
                          "محادثات مع الدول الست أعضاء مجلس التعاون لدول الخليج العربية.",
                          "2015-08-03"),
                  "meeting_held")
              .empty());
    // snn-2015-07-21-0339: what the Union is expected to ask for it has not asked yet.
    CHECK(of_type(extract("ومن المتوقع أن يتبنى الاتحاد الأوروبي هذه المعايير ويطالب العواصم الأوروبية الأخرى "
                          "بتطبيقها في خطة زمنية تناسب كل منها.",
                          "2015-07-21"),
                  "statement_issued")
              .empty());
}

TEST_CASE("modality: a saying after the clause of what is expected was said", "[events][planned][negative]") {
    // Corpus snn-2015-07-31-0426: a comma closes the expected exhibition; "يقول" after it is the answer given.
    const auto said = of_type(
        extract("قال الدكتور عبد الرحمن الشريف، مدير عام الجمعية الوطنية للمتقاعدين، إن الجمعية تعمل على مشروع جديد. "
                "وأفاد الشريف بأن الشركات الكبرى أصبحت تتسابق على استقطاب المتقاعدين، كاشفا عن مشروع للتوظيف يتضمن "
                "إقامة معرض كبير، من المتوقع أن يقام قريبا بحيث تجري دعوة الشركات الكبرى لتسويق خبرات المتقاعدين، "
                "وبسؤاله عن عدد الذين أسهمت الجمعية في توظيفهم، يقول: «العدد يزيد على 2500 متقاعد».",
                "2015-07-31"),
        "statement_issued");
    CHECK(std::count_if(said.begin(), said.end(),
                        [](const auto& e) { return e->mentions[0].text.find("يقول") != std::string::npos; }) == 1);
}

TEST_CASE("meeting planned: the parties of an earlier meeting that names its own are not the planned one's",
          "[events][planned]") {
    struct Case {
        const char* sentence;
        const char* published;
        std::vector<std::string> parties, not_parties;
    };
    for (const Case& c : std::vector<Case>{
             // Corpus snn-2015-08-04-0662: Kerry met the emir and al-Jubeir, then goes to the meeting with the
             // Gulf ministers.
             {"وبدأ كيري نهاره بلقاء أمير قطر تميم بن حمد ال ثاني والجبير قبل التوجه الى اللقاء المقرر مع وزراء "
              "مجلس التعاون الخليجي.",
              "2015-08-04",
              {"john-kerry", "GCC"},
              {"tamim-bin-hamad", "adel-al-jubeir"}},
             // Corpus snn-2015-07-27-0236: the envoy's visit to come, not the visit of the one before.
             {"وقالت المصادر إن زيارة فانديلا تأتي للاطلاع على الأوضاع هناك، مشيرة إلى أن هناك زيارة مرتقبه للمبعوث "
              "الدولي إلى اليمن إسماعيل ولد الشيخ دون ان تحدد توقيتها.",
              "2015-07-27",
              {"ismail-ould-cheikh-ahmed"},
              {}},
             // Corpus snn-2015-07-24-0762: a meeting word with only a nationality after it names no parties of
             // its own: the tour is the visit to come.
             {"وفي عشية جولته الأفريقية، فإن أوباما «متحمس للزيارة المرتقبة لقارة أجداده التي تمتلك إمكانات نمو "
              "هائلة».",
              "2015-07-24",
              {"barack-obama"},
              {}}}) {
        INFO(c.sentence);
        const auto planned = of_type(extract(c.sentence, c.published), "meeting_planned");
        REQUIRE(planned.size() == 1);
        for (const std::string& party : c.parties) CHECK(has_actor(*planned[0], party, "participant"));
        for (const std::string& other : c.not_parties) CHECK_FALSE(has_actor(*planned[0], other, "participant"));
    }
}

TEST_CASE("modality: holding a meeting proposed, agreed on or dated as coming is planned, not held",
          "[events][planned]") {
    // SaudiNewsNet 2015, snn-2015-08-07-1092 and snn-2015-07-31-1856.
    for (const char* sentence :
         {"من جهته، أوضح متحدث الخارجية الباكستانية أن الهند اقترحت على باكستان عقد اجتماع لمستشاري الأمن الوطني "
          "يومي الـ23 والـ24 من شهر أغسطس الجاري، وأن باكستان ما زالت تدرس الطلب الهندي.",
          "واتفق عريقات وشالوم على إطلاع عباس ونتنياهو على نتائج اللقاء، كما اتفقا على عقد لقاء آخر قريبا.",
          // snn-2015-07-25-0122: the verbal noun dated as the coming month.
          "ووفقًا للبيان فإن الوزراء اتفقوا على خريطة طريق، وعلى عقد الاجتماع الثامن للجنة الثلاثية الوطنية في "
          "الفترة من 20 إلى 21 أغسطس المقبل بالعاصمة الإثيوبية أديس أبابا."}) {
        const auto events = extract(sentence, "2015-08-07");
        CHECK(of_type(events, "meeting_held").empty());
        CHECK_FALSE(of_type(events, "meeting_planned").empty());
    }
}

TEST_CASE("modality: talks a call asks for are planned, talks after which the call came were held",
          "[events][planned]") {
    // SaudiNewsNet 2015, snn-2015-08-06-0247: dialogue with Tehran demanded.
    const auto called = extract(
        "انتقد وزير الخارجية القطري مواصلة إيران دعمها لنظام بشار الأسد، في الوقت الذي طالب فيه بإجراء حوار "
        "جاد مع طهران.",
        "2015-08-06");
    // snn-2015-08-02-0556: talks whose verb "سوف" comes before, its subject between them, inside a
    // ministry's quoted words.
    const auto to_come = extract(
        "وقالت الخارجية الروسية: «إن أمير دولة قطر الشيخ تميم بن حمد آل ثاني سوف يستقبل لافروف، وسوف يجري الوزير "
        "الروسي محادثات مع نظيره القطري خالد بن محمد العطية»، بحسب وكالة ايتار تاس الروسية.",
        "2015-08-02");
    for (const auto& events : {called, to_come}) {
        CHECK(of_type(events, "meeting_held").empty());
        CHECK(of_type(events, "meeting_planned").size() == 1);
    }
    // snn-2015-07-31-0409: the call came after talks held with the Ethiopian prime minister.
    const auto after = extract(
        "ودعا أوباما بعد محادثات مع هايلي مريام ديسيلين رئيس الوزراء الإثيوبي، الذي فاز حزبه الحاكم في الانتخابات "
        "قبل شهرين بنسبة 100 في المائة، إثيوبيا التي تشهد نموا اقتصاديا قويا إلى تحسين أدائها في مجال حقوق الإنسان.",
        "2015-07-31");
    CHECK(of_type(after, "meeting_held").size() == 1);
    CHECK(of_type(after, "meeting_planned").empty());
}

TEST_CASE("meeting held: an ordinal numbers a round, not a committee's own meetings", "[events][meeting]") {
    // SaudiNewsNet 2015, snn-2015-07-23-0301: the talks on the Nile dam.
    const auto talks = extract(
        "بدأت بالعاصمة السودانية الخرطوم أعمال الجولة السابعة للجنة الوطنية الفنية الثلاثية لسد النهضة الإثيوبى "
        "بحضور وزراء مياه الدول الثلاث من مصر الدكتور حسام مغازي ومن السودان المهندس معتز موسى ومن إثيوبيا.",
        "2015-07-23");
    const auto rounds = of_type(talks, "meeting_held");
    REQUIRE(rounds.size() == 1);
    REQUIRE(rounds[0]->round);
    CHECK(rounds[0]->round->number == 7);
    for (const char* code : {"EGY", "SDN", "ETH"}) CHECK(has_actor(*rounds[0], code, "participant"));
    // snn-2015-07-23-0887: a festival committee's first meeting is no first round of anything.
    const auto committee =
        extract("عقدت اللجنة المنظمة لمهرجان صفري بيشة اجتماعها الأول أمس، في محافظة بيشة برئاسة المحافظ محمد بن سبرة.",
                "2015-07-23");
    for (const Event& event : committee) CHECK_FALSE(event.round);
}

TEST_CASE("meeting held: a visit told after a long row of posts, and no party in the greetings conveyed",
          "[events][meeting]") {
    // SaudiNewsNet 2015, snn-2015-08-06-0502.
    const auto events = extract(
        "قام الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع بزيارة إلى الأردن، أمس، "
        "تلبية لدعوة من الملك عبدالله الثاني.\n"
        "وعقد الملك عبدالله الثاني وولي ولي العهد اجتماعا، نقل فيه ولي ولي العهد تحيات خادم الحرمين الشريفين الملك "
        "سلمان بن عبدالعزيز والأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية إلى الملك عبدالله "
        "الثاني.",
        "2015-08-06");
    const auto meetings = of_type(events, "meeting_held");
    REQUIRE_FALSE(meetings.empty());
    CHECK(has_actor(*meetings[0], "mohammed-bin-salman", "participant"));
    CHECK(has_actor(*meetings[0], "JOR", "participant"));
    CHECK(meetings[0]->date.value == "2015-08-05");
    // Those whose greetings were conveyed did not meet.
    for (const auto& meeting : meetings) {
        CHECK_FALSE(has_actor(*meeting, "king-salman", "participant"));
        CHECK_FALSE(has_actor(*meeting, "mohammed-bin-nayef", "participant"));
    }
}

TEST_CASE("negation: a capital a visit was refused to is no side, and one called to visit plans nothing alone",
          "[events][meeting][negative]") {
    // SaudiNewsNet 2015, snn-2015-08-11-0086 and snn-2015-08-06-1359.
    const auto refused = extract(
        "وروسيا حتى «تشوش» على ضيوفها دائمًا تكرر أمامهم أنها لا تهتم بمصير الأسد، وأن الرئيس فلاديمير بوتين زار "
        "المنطقة ورفض زيارة دمشق.",
        "2015-08-11");
    for (const auto& meeting : of_type(refused, "meeting_held")) CHECK_FALSE(has_actor(*meeting, "SYR", "participant"));
    const auto invited = extract(
        "وقال متحدث باسم وزير الخارجية الإيطالي باولو جنتيلوني إن رئيس الوزراء ماتيو رينتسي دعا روحاني للقيام "
        "بالزيارة «في الأسابيع المقبلة».",
        "2015-08-06");
    CHECK(of_type(invited, "meeting_planned").empty());
    REQUIRE_FALSE(of_type(invited, "statement_issued").empty());
}

TEST_CASE("meeting held: a visit's other side is its goal, not one named in what is announced after it",
          "[events][meeting][negative]") {
    const auto no_side = [](const char* sentence, const char* date, const char* type, const char* actor) {
        for (const auto& meeting : of_type(extract(sentence, date), type))
            CHECK_FALSE(has_actor(*meeting, actor, "participant"));
    };
    const auto visited = [](const char* sentence, const char* date, const char* actor) {
        const auto meetings = of_type(extract(sentence, date), "meeting_held");
        REQUIRE(meetings.size() == 1);
        CHECK(has_actor(*meetings[0], actor, "participant"));
    };
    // SaudiNewsNet 2015, snn-2015-07-31-0395: Turkey is a side of the announcement, not of the visit.
    no_side(
        "وفي أديس أبابا التي يزورها الرئيس الأميركي باراك أوباما، أعلن مسؤول أميركي كبير أن الولايات المتحدة "
        "وتركيا متفقتان على العمل معا لتطهير شمال سوريا من تنظيم داعش.",
        "2015-07-27", "meeting_held", "TUR");
    // The goal of a visit, before the comma, is its other side; a capital stands for its state.
    visited("قام وزير الخارجية الفرنسي لوران فابيوس بزيارة إلى طهران، وقال إن العلاقات ستتحسن.", "2015-07-29", "IRN");
    // Corpus snn-2015-07-22-0061, with the full name of a president who left office in 2012.
    visited("وقام نيكولا ساركوزي بزيارة إلى تونس مرفوقا بوفد من حزبه.", "2015-07-22", "TUN");
    // The capital where they met is no side (snn-2015-07-25-0788).
    no_side(
        "التقى الرئيس الأميركي باراك أوباما العشرات من أقاربه على مأدبة عشاء مساء أمس في أحد فنادق العاصمة "
        "الكينية.",
        "2015-07-25", "meeting_held", "KEN");
    // Not the goal of another visit, before or after this one (snn-2015-07-31-0401).
    no_side("وأشارت الحكومة التركية إلى أن إردوغان سيزور إندونيسيا بعد انتهاء زيارته إلى الصين.", "2015-07-31",
            "meeting_planned", "CHN");
}

TEST_CASE("meeting: after بحث or ناقش what is discussed comes first and the other side after مع", "[events][meeting]") {
    // Corpus snn-2015-08-09-0961: the war on ISIL is discussed; Jubeir is the other side.
    const auto talks = of_type(extract("يبحث لافروف الوضع في سوريا والحرب على تنظيم داعش مع نظيره السعودي عادل "
                                       "الجبير في موسكو يوم الثلاثاء.",
                                       "2015-08-09"),
                               "meeting_planned");
    REQUIRE(talks.size() == 1);
    CHECK(has_actor(*talks[0], "adel-al-jubeir", "participant"));
    CHECK_FALSE(has_actor(*talks[0], "ISIL", "participant"));
}

TEST_CASE("meeting held: the one met with ب is the other side, the one who met is named before", "[events][meeting]") {
    // Corpus snn-2015-08-08-0522: not Putin and the defence minister who both were met.
    const auto met = of_type(extract("وبحسب قناة فوكس نيوز أن سليماني وصل إلى موسكو يوم 24 يوليو تموز والتقى بالرئيس "
                                     "الروسي فلاديمير بوتين ووزير الدفاع الروسي سيرجي شويجو قبل أن يغادر روسيا.",
                                     "2015-08-08"),
                             "meeting_held");
    REQUIRE(met.size() == 1);
    CHECK(has_actor(*met[0], "qasem-soleimani", "participant"));
    CHECK(has_actor(*met[0], "vladimir-putin", "participant"));
    // Corpus snn-2015-07-21-2643: "أنه التقى" is the meeting of the one who said it.
    const auto told = of_type(extract("وقال كيري إنه يختلف في الرأي مع الأمير بندر بن سلطان، موضحاً أنه التقى بوزير "
                                      "الخارجية السعودي عادل الجبير الذي ذكر أنهم يريدون اتفاقاً.",
                                      "2015-07-21"),
                              "meeting_held");
    REQUIRE(told.size() == 1);
    CHECK(has_actor(*told[0], "john-kerry", "participant"));
    CHECK(has_actor(*told[0], "adel-al-jubeir", "participant"));
}

TEST_CASE("meeting: a state right after a verb of visiting is the side visited, not the visitor", "[events][meeting]") {
    // Corpus snn-2015-08-10-0078: the visitor is the one who announced it.
    const auto announced = extract(
        "وأعلن شتاينماير أنه سيزور المملكة خلال شهر سبتمبر أو اكتوبر المقبلين وذلك ضمن "
        "التعاون الإستراتيجي بين برلين والرياض.",
        "2015-08-10");
    const auto planned = of_type(announced, "meeting_planned");
    REQUIRE(planned.size() == 1);
    CHECK(has_actor(*planned[0], "SAU", "participant"));
    CHECK(std::any_of(planned[0]->actors.begin(), planned[0]->actors.end(),
                      [](const Actor& a) { return a.kind == "person" && a.affiliation == "DEU"; }));
    // dev029: the one named before "عندما".
    const auto secret = extract(
        "وكانت صحيفة وول ستريت جورنال قد ذكرت أن مصير الأميركيين الثلاثة كان محور نقاش بين المسؤولين الكوريين "
        "الشماليين ووزير الخارجية الأميركي، مايك بومبيو، عندما زار بيونغ يانغ سراً الشهر الماضي.",
        "2018-05-09");
    const auto held = of_type(secret, "meeting_held");
    REQUIRE(held.size() == 1);
    CHECK(has_actor(*held[0], "PRK", "participant"));
    // With no one to have visited, a state visited is no meeting (corpus snn-2015-07-21-0457).
    for (const auto& meeting : of_type(extract("وزار اليمن والسودان وليبيا وسيناء.", "2015-07-21"), "meeting_held"))
        CHECK_FALSE(has_actor(*meeting, "YEM", "participant"));
}

TEST_CASE("meeting held: the one a meeting is against is no party to it", "[events][meeting][negative]") {
    // Corpus snn-2015-07-31-1462, as written there: the name in quotation marks after the noun that governs it.
    for (const char* sentence : {"بدأت اليوم في مدينة كيبيك الكندية اجتماعات دول التحالف الدولي ضد تنظيم داعش.",
                                 "بدأت اليوم في مدينة كيبيك الكندية اجتماعات دول التحالف الدولي ضد تنظيم “داعش” "
                                 "الإرهابي لمناقشة سبل تحسين حملتهم ضد التنظيم."}) {
        const auto meetings = of_type(extract(sentence, "2015-07-31"), "meeting_held");
        REQUIRE(meetings.size() == 1);
        CHECK_FALSE(has_actor(*meetings[0], "ISIL", "participant"));
    }
}

TEST_CASE("statement: the state where a post is held, after a noun that governs it, is no speaker",
          "[events][statement][negative]") {
    // Corpus snn-2015-08-11: the Saudi consul in Iran speaks for Saudi Arabia, not for Iran.
    const auto events = extract(
        "نفى ل\"الرياض\" القنصل السعودي العام بالإنابة في جمهورية إيران الإسلامية الأستاذ عبدالله يحيى الحمراني "
        "الأخبار التي تحدثت عن حفظ التحقيق في قضية تسمم مواطنين سعوديين.",
        "2015-08-11");
    for (const auto& statement : of_type(events, "statement_issued"))
        CHECK_FALSE(has_actor(*statement, "IRN", "speaker"));
}

TEST_CASE("meeting held: no party in the words said at it", "[events][meeting]") {
    // SaudiNewsNet 2015, snn-2015-08-01-0427.
    const auto events = extract(
        "طالب الرئيس الفلسطيني محمود عباس مساء امس الجمعة المجتمع الدولي بتصنيف جماعات المستوطنين الإسرائيليين "
        "كمنظمات إرهابية. وقال عباس لدى ترؤسه اجتماعا طارئا للقيادة الفلسطينية في رام الله:»نطالب المجتمع الدولي "
        "والأمم المتحدة "
        "وأميركا المنحازة دائما، بأن تسمى منظمات المستوطنين إرهابية«.",
        "2015-08-01");
    for (const auto& meeting : of_type(events, "meeting_held")) {
        CHECK_FALSE(has_actor(*meeting, "UNO", "participant"));
        CHECK_FALSE(has_actor(*meeting, "USA", "participant"));
    }
    REQUIRE_FALSE(of_type(events, "statement_issued").empty());
}

TEST_CASE("meeting held: a verb of saying ends the parties even with no comma", "[events][meeting]") {
    // SaudiNewsNet 2015, snn-2015-08-06-0345: Barzani is what they said, not one who met.
    const auto events = extract(
        "وبحسب مصادر مطلعة عن الاجتماعات التي جرت بين المسؤولين الأتراك والإيرانيين والأطراف الكردية، فإن كلا من "
        "طهران وأنقرة أكدت أن بقاء بارزاني في منصبه ضروري جدا لأنه يعتبر مصدرا للاستقرار في الإقليم والمنطقة.",
        "2015-08-06");
    const auto meetings = of_type(events, "meeting_held");
    REQUIRE(meetings.size() == 1);
    CHECK(has_actor(*meetings[0], "TUR", "participant"));
    CHECK(has_actor(*meetings[0], "IRN", "participant"));
    CHECK_FALSE(has_actor(*meetings[0], "masoud-barzani", "participant"));
}

TEST_CASE("an undated saying takes no day after the article's from a plan before it", "[events][dates]") {
    // After SaudiNewsNet 2015, snn-2015-08-11-0107: the session next Thursday is not when Jabouri spoke.
    const auto events = extract(
        "خرج آلاف العراقيين في بغداد والمحافظات العراقية للمطالبة بالإصلاح في العراق. وقال رئيس البرلمان العراقي "
        "سليم الجبوري في مؤتمر صحافي عقده في مبنى البرلمان إن «ورقة الإصلاحات التي قدمها مجلس النواب ستتضمن القضاء "
        "على الترهل في مجالس المحافظات». وأشار إلى أن «هناك جملة من التشريعات التي يجب على مجلس النواب تشريعها "
        "كقوانين المحكمة الاتحادية والأحزاب السياسية والمصالحة الوطنية التي أدرجت على جدول أعمال جلسة البرلمان في "
        "الخميس المقبل». وأوضح أن «قانون المحكمة الاتحادية بقيت فيه قضية محل نقاش بين الكتل السياسية».",
        "2015-08-11");
    const auto planned = of_type(events, "meeting_planned");
    REQUIRE(planned.size() == 1);
    CHECK(planned[0]->date.value == "2015-08-13");
    const auto statements = of_type(events, "statement_issued");
    REQUIRE(statements.size() == 3);
    for (const auto& statement : statements) CHECK(statement->date.value == "2015-08-11");
}

TEST_CASE("negation: a round not yet requested is neither planned nor held", "[events][negative]") {
    // samples/astana/002
    const auto events = extract(
        "أشار وزير الخارجية الكازاخستاني إلى أن الدول الضامنة لعملية \"أستانا\" (روسيا وتركيا وإيران) لم تتقدم بعد إلى "
        "الجانب الكازاخستاني لعقد الجولة المقبلة في نور سلطان.",
        "2022-09-01");
    CHECK(of_type(events, "meeting_planned").empty());
    CHECK(of_type(events, "meeting_held").empty());
    CHECK(of_type(events, "statement_issued").size() == 1);
}

TEST_CASE("host withdrawal: the host after the hosting verb, not the speaker's state", "[events][withdrawal]") {
    // samples/astana/001
    const auto events = extract(
        "أعلن المبعوث الخاص للرئيس الروسي إلى سوريا، ألكسندر لافرنتييف، في ختام الاجتماع الدولي بشأن سوريا، بصيغة "
        "\"أستانة\"، أن الاجتماع العشرين الذي انتهى اليوم هو الأخير الذي تستضيفه كازاخستان، بقرار من قيادتها.",
        "2023-06-21");
    const auto withdrawals = of_type(events, "host_withdrawal");
    REQUIRE(withdrawals.size() == 1);
    CHECK(with_role(*withdrawals[0], "host")->id == "KAZ");
    CHECK(withdrawals[0]->round->number == 20);
    CHECK(withdrawals[0]->date.value == "2023-06-21");
}

TEST_CASE("host withdrawal: refusing to end the talks is no withdrawal", "[events][withdrawal][negative]") {
    // samples/astana/000
    const auto events = extract(
        "ولكن ما إن انتهى نائب الوزير الكازخستاني من تصريحه، حتى رد الروس على كلامه رافضين إنهاء هذا المسار، مدعين "
        "أهمية استمرار المسار.",
        "2023-06-22");
    CHECK(of_type(events, "host_withdrawal").empty());
    const auto rejections = of_type(events, "statement_issued");
    REQUIRE(rejections.size() == 1);
    CHECK(with_role(*rejections[0], "speaker")->id == "RUS");
}

TEST_CASE("host withdrawal: ending a series the sentence names or the hosting", "[events][withdrawal]") {
    for (const std::string sentence :
         {"وأعلنت كازاخستان إنهاء مسار أستانا بعد الاجتماع العشرين.", "وأعلنت كازاخستان إنهاء استضافة محادثات أستانا.",
          "وأعلنت كازاخستان وقف استضافة المحادثات."}) {
        const auto withdrawals = of_type(extract(sentence, "2023-06-22"), "host_withdrawal");
        REQUIRE(withdrawals.size() == 1);
        CHECK(with_role(*withdrawals[0], "host")->id == "KAZ");
    }
}

TEST_CASE("host withdrawal: a summit called off or a session or talks that end are no withdrawal",
          "[events][withdrawal][negative]") {
    // Corpus snn-2015-07-21-2715, snn-2015-08-04 (creditors of Greece), a trial's last session, a trading
    // session's close.
    for (const std::string sentence :
         {"واس- بروكسل: أعلن رئيس المجلس الأوروبي دونالد توسك عن إلغاء القمة الأوروبية التي كانت مقررة على مستوى "
          "جميع قادة الاتحاد الأوروبي.",
          "يخطط الدائنون لإنهاء المحادثات حول الشروط المرفقة ببرنامج الإنقاذ الجديد لليونان في السادس من أغسطس.",
          "وفي الرد على سؤال عما إذا كانت هذه الجلسة هي الأخيرة، أشارت إلى أنه وفقا لما أبلغنا به ستكون الجلسة "
          "الرابعة هي الأخيرة في المحاكمة.",
          "وانخفضت أسعار النفط الخام الأمريكي 14 سنتا إلى 48 دولارا بعد انخفاضه عند الإغلاق في جلسة التعامل "
          "السابقة."})
        CHECK(of_type(extract(sentence, "2015-08-04"), "host_withdrawal").empty());
}

TEST_CASE("hosting offer: a state ready to resume hosting", "[events][offer]") {
    // samples/astana/003
    const auto offers = of_type(extract("ذكرت وزارة الخارجية الكازاخستانية في تصريحات أن السلطات الكازاخستانية مستعدة "
                                        "لاستئناف المفاوضات بشأن سوريا بصيغة أستانا في عاصمة الجمهورية كبادرة حسن نية.",
                                        ""),
                                "hosting_offer");
    REQUIRE(offers.size() == 1);
    CHECK(with_role(*offers[0], "host")->id == "KAZ");
}

TEST_CASE("hosting offer: a state ready to host a tournament offers no talks", "[events][offer]") {
    // Corpus snn-2015-08-02-0193 and snn-2015-08-07-0511: the Gulf football cup.
    for (const char* text :
         {"وأبدت قطر استعداداتها لاستضافة هذه البطولة في نسختها الـ23 ولكن قد يكون هناك تغيير كامل في موعدها.",
          "وقال رئيس الهيئة العامة للشباب والرياضة: إن دولة الكويت على أتم الاستعداد لاستضافة هذا العرس الرياضي "
          "الخليجي في موعده المحدد."}) {
        INFO(text);
        CHECK(of_type(extract(text, "2015-08-07"), "hosting_offer").empty());
    }
}

TEST_CASE("joint statement: signatories before it, and a final communique dated by the text", "[events][joint]") {
    // samples/astana/000
    const auto joint =
        of_type(extract("وبعد هذا الإرباك الذي سببه تصريح المسؤول الكازخستاني، أعلنت روسيا وإيران وتركيا ببيان مشترك "
                        "أنهم اتفقوا على عقد الاجتماع المقبل بشأن سوريا في النصف الثاني من عام 2023.",
                        "2023-06-22"),
                "joint_statement");
    REQUIRE(joint.size() == 1);
    for (const char* code : {"RUS", "IRN", "TUR"}) CHECK(has_actor(*joint[0], code, "signatory"));
    CHECK_FALSE(has_actor(*joint[0], "KAZ", "signatory"));
    const auto final_statement =
        of_type(extract("وكان المشاركون في الجولة الـ 20 لمباحثات أستانا أصدروا بياناً ختامياً أمس.", "2023-06-22"),
                "joint_statement");
    REQUIRE(final_statement.size() == 1);
    CHECK(final_statement[0]->round->number == 20);
    CHECK(final_statement[0]->date.value == "2023-06-21");
}

TEST_CASE("joint statement: a day in a relative clause after it is that clause's act, and with none it is the day's",
          "[events][joint][date]") {
    // corpus snn-2015-08-10-0200: the Camp David summit's day is not the Doha statement's.
    const auto joint = of_type(
        extract("ورحب في هذا السياق بالبيان المشترك الصادر عقب اجتماع الأمراء ووزراء خارجية دول مجلس التعاون لدول "
                "الخليج العربية والأمين العام للمجلس مع وزير خارجية الولايات المتحدة الأميركية، في الدوحة لبحث التقدم "
                "المحرز ورسم الخطوات القادمة بشأن الشراكة الاستراتيجية بين الجانبين ومجالات التعاون التي أعلن عنها في "
                "قمة كامب ديفيد في 14 مايو (أيار) 2015.",
                "2015-08-10"),
        "joint_statement");
    REQUIRE(joint.size() == 1);
    CHECK(joint[0]->date.value == "2015-08-10");
}

TEST_CASE("joint statement: what the sides affirmed in a statement issued on a day the text gives is of that day",
          "[events][joint][date]") {
    // Corpus snn-2015-08-06-1479: the statement came out the day before publication; the visit it tells of was
    // the day before that.
    const auto events = extract(
        "صدر امس بيان مشترك بمناسبة زيارة صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب "
        "الثاني لرئيس مجلس الوزراء وزير الدفاع للمملكة الأردنية الهاشمية فيما يلي نصه: \n"
        "انطلاقاً من العلاقات التاريخية الوثيقة والراسخة التي تربط المملكة العربية السعودية والمملكة الأردنية "
        "الهاشمية، فقد قام صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي ولي العهد بزيارة إلى "
        "المملكة الأردنية الهاشمية، تلبية لدعوة كريمة من جلالة الملك عبدالله الثاني يوم الثلاثاء 19/ 10/ 1436ه "
        "الموافق 4/ 8 / 2015م. \n"
        "وأكد الجانبان على أن سلامة وأمن المملكة الأردنية الهاشمية والمملكة العربية السعودية هو كل لا يتجزأ.",
        "2015-08-06");
    const auto joint = of_type(events, "joint_statement");
    REQUIRE(joint.size() == 2);
    for (const auto& e : joint) CHECK(e->date.value == "2015-08-05");
    const auto visit = of_type(events, "meeting_held");
    REQUIRE(visit.size() == 1);
    CHECK(visit.front()->date.value == "2015-08-04");
}

TEST_CASE("meeting held: the body on the sidelines of whose event two met is no side", "[events][meeting][negative]") {
    // Corpus snn-2015-07-31-0382: Hollande met Rouhani at the General Assembly; the Assembly met no one.
    const auto met = of_type(extract("وسبق لهولاند أن التقى روحاني مرتين، إحداهما العام الماضي على هامش أعمال الجمعية "
                                     "العامة للأمم المتحدة.",
                                     "2015-07-31"),
                             "meeting_held");
    for (const auto& e : met)
        CHECK(std::none_of(e->actors.begin(), e->actors.end(), [](const Actor& a) { return a.id == "UNGA"; }));
}

TEST_CASE("meeting held: receiving the injured holds no talks", "[events][meeting][negative]") {
    // Corpus snn-2015-08-11-0187: the deputy received those injured in the bombing, to wish them well.
    CHECK(of_type(extract("استقبل نائب خادم الحرمين الشريفين عددًا من مصابي حادث التفجير الإرهابي الذين تماثلوا "
                          "للشفاء بعد تلقيهم العلاج، ونقل لهم تمنيات ودعوات خادم الحرمين الشريفين، بأن يمن الله "
                          "عليهم بالشفاء العاجل.",
                          "2015-08-11"),
                  "meeting_held")
              .empty());
}

TEST_CASE("meeting held: one whose greetings or condolences a call or a session conveys is no party of it",
          "[events][meeting][negative]") {
    const auto has_party = [](const auto& events, const std::string& id) {
        return std::any_of(events.begin(), events.end(), [&](const auto& e) {
            return std::any_of(e->actors.begin(), e->actors.end(), [&](const Actor& a) { return a.id == id; });
        });
    };
    // Corpus snn-2015-08-04-0629: the emir called; the king's condolences were conveyed, he was not on the call.
    const auto call = of_type(
        extract("أجرى صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير اتصالا هاتفيا نقل خلاله "
                "تعازي ومواساة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، وسمو ولي العهد، وسمو ولي ولي "
                "العهد - حفظهم الله - إلى أسرة الشهيد مفرح بن محمد الحامدي.",
                "2015-08-04"),
        "meeting_held");
    REQUIRE_FALSE(call.empty());
    CHECK(has_party(call, "faisal-bin-khalid-bin-abdulaziz"));
    CHECK_FALSE(has_party(call, "king-salman"));
    // Corpus snn-2015-08-09-0568: the Chinese president sent his greetings to the visit he looks forward to.
    const auto visit = of_type(extract("وصرح الناطق الرسمي باسم الرئاسة المصرية السفير علاء يوسف بأن المبعوث نقل "
                                       "للرئيس السيسي تحيات وتقدير نظيره الصيني، وتطلعه إلى استقبال الرئيس السيسي "
                                       "في زيارته المقبلة إلى الصين.",
                                       "2015-08-09"),
                               "meeting_planned");
    CHECK_FALSE(has_party(visit, "xi-jinping"));
    // Corpus snn-2015-08-10-0074: condolences are no one's family name.
    const auto said = of_type(extract("ورفع عضو المجلس زايد الأسمري التعازي لقيادة هذا البلد قائلاً : نؤكد وقوفنا "
                                      "صفاً واحداً مع قيادتنا ورجال امننا البواسل.",
                                      "2015-08-10"),
                              "statement_issued");
    REQUIRE(said.size() == 1);
    CHECK(said.front()->actors.front().name_ar == "زايد الأسمري");
}

TEST_CASE("joint statement: one state alone issues none", "[events][joint][negative]") {
    // Corpus snn-2015-08-10-0071: the Cabinet stresses what the joint statement of the visit held; snn-2015-08-11-1277:
    // one state's officials.
    for (const char* sentence :
         {"وبين، أن مجلس الوزراء نوه بعمق العلاقات التاريخية والوثيقة والراسخة التي تربط المملكة العربية السعودية "
          "والمملكة الأردنية الهاشمية بقيادة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وأخيه جلالة الملك "
          "عبدالله الثاني ، واستمع في هذا الشأن إلى نتائج زيارة صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز "
          "ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع للأردن واجتماعه مع جلالة الملك عبدالله الثاني "
          "وعدد من المسؤولين في الأردن ، وشدد مجلس الوزراء على ما اشتمل عليه البيان الختامي المشترك الصادر بمناسبة "
          "الزيارة وما تضمنه من اتفاق على أهمية تعزيز التعاون الاستراتيجي والسياسي والاقتصادي والعسكري والأمني بين "
          "البلدين والعمل المشترك في مكافحة الإرهاب والتنظيمات الإرهابية.",
          "وقال مسؤولون في مجلس السلامة الهولندي في بيان مشترك ان محققين دوليين وهولنديين يحققون في العديد من "
          "القطع."}) {
        INFO(sentence);
        CHECK(of_type(extract(sentence, "2015-08-10"), "joint_statement").empty());
    }
}

TEST_CASE("joint statement: two of one state speak as one side, and each says it", "[events][joint][negative]") {
    // Corpus snn-2015-08-06-2131: the king and the crown prince congratulate Bolivia's president.
    const auto events = extract(
        "وأعرب الملك سلمان والأمير محمد بن نايف باسمهما واسم شعب وحكومة المملكة عن أصدق "
        "التهاني وأطيب التمنيات بالصحة والسعادة للرئيس إيفو موراليس أيما.",
        "2015-08-06");
    CHECK(of_type(events, "joint_statement").empty());
    const auto said = of_type(events, "statement_issued");
    REQUIRE(said.size() == 2);
    const auto by = [&](const std::string& id) {
        return std::any_of(said.begin(), said.end(), [&](const auto& e) { return has_actor(*e, id, "speaker"); });
    };
    CHECK(by("king-salman"));
    CHECK(by("mohammed-bin-nayef"));
}

TEST_CASE("joint statement: the sides after بين belong to the subject's phrase, and state nothing together",
          "[events][joint][negative]") {
    // Corpus snn-2015-08-11-0190: the earlier contacts between the sides show it, in Al-Jubeir's words.
    const auto events = extract(
        "وجاء هذا بعد محادثات أجراها الجبير مع نظيره الروسي سيرغي لافروف في موسكو وسط تجدد المساعي الدبلوماسية "
        "لإنهاء الصراع في سوريا. إلى ذلك، أكد الجبير أن الرياض تقيم عاليا دور موسكو، معتبرا أن الاتصالات السابقة "
        "بين الطرفين تؤكد إرساء أساس متين للتعاون الثنائي في جميع المجالات.",
        "2015-08-11");
    CHECK(of_type(events, "meeting_held").size() == 1);
    CHECK(of_type(events, "joint_statement").empty());
    // Corpus snn-2015-07-21-1991: so after من (the article opens with its first sentences).
    const auto column = extract(
        "منذ انطلاق المفاوضات النووية بين إيران من جهة وأمريكا والدول الغربية من جهة أخرى ونحن نلاحظ أن الفرح "
        "الإيراني يسير بصورة تصاعدية بعد كل جولة من المفاوضات، سواء كان ذلك على المستوى الشعبي أو على المستوى "
        "السياسي ليبلغ ذروته عندما تواردت الأنباء بأن هناك اتفاقاً وشيكاً سيتم الإعلان عنه بعد أن تم تجاوز العقبات "
        "والصعوبات التي كانت تعترض طريق المفاوضين من الطرفين. وهنا يحق لنا أن نتساءل عن السر وراء هذا الفرح "
        "الإيراني الطاغي رغم أن التصريحات المتكررة من أطراف المفاوضات من الجانبين تؤكد على أن الهدف من هذا الاتفاق "
        "هو تحجيم القدرات النووية الإيرانية.",
        "2015-07-21");
    CHECK(of_type(column, "joint_statement").empty());
}

TEST_CASE("agreement: three capitals agree on a meeting, which is planned", "[events][agreement]") {
    // samples/astana/004
    const auto events =
        extract("اتفقت موسكو وأنقرة وطهران على اجتماع بشأن سوريا بحلول نهاية العام، إضافة إلى بذل المزيد من الجهود.",
                "2023-06-21");
    const auto agreements = of_type(events, "agreement");
    REQUIRE(agreements.size() == 1);
    for (const char* code : {"RUS", "TUR", "IRN"}) CHECK(has_actor(*agreements[0], code, "participant"));
    CHECK_FALSE(has_actor(*agreements[0], "SYR", "participant"));  // "بشأن سوريا" is the topic
    CHECK(agreements[0]->date.value == "2023-06-21");
    const auto planned = of_type(events, "meeting_planned");
    REQUIRE(planned.size() == 1);
    CHECK(planned[0]->date.value.substr(0, 4) == "2023");
}

TEST_CASE("agreement: agreed with no subject (تم الاتفاق), and what was agreed before", "[events][agreement]") {
    // SaudiNewsNet 2015, snn-2015-08-06-2112: the two kings' talks.
    const auto agreed = of_type(extract("وبناء على توجيهات خادم الحرمين الشريفين والعاهل الأردني، تم الاتفاق خلال "
                                        "المباحثات على أهمية تعزيز التعاون الاستراتيجي السياسي والاقتصادي والعسكري "
                                        "والأمني بين المملكتين.",
                                        "2015-08-06"),
                                "agreement");
    REQUIRE(agreed.size() == 1);
    CHECK(has_actor(*agreed[0], "SAU", "participant"));
    CHECK(has_actor(*agreed[0], "JOR", "participant"));
    // snn-2015-08-08-1202 and snn-2015-07-24-1887: "ما تم الاتفاق عليه", "التي تم الاتفاق عليها" go back to an
    // agreement made before.
    for (const char* sentence :
         {"وتأتي زيارة الجبير في إطار متابعة ما تم الاتفاق عليه مع الجانب الروسي خلال زيارة ولي ولي العهد وزير "
          "الدفاع الأمير الأمير محمد بن سلمان إلى موسكو التي نقل خلالها دعوة من الملك سلمان إلى الرئيس الروسي "
          "لزيارة المملكة.",
          "كما أشار إلى أن المباحثات الثنائية مع نظيره المصري تطرقت لموضوع العراق وبحث الإصلاحات التي تم الاتفاق "
          "عليها في صيف العام الماضي في الحفاظ على وحدة العراق وضمان حقوق المكونات العراقية."})
        CHECK(of_type(extract(sentence, "2015-08-08"), "agreement").empty());
}

TEST_CASE("agreement: agreed during a call, which is no call planned", "[events][agreement]") {
    // SaudiNewsNet 2015, snn-2015-07-24-1909.
    const auto events = extract(
        "الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان اتفقا أثناء اتصال هاتفي ليل الأربعاء على العمل "
        "معا لوقف تدفق المقاتلين الأجانب وتأمين حدود تركيا مع سوريا.",
        "2015-07-24");
    const auto agreements = of_type(events, "agreement");
    REQUIRE(agreements.size() == 1);
    CHECK(has_actor(*agreements[0], "barack-obama", "participant"));
    CHECK(has_actor(*agreements[0], "recep-tayyip-erdogan", "participant"));
    CHECK(of_type(events, "meeting_planned").empty());
}

TEST_CASE("agreement and joint statement: those gathered at the summit just reported agree and state as its members",
          "[events][agreement][joint]") {
    // corpus snn-2015-08-01-0063 (dev039): "اتفق المشاركون" after "قمة «بريكس»", then "إن المشاركين أبدوا وأكدوا"
    // with those gathered as the subject before the verb.
    const auto events = extract(
        "في الحادي عشر من الشهر الماضي اختتمت أعمال قمة «بريكس» في مدينة أوفا العاصمة البشكيرية، حيث اتفق المشاركون، "
        "كما أعلن الرئيس الروسي فلاديمير بوتين، على التنسيق الوثيق للمواقف في مسائل السياسة العالمية، ليس هذا فقط، بل "
        "إن المشاركين أبدوا وأكدوا استعدادهم للعمل بشكل حثيث من أجل الاستمرار قدمًا في إصلاح البنية المالية الاقتصادية "
        "العالمية، وتوسيع دور البلدان النامية في صندوق النقد الدولي.",
        "2015-08-01");
    const auto agreements = of_type(events, "agreement");
    REQUIRE(agreements.size() == 1);
    for (const char* code : {"BRA", "RUS", "IND", "CHN", "ZAF"}) CHECK(has_actor(*agreements[0], code, "participant"));
    CHECK(agreements[0]->date.value == "2015-07-11");
    const auto joint = of_type(events, "joint_statement");
    REQUIRE(joint.size() == 1);
    for (const char* code : {"BRA", "RUS", "IND", "CHN", "ZAF"}) CHECK(has_actor(*joint[0], code, "signatory"));
    CHECK(joint[0]->date.value == "2015-07-11");
}

TEST_CASE("agreement: first person plural names no parties and gives none", "[events][agreement][negative]") {
    // samples/astana/001
    CHECK(
        of_type(
            extract(
                "وأضاف، \"لم نكن نتوقع أن نتمكن من تحقيق تقدم كامل في اجتماع واحد فقط، اتفقنا على مواصلة المفاوضات\".",
                "2023-06-21"),
            "agreement")
            .empty());
}

TEST_CASE("meetings: a sports report gives none, though its fixtures are far from any sports word",
          "[events][meeting][negative]") {
    // corpus snn-2015-07-23-0046, sentences 1, 2, 4 and 9: "ويلتقي تشيلسي ... مع باريس سان جيرمان" is a match,
    // not a meeting of Mourinho's.
    const std::string report =
        "خسر تشيلسي بطل الدوري الإنجليزي أولى مبارياته الودية في جولته الأميركية الحالية استعدادا للموسم الجديد، بعدما "
        "تلقت شباك حارسه الجديد أسمير بيغوفيتش أربعة أهداف من فريق نيويورك ريد بولز مقابل هدفين في المباراة التي أقيمت "
        "مساء أمس الأربعاء بكأس الأبطال. ودافع البرتغالي جوزيه مورينهو مدرب تشيلسي عن حارس مرمى فريقه الجديد أسمير "
        "بيغوفيتش الذي شارك بديلا في الشوط الثاني وتلقت شباكه أربعة أهداف. وقال مورينهو للصحافيين «كان مرهقا للغاية "
        "تماما مثل الحارس الأساسي البلجيكي تيبو كورتوا». ويلتقي تشيلسي بعد غد السبت مع باريس سان جيرمان الفرنسي "
        "ويلتقي نيويورك مع بنفيكا البرتغالي يوم الأحد، فيما ينطلق الموسم الجديد للدوري الإنجليزي الممتاز في الثامن من "
        "أغسطس (آب) المقبل.";
    const auto events = extract(report, "2015-07-23");
    CHECK(of_type(events, "meeting_planned").empty());
    CHECK(of_type(events, "meeting_held").empty());
    // corpus snn-2015-08-04-0067: a report of talks is read as before.
    const auto talks = of_type(extract("اجتمع وزراء خارجية دول مجلس التعاون لدول الخليج العربية والأمين العام لمجلس "
                                       "التعاون مع وزير خارجية الولايات المتحدة الأمريكية جون كيري, اليوم في مدينة "
                                       "الدوحة بدولة قطر.",
                                       "2015-08-03"),
                               "meeting_held");
    REQUIRE(talks.size() == 1);
    CHECK(has_actor(*talks[0], "GCC", "participant"));
}

TEST_CASE("every mention points at the exact characters it came from", "[events][offsets]") {
    const std::string text = read_file(samples_dir() / "001_83198d24877d83e8.txt");
    static const EventExtractor extractor(resources());
    const auto events = extractor.extract(DocumentInfo{"001", "2023-06-21", "", "", ""}, text).events;
    REQUIRE(events.size() > 10);
    // Offsets are code points of the original text.
    std::u32string characters;
    for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length)
        characters.push_back(utf8::decode(text, pos, length));
    for (const Event& e : events) {
        const Mention& m = e.mentions.front();
        REQUIRE(m.end <= characters.size());
        std::string slice;
        for (std::size_t i = m.begin; i < m.end; ++i) utf8::append(slice, characters[i]);
        CHECK(slice == m.text);
    }
}

TEST_CASE("statement: the media one speaks to are not the speaker", "[events][statement]") {
    // Corpus snn-2015-07-22-0057: "لوسائل الإعلام" (to the media) is whom the spokesman told.
    const auto statements =
        of_type(extract("وقال الناطق باسم المفوضية ليو دوبس لوسائل الإعلام في جنيف: «في منطقة أقصى شمال الكاميرون هناك "
                        "تدفق متواصل للاجئين النيجيريين».",
                        "2015-07-21"),
                "statement_issued");
    REQUIRE(statements.size() == 1);
    const Actor* speaker = with_role(*statements[0], "speaker");
    REQUIRE(speaker);
    CHECK(speaker->name_ar == "ليو دوبس");
}

TEST_CASE("an outlet's unnamed correspondent is no speaker, ورد before في is no reply",
          "[events][statement][negative]") {
    // Corpus snn-2015-07-31-1797, snn-2015-08-06-2600: the outlet reports what happened.
    CHECK(extract("وافادت مراسلة فرانس برس ان الشرطة اغلقت الطريق المؤدي الى المطار.", "2015-07-31").empty());
    CHECK(extract("وصلت طائرة تابعة للصليب الأحمر الاربعاء في مطار عدن حيث اوصلت شحنة جديدة من المساعدات الطبية، "
                  "حسبما افاد مراسل وكالة فرانس برس.",
                  "2015-08-06")
              .empty());
    // Corpus snn-2015-08-11-0224, snn-2015-07-26-0952: ورد is "it is written".
    CHECK(extract("وقد أحاط المجلس علما بما ورد في التقرير ووجه حياله بما رآه.", "2015-08-11").empty());
    CHECK(extract("ورد ذلك بصحيفة الشرق الأوسط.", "2015-07-26").empty());
    // A reply is still a statement: "حتى رد الروس على كلامه" (samples/astana).
    CHECK(of_type(extract("ولكن ما إن انتهى نائب الوزير الكازخستاني من تصريحه، حتى رد الروس على كلامه رافضين إنهاء "
                          "هذا المسار.",
                          "2023-06-22"),
                  "statement_issued")
              .size() == 1);
}

TEST_CASE("an unnamed coach or company chief speaks for no state", "[events][statement][negative]") {
    // Corpus snn-2015-07-22-1251, snn-2015-07-25-0130: the nationality is the coach's or the company's.
    CHECK(extract("أكد مدرب القادسية التونسي أن الفريق جاهز للموسم الجديد.", "2015-07-22").empty());
    CHECK(extract("حذر الرئيس التنفيذي للشركة الألمانية من تراجع المبيعات.", "2015-07-25").empty());
    // Named, he is the speaker (corpus snn-2015-08-11-1313).
    const auto said =
        of_type(extract("استبعد المدرب الالماني يورغن كلوب الاشراف على نادي مرسيليا الفرنسي.", "2015-08-04"),
                "statement_issued");
    REQUIRE(said.size() == 1);
    const Actor* speaker = with_role(*said.front(), "speaker");
    REQUIRE(speaker != nullptr);
    CHECK(speaker->kind == "person");
}

TEST_CASE("a source is unnamed with or without the article, and speaks for no state", "[events][statement][negative]") {
    // Corpus snn-2015-08-10-0120, snn-2015-08-04-0664: "the Saudi source" is the source quoted before.
    CHECK(extract("واستبعد المصدر السعودي أن تكون هناك موافقة على رغبة الاتحاد الكويتي قبل أن يتم التأكيد على أن "
                  "الدولة المستضيفة ستكون قادرة على الإيفاء بكل المتطلبات.",
                  "2015-08-10")
              .empty());
    CHECK(extract("وقال المصدر الأمني المصري في تصريحات صحفية أمس إن المرحلة النهائية من خطة التأمين تشمل 6 محافظات.",
                  "2015-08-04")
              .empty());
}

TEST_CASE("before قوله, a nationality word alone is a man of that nation, not his state",
          "[events][statement][negative]") {
    // Corpus snn-2015-07-24-0636, snn-2015-08-07-1164.
    CHECK(extract("الكويتي بادر بقوله إن الفريق جاهز للموسم.", "2015-07-24").empty());
    CHECK(extract("ونقلت وكالة الأنباء عن مصادر يمنية محلية قولها إن الجيش فرض سيطرته على المدينة.", "2015-08-07")
              .empty());
    // A body of the state still speaks for it.
    const auto said =
        of_type(extract("ونقلت الوكالة عن الخارجية الكويتية قولها إن الوضع مستقر.", "2015-07-24"), "statement_issued");
    REQUIRE(said.size() == 1);
    const Actor* speaker = with_role(*said.front(), "speaker");
    REQUIRE(speaker != nullptr);
    CHECK(speaker->id == "KWT");
}

TEST_CASE("an exhibition's committee or a festival meeting is no meeting of parties", "[events][meeting][negative]") {
    // Corpus snn-2015-07-25-0268, snn-2015-07-31-0058.
    CHECK(of_type(extract("عقدت اللجنة التنفيذية لمعرض \"الفهد روح القيادة\" اجتماعاً برئاسة الأمير تركي بن محمد فهد "
                          "رئيس اللجنة، وبحضور الأمير عبدالعزيز بن سعود بن فهد نائب الرئيس.",
                          "2015-07-25"),
                  "meeting_held")
              .empty());
    CHECK(of_type(extract("وسيعقد خلال المهرجان اللقاء الوطني العاشر للنحالين والمهتمين بالنحل وصناعته في المملكة.",
                          "2015-07-31"),
                  "meeting_planned")
              .empty());
}

TEST_CASE("a noun phrase no lexicon knows before the verb is its subject, not the last speaker",
          "[events][statement][negative]") {
    // Corpus snn-2015-08-01-0235: the fund, by its short name, spoke, not the deputy named before.
    const auto said = of_type(extract("وقال كوستاس زاخارياديس عضو اللجنة إن الاتفاق قريب. ويفترض أن تنتهي المفاوضات "
                                      "قبل الموعد المحدد لكن صندوق النقد قال إن هذه المفاوضات لن تتطرق إلى "
                                      "القضايا الحاسمة.",
                                      "2015-08-01"),
                              "statement_issued");
    REQUIRE(said.size() == 2);
    CHECK(said.front()->mentions.front().sentence == 0);
    CHECK(has_actor(*said.back(), "IMF", "speaker"));
    // Corpus snn-2015-07-26-0107: residents, not the official named before.
    CHECK(of_type(extract("وقال عبدالرحمن محمد المسؤول في البلدية إن القصف توقف. لكن السكان يؤكدون ان شاحنة كانت "
                          "تنقل مدنيين قد دمرت.",
                          "2015-07-26"),
                  "statement_issued")
              .size() == 1);
    // A topic put first after a preposition leaves the verb to the last speaker (corpus snn-2015-08-03-0587).
    const auto topic = of_type(extract("وقال عبدالرحمن الحقباني مدير المدرسة إن العام الدراسي يبدأ قريبا. وعن إمكانية "
                                       "استفادة المدارس الحكومية من التجارب الناجحة في المدارس الأهلية أوضح "
                                       "أنه من الممكن حدوث ذلك.",
                                       "2015-08-03"),
                               "statement_issued");
    REQUIRE(topic.size() == 2);
    CHECK(topic[1]->actors.front().name_ar == topic[0]->actors.front().name_ar);
    // Corpus snn-2015-07-22-1187: before the present, a noun phrase without the article says it ("سكان سوسيا
    // يقولون"), not the settlers' leader named before.
    const auto residents =
        of_type(extract("ويشير يوشاي دامري الزعيم المحلي للمستوطنين إلى الموقع الأثري وأدلة على وجود معبد قديم "
                        "للإصرار على أن اليهود كانوا موجودين في المنطقة أولا. وخوفا من رد الفعل الدولي قال الميجر "
                        "جنرال يواف مودخاي المسؤول عن الهدم إنه يدرس \"الحلول البديلة\". لكن سكان سوسيا يقولون "
                        "إنهم لم يتسلموا أي شيء ويخشون أن يكون الأمر مسألة وقت.",
                        "2015-07-22"),
                "statement_issued");
    CHECK(std::none_of(residents.begin(), residents.end(),
                       [](const auto& e) { return e->mentions.front().sentence == 2; }));
    // Corpus snn-2015-07-24-0941: "ومضت تقول" is the spokeswoman going on.
    CHECK(of_type(extract("وقالت امي بارتليت المتحدثة باسم المتنزه إن المرأة أصيبت بجروح طفيفة. ومضت تقول إن الأمر "
                          "تطلب نقل اربعة ممن تعرضوا لمثل هذه الحوادث الى المستفيات.",
                          "2015-07-24"),
                  "statement_issued")
              .size() == 2);
}

TEST_CASE("a nationality word in place of a title is no state beside the person", "[events][meeting]") {
    // Corpus snn-2015-07-25-0475: "والتركي" stands for Erdogan's title.
    const auto call = of_type(extract("وجاء ذلك بعد اتصال هاتفي بين الرئيس الأمريكي باراك أوباما والتركي رجب طيب "
                                      "أردوغان.",
                                      "2015-07-25"),
                              "meeting_held");
    REQUIRE(call.size() == 1);
    CHECK(call.front()->actors.size() == 2);
    CHECK(std::none_of(call.front()->actors.begin(), call.front()->actors.end(),
                       [](const Actor& a) { return a.id == "TUR"; }));
}

TEST_CASE("talks between a man and a woman of two nations are no meeting of the states",
          "[events][meeting][negative]") {
    // Corpus snn-2015-07-21-0226, snn-2015-07-25-0124: the nationality describes the persons.
    CHECK(of_type(extract("توحي المحادثات بين امرأة أميركية شابة في مناطق ولاية واشنطن الريفية وبين رجل بريطاني على "
                          "علاقة تربطه بالتشدد ببعض الإشارات.",
                          "2015-07-21"),
                  "meeting_held")
              .empty());
    // Two delegations or sides are the states.
    const auto talks = of_type(
        extract("وانتهت المحادثات بين الوفد الأميركي والوفد الإيراني أمس في فيينا.", "2015-07-21"), "meeting_held");
    REQUIRE(talks.size() == 1);
    CHECK(has_actor(*talks.front(), "USA", "participant"));
    CHECK(has_actor(*talks.front(), "IRN", "participant"));
}

TEST_CASE("a verb's form after a preposition is its verbal noun, no saying", "[events][statement][negative]") {
    // Corpus snn-2015-07-31-0321, snn-2015-08-09-0643, snn-2015-07-21-0548.
    CHECK(extract("ولم يأتوا على ذكر المعارضة السورية المعتدلة إلا في الاتجاه ذاته.", "2015-07-31").empty());
    CHECK(of_type(extract("وأعرب ولي العهد الأمير محمد بن نايف عن أبلغ التهاني وأطيب التمنيات لحكومة وشعب سنغافورة.",
                          "2015-08-09"),
                  "statement_issued")
              .size() == 1);
    CHECK(extract("من قال إن الحرب الجوية غير ناجحة في تأديب الحوثيين؟", "2015-07-21").empty());
    // Corpus snn-2015-07-25-0166: after a phrase of one ("إلى حد"), Obama describes the EU, which says nothing.
    const auto described = of_type(extract("وذهب أوباما إلى حد وصف الاتحاد الأوروبي بأنه «حجر الزاوية للمؤسسات التي "
                                           "بنيت بعد الحرب العالمية الثانية».",
                                           "2015-07-25"),
                                   "statement_issued");
    CHECK(
        std::none_of(described.begin(), described.end(), [](const auto& e) { return has_actor(*e, "EU", "speaker"); }));
}

TEST_CASE("a day after the elections' noun dates the elections, and مؤخرا places a saying before the news",
          "[events][statement][dates]") {
    // Corpus snn-2015-08-07-0280: not a statement of 26 February.
    const auto said = of_type(extract("وأعلن الرئيس الفرنسي فرانسوا هولاند ترشحه لانتخابات 26 شباط (فبراير)، ويعد "
                                      "الأوفر حظا.",
                                      "2015-08-07"),
                              "statement_issued");
    REQUIRE(said.size() == 1);
    CHECK(said.front()->date.value == "2015-08-07");
    // Corpus snn-2015-08-10-1484: said some days before, no day given.
    const auto recently = of_type(extract("وكان الرئيس الفرنسي فرانسوا هولاند أعلن مؤخرا أنه اتفق مع رئيس الحكومة "
                                          "على تفاصيل الخطة.",
                                          "2015-08-10"),
                                  "statement_issued");
    REQUIRE(recently.size() == 1);
    CHECK(recently.front()->date.value.empty());
    // So does في وقت سابق (corpus snn-2015-08-03-0169).
    const auto before = of_type(extract("كما أن وزير المالية إبراهيم العساف أكد في وقت سابق أن السعودية تعتمد على "
                                        "الإيرادات النفطية.",
                                        "2015-08-03"),
                                "statement_issued");
    REQUIRE(before.size() == 1);
    CHECK(before.front()->date.value.empty());
    // So do في السابق and فيما سبق (corpus snn-2015-08-04-0148, snn-2015-08-10-1415).
    for (const char* text : {"وتعهدت السلطات الليبية في السابق بأن تلتزم بمعاملة المتهم وفق أسس العدالة.",
                             "لقد ادعت إيران فيما سبق أن صواريخها ستستخدم لمهاجمة إسرائيل في حال تعرضها لأي اعتداء."}) {
        INFO(text);
        const auto said = of_type(extract(text, "2015-08-04"), "statement_issued");
        REQUIRE(said.size() == 1);
        CHECK(said.front()->date.value.empty());
    }
}

TEST_CASE("سموه stands for the prince just named, not the king named after him", "[events][statement]") {
    // Corpus snn-2015-08-06-1477.
    const auto said = of_type(extract("وأوضح صاحب السمو الملكي الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير "
                                      "منطقة مكة المكرمة أن رعاية خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز "
                                      "تأتي امتدادا لرعايته للمحافل العلمية. وقال سموه: \"إن التاريخ يسجل لخادم "
                                      "الحرمين الشريفين اهتمامه الدائم بالفكر والثقافة\".",
                                      "2015-08-06"),
                              "statement_issued");
    REQUIRE(said.size() == 2);
    CHECK(said[1]->actors.front().id == "khalid-al-faisal");
}

TEST_CASE("a verb of saying after لكي is a purpose, not a saying", "[events][statement][negative]") {
    // Corpus snn-2015-07-31-0312, snn-2015-08-07-0480.
    CHECK(extract("ودخلت بريطانيا في عام 1770 لكي تعلنها مستعمرة وترحل إليها المساجين.", "2015-07-31").empty());
    CHECK(extract("إن إيران تتدخل لكي تقول إن مشروعها الطائفي لم يهزم بعد.", "2015-08-07").empty());
}

TEST_CASE("a post whose holder is named a few words on speaks as the holder", "[events][statement]") {
    // Corpus snn-2015-08-04-0405: the director, not his state.
    const auto said = of_type(extract("وأوضح مدير خدمات الأصول والمشاريع بمكة المكرمة والطائف المهندس سعيد العمري، أن "
                                      "المشاريع المائية في مدينة الطائف تشمل أم السباع.",
                                      "2015-08-04"),
                              "statement_issued");
    REQUIRE(said.size() == 1);
    CHECK(said.front()->actors.front().kind == "person");
    // Corpus snn-2015-08-06-2010: past three posts.
    const auto described = of_type(extract("ووصف مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة رئيس اللجنة "
                                           "الإشرافية للسوق الأمير خالد الفيصل السوق بأنه منبر ثقافي.",
                                           "2015-08-06"),
                                   "statement_issued");
    REQUIRE(described.size() == 1);
    CHECK(described.front()->actors.front().id == "khalid-al-faisal");
    // Corpus snn-2015-08-06-2830 (a name the lexicon knows in its place): past a comma, after a form of address.
    const auto apposed = of_type(extract("أكد مدير مركز القاهرة للدراسات الاقتصادية والاستراتيجية، الدكتور عبدالمنعم "
                                         "الشهري أن مشروع قناة السويس الجديدة مهم.",
                                         "2015-08-06"),
                                 "statement_issued");
    REQUIRE(apposed.size() == 1);
    CHECK(apposed.front()->actors.front().kind == "person");
    // A post, then a preposition: the one named after it is spoken of, the post's state speaks.
    const auto other = of_type(extract("وأكد المتحدث باسم وزارة الخارجية الأمريكية في حديثه عن الوزير جون كيري أن "
                                       "الزيارة مهمة.",
                                       "2015-08-04"),
                               "statement_issued");
    REQUIRE(other.size() == 1);
    CHECK(other.front()->actors.front().id != "john-kerry");
}

TEST_CASE("a post of no state speaks as the holder named after it", "[events][statement]") {
    // Corpus snn-2015-07-24-0440: a committee's chairman, no state's post, named after a form of address.
    const auto chairman = of_type(extract("من جانبه، أوضح رئيس اللجنة العلمية للمؤتمر الدكتور حامد المقرن، أن المدينة "
                                          "تتعاون مع جامعات ومراكز بحثية محلية وعالمية.",
                                          "2015-07-24"),
                                  "statement_issued");
    REQUIRE(chairman.size() == 1);
    CHECK(chairman.front()->actors.front().name_ar == "حامد المقرن");
    // Corpus snn-2015-08-08-0964: a mayor.
    const auto mayor = of_type(extract("من جهته، أبدى رئيس بلدية أبو عجرم المهندس مشعل الحسن دهشته من التعليقات "
                                       "الساخرة على مواقع التواصل الاجتماعي.",
                                       "2015-08-08"),
                               "statement_issued");
    REQUIRE(mayor.size() == 1);
    CHECK(mayor.front()->actors.front().name_ar == "مشعل الحسن");
    // Corpus snn-2015-07-26-0781: the one named after ب and a verbal noun is welcomed, not the chairman.
    const auto welcome = of_type(extract("وفي بداية الاجتماع رحب سمو رئيس اللجنة التنفيذية للمعرض بانضمام صاحب السمو "
                                         "الملكي الأمير عبدالعزيز بن سعود بن فهد إلى اللجنة في منصب نائب الرئيس.",
                                         "2015-07-26"),
                                 "statement_issued");
    CHECK(welcome.empty());
    // Corpus snn-2015-08-04-0827: the one after ل is whom the office serves; the holder is unknown.
    const auto served = of_type(extract("وقال المتحدث الرسمي باسم المكتب الإعلامي لرئيس مجلس الوزراء حيدر العبادي "
                                        "سعد الحديثي لـ\"الوطن\" إن الحكومة العراقية أعلنت رفضها.",
                                        "2015-08-04"),
                                "statement_issued");
    CHECK(std::none_of(served.begin(), served.end(),
                       [](const auto& e) { return e->actors.front().id == "haider-al-abadi"; }));
}

TEST_CASE("statement: a subject before كان and قد speaks, and so does the verb after عندما", "[events][statement]") {
    // Corpus snn-2015-07-23-0910: the Iranian president's adviser said it months before.
    const auto said = of_type(extract("وبخاصة أن مستشار الرئيس الإيراني علي يونسي كان قد صرح قبل بضعة أشهر بمخطط بلاده "
                                      "تجاه العراق عندما قال إن جغرافية إيران والعراق غير قابلة للتجزئة.",
                                      "2015-07-23"),
                              "statement_issued");
    REQUIRE_FALSE(said.empty());
    for (const auto& e : said) {
        CHECK(e->actors.front().name_ar == "علي يونسي");
        CHECK(e->date.value.empty());
    }
}

TEST_CASE("statement: a body after a preposition between كان and قد is where the subject is from",
          "[events][statement][negative]") {
    // Corpus snn-2015-08-06-0192: an unnamed diplomat of the State Department, not the United States.
    const auto said = of_type(extract("وكان الدبلوماسي الكبير في الخارجية الاميركية قد أوضح في وقت سابق أنّ «كيري "
                                      "سيلتقي مساء اليوم وزير الخارجية الروسي في كوالالمبور».",
                                      "2015-08-06"),
                              "statement_issued");
    CHECK(said.empty());
}

TEST_CASE("statement: the head of a state's diplomacy is its foreign minister", "[events][statement]") {
    // Corpus snn-2015-08-03 (hand check), snn-2015-07-22: Zarif and Kerry, not their states or presidents.
    const auto zarif = of_type(extract("وصل محمد جواد ظريف وزير الخارجية الإيراني إلى الكويت. وأكد رئيس الدبلوماسية "
                                       "الإيرانية أن بلاده تريد علاقات جيدة.",
                                       "2015-07-26"),
                               "statement_issued");
    REQUIRE(zarif.size() == 1);
    CHECK(has_actor(*zarif[0], "mohammad-javad-zarif", "speaker"));
}

TEST_CASE("statement: a verb of the plural after a relative is not of the one state before it",
          "[events][statement][negative]") {
    // Corpus snn-2015-07-22-0033: the senators described Iran; Iran said nothing.
    const auto described =
        of_type(extract("ثانيا: «استسلاما» لإيران التي وصفوها بأنها «أكبر دولة في العالم تصدر الإرهاب».", "2015-07-22"),
                "statement_issued");
    CHECK(std::none_of(described.begin(), described.end(),
                       [](const auto& e) { return has_actor(*e, "IRN", "speaker"); }));
    // Corpus snn-2015-08-10-0162: Obama's allies say it, not Obama.
    const auto others = of_type(extract("ومع ذلك، فإن نبرة النزاع الراهن تثير المخاوف بين بعض حلفاء أوباما الذين "
                                        "يقولون: إنه يشكل فترة تراجع غير مسبوق في العلاقات بين «آيباك» والبيت الأبيض.",
                                        "2015-08-10"),
                                "statement_issued");
    CHECK(std::none_of(others.begin(), others.end(),
                       [](const auto& e) { return has_actor(*e, "barack-obama", "speaker"); }));
}

TEST_CASE("agreement: those on whose directions the sides agreed are none of them", "[events][agreement]") {
    // Corpus snn-2015-07-31-0259: the sides are those of the meeting just reported, also after a long title.
    const std::vector<Event> events = extract(
        "عقد الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع، اليوم (الخميس)، "
        "اجتماعا مع الرئيس المصري عبدالفتاح السيسي، تم فيه بحث المستجدات في المنطقة. وبعد الاجتماع، وبناء على "
        "توجيه خادم الحرمين الشريفين وأخيه الرئيس عبدالفتاح السيسي صدر بيان مشترك \"إعلان القاهرة\" اتفق فيه "
        "الجانبان على وضع حزمة من الآليات التنفيذية.",
        "2015-07-31");
    const auto joint = of_type(events, "joint_statement");
    REQUIRE(joint.size() == 1);
    CHECK(has_actor(*joint[0], "mohammed-bin-salman", "signatory"));
    CHECK_FALSE(has_actor(*joint[0], "king-salman", "signatory"));
    // Corpus snn-2015-08-06-2043: the king on whose directions it was agreed took no part.
    const auto agreed = of_type(extract("قام الأمير محمد بن سلمان بزيارة إلى الأردن والتقى الملك عبدالله الثاني. "
                                        "وبناءً على توجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز وأخيه "
                                        "جلالة الملك عبدالله الثاني فقد تم الاتفاق خلال المباحثات على أهمية تعزيز "
                                        "التعاون بين البلدين.",
                                        "2015-08-06"),
                                "agreement");
    REQUIRE(agreed.size() == 1);
    CHECK_FALSE(has_actor(*agreed[0], "king-salman", "participant"));
}

TEST_CASE("سبق then a verb joined by و places the saying before the news", "[events][statement][dates]") {
    // Corpus snn-2015-07-21-0464, snn-2015-07-22-0031: no day of the article.
    const auto said = of_type(extract("ويأتي هذا قبل المؤتمر الاقتصادي الذي سبق ودعا إليه خادم الحرمين الشريفين "
                                      "الملك عبد الله بن عبد العزيز لمساعدة القاهرة.",
                                      "2015-07-21"),
                              "statement_issued");
    REQUIRE(said.size() == 1);
    CHECK(said.front()->date.value.empty());
    // So do بعد أن and منذ أن before a verb in the past (corpus snn-2015-07-31-0474).
    const auto before =
        of_type(extract("وجاء ذلك بعد أن قال الرئيس الفرنسي فرانسوا هولاند إن بلاده مستعدة.", "2015-07-21"),
                "statement_issued");
    REQUIRE(before.size() == 1);
    CHECK(before.front()->date.value.empty());
}

TEST_CASE("a participle is dated as the statement of the clause it goes on with", "[events][statement][dates]") {
    // Corpus snn-2015-08-03-0840, snn-2015-07-21-0961: a day in the words said between is not the saying's.
    const auto said =
        of_type(extract("أوضح مدير الخدمات ببلدية أبي عريش سعود نعمان أن البلدية عقدت اجتماعات مكثفة مع عدد من "
                        "الشركات صباح أمس لترسية مشروع نظافة المحافظة، مشيرا إلى أن الأعمال تبدأ قريبا.",
                        "2015-08-03"),
                "statement_issued");
    REQUIRE(said.size() == 2);
    CHECK(said[0]->date.value == "2015-08-03");
    CHECK(said[1]->date.value == "2015-08-03");
    // Corpus snn-2015-08-04-0139: a month ago, both.
    const auto earlier = of_type(extract("وكان قد تحدث نائب رئيس البرلمان الإيراني محمد رضا باهنر الشهر الماضي، عن "
                                         "الائتلاف الجديد، محذرا من تكرار سيناريو الفتنة.",
                                         "2015-08-04"),
                                 "statement_issued");
    REQUIRE(earlier.size() == 2);
    CHECK(earlier[1]->date.value == earlier[0]->date.value);
}

TEST_CASE("a day in a relative clause about the occasion of a saying dates the saying", "[events][statement][dates]") {
    // Corpus snn-2015-07-23-1071, snn-2015-07-27-0149: said at a ceremony, in a call, held the day before.
    for (const auto& [sentence, published, day] : std::vector<std::tuple<std::string, std::string, std::string>>{
             {"قال وزير الحج الدكتور بندر بن محمد خلال حفل المعايدة الذي أقامته وزارة الحج أمس بمقر الوزارة بمكة "
              "المكرمة إن الموسم ناجح.",
              "2015-07-23", "2015-07-22"},
             {"وأضاف المكتب أن كي مون أكد خلال الاتصال الذي جرى مساء أول من أمس دعمه لكفاح تركيا ضد الإرهاب.",
              "2015-07-27", "2015-07-25"},
             // Corpus snn-2015-07-23-0337, snn-2015-07-24: after في, the speech or press conference it was said in.
             {"وقال عبدالإله الشريف في كلمته التي ألقاها أمس خلال الحفل نحن نعيش في ظل دوحة الأمن والأمان.",
              "2015-07-23", "2015-07-22"},
             {"وقال منصور البلوي في المؤتمر الصحفي الذي عقده امس إن النادي سيعلن أسماء المرشحين.", "2015-07-24",
              "2015-07-23"}}) {
        INFO(sentence);
        const auto said = of_type(extract(sentence, published), "statement_issued");
        REQUIRE_FALSE(said.empty());
        CHECK(said.back()->date.value == day);
    }
    // Corpus snn-2015-08-02-0328 (the minister named as the article names him before): a year that began a
    // month ago is no occasion of the saying; snn-2015-07-21-2698:
    // after في the clause tells the topic.
    for (const auto& [sentence, published] : std::vector<std::pair<std::string, std::string>>{
             {"وأعرب وزير التخطيط المصري أشرف العربي في مقابلة مع وكالة رويترز عن عدم توقعه حصول بلاده على منح جديدة "
              "خلال السنة المالية الجارية "
              "التي بدأت في الأول من تموز.",
              "2015-08-02"},
             {"أعلنت وزارة الداخلية في غزة، عن توقيف عناصر يشتبه في ضلوعهم في التفجيرات التي وقعت في عدة سيارات تابعة "
              "لحماس في قطاع غزة، أمس الأحد.",
              "2015-07-21"}}) {
        INFO(sentence);
        const auto said = of_type(extract(sentence, published), "statement_issued");
        REQUIRE_FALSE(said.empty());
        CHECK(said.front()->date.value == published);
    }
}

TEST_CASE("between كان and قد stands the subject: the one named after the verb is its object", "[events][statement]") {
    // Corpus snn-2015-07-22-0056: Erdogan criticised Netanyahu.
    const auto said = of_type(
        extract("وكان إردوغان قد انتقد رئيس الوزراء الإسرائيلي بنيامين نتنياهو لأنه حضر مسيرة في باريس.", "2015-07-22"),
        "statement_issued");
    REQUIRE(said.size() == 1);
    CHECK(said.front()->actors.front().id == "recep-tayyip-erdogan");
    // Corpus snn-2015-08-02-0699: an unnamed official is no speaker, nor is Turkey.
    CHECK(of_type(extract("وكان مسؤول في اقليم كردستان العراقي قد طالب تركيا بوقف غاراتها الجوية.", "2015-08-02"),
                  "statement_issued")
              .empty());
}

TEST_CASE("the one named right after كان heads the subject, however long its phrase before قد", "[events][statement]") {
    // Corpus snn-2015-08-11-0186: al-Nusra announced its withdrawal, not ISIL named in its description.
    const auto nusra = of_type(extract("وكانت جبهة النصرة الموالية لتنظيم القاعدة والمناهضة لتنظيم داعش، قد أعلنت "
                                       "أمس، انسحابها من مواقع المواجهة مع التنظيم شمال مدينة حلب.",
                                       "2015-08-11"),
                               "statement_issued");
    REQUIRE(nusra.size() == 1);
    CHECK(nusra.front()->actors.front().id == "HTS");
    // Corpus snn-2015-07-27-0023: the coalition declared the truce, not Saudi Arabia that leads it.
    const auto truce = of_type(extract("وكان التحالف العربي الذي تقوده السعودية ويقاتل الحوثيين المدعومين من إيران قد "
                                       "أعلن وقفا لإطلاق النار من الساعة 11.59 (2059 بتوقيت جرينتش) من مساء يوم الأحد "
                                       "ولمدة خمسة أيام.",
                                       "2015-07-27"),
                               "statement_issued");
    REQUIRE(truce.size() == 1);
    CHECK(truce.front()->actors.front().id == "ARAB-COAL");
    // Corpus snn-2015-08-09-0114: the apposition between commas is his post.
    const auto salehi = of_type(extract("كان علي أكبر صالحي، رئيس منظمة الطاقة النووية، قد أعلن أنه لا يوجد اتفاق "
                                        "منفصل حول بارشين مع الوكالة الدولية للطاقة الذرية.",
                                        "2015-08-09"),
                                "statement_issued");
    REQUIRE(salehi.size() == 1);
    CHECK(salehi.front()->actors.front().id == "ali-akbar-salehi");
    // A nationality word right after كان describes the one after it, and names no speaker.
    const auto coach = of_type(extract("والذي كان البرتغالي المدرب مورينيو قد رد عليه بالتأكيد أن هازارد حظي بموسم "
                                       "أفضل.",
                                       "2015-07-31"),
                               "statement_issued");
    CHECK(std::none_of(coach.begin(), coach.end(), [](const auto& e) { return e->actors.front().id == "PRT"; }));
}

TEST_CASE("his meeting, when the clause's subject is a body, is the person named last before it", "[events][meeting]") {
    // Corpus snn-2015-08-03-0885: the crown prince's meeting, not the cabinet's.
    const auto met = of_type(extract("وبين معاليه أن مجلس الوزراء نوه بالعلاقات الوثيقة التي تربط المملكة العربية "
                                     "السعودية وجمهورية مصر العربية واستمع إلى نتائج زيارة صاحب السمو الملكي الأمير "
                                     "محمد بن سلمان بن عبدالعزيز ولي ولي العهد لجمهورية مصر العربية واجتماعه مع "
                                     "فخامة رئيس جمهورية مصر العربية.",
                                     "2015-08-03"),
                             "meeting_held");
    REQUIRE(met.size() == 1);
    CHECK(std::any_of(met.front()->actors.begin(), met.front()->actors.end(),
                      [](const Actor& a) { return a.id == "mohammed-bin-salman"; }));
    CHECK(std::none_of(met.front()->actors.begin(), met.front()->actors.end(),
                       [](const Actor& a) { return a.id == "SAU"; }));
}

TEST_CASE("a participle after a verb whose subject no one names is not the last speaker's", "[events][statement]") {
    // Corpus snn-2015-08-11-0298: the informed source's, not the German spokesman's named before.
    const auto said = of_type(extract("وقال المتحدث باسم الحكومة الألمانية شتيفن زايبرت إن المفاوضات مستمرة. وأشار "
                                      "مصدر مطلع إلى أن وزراء مالية مجموعة اليورو سيلتقون على الأرجح، مضيفا أن عقد "
                                      "الاجتماع لم يتأكد بعد.",
                                      "2015-08-11"),
                              "statement_issued");
    REQUIRE(said.size() == 1);
    CHECK(said.front()->mentions.front().sentence == 0);
}

TEST_CASE("a verb of saying in the present right after a relative pronoun is a stance, not a saying",
          "[events][statement][negative]") {
    // Corpus snn-2015-07-25-0612, snn-2015-07-22-0244.
    CHECK(of_type(extract("مجددا موقف منظمة التعاون الإسلامي التي تدين بقوة جميع أعمال الإرهاب.", "2015-07-25"),
                  "statement_issued")
              .empty());
    // كان before the present: what used to be said or seen (corpus snn-2015-08-02-0321).
    CHECK(extract("وهناك أيضا بحيرة تشاد التي كانت تُرى من الفضاء.", "2015-08-02").empty());
    // In the past it reports one ("الذي أكد").
    CHECK(
        of_type(extract("وزار المنطقة وزير الخارجية عادل الجبير الذي أكد أن المملكة تدعم الحل السياسي.", "2015-07-25"),
                "statement_issued")
            .size() == 1);
}

TEST_CASE("a post with ب after another post is whom the first one's holder addressed", "[events][statement]") {
    // Corpus snn-2015-07-21-0055: the president welcomed the envoy.
    const auto said = of_type(extract("وقال الرئيس اليمني عبدربه منصور هادي إن الحكومة ستعود. ورحب الرئيس بمبعوث دول "
                                      "مجلس التعاون الخليجي لدى اليمن.",
                                      "2015-07-21"),
                              "statement_issued");
    REQUIRE(said.size() == 2);
    CHECK(said[1]->actors.front().id == said[0]->actors.front().id);
}

TEST_CASE("after أبو or بن, a verb's form is part of a name", "[events][statement][negative]") {
    // Corpus snn-2015-08-02-0190, snn-2015-07-23-1008.
    CHECK(extract("أما المترجم أبو يعرب المرزوقي، فهو أستاذ الفلسفة اليونانية في الجامعة التونسية.", "2015-08-02")
              .empty());
    // "الابن" (Jr.) ends the name: the verb after it is a saying.
    CHECK(of_type(extract("وكان الرئيس الأمريكي السابق جورج بوش الابن ذكر اسم محسن الفضلي في خطاب له.", "2015-07-23"),
                  "statement_issued")
              .size() == 1);
    // Corpus snn-2015-07-21-1500: after بن and the kunya أبي, طالب ends the father's name.
    CHECK(extract("الفقر الذي لو كان رجلا لقتله الإمام علي بن أبي طالب، وأيضا أنا، واحد من أعمق الأسباب التي تدفع "
                  "الشباب العربي إلى العنف والغلو والتطرف.",
                  "2015-07-21")
              .empty());
}

TEST_CASE("meeting held: who goes along with someone is of his side, and a visit that inspects holds no talks",
          "[events][meeting][negative]") {
    // Corpus snn-2015-08-02-0040: the adviser after يرافقه goes with the minister.
    CHECK(of_type(extract("قام وزير الإسكان الأستاذ ماجد الحقيل اليوم بزيارة لمقر مصلحة الجمارك العامة ، يرافقه معالي "
                          "المستشار الدكتور علي العطية ووكيل وزارة الإسكان للدراسات والبحوث محمد الزميع.",
                          "2015-08-02"),
                  "meeting_held")
              .empty());
    // Corpus snn-2015-07-31-1963, snn-2015-07-31-1095, snn-2015-08-11-0996: an inspection tour, a
    // condolence call, a visit to the injured.
    CHECK(extract("قام مدير عام حرس الحدود اللواء البحري عواد بن عيد البلوي بجولة تفقدية على قطاعات ومركز ووحدات حرس "
                  "الحدود بمنطقة تبوك أمس.",
                  "2015-07-31")
              .empty());
    CHECK(extract("قام نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود بزيارة "
                  "عزاء في وفاة صاحبة السمو الملكي الأميرة مشاعل بنت عبدالمحسن بن عبدالعزيز -رحمها الله-.",
                  "2015-07-31")
              .empty());
    CHECK(extract("زار مدير عام التعليم في منطقة عسير جلوي آل كركمان أمس، مصابي حادثة التفجير الذي شهده مسجد قوات "
                  "الطوارئ الخاصة بالمنطقة والمنومين بمستشفى عسير المركزي.",
                  "2015-08-11")
              .empty());
    // Corpus snn-2015-08-10-1364: the injured he visited, named before the verb; the prince only sent him.
    CHECK(of_type(extract("اطمأن نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف، على صحة مصابي "
                          "الحادث الإرهابي الذي وقع في مسجد قوات الطوارئ الخاصة بعسير، حيث نقل مدير الأمن العام الفريق "
                          "عثمان المحرج وقائد قوات الطوارئ الخاصة اللواء خالد الحربي وعدد من القيادات العسكرية خلال "
                          "زيارتهم المصابين أمس في مستشفى قوى الأمن بالرياض تحيات وتقدير نائب خادم الحرمين الشريفين. "
                          "وقال المحرج للمصابين الذين زارهم: «بناء على تكليف من نائب خادم الحرمين الشريفين صاحب السمو "
                          "الملكي الأمير محمد بن نايف نطمئن عليكم، وننقل سلام سموه لكم وتحياته».",
                          "2015-08-10"),
                  "meeting_held")
              .empty());
    // Corpus snn-2015-08-06-1100: a reception still has its two sides when the guest came with others.
    const auto meetings = of_type(extract("استقبل صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير "
                                          "صباح أمس بمكتبه بالإمارة مساعد مدير الأمن العام لشئون الأمن اللواء جمعان "
                                          "الغامدي الذي يزور المنطقة حالياً يرافقه عدد من المسؤولين الأمنيين بالمنطقة.",
                                          "2015-08-06"),
                                  "meeting_held");
    REQUIRE(meetings.size() == 1);
    CHECK(meetings[0]->actors.size() == 2);
}

TEST_CASE(
    "meeting held: those joined to a visitor by و visit with him, and a relative clause after what they visit "
    "names no side",
    "[events][meeting][negative]") {
    // Corpus snn-2015-08-06-0659: the governor and the commander visit an exhibition together.
    CHECK(of_type(extract("إلى ذلك زار محافظ محافظة مأرب ورئيس اللجنة الأمنية سلطان بن علي العرادة وقائد المنطقة "
                          "العسكرية الثالثة اللواء عبد الرب الشدادي معرض المضبوطات الذي أقيم في قيادة اللواء 14 مدرع.",
                          "2015-08-06"),
                  "meeting_held")
              .empty());
    // Corpus snn-2015-08-09-0160: the enemy near the post visited is no side of the visit.
    CHECK(of_type(extract("وفي محاولة لإظهار التأييد للجيش زار داود أوغلو أمس موقعا أماميا حدوديا في منطقة كلس قرب "
                          "الموقع الذي قتل فيه جندي في اشتباكات مع متشددي تنظيم داعش في الشهر الماضي.",
                          "2015-08-09"),
                  "meeting_held")
              .empty());
    // Corpus snn-2015-07-25-0988: the relative clause tells of the visit, and the other side follows its comma.
    const auto meetings =
        of_type(extract("اجتمع معالي وزير الدولة للشؤون الخارجية الدكتور نزار بن عبيد مدني أمس، في إطار الزيارة "
                        "الرسمية التي يقوم بها إلى مملكة إسبانيا، مع معالي وزير الدولة للشؤون الخارجية الإسباني "
                        "إجناثيو إبنياس روبيو، وذلك بمقر وزارة الخارجية الإسبانية في مدريد.",
                        "2015-07-25"),
                "meeting_held");
    REQUIRE(meetings.size() == 1);
    CHECK(meetings[0]->actors.size() == 2);
}

TEST_CASE("meeting held: a nationality word after a plain noun is people of that nation, not a side",
          "[events][meeting][negative]") {
    // Corpus snn-2015-08-09-0078, snn-2015-08-02-0085: Yemenis met at a shelter, Iranian businessmen received.
    CHECK(of_type(extract("وتجول الفريق المكلف في مركز الإيواء حيث اطلع على سير العمل في المركز، والتقى اللواء الغامدي "
                          "عددًا من اليمنيين, واستمع إلى أبرز الصعوبات والعقبات التي تواجههم أثناء التصحيح.",
                          "2015-08-09"),
                  "meeting_held")
              .empty());
    CHECK(of_type(extract("وفتحت السفارات من جديد، واستقبلت الرياض رجال اعمال ايرانيين واقامت لهم معارض تجارية.",
                          "2015-08-02"),
                  "meeting_held")
              .empty());
    // Corpus snn-2015-07-24-1235: after a noun of a side's people ("القادة"), it names the side.
    const auto agreed = of_type(extract("اتفق القادة السعوديون والأمريكيون يوم الأربعاء لدى لقاء وزير الدفاع الأمريكي "
                                        "آشتون كارتر بالملك سلمان بن عبدالعزيز على تطويق الانتشار العسكري الإيراني.",
                                        "2015-07-24"),
                                "agreement");
    REQUIRE(agreed.size() == 1);
    CHECK(has_actor(*agreed[0], "SAU", "participant"));
    CHECK(has_actor(*agreed[0], "USA", "participant"));
}

TEST_CASE("meeting held: a meeting told in a relative clause about a thing has its parties in that clause",
          "[events][meeting]") {
    // Corpus snn-2015-07-24-1454: Saudi Arabia and the Jordanian deputy praise the meeting; they did not meet.
    const auto meetings = of_type(extract("ثمن النائب الأردني خليل عطية وقوف المملكة العربية السعودية الى جانب القضية "
                                          "الفلسطينية من خلال الاجتماع الذي عُقد مؤخرا بين الملك سلمان بن عبدالعزيز "
                                          "وخالد مشعل.",
                                          "2015-07-24"),
                                  "meeting_held");
    REQUIRE(meetings.size() == 1);
    CHECK(meetings[0]->actors.size() == 2);
    CHECK_FALSE(has_actor(*meetings[0], "JOR", "participant"));
    // Corpus snn-2015-08-01-0992: the Arab League welcomes a declaration issued at the end of a visit.
    CHECK(of_type(extract("وفي سياق متصل، رحبت جامعة الدول العربية بإعلان القاهرة الذي صدر في ختام زيارة صاحب السمو "
                          "الملكي الأمير محمد بن سلمان إلى مصر.",
                          "2015-08-01"),
                  "meeting_held")
              .empty());
}

TEST_CASE("meeting held: كان after a comma opens a clause whose persons did not meet", "[events][meeting]") {
    // Corpus snn-2015-08-08-0920: the US Secretary of State arrived after the visit.
    const auto meetings = of_type(
        extract("بدأت في الأيام الماضية مفاعيل زيارة ولي ولي العهد السعودي الأمير محمد بن سلمان إلى مصر ولقائه الرئيس "
                "المصري عبدالفتاح السيسي وصدور ما سمي بإعلان القاهرة على إثر الزيارة الحدث، وكانت أولى نتائج هذه "
                "الزيارة هي وصول وزير الخارجية الأميركي إلى القاهرة والشروع في محادثات استراتيجية.",
                "2015-08-08"),
        "meeting_held");
    REQUIRE(meetings.size() == 1);
    CHECK(has_actor(*meetings[0], "SAU", "participant"));
    CHECK(has_actor(*meetings[0], "EGY", "participant"));
    CHECK_FALSE(has_actor(*meetings[0], "USA", "participant"));
}

TEST_CASE("meeting held: told in the past before the past with no date of its own, it is background and undated",
          "[events][meeting][date]") {
    // Corpus snn-2015-08-08-0106, snn-2015-07-21-0779, snn-2015-07-24-0732.
    for (const std::string sentence :
         {"وكان الجبير التقى نظيره الروسي سيرغي لافروف في الدوحة، حيث جرى تناول الكثير من قضايا المنطقة.",
          "وكانت كوريا الجنوبية واليابان قد أجرتا ست جولات من مفاوضات التجارة الحرة الثنائية.",
          "وكان الرئيس الأميركي أجرى اتصالا هاتفيًا بنظيره التركي لمناقشة سبل مكافحة تنظيم داعش."}) {
        const auto meetings = of_type(extract(sentence, "2015-08-08"), "meeting_held");
        REQUIRE(meetings.size() == 1);
        CHECK(meetings[0]->date.value.empty());
    }
    // With a date of its own, or told in the past alone, it keeps its day.
    const auto dated =
        of_type(extract("وكان الرئيس بوتين قد التقى نظيره التركي أردوغان أمس في موسكو.", "2015-08-08"), "meeting_held");
    REQUIRE(dated.size() == 1);
    CHECK(dated[0]->date.value == "2015-08-07");
    const auto today =
        of_type(extract("التقى الجبير نظيره الروسي سيرغي لافروف في الدوحة.", "2015-08-08"), "meeting_held");
    REQUIRE(today.size() == 1);
    CHECK(today[0]->date.value == "2015-08-08");
}

TEST_CASE("event dates: كان and قد around a long subject tell the past before the past", "[events][date]") {
    // Corpus snn-2015-08-02-0489, snn-2015-08-06-0110: a subject of seven words and more between كان and قد.
    for (const std::string sentence :
         {"وكان مجلس إدارة نادي الزمالك برئاسة المستشار مرتضى منصور قد حذَّر الجماهير الموجودة في ملعب ميت عقبة من "
          "التواجد في مدرجات الملعب.",
          "وكان المتحدث الأمني بوزارة الداخلية اللواء منصور التركي قد أوضح أنه حدث تفجير في جموع المصلين."}) {
        const auto said = of_type(extract(sentence, "2015-08-06"), "statement_issued");
        REQUIRE(said.size() == 1);
        CHECK(said[0]->date.value.empty());
    }
    // Corpus snn-2015-08-06-2927: so is a meeting.
    const auto met =
        of_type(extract("وكان أمين عام الجامعة العربية نبيل العربي قد عقد مباحثات مع الرئيس الفلسطيني محمود "
                        "عباس قبيل الاجتماع.",
                        "2015-08-06"),
                "meeting_held");
    REQUIRE(met.size() == 1);
    CHECK(met[0]->date.value.empty());
    // "وقد" opens a clause of its own: the كان before it is another verb's.
    const auto own =
        of_type(extract("وكان اللقاء وديا، وقد أكد وزير الخارجية عادل الجبير أن العلاقات متينة.", "2015-08-06"),
                "statement_issued");
    REQUIRE(own.size() == 1);
    CHECK(own[0]->date.value == "2015-08-06");
}

TEST_CASE("meeting held: placed before the news by a word beside its verb, it is undated", "[events][meeting][date]") {
    // Corpus snn-2015-08-06-1006, snn-2015-08-04 (Kerry in Cairo): "recently" (words as normalized).
    for (const auto& [sentence, words] : std::vector<std::pair<std::string, std::string>>{
             {"التقى سفير خادم الحرمين الشريفين لدى كندا نايف بن بندر السديري مؤخراً رئيس الوزراء الكندي ستيفين "
              "هاربر.",
              "موخرا"},
             {"قام وزير الخارجية الأمريكية جون كيري مؤخراً بزيارة القاهرة.", "موخرا"}}) {
        INFO(sentence);
        const auto meetings = of_type(extract(sentence, "2015-08-06"), "meeting_held");
        REQUIRE_FALSE(meetings.empty());
        CHECK(meetings[0]->date.value.empty());
        CHECK(meetings[0]->date.text == words);
    }
    // "من قبل جماعة" is "by a group": the meeting is the day's news (corpus snn-2015-08-07).
    const auto by_agent =
        of_type(extract("استقبل سامح شكري وزير الخارجية المصري فيسنا بوسيتش وزيرة خارجية كرواتيا، التي "
                        "تزور مصر للإفراج عن الرهينة الكرواتي الذي تم الإعلان عن اختطافه من قبل "
                        "جماعة مسلحة.",
                        "2015-08-07"),
                "meeting_held");
    REQUIRE(by_agent.size() == 1);
    CHECK(by_agent[0]->date.value == "2015-08-07");
    // Earlier on the day of the news is that day.
    // Corpus snn-2015-08-03 (Doha).
    const auto earlier_today = of_type(extract("استقبل الشيخ تميم بن حمد آل ثاني جون كيري وزير خارجية الولايات "
                                               "المتحدة في وقت سابق من اليوم.",
                                               "2015-08-03"),
                                       "meeting_held");
    REQUIRE(earlier_today.size() == 1);
    CHECK(earlier_today[0]->date.value == "2015-08-03");
}

TEST_CASE("meeting held: talks with a group of states name one side, and the subject is the other",
          "[events][meeting]") {
    // Corpus snn-2015-08-04-0100, snn-2015-07-21-2142: no subject, so one side only.
    CHECK(of_type(extract("لأنها ستصطدم مع المفتشين تحت شعار أن هؤلاء تخطوا الخطوط الحمراء التي طرحتها في المفاوضات مع "
                          "الدول الكبرى.",
                          "2015-07-21"),
                  "meeting_held")
              .empty());
    // Corpus snn-2015-07-21-2049: the speaker is the other side.
    const auto talks = of_type(extract("أكد وزير الخارجية الإيراني محمد جواد ظريف اليوم الثلاثاء أمام مجلس الشورى "
                                       "الإسلامي أن بلاده لم تقدم أي تنازلات خلال المفاوضات النووية مع الدول الست "
                                       "الكبرى.",
                                       "2015-07-21"),
                               "meeting_held");
    REQUIRE(talks.size() == 1);
    CHECK(has_actor(*talks[0], "mohammad-javad-zarif", "participant"));
    CHECK(has_actor(*talks[0], "USA", "participant"));
}

TEST_CASE("meeting held: one who speaks during a meeting with someone met him on the day he spoke",
          "[events][meeting][date]") {
    // Corpus snn-2015-08-09-0985, snn-2015-08-04-0113.
    for (const std::string sentence :
         {"وقال الجبير خلال مؤتمر صحافي مع نظيره الإيطالي في روما: \"نحن ما زلنا نؤمن بأن المخرج الوحيد للأزمة في "
          "اليمن هو الحل السياسي\".",
          "واعتبر خالد العطية وزير خارجية قطر في مؤتمر صحافي مع كيري أن الاتفاق مع إيران كان أفضل خيار."}) {
        const auto meetings = of_type(extract(sentence, "2015-08-09"), "meeting_held");
        REQUIRE(meetings.size() == 1);
        CHECK(meetings[0]->date.value == "2015-08-09");
    }
    // Corpus snn-2015-08-07-0774, snn-2015-08-11-0223: one who speaks of his own meeting, after it or about it.
    for (const std::string sentence :
         {"وقال كيري للصحفيين بعد الاجتماع مع لافروف على هامش منتدى إقليمي في ماليزيا إن القرار سيطرح للتصويت قريبا.",
          "وقال الجبير إن محادثاته مع لافروف تطرقت إلى الأوضاع في سورية."}) {
        const auto meetings = of_type(extract(sentence, "2015-08-09"), "meeting_held");
        REQUIRE(meetings.size() == 1);
        CHECK(meetings[0]->date.value == "2015-08-09");
    }
    // Corpus snn-2015-08-10-0071: a body that speaks of someone else's meeting does not date it.
    const auto reported =
        of_type(extract("وأوضح أن مجلس الوزراء نوه بعمق العلاقات التي تربط المملكة العربية السعودية والمملكة الأردنية "
                        "الهاشمية، واستمع في هذا الشأن إلى نتائج زيارة صاحب السمو الملكي الأمير محمد بن سلمان بن "
                        "عبدالعزيز ولي ولي العهد للأردن واجتماعه مع جلالة الملك عبدالله الثاني.",
                        "2015-08-10"),
                "meeting_held");
    REQUIRE(reported.size() == 1);
    CHECK(reported[0]->date.value.empty());
    // Corpus snn-2015-07-22-0068: talks named in a relative clause about the speaker are background.
    const auto background = of_type(extract("ونفى فابيوس، الذي اعتبر من المتشددين خلال المحادثات النووية مع إيران، أن "
                                            "ينعكس موقفه الصارم سلبا على المؤسسات الفرنسية.",
                                            "2015-07-22"),
                                    "meeting_held");
    REQUIRE(background.size() == 1);
    CHECK(background[0]->date.value.empty());
}

TEST_CASE("statement: a plural verb with no subject of its own goes on with officials in the plural, not one speaker",
          "[events][statement]") {
    // Corpus snn-2015-07-21-0302: "وأضافوا" after the Italian prime minister's words is his aides'.
    const auto aides = of_type(extract("وقال رئيس الوزراء الإيطالي ماتيو رينزي إن إيطاليا ستنطلق اقتصاديا. وأضافوا أن "
                                       "الهدف الأول هو تصفية ديونها القديمة والعودة إلى الربح عام 2017.",
                                       "2015-07-21"),
                               "statement_issued");
    REQUIRE(aides.size() == 1);
    CHECK(aides[0]->mentions.front().sentence == 0);
    // Corpus snn-2015-07-21-0104: the friends of the man spoke, not the state named before.
    const auto friends = of_type(extract("وقالت وزارة الدفاع الأمريكية إن التحقيق جار. وأصيب أصدقاء عبد العزيز "
                                         "بصدمة مما حدث، وقالوا إنه كان يسكن على بعد 241 كيلومترًا من موقع الحادث.",
                                         "2015-07-21"),
                                 "statement_issued");
    REQUIRE(friends.size() == 1);
    CHECK(friends[0]->mentions.front().sentence == 0);
    // dev021: the state's officials named in the plural just before.
    const auto officials =
        of_type(extract("وقالت تركيا إن لديها أدلة مسموعة ومرئية عن مقتل خاشقجي. لكن المسؤولين الأتراك يعتقدون أن "
                        "اعتداء وصراعا وقع في المبنى. ويزعمون أن خاشقجي قتل على يد فريق من العملاء السعوديين.",
                        "2018-10-19"),
                "statement_issued");
    REQUIRE(officials.size() == 2);
    CHECK(officials[1]->mentions.front().sentence == 2);
    CHECK(has_actor(*officials[1], "TUR", "speaker"));
}

TEST_CASE("statement: a verb with no subject of its own goes on with no person who spoke with the other gender",
          "[events][statement]") {
    // Corpus snn-2015-08-09-0955, snn-2015-08-10-1145: "وأضافت" after a man's words is another's.
    const std::string kerry = "وقال وزير الخارجية الأمريكي جون كيري إن الاتفاق جيد. ";
    const std::string mogherini = "وقالت وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني إن الاتفاق جيد. ";
    const std::string feminine = "وأضافت أن العقوبات سترفع تدريجيا.", masculine = "وأضاف أن العقوبات سترفع تدريجيا.";
    for (const auto& [text, statements] : std::vector<std::pair<std::string, std::size_t>>{
             {kerry + feminine, 1}, {mogherini + masculine, 1}, {kerry + masculine, 2}, {mogherini + feminine, 2}}) {
        CAPTURE(text);
        CHECK(of_type(extract(text, "2015-07-21"), "statement_issued").size() == statements);
    }
    // Corpus snn-2015-07-21-1786: so does a participle written in one gender ("مضيفة": the company's words,
    // not the writer's).
    const auto writer = of_type(extract("قال الكاتب فواز عزيز أن شركة الاتصالات السعودية نفت مسؤوليتها عن العطل أمس "
                                        "الأول بمطار الملك خالد الدولي بالرياض، مضيفة أن الموقع مخدوم بدوائر احتياطية.",
                                        "2015-07-21"),
                                "statement_issued");
    CHECK(writer.size() == 1);
    // Nor does "مضيفا" go on with a woman.
    CHECK(of_type(extract("وقالت وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني إن الاتفاق جيد، مضيفا أن العقوبات "
                          "سترفع تدريجيا.",
                          "2015-07-21"),
                  "statement_issued")
              .size() == 1);
}

TEST_CASE("statement: a post's holder may be named after what its body is for, with a form of address",
          "[events][statement]") {
    // Corpus snn-2015-07-31-1824.
    const auto said =
        of_type(extract("وأوضح المدير الإقليمي للحملة الوطنية السعودية لنصرة الأشقاء في سوريا الدكتور بدر "
                        "بن عبدالرحمن السمحان أن الحملة تكفلت بكامل نفقات معالجة هذه المريضة.",
                        "2015-07-31"),
                "statement_issued");
    REQUIRE(said.size() == 1);
    CHECK(said[0]->actors.front().kind == "person");
    CHECK(said[0]->actors.front().affiliation == "SAU");
    // Corpus snn-2015-07-21-0062: past a preposition, the post named is another's.
    const auto thanked = of_type(extract("وأعرب رئيس حزب القوات اللبنانية عن شكره وتقديره للسعودية بقيادة خادم الحرمين "
                                         "الشريفين على ما يجده لبنان وشعبه من دعم.",
                                         "2015-07-21"),
                                 "statement_issued");
    REQUIRE(thanked.size() == 1);
    CHECK(thanked[0]->actors.front().kind != "person");
}

TEST_CASE("statement: a clause opened by a preposition is a topic, and names no speaker", "[events][statement]") {
    // Corpus snn-2015-08-07-0105: the one interviewed speaks about the government.
    const auto said =
        of_type(extract("وعن تعامل حكومة روحاني مع البلوش قال «الاغتيالات ارتفعت، التمييز العنصري أكثر من السابق».",
                        "2015-08-07"),
                "statement_issued");
    CHECK(std::none_of(said.begin(), said.end(), [](const auto& e) { return has_actor(*e, "IRN", "speaker"); }));
}

TEST_CASE("meeting held: an interview given to a paper is no meeting and what is said after إن names no party",
          "[events][meeting]") {
    // Corpus snn-2015-07-21-0041: the interview the paper held is no meeting, and Iran, named in
    // what was said, is a party of none.
    const auto events = extract(
        "وقال جعجع، خلال حوار أجرته معه «الشرق الأوسط» غداة لقائه خادم الحرمين الشريفين "
        "الملك سلمان بن عبد العزيز في جدة إن «إيران أدت إلى تعطل الانتخابات الرئاسية "
        "حتى إشعار آخر، مستخدمة في ذلك حزب الله».",
        "2015-07-21");
    CHECK(of_type(events, "meeting_held").empty());
    for (const Event& event : events) CHECK_FALSE(has_actor(event, "IRN", "participant"));
    const auto statements = of_type(events, "statement_issued");
    REQUIRE(statements.size() == 1);
    CHECK(has_actor(*statements[0], "samir-geagea", "speaker"));
}

TEST_CASE("statement: a state after a preposition is not the subject of the verb before it",
          "[events][statement][negative]") {
    // Corpus snn-2015-08-07-0197: accounts tweet from Saudi Arabia; the state says nothing.
    for (const auto& statement : of_type(extract("عبّرت الحسابات الرسمية للمواطنين والمسؤولين في السعودية، التي "
                                                 "تتجاوز بحسب دراسات بحثية سابقة سبعة ملايين حساب تغرد من السعودية "
                                                 "من خلال تواجدها على \"تويتر\"، ووقفت صفا واحدا ضد التفجير الجبان.",
                                                 "2015-08-07"),
                                         "statement_issued"))
        CHECK_FALSE(has_actor(*statement, "SAU", "speaker"));
    // Corpus snn-2015-08-04-0430: France proposes to Britain; Britain is whom it proposes to.
    const auto proposed = of_type(
        extract("1913- فرنسا تقترح على بريطانيا إنشاء نفق تحت المانش ولندن ترى أن المشروع سابق لأوانه.", "2015-08-04"),
        "statement_issued");
    REQUIRE(!proposed.empty());
    CHECK(has_actor(*proposed[0], "FRA", "speaker"));
    CHECK_FALSE(has_actor(*proposed[0], "GBR", "speaker"));
    // snn-2015-08-06-0372: the war declared against «داعش», in quotation marks, is no saying of the group.
    for (const auto& statement :
         of_type(extract("وتؤكد إدارة الرئيس الأميركي باراك أوباما، بعد ما يقارب عامًا من بدء «الحرب» التي أعلنتها ضد "
                         "«داعش»، أن سعيها لتفكيك داعش لا يعني أنها لن تصد القاعدة.",
                         "2015-08-06"),
                 "statement_issued"))
        CHECK_FALSE(has_actor(*statement, "ISIL", "speaker"));
    // "كل من": after the quantifier, من opens the list of those who spoke (snn-2015-07-26-1155).
    const auto both = of_type(extract("وأعلنت كل من البحرين وسلطنة عُمان اللتين تعانيان من عجز بالموازنة أنهما "
                                      "ستخففان من إجراءات الدعم خصوصا المنتجات النفطية.",
                                      "2015-07-26"),
                              "statement_issued");
    CHECK(std::any_of(both.begin(), both.end(), [](const auto& e) { return has_actor(*e, "BHR", "speaker"); }));
    CHECK(std::any_of(both.begin(), both.end(), [](const auto& e) { return has_actor(*e, "OMN", "speaker"); }));
}

TEST_CASE("statement: a nationality word after a noun before the verb describes someone, not the state",
          "[events][statement][negative]") {
    // Corpus snn-2015-07-26-0352: a Syrian girl spoke; Syria did not.
    CHECK(of_type(
              extract("استعيد خطاباً جميلاً لفتاة سورية تحدثت بحضور ملالا، عن أهمية أن ندافع عن قضايانا.", "2015-07-26"),
              "statement_issued")
              .empty());
    // Corpus snn-2015-08-03-1060: Chinese internet users are no speakers for China.
    CHECK(of_type(extract("لكن مستخدمين صينيين للانترنت قالوا انها قد تكون ابريقا.", "2015-08-03"), "statement_issued")
              .empty());
}

TEST_CASE("meeting held: a phone call received, past a long title and name", "[events][meeting]") {
    // Corpus snn-2015-08-08-1208: the call is 10 words after the verb.
    const auto calls = of_type(extract("تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود حفظه الله اتصالا "
                                       "هاتفيا أمس من جلالة الملك حمد بن عيسى آل خليفة ملك مملكة البحرين.",
                                       "2015-08-08"),
                               "meeting_held");
    REQUIRE(calls.size() == 1);
    CHECK(has_actor(*calls[0], "SAU", "participant"));
    CHECK(has_actor(*calls[0], "BHR", "participant"));
    CHECK(calls[0]->date.value == "2015-08-07");
}

TEST_CASE("meeting held: the short title خادم الحرمين names the king", "[events][meeting]") {
    // Corpus snn-2015-08-08-0231: the second of two calls the king received that day.
    const auto calls =
        of_type(extract("كما تلقى خادم الحرمين الملك سلمان بن عبدالعزيز اتصالا هاتفيا أمس من الملك "
                        "عبدالله الثاني بن الحسين ملك الأردن عبر فيه عن إدانته واستنكاره للاعتداء الآثم.",
                        "2015-08-08"),
                "meeting_held");
    REQUIRE(calls.size() == 1);
    CHECK(has_actor(*calls[0], "king-salman", "participant"));
    CHECK(has_actor(*calls[0], "king-abdullah-ii", "participant"));
    // Corpus snn-2015-07-23-0881: the king speaks (with the crown prince).
    const auto wishes = of_type(extract("وأعرب خادم الحرمين وولي العهد، عن أصدق التهاني وأطيب التمنيات بالصحة والسعادة "
                                        "للرئيس السيسي، والسلطان قابوس.",
                                        "2015-07-23"),
                                "statement_issued");
    REQUIRE(!wishes.empty());
    CHECK(has_actor(*wishes[0], "king-salman", "speaker"));
}

TEST_CASE("meeting held: a state named by an office or post alone is no side of a meeting, a cabinet in session is",
          "[events][meeting]") {
    // Corpus snn-2015-07-23-0018: those the ambassador met are unnamed.
    CHECK(of_type(extract("وعقد رون ديرمر السفير الاسرائيلي لقاءات خاصة مع مجموعة تضم حوالى 40 عضوًا بمجلس النواب.",
                          "2015-07-23"),
                  "meeting_held")
              .empty());
    // Corpus snn-2015-07-22-0491: a ministry's own meeting.
    CHECK(of_type(extract("وهذا نهج آمل أن يساهم اجتماع وزارة التعليم اليوم في تصحيحه.", "2015-07-22"), "meeting_held")
              .empty());
    // Corpus snn-2015-08-06-2780: the Lebanese cabinet's session.
    const auto session = of_type(
        extract("تنعقد جلسة مجلس الوزراء اللبناني اليوم عند مفترق خطير في مصيرها.", "2015-08-06"), "meeting_held");
    REQUIRE(session.size() == 1);
    CHECK(has_actor(*session[0], "LBN", "participant"));
}

TEST_CASE(
    "meeting held: a verb that opens its sentence with a subject no list knows does not continue the person "
    "just reported",
    "[events][meeting]") {
    // Corpus snn-2015-07-27-0130: the team of experts tours the region, not the minister.
    const auto events = extract(
        "وقال وزير الخارجية السوداني إبراهيم غندور، بعيد استقباله للوفد، إن حكومته على أتم "
        "الاستعداد للتعاون مع أي جهة إقليمية أو دولية لتسوية الأوضاع في جنوب السودان. ويقوم "
        "فريق الخبراء بجولة في الإقليم تتعلق بالأوضاع في الدولة الوليدة، للتشاور مع حكومة جنوب "
        "السودان والمعارضة والأطراف الفاعلة في الجنوب.",
        "2015-07-27");
    CHECK(of_type(events, "statement_issued").size() == 1);
    for (const auto& meeting : of_type(events, "meeting_held")) CHECK(!has_actor(*meeting, "SDN", "participant"));
    // Corpus snn-2015-07-24-0157, then snn-2015-07-21-0481: the call right after the verb, with no
    // subject, is the king's.
    const auto call = of_type(extract("وقال خادم الحرمين في كلمة وجهها للحضور: “يسعدني في هذا اليوم الالتقاء بهذه "
                                      "النخبة الطيبة من المعنيين والمهتمين بالشأن الشبابي والرياضي”. وتلقى اتصالاً "
                                      "هاتفيًا من رئيس الوزراء البريطاني، وهنأ محمد بخاري بفوزه في الانتخابات "
                                      "الرئاسية في نيجيريا.",
                                      "2015-07-21"),
                              "meeting_held");
    REQUIRE(call.size() == 1);
    CHECK(has_actor(*call[0], "king-salman", "participant"));
    CHECK(has_actor(*call[0], "GBR", "participant"));
}

TEST_CASE(
    "meeting held: the meeting word is looked for past a long subject, and a session told by a relative "
    "clause is that clause's",
    "[events][meeting]") {
    // Corpus snn-2015-07-26-0552: the call comes 14 words after the verb, past the prince's posts.
    const auto call = of_type(extract("أجرى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب "
                                      "الثاني لرئيس مجلس الوزراء وزير الدفاع أمس اتصالاً هاتفياً بالملك عبدالله الثاني "
                                      "بن الحسين ملك المملكة الأردنية الهاشمية.",
                                      "2015-07-26"),
                              "meeting_held");
    REQUIRE(call.size() == 1);
    CHECK(has_actor(*call[0], "mohammed-bin-salman", "participant"));
    CHECK(has_actor(*call[0], "king-abdullah-ii", "participant"));
    CHECK(call[0]->date.value == "2015-07-25");
    // Corpus snn-2015-08-11-0224: the cabinet's session, which the prince chaired.
    const auto session = of_type(extract("ترأس نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبدالعزيز الجلسة التي "
                                         "عقدها مجلس الوزراء، بعد ظهر أمس الإثنين في قصر السلام في جدة.",
                                         "2015-08-11"),
                                 "meeting_held");
    REQUIRE(session.size() == 1);
    CHECK(has_actor(*session[0], "SAU", "participant"));
    CHECK(session[0]->date.value == "2015-08-10");
}

TEST_CASE("meeting held: those who attended a session of talks just reported are not another meeting",
          "[events][meeting]") {
    // Corpus snn-2015-07-24-0282: "جلسة المباحثات" is the session the sentence before told.
    const auto meetings = of_type(extract("عقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود – حفظه الله – في "
                                          "قصره بالرياض اليوم، جلسة مباحثات رسمية مع جلالة الملك محمد السادس ملك "
                                          "المملكة المغربية. حضر جلسة المباحثات صاحب السمو الملكي الأمير محمد بن نايف "
                                          "بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية، وصاحب السمو "
                                          "الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس "
                                          "مجلس الوزراء وزير الدفاع، وصاحب السمو الملكي الأمير مولاي رشيد شقيق جلالة "
                                          "ملك المغرب .",
                                          "2015-07-24"),
                                  "meeting_held");
    REQUIRE(meetings.size() == 1);
    CHECK(has_actor(*meetings[0], "king-salman", "participant"));
    CHECK(has_actor(*meetings[0], "MAR", "participant"));
}

TEST_CASE("meeting held: talks with someone, past a long title and a place", "[events][meeting]") {
    // Corpus snn-2015-07-26-1339: مع comes 11 words after the verb.
    const auto talks = of_type(extract("بحث نائب الرئيس اليمني رئيس الوزراء خالد بحاح، أمس، في الرياض، مع وزير الدولة "
                                       "الإماراتي للشؤون الخارجية أنور قرقاش، مستجدات الأوضاع.",
                                       "2015-07-26"),
                               "meeting_held");
    REQUIRE(talks.size() == 1);
    CHECK(has_actor(*talks[0], "YEM", "participant"));
    CHECK(has_actor(*talks[0], "ARE", "participant"));
    CHECK(talks[0]->date.value == "2015-07-25");
}

TEST_CASE("اجتماعي and اجتماعية (social) name no meeting", "[events][meeting][statement]") {
    // Corpus snn-2015-08-06-1461: the minister of social affairs speaks.
    const auto said = of_type(extract("فيما قال وزير الشؤون الاجتماعية رشيد درباس إن بنية الدولة والشعب لا يمكنها أن "
                                      "تستمر.",
                                      "2015-08-06"),
                              "statement_issued");
    REQUIRE(said.size() == 1);
    CHECK(said[0]->actors.front().kind == "person");
    // Corpus snn-2015-07-31-0275: taking part in military operations after "اجتماعية" is no meeting.
    CHECK(of_type(extract("ويندرج الدعم الإماراتي لليمن ضمن رؤية شاملة، من خلال التحرك على مسارات متوازنة تنموية "
                          "واقتصادية واجتماعية وإنسانية، وشاركت الإمارات منذ البداية في عمليتي «عاصفة الحزم» و«إعادة "
                          "الأمل».",
                          "2015-07-31"),
                  "meeting_held")
              .empty());
}

TEST_CASE("statement: a governorate's governor is not the region's emir named before", "[events][statement]") {
    // After corpus snn-2015-07-25-0099: المحافظ (of a governorate) is not أمير منطقة مكة.
    const auto said = of_type(extract("أكد أمير منطقة مكة المكرمة الأمير خالد الفيصل أن المهرجان ناجح. وقد أشار "
                                      "المحافظ إلى جهود مكتب الدعوة بالقنفذة.",
                                      "2015-07-25"),
                              "statement_issued");
    REQUIRE(!said.empty());
    CHECK(std::count_if(said.begin(), said.end(), [](const auto& e) { return e->actors.front().kind == "person"; }) ==
          1);
}

TEST_CASE("statement: to renew a contract says nothing", "[events][statement][negative]") {
    // Corpus snn-2015-07-21-1183, snn-2015-08-02-0195.
    CHECK(extract("على الجانب الآخر جدد ماجد الهزاني عقده الاحترافي ولمدة عام واحد.", "2015-07-21").empty());
    CHECK(extract("يذكر أن نادي النصر جدد عقد اللاعب خلال الفترة الماضية.", "2015-08-02").empty());
    // Renewing a call is a statement.
    CHECK(of_type(extract("وجدد وزير الخارجية السعودي عادل الجبير دعوة المملكة إلى الحل السياسي.", "2015-07-31"),
                  "statement_issued")
              .size() == 1);
    // Corpus snn-2015-08-11-0749, snn-2015-07-21-*, snn-2015-08-09-*: renewed work, shelling or a membership,
    // and جدد as "new", say nothing.
    for (const char* sentence :
         {"جدد محمد عبده تعاونه مع الملحن ياسر مال الله والشاعر عبداللطيف آل الشيخ في أغنية جديدة.",
          "كما جددت قوات النظام قصفها لمناطق في بلدة الطيبة بالغوطة الغربية دون أنباء عن إصابات.",
          "جدد مجلس الوزراء عضوية محمد بن حمد المزيد، ممثلا عن وزارة المالية.",
          "وكشف عن قرار الحكومة الشرعية بإرسال 6 وزراء جدد إلى عدن بالإضافة إلى وجود ثلاثة هناك."}) {
        INFO(sentence);
        for (const auto& said : of_type(extract(sentence, "2015-08-01"), "statement_issued"))
            CHECK(said->mentions.front().text.find("جدد") == std::string::npos);
    }
}

TEST_CASE("statement: to suspend a contract or to sign an agreement says nothing", "[events][statement][negative]") {
    // Corpus snn-2015-08-06-0412, snn-2015-07-27-0328: علق without a comment, توقع as the present of وقّع.
    CHECK(of_type(extract("وفي العام الماضي علقت فرنسا عقد الميسترال الذي يعود إلى عام 2011، بعدما تعرضت لضغوط من "
                          "حلفائها الغربيين.",
                          "2015-08-06"),
                  "statement_issued")
              .empty());
    CHECK(of_type(extract("عام 2003م: إيران توقع اتفاقاً إلحاقياً إضافياً إلى اتفاق التسلح النووي القديم.", "2015-07-27"),
                  "statement_issued")
              .empty());
    // To comment on something and to expect something are statements.
    CHECK(of_type(extract("وعلق وزير الخارجية الأمريكي جون كيري على الاتفاق قائلا إنه تاريخي.", "2015-07-21"),
                  "statement_issued")
              .size() >= 1);
    CHECK(of_type(extract("وتوقع وزير النفط الكويتي علي العمير أن ترتفع الأسعار.", "2015-07-27"), "statement_issued")
              .size() == 1);
}

TEST_CASE("statement: declining to comment or to give one's name says nothing", "[events][statement][negative]") {
    // Corpus snn-2015-08-06-2041, snn-2015-08-08-0238.
    CHECK(of_type(extract("لا زال حزب الله يمارس الصمت ويرفض التعليق على الغارة التي شنتها طائرات إسرائيلية.",
                          "2015-08-06"),
                  "statement_issued")
              .empty());
    CHECK(of_type(extract("وكان عبد العزيز المسعد الأمين العام للجنة المنشطات السعودية، قد رفض التعليق على ما ذكره "
                          "العنزي.",
                          "2015-08-08"),
                  "statement_issued")
              .empty());
    // Corpus snn-2015-08-03-0389, snn-2015-07-22-0262: the subject, or a day, between the verb and what is withheld.
    CHECK(of_type(extract("ورفض باخ التعليق على ترشح الفرنسي ميشال بلاتيني رئيس الاتحاد الأوروبي.", "2015-08-03"),
                  "statement_issued")
              .empty());
    CHECK(of_type(extract("وأضافت المجلة أن الرفض جاء دون ذكر أسباب، ورفضت الخارجية الألمانية أمس التعليق على الواقعة.",
                          "2015-07-22"),
                  "statement_issued")
              .empty());
    // Rejecting a proposal is a statement.
    CHECK(
        of_type(extract("ورفض وزير الخارجية الروسي سيرغي لافروف الاقتراح الأمريكي.", "2015-08-06"), "statement_issued")
            .size() == 1);
}

TEST_CASE("statement: a post with no state serves the state whose cities and regions the article names",
          "[events][statement]") {
    // Corpus snn-2015-07-26-0268: a Saudi tourism official in an article that names Asir and Abha, not
    // the kingdom.
    const auto statements = of_type(
        extract("يرعى الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير رئيس مجلس التنمية السياحية في المنطقة، مساء "
                "اليوم، حفل افتتاح مهرجان أبها يجمعنا 1436هـ، وذلك في ممشى الضباب بأبها.\n"
                "وأوضح المهندس محمد العمرة مدير عام فرع الهيئة العامة للسياحة والتراث الوطني في منطقة عسير أمين مجلس "
                "التنمية السياحية أن الحفل سيتضمن عروض أضواء الجبال والليزر.",
                "2015-07-26"),
        "statement_issued");
    REQUIRE(statements.size() == 1);
    const Actor* speaker = with_role(*statements[0], "speaker");
    REQUIRE(speaker);
    CHECK(speaker->affiliation == "SAU");
}

TEST_CASE("statement: a post with no state in a national outlet's article serves the outlet's state",
          "[events][statement]") {
    // Corpus snn-2015-08-10-1668 (source "was", the Saudi Press Agency): a town's mayor, in an article
    // that names only the town and the Eastern Province.
    const std::string mayor =
        "استكملت بلدية القيصومة التابعة لأمانة المنطقة الشرقية تنفيذ عدداً من المشروعات التنموية والخدمية خلال "
        "العام الحالي.\n"
        "وأوضح رئيس بلدية القيصومة المهندس محارب بن منصور المطيري أن البلدية قامت بتوسعة الممشى بزيادة رقعته 90 "
        "ألف متر مربع.";
    const auto speaker_state = [](const std::string& text, const std::string& source) {
        const auto statements = of_type(extract(text, "2015-08-10", source), "statement_issued");
        REQUIRE(statements.size() == 1);
        const Actor* speaker = with_role(*statements[0], "speaker");
        REQUIRE(speaker);
        return speaker->affiliation;
    };
    CHECK(speaker_state(mayor, "was") == "SAU");
    CHECK(speaker_state(mayor, "WAS") == "SAU");
    // Unknown outlet, or one written for readers anywhere: nothing tells the state.
    CHECK(speaker_state(mayor, "").empty());
    CHECK(speaker_state(mayor, "aawsat").empty());
    // Another state named in the article is as likely his.
    CHECK(speaker_state(mayor + "\nوتعاونت البلدية مع شركة من الإمارات في تنفيذ المشروع.", "was").empty());
    // Corpus snn-2015-08-01-0912: a name from outside the region is no local official's.
    CHECK(speaker_state("قال مارك زوكربيرغ، الرئيس التنفيذي لشركة فيسبوك، على صفحته على موقع فيسبوك، الجمعة، إنه "
                        "وزوجته بريسيلا تشان، ينتظران مولودتهما الأولى.",
                        "alriyadh")
              .empty());
    // Corpus snn-2015-08-11-0873: nor in an article about a shop opening in Riyadh.
    CHECK(speaker_state("وتبلغ مساحة معرض كوتش الجديد في مركز المملكة بالرياض 295 متر مربع. وبالمناسبة صرح جورجيو "
                        "سارني، رئيس كوتش إنترناشيونال: \"أتشوق لدعوة عملائنا لاختبار المفهوم الجديد لمعارض كوتش في "
                        "مركز المملكة بالرياض، أحد معالم التسوق الراقي في المملكة\".",
                        "alriyadh")
              .empty());
    // Corpus snn-2015-07-21-1060: a port of another state than the one the sentence names ("بالسويس" beside
    // "بالمملكة") names it too.
    CHECK(speaker_state("قال عبد الرحيم مصطفى المتحدث الإعلامي لهيئة موانئ البحر الأحمر أن ميناء الزيتيات بالسويس "
                        "استقبل السفينة جاز برايد وعلى متنها 3500 طن غاز سائل قادمة من ميناء ينبع بالمملكة.",
                        "aljazirah")
              .empty());
}

TEST_CASE("statement: a post with no state serves the state whose places the article names most",
          "[events][statement]") {
    // Corpus snn-2015-08-07-0208: the Saudi airports beside the Emirates a sentence names count for Saudi Arabia.
    const auto statements = of_type(
        extract("منحت الهيئة العامة للطيران المدني شركة النيل للطيران ترخيصا لتشغيل رحلات دولية من مطار الجوف "
                "الإقليمي إلى مطار القاهرة الدولي، كما منحت طيران العربية ترخيصا آخر لتسيير رحلات من مطار الأمير "
                "سلطان بن عبدالعزيز الدولي في تبوك إلى الشارقة في الإمارات.\nوقال سليمان الحمدان رئيس الهيئة إن شركة "
                "النيل للطيران ستبدأ بتسيير رحلاتها من مطار الجوف اعتبارا من اليوم برحلتين أسبوعيا بين الجوف "
                "والقاهرة.",
                "2015-08-07", "aleqtisadiya"),
        "statement_issued");
    REQUIRE(statements.size() == 1);
    CHECK(with_role(*statements[0], "speaker")->affiliation == "SAU");
}

TEST_CASE("statement: a deputy governor, an assistant undersecretary or a press secretary holds a post of his state",
          "[events][statement]") {
    // Corpus snn-2015-08-06-2240: the name after the post and its office.
    const auto secretary = of_type(extract("أكد السكرتير الصحفي للرئاسة اليمنية مختار الرحبي أنه تقرر فتح الأجواء "
                                           "اليمنية باتجاه مطار عدن.",
                                           "2015-08-06"),
                                   "statement_issued");
    REQUIRE(secretary.size() == 1);
    const Actor* rahbi = with_role(*secretary[0], "speaker");
    REQUIRE(rahbi);
    CHECK(rahbi->name_ar == "مختار الرحبي");
    CHECK(rahbi->affiliation == "YEM");
    // Corpus snn-2015-07-21-1623 and snn-2015-07-26-0043 (source "alyaum").
    const auto aden = of_type(extract("وصرح وكيل محافظة عدن نايف البكري لصحافيين أن قصف مناطق سكنية في حي دار سعد "
                                      "عمل انتحاري قام به الحوثيون.",
                                      "2015-07-21"),
                              "statement_issued");
    REQUIRE(aden.size() == 1);
    CHECK(has_actor(*aden[0], "YEM", "speaker"));
    const auto environment = of_type(extract("وأوضح الوكيل المساعد لشؤون البيئة الدكتور حاتم المطيري، أن الغرامات "
                                             "تنوعت ما بين مخالفة مالية وإنذار.",
                                             "2015-07-26", "alyaum"),
                                     "statement_issued");
    REQUIRE(environment.size() == 1);
    CHECK(has_actor(*environment[0], "SAU", "speaker"));
    // Corpus snn-2015-08-06-2583 (source "alyaum"): an ambassador to the kingdom serves another state.
    const auto envoy =
        of_type(extract("استقبل صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية في "
                        "مكتبه بالإمارة اليوم, السفير الكوري لدى المملكة كيم جين سو.\nوأشاد السفير "
                        "الكوري بالتطور الاقتصادي في المنطقة.",
                        "2015-08-06", "alyaum"),
                "statement_issued");
    REQUIRE(envoy.size() == 1);
    const Actor* kim = with_role(*envoy[0], "speaker");
    REQUIRE(kim);
    CHECK(kim->name_ar == "كيم جين سو");
    CHECK(kim->affiliation != "SAU");
}

TEST_CASE("statement: a named subject before the verb is its speaker however long the posts after the name",
          "[events][statement]") {
    // Corpus snn-2015-07-26-0120: eleven words from the title to the verb.
    const auto statements = of_type(
        extract("وبحسب مركز الإمارات للدراسات والبحوث الاستراتيجية، فإن الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي "
                "نائب القائد الأعلى للقوات المسلحة قال، في وقت سابق من العام الحالي، إن الخيار الوحيد هو الانتصار في "
                "امتحان اليمن.",
                "2015-07-26"),
        "statement_issued");
    REQUIRE(statements.size() == 1);
    CHECK(has_actor(*statements[0], "mohamed-bin-zayed", "speaker"));
    // Corpus snn-2015-08-11-1407: a post, then another with the place it is of.
    const auto governor =
        of_type(extract("صاحب السمو الملكي الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة "
                        "مكة المكرمة صرح في مجلسه الأسبوع الماضي: أن هناك أربعة طرق.",
                        "2015-08-11"),
                "statement_issued");
    REQUIRE(governor.size() == 1);
    CHECK(has_actor(*governor[0], "khalid-al-faisal", "speaker"));
}

TEST_CASE("statement: a rank or form of address after the nouns of several posts opens the holder's name",
          "[events][statement]") {
    // Corpus snn-2015-08-01-0773: three posts, the body's nouns, then "الشيخ" and the name.
    const auto mufti = of_type(extract("وفي الرياض، أوضح مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة الدائمة "
                                       "للبحوث العلمية والإفتاء الشيخ عبدالعزيز آل الشيخ، في خطبته بجامع الإمام تركي، "
                                       "أن الإسلام حريص على إقامة مجتمع فاضل.",
                                       "2015-08-01"),
                               "statement_issued");
    REQUIRE(mufti.size() == 1);
    REQUIRE(mufti[0]->actors.size() == 1);
    CHECK(mufti[0]->actors[0].kind == "person");
    CHECK(mufti[0]->actors[0].affiliation == "SAU");
    // Corpus snn-2015-07-31-2206: a form of address between the rank and the name.
    const auto imam =
        of_type(extract("طالب إمام وخطيب المسجد الحرام بمكة المكرّمة الرئيس العام لشؤون المسجد الحرام "
                        "والمسجد النبوي الشيخ الدكتور عبدالرحمن بن عبدالعزيز السديس؛ بتهيئة الفرص الوظيفية للشباب.",
                        "2015-07-31"),
                "statement_issued");
    REQUIRE(imam.size() == 1);
    REQUIRE(imam[0]->actors.size() == 1);
    CHECK(imam[0]->actors[0].name_ar.find("السديس") != std::string::npos);
}

TEST_CASE("statement: a nationality word after a plain noun gives no post of the sentence its state",
          "[events][statement]") {
    // Corpus snn-2015-08-06-1930: "المهاجمين الهولندي روبن فان بيرسي" is no Dutch side; Manchester
    // United's former captain, quoted after it, is not Dutch.
    const std::string text =
        "بعد نجاحه في العودة الى المشاركة القارية التي يبدأها من الدور الفاصل لمسابقة دوري ابطال اوروبا اثر "
        "انهائه الموسم الماضي في المركز الرابع، يفرض مانشستر يونايتد نفسه من الفرق القادرة على الفوز بلقب "
        "الدوري الانكليزي الممتاز لموسم 2015-2016 نتيجة التعاقدات التي اجراها حتى الان.\n"
        "وانفق المدرب الهولندي لويس فان غال ما يقارب 77 مليون جنيه استرليني بهدف تعزيز صفوف الفريق للموسم "
        "المقبل وكانت ابرز تعاقداته ضمه الالماني باستيان شفاينشتايغر والفرنسي مورغان شنايدرلين، ليرتفع حجم "
        "انفاق \"الشياطين الحمر\" الى 230 مليون جنيه استرليني منذ رحيل المدرب الاسكتلندي ديفيد مويز قبيل نهاية "
        "موسم 2013-2014.\n"
        "وبعد رحيل المهاجمين الهولندي روبن فان بيرسي والكولومبي راداميل فالكاو عن الفريق وفي ظل تهميش "
        "المكسيكي خافيير هرنانديز \"تشيتشاريتو\"، يجد واين روني نفسه وحيدا في حمل عبء الهجوم، لكن القائد السابق "
        "للفريق براين روبسون يرى بان القوة الضاربة الموجودة في خط الوسط ربما تؤمن الخلفية المناسبة لجعل "
        "الفريق منافسا على اللقب للمرة الاولى منذ رحيل الاسكتلندي اليكس فيرغوسون عام 2013.\n"
        "\"لقد بنى المدرب منطقة خط الوسط لدرجة اننا اصبحنا اقوياء بما فيه الكفاية من اجل فرض وتيرة المباريات\"، "
        "هذا ما قاله روبسون الذي يعمل الان كسفير للنادي،";
    bool quoted = false;
    for (const auto& statement : of_type(extract(text, "2015-08-06"), "statement_issued"))
        for (const Actor& actor : statement->actors)
            if (actor.name_ar == "براين روبسون") {
                quoted = true;
                CHECK(actor.affiliation != "NLD");
            }
    CHECK(quoted);
}

TEST_CASE("statement: a state opening the clause before the verb speaks, the one after is its target",
          "[events][statement]") {
    struct Case {
        const char* text;
        const char* date;
        const char* speaker;
        const char* target;
    };
    const Case cases[] = {
        // Corpus snn-2015-08-02-0175, a headline.
        {"باكستان تتهم الهند بانتهاك وقف إطلاق النار بإقليم البنجاب", "2015-08-02", "PAK", "IND"},
        // Corpus snn-2015-08-07-1092, after أن.
        {"وأوضح أن الهند اتهمت باكستان بالوقوف وراء الهجوم الإرهابي الذي استهدف مركزا للشرطة في إقليم البنجاب "
         "الهندي الشهر الماضي.",
         "2015-08-07", "IND", "PAK"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const auto statements = of_type(extract(c.text, c.date), "statement_issued");
        REQUIRE(statements.size() == 1);
        CHECK(has_actor(*statements[0], c.speaker, "speaker"));
        CHECK(has_actor(*statements[0], c.target, "target"));
    }
}

TEST_CASE("statement: a state's name that is also its nationality word, after a noun, describes the noun",
          "[events][statement][negative]") {
    // Corpus snn-2015-08-09-0117: Saudi banks are not the kingdom; snn-2015-07-21-0107: the Syrian war
    // speaks for no one; snn-2015-07-27-0155: nor does the Saudi council of engineers.
    for (const char* text : {
             "وكانت البنوك السعودية قد أكدت اتخاذ كل الاحتياطات والاستعدادات اللازمة لمقابلة الارتفاع المتوقع على "
             "استخدامات شبكة نقاط البيع.",
             "فالحرب السورية تشير إلى موت فكرة الانسحاب الإسرائيلي من الجولان مقابل السلام مع سوريا.",
             "وكانت الهيئة السعودية للمهندسين قد دعت، قبل أيام قليلة، المكاتب والشركات الهندسية إلى المشاركة في "
             "استبيان.",
         }) {
        INFO(text);
        for (const auto& statement : of_type(extract(text, "2015-08-09"), "statement_issued")) {
            CHECK_FALSE(has_actor(*statement, "SAU", "speaker"));
            CHECK_FALSE(has_actor(*statement, "SYR", "speaker"));
        }
    }
    // The state's authorities are the state.
    const auto statements = of_type(
        extract("وكانت السلطات السعودية قد أكدت اتخاذ كل الاحتياطات اللازمة.", "2015-08-09"), "statement_issued");
    REQUIRE(statements.size() == 1);
    CHECK(has_actor(*statements[0], "SAU", "speaker"));
}

TEST_CASE("statement: a senior official of a body, and a former head of the CIA, speak for their state",
          "[events][statement]") {
    struct Case {
        const char* text;
        const char* date;
        const char* speaker;
    };
    const Case cases[] = {
        // Corpus snn-2015-08-06-0747: "كبير مسؤولي الدفاع" is his post, and "كبير" no given name.
        {"صرح الجنرال تشارلز هوبر كبير مسئولى الدفاع في السفارة الأمريكية بأن «الإنتاج المشترك لدبابات (أم1 أيه1) "
         "في مصر يعطي الشعب المصري والقوات المسلحة المصرية قدرات اقتصادية وأمنية قوية».",
         "2015-08-06", "تشارلز هوبر"},
        // Corpus snn-2015-08-04-0882, in an article that names Syria most.
        {"لقد اختفت سورية. ولم تعد سورية كما كانت. وسورية اليوم مقسمة.\n"
         "وفي لقاء مع صحيفة \"لوفيغارو\" الفرنسية، صرح مايكل هايدن، المدير السابق لوكالة الاستخبارات المركزية "
         "الأميركية CIA، قائلا: لقد اختفت العراق وسورية من خارطة العالم، ولبنان دولة فاشلة.",
         "2015-08-04", "مايكل هايدن"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        bool found = false;
        for (const auto& statement : of_type(extract(c.text, c.date), "statement_issued"))
            for (const Actor& actor : statement->actors)
                if (actor.role == "speaker" && actor.name_ar == c.speaker) {
                    found = true;
                    CHECK(actor.affiliation == "USA");
                }
        CHECK(found);
    }
}

TEST_CASE("statement: people of a state named by their nationality in the plural are not the state",
          "[events][statement][negative]") {
    struct Case {
        const char* text;
        const char* date;
        const char* state;
    };
    const Case cases[] = {
        // Corpus snn-2015-07-23-0052: Chinese scholars announced a find.
        {"وفي عام 2011 أعلن صينيون متخصصون في الثقافة الإسلامية بمقاطعة قانسو ذات الأغلبية المسلمة شمال غربي الصين، "
         "اكتشافهم أقدم نسخة نادرة للقرآن الكريم بخط اليد.",
         "2015-07-23", "CHN"},
        // Corpus snn-2015-08-06-0414: as Egyptians called the city.
        {"وهو العيد القومي للمدينة الباسلة كما وصفها المصريون فيما بعد.", "2015-08-06", "EGY"},
        // Corpus snn-2015-07-25-0453: Greek voters.
        {"اليونانيون رفضوا في استفتاء شعبي شروط الدائنين بفرض المزيد من إجراءات التقشف.", "2015-07-25", "GRC"},
        // Corpus snn-2015-08-09-0360: a plural of another shape, right after the verb.
        {"ودعا أفغان الجمعة مواطنيهم إلى التبرع بالدم لمساعدة المستشفيات التي اكتظت بالضحايا.", "2015-08-09", "AFG"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        for (const auto& statement : of_type(extract(c.text, c.date), "statement_issued"))
            CHECK_FALSE(has_actor(*statement, c.state, "speaker"));
    }
    // The state's government is the state.
    const auto government =
        of_type(extract("وأعلنت الحكومة الصينية أنها ستفتح الأسواق.", "2015-07-23"), "statement_issued");
    REQUIRE(government.size() == 1);
    CHECK(has_actor(*government[0], "CHN", "speaker"));
}

TEST_CASE("statement: the holder's name after a police rank, or after a post, its body and a comma",
          "[events][statement]") {
    struct Case {
        const char* text;
        const char* date;
        const char* speaker;
    };
    const Case cases[] = {
        // Corpus snn-2015-07-22-1305.
        {"وأوضح الرائد زيد القحطاني الناطق الإعلامي لشرطة منطقة عسير أن الجهات الأمنية باشرت البلاغ.", "2015-07-22",
         "زيد القحطاني"},
        // Corpus snn-2015-07-21-1416.
        {"وأوضح النقيب عمر الأكلبي المتحدث الرسمي بقيادة حرس الحدود بالمنطقة الشرقية أن فرق الإنقاذ باشرت البلاغ.",
         "2015-07-21", "عمر الأكلبي"},
        // Corpus snn-2015-07-22-0602.
        {"وأكد المتحدث باسم مصلحة الجمارك، عيسى العيسى، أنه تمت زيادة عدد فرق الوسائل الحية الكاشفة للمواد المتفجرة.",
         "2015-07-22", "عيسى العيسى"},
        // Corpus snn-2015-08-02-0898.
        {"ومن جانبه، أكد مدير تعليم الليث، مرعي البركاتي، أن إدارة التعليم يهمها في المقام الأول تعديل السلوك الخاطئ.",
         "2015-08-02", "مرعي البركاتي"},
        // A given name.
        {"وقال رائد صلاح إن الحملة مستمرة.", "2015-07-24", "رائد صلاح"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const auto statements = of_type(extract(c.text, c.date), "statement_issued");
        REQUIRE_FALSE(statements.empty());
        CHECK(statements[0]->actors[0].name_ar == c.speaker);
    }
}

TEST_CASE("statement: the official of a state named again is none of its heads of state or government",
          "[events][statement]") {
    // Corpus snn-2015-08-04-1071: the prime minister was named before, not as a speaker.
    const std::vector<Event> india = extract(
        "ودعت وزارة الاتصالات مزودي خدمات الإنترنت إلى حجب 857 موقعا إباحيا، في أولى الخطوات اللافتة لحكومة "
        "القومي الهندوسي \"ناريندرا مودي\" ضد الإباحية عبر الإنترنت.\n"
        "وأشار المسؤول الهندي إلى أن هذه الخطوة ترمي في نهاية المطاف إلى وقف المواد الإباحية.",
        "2015-08-04");
    const auto statements = of_type(india, "statement_issued");
    REQUIRE_FALSE(statements.empty());
    CHECK(has_actor(*statements.back(), "IND", "speaker"));
    CHECK_FALSE(has_actor(*statements.back(), "narendra-modi", "speaker"));
    // Corpus snn-2015-07-23-1230: a minister is the official his state's is named again as.
    const std::vector<Event> yemen = extract(
        "كشف وزير الداخلية اليمني اللواء عبده الحذيفي لـ «عكاظ» أن اجهزة الاستخبارات إيرانية الصنع.\n"
        "وأضاف أن العمليات تجري وفقا لتوجيهات الرئيس عبدربه منصور هادي رئيس الجمهورية اليمنية.\n"
        "وعن حجم خسائر الحوثي قال «المسؤول اليمني»: «لا أستطيع أن أتحدث عنها فهي بالآلاف».",
        "2015-07-23");
    const auto said = of_type(yemen, "statement_issued");
    REQUIRE(said.size() == 3);
    CHECK(said[2]->actors.front().name_ar == "عبده الحذيفي");
}

TEST_CASE("statement: the minister named again by his post is not the prime minister", "[events][statement]") {
    // Corpus snn-2015-07-24-0737: "الوزير العراقي" is the defence minister, named as Carter's
    // counterpart; the prime minister named before him is not "the minister".
    const auto events = extract(
        "والتقى كارتر أمس رئيس الوزراء العراقي حيدر العبادي ونظيره خالد العبيدي، إضافة إلى جنود أميركيين.\n"
        "كما طمأن الوزير العراقي نظيره الأميركي بأن «نهج الإصلاح وإعادة بناء المؤسسة العسكرية يسير بخطى "
        "مدروسة».",
        "2015-07-24");
    const auto statements = of_type(events, "statement_issued");
    REQUIRE(statements.size() == 1);
    CHECK_FALSE(has_actor(*statements[0], "haider-al-abadi", "speaker"));
}

TEST_CASE("statement: the general secretariat of an organisation speaks for it", "[events][statement]") {
    // Corpus snn-2015-07-22-0109, snn-2015-08-07-0825 and snn-2015-08-07-0461.
    const struct {
        const char* text;
        const char* speaker;
    } cases[] = {
        {"استنكرت الأمانة العامة لمنظمة التعاون الإسلامي، التصريحات التي أدلى بها نوري المالكي نائب رئيس الجمهورية "
         "العراقية.",
         "OIC"},
        {"دانت الأمانة العامة لمجلس التعاون لدول الخليج العربية بشدة حادث التفجير الانتحاري الجبان الذي استهدف "
         "مسجداً في منطقة عسير.",
         "GCC"},
        {"أدانت الأمانة العامة لهيئة كبار العلماء وبشدة العمل الإجرامي الدنيء الذي استهدف مسجدًا في منطقة عسير.",
         "SAU-CSPA"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto statements = of_type(extract(c.text, "2015-08-07"), "statement_issued");
        REQUIRE(statements.size() == 1);
        CHECK(has_actor(*statements[0], c.speaker, "speaker"));
    }
}

TEST_CASE("statement: a relative clause whose verb holds the thing before it says what was said of it once",
          "[events][statement]") {
    // Corpus snn-2015-07-21-0808, snn-2015-08-09-0209: an operation or reforms announced before the news, by a
    // subject of its own, name a thing; no statement of the day, nor one undated.
    for (const char* sentence : {"الآن مع وجود مؤثرات دولية وإقليمية ومع \"عاصفة الحزم\" التي أعلنتها السعودية لوقف "
                                 "التدخل الإقليمي في شؤون الدول العربية.",
                                 "وتنص الاصلاحات التي اعلنها العبادي على \"الغاء مناصب نواب رئيس الجمهورية ورئيس "
                                 "مجلس الوزراء فوراً\".",
                                 // Corpus snn-2015-08-08, snn-2015-08-02: a preposition with the pronoun after
                                 // the verb holds the thing too.
                                 "ونفت الحركة مشاركتها في الحوار الوطني الذي دعا إليه الرئيس السوداني عمر البشير.",
                                 "غير أنه اتضح مؤخرا أن نظام التفتيش الذي وعد به أوباما، اعتمد على الثقة قبل كل "
                                 "شيء."}) {
        INFO(sentence);
        CHECK(of_type(extract(sentence, "2015-07-21"), "statement_issued").empty());
    }
    // Corpus snn-2015-08-06: a pronoun that tells where it was said, a speech, leaves the saying news.
    const auto speech = of_type(extract("جاء ذلك في كلمته التي أعرب فيها صاحب السمو الملكي الأمير سلطان بن سلمان عن "
                                        "سعادته بهذا الملتقى.",
                                        "2015-08-06"),
                                "statement_issued");
    REQUIRE_FALSE(speech.empty());
    CHECK(speech[0]->date.value == "2015-08-06");
    // Corpus snn-2015-07-21-2447: with no subject of its own, the clause goes on with the saying it is in.
    const auto coalition = of_type(extract("وأشاد وزير الخارجية اليمني رياض ياسين بدور قوات التحالف العربي التي "
                                           "وصفها بالداعم العظيم وصاحبة الموقف الأقوى.",
                                           "2015-07-21"),
                                   "statement_issued");
    REQUIRE_FALSE(coalition.empty());
    for (const auto& said : coalition) CHECK(said->date.value == "2015-07-21");
    // Corpus snn-2015-08-01-0009: "المرابطون" showed what is praised; the one who praised them said nothing else.
    const auto praise = of_type(extract("من جانبه أشاد الدكتور محمد العريفي بالمقاومة والشجاعة التي أبداها "
                                        "المرابطون بالحرم القدسي الشريف، في مواجهة بطش الآلة العسكرية.",
                                        "2015-07-27"),
                                "statement_issued");
    REQUIRE(praise.size() == 1);
    CHECK(praise[0]->mentions.front().text.find("أبداها") == std::string::npos);
}

TEST_CASE("statement: residents and witnesses are no speaker, nor is the one who spoke before them",
          "[events][statement]") {
    // Corpus snn-2015-07-21-0053: a minister spoke; then residents of Saada said what they saw.
    const std::vector<Event> events = extract(
        "وقال وزير الخارجية اليمني رياض ياسين إن الحكومة ستعود إلى عدن قريبا.\n"
        "وقال سكان محليون في صعدة: «إن طيران التحالف شن أكثر من أربع غارات جوية استهدفت مواقع الحوثيين».\n"
        "وقال شهود عيان إن الغارات استمرت طوال الليل.",
        "2015-07-21");
    const auto statements = of_type(events, "statement_issued");
    REQUIRE(statements.size() == 1);
    CHECK(statements[0]->mentions.front().sentence == 0);
    // Corpus snn-2015-07-21-0664: UNESCO's director-general by name, not the renewable energy agency.
    const auto bokova =
        of_type(extract("وقالت إيرينا بوكوفا المدير العام لليونسكو لعمال البناء خلال زيارة للموقع.", "2015-07-18"),
                "statement_issued");
    REQUIRE(bokova.size() == 1);
    CHECK(has_actor(*bokova[0], "irina-bokova", "speaker"));
}

TEST_CASE("quote: the source of قوله is named after عن or إلى, not after another preposition", "[events][statement]") {
    // Corpus snn-2015-07-24-0710: the post of the source between عن and the city that names its state.
    const auto police = of_type(
        extract("أصيب رجل أمن بانفجار قنبلة في قرية العكر الغربي بمملكة البحرين، ونقلت وكالة أنباء البحرين عن "
                "مدير عام مديرية شرطة محافظة العاصمة المنامة قوله ” إن عملاً إرهابيًا وقع بقرية العكر الغربي تمثل "
                "بتفجير قنبلة محلية الصنع مساء اليوم حيث استهدف دورية أمنية أثناء قيامها بالواجب في تأمين الشوارع "
                "بالمنطقة مما أدى إلى تعرض أحد أفراد الدورية لإصابة بسيطة ، وقد تم نقله للمستشفى لتلقي العلاج "
                "اللازم”.",
                "2015-07-24"),
        "statement_issued");
    REQUIRE(police.size() == 1);
    CHECK(has_actor(*police[0], "BHR", "speaker"));
    // Corpus snn-2015-07-31-1304: residents in a place said it, not the place's state.
    CHECK(of_type(
              extract("ونقل سولفانج عن سكان محليين في المناطق التي تعرضت للهجوم بجنوب اليمن قولهم إن مقاتلي المقاومة "
                      "الشعبية لم يستخدموا تلك المناطق لشن هجمات على خصومهم، مشيرا إلى أن فريق المنظمة لم يجد أي أدلة "
                      "على منشآت عسكرية.",
                      "2015-07-31"),
              "statement_issued")
              .empty());
    // Corpus snn-2015-07-26-0117: the one mocked, named after من before بقوله, did not say it.
    CHECK(
        of_type(extract("كما سخر من الحاكم السابق لولاية تكساس ريك بيري بقوله إن «قيامه بوضع نظارات هو تصرف (لكي يعتقد "
                        "الناس أنه ذكي)، أكثر من كون الأمر يتعلق بتدهور بصره».",
                        "2015-07-26"),
                "statement_issued")
            .empty());
    // Corpus snn-2015-08-02-0097: نسب إلى names the source as عن does.
    const auto general = of_type(extract("من جهتها، نسبت وكالة الاعلام الروسية الى الكولونيل جنرال فيكتور بونداريف "
                                         "قائد القوات الجوية الروسية، قوله \"القائد توفي.\"",
                                         "2015-08-02"),
                                 "statement_issued");
    REQUIRE(general.size() == 1);
    CHECK(has_actor(*general[0], "RUS", "speaker"));
}

TEST_CASE("statement: a verb joined by و after a clause reported with أن goes on with the sentence's subject",
          "[events][statement]") {
    // Corpus snn-2015-07-26-0936: Mexico is the subject of the reported clause; the coach said the rest.
    CHECK(
        of_type(
            extract("واعتبر مدرب جامايكا الألماني وينفريد شايفر أن المكسيك تملك الأفضلية وقال: \"تعتبر المكسيك من أقوى "
                    "منتخبات منطقة الكونكاكاف، فهي تقدم عروضا رائعة\".",
                    "2015-07-26"),
            "statement_issued")
            .empty());
    const auto jubeir = of_type(extract("وأكد وزير الخارجية عادل الجبير أن إيران تدعم الإرهاب وقال إن المملكة لن "
                                        "تسمح بذلك.",
                                        "2015-08-07"),
                                "statement_issued");
    REQUIRE(jubeir.size() == 2);
    for (const auto& said : jubeir) CHECK(has_actor(*said, "adel-al-jubeir", "speaker"));
    // Corpus snn-2015-07-27-0924: after إلا أن the clause is the sentence's own, and so is its subject.
    const auto sudan = of_type(
        extract("ورغم محاولات الحكومة الإيرانية الضغط على الخرطوم لإلغاء القرار وإعادة افتتاح تلك المكاتب، إلا أن "
                "الحكومة السودانية تمسكت بقرارها ورفضت التراجع عنه، مشيرة إلى أنه نهائي.",
                "2015-07-27"),
        "statement_issued");
    REQUIRE(sudan.size() == 1);
    CHECK(has_actor(*sudan[0], "SDN", "speaker"));
}

TEST_CASE("statement: the president of the Maldives speaks for it", "[events][statement]") {
    // Corpus snn-2015-07-27-0455: المالديف, the name the news gives the state.
    const auto president = of_type(
        extract("وأكد فخامة الرئيس عبدالله يامين عبدالقيوم رئيس جمهورية المالديف في كلمة بالمناسبة أهمية التقارب "
                "مع الدول الإسلامية والعربية في المجالات كافة في ضوء الروابط الدينية والعادات الاجتماعية "
                "المشتركة.",
                "2015-07-27"),
        "statement_issued");
    REQUIRE(president.size() == 1);
    CHECK(has_actor(*president[0], "MDV", "speaker"));
}

TEST_CASE("meeting: talks hoped for are neither held nor planned", "[events][meeting][negative]") {
    // Corpus snn-2015-08-11-1054: a hope at a press conference.
    const auto events = extract(
        "وقال سرجي لافروف في مؤتمر صحفي عقد ظهر اليوم إن هناك تطابق في أغلب وجهات النظر بين روسيا والسعودية رغم "
        "الخلاف في المواقف بشأن سورية ، ونأمل في حوار بين إيران و دول الخليج بعد توقيع الاتفاق النووي.",
        "2015-08-11");
    CHECK(of_type(events, "meeting_held").empty());
    CHECK(of_type(events, "meeting_planned").empty());
    const auto said = of_type(events, "statement_issued");
    REQUIRE_FALSE(said.empty());
    CHECK(has_actor(*said[0], "sergey-lavrov", "speaker"));
    // Talks held between them are still held.
    const auto held = of_type(extract("وجرى حوار بين إيران و السعودية في الرياض أمس.", "2015-08-11"), "meeting_held");
    REQUIRE(held.size() == 1);
    CHECK(has_actor(*held[0], "IRN", "participant"));
}

TEST_CASE("meeting: a verb with its subject right after it names no party before the comma that opens its clause",
          "[events][meeting]") {
    // Corpus snn-2015-08-04-0358: Cairo, named before, is no side of the meeting in Doha.
    const auto met = of_type(extract("فبادروا على عجل إلى احتوائه، من خلال تدفئة أجواء العلاقة الدبلوماسية مع القاهرة "
                                     "من جهة، ومن جهة أخرى، عقد وزير الخارجية الأمريكي اجتماعا مع وزراء الخارجية "
                                     "الخليجيين في الدوحة.",
                                     "2015-08-04"),
                             "meeting_held");
    REQUIRE(met.size() == 1);
    CHECK(has_actor(*met[0], "john-kerry", "participant"));
    CHECK_FALSE(has_actor(*met[0], "EGY", "participant"));
    CHECK((!met[0]->location || met[0]->location->id != "cairo"));
}

TEST_CASE("statement: his own state saying it in the words one reports is his saying, one item",
          "[events][statement]") {
    // Corpus snn-2015-08-06-2406 and snn-2015-07-23-0937: the minister's words, not a saying of Egypt or
    // of Saudi Arabia beside his.
    for (const auto& [sentence, state] : std::vector<std::pair<std::string, std::string>>{
             {"وأكد وزير الخارجية المصري سامح شكري أن مصر تثمن دوماً أيةَ محاولات جادة للتوصل إلى التسوية السلمية.",
              "EGY"},
             {"قال وزير الخارجية السعودي عادل الجبير اليوم أن المملكة العربية السعودية ترحب بأي اتفاق يمنع إيران من "
              "امتلاك السلاح النووي.",
              "SAU"}}) {
        INFO(sentence);
        const auto statements = of_type(extract(sentence, "2015-08-06"), "statement_issued");
        REQUIRE(statements.size() == 1);
        CHECK(statements[0]->actors.front().kind == "person");
        CHECK(statements[0]->actors.front().affiliation == state);
    }
    // Corpus dev: after لكن the text speaks again, and the presidency's denial is its own.
    const auto denied = of_type(extract("وكان متحدث باسم الملك السابق أحمد فؤاد الثاني قد أعلن قبل يومين أن الملك "
                                        "يستعد لحضور حفل افتتاح القناة بعد تلقيه «دعوة شفهية» منسوبة إلى الرئاسة "
                                        "المصرية، لكن الرئاسة المصرية نفت أن تكون وجهت مثل هذه الدعوة.",
                                        "2015-08-04"),
                                "statement_issued");
    CHECK(std::any_of(denied.begin(), denied.end(), [](const auto& e) { return e->actors.front().id == "EGY"; }));
}

TEST_CASE("statement: a verb of saying after إذا or لو is a condition, not a saying", "[events][statement][negative]") {
    // Corpus snn-2015-07-27-0145: if Congress rejects the deal; the US Congress said nothing, nor Israel.
    CHECK(of_type(extract("وجاء البيان استجابة لتصريحات صدرت عن وزير الخارجية الأميركي جون كيري، يوم الجمعة، حذر "
                          "فيها من أن المجتمع الدولي قد يلقي اللوم على إسرائيل إذا ما رفض الكونغرس الاتفاق.",
                          "2015-07-27"),
                  "statement_issued")
              .empty());
    // Corpus snn-2015-08-11-1370: "حتى لو أعلنت اليونان عجزها": Greece announced nothing.
    CHECK(of_type(extract("وبينت الدراسة التي نشرها معهد ليبنيز للأبحاث الاقتصادية، أن هذه التوفيرات تجاوزت تكلفة "
                          "الأزمة، حتى لو أعلنت اليونان عجزها عن سداد دينها بأكمله.",
                          "2015-08-11"),
                  "statement_issued")
              .empty());
    // Obama's saying is his; the condition in his words is none.
    const auto vowed = of_type(extract("وقال أوباما إنه سيستخدم حق الفيتو إذا رفض الكونغرس الاتفاق.", "2015-08-08"),
                               "statement_issued");
    REQUIRE(vowed.size() == 1);
    CHECK(has_actor(*vowed[0], "barack-obama", "speaker"));
}

TEST_CASE("agreement: a verb joined by و after the agreement word is another act, whose parties are its own",
          "[events][agreement][negative]") {
    // Corpus snn-2015-08-06-1359: Gentiloni visited Tehran; he signed no agreement with Iran.
    const auto events = extract(
        "وبدأت إيطاليا التي لم تشارك في المحادثات النووية الدفع باتجاه علاقات أفضل مع إيران "
        "قبل التوصل للاتفاق وزار جنتيلوني طهران في مارس.",
        "2015-08-06");
    CHECK(of_type(events, "agreement").empty());
    const auto visit = of_type(events, "meeting_held");
    REQUIRE(visit.size() == 1);
    CHECK(has_actor(*visit[0], "IRN", "participant"));
    CHECK(visit[0]->date.value == "2015-03");
}

TEST_CASE("statement: the target of a charge or a threat is its object or named after على or ضد, in its clause",
          "[events][statement]") {
    // Corpus snn-2015-08-10-0120: the football federation is accused; Iraq is where the tournament was moved from.
    const auto accused = of_type(extract("حيث اتهم نائب مدير هيئة الشباب والرياضة الكويتية جاسم الهويدي اتحاد الكرة "
                                         "باتخاذ قرارات فردية بداية من نقل البطولة من العراق إلى الكويت.",
                                         "2015-08-10"),
                                 "statement_issued");
    REQUIRE(accused.size() == 1);
    CHECK_FALSE(has_actor(*accused[0], "IRQ", "target"));
    // Corpus snn-2015-07-31-0323: "بأنها أسهمت في بروز «داعش»" is the charge, not its target.
    const auto biden = of_type(extract("وكان نائب الرئيس الأميركي جو بايدن قد اتهم أنقرة علنًا بأنها أسهمت في بروز "
                                       "«داعش» والتنظيمات المتطرفة الأخرى في سوريا.",
                                       "2015-07-31"),
                               "statement_issued");
    for (const auto& said : biden) CHECK_FALSE(has_actor(*said, "ISIL", "target"));
    // Corpus snn-2015-08-10-1299: the target after على.
    const auto threat = of_type(extract("هدد الجيش الكوري الجنوبي، اليوم الاثنين، بالرد على كوريا الشمالية بعد زرع "
                                        "ألغام أرضية داخل المنطقة الحدودية.",
                                        "2015-08-10"),
                                "statement_issued");
    REQUIRE(threat.size() == 1);
    CHECK(has_actor(*threat[0], "PRK", "target"));
    // Corpus snn-2015-08-07-0130: the person right after the subject is the one accused, not the state
    // named after على further on.
    const auto christie = of_type(extract("واتهم حاكم ولاية نيوجيرسي كريس كريستي الرئيس باراك أوباما بالكذب على "
                                          "الأميركيين، وذلك من أجل تخفيف العقوبات الاقتصادية على إيران.",
                                          "2015-08-07"),
                                  "statement_issued");
    REQUIRE(christie.size() == 1);
    CHECK(has_actor(*christie[0], "barack-obama", "target"));
    CHECK_FALSE(has_actor(*christie[0], "IRN", "target"));
    // Corpus snn-2015-07-21-2240, snn-2015-07-31-0181: who is named in the charge is not the one accused.
    for (const char* sentence :
         {"اتهمت زعيمة مجاهدي خلق مريم رجوي الدول «5+1» بتقديم تنازلات لنظام طهران.",
          "وتتهم السلطات الأفغانية أجهزة الاستخبارات الباكستانية بالوقوف وراء حركة طالبان التي تشن هجمات ضد القوات "
          "الأفغانية."}) {
        INFO(sentence);
        const auto charged = of_type(extract(sentence, "2015-07-31"), "statement_issued");
        REQUIRE(charged.size() == 1);
        CHECK_FALSE(has_actor(*charged[0], "IRN", "target"));
        CHECK_FALSE(has_actor(*charged[0], "TALIBAN", "target"));
    }
    // Corpus snn-2015-07-24-0770: one named after the object's noun is not the target ("عزل ... مرسي").
    const auto removal = of_type(extract("وسبق أن انتقدت إيران عزل الرئيس الأسبق محمد مرسي في يوليو من العام قبل "
                                         "الماضي.",
                                         "2015-07-24"),
                                 "statement_issued");
    REQUIRE(removal.size() == 1);
    CHECK_FALSE(has_actor(*removal[0], "mohamed-morsi", "target"));
}

TEST_CASE("statement: a family name written apart as a compound given name is the one named before with it",
          "[events][statement]") {
    // Corpus snn-2015-08-04-0094: "عبد الرحمن" and "آل مغرم" said again after the full name; a family name
    // that goes on is someone else's ("عبد العزيز العكبري" after "سلمان بن عبدالعزيز").
    const auto events = of_type(
        extract("وقال مدير المرصد السوري لحقوق الانسان رامي عبد الرحمن لوكالة الصحافة الفرنسية «خطفت جبهة النصرة خمسة "
                "مقاتلين». كما اشار عبد الرحمن إلى أنّ جبهة النصرة «قامت باقتحام مخيم للنازحين». مضيفًا «شوهد اختطاف "
                "خمسة مقاتلين». وقال المهندس ناصر آل مغرم إن المشروع اكتمل. وأضاف آل مغرم أن العمل مستمر.",
                "2015-08-04"),
        "statement_issued");
    REQUIRE(events.size() == 5);
    for (std::size_t i = 0; i < 3; ++i) {
        REQUIRE(!events[i]->actors.empty());
        CHECK(events[i]->actors[0].name_ar == "رامي عبدالرحمن");
    }
    for (std::size_t i = 3; i < 5; ++i) {
        REQUIRE(!events[i]->actors.empty());
        CHECK(events[i]->actors[0].name_ar == "ناصر آل مغرم");
    }
    const auto other = of_type(
        extract("وقال خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز إن المملكة ماضية في طريقها. وأبلغ عبد العزيز "
                "العكبري رئيس لجنة الخدمات في المجلس الأهلي الحضرمي أن الخدمات عادت.",
                "2015-07-27"),
        "statement_issued");
    REQUIRE(other.size() == 2);
    CHECK_FALSE(has_actor(*other[1], "king-salman", "speaker"));
}

TEST_CASE("statement: the UN or international envoy speaks for the United Nations whatever state he is sent to",
          "[events][statement]") {
    // Corpus snn-2015-07-31-0318, snn-2015-08-08: "المبعوث الأممي الخاص باليمن" is no Yemeni.
    for (const char* sentence : {"وقال المبعوث الأممي الخاص باليمن في مؤتمر صحافي مشترك عقده أمس مع الأمين العام "
                                 "للجامعة العربية «إن هناك تطابقا في وجهات النظر».",
                                 "يؤكد المبعوث الأممي لليمن إسماعيل ولد الشيخ أحمد أن المشاورات مستمرة.",
                                 // Corpus snn-2015-08-01-1156: "المبعوث الدولي" is the UN's too.
                                 "وقال المبعوث الدولي لليمن خلال زيارة للقاهرة، إنه ناقش وجود مراقبين دوليين."}) {
        INFO(sentence);
        const auto statements = of_type(extract(sentence, "2015-07-31"), "statement_issued");
        REQUIRE(statements.size() == 1);
        REQUIRE_FALSE(statements[0]->actors.empty());
        const Actor& speaker = statements[0]->actors[0];
        CHECK((speaker.id == "UNO" || speaker.affiliation == "UNO"));
    }
}

TEST_CASE("meeting: جرى with a discussion for subject holds no meeting", "[events][meeting]") {
    // Corpus snn-2015-07-26-1162: the consultations are told as where something was discussed.
    CHECK(of_type(extract("هذا ما جرى الحديث حوله في مشاورات طويلة ومضنية على مدى تسعة أشهر بين ممثلين للإدارات "
                          "العليا بين واشنطن وأنقرة.",
                          "2015-07-26"),
                  "meeting_held")
              .empty());
    // With a meeting for subject it does.
    CHECK_FALSE(
        of_type(extract("وجرت المحادثات بين وزيري خارجية إيران وعمان في مسقط أمس.", "2015-07-26"), "meeting_held")
            .empty());
}

TEST_CASE("statement: يراهن is a bet, not رأى with a pronoun", "[events][statement][negative]") {
    // Corpus snn-2015-07-22, snn-2015-08-04: "أوباما تراهن", "إسرائيل تراهن" bet on something.
    for (const char* sentence : {"وإدارة أوباما تراهن على أن الاتفاق سيغير سلوك إيران.",
                                 "فإسرائيل الجديدة مضطرة ألا تراهن على الدعم الأمريكي."}) {
        INFO(sentence);
        CHECK(of_type(extract(sentence, "2015-08-04"), "statement_issued").empty());
    }
}

TEST_CASE("meeting: after a relative pronoun the verb's subject is the one before it", "[events][meeting]") {
    // Corpus snn-2015-07-21-0615: Rouhani met Gabriel, who is named after the verb.
    const auto met = of_type(extract("وقال حسن روحاني، الذي التقى وزير الاقتصاد الألماني سيغمار غابرييل، إنه يأمل أن "
                                     "تلعب ألمانيا «دورًا إيجابيًا» في تحسين العلاقات بين إيران والاتحاد الأوروبي.",
                                     "2015-07-21"),
                             "meeting_held");
    REQUIRE(met.size() == 1);
    std::vector<std::string> ids;
    for (const Actor& actor : met[0]->actors) ids.push_back(actor.id);
    CHECK(std::find(ids.begin(), ids.end(), "hassan-rouhani") != ids.end());
    CHECK(std::find(ids.begin(), ids.end(), "IRN") == ids.end());
    // Corpus snn-2015-07-31-0141: the post's body after ب is where Mogherini serves; she visited.
    const auto visited = of_type(extract("وقال مسؤول إماراتي كبير إن فيدريكا موجيريني مفوضة السياسة الخارجية بالاتحاد "
                                         "الأوروبي التي زارت إيران أمس الثلاثاء عجزت عن فهم أهداف إيران.",
                                         "2015-07-29"),
                                 "meeting_held");
    REQUIRE(visited.size() == 1);
    REQUIRE(visited[0]->actors.size() == 2);
    CHECK(visited[0]->actors[0].kind == "person");
    CHECK(visited[0]->actors[0].affiliation == "EU");
    CHECK(visited[0]->actors[1].id == "IRN");
}

TEST_CASE("meeting: the other side is not looked for in a reported clause after the meeting",
          "[events][meeting][negative]") {
    // Corpus snn-2015-07-22-0032: Carter met US troops; Jordan is the state he is to leave.
    CHECK(of_type(extract("والتقى وزير الدفاع الأميركي آشتون كارتر عددا من الجنود الأميركيين المتمركزين هناك، ومن "
                          "المقرر أن يغادر كارتر الأردن، اليوم، متوجها إلى السعودية.",
                          "2015-07-22"),
                  "meeting_held")
              .empty());
}

TEST_CASE("statement: a saying that opens lines of verse quotes a poem", "[events][statement][negative]") {
    // Corpus snn-2015-08-11-0893: the column ends with a poet's verse.
    CHECK(of_type(extract("أخيرًا يقول فهد المساعد: \nأنت لا من قلت لي يسعد صباحك \nالشوارع تبتسم والبرد يدفى \nرح "
                          "بسفني وين ما تجري رياحك",
                          "2015-08-11"),
                  "statement_issued")
              .empty());
    // Corpus snn-2015-07-26-0859: a line of the verse may hold a colon of its own.
    CHECK(of_type(extract("والبعض الآخر لا يطيقهم ويفضل الانعزال عنهم، يقول ماجد المطيري: \nقالوا: وش أسباب انعزالك عن "
                          "الخلق \nونفسك على بعض العرب وش قبضها \nقلت اسمحوا ليه بلا خاطرى قلق",
                          "2015-07-26"),
                  "statement_issued")
              .empty());
    // What is said in lines of prose is a statement.
    CHECK(of_type(extract("وقال وزير الخارجية السعودي عادل الجبير: \nإن المملكة تدعم الحل السياسي في اليمن وفق "
                          "المبادرة الخليجية ومخرجات الحوار الوطني.",
                          "2015-07-26"),
                  "statement_issued")
              .size() == 1);
}

TEST_CASE(
    "statement: a form of address and a family name that is a state's name or nationality is the one named before",
    "[events][statement]") {
    // Corpus snn-2015-08-06-1819: "الدكتور التركي" is the secretary general named in full, no Turkey.
    const auto turki = of_type(extract("جاء ذلك في البيان الذي أصدره الأمين العام لرابطة العالم الإسلامي الدكتور "
                                       "عبدالله بن عبدالمحسن التركي. \nوأكد الدكتور التركي على أنه يجب على العلماء "
                                       "والمفكرين والمثقفين الرد على هذه الإساءات وبيان زيفها.",
                                       "2015-08-06"),
                               "statement_issued");
    REQUIRE_FALSE(turki.empty());
    REQUIRE_FALSE(turki.back()->actors.empty());
    CHECK(turki.back()->actors[0].kind == "person");
    CHECK(turki.back()->actors[0].name_ar == "عبدالله بن عبدالمحسن التركي");
    // Corpus snn-2015-08-06-2418: "الدكتور عبدالله السويد", then "د. السويد", is no Sweden.
    const auto suwaid = of_type(extract("وألقى كلمة بحضور مدير عام الإدارة العامة للمجاهدين الدكتور عبدالله السويد "
                                        "وعدد من قادة القطاعات الأمنية. \nوقال د. السويد: \"نحمد الله على هذا "
                                        "الامن واللحمة بين المواطن والقيادة\".",
                                        "2015-08-06"),
                                "statement_issued");
    REQUIRE(suwaid.size() == 1);
    REQUIRE_FALSE(suwaid[0]->actors.empty());
    CHECK(suwaid[0]->actors[0].id != "SWE");
    CHECK(suwaid[0]->actors[0].name_ar == "عبدالله السويد");
    // Corpus snn-2015-07-24-0902: after a post, the state is the object ("ودعا الرئيس هادي الصين").
    const auto hadi = of_type(extract("التقى عبد ربه منصور هادي رئيس اليمن، أمس في الرياض، تيان تشي السفير الصيني "
                                      "لدى اليمن. ودعا الرئيس هادي الصين إلى دور فاعل في إعادة البناء والإعمار.",
                                      "2015-07-24"),
                              "statement_issued");
    REQUIRE(hadi.size() == 1);
    REQUIRE_FALSE(hadi[0]->actors.empty());
    CHECK(hadi[0]->actors[0].id == "abdrabbuh-mansur-hadi");
}

TEST_CASE("meeting: holding a press conference is no meeting with those it speaks of", "[events][meeting][negative]") {
    // Corpus snn-2015-07-21-0605: the press word after the subject that holds it.
    CHECK(of_type(extract("وفي هذا الإطار، وبعد يومين من حديث بـ«الفيديو كونفرنس» لزعيمة المعارضة مريم رجوي، أمام لجنة "
                          "بالكونغرس الأميركي، عقد السيد قبادي مؤتمرا صحافيا عبر الإنترنت، الليلة قبل الماضية، "
                          "بمناسبة عيد العمال ومرور عامين على تولي الرئيس روحاني الحكم خلفا للرئيس أحمدي نجاد.",
                          "2015-07-21"),
                  "meeting_held")
              .empty());
}

TEST_CASE("agreement: a draft approved by one side is no agreement, one agreed on by two is", "[events][agreement]") {
    // Corpus snn-2015-08-07-0372.
    CHECK(of_type(extract("الى ذلك،وافقت الحكومة الروسية على مشروع اتفاقية تعاون مع باكستان لإنشاء خط أنابيب الغاز "
                          "في أراضي باكستان.",
                          "2015-08-07"),
                  "agreement")
              .empty());
    // Corpus snn-2015-08-08-0061.
    const auto agreed = of_type(extract("فيما أكدت مصادر دبلوماسية أن أميركا وروسيا اتفقتا على مسودة قرار يحدد "
                                        "المسؤولين عن الهجمات بالأسلحة الكيماوية في سوريا.",
                                        "2015-08-08"),
                                "agreement");
    REQUIRE(agreed.size() == 1);
    CHECK(has_actor(*agreed[0], "USA", "participant"));
    CHECK(has_actor(*agreed[0], "RUS", "participant"));
}

TEST_CASE("statement: a noun describing the speaker before his name opens the subject", "[events][statement]") {
    // Corpus snn-2015-07-24-0836, snn-2015-07-22-1604: a money changer, a volunteer.
    for (const auto& [sentence, name] : std::vector<std::pair<std::string, std::string>>{
             {"من جهته قال الصراف خالد العمودي إن موسم العمرة خيب آمال الصيارفة.", "خالد العمودي"},
             {"فيما يرى المتطوع فيصل الملحم أن العمل التطوعي رسالة يجب أن يقوم بها من يحب هذا العمل.", "فيصل الملحم"},
             // Corpus snn-2015-07-25-0576: after أما, not the citizen quoted before.
             {"أما المواطن سيف القحطاني فأبدى سعادته بالحضور الكثيف لفعاليات العيد في جميع المواقع التي زارها.",
              "سيف القحطاني"}}) {
        INFO(sentence);
        const auto statements = of_type(extract(sentence, "2015-07-25"), "statement_issued");
        REQUIRE(statements.size() == 1);
        REQUIRE_FALSE(statements[0]->actors.empty());
        CHECK(statements[0]->actors[0].name_ar == name);
    }
    // Corpus snn-2015-08-06-2420: an adjective and a relative pronoun after a noun are no name.
    for (const auto& statement :
         of_type(extract("وفي بداية الزيارة رحب رئيس المدينة الأمير الدكتور تركي بن سعود بن محمد، بأبنائه وبناته سفراء "
                         "الحزم وثمن الدور العظيم الذي قام ويقوم به آباؤهم في الذود عن الوطن.",
                         "2015-08-06"),
                 "statement_issued")) {
        REQUIRE_FALSE(statement->actors.empty());
        CHECK(statement->actors[0].name_ar == "تركي بن سعود بن محمد");
    }
}

TEST_CASE("statement: a phrase of earlier days set off by a comma after other words ends the clause before",
          "[events][statement][date]") {
    // Corpus snn-2015-08-04-0752: "منذ وقت طويل" is of how long the legitimacy has been lost, not of the saying.
    const auto statements = of_type(extract("وقال كيري إنه لا حل عسكريا في سورية، مؤكدا أن الرئيس السوري بشار الأسد "
                                            "ونظامه فقدا الشرعية منذ وقت طويل، مشيرا إلى أنه سيبحث الوضع السوري مع "
                                            "نظيريه الروسي سيرجي لافروف والسعودي عادل الجبير.",
                                            "2015-08-04"),
                                    "statement_issued");
    REQUIRE(statements.size() == 3);
    for (const auto& statement : statements) {
        CHECK(statement->date.value == "2015-08-04");
        REQUIRE_FALSE(statement->mentions.empty());
        CHECK(statement->mentions[0].text.find("منذ وقت طويل") == std::string::npos);
    }
}

TEST_CASE("statement: a verb of saying that one should or must say says nothing", "[events][statement][negative]") {
    // Corpus snn-2015-08-01-0188, snn-2015-08-04-1044: a refusal the Republicans should make, what Kerry should not
    // have said.
    for (const char* sentence :
         {"ومع تردد الحديث عن أن ترمب (69 عاما) يخوض معركة الرئاسة مرشح طرف ثالث ينبغي للجمهوريين رفضه في الانتخابات "
          "التمهيدية، فإنه يمكن أن يكون حتى تذكرة هيلاري كلينتون إلى البيت الأبيض.",
          "وكان يجب ألا يتحدث كيري عن الاتفاق وكأنه ملهم السلام في الشرق الأوسط."}) {
        INFO(sentence);
        CHECK(of_type(extract(sentence, "2015-08-04"), "statement_issued").empty());
    }
}

TEST_CASE("statement: one named in a relative clause before the verb is that clause's subject",
          "[events][statement][negative]") {
    // Corpus snn-2015-07-23-0000: the language Maliki used shows it, not Maliki.
    const auto maliki = of_type(
        extract("بهجومه غير المسبوق على السعودية ومطالبته السمجة بوضعها تحت «الوصاية الدولية»، يكون نوري المالكي "
                "نائب الرئيس العراقي قد سدد ضربة قاضية لأي تقارب بين بغداد والرياض في الفترة القادمة. \nاللغة "
                "التي تحدث بها المالكي تؤكد للمرة المائة أن من يحكم العراق حاليًا ليس جادًا في فتح صفحة جديدة، "
                "وغير حريص على حسن الجوار.",
                "2015-07-23"),
        "statement_issued");
    CHECK(std::none_of(maliki.begin(), maliki.end(), [](const auto& statement) {
        return statement->mentions[0].text.find("تؤكد") != std::string::npos;
    }));
    // Corpus snn-2015-08-07-0005: a verb joined by و goes on with him.
    const auto defended = of_type(extract("وانتقدت الأمم المتحدة وجماعات حقوق الانسان بسبب سياساتها الصارمة بحق طالبي "
                                          "اللجوء والتي قام رئيس الوزراء المحافظ توني آبوت بتشديدها ودافع عنها "
                                          "بوصفها ضروروة لوضع حد لحالات الوفيات في البحر.",
                                          "2015-08-07"),
                                  "statement_issued");
    REQUIRE(defended.size() == 2);
    CHECK(defended[1]->actors[0].id == "tony-abbott");
}

TEST_CASE("statement: given names of the news are read after a post", "[events][statement]") {
    // Corpus snn-2015-07-21-0948, snn-2015-07-23-1209.
    for (const auto& [sentence, name] : std::vector<std::pair<std::string, std::string>>{
             {"وقال الناطق الإعلامي بصحة الطائف سراج الحميدان، إن الهدف من إقامة مثل هذه الاحتفالات إدخال البهجة "
              "وفرحة العيد في قلوب النزلاء.",
              "سراج الحميدان"},
             {"وقال مدير مستشفى الخرمة العام ذعار فرج السبيعي، «استقبل قسم الطوارئ بالمستشفى امرأة في العقد الرابع».",
              "ذعار فرج السبيعي"}}) {
        INFO(sentence);
        const auto statements = of_type(extract(sentence, "2015-07-21"), "statement_issued");
        REQUIRE(statements.size() == 1);
        CHECK(statements[0]->actors[0].name_ar == name);
    }
}

TEST_CASE("statement: a form of saying after أو is a verbal noun joined to the one before",
          "[events][statement][negative]") {
    // Corpus snn-2015-07-21-1378, snn-2015-08-08-0112: approving or rejecting the deal.
    for (const char* sentence :
         {"سيكون أمام أعضاء الكونغرس ستون يوماً من أجل الموافقة عليها أو رفضها، وعند ذلك سيتجه الرئيس أوباما لاستخدام "
          "حق النقض.",
          "ومن المتوقع أن يشتغل الجدل والنقاش داخل الكونغرس بعد عودة أعضائه من الإجازة السنوية في الثامن عشر من أغسطس "
          "(آب) الحالي إلى أن يجتمع الكونغرس لتقرير الرأي في قبول أو رفض الصفقة في السابع عشر من سبتمبر (أيلول) "
          "المقبل."}) {
        INFO(sentence);
        CHECK(of_type(extract(sentence, "2015-08-08"), "statement_issued").empty());
    }
}
