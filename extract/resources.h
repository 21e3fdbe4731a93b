// Everything extraction reads from data files, loaded once at start and
// validated with file:line errors: the lexicons (extract/lexicon/ar/) and
// the trigger rules (extract/rules/ar/). All phrases share one PhraseIndex,
// so one pass over a sentence finds every kind of entry.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/dates.h"
#include "extract/event_types.h"
#include "extract/lexicon.h"
#include "extract/morphology.h"
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
    kMediaName,       // payload: index into media
    // payload: index into media; a short form that is also an ordinary word or a place ("الرياض",
    // "الوطن"), the outlet only when quotation marks wrap it
    kQuotedMediaName,
    kTimeWord,  // payload: none; a word that names a time (DateRules::time_words)
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
    kPerfectParticle,
    kCollective,
    kClauseOpener,
    kPartyNoun,
    kRelative,
    kSport,
    kNamedAfter,
    kCompany,
    kGathered,
    kRepeatedly,
    kEarlier,
    kAlready,
    kAuxiliary,
    kTopic,
    kResumptive,
    kWhat,
    kRoundNoun,
    kOccasion,
    kToward,
    kNamedDay,
    kVenue,
    kPlaceNoun,
    kFacing,
    kDeceased,
    kPreposition,
    kAddressNoun,
    kCompanion,
    kProposal,
    kKunya,
    kPastAuxiliary,
    kInforming,
    kMembership,
    kArrival,
    kExpected,
    kPresence,
    kContrast,
    kQuotedFrom,
    kAgainst,
    kOften,
    kClanParticle,
    kAsFor,
    kClausePronoun,
    kInWhich,
    kNameEnding,
    kSpeechNoun,
    kObjectNoun,
    kBackground,
    kOwnWriting,
    kAccreditedTo,
    kOccasionReport,
    kDirective,
    kIdiom,
    kSignedAt,
    kFans,
    kWhatDone,
    kOnRecord,
    kMasculineState,
    kWhich,
    kConveyed,
    kFirstName,         // from first_names.tsv, not words.tsv
    kForeignFirstName,  // a given name of first_names.tsv from outside the Arab, Persian, Turkish and Kurdish world
    kCompoundNamePart,  // the second word of a compound given name written apart ("عبد الكريم"), of first_names.tsv
    kWordClassCount
};
// The word classes of one token, a bit per class.
__extension__ typedef unsigned __int128 WordClassSet;  // up to 128 classes
constexpr WordClassSet class_bit(std::uint32_t word_class) {
    return WordClassSet{1} << word_class;
}
// The lowest class of a non-empty set.
inline std::uint32_t lowest_class(WordClassSet classes) {
    const auto low = static_cast<std::uint64_t>(classes);
    return low != 0 ? static_cast<std::uint32_t>(__builtin_ctzll(low))
                    : 64 + static_cast<std::uint32_t>(__builtin_ctzll(static_cast<std::uint64_t>(classes >> 64)));
}
// words.tsv may define classes of its own, for rule conditions, up to this many in all.
constexpr std::uint32_t kMaxWordClasses = 128;
// The classes hadath itself reads (names, chains, frames); a class words.tsv adds serves rule
// conditions only, and changes nothing else of how a sentence is read.
constexpr WordClassSet kBuiltinWordClasses = class_bit(kWordClassCount) - 1;

struct ActorEntry {
    std::string id, kind, name_en, name_ar, affiliation;
    // An informal group (the major powers, BRICS) takes part in meetings and agreements as its members.
    std::vector<std::string> members;
};

// A news agency, broadcaster or newspaper: the channel of a report, not an actor.
struct MediaEntry {
    std::string id, kind, name_en, name_ar, state;
    // Writes for readers at home: a post its articles name with no state ("وكيل وزارة العمل",
    // "محافظ الخرج") is its state's, unless the article names another state.
    bool national = false;
};

struct PlaceEntry {
    std::string id, kind, name_en, name_ar, state, acts_as;
};

struct PersonEntry {
    std::string id, name_en, name_ar, affiliation, title_en;
    // The month (year * 100 + month) the person's last term in offices.tsv ended; 0 when no term is
    // known, far ahead while in office.
    int left_office = 0;
    // The month the first term began, for a person known to the lexicons only as an office holder
    // (offices.tsv); 0 for one people.tsv knows, whose name is in the news before any office.
    int took_office = 0;
    std::string name_ar_folded{};  // name_ar as the normalizer folds it, made once at load
    // The person's terms in offices.tsv (indices into Resources::offices), when they serve more than one
    // state or organisation: the one at the article's date tells whom he speaks for.
    std::vector<std::uint32_t> terms{};
};

// A post held for a time: "Foreign Minister" of SAU from 2015-04 to 2018-12.
struct OfficeTerm {
    std::size_t person = 0;  // index into people
    std::string office, state;
    int from = 0, to = 0;  // year * 100 + month, both included; `to` far ahead while in office
};

// Whether a title is written for a woman ("مديرة", "الوزيرة"), for a man where the same post has a
// woman's form ("مدير", "الوزير"), or for either ("العقيد", "الأمين العام").
enum class TitleGender : std::uint8_t { kEither, kMasculine, kFeminine };

struct TitleEntry {
    std::string phrase_ar, title_en;
    bool office = false;  // a body that speaks for a state (وزارة الخارجية), not a person
    // A form of address (معالي، الدكتور): part of a title chain, adds no post.
    bool honorific = false;
    // An honorific with a pronoun (معاليه، سموه): the person just named.
    bool refers_back = false;
    // "السابق": the post is no longer held by the one who holds the title.
    bool former = false;
    // "مصدر", "مسؤول": written with no article, someone unnamed on purpose, who speaks for no one.
    bool source = false;
    // "مسؤولون", "المصادر": unnamed in the plural, with or without the article, who speak for no one.
    bool group = false;
    // The state a title belongs to whatever follows it: "خادم الحرمين الشريفين" is Saudi Arabia's king.
    std::string state;
    // Of an honorific with a pronoun: words of the titles of those it never stands for ("معاليه"
    // addresses no king or prince, so it is the minister named before the king).
    std::vector<std::string> not_for;
    // Of an honorific with a pronoun: words of the titles of the only ones it stands for ("سموه"
    // addresses a prince or a sheikh, never the king named after him).
    std::vector<std::string> only_for;
    // A post outside the state (a club's coach, a company's chief): unnamed, its holder speaks for no
    // state, and a nationality after it is his own ("مدرب القادسية التونسي").
    bool outside_state = false;
    TitleGender gender = TitleGender::kEither;
    // An office that meets in session as one body (a cabinet, a parliament): its session alone is a
    // meeting held.
    bool council = false;
    // "الشيخ": a standing in a ruling family, a tribe or the clergy, not a post of a state: its holder
    // is the article's state's only when that is the outlet's own.
    bool standing = false;
    // "أمين": a post whose word is also a given name or a noun, read as the post only right before a
    // place's name ("أمين جدة", "أمين الأحساء": the city's mayor).
    bool before_place = false;
    // "النقيب", "الرائد": a military or police rank (an honorific too) whose word is also a family name,
    // which it is after a father's given name ("منصور بن محمد النقيب").
    bool rank = false;
    // "مصدر", "المصدر": someone unnamed on purpose with or without the article, who speaks for no one.
    bool anonymous = false;
};

struct SeriesEntry {
    std::string id, name_en, name_ar;
};

enum class Frame {
    speech,
    quote,
    meeting,
    encounter,
    plan,
    withdrawal,
    offer,
    joint,
    agreement,
    headline,      // "source: words", read in every sentence (no trigger words)
    meeting_with,  // a meeting noun then مع/بين and the other party (no trigger words)
    meeting_of,    // a meeting noun, the body that met, and the day (no trigger words)
};

// A rule's condition on the words around its trigger: a word of a class
// within [from, to] tokens of it (negative: before), or none there.
struct RuleCondition {
    std::uint32_t word_class = 0;
    int from = 0, to = 0;
    bool absent = false;  // "unless=": the rule does not apply when such a word is there
    // "CLASS:article": counted over the article up to the trigger's sentence, at least
    // kArticleClassWords words of the class, instead of a window around the trigger.
    bool in_article = false;
    // "CLASS:FROM..TO:clause": only within the trigger's clause, between the `clause` words or colons around
    // it ("وأضاف ... الهدف الثاني" scores a goal; "وأضاف أن الهدف الثاني" says something).
    bool in_clause = false;
};
// Words of a class that make an article about it ("unless=sport:article": a sports report).
constexpr int kArticleClassWords = 3;

// One rule of rules/ar/triggers.tsv. A rule's verb lemmas and its plain forms
// are two entries, so that the verb forms take only verbal clitics.
struct TriggerEntry {
    std::string type, cameo;
    Frame frame = Frame::speech;
    enum class Tense { none, past, present };
    Tense tense = Tense::none;  // forms inflected from a verb lemma, by tense; none for other forms
    // Forms of the dual or plural: the verb holds its subject, and a name after it is its object
    // ("سيطالبون كيري بتقديم توضيحات").
    bool holds_subject = false;
    // Singular forms with an object pronoun ("وصفهم"): after a relative pronoun, the one it refers
    // to is the object ("الحوثيين الذين وصفهم"), not the subject.
    bool has_object = false;
    // Singular forms of the feminine ("قالت", "تؤكد"): their subject is no man spoken of before with a
    // form of the masculine.
    bool feminine = false;
    // Participles written out in both genders ("مضيفا", "مضيفة"): like the verbs' singular forms, each
    // goes on only with one who spoke in its gender.
    bool gender_paired = false;
    std::vector<RuleCondition> conditions;
    std::string future_type;    // the type of the event when the trigger is in the future
    std::string plan_type;      // agreement: the type of a meeting agreed on ("اتفقوا على اجتماع")
    std::string joint_type;     // speech: the type of a statement made by two subjects joined by و
    bool target_after = false;  // the first other actor after the trigger is the target of the act
    bool host_after = false;    // the actor right after the trigger hosts the event ("استضافت أستانا")
    // speech: the speaker is named right after the trigger or not at all ("على حد تعبير X")
    bool subject_after_only = false;
    // speech: only a person says it; a state or body that does holds a view ("ترى باريس أن")
    bool person_speaker_only = false;
    // agreement: a word of this class after the trigger ("وافق على دعوة X") names the other side after it.
    std::optional<std::uint32_t> other_side_after;
    bool body_alone = false;  // encounter: a state or body as subject may meet alone ("اجتمع مجلس الأمن")
    // encounter: a state or place right after the verb is the side visited ("وزار قطر"), and the visitor
    // the subject before it or the person just reported.
    bool visited_after = false;
    // "حضر الاجتماع", "شارك في اللقاء": with a meeting reported before in the article, the meeting
    // word after the verb, written with the article, is that meeting; the verb says who attended it
    // and reports no meeting of its own.
    bool attends_back = false;
    // speech: a participle that goes on with the clause before ("، مشيرا إلى"): said when that
    // clause's statement was, whatever day the words between name.
    bool dated_by_clause = false;
    // speech: the one named right after the verb, when the charge follows it with ب ("اتهم المملكة
    // بدعم الإرهاب"), is the accused, not the speaker.
    bool accused_after = false;
    std::string where;  // file:line, for messages
};

struct Resources {
    Normalizer normalizer = Normalizer::builtin();
    PhraseIndex index;
    std::vector<ActorEntry> actors;
    // The names of states as such, folded ("مصر", "الولايات المتحدة", not "البيت الأبيض" nor "الحكومة المصرية"):
    // actors.tsv's first name of a country and every name iso-codes gives.
    std::unordered_set<std::string> state_names;
    std::vector<PlaceEntry> places;
    std::vector<MediaEntry> media;
    std::vector<PersonEntry> people;
    // The origins (bits, in first_names.tsv's order) of each given name, by its folded form, and of the
    // given names of the people the lexicons know serving each state or body.
    std::unordered_map<std::string, std::uint16_t> given_name_origins;
    // The second words of the given names listed joined after عبد ("الواحد" of "عبدالواحد"), folded: a given
    // name's only right after عبد, where the list's compound words are after any first word.
    std::unordered_set<std::string> parts_after_abd;
    // The second words of compound given names written apart (folded): "الدين" of "بدر الدين".
    std::unordered_set<std::string> compound_second_words;
    std::unordered_map<std::string, std::uint16_t> name_origins_of_state;
    std::vector<OfficeTerm> offices;
    std::unordered_map<std::string, std::size_t> person_by_id;
    std::vector<TitleEntry> titles;
    // Whether `title` (an actor's, several posts joined by spaces) ends with a council's title.
    bool council_title(std::string_view title) const;
    std::vector<SeriesEntry> series;
    std::vector<TriggerEntry> triggers;
    std::vector<std::size_t> readers;           // triggers whose frame reads every sentence (headline, meeting_with)
    WordClassSet article_classes = 0;           // the classes that "CLASS:article" conditions count
    std::vector<std::string> word_class_names;  // WordClass first, then the classes words.tsv adds
    EventTypes types;
    Morphology morphology;
    std::unordered_map<std::string, std::size_t> actor_by_id;
    std::unordered_map<std::string, std::size_t> place_by_id;
    std::unordered_map<std::string, std::size_t> capital_of;  // state id -> place index
    std::unordered_map<std::string, std::size_t> series_by_id;
    // An article's `source` (JSON Lines or manifest), lower-cased -> media index.
    std::unordered_map<std::string, std::size_t> media_by_article_source;
    DateRules dates;

    // Loads extract/lexicon/ar and extract/rules/ar below `data_dir`.
    static std::shared_ptr<const Resources> load(const std::string& data_dir);
    // The data directory: --data, $HADATH_DATA, or share/hadath beside the program (data_location.h).
    static std::string default_data_dir();

    // Whether a given name (folded) may be that of someone serving `state`: false only when both are
    // known and the people the lexicons know of the state have given names of other origins.
    bool given_name_fits(std::string_view given_name, const std::string& state) const;

    // The person who held `office` for `state` in the month of `date`, or nullptr.
    const PersonEntry* holder(const std::string& office, const std::string& state, int year, int month) const;

    // The outlet an article's `source` names (any case), or nullptr.
    const MediaEntry* outlet_of_article(const std::string& source) const;

    const ActorEntry* actor(const std::string& id) const {
        auto found = actor_by_id.find(id);
        return found == actor_by_id.end() ? nullptr : &actors[found->second];
    }
};

}  // namespace hadath
