#include "extract/resources.h"

#include <set>
#include <stdexcept>

#include "extract/data_location.h"

namespace hadath {

namespace {

const char* const kWordClassNames[kWordClassCount] = {
    "meeting_noun", "negation",     "future",      "series_cue", "participation", "observer",      "joint_marker",
    "offer_object", "refusal",      "other_event", "media",      "reporting",     "destination",   "title_filler",
    "function",     "capital_word", "clause",      "with",       "quantifier",    "name_particle", "first_name"};

const std::set<std::string> kActorKinds = {"country", "organization", "group"};
const std::set<std::string> kPlaceKinds = {"capital", "city", "region"};

// Adds every form of a |-list to the index; a form without a word is an error.
void add_forms(Resources& resources, const TsvRow& row, const std::string& field, Category category,
               std::uint32_t payload) {
    for (const std::string& form : split_list(field)) {
        if (!resources.index.add(form, category, payload, resources.normalizer))
            row.fail("'" + form + "' has no word in it");
    }
}

void check_unique(std::unordered_map<std::string, std::size_t>& ids, const TsvRow& row, const std::string& id,
                  std::size_t index) {
    if (!ids.emplace(id, index).second) row.fail("duplicate id '" + id + "'");
}

void load_actors(Resources& r, const std::string& dir) {
    for (const TsvRow& row : read_tsv(dir + "/actors.tsv", 6, 6)) {
        const auto& f = row.fields;
        if (!kActorKinds.count(f[1])) row.fail("unknown kind '" + f[1] + "' (country, organization or group)");
        const auto index = static_cast<std::uint32_t>(r.actors.size());
        check_unique(r.actor_by_id, row, f[0], index);
        const auto names = split_list(f[3]);
        if (names.empty()) row.fail("no Arabic name");
        r.actors.push_back({f[0], f[1], f[2], names.front(), f[5] == "-" ? "" : f[5]});
        add_forms(r, row, f[3], kActorName, index);
        add_forms(r, row, f[4], kActorAdjective, index);
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
    std::unordered_map<std::string, std::size_t> ids;
    for (const TsvRow& row : read_tsv(dir + "/people.tsv", 5, 5)) {
        const auto& f = row.fields;
        const auto index = static_cast<std::uint32_t>(r.people.size());
        check_unique(ids, row, f[0], index);
        const auto names = split_list(f[2]);
        if (names.empty()) row.fail("no Arabic name");
        r.people.push_back({f[0], f[1], names.front(), f[3] == "-" ? "" : f[3], f[4] == "-" ? "" : f[4]});
        add_forms(r, row, f[2], kPerson, index);
    }
}

void load_titles(Resources& r, const std::string& dir) {
    for (const TsvRow& row : read_tsv(dir + "/titles.tsv", 3, 3)) {
        const auto& f = row.fields;
        if (f[2] != "person" && f[2] != "office") row.fail("unknown kind '" + f[2] + "' (person or office)");
        const auto index = static_cast<std::uint32_t>(r.titles.size());
        r.titles.push_back({f[0], f[1], f[2] == "office"});
        add_forms(r, row, f[0], kTitle, index);
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

void load_triggers(Resources& r, const std::string& dir) {
    static const std::unordered_map<std::string, Frame> frames = {
        {"speech", Frame::speech},       {"quote", Frame::quote}, {"meeting", Frame::meeting},
        {"encounter", Frame::encounter}, {"plan", Frame::plan},   {"withdrawal", Frame::withdrawal},
        {"offer", Frame::offer},         {"joint", Frame::joint}, {"agreement", Frame::agreement}};
    for (const TsvRow& row : read_tsv(dir + "/triggers.tsv", 4, 4)) {
        const auto& f = row.fields;
        for (const char c : f[0])
            if (!((c >= 'a' && c <= 'z') || c == '_')) row.fail("event type '" + f[0] + "' is not snake_case");
        const auto frame = frames.find(f[2]);
        if (frame == frames.end())
            row.fail("unknown frame '" + f[2] +
                     "' (speech, quote, meeting, encounter, plan, withdrawal, offer, joint, agreement)");
        const auto index = static_cast<std::uint32_t>(r.triggers.size());
        r.triggers.push_back({f[0], f[1] == "-" ? "" : f[1], frame->second});
        add_forms(r, row, f[3], kTrigger, index);
    }
}

void load_word_classes(Resources& r, const std::string& dir) {
    std::vector<bool> seen(kWordClassCount, false);
    const std::string path = dir + "/words.tsv";
    for (const TsvRow& row : read_tsv(path, 2, 2)) {
        std::uint32_t word_class = kWordClassCount;
        for (std::uint32_t i = 0; i < kWordClassCount; ++i)
            if (row.fields[0] == kWordClassNames[i]) word_class = i;
        if (word_class == kWordClassCount) row.fail("unknown word class '" + row.fields[0] + "'");
        seen[word_class] = true;
        add_forms(r, row, row.fields[1], kWordClass, word_class);
    }
    for (std::uint32_t i = 0; i < kWordClassCount; ++i)
        if (!seen[i] && i != kFirstName)
            throw std::runtime_error(path + ": word class '" + kWordClassNames[i] + "' is missing");
}

void load_first_names(Resources& r, const std::string& dir) {
    static const std::set<std::string> origins = {"arab",    "persian", "turkish", "kurdish", "western",
                                                  "russian", "african", "asian",   "other"};
    for (const TsvRow& row : read_tsv(dir + "/first_names.tsv", 2, 2)) {
        if (!origins.count(row.fields[1])) row.fail("unknown origin '" + row.fields[1] + "'");
        add_forms(r, row, row.fields[0], kWordClass, kFirstName);
    }
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
    for (const auto& person : r.people)
        if (!person.affiliation.empty() && !r.actor(person.affiliation))
            throw std::runtime_error("people.tsv: person '" + person.id + "' has unknown affiliation '" +
                                     person.affiliation + "'");
}

}  // namespace

std::string Resources::default_data_dir() {
    return data_dir();
}

std::shared_ptr<const Resources> Resources::load(const std::string& data_dir) {
    auto r = std::make_shared<Resources>();
    const std::string lexicon = data_dir + "/lexicon/ar";
    const std::string rules = data_dir + "/rules/ar";
    r->normalizer = Normalizer::load(lexicon + "/normalization.tsv");
    load_actors(*r, lexicon);
    load_places(*r, lexicon);
    load_people(*r, lexicon);
    load_titles(*r, lexicon);
    load_series(*r, lexicon);
    load_ordinals(*r, lexicon);
    load_triggers(*r, rules);
    load_word_classes(*r, rules);
    load_first_names(*r, lexicon);
    check_references(*r);
    r->dates = DateRules::load(lexicon);
    return r;
}

}  // namespace hadath
