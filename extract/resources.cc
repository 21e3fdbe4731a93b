#include "extract/resources.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <string_view>
#include <unordered_set>

#include "extract/data_location.h"

namespace hadath {

namespace {

// clang-format off
const char* const kWordClassNames[kWordClassCount] = {
    "meeting_noun",     "negation",     "future",        "series_cue",
    "participation",    "observer",     "joint_marker",  "offer_object",
    "refusal",          "other_event",  "media",         "reporting",
    "destination",      "title_filler", "function",      "capital_word",
    "clause",           "with",         "quantifier",    "name_particle",
    "perfect_particle", "collective",   "clause_opener", "party_noun",
    "relative",         "sport",        "named_after",   "company",
    "gathered",         "repeatedly",   "earlier",       "already",
    "auxiliary",        "topic",        "resumptive",    "what",
    "round_noun",       "occasion",     "toward",        "named_day",
    "venue",            "place_noun",   "facing",        "deceased",
    "preposition",      "address_noun", "companion",     "proposal",
    "kunya",            "past_auxiliary",   "informing",        "membership",
    "arrival",          "expected",         "presence",         "contrast",
    "quoted_from",      "against",          "often",            "clan_particle",
    "as_for",           "clause_pronoun",     "in_which",           "name_ending",
    "speech_noun",      "object_noun",      "background",       "own_writing",
    "accredited_to",    "occasion_report",  "directive",  "idiom",  "signed_at",  "fans",  "what_done",  "on_record",  "masculine_state",  "which",  "conveyed",  "first_name",       "foreign_first_name", "compound_name_part"};
// clang-format on

const std::set<std::string> kActorKinds = {"country", "organization", "group"};
const std::set<std::string> kMediaKinds = {"agency", "broadcaster", "newspaper", "site"};
const std::set<std::string> kPlaceKinds = {"capital", "city", "region"};

// Adds every form of a |-list to the index; a form without a word is an error.
void add_forms(Resources& resources, const TsvRow& row, const std::string& field, Category category,
               std::uint32_t payload, bool as_written = false) {
    // A one-word name written with the article keeps it: the surname "الغانم" is not the given name
    // "غانم", "الكاميرون" is not Cameron, "الخليل" (Hebron) not the given name "خليل", nor the
    // talks of "الرياض" the given name "رياض".
    // Given names, function words, prepositions and the nouns of places named after a person keep the article as
    // written both ways: "الموسى" is a family name, not "موسى"; "العلي" is a family name, not "على";
    // "المركز الشيخ محمد" is not "مركز الشيخ محمد". So do the words inside a title chain: "المقدم طيار"
    // is a pilot's rank, "محمد الطيار" a family name; and the words of what is to come: "المقبل" (next)
    // is not the family name "مقبل".
    using Article = PhraseIndex::Article;
    const Article article =
        as_written ? Article::kAsWritten
        : category == kWordClass &&
                (payload == kFirstName || payload == kForeignFirstName || payload == kCompoundNamePart ||
                 payload == kFunctionWord || payload == kPreposition || payload == kNamedAfter ||
                 payload == kNamedDay || payload == kTitleFiller || payload == kAgainst || payload == kQuotedFrom ||
                 payload == kFuture)
            ? Article::kAsWritten
        : category == kPerson                                                 ? Article::kAsWritten
        : category == kActorName || category == kPlace || category == kSeries ? Article::kKeep
                                                                              : Article::kEither;
    for (const std::string& form : split_list(field)) {
        if (!resources.index.add(form, category, payload, resources.normalizer, article))
            row.fail("'" + form + "' has no word in it");
    }
}

void check_unique(std::unordered_map<std::string, std::size_t>& ids, const TsvRow& row, const std::string& id,
                  std::size_t index) {
    if (!ids.emplace(id, index).second) row.fail("duplicate id '" + id + "'");
}

void load_actors(Resources& r, const std::string& dir) {
    for (const TsvRow& row : read_tsv(dir + "/actors.tsv", 6, 7)) {
        const auto& f = row.fields;
        if (!kActorKinds.count(f[1])) row.fail("unknown kind '" + f[1] + "' (country, organization or group)");
        const auto index = static_cast<std::uint32_t>(r.actors.size());
        check_unique(r.actor_by_id, row, f[0], index);
        const auto names = split_list(f[3]);
        if (names.empty()) row.fail("no Arabic name");
        r.actors.push_back({f[0], f[1], f[2], names.front(), f[5] == "-" ? "" : f[5],
                            f.size() > 6 ? split_list(f[6]) : std::vector<std::string>{}});
        if (f[1] == "country") r.state_names.insert(r.normalizer.fold(names.front()));
        add_forms(r, row, f[3], kActorName, index);
        add_forms(r, row, f[4], kActorAdjective, index);
    }
}

// ISO 3166-1 names generated from iso-codes: a state actors.tsv has gains
// the names, a state it lacks becomes a country of its own.
void load_states(Resources& r, const std::string& dir) {
    for (const TsvRow& row : read_tsv(dir + "/states.tsv", 4, 4)) {
        const auto& f = row.fields;
        const auto names = split_list(f[2]);
        if (names.empty()) row.fail("no Arabic name");
        auto index = static_cast<std::uint32_t>(r.actors.size());
        if (const auto known = r.actor_by_id.find(f[0]); known != r.actor_by_id.end()) {
            index = static_cast<std::uint32_t>(known->second);
            // A state's names added to a body that took its code would make "ناميبيا" the Non-Aligned
            // Movement and Bangui the capital of a football confederation.
            if (r.actors[index].kind != "country")
                row.fail("id '" + f[0] + "' is the " + r.actors[index].kind + " '" + r.actors[index].name_en +
                         "' in actors.tsv; give that one another id");
        } else {
            r.actor_by_id.emplace(f[0], index);
            r.actors.push_back({f[0], "country", f[1], names.front(), "", {}});
        }
        add_forms(r, row, f[2], kActorName, index);
        add_forms(r, row, f[3], kActorAdjective, index);
        for (const std::string& name : names) r.state_names.insert(r.normalizer.fold(name));
    }
}

void load_media(Resources& r, const std::string& dir) {
    std::unordered_map<std::string, std::size_t> ids;
    for (const TsvRow& row : read_tsv(dir + "/media.tsv", 6, 8)) {
        const auto& f = row.fields;
        if (!kMediaKinds.count(f[1])) row.fail("unknown kind '" + f[1] + "' (agency, broadcaster, newspaper or site)");
        const auto index = static_cast<std::uint32_t>(r.media.size());
        check_unique(ids, row, f[0], index);
        if (r.actor_by_id.count(f[0])) row.fail("id '" + f[0] + "' is also an actor's");
        const auto names = split_list(f[3]);
        if (names.empty()) row.fail("no Arabic name");
        if (f[4] != "-" && !r.actor(f[4])) row.fail("unknown state '" + f[4] + "'");
        const std::string reach = f.size() > 6 ? f[6] : "-";
        if (reach != "national" && reach != "international" && reach != "-")
            row.fail("unknown reach '" + reach + "' (national, international or -)");
        if (reach == "national" && f[4] == "-") row.fail("a national outlet needs its state");
        // "الرياض" in quotation marks: a short form matched only where the text wraps it in them.
        std::vector<std::string> plain_names;
        for (const std::string& name : names) {
            const bool opens = name.front() == '"', closes = name.size() > 1 && name.back() == '"';
            if (opens != closes) row.fail("'" + name + "' wants a quotation mark on both sides, or none");
            if (opens) {
                add_forms(r, row, name.substr(1, name.size() - 2), kQuotedMediaName, index);
            } else {
                add_forms(r, row, name, kMediaName, index);
                plain_names.push_back(name);
            }
        }
        if (plain_names.empty()) row.fail("no Arabic name outside quotation marks");
        r.media.push_back({f[0], f[1], f[2], plain_names.front(), f[4] == "-" ? "" : f[4], reach == "national"});
        if (f.size() > 7 && f[7] != "-") {
            for (const std::string& source : split_list(f[7])) {
                if (!r.media_by_article_source.emplace(lower_ascii(source), index).second)
                    row.fail("article source '" + source + "' already names another outlet");
            }
        }
    }
}

void load_places(Resources& r, const std::string& dir) {
    for (const TsvRow& row : read_tsv(dir + "/places.tsv", 6, 6)) {
        const auto& f = row.fields;
        if (!kPlaceKinds.count(f[1])) row.fail("unknown kind '" + f[1] + "' (capital, city or region)");
        const auto index = static_cast<std::uint32_t>(r.places.size());
        check_unique(r.place_by_id, row, f[0], index);
        const auto names = split_list(f[3]);
        if (names.empty()) row.fail("no Arabic name");
        r.places.push_back({f[0], f[1], f[2], names.front(), f[4] == "-" ? "" : f[4], f[5] == "-" ? "" : f[5]});
        if (f[1] == "capital" && f[4] != "-") r.capital_of.emplace(f[4], index);
        add_forms(r, row, f[3], kPlace, index);
    }
}

void load_people(Resources& r, const std::string& dir) {
    for (const TsvRow& row : read_tsv(dir + "/people.tsv", 5, 5)) {
        const auto& f = row.fields;
        const auto index = static_cast<std::uint32_t>(r.people.size());
        check_unique(r.person_by_id, row, f[0], index);
        const auto names = split_list(f[2]);
        if (names.empty()) row.fail("no Arabic name");
        r.people.push_back({f[0], f[1], names.front(), f[3] == "-" ? "" : f[3], f[4] == "-" ? "" : f[4]});
        add_forms(r, row, f[2], kPerson, index);
    }
}

// "2015-04": 201504; 0 when malformed.
int year_month(const std::string& text) {
    if (text.size() != 7 || text[4] != '-') return 0;
    for (std::size_t i = 0; i < 7; ++i)
        if (i != 4 && (text[i] < '0' || text[i] > '9')) return 0;
    const int month = std::stoi(text.substr(5, 2));
    return month >= 1 && month <= 12 ? std::stoi(text.substr(0, 4)) * 100 + month : 0;
}

// Office holders: each row a term; a person not in people.tsv is added
// with the names the row gives, one id across the rows of a person.
void load_offices(Resources& r, const std::string& dir) {
    constexpr int kInOffice = 999999;
    for (const TsvRow& row : read_tsv(dir + "/offices.tsv", 8, 8)) {
        const auto& f = row.fields;
        const auto names = split_list(f[2]);
        if (names.empty()) row.fail("no Arabic name");
        const ActorEntry* state = r.actor(f[3]);
        if (!state) row.fail("unknown state or organisation '" + f[3] + "'");
        const int from = year_month(f[5]), to = f[6] == "-" ? kInOffice : year_month(f[6]);
        if (!from || !to || to < from)
            row.fail("the term '" + f[5] + "' to '" + f[6] + "' is not YYYY-MM to YYYY-MM or -");
        auto index = static_cast<std::uint32_t>(r.people.size());
        if (const auto known = r.person_by_id.find(f[0]); known != r.person_by_id.end()) {
            index = static_cast<std::uint32_t>(known->second);
            int& took = r.people[index].took_office;
            if (took) took = std::min(took, from);
        } else {
            r.person_by_id.emplace(f[0], index);
            r.people.push_back({f[0], f[1], names.front(), f[3], f[4] + " of " + state->name_en});
            r.people[index].took_office = from;
        }
        add_forms(r, row, f[2], kPerson, index);
        r.offices.push_back({index, f[4], f[3], from, to});
        r.people[index].left_office = std::max(r.people[index].left_office, to);
        r.people[index].terms.push_back(static_cast<std::uint32_t>(r.offices.size() - 1));
    }
    // Terms matter to a person only where they serve different states ("مارك كارني": Canada's central
    // bank, then England's, then Canada's government).
    for (PersonEntry& person : r.people) {
        const bool one_state = std::all_of(person.terms.begin(), person.terms.end(), [&](std::uint32_t term) {
            return r.offices[term].state == r.offices[person.terms.front()].state;
        });
        if (one_state) person.terms.clear();
    }
}

void load_titles(Resources& r, const std::string& dir) {
    for (const TsvRow& row : read_tsv(dir + "/titles.tsv", 3, 4)) {
        const auto& f = row.fields;
        if (f[2] != "person" && f[2] != "private" && f[2] != "office" && f[2] != "council" && f[2] != "honorific" &&
            f[2] != "former" && f[2] != "source" && f[2] != "group" && f[2] != "rank" && f[2] != "standing" &&
            f[2] != "before_place" && f[2] != "anonymous")
            row.fail("unknown kind '" + f[2] +
                     "' (person, private, standing, office, council, honorific, rank, before_place, former, source, "
                     "anonymous or group)");
        const bool council = f[2] == "council";
        // A rank whose word is also a name or a noun without the article (رائد, نقيب, مقدم): a form of
        // address matched only as written.
        const bool rank = f[2] == "rank";
        const bool before_place = f[2] == "before_place";
        const std::string state = f.size() > 3 && f[3] != "-" ? f[3] : "";
        if (!state.empty() && !r.actor(state)) row.fail("unknown state '" + state + "' (an id of actors.tsv)");
        const auto index = static_cast<std::uint32_t>(r.titles.size());
        // "معاليه": an attached pronoun, written with ه where a noun ends in ة.
        const bool pronoun = f[0].size() >= 2 && f[0].compare(f[0].size() - 2, 2, "\xD9\x87") == 0;
        // An honorific with a pronoun has no title of its own; "not:King|Prince" says whom it never stands
        // for, "only:Prince|Sheikh" the only ones it does.
        const std::string_view kNotFor = "not:", kOnlyFor = "only:";
        const bool not_for = f[1].compare(0, kNotFor.size(), kNotFor) == 0;
        const bool only_for = f[1].compare(0, kOnlyFor.size(), kOnlyFor) == 0;
        if ((not_for || only_for) && !(f[2] == "honorific" && pronoun))
            row.fail("'not:' and 'only:' are written only for an honorific that ends in a pronoun (معاليه)");
        r.titles.push_back({f[0], f[1] == "-" || not_for || only_for ? "" : f[1], f[2] == "office" || council,
                            f[2] == "honorific" || rank, f[2] == "honorific" && pronoun, f[2] == "former",
                            f[2] == "source" || f[2] == "group" || f[2] == "anonymous", f[2] == "group", state,
                            not_for ? split_list(f[1].substr(kNotFor.size())) : std::vector<std::string>(),
                            only_for ? split_list(f[1].substr(kOnlyFor.size())) : std::vector<std::string>(),
                            f[2] == "private", TitleGender::kEither, council, f[2] == "standing", before_place, rank,
                            f[2] == "anonymous"});
        add_forms(r, row, f[0], kTitle, index, rank || before_place);
    }
    // A first word in ة whose form without it opens a title too is a woman's ("رئيسة", "رئيس"); the
    // form without it is then a man's.
    const auto first_word = [](const std::string& phrase) {
        return std::string_view(phrase).substr(0, phrase.find(' '));
    };
    std::unordered_set<std::string_view> first_words;
    for (const TitleEntry& title : r.titles) first_words.insert(first_word(title.phrase_ar));
    for (TitleEntry& title : r.titles) {
        const std::string_view word = first_word(title.phrase_ar);
        const bool feminine_form =
            word.size() > kTehMarbuta.size() && word.substr(word.size() - kTehMarbuta.size()) == kTehMarbuta;
        if (feminine_form && first_words.count(word.substr(0, word.size() - kTehMarbuta.size())))
            title.gender = TitleGender::kFeminine;
        else if (!feminine_form && first_words.count(std::string(word) + std::string(kTehMarbuta)))
            title.gender = TitleGender::kMasculine;
    }
}

void load_series(Resources& r, const std::string& dir) {
    for (const TsvRow& row : read_tsv(dir + "/series.tsv", 3, 3)) {
        const auto& f = row.fields;
        const auto index = static_cast<std::uint32_t>(r.series.size());
        check_unique(r.series_by_id, row, f[0], index);
        r.series.push_back({f[0], f[1], split_list(f[2]).empty() ? "" : split_list(f[2]).front()});
        add_forms(r, row, f[2], kSeries, index);
    }
}

void load_ordinals(Resources& r, const std::string& dir) {
    for (const TsvRow& row : read_tsv(dir + "/ordinals.tsv", 2, 2)) {
        int number = 0;
        try {
            std::size_t used = 0;
            number = std::stoi(row.fields[1], &used);
            if (used != row.fields[1].size()) number = 0;
        } catch (const std::exception&) {
            number = 0;
        }
        if (number <= 0) row.fail("'" + row.fields[1] + "' is not a positive number");
        add_forms(r, row, row.fields[0], kOrdinal, static_cast<std::uint32_t>(number));
    }
}

std::uint32_t word_class_named(const Resources& r, const TsvRow& row, const std::string& name) {
    for (std::uint32_t i = 0; i < r.word_class_names.size(); ++i)
        if (r.word_class_names[i] == name) return i;
    row.fail("unknown word class '" + name + "' (words.tsv defines the classes)");
}

int offset_of(const TsvRow& row, const std::string& text) {
    std::size_t used = 0;
    int value = 0;
    try {
        value = std::stoi(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != text.size()) row.fail("'" + text + "' is not a token offset");
    return value;
}

// "near=CLASS:FROM..TO", "unless=CLASS:FROM..TO", "future=TYPE", "plan=TYPE", "target=after", "other=CLASS",
// "alone=body", "attends=back".
void parse_options(const Resources& r, const TsvRow& row, const std::string& field, TriggerEntry& entry) {
    std::size_t start = 0;
    while (start < field.size()) {
        std::size_t end = field.find(' ', start);
        if (end == std::string::npos) end = field.size();
        const std::string option = field.substr(start, end - start);
        start = end + 1;
        if (option.empty()) continue;
        const auto equals = option.find('=');
        if (equals == std::string::npos) row.fail("option '" + option + "' is not NAME=VALUE");
        const std::string name = option.substr(0, equals), value = option.substr(equals + 1);
        if (name == "near" || name == "unless") {
            const auto colon = value.find(':');
            const auto dots = value.find("..", colon == std::string::npos ? 0 : colon);
            RuleCondition condition;
            if (colon != std::string::npos && value.substr(colon + 1) == "article") {
                condition.word_class = word_class_named(r, row, value.substr(0, colon));
                condition.in_article = true;
                condition.absent = name == "unless";
                entry.conditions.push_back(condition);
                continue;
            }
            if (colon == std::string::npos || dots == std::string::npos)
                row.fail("'" + option + "' is not " + name + "=CLASS:FROM..TO[:clause] or " + name + "=CLASS:article");
            condition.word_class = word_class_named(r, row, value.substr(0, colon));
            condition.from = offset_of(row, value.substr(colon + 1, dots - colon - 1));
            std::string to = value.substr(dots + 2);
            if (const auto scope = to.find(':'); scope != std::string::npos) {
                if (to.substr(scope + 1) != "clause")
                    row.fail("'" + option + "': the scope after TO can only be 'clause'");
                condition.in_clause = true;
                to.resize(scope);
            }
            condition.to = offset_of(row, to);
            if (condition.from > condition.to) row.fail("'" + option + "': FROM is after TO");
            condition.absent = name == "unless";
            entry.conditions.push_back(condition);
        } else if (name == "future" || name == "plan" || name == "joint") {
            if (!r.types.find(value)) row.fail("option '" + option + "' names unknown type '" + value + "'");
            (name == "future" ? entry.future_type : name == "plan" ? entry.plan_type : entry.joint_type) = value;
        } else if (name == "target") {
            if (value != "after") row.fail("'" + option + "': target takes 'after'");
            entry.target_after = true;
        } else if (name == "host") {
            if (value != "after") row.fail("'" + option + "': host takes 'after'");
            entry.host_after = true;
        } else if (name == "other") {
            entry.other_side_after = word_class_named(r, row, value);
        } else if (name == "alone") {
            if (value != "body") row.fail("'" + option + "': alone takes 'body'");
            entry.body_alone = true;
        } else if (name == "visited") {
            if (value != "after") row.fail("'" + option + "': visited takes 'after'");
            entry.visited_after = true;
        } else if (name == "subject") {
            if (value != "after") row.fail("'" + option + "': subject takes 'after'");
            entry.subject_after_only = true;
        } else if (name == "speaker") {
            if (value != "person") row.fail("'" + option + "': speaker takes 'person'");
            entry.person_speaker_only = true;
        } else if (name == "attends") {
            if (value != "back") row.fail("'" + option + "': attends takes 'back'");
            entry.attends_back = true;
        } else if (name == "dated") {
            if (value != "clause") row.fail("'" + option + "': dated takes 'clause'");
            entry.dated_by_clause = true;
        } else if (name == "accused") {
            if (value != "after") row.fail("'" + option + "': accused takes 'after'");
            entry.accused_after = true;
        } else {
            row.fail("unknown option '" + name +
                     "' (near, unless, future, plan, joint, target, host, other, alone, visited, subject, speaker, "
                     "attends, dated, accused)");
        }
    }
}

void load_triggers(Resources& r, const std::string& dir) {
    static const std::unordered_map<std::string, Frame> frames = {{"speech", Frame::speech},
                                                                  {"quote", Frame::quote},
                                                                  {"meeting", Frame::meeting},
                                                                  {"encounter", Frame::encounter},
                                                                  {"plan", Frame::plan},
                                                                  {"withdrawal", Frame::withdrawal},
                                                                  {"offer", Frame::offer},
                                                                  {"joint", Frame::joint},
                                                                  {"agreement", Frame::agreement},
                                                                  {"headline", Frame::headline},
                                                                  {"meeting_with", Frame::meeting_with},
                                                                  {"meeting_of", Frame::meeting_of}};
    for (const TsvRow& row : read_tsv(dir + "/triggers.tsv", 4, 5)) {
        const auto& f = row.fields;
        const EventTypeInfo* type = r.types.find(f[0]);
        if (!type) row.fail("unknown event type '" + f[0] + "' (types.tsv lists the types)");
        const auto frame = frames.find(f[2]);
        if (frame == frames.end())
            row.fail("unknown frame '" + f[2] +
                     "' (speech, quote, meeting, encounter, plan, withdrawal, offer, joint, agreement, headline, "
                     "meeting_with, meeting_of)");
        TriggerEntry entry;
        entry.type = f[0];
        entry.cameo = f[1] == "-" ? type->cameo : f[1];
        entry.frame = frame->second;
        entry.where = row.where();
        if (f.size() > 4) parse_options(r, row, f[4], entry);
        const std::vector<std::string> forms = split_list(f[3]);
        if (entry.frame == Frame::headline || entry.frame == Frame::meeting_with || entry.frame == Frame::meeting_of) {
            if (!forms.empty()) row.fail("frame '" + f[2] + "' reads every sentence: write - for its forms");
            r.readers.push_back(r.triggers.size());
            r.triggers.push_back(std::move(entry));
            continue;
        }
        if (forms.empty()) row.fail("no forms");
        std::vector<std::string> plain;
        Morphology::Forms inflected;
        for (const std::string& form : forms) {
            if (!Morphology::is_lemma(form)) {
                plain.push_back(form);
                continue;
            }
            try {
                Morphology::Forms more = r.morphology.conjugate(form);
                for (auto [to, from] : {std::pair{&inflected.past, &more.past},
                                        {&inflected.present, &more.present},
                                        {&inflected.past_feminine, &more.past_feminine},
                                        {&inflected.present_feminine, &more.present_feminine},
                                        {&inflected.past_many, &more.past_many},
                                        {&inflected.present_many, &more.present_many},
                                        {&inflected.past_object, &more.past_object},
                                        {&inflected.present_object, &more.present_object}})
                    to->insert(to->end(), from->begin(), from->end());
            } catch (const std::invalid_argument& error) {
                row.fail(error.what());
            }
        }
        // Written-out forms in ة whose form in ا the rule also has ("مضيفة", "مضيفا") are of the feminine, and
        // those in ا of the masculine.
        std::vector<std::string> plain_masculine, plain_feminine, plain_other;
        {
            const std::set<std::string> written(plain.begin(), plain.end());
            const auto with_ending = [](std::string_view word, std::string_view from, std::string_view to) {
                return std::string(word.substr(0, word.size() - from.size())) + std::string(to);
            };
            for (const std::string& form : plain) {
                if (ends_with(form, kTehMarbuta) && written.count(with_ending(form, kTehMarbuta, kAlef)))
                    plain_feminine.push_back(form);
                else if (ends_with(form, kAlef) && written.count(with_ending(form, kAlef, kTehMarbuta)))
                    plain_masculine.push_back(form);
                else
                    plain_other.push_back(form);
            }
        }
        using Tense = TriggerEntry::Tense;
        struct FormList {
            Tense tense;
            bool holds_subject;
            bool has_object;
            bool feminine;
            const std::vector<std::string>* forms;
            bool gender_paired = false;
        };
        for (const FormList& list : {FormList{Tense::none, false, false, false, &plain_other},
                                     {Tense::none, false, false, false, &plain_masculine, true},
                                     {Tense::none, false, false, true, &plain_feminine, true},
                                     {Tense::past, false, false, false, &inflected.past},
                                     {Tense::present, false, false, false, &inflected.present},
                                     {Tense::past, false, false, true, &inflected.past_feminine},
                                     {Tense::present, false, false, true, &inflected.present_feminine},
                                     {Tense::past, true, false, false, &inflected.past_many},
                                     {Tense::present, true, false, false, &inflected.present_many},
                                     {Tense::past, false, true, false, &inflected.past_object},
                                     {Tense::present, false, true, false, &inflected.present_object}}) {
            if (list.forms->empty()) continue;
            const auto index = static_cast<std::uint32_t>(r.triggers.size());
            entry.tense = list.tense;
            entry.holds_subject = list.holds_subject;
            entry.has_object = list.has_object;
            entry.feminine = list.feminine;
            entry.gender_paired = list.gender_paired;
            r.triggers.push_back(entry);
            // A verb never takes the article: "التطرق" and "الرد" are verbal nouns, not تطرق and رد
            // (a verb that begins with ال, "التقى", is written with it and matched as written).
            // Nor do the words of saying written out, verbs and participles: "المؤكدة" is an adjective.
            const bool verb_like = list.tense != Tense::none || entry.frame == Frame::speech;
            const auto article = verb_like ? PhraseIndex::Article::kAsWritten : PhraseIndex::Article::kEither;
            for (const std::string& form : *list.forms)
                if (!r.index.add(form, kTrigger, index, r.normalizer, article))
                    row.fail("'" + form + "' has no word in it");
        }
    }
    for (const TriggerEntry& trigger : r.triggers)
        for (const RuleCondition& condition : trigger.conditions)
            if (condition.in_article) r.article_classes |= class_bit(condition.word_class);
}

// Where words.tsv defines each class, for check_word_classes.
struct WordClassLines {
    std::string path;
    std::vector<bool> builtin_seen = std::vector<bool>(kWordClassCount, false);
    std::vector<std::string> added_at;  // classes words.tsv adds, in order
};

WordClassLines load_word_classes(Resources& r, const std::string& dir) {
    r.word_class_names.assign(std::begin(kWordClassNames), std::end(kWordClassNames));
    WordClassLines lines;
    lines.path = dir + "/words.tsv";
    for (const TsvRow& row : read_tsv(lines.path, 2, 2)) {
        std::uint32_t word_class =
            static_cast<std::uint32_t>(std::find(r.word_class_names.begin(), r.word_class_names.end(), row.fields[0]) -
                                       r.word_class_names.begin());
        if (word_class == r.word_class_names.size()) {
            for (const char c : row.fields[0])
                if (!((c >= 'a' && c <= 'z') || c == '_'))
                    row.fail("word class '" + row.fields[0] + "' is not snake_case");
            if (word_class >= kMaxWordClasses)
                row.fail("too many word classes (at most " + std::to_string(kMaxWordClasses) + ")");
            r.word_class_names.push_back(row.fields[0]);
            lines.added_at.push_back(row.where());
        }
        if (word_class < kWordClassCount) lines.builtin_seen[word_class] = true;
        add_forms(r, row, row.fields[1], kWordClass, word_class);
    }
    return lines;
}

// Every class the frames read must be defined, and a class words.tsv adds
// must be named by a rule's condition: any other name is a misspelling.
void check_word_classes(const Resources& r, const WordClassLines& lines) {
    std::vector<bool> named(r.word_class_names.size(), false);
    for (const TriggerEntry& rule : r.triggers) {
        for (const RuleCondition& condition : rule.conditions) named[condition.word_class] = true;
        if (rule.other_side_after) named[*rule.other_side_after] = true;
    }
    for (std::size_t i = kWordClassCount; i < r.word_class_names.size(); ++i)
        if (!named[i])
            throw std::runtime_error(lines.added_at[i - kWordClassCount] + ": word class '" + r.word_class_names[i] +
                                     "' is read by no frame and named by no rule");
    for (std::uint32_t i = 0; i < kWordClassCount; ++i)
        if (!lines.builtin_seen[i] && i != kFirstName && i != kForeignFirstName && i != kCompoundNamePart)
            throw std::runtime_error(lines.path + ": word class '" + kWordClassNames[i] + "' is missing");
}

void load_first_names(Resources& r, const std::string& dir) {
    static const std::vector<std::string> origins = {"arab",    "persian", "turkish", "kurdish", "western",
                                                     "russian", "african", "asian",   "other",   "compound"};
    const auto origin_bit = [&](const std::string& origin) {
        const auto at = std::find(origins.begin(), origins.end(), origin);
        return at == origins.end() ? 0 : static_cast<std::uint16_t>(1u << (at - origins.begin()));
    };
    // Given names of the region may have a family name with the article after a second word; others not.
    static const std::set<std::string> regional = {"arab", "persian", "turkish", "kurdish"};
    std::uint16_t regional_bits = 0;
    for (const std::string& origin : regional) regional_bits |= origin_bit(origin);
    const std::vector<TsvRow> rows = read_tsv(dir + "/first_names.tsv", 2, 2);
    std::set<std::string> names, second_words, abd_parts;
    const std::string abd_article = std::string(kAbd) + std::string(kDefiniteArticle);
    for (const TsvRow& row : rows) {
        if (!origin_bit(row.fields[1])) row.fail("unknown origin '" + row.fields[1] + "'");
        for (const std::string& form : split_list(row.fields[0])) {
            (row.fields[1] == "compound" ? second_words : names).insert(form);
            // "عبدالواحد": its second word after عبد, "الواحد".
            if (row.fields[1] != "compound" && form.size() > abd_article.size() &&
                form.compare(0, abd_article.size(), abd_article) == 0 && form.back() != '*')
                abd_parts.insert(form.substr(kAbd.size()));
            // The region's names are one kind: Iran's people are named مهدي as often as بيجن.
            if (row.fields[1] != "compound")
                r.given_name_origins[r.normalizer.fold(form)] |=
                    regional.count(row.fields[1]) ? regional_bits : origin_bit(row.fields[1]);
        }
    }
    for (const std::string& part : abd_parts)
        if (!second_words.count(part)) r.parts_after_abd.insert(r.normalizer.fold(part));
    for (const std::string& second : second_words) r.compound_second_words.insert(r.normalizer.fold(second));
    for (const TsvRow& row : rows) {
        // One entry per name: a foreign one is a given name too, a compound's second word one
        // only after its first word (see find_items).
        const std::uint32_t word_class = row.fields[1] == "compound"     ? kCompoundNamePart
                                         : regional.count(row.fields[1]) ? kFirstName
                                                                         : kForeignFirstName;
        add_forms(r, row, row.fields[0], kWordClass, word_class);
        if (word_class == kCompoundNamePart) continue;
        // "ضيفالله" written in two words: "ضيف الله" is a given name as a whole, though its first word
        // alone is none (the second word is one after any first word).
        for (const std::string& form : split_list(row.fields[0]))
            for (const std::string& second : second_words)
                if (form.size() > second.size() &&
                    form.compare(form.size() - second.size(), second.size(), second) == 0 &&
                    !names.count(form.substr(0, form.size() - second.size())))
                    add_forms(r, row, form.substr(0, form.size() - second.size()) + " " + second, kWordClass,
                              word_class);
    }
    // Whom each state's people are named like, as far as the lexicons' people tell: the origins of two of them
    // or a fifth (one "إسحاق" among Israel's people does not make the region's given names Israeli).
    std::map<std::string, std::vector<int>> people_by_origin;
    for (const PersonEntry& person : r.people) {
        if (person.affiliation.empty()) continue;
        const std::string_view name = person.name_ar_folded;
        const auto given = r.given_name_origins.find(std::string(name.substr(0, name.find(' '))));
        if (given == r.given_name_origins.end()) continue;
        std::vector<int>& counts = people_by_origin[person.affiliation];
        counts.resize(origins.size() + 1);
        ++counts.back();
        for (std::size_t origin = 0; origin < origins.size(); ++origin) counts[origin] += (given->second >> origin) & 1;
    }
    for (const auto& [state, counts] : people_by_origin)
        for (std::size_t origin = 0; origin < origins.size(); ++origin)
            if (counts[origin] >= 2 || (counts[origin] > 0 && 5 * counts[origin] >= counts.back()))
                r.name_origins_of_state[state] |= static_cast<std::uint16_t>(1u << origin);
}

// Codes that other files refer to must exist in actors.tsv.
void check_references(const Resources& r) {
    for (const auto& place : r.places) {
        if (!place.state.empty() && !r.actor(place.state))
            throw std::runtime_error("places.tsv: place '" + place.id + "' names unknown state '" + place.state + "'");
        if (!place.acts_as.empty() && !r.actor(place.acts_as))
            throw std::runtime_error("places.tsv: place '" + place.id + "' acts as unknown actor '" + place.acts_as +
                                     "'");
    }
    for (const auto& actor : r.actors) {
        for (const std::string& member : actor.members) {
            const ActorEntry* entry = r.actor(member);
            if (!entry || !entry->members.empty())
                throw std::runtime_error("actors.tsv: group '" + actor.id + "' has member '" + member +
                                         "', which is no state or organisation of the file");
        }
    }
    for (const auto& person : r.people)
        if (!person.affiliation.empty() && !r.actor(person.affiliation))
            throw std::runtime_error("people.tsv: person '" + person.id + "' has unknown affiliation '" +
                                     person.affiliation + "'");
}

}  // namespace

const MediaEntry* Resources::outlet_of_article(const std::string& source) const {
    if (source.empty()) return nullptr;
    const auto found = media_by_article_source.find(lower_ascii(source));
    return found == media_by_article_source.end() ? nullptr : &media[found->second];
}

const PersonEntry* Resources::holder(const std::string& office, const std::string& state, int year, int month) const {
    const int when = year * 100 + month;
    for (const OfficeTerm& term : offices)
        if (term.from <= when && when <= term.to && term.office == office && term.state == state)
            return &people[term.person];
    return nullptr;
}

bool Resources::council_title(std::string_view title) const {
    return std::any_of(titles.begin(), titles.end(), [&](const TitleEntry& entry) {
        const std::string& own = entry.title_en;
        return entry.council && !own.empty() && ends_with(title, own) &&
               (title.size() == own.size() || title[title.size() - own.size() - 1] == ' ');
    });
}

bool Resources::given_name_fits(std::string_view given_name, const std::string& state) const {
    const auto origins = given_name_origins.find(std::string(given_name));
    const auto of_state = name_origins_of_state.find(state);
    return origins == given_name_origins.end() || of_state == name_origins_of_state.end() ||
           (origins->second & of_state->second) != 0;
}

std::string Resources::default_data_dir() {
    return data_dir();
}

std::shared_ptr<const Resources> Resources::load(const std::string& data_dir) {
    auto r = std::make_shared<Resources>();
    const std::string lexicon = data_dir + "/lexicon/ar";
    const std::string rules = data_dir + "/rules/ar";
    r->normalizer = Normalizer::load(lexicon + "/normalization.tsv");
    load_actors(*r, lexicon);
    load_states(*r, lexicon);
    load_places(*r, lexicon);
    load_media(*r, lexicon);
    load_people(*r, lexicon);
    load_offices(*r, lexicon);
    for (PersonEntry& person : r->people) person.name_ar_folded = r->normalizer.fold(person.name_ar);
    load_titles(*r, lexicon);
    load_series(*r, lexicon);
    load_ordinals(*r, lexicon);
    r->types = EventTypes::load(rules + "/types.tsv");
    r->morphology = Morphology::load(rules + "/morphology.tsv");
    const WordClassLines word_class_lines = load_word_classes(*r, rules);
    load_triggers(*r, rules);
    check_word_classes(*r, word_class_lines);
    load_first_names(*r, lexicon);
    check_references(*r);
    r->dates = DateRules::load(lexicon);
    // Marked as the sentence's words are looked up, they spare find_dates() the sentences with no date.
    // As written, as the date lexer reads them: "ذي" of "ذي الحجة" is not "الذي".
    for (const std::string& word : r->dates.time_words())
        r->index.add(word, kTimeWord, 0, r->normalizer, PhraseIndex::Article::kAsWritten);
    return r;
}

}  // namespace hadath
