// Everything extraction reads from data files, loaded once at start and
// validated with file:line errors: the lexicons (extract/lexicon/ar/) and
// the trigger rules (extract/rules/ar/). All phrases share one PhraseIndex,
// so one pass over a sentence finds every kind of entry.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/dates.h"
#include "extract/lexicon.h"
#include "extract/normalize.h"

namespace hadath {

enum Category : std::uint32_t {
    kActorName,       // payload: index into actors
    kActorAdjective,  // payload: index into actors
    kPlace,           // payload: index into places
    kPerson,          // payload: index into people
    kTitle,           // payload: index into titles
    kSeries,          // payload: index into series
    kOrdinal,         // payload: the number
    kTrigger,         // payload: index into triggers
    kWordClass,       // payload: a WordClass
};

enum WordClass : std::uint32_t {
    kMeetingNoun,
    kNegation,
    kFuture,
    kSeriesCue,
    kParticipation,
    kObserver,
    kJointMarker,
    kOfferObject,
    kRefusal,
    kOtherEvent,
    kMedia,
    kReporting,
    kDestination,
    kTitleFiller,
    kFunctionWord,
    kCapitalWord,
    kClause,
    kWith,
    kQuantifier,
    kNameParticle,
    kFirstName,  // from first_names.tsv, not words.tsv
    kWordClassCount
};

struct ActorEntry {
    std::string id, kind, name_en, name_ar, affiliation;
};

struct PlaceEntry {
    std::string id, kind, name_en, name_ar, state, acts_as;
};

struct PersonEntry {
    std::string id, name_en, name_ar, affiliation, title_en;
};

struct TitleEntry {
    std::string phrase_ar, title_en;
    bool office = false;  // a body that speaks for a state (وزارة الخارجية), not a person
};

struct SeriesEntry {
    std::string id, name_en, name_ar;
};

enum class Frame { speech, quote, meeting, encounter, plan, withdrawal, offer, joint, agreement };

struct TriggerEntry {
    std::string type, cameo;
    Frame frame = Frame::speech;
};

struct Resources {
    Normalizer normalizer = Normalizer::builtin();
    PhraseIndex index;
    std::vector<ActorEntry> actors;
    std::vector<PlaceEntry> places;
    std::vector<PersonEntry> people;
    std::vector<TitleEntry> titles;
    std::vector<SeriesEntry> series;
    std::vector<TriggerEntry> triggers;
    std::unordered_map<std::string, std::size_t> actor_by_id;
    std::unordered_map<std::string, std::size_t> place_by_id;
    std::unordered_map<std::string, std::size_t> capital_of;  // state id -> place index
    std::unordered_map<std::string, std::size_t> series_by_id;
    DateRules dates;

    // Loads extract/lexicon/ar and extract/rules/ar below `data_dir`.
    static std::shared_ptr<const Resources> load(const std::string& data_dir);
    // The data directory: --data, $HADATH_DATA, or share/hadath beside the program (data_location.h).
    static std::string default_data_dir();

    const ActorEntry* actor(const std::string& id) const {
        auto found = actor_by_id.find(id);
        return found == actor_by_id.end() ? nullptr : &actors[found->second];
    }
};

}  // namespace hadath
