// The rule engine as data: verbs inflected from their lemmas, the rule files'
// own example sentences, rule conditions, and a new event type defined only
// in data files that is extracted, merged across articles and exported.
#include <algorithm>
#include <fstream>

#include "extract/events.h"
#include "extract/morphology.h"
#include "tests/event_support.h"
#include "tests/process_support.h"

using namespace hadath;
using namespace hadath::testing;
namespace fs = std::filesystem;

namespace {

const Morphology& shipped_morphology() {
    static const Morphology morphology = Morphology::load((data_dir() / "rules" / "ar" / "morphology.tsv").string());
    return morphology;
}

bool has(const std::vector<std::string>& forms, const std::string& form) {
    return std::find(forms.begin(), forms.end(), form) != forms.end();
}

const Event* first_of_type(const std::vector<Event>& events, const std::string& type) {
    for (const Event& e : events)
        if (e.type == type) return &e;
    return nullptr;
}

// The date of the first event of `type` read from `text` published on `day`; "(none)" when there is no
// such event, so that a check of its date also fails when the event is missing.
std::string date_of_first(const std::string& text, const std::string& day, const std::string& type) {
    const std::vector<Event> events = extract(text, day);
    const Event* event = first_of_type(events, type);
    return event ? event->date.value : "(none)";
}

}  // namespace

TEST_CASE("a verb written once gives its third-person forms", "[rules][morphology]") {
    const auto said = shipped_morphology().inflect("قال/يقول");
    for (const char* form : {"قال", "قالت", "قالوا", "قالا", "يقول", "تقول", "يقولون", "يقولان", "قالوه", "قالها"})
        CHECK(has(said, form));
    // A verb whose past ends in ى: the ى gives way before endings and pronouns.
    const auto denied = shipped_morphology().inflect("نفى/ينفي");
    for (const char* form : {"نفى", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نفاه", "نفتها"}) CHECK(has(denied, form));
    CHECK_FALSE(has(denied, "نفىت"));
    // A tense left out gives none of its forms.
    const auto past_only = shipped_morphology().inflect("اعتبر/-");
    CHECK(has(past_only, "اعتبرت"));
    CHECK_FALSE(has(past_only, "يعتبر"));
    // The feminine singular stands apart from the masculine, the dual and the plural.
    const auto forms = shipped_morphology().conjugate("قال/يقول");
    CHECK(has(forms.past_feminine, "قالت"));
    CHECK(has(forms.present_feminine, "تقول"));
    CHECK_FALSE(has(forms.past, "قالت"));
    CHECK_FALSE(has(forms.past_feminine, "قالتا"));
}

TEST_CASE("a malformed lemma is refused with the reason", "[rules][morphology][negative]") {
    CHECK_THROWS_WITH(shipped_morphology().inflect("قال"), Catch::Matchers::Contains("PAST/PRESENT"));
    CHECK_THROWS_WITH(shipped_morphology().inflect("-/-"), Catch::Matchers::Contains("PAST/PRESENT"));
    CHECK_THROWS_WITH(shipped_morphology().inflect("قال/تقول"), Catch::Matchers::Contains("does not start with"));
}

TEST_CASE("verbal nouns of derived verbs are told by their shape", "[rules][morphology]") {
    // Folded words of corpus sentences: "انضمام الأمير", "باعتماد مجلس الأمن", "تمديد عقد الإعارة".
    for (const char* word : {"انضمام", "اختفاء", "اهتمام", "اصطدام", "استقبال", "تحقيق", "تمديد", "باعتماد", "لتنويع"})
        CHECK(derived_verbal_noun(word));
    // The article ("الطيار", folded "ألتمان"), an alef where the root has a hamza ("تابيش"), other shapes.
    for (const char* word : {"الطيار", "التمان", "تابيش", "مدير", "انتصارات", "سعيد"})
        CHECK_FALSE(derived_verbal_noun(word));
    // تفعيل alone only when asked: after a given name from outside the region it is a surname ("توماس توشيل").
    CHECK_FALSE(derived_verbal_noun("توشيل", false));
    CHECK(derived_verbal_noun("بتحقيق", false));
    // The shortest and the longest word a shape and ب or ل make ("تحقيق", "باستخدام"), and one letter more or less.
    CHECK(derived_verbal_noun("باستخدام"));
    CHECK(verbal_noun_after_ba_or_lam("باستخدام"));
    CHECK(verbal_noun_after_ba_or_lam("لاستكمال"));
    CHECK_FALSE(verbal_noun_after_ba_or_lam("باستخدامه"));
    CHECK_FALSE(verbal_noun_after_ba_or_lam("بتحقيق"));
    CHECK_FALSE(derived_verbal_noun("حقيق"));
}

TEST_CASE("each example sentence of triggers.tsv gives an event of the rule below it", "[rules][examples]") {
    std::ifstream in(data_dir() / "rules" / "ar" / "triggers.tsv");
    std::string line, example;
    int examples = 0;
    for (int number = 1; std::getline(in, line); ++number) {
        const std::string marker = "# EXAMPLE ";
        if (line.rfind(marker, 0) == 0) {
            example = line.substr(marker.size());
            continue;
        }
        if (line.empty() || line[0] == '#' || example.empty()) continue;
        const std::string type = line.substr(0, line.find('\t'));
        INFO("triggers.tsv:" << number << " " << example);
        CHECK(first_of_type(extract(example, "2023-06-22"), type) != nullptr);
        example.clear();
        ++examples;
    }
    CHECK(examples >= 10);
}

TEST_CASE("a verb of beginning far from any meeting word is no meeting", "[rules][meeting]") {
    // corpus snn-2015-08-06-2925: Ankara will begin fighting ISIS; the meeting with Kerry is held.
    const auto events = extract(
        "أعلن وزير الخارجية التركي مولود تشاوش أوغلو أمس أن أنقرة ستبدأ قريبا بمحاربة تنظيم داعش في شمال سوريا، "
        "خلال لقاء مع نظيره الأمريكي جون كيري في ماليزيا.",
        "2015-08-06");
    CHECK(first_of_type(events, "meeting_planned") == nullptr);
    const Event* meeting = first_of_type(events, "meeting_held");
    REQUIRE(meeting);
    CHECK(has_actor(*meeting, "USA", "participant"));
    CHECK(has_actor(*meeting, "TUR", "participant"));
}

TEST_CASE("a body whose term has ended is no meeting that did", "[rules][meeting][negative]") {
    // corpus snn-2015-08-08-0852: "المؤتمر الوطني المنتهية ولايته" is Libya's former parliament.
    const auto events = extract(
        "وفي الشهر الماضي وقعت بعض الفصائل اتفاقاً مبدئياً رعته الأمم المتحدة لتشكيل حكومة وحدة لكن المندوبين من "
        "المؤتمر الوطني المنتهية ولايته ومقره العاصمة الليبية قاطعوا الاجتماع.",
        "2015-08-08");
    CHECK(first_of_type(events, "meeting_held") == nullptr);
}

TEST_CASE("new statement verbs: a denial, an appeal", "[rules][speech]") {
    // corpus snn-2015-08-03-0360
    const auto denial = extract("الا ان وزارة الدفاع الاميركية نفت الامر.", "2015-08-03");
    const Event* statement = first_of_type(denial, "statement_issued");
    REQUIRE(statement);
    CHECK(statement->cameo == "016");
    CHECK(has_actor(*statement, "USA", "speaker"));
    const auto appeal = extract("ودعا وزير الخارجية الروسي سيرغي لافروف إلى وقف إطلاق النار في سوريا.", "2015-08-03");
    statement = first_of_type(appeal, "statement_issued");
    REQUIRE(statement);
    CHECK(statement->cameo == "020");
    CHECK(has_actor(*statement, "RUS", "speaker"));
}

TEST_CASE("an agreement reached in a month past is dated by that month, not by the article", "[rules][agreement]") {
    // corpus snn-2015-08-03-0898 (dev014)
    const auto events = extract(
        "وكانت إيران توصلت، في يوليو/تموز الماضي، إلى اتفاق حول برنامجها النووي، مع مجموعة (5+1) التي تضم الدول "
        "الخمس دائمة العضوية في مجلس الأمن.",
        "2015-08-03");
    const Event* agreement = first_of_type(events, "agreement");
    REQUIRE(agreement);
    CHECK(agreement->date.value == "2015-07");
    CHECK(has_actor(*agreement, "IRN", "participant"));
    CHECK(has_actor(*agreement, "DEU", "participant"));
    // A day still wins over the month around it.
    const auto day =
        extract("ذلك بعد أن توصلت إيران ومجموعة (5+1) إلى اتفاق تاريخي في 14 يوليو (تموز) الحالي.", "2015-07-26");
    agreement = first_of_type(day, "agreement");
    REQUIRE(agreement);
    CHECK(agreement->date.value == "2015-07-14");
}

TEST_CASE("what the two sides affirm after their talks is their joint statement", "[rules][joint]") {
    // corpus snn-2015-07-31-0545
    const auto events = extract(
        "وعقد الرئيس المصري اجتماعاً مع الأمير محمد بن سلمان، حيث نقل تحيات خادم الحرمين الشريفين الملك سلمان بن "
        "عبدالعزيز والأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية إلى الرئيس عبدالفتاح السيسي، "
        "وجرى بحث مجمل العلاقات الثنائية بين البلدين الشقيقين وسبل تعزيزها وتطويرها في المجالات كافة. كما تم بحث "
        "المستجدات في المنطقة وآخر التطورات على الصعيد الإقليمي، حيث أكد الجانبان حرصهما على بذل كل الجهود لتعزيز "
        "الأمن والاستقرار في المنطقة والعمل معاً على حماية الأمن القومي العربي.",
        "2015-07-31");
    const Event* joint = first_of_type(events, "joint_statement");
    REQUIRE(joint);
    CHECK(has_actor(*joint, "mohammed-bin-salman", "signatory"));
    CHECK(has_actor(*joint, "EGY", "signatory"));
    CHECK(joint->mentions.front().text.find("الجانبان") != std::string::npos);
    // corpus snn-2015-07-26-0141 (sentences 11 and 32): the sides named in brackets, not the European
    // Union and Syria of the talks before; unknown to the lexicon, they give no event.
    const std::string talks =
        "الجدير بالإشارة أنه جرى الإعلان في بروكسل يوم أول من أمس عن توصل كل من الائتلاف وهيئة التنسيق إلى خارطة "
        "طريق لإنقاذ سوريا، وذلك عقب مباحثات جرت في العاصمة البلجيكية تحت رعاية الاتحاد الأوروبي.";
    REQUIRE(first_of_type(extract(talks, "2015-07-26"), "meeting_held"));
    const auto bracketed = extract(talks +
                                       " كما أعرب الطرفان (الائتلاف وهيئة التنسيق) عن إدانتهما أعمال الإرهاب التي "
                                       "يرتكبها «داعش» وحزب الله والميليشيات الطائفية الأخرى.",
                                   "2015-07-26");
    CHECK(first_of_type(bracketed, "joint_statement") == nullptr);
}

TEST_CASE("a person, an apposition between commas, then the verb: the person speaks", "[rules][speech]") {
    // corpus snn-2015-07-24-0852
    const auto aso =
        extract("تارو أسو، وزير المالية الياباني، حذّر من أن هذا يُمكن أن يؤدي إلى \"فقدان ثقة السوق\".", "2015-07-24");
    const Event* statement = first_of_type(aso, "statement_issued");
    REQUIRE(statement);
    CHECK(statement->actors.front().role == "speaker");
    CHECK(statement->actors.front().affiliation == "JPN");
    // dev009: after لكن, an outlet's correspondent.
    const auto baker = extract(
        "لكن لورا بيكر ، مراسلة بي بي سي في سيول ، تقول إنه من المهم ملاحظة أن كوريا الشمالية لم تعلن بعد أنها "
        "ستتخلى عن أسلحتها النووية.",
        "2018-03-09");
    statement = first_of_type(baker, "statement_issued");
    REQUIRE(statement);
    CHECK(statement->actors.front().name_ar.find("بيكر") != std::string::npos);
}

TEST_CASE("a meeting held every week is a habit, and a source close to someone is not that one", "[rules][negative]") {
    // corpus snn-2015-07-22-0521
    CHECK(extract("وأوضح الحارثي أن اللجنة سوف يكون لها مكتب في وسط السوق المركزي، وسوف تعقد اجتماعا أسبوعيًا من قبل "
                  "أعضائها، والذين يعدون من كبار تجار الخضار والفواكه في المملكة.",
                  "2015-07-22")
              .empty());
    // corpus snn-2015-07-31-1247: the habit word of the clause before is not this meeting's.
    CHECK(first_of_type(extract("ويعتبر المحللون أن زيادة العرض مقارنة مع الطلب يقدر ب1 إلى 1,5 مليون برميل يوميا، "
                                "والاجتماع المقبل لاوبك مقرر مطلع ديسمبر في مقر المنظمة في فيينا.",
                                "2015-07-31"),
                        "meeting_planned") != nullptr);
    // corpus snn-2015-07-21-0193
    CHECK(extract("وفي أول تعليق على الترشيحات الجدية لرئاسة الفيفا، أكد مصدر مقرب من الفرنسي ميشال بلاتيني رئيس "
                  "الاتحاد الأوروبي أمس أن الأخير يدرس جديا الترشح وأنه سيتخذ قراره في غضون أسبوعين.",
                  "2015-07-21")
              .empty());
}

TEST_CASE("talks a verbal noun with ل is for are a purpose, not talks held", "[rules][meeting][negative]") {
    // dev027
    const auto events = extract(
        "وستزور في الأيام المقبلة باريس لإجراء محادثات مع الرئيس الفرنسي إيمانويل ماكرون بشأن اقتراحاته لإصلاح "
        "الاتحاد الأوروبي، وخصوصا إقرار ميزانية لمنطقة اليورو، الأمر الذي تنظر إليه برلين بفتور.",
        "2018-03-14");
    CHECK(first_of_type(events, "meeting_held") == nullptr);
    // corpus snn-2015-07-21-0288: an adjective that opens with ل is no purpose.
    const auto current = extract(
        "ويهاجم جيب بوش بانتقادات لاذعة الاجتماعات الحالية بين وزير الخارجية الأميركي جون كيري ونظيره الإيراني محمد "
        "جواد ظريف.",
        "2015-07-21");
    CHECK(first_of_type(current, "meeting_held") != nullptr);
}

TEST_CASE("a person opening the clause right before the verb is its subject, the state after it the object",
          "[rules][speech]") {
    // dev009, a headline.
    const auto headline = extract("ترامب يدعو كوريا الشمالية إلى \"طاولة التفاوض\"", "2018-03-09");
    const Event* call = first_of_type(headline, "statement_issued");
    REQUIRE(call);
    CHECK(has_actor(*call, "donald-trump", "speaker"));
    CHECK(!has_actor(*call, "PRK", "speaker"));
    // corpus snn-2015-07-21-0570
    const auto kosovo = extract(
        "المستشارة الألمانية أنجيلا ميركل تدعو صربيا وكوسوفو للتوصل لتسوية بشأن النزاع المستمر القائم بينهما عقب "
        "لقائها برئيس وزراء كوسوفو عيسى مصطفى بالعاصمة الألمانية.",
        "2015-07-21");
    const Event* merkel = first_of_type(kosovo, "statement_issued");
    REQUIRE(merkel);
    CHECK(has_actor(*merkel, "angela-merkel", "speaker"));
}

TEST_CASE("holding a meeting, a verb's form after a preposition, is a meeting to come", "[rules][meeting]") {
    // dev007
    const auto events = extract(
        "ذكرت وسائل إعلام رسمية في كوريا الشمالية، الأربعاء، أن بيونغ يانغ قالت إنها قد تعيد النظر في عقد قمة مع "
        "الولايات المتحدة، إذا ظلت واشنطن مصرة من جانب واحد على أن تتخلى كوريا الشمالية عن برنامجها النووي.",
        "2018-05-16");
    CHECK(first_of_type(events, "meeting_held") == nullptr);
    const Event* planned = first_of_type(events, "meeting_planned");
    REQUIRE(planned);
    CHECK(has_actor(*planned, "USA", "participant"));
    // corpus snn-2015-08-01-0030: "في ختام اللقاء" is the end of a meeting held, a noun of its own.
    const auto end = extract(
        "وفي ختام اللقاء ، طلب السيد الرئيس عبدالفتاح السيسي نقل تحياته إلى أخيه خادم الحرمين الشريفين الملك سلمان "
        "بن عبدالعزيز.",
        "2015-08-01");
    CHECK(first_of_type(end, "meeting_planned") == nullptr);
}

TEST_CASE("a family name written first stands alone for the person named with it before", "[rules][joint]") {
    // dev008: its first sentence, then the one that names "كيم" alone.
    const auto events = extract(
        "تضمن بيان لبيونغ يانغ الأربعاء تهديدات بإلغاء اللقاء التاريخي المرتقب بين الزعيم الكوري الشمالي كيم جونغ أون "
        "والرئيس الأمريكي دونالد ترامب. وخلال قمة نادرة بين الكوريتين الشهر الماضي في بانمونجوم، القرية الواقعة في "
        "المنطقة المنزوعة السلاح التي تقسم شبه الجزيرة الكورية، أكّد كيم والرئيس الكوري الجنوبي مون جاي-إن التزامهما "
        "\"النزع التام للسلاح النووي\" من شبه الجزيرة.",
        "2018-05-16");
    const Event* joint = first_of_type(events, "joint_statement");
    REQUIRE(joint);
    CHECK(has_actor(*joint, "kim-jong-un", "signatory"));
    CHECK(has_actor(*joint, "moon-jae-in", "signatory"));
}

TEST_CASE("signing needs what is signed and two parties", "[rules][agreement][negative]") {
    // "وقع" is also "took place": an explosion is no agreement.
    CHECK(extract("وقع انفجار قرب السفارة الأمريكية في بغداد أمس.", "2015-08-03").empty());
    // corpus snn-2015-07-31-0621: one party and a company.
    CHECK(first_of_type(extract("وفي آذار(مارس) وقعت مصر اتفاقية مع شركة بي.", "2015-07-31"), "agreement") == nullptr);
    const auto signed_events =
        extract("ووقعت السعودية وفرنسا أمس اتفاقية للتعاون في مجال الطاقة النووية.", "2015-06-25");
    const Event* agreement = first_of_type(signed_events, "agreement");
    REQUIRE(agreement);
    CHECK(agreement->cameo == "057");
    CHECK(has_actor(*agreement, "SAU", "participant"));
    CHECK(has_actor(*agreement, "FRA", "participant"));
}

TEST_CASE("a visit and talks with someone are meetings, a visit to come is planned", "[rules][meeting]") {
    const auto visit = extract("زار وزير الخارجية الروسي سيرغي لافروف قطر أمس الاثنين في الدوحة.", "2015-08-04");
    const Event* meeting = first_of_type(visit, "meeting_held");
    REQUIRE(meeting);
    CHECK(meeting->cameo == "042");
    CHECK(has_actor(*meeting, "QAT", "participant"));
    CHECK(meeting->date.value == "2015-08-03");
    const auto planned = extract("وقال إن الوزير الجبير سيزور موسكو خلال شهر سبتمبر المقبل.", "2015-08-11");
    CHECK(first_of_type(planned, "meeting_held") == nullptr);
    REQUIRE(first_of_type(planned, "meeting_planned"));
    CHECK(first_of_type(planned, "meeting_planned")->date.value == "2015-09");
    const auto talks = extract(
        "كما بحث وزير الخارجية القطري خالد العطية مع وزير الخارجية الأمريكي جون كيري العلاقات الثنائية.", "2015-08-04");
    meeting = first_of_type(talks, "meeting_held");
    REQUIRE(meeting);
    CHECK(has_actor(*meeting, "QAT", "participant"));
    CHECK(has_actor(*meeting, "USA", "participant"));
    // Research is no meeting: no مع and no one met.
    CHECK(first_of_type(extract("وبحث المؤتمر العلمي أحدث طرق علاج السكري.", "2015-08-04"), "meeting_held") == nullptr);
}

TEST_CASE("a rule's condition names an unknown class or a bad offset", "[rules][negative]") {
    const auto dir = temp_dir("rules_condition");
    fs::copy(data_dir() / "lexicon", dir / "lexicon", fs::copy_options::recursive);
    fs::copy(data_dir() / "rules", dir / "rules", fs::copy_options::recursive);
    const auto triggers = dir / "rules" / "ar" / "triggers.tsv";
    {
        std::ofstream out(triggers, std::ios::app);
        out << "agreement\t057\tagreement\tأبرم/يبرم\tnear=treaty_noun:1..5\n";
    }
    try {
        Resources::load(dir.string());
        FAIL("an unknown class loaded");
    } catch (const std::runtime_error& error) {
        CHECK_THAT(error.what(), Catch::Matchers::Contains("triggers.tsv:"));
        CHECK_THAT(error.what(), Catch::Matchers::Contains("unknown word class 'treaty_noun'"));
    }
}

TEST_CASE("a new event type defined only in data is extracted, merged and exported", "[rules][types]") {
    const auto scratch = temp_dir("visit_type");
    const auto data = scratch / "data";
    fs::create_directories(data);
    fs::copy(data_dir() / "lexicon", data / "lexicon", fs::copy_options::recursive);
    fs::copy(data_dir() / "rules", data / "rules", fs::copy_options::recursive);
    {
        std::ofstream types(data / "rules" / "ar" / "types.tsv", std::ios::app);
        types << "visit\t042\tmeeting\tVisit\n";
    }
    // The shipped visit rule gives way to one of the new type.
    const auto triggers = data / "rules" / "ar" / "triggers.tsv";
    std::string rules = read_file(triggers);
    const std::string shipped = "meeting_held\t042\tencounter\tزار/يزور";
    REQUIRE(rules.find(shipped) != std::string::npos);
    rules.replace(rules.find(shipped), shipped.size(), "visit\t-\tencounter\tزار/يزور");
    std::ofstream(triggers, std::ios::trunc) << rules;
    const auto docs = scratch / "docs";
    fs::create_directories(docs);
    std::ofstream(docs / "a.txt") << "زار وزير الخارجية الروسي سيرغي لافروف قطر أمس الاثنين في الدوحة.\n";
    std::ofstream(docs / "b.txt") << "وزار لافروف قطر الاثنين والتقى في الدوحة نظيره القطري.\n";
    std::ofstream(docs / "manifest.jsonl") << "{\"id\":\"a\",\"file\":\"a.txt\",\"date\":\"2015-08-04\"}\n"
                                           << "{\"id\":\"b\",\"file\":\"b.txt\",\"date\":\"2015-08-03\"}\n";
    const Run run = run_hadath(
        {"build", docs.string(), "-o", (scratch / "out").string(), "--data", data.string(), "--quiet"}, scratch);
    INFO(run.err);
    REQUIRE(run.status == 0);
    const std::string events = read_file(scratch / "out" / "events.jsonl");
    INFO(events);
    std::size_t visits = 0;
    std::istringstream lines(events);
    for (std::string line; std::getline(lines, line);) {
        if (line.find("\"type\":\"visit\"") == std::string::npos) continue;
        ++visits;
        CHECK(line.find("\"cameo\":\"042\"") != std::string::npos);
        CHECK(line.find("\"documents\":2") != std::string::npos);
    }
    CHECK(visits == 1);
    CHECK(events.find("\"type\":\"meeting_held\",\"cameo\":\"042\"") == std::string::npos);
    CHECK(read_file(scratch / "out" / "timeline.md").find("Visit") != std::string::npos);
}

TEST_CASE("a condition's window has no scope but the clause", "[rules][negative]") {
    const auto dir = temp_dir("rules_condition_scope");
    fs::copy(data_dir() / "lexicon", dir / "lexicon", fs::copy_options::recursive);
    fs::copy(data_dir() / "rules", dir / "rules", fs::copy_options::recursive);
    const auto triggers = dir / "rules" / "ar" / "triggers.tsv";
    for (const auto& [option, reason] :
         {std::pair<std::string, std::string>{"unless=goal_scored:1..6:sentence", "can only be 'clause'"},
          {"unless=goal_scored:-2..3:", "can only be 'clause'"}}) {
        INFO(option);
        fs::copy_file(data_dir() / "rules" / "ar" / "triggers.tsv", triggers, fs::copy_options::overwrite_existing);
        {
            std::ofstream out(triggers, std::ios::app);
            out << "statement_issued\t010\tspeech\tسجل/يسجل\t" << option << "\n";
        }
        try {
            Resources::load(dir.string());
            FAIL("a bad scope loaded");
        } catch (const std::runtime_error& error) {
            CHECK_THAT(error.what(), Catch::Matchers::Contains("triggers.tsv:"));
            CHECK_THAT(error.what(), Catch::Matchers::Contains(reason));
        }
    }
}

TEST_CASE("a goal added in the verb's clause is scored and says nothing", "[rules][speech][negative]") {
    // corpus snn-2015-08-03-0056 and the fixtures of sports reports
    for (const char* sentence : {"وأضاف خالد الكعبي هدف الهلال الثاني في الدقيقة 74 من عمر المباراة.",
                                 "وأضاف المحترف العاجي ديديه ياكونان الهدف الثاني لفريقه في الدقيقة 20."}) {
        INFO(sentence);
        CHECK(first_of_type(extract(sentence, "2015-08-03"), "statement_issued") == nullptr);
    }
    // After أن the goal is what was said: the saying stands.
    const auto said =
        extract("وأضاف وزير الخارجية عادل الجبير أن الهدف الثاني من الزيارة هو بحث التعاون.", "2015-08-03");
    const Event* statement = first_of_type(said, "statement_issued");
    REQUIRE(statement);
    CHECK(has_actor(*statement, "adel-al-jubeir", "speaker"));
}

TEST_CASE("an agreement that may be reached or failed to be reached is none, unless in a clause of its own",
          "[rules][agreement][negative]") {
    // corpus snn-2015-07-31-0354, snn-2015-08-06: a possibility, a failure.
    for (const char* sentence :
         {"وقال يادلين إنه يمكن لإسرائيل والولايات المتحدة التوصل إلى «اتفاق متوازن» لتعزيز جمع المعلومات.",
          "وكلفت محادثات السلام السابقة ملايين الدولارات، في حين فشل كير ومشار في التوصل إلى اتفاق."}) {
        INFO(sentence);
        CHECK(first_of_type(extract(sentence, "2015-08-06"), "agreement") == nullptr);
    }
    // corpus snn-2015-08-06: "بهدف" is the aim of the talks; the agreement after أن was reached.
    const auto reached = extract(
        "وأورد البيان أن الرئيسين تشاورا بهدف التأكيد على أن فرنسا وروسيا توصلتا إلى اتفاق "
        "لإنهاء العقد الموقع عام 2011.",
        "2015-08-06");
    const Event* agreement = first_of_type(reached, "agreement");
    REQUIRE(agreement);
    CHECK(has_actor(*agreement, "FRA", "participant"));
    CHECK(has_actor(*agreement, "RUS", "participant"));
}

TEST_CASE("talks between states that a writer would strengthen are no meeting held", "[rules][meeting][negative]") {
    // corpus snn-2015-08-04-1042: an opinion column on what the deal may open.
    CHECK(first_of_type(extract("مع الإيمان بأن الاتفاق النووي سيفتح الباب أمام تعزيز الحوار بين الدول الإقليمية مثل "
                                "مصر وتركيا وإيران والسعودية بمشاركة أوروبية وأمريكية.",
                                "2015-08-04"),
                        "meeting_held") == nullptr);
    // corpus snn-2015-08-10-0127: efforts for talks are no talks held.
    CHECK(first_of_type(extract("وقالت إسلام آباد إنها ستعمل على استمرار مساعي الحوار بين طالبان وكابل.", "2015-08-10"),
                        "meeting_held") == nullptr);
}

TEST_CASE("one who owes or professes (يدين بالفضل، بالولاء) condemns nothing", "[rules][speech][negative]") {
    // corpus snn-2015-07-21 (Panama), snn-2015-07-23 (Saleh), snn-2015-07-25 (British Muslims)
    for (const char* sentence :
         {"وتدين بنما بالفضل لحارس مرماها خايمي بينيدو الذي أنقذ المحاولة الحاسمة من ركلات الترجيح.",
          "تتمثل في التحالف مع الرئيس السابق علي عبد الله صالح الذي تدين له بالولاء وحدات بالجيش.",
          "اعتبر الجيل الأول من المهاجرين هويتهم بريطانيين يدينون بالإسلام."}) {
        INFO(sentence);
        CHECK(first_of_type(extract(sentence, "2015-07-23"), "statement_issued") == nullptr);
    }
    const auto condemned = extract("وتدين المملكة بشدة الهجوم الإرهابي الذي استهدف المسجد.", "2015-08-07");
    const Event* statement = first_of_type(condemned, "statement_issued");
    REQUIRE(statement);
    CHECK(has_actor(*statement, "SAU", "speaker"));
}

TEST_CASE("the outlet spoken to stands between a verb of saying and its subject", "[rules][speech]") {
    // corpus snn-2015-07-30 (Nigeria)
    const auto events = extract(
        "وفي بيان منفصل اعلن للوكالة المتحدث باسم الجيش النيجيري كريس اولوكولاد ان القوات حررت "
        "القرى.",
        "2015-07-30");
    const Event* statement = first_of_type(events, "statement_issued");
    REQUIRE(statement);
    CHECK(std::any_of(statement->actors.begin(), statement->actors.end(), [](const Actor& a) {
        return a.role == "speaker" && a.kind == "person" && a.affiliation == "NGA";
    }));
}

TEST_CASE("one named with ل or ب before a verb is written or gone to, no subject", "[rules][speech][negative]") {
    // corpus snn-2015-08-06-2760 (a cable), snn-2015-07-25-0912 (a player's move)
    const auto cable =
        extract("كما بعث الأمير محمد بن نايف برقية مماثلة للرئيس ميشيل كفاندو عبر فيها عن أبلغ التهاني.", "2015-08-06");
    for (const Event& e : cable) CHECK_FALSE(has_actor(e, "myshyl-kfandw", "speaker"));
    const auto player = extract(
        "وبعد غياب غادر للبرتغال في رحلة احترافية مع نادي فرنزي الذي طالب ببطاقة اللاعب الدولية.", "2015-07-25");
    for (const Event& e : player) CHECK_FALSE(has_actor(e, "PRT", "speaker"));
}

TEST_CASE("what was said in one of someone's speeches, and a statement being drafted, are not of the day",
          "[rules][speech][date][negative]") {
    // corpus snn-2015-08-04-0443
    const auto speech = extract(
        "فإن الأمير سلطان بن عبد العزيز قد أوضح في أحد خطاباته خط المملكة التاريخي في تعامله مع "
        "فلسطين.",
        "2015-08-04");
    const Event* statement = first_of_type(speech, "statement_issued");
    REQUIRE(statement);
    CHECK(statement->date.value.empty());
    // corpus snn-2015-07-24-0375: the final statement was being drafted.
    CHECK(first_of_type(extract("وقد تخلل برنامج المؤتمر جلسات مغلقة تم خلالها قراءة مسودة إعلان مؤتمر الرياض وتشكيل "
                                "لجنة استيعاب الملاحظات وصياغة البيان الختامي.",
                                "2015-07-24"),
                        "joint_statement") == nullptr);
}

TEST_CASE("states named in what a meeting was about take no part in it", "[rules][meeting][negative]") {
    // corpus snn-2015-07-26-0723
    const auto talks = extract(
        "قال بدر عبد العاطي المتحدث باسم الخارجية المصري إن المشاورات التي أجراها وزير الخارجية سامح "
        "شكري مع نائب رئيس الوزراء ووزير خارجية الكويت الشيخ صباح خالد الحمد الصباح أظهرت مدى "
        "التوافق بين مصر والكويت حيال القضايا الهامة خاصة الأوضاع في كل من اليمن وسورية وليبيا "
        "والعراق.",
        "2015-07-26");
    const Event* held = first_of_type(talks, "meeting_held");
    REQUIRE(held);
    for (const char* topic : {"YEM", "SYR", "LBY", "IRQ"}) CHECK_FALSE(has_actor(*held, topic, "participant"));
}

TEST_CASE("a month after a word that opens another event is that event's, not the saying's", "[rules][speech][date]") {
    // corpus snn-2015-07-22: "منذ" opens his taking office, in February.
    CHECK(date_of_first(
              "قال وزير الدفاع الأمريكي آشتون كارتر في أول زيارة للعراق منذ أصبح وزيرا للدفاع في فبراير شباط إن القوات "
              "العراقية تحرز تقدما.",
              "2015-07-22", "statement_issued") == "2015-07-22");
}

TEST_CASE("an agreement concluded in a relative clause takes no date from the clause before it",
          "[rules][agreement][date]") {
    // corpus snn-2015-07-22-1351: the jets flew yesterday; the deal was concluded before.
    const auto rafale = extract(
        "حلقت طائرات الرافال الفرنسية الثلاث أمس أعلى أهرامات الجيزة، وذلك في إطار الاتفاقية التي "
        "أبرمتها القاهرة مع باريس.",
        "2015-07-22");
    const Event* deal = first_of_type(rafale, "agreement");
    REQUIRE(deal);
    CHECK(deal->date.value.empty());
    // corpus snn-2015-08-06-0387: a date after the verb is the agreement's own.
    CHECK(date_of_first("وانتهى الخلاف باتفاقية جدة التي وقعتها السعودية ومصر، عام 1965م.", "2015-08-06",
                        "agreement") == "1965");
}

TEST_CASE("a trial's hearing is no meeting of parties", "[rules][meeting][negative]") {
    // corpus snn-2015-08-10-0072
    CHECK(first_of_type(extract("أجلت محكمة جنايات القاهرة في جلستها التي عقدت اليوم برئاسة المستشار محمد شيرين فهمي، "
                                "محاكمة الرئيس المصري الأسبق محمد مرسي و10 آخرين.",
                                "2015-08-10"),
                        "meeting_held") == nullptr);
}

TEST_CASE("an interview given to an outlet is no meeting", "[rules][meeting][negative]") {
    // corpus snn-2015-08-11 (Okaz), snn-2015-08-06 (CNN)
    for (const char* sentence :
         {"وقال البحرة في حوار أجرته معه «عكاظ» إن الدعوة الروسية للائتلاف هي استمرار للحوار الجاري مع موسكو.",
          "رفض البرتغالي كريستيانو رونالدو نجم ريال مدريد استكمال مقابلة أجراها مع قناة (CNN) في إطار جولة ترويجية."}) {
        INFO(sentence);
        CHECK(first_of_type(extract(sentence, "2015-08-06"), "meeting_held") == nullptr);
    }
    // An agency that is a party is no outlet: the IAEA's chief meets the senators.
    const auto amano = extract(
        "ومن المقرر أن يلتقي رئيس الوكالة الدولية للطاقة الذرية يوكيا أمانو أعضاء لجنة الشؤون "
        "الخارجية بمجلس الشيوخ الأمريكي الأربعاء المقبل.",
        "2015-08-01");
    CHECK(first_of_type(amano, "meeting_planned") != nullptr);
}

TEST_CASE("who attended the meeting just reported makes no meeting of its own", "[rules][meeting][negative]") {
    // corpus snn-2015-07-21-0880
    const auto chechnya = extract(
        "التقى صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع في موسكو أمس رئيس جمهورية الشيشان "
        "رمضان قاديروف.\nكما حضر الاجتماع ماغمد داؤدوف رئيس البرلمان في جمهورية الشيشان، و حسن حكيموف نائب رئيس حكومة "
        "الشيشان، وإليغ أزيروف المندوب الدائم لروسيا الاتحادية لدى منظمة التعاون الإسلامي.",
        "2015-07-21");
    CHECK(std::count_if(chechnya.begin(), chechnya.end(), [](const Event& e) { return e.type == "meeting_held"; }) ==
          1);
    // With no meeting before it, attending one is taking part in it.
    const auto attended = extract(
        "حضر وزير الخارجية الأمريكي جون كيري اجتماع وزراء خارجية دول مجلس التعاون في الدوحة "
        "أمس.",
        "2015-08-04");
    CHECK(first_of_type(attended, "meeting_held") != nullptr);
}

TEST_CASE("club business is no diplomatic meeting", "[rules][meeting][negative]") {
    // corpus snn-2015-08-01-0826 and snn-2015-07-26-0384
    for (const char* sentence :
         {"عقد المدير الفني للفريق الأول لكرة القدم بنادي هجر ناصيف البياوي اجتماعا فنيا مع اللاعبين بمقر معسكر الفريق "
          "بتونس.",
          "عقد المشرف العام على الفريق الكروي الأول بنادي الاتحاد منصور البلوي اجتماعًا مع المدرب الروماني."}) {
        INFO(sentence);
        CHECK(first_of_type(extract(sentence, "2015-08-01"), "meeting_held") == nullptr);
    }
}

TEST_CASE("an agreement's other side after مع, and the two sides of the meeting just reported", "[rules][agreement]") {
    const auto with_other_side = extract(
        "وكانت إيران توصلت، في يوليو/تموز الماضي، إلى اتفاق مع الولايات المتحدة حول برنامجها النووي.", "2015-08-03");
    const Event* agreement = first_of_type(with_other_side, "agreement");
    REQUIRE(agreement);
    CHECK(has_actor(*agreement, "IRN", "participant"));
    CHECK(has_actor(*agreement, "USA", "participant"));
    const auto two_sides = extract(
        "التقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في موسكو أمس. واتفق الرئيسان على مواصلة "
        "التعاون في مكافحة الإرهاب.",
        "2015-08-03");
    agreement = first_of_type(two_sides, "agreement");
    REQUIRE(agreement);
    CHECK(has_actor(*agreement, "RUS", "participant"));
    CHECK(has_actor(*agreement, "TUR", "participant"));
    // With no meeting before, "the two presidents" name no one.
    CHECK(first_of_type(extract("واتفق الرئيسان على مواصلة التعاون في مكافحة الإرهاب.", "2015-08-03"), "agreement") ==
          nullptr);
}

TEST_CASE("a meeting named by the body that met and its day", "[rules][meeting]") {
    const auto dated = extract(
        "وكانت روسيا وسوريا قد عرضتا، خلال اجتماع مجلس الأمن الدولي الاثنين، وجهة نظرهما بشأن الهجوم.", "2018-04-10");
    const Event* meeting = first_of_type(dated, "meeting_held");
    REQUIRE(meeting);
    CHECK(meeting->date.value == "2018-04-09");
    CHECK(std::any_of(meeting->actors.begin(), meeting->actors.end(), [](const Actor& a) { return a.id == "UNO"; }));
    // No day: meetings in general. A capital is where, not who. A match is sport.
    for (const char* sentence : {"وانتقد الوزير اجتماعات مجلس الأمن الدولي المغلقة.",
                                 "وقال خلال مؤتمر صحفي بالعاصمة البريطانية لندن اليوم إن الاتفاق مهم.",
                                 "وفاز الفريق في اللقاء الثاني أمام فريق فورتونا الهولندي أمس."}) {
        INFO(sentence);
        CHECK(first_of_type(extract(sentence, "2015-07-24"), "meeting_held") == nullptr);
    }
}

TEST_CASE("a statement is dated by its own clause, not by what was said", "[rules][speech][dates]") {
    const auto events =
        extract("وقال وزير الخارجية المصري سامح شكري إن الاتفاق الذي وقع في 25 يناير 2011 لم يعد قائما.", "2015-08-03");
    const Event* statement = first_of_type(events, "statement_issued");
    REQUIRE(statement);
    CHECK(statement->date.value == "2015-08-03");
    CHECK(statement->date.from_publication);
    const auto dated = extract(
        "وقال وزير الخارجية المصري سامح شكري أمس إن الاتفاق الذي وقع في 25 يناير 2011 لم يعد قائما.", "2015-08-03");
    statement = first_of_type(dated, "statement_issued");
    REQUIRE(statement);
    CHECK(statement->date.value == "2015-08-02");
}

TEST_CASE("a meeting announced by its speaker: أنه سيجتمع مع", "[rules][meeting][plan]") {
    const auto events = extract(
        "عندما أعلن الرئيس الأمريكي دونالد ترامب أنه سيجتمع مع الزعيم الكوري الشمالي كيم جونغ أون.", "2018-03-10");
    const Event* planned = first_of_type(events, "meeting_planned");
    REQUIRE(planned);
    CHECK(has_actor(*planned, "USA", "participant"));
    CHECK(has_actor(*planned, "PRK", "participant"));
    CHECK(first_of_type(events, "meeting_held") == nullptr);
}

TEST_CASE("two subjects joined by و state it together", "[rules][joint]") {
    const auto events = extract(
        "وأكد الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان التزامهما بالتعاون في مكافحة الإرهاب.",
        "2015-08-03");
    const Event* joint = first_of_type(events, "joint_statement");
    REQUIRE(joint);
    CHECK(has_actor(*joint, "RUS", "signatory"));
    CHECK(has_actor(*joint, "TUR", "signatory"));
    REQUIRE(first_of_type(events, "statement_issued"));
    // A list of parties inside what was said is not a second subject.
    const auto said = extract(
        "قال كبير مساعدي وزير الخارجية الإيراني، علي أصغر خاجي، إن وفود تركيا وروسيا وإيران وسوريا، وافقت على مواصلة "
        "العمل.",
        "2023-06-21");
    CHECK(first_of_type(said, "joint_statement") == nullptr);
    // dev030: with no meeting in sight and no word of theirs (التزامهما), each of the two said it.
    const auto each = extract(
        "واشتكت فرنسا وبريطانيا اللتان تملكان حق النقض من أن مسودة مشروع القرار تنقصها تفاصيل حول نطاق وهدف بعثة "
        "الحماية، بحسب دبلوماسيين.",
        "2018-05-30");
    CHECK(first_of_type(each, "joint_statement") == nullptr);
    CHECK(std::any_of(each.begin(), each.end(), [](const Event& e) { return has_actor(e, "FRA", "speaker"); }));
    CHECK(std::any_of(each.begin(), each.end(), [](const Event& e) { return has_actor(e, "GBR", "speaker"); }));
}

TEST_CASE("a joint statement's parties may follow it, or the meeting it closed", "[rules][joint]") {
    // Corpus snn-2015-08-11-0942: the statement closing a meeting names its sides after the meeting word.
    const auto closed = extract(
        "رحب المجلس بالبيان المشترك الصادر عقب اجتماع وزراء خارجية دول مجلس التعاون وأمين المجلس مع وزير الخارجية "
        "الأميركي، في رسم الخطوات المقبلة بشأن الشراكة الاستراتيجية بين الجانبين.",
        "2015-08-11");
    const Event* doha = first_of_type(closed, "joint_statement");
    REQUIRE(doha);
    CHECK(has_actor(*doha, "GCC", "signatory"));
    CHECK(has_actor(*doha, "john-kerry", "signatory"));
    // Corpus snn-2015-08-06-2300: the visit it was issued for.
    const auto visit = extract(
        "صدر بيان مشترك بمناسبة زيارة صاحب السمو الملكي الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني "
        "لرئيس مجلس الوزراء وزير الدفاع للمملكة الأردنية الهاشمية جاء نصه:",
        "2015-08-06");
    const Event* amman = first_of_type(visit, "joint_statement");
    REQUIRE(amman);
    CHECK(has_actor(*amman, "mohammed-bin-salman", "signatory"));
    CHECK(has_actor(*amman, "JOR", "signatory"));
    // Corpus snn-2015-07-25-0374: a final statement of no one named is no event.
    CHECK(first_of_type(extract("وشهدت الجلسة الختامية أمس مراجعة وصياغة جميع النقاط العالقة بعد التوافق عليها في "
                                "حضور الوزراء الثلاثة، وإصدار البيان الختامي في مؤتمر صحفي.",
                                "2015-07-25"),
                        "joint_statement") == nullptr);
}

TEST_CASE("a visit paid after قام, a clause after a comma names no more parties", "[rules][meeting]") {
    // Corpus snn-2015-07-31-0061: the visit, then the meeting whose greetings name absent kings.
    const auto events = extract(
        "انطلاقاً من العلاقات الوثيقة والراسخة التي تربط جمهورية مصر العربية والمملكة العربية السعودية بقيادة خادم "
        "الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وأخيه الرئيس عبدالفتاح السيسي ، فقد قام صاحب السمو الملكي "
        "الأمير محمد بن سلمان بن عبدالعزيز آل سعود بزيارة إلى جمهورية مصر العربية تلبية لدعوة كريمة من فخامة السيد "
        "الرئيس عبدالفتاح السيسي يوم الخميس 14 / 10 / 1436هـ الموافق 30 / 7 / 2015م.\n وعقد السيسي اجتماعاً مع سموه ، "
        "حيث نقل سموه تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وصاحب السمو الملكي الأمير محمد بن "
        "نايف ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية إلى أخيهما فخامة الرئيس عبدالفتاح السيسي",
        "2015-07-31");
    const Event* visit = first_of_type(events, "meeting_held");
    REQUIRE(visit);
    CHECK(visit->cameo == "042");
    CHECK(has_actor(*visit, "mohammed-bin-salman", "participant"));
    CHECK(visit->date.value == "2015-07-30");
    for (const Event& e : events) {
        if (e.type != "meeting_held") continue;
        CHECK_FALSE(has_actor(e, "mohammed-bin-nayef", "participant"));
        CHECK_FALSE(has_actor(e, "king-salman", "participant"));
    }
}

TEST_CASE("an informal group takes part as its members", "[rules][agreement][groups]") {
    const auto signed_with_powers = extract(
        "ويلتقي كيري في العاصمة القطرية الاثنين نظراءه في دول مجلس التعاون الخليجي لتهدئة مخاوفهم الناتجة عن "
        "الاتفاق النووي الذي ابرمته الدول الكبرى مع ايران في 14 تموز/يوليو في فيينا.",
        "2015-08-03");
    const Event* agreement = first_of_type(signed_with_powers, "agreement");
    REQUIRE(agreement);
    for (const char* party : {"USA", "RUS", "CHN", "FRA", "GBR", "DEU", "IRN"})
        CHECK(has_actor(*agreement, party, "participant"));
    CHECK(agreement->date.value == "2015-07-14");
    // A function word inside the group's name ("والدول", "القوى") does not end the parties.
    const auto between = extract(
        "وتأتي الزيارة بعد توقيع الاتفاق النووي بين القوى الكبرى وطهران ترفع بموجبه العقوبات الغربية.", "2015-07-22");
    agreement = first_of_type(between, "agreement");
    REQUIRE(agreement);
    CHECK(has_actor(*agreement, "IRN", "participant"));
    CHECK(has_actor(*agreement, "GBR", "participant"));
    CHECK_FALSE(has_actor(*agreement, "P5+1", "participant"));
}

TEST_CASE("a player's contract is no agreement", "[rules][agreement][negative]") {
    const auto contract = extract(
        "وكان المولد قد غادر إلى البرتغال رافضاً الانضمام إلى الاتحاد الذي وقع معه عقداً رسمياً لمدة أربعة أعوام عند "
        "دخوله الفترة الحرة، لتوقيع عقد مع سبورتنج براغا البرتغالي.",
        "2015-08-02");
    CHECK(first_of_type(contract, "agreement") == nullptr);
}

TEST_CASE("a meeting noun described before بين, and one still to come", "[rules][meeting]") {
    const auto summit = extract(
        "وفي قمة مصغرة بين الولايات المتحدة و«آسيان» في كوالالمبور، سعى كيري نفسه إلى التهدئة صباح أمس.", "2015-08-06");
    const Event* held = first_of_type(summit, "meeting_held");
    REQUIRE(held);
    CHECK(has_actor(*held, "USA", "participant"));
    CHECK(has_actor(*held, "ASEAN", "participant"));
    // "قمة التوتر": the height of the tension, a noun of its own after قمة.
    const auto tension = extract(
        "وبلغت قمة التوتر بين مملكة البحرين وإيران خلال الأسبوع الحالي، وبالتحديد مطلع الأسبوع حيث استدعت المنامة "
        "سفيرها لدى طهران للتشاور.",
        "2015-07-31");
    CHECK(first_of_type(tension, "meeting_held") == nullptr);
    // "الكوريتين": both Koreas.
    const auto koreas = extract("وخلال قمة نادرة بين الكوريتين الشهر الماضي في بانمونجوم.", "2018-05-16");
    held = first_of_type(koreas, "meeting_held");
    REQUIRE(held);
    CHECK(has_actor(*held, "PRK", "participant"));
    CHECK(has_actor(*held, "KOR", "participant"));
    CHECK(held->date.value == "2018-04");
}

TEST_CASE("a body in session meets alone, a person does not", "[rules][meeting]") {
    // Published on a Sunday: "الاثنين" with a present-tense verb is the next day.
    const auto coming = extract(
        "في هذه الأثناء، رجح دبلوماسيون أن يجتمع مجلس الأمن الدولي بعد ظهر الاثنين لبحث الهجوم، بناء على طلب الولايات "
        "المتحدة وعدة أعضاء آخرين بالمجلس.",
        "2018-04-08");
    const Event* planned = first_of_type(coming, "meeting_planned");
    REQUIRE(planned);
    CHECK(has_actor(*planned, "UNO", "participant"));
    CHECK(planned->date.value == "2018-04-09");
    CHECK(first_of_type(coming, "meeting_held") == nullptr);
    const auto ministers = extract(
        "وعندما اجتمع وزراء خارجية الاتحاد الأوروبي اقترحوا توزيع قرابة مائة ألف مهاجر على بلدان شمال أوروبا الغنية.",
        "2015-08-03");
    const Event* held = first_of_type(ministers, "meeting_held");
    REQUIRE(held);
    CHECK(has_actor(*held, "EU", "participant"));
    // A person who meets no one named meets no one.
    CHECK(first_of_type(extract("اجتمع الرئيس التنفيذي للهيئة الملكية بينبع الدكتور علاء بن عبدالله نصيف، اليوم، مع "
                                "فريق عمل المدينة الذكية.",
                                "2015-08-03"),
                        "meeting_held") == nullptr);
}

TEST_CASE("parties who report that they agreed on a meeting plan it", "[rules][agreement][plan]") {
    const auto reported = extract(
        "وبعد هذا الإرباك الذي سببه تصريح المسؤول الكازخستاني، أعلنت روسيا وإيران وتركيا ببيان مشترك أنهم اتفقوا على "
        "عقد الاجتماع المقبل بشأن سوريا في النصف الثاني من عام 2023 ، دون إرفاقه بعبارة محادثات أستانا.",
        "2023-06-22");
    const Event* planned = first_of_type(reported, "meeting_planned");
    REQUIRE(planned);
    for (const char* party : {"RUS", "IRN", "TUR"}) CHECK(has_actor(*planned, party, "participant"));
    CHECK_FALSE(has_actor(*planned, "KAZ", "participant"));
    CHECK(planned->date.value == "2023-H2");
    // Their joint statement is their act: the agreement it reports is not a second one.
    CHECK(first_of_type(reported, "agreement") == nullptr);
}

TEST_CASE("a date after منذ starts a span and a past weekday of a plan is not a year away", "[rules][dates]") {
    // dev025: Kim is named in full in the article's first paragraph, then by his family name.
    CHECK(
        date_of_first(
            "غادر القطار الذي يضم الوفد الكوري الشمالي الغامض العاصمة الصينية، بكين، الثلاثاء، بعد الزيارة المفاجئة "
            "الي قالت بعض التقارير إن كيم جونغ أون زعيم كوريا الشمالية، شارك فيها.\n\n"
            "وكانت وكالة بلومبرغ للأنباء نقلت عن ثلاثة مصادر لم تسمها قولها في وقت متأخر مساء أمس الاثنين إن كيم يزور "
            "بكين، فيما يعتقد أنها أول زيارة خارجية له كوريا الشمالية منذ توليه السلطة عام 2011.",
            "2018-03-27", "meeting_held") == "2018-03-26");
    const auto talks = extract(
        "قالت الحكومة اليمنية المعترف بها دوليا إنها \"لن تنتظر في جنيف لأيام\" حتى وصول وفد المتمردين الحوثيين إلى "
        "المحادثات المزمع عقدها تحت رعاية الأمم المتحدة، حسبما تحدث علي عشال، أحد أعضاء الوفد الحكومي لـCNN، الخميس.",
        "2018-09-07");
    const Event* planned = first_of_type(talks, "meeting_planned");
    REQUIRE(planned);
    CHECK(planned->date.value.substr(0, 4) == "2018");
    // "33 قمة": summits counted are no one summit.
    CHECK(extract("ومنذ تأسيس الجامعة العربية عام 1945 عقد القادة العرب 33 قمة، بينها 22 قمة عادية وتسع قمم طارئة.",
                  "2016-07-25")
              .empty());
}

TEST_CASE("a statement is not dated by the end of a span (حتى)", "[rules][dates]") {
    // corpus snn-2015-07-23-0925: the count runs up to 15 July; the statement is of the day.
    CHECK(date_of_first("واعترفت إيران رسمياً بتنفيذ 246 حكماً بالإعدام فقط هذا العام حتى 15 يوليو(تموز).", "2015-07-23",
                        "statement_issued") == "2015-07-23");
    // corpus (Belgium): "استمرت حتى الأسبوع الماضي" is when the operation ended, not when it was announced.
    CHECK(date_of_first("وقد بدأت العملية في مايو الماضي واستمرت حتى الأسبوع الماضي، بحسب ما أعلن وزير الخارجية "
                        "البلجيكي ديديه رايندرس.",
                        "2015-07-21", "statement_issued") == "2015-07-21");
}

TEST_CASE("a researcher or journalist of a state does not speak for it, a last name may take the article",
          "[rules][speech]") {
    const auto researcher = extract(
        "يقول الباحث السعودي إن الكويت دوما كانت تقف بكل قوتها وحضورها السياسي لدعم العراق قبل الغزو.", "2015-08-02");
    CHECK(first_of_type(researcher, "statement_issued") == nullptr);
    const auto imam = extract(
        "قال الشيخ الدكتور أسامة خياط إمام وخطيب المسجد الحرام في مكة المكرمة إن في ضلال السعي ضروبا وألوانا. وقال "
        "الدكتور الخياط: إن تضافر الجهود ووقوف الأمة كلها صفا واحدا في وجه هذا البغي واجب.",
        "2015-08-08");
    REQUIRE(imam.size() == 2);
    for (const Event& statement : imam) {
        REQUIRE(statement.actors.size() == 1);
        CHECK(statement.actors[0].name_ar == "أسامة خياط");
    }
}

TEST_CASE("a call for a meeting plans it, a meeting to hold is one to come", "[rules][plan]") {
    const auto call = extract(
        "من جانبه، دان وزير الخارجية الفرنسي جان إيف لودريان الهجوم الذي شنته القوات الحكومية السورية في الساعات ال24 "
        "الماضية في دوما، ودعا مجلس الأمن للاجتماع سريعا لبحث الوضع في الغوطة الشرقية.",
        "2018-04-08");
    const Event* planned = first_of_type(call, "meeting_planned");
    REQUIRE(planned);
    CHECK(has_actor(*planned, "UNO", "participant"));
    // The call shares the subject of the first act: the council is called on, not calling.
    for (const Event& e : call)
        if (e.type == "statement_issued") CHECK(has_actor(e, "FRA", "speaker"));
    const auto to_hold = extract(
        "وكان وزراء الخارجية العرب قد أكدوا في الاجتماع التحضيري دعمهم للمبادرة الفرنسية لعقد مؤتمر دولي للسلام قبل "
        "نهاية العام الجاري.",
        "2016-07-25");
    planned = first_of_type(to_hold, "meeting_planned");
    REQUIRE(planned);
    CHECK(has_actor(*planned, "FRA", "participant"));
    CHECK(first_of_type(to_hold, "meeting_held") == nullptr);
}

TEST_CASE("an invitation accepted is an agreement with the one who made it", "[rules][agreement]") {
    const auto accepted = extract(
        "وافق الرئيس الأمريكي دونالد ترامب على دعوة زعيم كوريا الشمالية كيم جونغ أون، وإجراء لقاء بينهما وجها لوجه "
        "مايو/أيار المقبل.",
        "2018-03-09");
    const Event* agreement = first_of_type(accepted, "agreement");
    REQUIRE(agreement);
    CHECK(has_actor(*agreement, "USA", "participant"));
    CHECK(has_actor(*agreement, "PRK", "participant"));
    // "دعوة" is written with ة: the noun, not دعا with a pronoun, so no one "called".
    CHECK(first_of_type(accepted, "statement_issued") == nullptr);
}

TEST_CASE("the written letters tell a noun from a verb that folds to the same word, a radio passes a report on",
          "[rules][speech][negative]") {
    // "رأي" (an opinion) folds as "رأى" (he saw) does; only the verb is written with ى.
    CHECK(first_of_type(extract("وعلمت (دنيا الرياضة) أن تكتم إدارة الشباب على التجربة لعدم حصولها على إذن من "
                                "نظيرتها في القادسية الكويتي، ولرغبتها في أخذ رأي المدرب الاورغوياني الفارو غوتيريز "
                                "قبل البدء في التفاوض مع إدارة ناديه.",
                                "2015-08-08"),
                        "statement_issued") == nullptr);
    const auto radio = extract(
        "وصرح الجنرال ليونارد نجيندكومانا لراديو فرنسا مساء أول من أمس، حين وردت تقارير عن اندلاع أول الاشتباكات في "
        "شمال بوروندي بأن موالين له يشاركون فيها.",
        "2015-07-21");
    for (const Event& e : radio) CHECK_FALSE(has_actor(e, "FRA", "speaker"));
}

TEST_CASE("a summit to come between two sides is told with the side that is known", "[rules][plan]") {
    // "كيم" alone names no one the lexicon knows in a single sentence; "مون" is the South Korean president.
    const auto summit = extract(
        "وتأتي الزيارة غير المؤكدة قبل اجتماعات قمة مقررة بين كيم والرئيس الكوري الجنوبي مون جيه-إن، والرئيس "
        "الأمريكي دونالد ترامب.",
        "2018-03-27");
    const Event* planned = first_of_type(summit, "meeting_planned");
    REQUIRE(planned);
    CHECK(has_actor(*planned, "KOR", "participant"));
    CHECK(first_of_type(summit, "meeting_held") == nullptr);
}

TEST_CASE("a host's own titles and state are not the guest", "[rules][meeting]") {
    const auto received = extract(
        "جدة: التقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس "
        "الوزراء وزير الدفاع في جدة أمس فخامة الرئيس رمضان أحمد قاديروف رئيس جمهورية الشيشان.",
        "2015-07-21");
    const Event* held = first_of_type(received, "meeting_held");
    REQUIRE(held);
    REQUIRE(held->actors.size() == 2);
    CHECK(held->actors[0].id == "mohammed-bin-salman");
    // Ramzan Kadyrov, whose given name is also the month's, not his father Akhmad.
    CHECK(held->actors[1].id == "ramzan-kadyrov");
    // The guest's name opens with "عبد" written apart; the host's own state is no party.
    const auto no_guest = extract(
        "استقبل الشيخ محمد بن راشد آل مكتوم نائب رئيس دولة الإمارات العربية المتحدة رئيس مجلس الوزراء حاكم دبي معالي "
        "الرئيس العام لشؤون المسجد الحرام والمسجد النبوي الشيخ الدكتور عبد الرحمن بن عبد العزيز السديس، وتبادل "
        "الطرفان الحديث حول عدد من القضايا والشؤون الإسلامية التي تهم المسلمين بحياتهم اليومية.",
        "2015-07-21");
    const Event* sudais = first_of_type(no_guest, "meeting_held");
    REQUIRE(sudais);
    REQUIRE(sudais->actors.size() == 2);
    CHECK(sudais->actors[0].id == "mohammed-bin-rashid");
    CHECK(sudais->actors[1].name_ar == "عبدالرحمن بن عبدالعزيز السديس");
}

TEST_CASE("talks held are between sides or a body in session", "[rules][meeting][negative]") {
    // One state's own cabinet in session is a meeting.
    const auto session = extract(
        "انتهت جلسة مجلس الوزراء اللبناني المرتقبة أمس من دون الوصول إلى تحديد موعد جديد لجلسة مقبلة مع غياب أي تفهم "
        "حول آلية عمل مجلس الوزراء أو ملف التعيينات الأمنية موقع الخلاف داخل الحكومة.",
        "2015-07-31");
    const Event* cabinet = first_of_type(session, "meeting_held");
    REQUIRE(cabinet);
    CHECK(has_actor(*cabinet, "LBN", "participant"));
    // A local event of no party, or of one state alone, is none.
    CHECK(first_of_type(extract("قرأت موضوعين أحدهما بعنوان (34 خبيرا يناقشون نقص الأطباء السعوديين) حول مؤتمر عقد "
                                "بكلية طب جامعة القصيم لأجل تزويد سوق العمل بكوادر متميزة.",
                                "2015-08-07"),
                        "meeting_held") == nullptr);
    CHECK(first_of_type(extract("اختتمت جمعية التوعية والتأهيل الاجتماعي \"واعي\" فرع الرياض أمس الدورة 57 من برنامج "
                                "\"رخصة قيادة الأسرة\" التي تستهدف المقبلين على الزواج.",
                                "2015-08-11"),
                        "meeting_held") == nullptr);
    // Corpus snn-2015-07-21-0290: a press conference is no meeting of parties.
    CHECK(first_of_type(extract("في المقابل، فإن الطيب البكوش وزير الخارجية عقد مؤتمرا صحافيا اتهم فيه «أطرافا "
                                "تونسية» - لم يسمها - بعرقلة عملية الإفراج عن الدبلوماسيين المختطفين وبإجراء اتصالات "
                                "مع قيادات في «فجر ليبيا»",
                                "2015-07-21"),
                        "meeting_held") == nullptr);
}

TEST_CASE("a source unnamed on purpose is no speaker, the official already named is", "[rules][speech][negative]") {
    CHECK(first_of_type(extract("وقال مصدر أمني مصري في تصريح صحفي أمس إنه تم الإفراج عن المتهم من محكمة بنها بعد "
                                "قضاء العقوبة.",
                                "2015-07-23"),
                        "statement_issued") == nullptr);
    // The official announces no statement of his own; what Ankara is said to do is Ankara's.
    const auto announced = extract(
        "أعلن مسؤول تركي الإثنين أن أنقرة تتهم مجموعة يسارية متطرفة بالهجوم الذي استهدف القنصلية الأميركية في "
        "اسطنبول.",
        "2015-08-10");
    for (const Event& e : announced) CHECK(e.cameo != "010");
    const auto named = extract("وقال المسؤول التركي إبراهيم كالين إن التحقيق مستمر.", "2018-10-19");
    const Event* statement = first_of_type(named, "statement_issued");
    REQUIRE(statement);
    CHECK(has_actor(*statement, "TUR", "speaker"));
}

TEST_CASE("officials, sources and diplomats unnamed, in the plural or not, and journalists are no state speaking",
          "[rules][speech][negative]") {
    for (const auto& [sentence, date] : std::vector<std::pair<std::string, std::string>>{
             // corpus snn-2015-08-01-0130, snn-2015-07-31 (Brazil), snn-2015-08-08 (France), snn-2015-08-06 (Austria)
             {"لكن مسؤولين هنود قالوا إن الأمر سوف يستغرق بضعة شهور قبل تصنيف الشكليات المرتبطة بعملية التبادل.",
              "2015-08-01"},
             {"لكن المسؤولون البرازيليون أكدوا أن المياه سوف تكون آمنة للرياضيين الأولمبيين في الفترة المقبلة.",
              "2015-07-31"},
             {"تقول المصادر الدبلوماسية الفرنسية التي تحدثت إليها «الشرق الأوسط» إن باريس تتابع الملف.", "2015-08-08"},
             {"وفي هذا السياق قال دبلوماسي نمساوي: «يهتم الجميع بإنجاز العمل بسلاسة».", "2015-08-06"},
             // corpus snn-2015-08-03-0427: a famous presenter quoted, her name unread.
             {"فكما تقول المذيعة الأمريكية الشهيرة أوبرا وينفري: أنت أكثر من مجرد صورة.", "2015-08-03"}}) {
        for (const Event& e : extract(sentence, date)) {
            INFO(sentence);
            CHECK(e.type != "statement_issued");
        }
    }
    // corpus snn-2015-07-26: the paper's sources, in the plural, have no name after them.
    const auto paper =
        extract("وكشفت مصادر \"دنيا الرياضة\" ان الادارة الاتحادية وضعت اكثر من خيار بشأن المفاوضات.", "2015-07-26");
    CHECK(first_of_type(paper, "statement_issued") == nullptr);
    // "مسؤولون" met are still a side of the meeting: "التقى مسؤولين عراقيين".
    // corpus snn-2015-08-04
    const auto met = extract(
        "وصل وزير الدفاع البريطاني مايكل فالون إلى بغداد. وصرّح \"فالون\" من بغداد؛ حيث التقى "
        "مسؤولين عراقيين، أن \"العراق بحاجة للدعم البريطاني في المجال الجوي والتدريب والمعدات\".",
        "2015-08-04");
    const Event* meeting = first_of_type(met, "meeting_held");
    REQUIRE(meeting);
    CHECK(has_actor(*meeting, "IRQ", "participant"));
    // corpus snn-2015-08-01: "المسؤولين الروس" take part for Russia.
    const auto talks = extract(
        "كما بحث وزير الدفاع العراقي خالد العبيدي في موسكو مع المسؤولين الروس تجهيز العراق "
        "بأنواع من الأسلحة.",
        "2015-08-01");
    const Event* held = first_of_type(talks, "meeting_held");
    REQUIRE(held);
    CHECK(has_actor(*held, "RUS", "participant"));
}

TEST_CASE("one of a group who spoke is no speaker, and what follows is not the last named speaker's",
          "[rules][speech][negative]") {
    // Corpus snn-2015-08-03-0827
    const auto events = extract(
        "وقال أحد المختطفين أمام الكاميرا أنه تم تجنيده من قبل الأميركيين عبر وسطاء كي يتم "
        "تدريبه خلال شهر ونصف في أحد معسكرات التدريب في تركيا.",
        "2015-08-03");
    CHECK(first_of_type(events, "statement_issued") == nullptr);
    // Corpus snn-2015-08-04-0067: "كل من" names each of them.
    const auto both = extract(
        "أكدت كل من الولايات المتحدة ودول مجلس التعاون على أهمية مبادرة السلام العربية لعام 2002 والحاجة العاجلة لأن "
        "يبدي الطرفان – من خلال السياسات والأفعال- تقدما حقيقيا لحل الدولتين، وقرروا مواصلة العمل المشترك عن قرب للمضي "
        "قدماً في هذا الاتجاه, ومواصلة الوفاء بالتزاماتهم لإعمار غزة بحيث تتضمن التعهدات التي التزموا بها في مؤتمر "
        "القاهرة 2014.",
        "2015-08-04");
    CHECK(first_of_type(both, "statement_issued") != nullptr);
}

TEST_CASE("after a comma, another verb and its subject are another act, not parties of the meeting",
          "[rules][meeting][negative]") {
    // Corpus snn-2015-07-21-0481: the king's day; he held talks with the Sudanese president only.
    const auto day = extract(
        "وفي يوم الأربعاء 25 مارس هنأ رئيس جمهورية بنغلاديش بذكرى استقلال بلاده، وعقد جلسة مباحثات مع الرئيس "
        "السوداني، وعزى رئيس ألمانيا في ضحايا تحطم الطائرة، وهنأ سلطان عمان بمناسبة عودته من رحلته العلاجية.",
        "2015-07-21");
    const Event* held = first_of_type(day, "meeting_held");
    REQUIRE(held);
    CHECK(std::any_of(held->actors.begin(), held->actors.end(), [](const Actor& a) { return a.affiliation == "SDN"; }));
    CHECK_FALSE(has_actor(*held, "DEU", "participant"));
    CHECK(
        std::none_of(held->actors.begin(), held->actors.end(), [](const Actor& a) { return a.affiliation == "OMN"; }));
}

TEST_CASE("an envoy of a named leader, or a second post of the one named, is no other side", "[rules][meeting]") {
    // Corpus snn-2015-08-01-0940: Obama is whom the envoy serves, not a participant.
    const auto doha = extract(
        "وشارك في الاجتماع خصوصا الجنرال الاميركي جون آلن المبعوث الخاص للرئيس باراك اوباما، ووزير الخارجية العراقي "
        "ابراهيم الجعفري.",
        "2015-08-01");
    const Event* held = first_of_type(doha, "meeting_held");
    REQUIRE(held);
    CHECK(has_actor(*held, "IRQ", "participant"));
    CHECK(std::none_of(held->actors.begin(), held->actors.end(),
                       [](const Actor& a) { return a.id == "barack-obama" || a.id == "USA"; }));
    CHECK(std::any_of(held->actors.begin(), held->actors.end(),
                      [](const Actor& a) { return a.name_ar == "جون آلن" && a.affiliation == "USA"; }));
    // Corpus snn-2015-08-04-0170: chairman and managing director of a Qatari bank, one speaker.
    const auto bank = extract(
        "وقال محمد الديب، رئيس مجلس الإدارة والعضو المنتدب لبنك قطر الوطني الأهلي، في البيان إن «هذه الصفقة تتماشى "
        "مع طموحاتنا وأهدافنا في دعم مجتمع الأعمال في مصر».",
        "2015-08-03");
    int statements = 0;
    for (const Event& e : bank)
        if (e.type == "statement_issued") {
            ++statements;
            CHECK_FALSE(has_actor(e, "QAT", "speaker"));
        }
    CHECK(statements == 1);
    // Corpus snn-2015-07-27-1072: the commander in chief of the armed forces is named after his post.
    const auto abadi =
        extract("فيما دعا القائد العام للقوات المسلحة حيدر العبادي ضرورة الحفاظ على حياة المدنيين.", "2015-07-27");
    const Event* call = first_of_type(abadi, "statement_issued");
    REQUIRE(call);
    CHECK(call->actors[0].id == "haider-al-abadi");
}

TEST_CASE("the king's title alone is the king in office, not another post holder named with it", "[rules][meeting]") {
    // Corpus snn-2015-07-21-0481, a chronicle of the king's days: Prince Khalid Al-Faisal acts on his
    // behalf, the Italian president is congratulated by him, and a race is named after his brother.
    const auto days = extract(
        "وفي يوم الأحد 22 فبراير، هنأ خادم الحرمين الشريفين سلطان بروناي دار السلام بذكرى اليوم الوطني لبلاده. "
        "ونيابة عن خادم الحرمين الشريفين، الأمير خالد الفيصل يفتتح مؤتمر الإسلام ومحاربة الإرهاب بمكة المكرمة.\n"
        "وفي يوم الاثنين 23 فبراير، هنأ خادم الحرمين الشريفين رئيس جمهورية أستونيا بذكرى استقلال بلاده، وعقد "
        "اجتماعًا مع الرئيس الفلسطيني.\n"
        "وفي يوم الأحد 8 فبراير، هنأ خادم الحرمين الشريفين الرئيس سيرجيو ماتاريلا بمناسبة فوزه في الانتخابات "
        "الرئاسية الإيطالية، واستقبل الأمين العام للأمم المتحدة، وأمر بتسمية حفل سباق الفروسية باسم الملك عبد الله "
        "بن عبد العزيز رحمه الله.\n"
        "وفي يوم الأربعاء 25 فبراير، عقد خادم الحرمين الشريفين جلسة مباحثات رسمية مع ملك المملكة الأردنية الهاشمية.",
        "2015-07-21");
    int meetings = 0;
    for (const Event& e : days) {
        if (e.type != "meeting_held") continue;
        ++meetings;
        INFO(e.mentions.front().text);
        for (const Actor& a : e.actors) {
            CHECK(a.id != "khalid-al-faisal");
            CHECK(a.name_ar.find("ماتاريلا") == std::string::npos);
            CHECK(a.name_ar.find("عبدالله بن عبدالعزيز") == std::string::npos);
        }
        if (e.date.value == "2015-02-25") CHECK(has_actor(e, "king-salman", "participant"));
    }
    CHECK(meetings >= 2);
}

TEST_CASE("one named in a relative clause about a thing after the sides of a meeting takes no part in it",
          "[rules][meeting][negative]") {
    // Corpus snn-2015-07-31-0961: the king proposed the vision; he did not meet.
    const auto vision = extract(
        "مشيرا إلى أن الاجتماع الذي عقد أمس الخميس بين الرئيس المصري والأمير محمد بن سلمان وضع أسسا للرؤية التي "
        "طرحها خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز بتطوير العلاقات المشتركة.",
        "2015-07-31");
    const Event* held = first_of_type(vision, "meeting_held");
    REQUIRE(held);
    CHECK(has_actor(*held, "mohammed-bin-salman", "participant"));
    CHECK_FALSE(has_actor(*held, "king-salman", "participant"));
    // Corpus snn-2015-08-11-0810: a session of a workshop that discussed a working paper.
    const auto workshop = extract(
        "وكانت الجلسة الثانية قد ترأسها العقيد ناصر الأملح وعضوية الأستاذة خديجة الغريبي ناقشت ورقة العمل المقدمة من "
        "الأستاذة مها الدوسري مديرة مركز تطوير القدرات النسائية.",
        "2015-08-11");
    CHECK(first_of_type(workshop, "meeting_held") == nullptr);
}

TEST_CASE("a meeting decided on or possible is one to come, not held", "[rules][plan]") {
    // Corpus snn-2015-07-21-0032: FIFA decided to hold an extraordinary congress.
    const auto fifa = extract(
        "قال الاتحاد الدولي لكرة القدم \"الفيفا\"، اليوم (الاثنين)، عبر موقع تويتر للتواصل الاجتماعي على الانترنت، "
        "انه تقرر عقد الاجتماع غير العادي للجمعية العمومية لانتخاب رئيس جديد للفيفا في 26 فبراير (شباط) 2016 في "
        "زيورخ السويسرية.",
        "2015-07-21");
    CHECK(first_of_type(fifa, "meeting_held") == nullptr);
    REQUIRE(first_of_type(fifa, "meeting_planned"));
    CHECK(first_of_type(fifa, "meeting_planned")->date.value == "2016-02-26");
    // Corpus snn-2015-08-10-1159: consultations on a possible emergency OPEC meeting.
    const auto opec = extract(
        "نقلت وكالة الأنباء الجزائرية اليوم الاثنين عن وزير الطاقة صالح خبري قوله إن المشاورات جارية لأخذ قرار "
        "بشأن احتمال عقد اجتماع طارئ لأوبك.",
        "2015-08-10");
    CHECK(first_of_type(opec, "meeting_held") == nullptr);
    const Event* planned = first_of_type(opec, "meeting_planned");
    REQUIRE(planned);
    CHECK(has_actor(*planned, "OPEC", "participant"));
}
