// Events as the extraction reads them from the five sample articles about the
// end of the Astana talks (samples/astana), written out by hand, with the
// builders they are made with.
#pragma once

#include <string>
#include <vector>

#include "extract/event.h"

namespace hadath::testing {

inline Actor actor(const std::string& id, const std::string& name, const std::string& name_ar, const std::string& kind,
                   const std::string& role, const std::string& affiliation = "", const std::string& title = "") {
    return Actor{id, name, name_ar, kind, role, affiliation, title};
}

inline Actor country(const std::string& id, const std::string& name, const std::string& name_ar,
                     const std::string& role) {
    return actor(id, name, name_ar, "country", role);
}

inline Mention mention(const std::string& doc, int sentence, const std::string& text) {
    return Mention{doc, sentence, 0, text.size(), text, ""};
}

inline EventDate event_date(const std::string& value, const std::string& precision, const std::string& end = "") {
    EventDate result;
    result.value = value;
    result.precision = precision;
    result.end = end;
    return result;
}

inline const Location kAstana{"astana", "Astana", "أستانا"};
inline const Location kNurSultan{"nur-sultan", "Nur-Sultan", "نور سلطان"};

inline std::vector<Event> sample_events() {
    std::vector<Event> list;

    Event round18;
    round18.id = "astana-18-meeting";
    round18.type = "meeting_held";
    round18.cameo = "046";
    round18.date = event_date("2022-06-15", "day");
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
    round20.date = event_date("2023-06-20", "day", "2023-06-21");
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
    statement.date = event_date("2023-06-21", "day");
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
    withdrawal.date = event_date("2023-06-21", "day");
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
    planned.date = event_date("2023-H2", "half");
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

inline std::vector<DocumentInfo> sample_documents() {
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

}  // namespace hadath::testing
