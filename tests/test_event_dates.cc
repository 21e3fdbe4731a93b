// Which date each event takes: its own clause's day, week, month or year, the
// sentence before, the article's lead, or the publication day; never a date of
// a background clause or of the report that names a meeting to come.
#include <algorithm>
#include <memory>

#include "extract/dates.h"
#include "extract/events.h"
#include "tests/event_support.h"

using namespace hadath;
using namespace hadath::testing;

namespace {

// A copy, so that it outlives the list of events it came from.
std::shared_ptr<const Event> first(const std::vector<Event>& events, const std::string& type,
                                   const std::string& actor = "") {
    for (const Event& e : events) {
        if (e.type != type) continue;
        if (!actor.empty() && std::none_of(e.actors.begin(), e.actors.end(),
                                           [&](const Actor& a) { return a.id == actor || a.affiliation == actor; }))
            continue;
        return std::make_shared<const Event>(e);
    }
    return nullptr;
}

}  // namespace

TEST_CASE("event dates: an ISO week is told as the month of its Thursday", "[event-dates]") {
    CHECK(iso_week("2018-05-30") == "2018-W22");
    CHECK(iso_week("2021-01-03") == "2020-W53");  // a Sunday of the last week of 2020
    CHECK(month_of_iso_week("2018-W21") == "2018-05");
    CHECK(month_of_iso_week("2020-W53") == "2020-12");
    CHECK(month_of_iso_week("2019-W01") == "2019-01");  // Monday 31 December 2018, Thursday 3 January
    CHECK(month_of_iso_week("2018-W5") == "");
    CHECK(iso_week("2018-02-30") == "");
}

TEST_CASE("event dates: a statement takes the week, month or year of its own clause", "[event-dates][statement]") {
    // dev030 (France 24, 2018-05-30)
    const auto us = first(extract("وقالت الولايات المتحدة خلال اجتماعين على مستور الخبراء الأسبوع الماضي، إن الإجراء "
                                  "متحيز ضد إسرائيل، وفق مصادر دبلوماسية.",
                                  "2018-05-30"),
                          "statement_issued", "USA");
    REQUIRE(us);
    CHECK(us->date.value == "2018-05");
    CHECK(us->date.precision == "month");
    CHECK_FALSE(us->date.from_publication);
    // Corpus snn-2015-07-21-0264
    const auto bank = first(extract("أعلن البنك الدولي الشهر الماضي رصد خمسة مليارات دولار، خلال خمس سنوات، لنشر "
                                    "التعليم، خاصة في الدول الناشئة.",
                                    "2015-07-21"),
                            "statement_issued");
    REQUIRE(bank);
    CHECK(bank->date.value == "2015-06");
}

TEST_CASE("event dates: a statement takes the start or middle of the publication's month once it is over",
          "[event-dates][statement]") {
    // Corpus snn-2015-07-27-0290 and snn-2015-07-21: "مطلع الشهر الجاري" on 27 July is early July.
    for (const auto& [sentence, day] : std::vector<std::pair<std::string, std::string>>{
             {"وفي مطلع الشهر الجاري، أعلنت الحكومة الأسترالية أنها تتوقع التوصل إلى اتفاق في الأسابيع الثلاثة أو "
              "الأربعة المقبلة.",
              "2015-07-27"},
             {"وفي منتصف الشهر الحالي، أشار مجلس الوزراء الصيني إلى أن الاقتصاد ينمو.", "2015-07-25"}}) {
        INFO(sentence);
        const auto statement = first(extract(sentence, day), "statement_issued");
        REQUIRE(statement);
        CHECK(statement->date.value == "2015-07");
        CHECK_FALSE(statement->date.from_publication);
    }
    // Not while that part lasts, nor a month's end: the publication day is nearer.
    for (const auto& [sentence, day] : std::vector<std::pair<std::string, std::string>>{
             {"وفي مطلع الشهر الجاري، أعلنت الحكومة الأسترالية أنها تتوقع التوصل إلى اتفاق.", "2015-07-05"},
             {"أعلنت الحكومة الأسترالية أنها تتوقع التوصل إلى اتفاق بحلول نهاية الشهر الجاري.", "2015-07-27"}}) {
        INFO(sentence);
        const auto statement = first(extract(sentence, day), "statement_issued");
        REQUIRE(statement);
        CHECK(statement->date.value == day);
    }
}

TEST_CASE("event dates: a day or year of a relative clause or of the clause before is not the statement's",
          "[event-dates][statement][negative]") {
    // Corpus snn-2015-08-04-0079: the year is when the EU exempted Pakistan.
    const auto eu = first(extract("ودعا الاتحاد الاوروبي الذي أعفى العام الماضي باكستان من دفع رسوم على صادراتها من "
                                  "النسيج في مقابل تعهدات باحترام حقوق الإنسان، إسلام آباد إلى إعادة تجميد عقوبة "
                                  "الاعدام.",
                                  "2015-08-04"),
                          "statement_issued", "EU");
    REQUIRE(eu);
    CHECK(eu->date.value == "2015-08-04");
    CHECK(eu->date.from_publication);
    // Corpus snn-2015-08-10-0944: Wednesday is when the businessman went missing, a day of the relative clause.
    const auto romania = first(extract("أعلنت السلطات الرومانية حالة الطوارئ من أجل البحث عن رجل الأعمال الكويتي محمد "
                                       "طاهر البغلي الذي اختفى يوم الأربعاء الماضي أثناء ممارسته رياضة المشي بجوار "
                                       "قصره.",
                                       "2015-08-10"),
                               "statement_issued", "ROU");
    REQUIRE(romania);
    CHECK(romania->date.value == "2015-08-10");
    // Corpus snn-2015-07-24-0689: May is when Blatter was re-elected, not when he resigned.
    for (const Event& e : extract("وأعيد انتخاب بلاتر (79 عاما) لولاية خامسة على رأس الفيفا في مايو أيار الماضي لكنه "
                                  "أعلن بعدها بأيام قليلة وفي خضم فضيحة الفساد التي تعصف باللعبة استقالته رغم انه "
                                  "شخصيا لم يتهم بأي تجاوزات أو مخالفات.",
                                  "2015-07-24"))
        CHECK(e.date.value != "2015-05");
    // dev032 (2018-08-14): the day of the anniversary is five years back.
    const auto brotherhood =
        first(extract("دعت جماعة الإخوان المسلمين إلى إخراج مصر مما وصفته بـ\"النفق المظلم\"، وذلك في الذكرى الخامسة "
                      "لفض اعتصامي \"رابعة\" و\"النهضة\"، في 14 أغسطس/ آب عام 2013، بعد الإطاحة بحكم الرئيس الأسبق "
                      "محمد مرسي وجماعة الإخوان.",
                      "2018-08-14"),
              "statement_issued");
    REQUIRE(brotherhood);
    CHECK(brotherhood->date.value == "2018-08-14");
    // Corpus snn-2015-07-31-1499: after إثر, the month is when the other plane was shot down.
    const auto malaysia =
        first(extract("وقال وزير النقل الماليزي ليو تيونغ لي للصحافيين في نيويورك إثر جلسة عقدها مجلس الأمن الدولي "
                      "حول طائرة أخرى تابعة للشركة نفسها أسقطت فوق أوكرانيا في تموز/يوليو 2014 أن الحطام يجب أن يخضع "
                      "لمزيد من التحليل.",
                      "2015-07-31"),
              "statement_issued");
    REQUIRE(malaysia);
    CHECK(malaysia->date.value == "2015-07-31");
    // Corpus snn-2015-07-22-0099, snn-2015-08-10-0907: a relative clause right before the verb, days back.
    const auto sellal =
        first(extract("وبخصوص مالي واتفاق السلام والمصالحة في هذا البلد المنبثق عن مسار الجزائر، والذي وقعت عليه جميع "
                      "الأطراف المالية يوم 20 يونيو (حزيران) الماضي، أوضح رئيس الوزراء الجزائري أنه «يكرس جهود "
                      "الوساطة الحميدة».",
                      "2015-07-22"),
              "statement_issued");
    REQUIRE(sellal);
    CHECK(sellal->date.value == "2015-07-22");
    const auto nato =
        first(extract("وقتل جندي دولي وثمانية مقاتلين أفغان في أحد هذه الهجمات، التي استهدفت قاعدة للقوات "
                      "الأجنبية في كابول مساء الجمعة الماضية وفقا لما ذكره الناتو.",
                      "2015-08-10"),
              "statement_issued", "NATO");
    REQUIRE(nato);
    CHECK(nato->date.value == "2015-08-10");
}

TEST_CASE(
    "event dates: a day of a relative clause is the statement's when it is yesterday or when the verb opens a "
    "clause of its own",
    "[event-dates][statement]") {
    // Corpus snn-2015-08-04-0332: the agreement discussed yesterday, at the meeting where he spoke.
    const auto kerry = first(extract("وعن الاتفاق النووي مع إيران الذي تمت مناقشته أمس، أكد وزير الخارجية الأمريكي جون "
                                     "كيري أن الاتفاق سيسهم في استقرار وأمن منطقة الخليج.",
                                     "2015-08-04"),
                             "statement_issued");
    REQUIRE(kerry);
    CHECK(kerry->date.value == "2015-08-03");
    // Corpus snn-2015-07-31-0339: "حين قالت", the day the authorities seized it and said so.
    const std::vector<Event> bahrain = extract(
        "وقالت البحرين إن التفجير إرهابي. وذكرت وكالة الأنباء الرسمية أن "
        "المتفجرات المستخدمة من نفس النوع الذي صادرته السلطات يوم السبت الماضي "
        "حين قالت إنها شحنة هربت من إيران.",
        "2015-07-31");
    const auto said_then = std::find_if(bahrain.begin(), bahrain.end(), [](const Event& e) {
        return e.type == "statement_issued" && e.mentions.front().sentence == 1;
    });
    REQUIRE(said_then != bahrain.end());
    CHECK(said_then->date.value == "2015-07-25");
}

TEST_CASE("event dates: a year that opens inside a post is no date", "[event-dates][statement]") {
    // corpus snn-2015-07-22: "العام السابق" ends "الأمين العام السابق" (the former secretary general).
    const auto moussa = first(extract("شدد الأمين العام السابق لجامعة الدول العربية وزير الخارجية المصري السابق عمرو "
                                      "موسى على أهمية الحوار.",
                                      "2015-07-22"),
                              "statement_issued");
    REQUIRE(moussa);
    CHECK(moussa->date.value == "2015-07-22");
    // corpus snn-2015-08-03-0606: so in "الرئيس العام السابق" (the former president general).
    const auto nawaf = first(extract("وأعلن الرئيس العام السابق لرعاية الشباب الأمير نواف بن فيصل إنشاء صندوق "
                                     "الوفاء المخصص للمساعدات الإنسانية.",
                                     "2015-08-03"),
                             "statement_issued");
    REQUIRE(nawaf);
    CHECK(nawaf->date.value == "2015-08-03");
    // After the whole post, the words are the year of the saying.
    const auto last_year =
        first(extract("وقال الأمين العام لجامعة الدول العربية نبيل العربي العام الماضي إن الحوار ضروري.", "2015-07-22"),
              "statement_issued");
    REQUIRE(last_year);
    CHECK(last_year->date.value == "2014");
}

TEST_CASE("event dates: a day that names an event of the past dates nothing said",
          "[event-dates][statement][negative]") {
    // Corpus snn-2015-07-24-0769: the revolutions of 25 January and 30 June.
    const auto ambassador =
        first(extract("وشدد السفير عمرو رمضان على أن استذكار هذه الدروس يعد في غاية الأهمية، ومصر تعيش في بداية "
                      "الجمهورية الثالثة بعد ثورتي 25 يناير (كانون الثاني) و30 يونيو (حزيران)، مشيرا إلى استحقاقات "
                      "خريطة الطريق.",
                      "2015-07-24"),
              "statement_issued");
    REQUIRE(ambassador);
    CHECK(ambassador->date.value == "2015-07-24");
    // Corpus snn-2015-07-22-0088: "أحداث مايو" are the arrests of May, not the day Blatter spoke.
    const std::vector<Event> blatter = extract(
        "وقال رئيس الفيفا جوزيف بلاتر إنه باق. ووصف بلاتر أحداث مايو «بتسونامي» وقال: «لا أزال حيا».", "2015-07-22");
    REQUIRE(blatter.size() >= 2);
    for (const Event& e : blatter) CHECK(e.date.value == "2015-07-22");
    // Corpus snn-2015-08-10-0412: Friday sermons, any Friday's, in what was said.
    const std::vector<Event> sermons = extract(
        "أكد الشيخ سعود بن لافي الحمادي أن الإرهاب لا دين له. وحث الحمادي على ضرورة الالتفاف حول علماء الأمة وولاة "
        "أمور المسلمين، والحذر من التعاون مع هذه الجماعات، موجهاً لضرورة محاربة هذا الفكر مِن خلال التسلّح بطلب العلم، "
        "مؤكدا على الأهمية القصوى لتكثيف الجهود العلمية والدعوية من خلال إقامة حملات إعلامية عن طريق المؤسسات الدينية "
        "وخُطَب الجمعة وتوعية المجتمع.",
        "2015-08-10");
    REQUIRE(sermons.size() >= 2);
    for (const Event& e : sermons) CHECK(e.date.value == "2015-08-10");
}

TEST_CASE("event dates: the side's statement in the sentence before dates what follows", "[event-dates][statement]") {
    // dev008 (AFP, 2018-05-16)
    const auto events = extract(
        "في المقابل، أكدت الولايات المتحدة الثلاثاء أنها مستمرة في التحضير للقمة المرتقبة. وقالت المتحدثة باسم وزارة "
        "الخارجية الأمريكية هيذر ناورت \"سنستمر في التخطيط للقاء\"، مشيرة إلى أن واشنطن \"لم تتلقّ أي بلاغ\" بتغيير "
        "موقف كوريا الشمالية.",
        "2018-05-16");
    const auto nauert = first(events, "statement_issued", "heather-nauert");
    REQUIRE(nauert);
    CHECK(nauert->date.value == "2018-05-15");
    CHECK(nauert->date.from_publication);  // not written beside it
}

TEST_CASE("event dates: an agreement the sentence before dates is not a saying of its sides",
          "[event-dates][statement]") {
    // Corpus snn-2015-07-25-0045: the deal concluded on Tuesday, and the spokesman's words of the day.
    const auto events = extract(
        "وقال المتحدث باسم وزارة الخارجية الأمريكية جون كيربي إن الاتفاق النووي الذي أبرم يوم الثلاثاء بين إيران "
        "والقوى "
        "العالمية الست قد أرسل إلى الكونغرس للنظر فيه وفقًا لما يقتضيه القانون.\n وأضاف إنه \"بناء على ذلك فإن اليوم "
        "الأول لفترة المراجعة التي تستغرق 60 يومًا تبدأ غدًا الاثنين الموافق 20 يوليو\".",
        "2015-07-25");
    REQUIRE(first(events, "agreement", "IRN"));
    const auto said = std::count_if(events.begin(), events.end(), [](const Event& e) {
        return e.type == "statement_issued" && e.date.value == "2015-07-25";
    });
    CHECK(said == 2);
}

TEST_CASE("event dates: a saying in the speaker's own article or speech is of the day or of the date after it",
          "[event-dates][statement]") {
    // Corpus snn-2015-08-03 ff.: Zarif's article, printed in four Arab papers, is the day's news.
    const auto today =
        first(extract("وقال ظريف في مقاله إن “امن المنطقة من أمن إيران”، معتبرا أن المنطقة كلها تتعرض لخطر "
                      "جدي يتهدد كل الأطراف فيها.",
                      "2015-08-03"),
              "statement_issued", "IRN");
    REQUIRE(today);
    CHECK(today->date.value == "2015-08-03");
    // Corpus snn-2015-08-06: the article of 2013.
    const auto then = first(extract("يقول ظريف في مقالته في 2013: «إن نواة أي ترتيبات إقليمية شاملة يجب أن تقتصر على "
                                    "الدول الثماني الساحلية»، أي دول مجلس التعاون وإيران والعراق.",
                                    "2015-08-06"),
                            "statement_issued", "IRN");
    REQUIRE(then);
    CHECK(then->date.value == "2013");
    // Memoirs stay undated.
    const auto book = first(extract("وقالت مارغريت تاتشر في مذكراتها إن الاتحاد السوفيتي كان يتراجع.", "2015-08-06"),
                            "statement_issued");
    REQUIRE(book);
    CHECK(book->date.value.empty());
    // Corpus snn-2015-07-31-0450, snn-2015-08-06-0267: the day or year of the speech it was said in.
    const auto speech = first(extract("وقد تحدث وزير النقل الإسرائيلي يسرائيل كاتس عن هذا الخط، خلال كلمة ألقاها يوم 5 "
                                      "سبتمبر (أيلول) 2012، في حفل ترميم معبر الملك حسين.",
                                      "2015-07-31"),
                              "statement_issued");
    REQUIRE(speech);
    CHECK(speech->date.value == "2012-09-05");
    const auto union_address = first(
        extract("وأعلن أوباما في خطاب حالة الاتحاد لعام 2013 أن الحكومة ستتحرك.", "2015-08-06"), "statement_issued");
    REQUIRE(union_address);
    CHECK(union_address->date.value == "2013");
    // A day after "إنه" is of what the statement says.
    const auto statement =
        first(extract("وقال العميد محمد سمير في بيان صحفي إنه في صباح الخميس تم ضبط الشحنة.", "2015-07-24"),
              "statement_issued");
    REQUIRE(statement);
    CHECK(statement->date.value == "2015-07-24");
}

TEST_CASE("event dates: wire copy of the day before dates what it does not date by its lead", "[event-dates]") {
    // dev010 (2018-03-09): the lead is of Thursday, the 8th.
    const auto events = extract(
        "أكدت المتحدثة باسم البيت الأبيض سارة ساندرز الخميس في بيان أن الرئيس الأمريكي دونالد ترامب \"سيقبل الدعوة "
        "للقاء كيم جونغ أون في مكان وزمان سيتم تحديدهما\".\n\nوقال تشونغ اوي-يونغ، عقب إجرائه زيارة قصيرة إلى بيونغ "
        "يانغ: \"قلتُ للرئيس ترامب إنه خلال لقائنا الزعيم الكوري الشمالي كيم جونغ أون أبلغنا أنه ملتزم نزع السلاح "
        "النووي\".",
        "2018-03-09");
    const auto chung = first(events, "statement_issued", "KOR");
    REQUIRE(chung);
    CHECK(chung->date.value == "2018-03-08");
    // dev014 (2015-08-03): a lead of the publication day leaves the statement after it on that day.
    const auto same_day = extract(
        "وصل وزير الخارجية الأمريكي جون، فجر الاثنين، إلى الدوحة، للقاء وزراء خارجية دول مجلس التعاون الخليجي، في "
        "محاولة لطمأنتهم من الاتفاق النووي الإيراني.\nوأكد كيري، في مصر قبل مغادرته إلى قطر، أن الاتفاق النووي مع "
        "إيران سيجعل الشرق الأوسط أكثر أمنا إذا تم تطبيقه.",
        "2015-08-03");
    const auto kerry = first(same_day, "statement_issued", "john-kerry");
    REQUIRE(kerry);
    CHECK(kerry->date.value == "2015-08-03");
}

TEST_CASE("event dates: a lead that names the day before its stamp as today moves today for the whole text",
          "[event-dates]") {
    // Corpus snn-2015-07-31-0398 (stamped Friday): "اليوم (الخميس)" in the lead, then "اليوم" alone.
    const auto events = extract(
        "قال الجيش التركي في بيان إن حزب العمال الكردستاني قتل ثلاثة جنود أتراك في هجوم على كتيبة للجيش في اقليم "
        "شرناق بجنوب شرقي البلاد اليوم (الخميس).\n\nمن جهته، قال صلاح الدين دمرداش زعيم حزب الشعوب الديمقراطي "
        "المؤيد للاكراد اليوم، إنّ الهدف الاساس من العمليات العسكرية التركية الاخيرة في شمال سوريا، هو منع وحدة أراضي "
        "الاكراد في سوريا.",
        "2015-07-31");
    const auto demirtas = first(events, "statement_issued", "slah-aldyn-dmrdash");
    REQUIRE(demirtas);
    CHECK(demirtas->date.value == "2015-07-30");
}

TEST_CASE("event dates: today named days before the stamp is that past day for the lead and the rest",
          "[event-dates]") {
    // Corpus snn-2015-07-21-1700 (stamped Tuesday): wire copy of Friday, whose "اليوم الجمعة" sits in a
    // relative clause of the lead; the lead's saying and the later one are Friday's, not a Friday to come.
    const auto events = extract(
        "قال رفائيل بنيتز مدرب ريال مدريد الذي ينافس بدوري الدرجة الأولى الاسباني لكرة القدم اليوم الجمعة إن "
        "الرحيل المثير للجدل للقائد والحارس ايكر كاسياس آثار انقساما في صفوف الفريق.\nوأضاف بنيتز أن الفريق "
        "سيتجاوز هذه المشكلة.",
        "2015-07-21");
    REQUIRE(events.size() == 2);
    for (const Event& saying : events) {
        CHECK(saying.type == "statement_issued");
        CHECK(saying.date.value == "2015-07-17");
    }
}

TEST_CASE("event dates: a second saying joined by waw goes on with the first on its day", "[event-dates]") {
    // Corpus snn-2015-07-27-0070 (stamped Monday): the promise was made in the speech of last Tuesday.
    const auto events = extract(
        "وفي كلمة أمام هيئة المحاربين القدامى بمدينه بيتزبرغ الثلاثاء الماضي، قال أوباما: «إن تهديد الذئاب "
        "المنفردة والخلايا الصغيرة يصعب تنبؤه ومنعه»، ووعد «ببذل كل ما في وسعه في سبيل حماية البلاد».",
        "2015-07-27");
    REQUIRE(events.size() == 2);
    for (const Event& saying : events) CHECK(saying.date.value == "2015-07-21");
    // Corpus snn-2015-07-24-0458: "لكن" turns to the present; the 2011 announcement stays apart.
    const auto turned = extract(
        "وأوضح التقرير أن الحكومة السعودية قد أعلنت في 2011، عن برنامج للإسكان بقيمة 250 مليار ريال، لكن الحكومة "
        "السعودية أوضحت أن الخطة الحالية تنطوي على مشاركة أكبر من القطاع الخاص.",
        "2015-07-24");
    const auto present = std::find_if(turned.begin(), turned.end(), [](const Event& event) {
        return event.mentions.at(0).text.find("الحكومة السعودية أوضحت") != std::string::npos;
    });
    REQUIRE(present != turned.end());
    CHECK(present->date.value == "2015-07-24");
}

TEST_CASE("event dates: a day after ما with a preposition is of what was done, not of the saying",
          "[event-dates][negative]") {
    // Corpus snn-2015-08-09-1151: the reply is of the day's news; Friday 24 July is when Okaz published.
    const auto reply = first(
        extract("أفاد مدير وحدة أعمال مدينة جدة بشركة المياه الوطنية المهندس صالح محمد سعداوي في تعقيبه على ما نشرته "
                "«عكاظ» يوم الجمعة الموافق 24 يوليو 2015م تحت عنوان «رياض طريق عسفان» أن الشركة تعمل.",
                "2015-08-09"),
        "statement_issued");
    REQUIRE(reply);
    CHECK(reply->date.value == "2015-08-09");
    // The day right after the verb is still the saying's.
    const auto said =
        first(extract("أفاد المهندس صالح محمد سعداوي يوم الجمعة أن الشركة تعمل على ما وعدت به.", "2015-08-09"),
              "statement_issued");
    REQUIRE(said);
    CHECK(said->date.value == "2015-08-07");
}

TEST_CASE("event dates: a meeting held that the text does not date is the day's news", "[event-dates][meeting]") {
    // dev014 (2015-08-03)
    const auto meeting =
        first(extract("كما بحث وزير الخارجية القطري خالد العطية مع مساعدة وزير الخارجية الأمريكي لشؤون الشرق الأوسط، "
                      "آن باترسون، التي أثارت جدلا في مصر خلال عملها سفيرة لواشنطن، العلاقات الثنائية بين البلدين "
                      "وسبل دعمها وتطويرها.",
                      "2015-08-03"),
              "meeting_held");
    REQUIRE(meeting);
    CHECK(meeting->date.value == "2015-08-03");
    CHECK(meeting->date.from_publication);
}

TEST_CASE("event dates: a meeting to come is dated after its noun, not by the report before it",
          "[event-dates][plan][negative]") {
    // dev008 (AFP, 2018-05-16): Wednesday is the day of the threat.
    const auto threat = extract(
        "تضمن بيان لبيونغ يانغ الأربعاء تهديدات بإلغاء اللقاء التاريخي المرتقب بين الزعيم "
        "الكوري الشمالي كيم جونغ أون والرئيس الأمريكي دونالد ترامب.",
        "2018-05-16");
    const auto summit = first(threat, "meeting_planned");
    REQUIRE(summit);
    CHECK(summit->date.value.empty());
    // dev021 (BBC, 2018-10-19): next week, as its month.
    const auto conference =
        first(extract("وتسبب الحادث في توتر كبير بين الرياض وحلفائها الغربيين، حيث أصبح وزير الخزانة الأمريكي ستيفن "
                      "منوشن ووزير التجارية الخارجية البريطاني ليام فوكس أحدث شخصيات غربية بارزة تنسحب من مؤتمر "
                      "للإستثمار يعقد في الرياض الأسبوع المقبل.",
                      "2018-10-19"),
              "meeting_planned");
    REQUIRE(conference);
    CHECK(conference->date.value == "2018-10");
}

TEST_CASE("event dates: a verb in the present takes a day or month with no year that comes sooner than it went",
          "[event-dates][plan]") {
    // Corpus snn-2015-08-03-0213: in August, 12 October is ten months back and ten weeks ahead.
    const auto forum = extract(
        "وينعقد الاجتماع الثاني لمنتدى الأعمال السعودي - الفرنسي في الرياض 12 و13 تشرين الأول (أكتوبر)، واعتبره "
        "السفير الفرنسي فرصة لتقييم التقدم المحرز في المشاريع الموقعة.",
        "2015-08-03");
    CHECK_FALSE(first(forum, "meeting_held"));
    const auto planned = first(forum, "meeting_planned");
    REQUIRE(planned);
    CHECK(planned->date.value == "2015-10-12");
    CHECK(planned->date.end == "2015-10-13");
    // Corpus snn-2015-08-06-2426: mid-December, seen in August.
    const auto parliament =
        first(extract("حيث من المفترض أن تعقد أولى جلسات البرلمان في منتصف ديسمبر.", "2015-08-06"), "meeting_planned");
    REQUIRE(parliament);
    CHECK(parliament->date.value == "2015-12");
    // A day of last month stays past: the meeting was held.
    const auto held = first(extract("ويعقد الاجتماع في الرياض يوم 20 يوليو.", "2015-08-03"), "meeting_held");
    REQUIRE(held);
    CHECK(held->date.value == "2015-07-20");
    // So in the Hijri calendar: 5 Dhu al-Qadah 1436 is two weeks after the 6th of August, 1435's a year back.
    const auto hijri = first(extract("ويعقد الاجتماع في الرياض يوم 5 ذو القعدة.", "2015-08-06"), "meeting_planned");
    REQUIRE(hijri);
    CHECK(hijri->date.value == "2015-08-20");
}

TEST_CASE("event dates: a month with no year that may be the coming one dates what was said, not the saying",
          "[event-dates][statement]") {
    // Corpus snn-2015-08-06-2519: Dhu al-Qadah 1436 starts ten days after the article.
    const auto events = extract(
        "واشار مدير عام إدارة العلاقات العامة والإعلام المتحدث الاعلامي لأمانة الشرقية محمد الصفيان الى تجهيز المقار "
        "الانتخابية بالأثاث المكتبي. ولفت إلى بدء عملية قيد الناخبين مطلع شهر ذي القعدة، داعيًا الناخبين الى ضرورة "
        "إحضار كافة المستندات المطلوبة لتسجيل أسمائهم.",
        "2015-08-06");
    REQUIRE_FALSE(events.empty());
    for (const Event& event : events) CHECK(event.date.value == "2015-08-06");
    // snn-2015-08-06-0308: the elections called for are seven weeks ahead, not ten months back.
    const auto called = extract(
        "رئيس إقليم كتالونيا أرتور ماس يدعو إلى إجراء انتخابات مبكرة في 27 سبتمبر (أيلول) "
        "لاختيار برلمان جديد للإقليم.",
        "2015-08-06");
    REQUIRE(called.size() == 1);
    CHECK(called[0].date.value == "2015-08-06");
}

TEST_CASE("event dates: a hashtag does not cut a name", "[event-dates][statement]") {
    // dev029 (Al Arabiya, 2018-05-03)
    const auto trump = first(extract("لمّح الرئيس الأميركي، دونالد #ترمب، في تغريدة مساء الأربعاء، إلى أن إعلاناً "
                                     "وشيكاً سيصدر بشأن الأميركيين الثلاثة المحتجزين في #كوريا_الشمالية.",
                                     "2018-05-03"),
                             "statement_issued");
    REQUIRE(trump);
    REQUIRE(!trump->actors.empty());
    CHECK(trump->actors.front().id == "donald-trump");
    CHECK(trump->date.value == "2018-05-02");
}

TEST_CASE("event dates: what was said is dated by its speaker's day, not by a day inside the quotation",
          "[event-dates][statement]") {
    // Corpus snn-2015-08-06-0215: "اليوم" in the quotation is the day of the saying, yesterday.
    const auto events = extract(
        "وقال الشيخ محمد بن راشد، أمس، إن «الابتكار اليوم ليس خيارًا بل ضرورة، وليس ثقافة "
        "عامة بل أسلوب عمل»، مشيرًا إلى أن «الحكومات والشركات التي لا تجدد ولا تبتكر تفقد "
        "تنافسيتها وتحكم على نفسها بالتراجع».",
        "2015-08-06");
    REQUIRE(!events.empty());
    for (const Event& e : events) {
        INFO(e.mentions.front().text);
        CHECK(e.date.value == "2015-08-05");
    }
}

TEST_CASE("event dates: a date set off by a comma before a verb in the past is the verb's",
          "[event-dates][statement]") {
    // Corpus snn-2015-08-04-1111
    const auto erdogan = first(extract("وفي حديثه مع الصحفيين المسافرين معه خلال جولته في آسيا، الأسبوع الماضي، حذر "
                                       "إردوغان من مخاطر الائتلافات الهشة وعدد مزايا حكم الحزب الواحد.",
                                       "2015-08-04"),
                               "statement_issued");
    REQUIRE(erdogan);
    CHECK(erdogan->date.value == "2015-07");
}

TEST_CASE("event dates: the occasion with its day right after a participle dates the whole saying",
          "[event-dates][statement]") {
    // Corpus snn-2015-08-03-1180: the saying with no day of its own, then "مشددا أثناء لقائه ... أمس".
    const std::vector<Event> said = extract(
        "جدد الرئيس المصري عبد الفتاح السيسي التأكيد على أن فلسطين سوف تظل قضية كل العرب، مشددا أثناء لقائه "
        "وزير الخارجية الأمريكي جون كيري، أمس، على أنها ستظل محتفظة بمكانتها المتقدمة.",
        "2015-08-03");
    REQUIRE(std::count_if(said.begin(), said.end(), [](const Event& e) { return e.type == "statement_issued"; }) >= 1);
    for (const Event& e : said)
        if (e.type == "statement_issued") CHECK(e.date.value == "2015-08-02");
    // A day in the words reported between is not the participle's occasion.
    const auto reported =
        first(extract("وقال وزير الخارجية عادل الجبير أمس إن الحكومة عقدت اجتماعا في 12 يوليو، مشيرا إلى أهمية القرار.",
                      "2015-08-03"),
              "statement_issued");
    REQUIRE(reported);
    CHECK(reported->date.value == "2015-08-02");
}

TEST_CASE("event dates: the occasion told after a saying with جاء ذلك or وذلك dates it", "[event-dates][statement]") {
    // Corpus snn-2015-07-24-0761: in the same sentence, after the saying.
    const auto houthi = first(extract("قال محمد علي الحوثي، رئيس اللجنة الثورية، إن الحوار مستمر، وذلك أثناء لقائه "
                                      "بممثل الأمم المتحدة المقيم في صنعاء، أول من أمس.",
                                      "2015-07-24"),
                              "statement_issued");
    REQUIRE(houthi);
    CHECK(houthi->date.value == "2015-07-22");
    // Corpus snn-2015-07-24-0766: opening the next sentence, for the sayings of the one speaker before it.
    const std::vector<Event> said = extract(
        "وأكد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز عمق العلاقات الأخوية "
        "بين المملكة ومصر. وأضاف أن المملكة حريصة على تعزيزها. جاء ذلك خلال "
        "استقبال خادم الحرمين الشريفين في قصر السلام أمس سامح شكري وزير الخارجية "
        "المصري.",
        "2015-07-24");
    REQUIRE(std::count_if(said.begin(), said.end(), [](const Event& e) { return e.type == "statement_issued"; }) == 2);
    for (const Event& e : said)
        if (e.type == "statement_issued") CHECK(e.date.value == "2015-07-23");
    // Corpus snn-2015-08-03-0064: a day the lead calls today in a paper stamped the next morning.
    const auto speech = first(extract("قال زعيم الحوثيين عبدالملك الحوثي إن النصر لا يزال ممكنا. جاء ذلك في خطاب "
                                      "تلفزيوني للحوثي على الهواء مباشرة اليوم (الأحد).",
                                      "2015-08-03"),
                              "statement_issued");
    REQUIRE(speech);
    CHECK(speech->date.value == "2015-08-02");
    // Corpus snn-2015-08-06-1297: the day after the list of those who attended the occasion.
    const auto chaired =
        first(extract("أكد مدير جامعة الباحة المكلف الدكتور عبدالله بن محمد الزهراني أن الدراسة ستبدأ منذ "
                      "أول أيام التقويم الأكاديمي. جاء ذلك خلال ترؤسه للاجتماع التحضيري للعام الدراسي "
                      "المقبل بحضور وكيل الجامعة للشؤون الأكاديمية الدكتور عبدالعزيز بن يحيى وعمداء "
                      "العمادات والكليات ووكلائها أمس في قاعة الاجتماعات بإدارة الجامعة.",
                      "2015-08-06"),
              "statement_issued");
    REQUIRE(chaired);
    CHECK(chaired->date.value == "2015-08-05");
    // What comes after the saying is no occasion of it, nor is a day long before the news.
    const auto after =
        first(extract("وأكد وزير الصحة خالد الفالح أن الخدمات متوفرة. جاء ذلك بعد الحادث الذي وقع أمس.", "2015-08-05"),
              "statement_issued");
    REQUIRE(after);
    CHECK(after->date.value == "2015-08-05");
    const auto long_ago = first(
        extract("وقال الدكتور عبدالله المسند إن الحر شديد، وذلك في 12 أغسطس 1977.", "2015-08-04"), "statement_issued");
    REQUIRE(long_ago);
    CHECK(long_ago->date.value != "1977-08-12");
}

TEST_CASE(
    "event dates: a relative clause about a party of a meeting dates it only when it tells the meeting or "
    "the arrival for it",
    "[event-dates][meeting]") {
    struct Case {
        const char* text;
        const char* publication;
        const char* date;  // the meeting's date, or (with `not_this`) one it must not have
        bool not_this;
    };
    const Case cases[] = {
        // Corpus snn-2015-07-31-0409: the election two months before is not the talks'.
        {"ودعا أوباما بعد محادثات مع هايلي مريام ديسيلين رئيس الوزراء الإثيوبي، الذي فاز حزبه الحاكم في الانتخابات "
         "قبل شهرين بنسبة 100 في المائة، إثيوبيا التي تشهد نموا اقتصاديا قويا إلى تحسين أدائها في مجال حقوق الإنسان.",
         "2015-07-31", "2015-05", true},
        // Corpus snn-2015-08-03-0988: Kerry met the president on the day he arrived.
        {"فيما التقى الرئيس المصري عبدالفتاح السيسي وزير الخارجية الأمريكي جون كيري الذي وصل القاهرة أمس لتدشين الحوار "
         "الاستراتيجي بين واشنطن والقاهرة.",
         "2015-08-03", "2015-08-02", false},
        // Corpus snn-2015-08-04-0927: talks that took place last month.
        {"وفي وقت سابق اعترض أعضاء في مكتب الدوحة على ما تردد عن قرار منصور إرسال وفد يمثله إلى أول محادثات سلام رسمية "
         "بين طالبان وممثلي الحكومة الأفغانية التي جرت الشهر الماضي في باكستان.",
         "2015-08-04", "2015-07", false},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const auto meeting = first(extract(c.text, c.publication), "meeting_held");
        REQUIRE(meeting);
        CHECK((meeting->date.value == c.date) != c.not_this);
    }
}

TEST_CASE(
    "event dates: a verb further on in the predicate of كان and قد is background too, a name in "
    "quotation marks in its subject",
    "[event-dates][statement]") {
    // Corpus snn-2015-08-02-0295: the fatwa was issued before the news, on no day the text gives.
    const auto fatwa = first(extract("وكان تنظيم \"داعش\" قد أصدر في الفترة الأخيرة فتوى أكدت أن على طالبان في "
                                     "منطقة باكستان وأفغانستان أن يقسموا يمين الولاء لزعيمه أبو بكر البغدادي.",
                                     "2015-08-02"),
                             "statement_issued");
    REQUIRE(fatwa);
    CHECK(fatwa->date.value.empty());
    // Corpus snn-2015-07-22-1648: OPEC's forecast, told before the news.
    const auto forecast =
        first(extract("وكانت «أوبك» قد توقعت تباطؤ نمو المعروض من خارج المنظمة.", "2015-07-22"), "statement_issued");
    REQUIRE(forecast);
    CHECK(forecast->date.value.empty());
}

TEST_CASE("mentions: the quote is the sentence, or the clause of a long one, and holds the mention",
          "[events][quote]") {
    // dev014 (2015-08-03): a sentence short enough to read whole.
    const std::string short_sentence =
        "كما بحث وزير الخارجية القطري خالد العطية مع مساعدة وزير الخارجية الأمريكي لشؤون الشرق الأوسط، آن باترسون، "
        "التي أثارت جدلا في مصر خلال عملها سفيرة لواشنطن، العلاقات الثنائية بين البلدين وسبل دعمها وتطويرها.";
    const auto meeting = first(extract(short_sentence, "2015-08-03"), "meeting_held");
    REQUIRE(meeting);
    CHECK(meeting->mentions.front().quote == short_sentence);
    // Corpus snn-2015-08-04-0150: 521 characters; each saying is quoted by its clause.
    const std::string long_sentence =
        "وقال عضو الهيئة السياسية بدر جاموس لـ«الشرق الأوسط» بأنّه كان هناك «جو عام في الهيئة العامة مؤيد لمبدأ وجوب "
        "إعطاء الهيئة الرئاسية السابقة فرصة لبلورة عملها، لاقتناع معظم الأعضاء بأن النظام الأساسي يتضمن خللا في المادة "
        "التي تحدد ولاية الهيئتين الرئاسية والسياسية، بـ6 أشهر فقط»، لافتا إلى أن «نتائج الانتخابات بيّنت أن ما لم ننجح "
        "بتحقيقه من خلال تعديل هذه المادة لعدم إمكانية تأمين ثلثي أصوات أعضاء الهيئة العامة، حققناه بعملية الانتخاب "
        "التي سمحت للهيئة السابقة إعادة الدفع بمشاريعها إلى الأمام لتحقيق الإنجازات المطلوبة».";
    const auto events = extract(long_sentence, "2015-08-04");
    REQUIRE(events.size() >= 2);
    const std::string ellipsis = "\u2026";
    bool cut_before = false;
    for (const Event& e : events) {
        const Mention& m = e.mentions.front();
        INFO(m.quote);
        CHECK(m.quote.find(m.text) != std::string::npos);
        std::string core = m.quote;
        if (core.rfind(ellipsis, 0) == 0) {
            core.erase(0, ellipsis.size());
            cut_before = true;
        }
        CHECK(core.size() >= ellipsis.size());
        CHECK(core.compare(core.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0);  // cut after
        core.erase(core.size() - ellipsis.size());
        CHECK(long_sentence.find(core) != std::string::npos);
        CHECK(core.size() < long_sentence.size());
    }
    CHECK(cut_before);  // "…لافتا إلى أن"
}
