// Entities of a sentence: lexicon items (actors, places, titles, series,
// triggers, word classes), persons (known, or found from the patterns news
// uses: title + name, name + comma + title), rounds of talks and dates.
// Spans are token index ranges [first, last) into the document's tokens.
#pragma once

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <string>
#include <vector>

#include "extract/dates.h"
#include "extract/normalize.h"
#include "extract/resources.h"
#include "extract/text.h"

namespace hadath {

struct LexiconItem {
    std::size_t first = 0, last = 0;
    Category category = kActorName;
    std::uint32_t payload = 0;
    std::string_view proclitics;
};

struct PersonRef {
    std::size_t first = 0, last = 0;            // the whole mention, title included
    std::size_t name_first = 0, name_last = 0;  // the personal name, empty range when none
    std::string id;                             // lexicon id or a slug of the name
    std::string name_en, name_ar, affiliation, title_en;
    std::string name_ar_folded;   // the Arabic name as normalized text
    bool office = false;          // a ministry or other body, not a person
    bool anonymous = false;       // "مصدر دبلوماسي", "مسؤول تركي": unnamed on purpose
    bool unnamed_holder = false;  // "وزير سوري": one of a state's many holders of a post, named later or never
    bool group = false;  // "مسؤولون أتراك", "المصادر الروسية": unnamed, in the plural
    bool home_post = false;  // named after a post with no state ("وزير الخارجية عادل الجبير"): the article's own
    bool listed = false;  // one of the lexicons' people (people.tsv, offices.tsv), not a name read from the text
    // A post outside the state ("الرئيس التنفيذي", "المدرب") or in a company: the state the article
    // names most is not his.
    bool serves_no_state = false;
    // Every post before the name is a standing ("الشيخ"): the state a foreign article names most is not his.
    bool standing_only = false;
    // The name opens with a given name from outside the region, which alone may stand for the person
    // later ("كيم" for "كيم جونغ أون": East Asian names put the family name first).
    bool foreign_given_first = false;
    // Words for the dead stand beside the name ("الأمير نايف بن عبدالعزيز يرحمه الله"), here or where
    // the person was named before: what he says in the text was said before the news.
    bool deceased = false;
    // Of the post the person is named with: a woman's ("مديرة") is never someone named before with
    // a man's ("المدير العام").
    TitleGender title_gender = TitleGender::kEither;
    bool named() const { return name_last > name_first || !name_ar.empty(); }
};

struct ActorRef {
    std::size_t first = 0, last = 0;
    std::string id;
    bool adjective = false;  // "الروسي": a nationality adjective
    bool metonym = false;    // "موسكو": a capital standing for its state
};

struct PlaceRef {
    std::size_t first = 0, last = 0;
    std::size_t place = 0;  // index into Resources::places
};

// A news agency or outlet named in the sentence ("وكالة تاس", "(سانا)"):
// where a report comes from, never one of the actors of an event.
struct MediaRef {
    std::size_t first = 0, last = 0;
    std::size_t media = 0;  // index into Resources::media
};

struct RoundRef {
    std::size_t first = 0, last = 0;
    int number = 0;
    std::string series;  // empty when the sentence does not name it
    // The ordinal of a meeting noun other than a round ("أول اجتماع"): a round only of a series
    // the sentence or the article names; "اجتماعه الأول" of a committee is none.
    bool needs_series = false;
};

struct SeriesRef {
    std::size_t first = 0, last = 0;
    std::string id;
};

struct TriggerRef {
    std::size_t first = 0, last = 0;
    std::size_t trigger = 0;  // index into Resources::triggers
    std::string_view proclitics;
};

struct DateRef {
    std::size_t first = 0, last = 0;
    DateMention date;
    std::string text;  // normalized text of the expression
};

// A headline "source: words" names its source within this many tokens of
// the sentence start. Dates are looked for only where an event may be read:
// in a sentence with a trigger, a meeting noun, or such a colon; finding
// them is a large part of the work, and other sentences need none.
constexpr std::size_t kHeadlineSourceTokens = 12;

struct SentenceEntities {
    std::size_t first = 0, last = 0;         // token range of the sentence
    std::vector<WordClassSet> word_classes;  // per token (index - first): bit set of WordClass
    WordClassSet classes = 0;                // every class of the sentence's words: what no word has is skipped
    std::vector<int> item_at;                // per token: index into items, -1 when none
    // Per token: the last clitic letter before a word of a class, 0 when none ("بمدينة": ب).
    std::vector<char> class_clitic;
    std::vector<LexiconItem> items;
    std::vector<PersonRef> persons;
    std::vector<ActorRef> actors;
    std::vector<PlaceRef> places;
    std::vector<MediaRef> media;  // outlets cited; events do not take them as participants
    std::vector<RoundRef> rounds;
    std::vector<SeriesRef> series;
    std::vector<TriggerRef> triggers;
    std::vector<DateRef> dates;  // only in a sentence that may report an event (see kHeadlineSourceTokens)
    bool names_time = false;     // a word of the sentence is one of DateRules::time_words()
    // Word classes mark the first word of a phrase; phrases of two words or more also say where they end.
    struct ClassPhrase {
        std::size_t first, last;
        std::uint32_t word_class;
    };
    std::vector<ClassPhrase> long_class_phrases;

    // These two are asked millions of times from functions too large for the compiler to inline
    // more into them by itself.
    [[gnu::always_inline]] bool has_class(std::size_t token, WordClass word_class) const {
        // One comparison: a token before the sentence wraps around to a large offset.
        const std::size_t at = token - first;
        return at < last - first && (word_classes[at] >> word_class) & 1u;
    }
    // Past the longest phrase of the class that starts at the token (which has the class).
    std::size_t class_end(std::size_t token, WordClass word_class) const {
        std::size_t end = token + 1;
        for (const ClassPhrase& phrase : long_class_phrases)
            if (phrase.first == token && phrase.word_class == word_class) end = std::max(end, phrase.last);
        return end;
    }
    [[gnu::always_inline]] const LexiconItem* item(std::size_t token) const {
        const std::size_t at = token - first;
        if (at >= last - first) return nullptr;
        const int index = item_at[at];
        return index < 0 ? nullptr : &items[static_cast<std::size_t>(index)];
    }

    // Empty, for the sentence of tokens [first, last); the vectors keep their room.
    void reset(std::size_t sentence_first, std::size_t sentence_last);
};

// The last two letters (four bytes) of a set of words, to tell quickly that a word is none of them.
class WordEndings {
public:
    void add(std::string_view word) {
        if (word.size() < 4) {
            short_word_ = true;
        } else {
            marks_.set(mark(word));
        }
    }
    // False only when `word` is none of those added.
    bool may_hold(std::string_view word) const { return short_word_ || (word.size() >= 4 && marks_[mark(word)]); }

private:
    static std::size_t mark(std::string_view word) {
        // A two-byte letter by its lead byte's low bits and its continuation byte's.
        const auto letter = [&](std::size_t end) {
            return ((static_cast<unsigned char>(word[end - 2]) & 3u) << 6) |
                   (static_cast<unsigned char>(word[end - 1]) & 63u);
        };
        return ((letter(word.size()) << 4) ^ letter(word.size() - 2)) & 4095u;
    }
    std::bitset<4096> marks_;
    bool short_word_ = false;  // one of fewer than four bytes: no word is turned away
};

// Persons already introduced in a document, so later short mentions (the
// last name alone, "المبعوث", "المسؤول الروسي") resolve to them.
struct PersonMemory {
    std::vector<PersonRef> persons;  // most recent last

    void remember(const PersonRef& person);
    // The introduced person a title-only mention stands for, or nullptr.
    const PersonRef* resolve_title(const PersonRef& mention) const;
    // The one introduced person with exactly this post of this state anywhere in the text ("وذكر المحافظ
    // نايف البكري" for "أعلن محافظ عدن" in the lead), or nullptr: none, two, a former post, or a head of
    // state the lexicons know ("رئيس المجلس العسكري بتعز" is no president of Yemen).
    const PersonRef* only_holder(const PersonRef& mention) const;
    // The introduced person whose last name is `word` (folded), or nullptr.
    const PersonRef* by_last_name(std::string_view word) const {
        return last_name_endings.may_hold(word) ? find_by_last_name(word) : nullptr;
    }
    // The introduced person whose name opens with `word` (folded), a given name from outside the region;
    // with `any_given_name`, any given name ("الشيخ ماجد" after "الشيخ ماجد الصباح").
    const PersonRef* by_first_word(std::string_view word, bool any_given_name = false) const {
        return first_word_endings.may_hold(word) ? find_by_first_word(word, any_given_name) : nullptr;
    }
    // The person named last, within kTitleReach sentences ("معاليه"), or nullptr; with `not_for`,
    // the last one whose title has none of these words, with `only_for` one whose title has one.
    const PersonRef* last_named(const std::vector<std::string>& not_for = {},
                                const std::vector<std::string>& only_for = {}) const;
    // States the document names, with their counts, in the order first named.
    std::vector<std::pair<std::string, int>> states;
    void count_state(const std::string& id);
    // The state named most so far, twice at least and more than any other, or "".
    std::string main_state() const;
    // The state of a national outlet that published the article, or "" (media.tsv).
    std::string home_state;
    // Ids of persons with a post of some state the article has not told, for the home state.
    std::vector<std::string> awaiting_home_state;
    // Ids of persons whose given name is from outside the region: never the home state's.
    std::vector<std::string> foreign_named;
    // The home state, when the whole article names no other state (read after its last sentence).
    std::string home_state_for_posts() const;

    std::vector<std::string> last_names;  // folded, without the article, parallel to persons
    // by_last_name() and by_first_word() are asked of most words that may be a name's: the last two
    // letters of the words remembered turn most of them away without a look at the names.
    WordEndings last_name_endings;
    WordEndings first_word_endings;  // of names of two words or more
    // by_last_name() and by_first_word() past their endings' test.
    const PersonRef* find_by_last_name(std::string_view word) const;
    const PersonRef* find_by_first_word(std::string_view word, bool any_given_name) const;
    std::vector<std::size_t> last_seen;  // sentence where each was last named, parallel to persons
    std::size_t sentence = 0;            // the sentence being read
    // A title alone ("المبعوث") refers back only this many sentences.
    static constexpr std::size_t kTitleReach = 6;
    // The last office named with its state ("وزارة الخارجية الكازاخستانية"),
    // for a later "الوزارة".
    std::optional<PersonRef> last_office;
    // Bodies named with a head noun ("منظمة الصحة العالمية", "حركة حماس"): the noun (folded, without
    // the article) and the body's id, most recent last, for a later "باسم المنظمة".
    std::vector<std::pair<std::string, std::string>> bodies;
    // The body last named with `head` as its head noun, or nullptr.
    const std::string* body_by_head(std::string_view head) const;
};

class EntityRecognizer {
public:
    // Starts building ICU's transliterator (see transliterate()) on a thread of its own.
    explicit EntityRecognizer(const Resources& resources);

    // `normalized` is the document's normalized text and `original` the text
    // it came from (names are kept as the article writes them).
    SentenceEntities recognize(const NormalizedText& normalized, std::string_view original,
                               const std::vector<Token>& tokens, const Sentence& sentence,
                               std::optional<CivilDate> publication, PersonMemory& memory) const;
    // The same into `s`, which a document's sentences share: what they find is allocated once, not
    // again for every sentence.
    void recognize(const NormalizedText& normalized, std::string_view original, const std::vector<Token>& tokens,
                   const Sentence& sentence, std::optional<CivilDate> publication, PersonMemory& memory,
                   SentenceEntities& s) const;

    // Latin form of an Arabic name through ICU's Arabic-Latin transliteration.
    static std::string transliterate(const std::string& arabic);
    // The label of a person no lexicon knows: the name as the article writes
    // it, its spaces made single. A letter-by-letter romanisation without
    // vowels ("Abrahym Alʿsaf") reads as no name at all; the Arabic is
    // exact, searchable in the sources, and what the analyst reads.
    static std::string readable_name(const std::string& arabic);
    static std::string slug(const std::string& latin);

    // False when the sentence holds no date: none of its words names a time, and no number in it has the
    // four digits of a year. The date search reads only the others.
    static bool may_hold_date(const std::vector<Token>& tokens, const SentenceEntities& s);

private:
    void find_items(const std::vector<Token>& tokens, SentenceEntities& s) const;
    // Whether a place's name starts at token `t` of the sentence (`hashes` as find_items prefetched them).
    bool place_at(const std::vector<Token>& tokens, std::size_t t, const SentenceEntities& s,
                  const std::vector<std::uint64_t>& hashes) const;
    static bool may_report_event(const std::vector<Token>& tokens, const SentenceEntities& s);
    // Drops the titles read in words written with the other seat of hamza (see entities.cc).
    void drop_titles_of_other_hamza(const NormalizedText& normalized, std::string_view original,
                                    const std::vector<Token>& tokens, SentenceEntities& s) const;
    // "ثورة 25 يناير": a day that names an event of the past dates nothing in the sentence.
    static void drop_named_days(const std::vector<Token>& tokens, SentenceEntities& s);
    void find_persons(const NormalizedText& normalized, std::string_view original, const std::vector<Token>& tokens,
                      SentenceEntities& s, PersonMemory& memory, std::optional<CivilDate> publication) const;
    const LexiconItem* city_reading(const SentenceEntities& s, const LexiconItem& item) const;
    void find_actors_places(const NormalizedText& normalized, std::string_view original,
                            const std::vector<Token>& tokens, SentenceEntities& s, const PersonMemory& memory) const;
    // Records the bodies the sentence names with a head noun (see PersonMemory::bodies).
    void remember_bodies(const std::vector<Token>& tokens, const SentenceEntities& s, PersonMemory& memory) const;
    void serve_main_state(const std::vector<Token>& tokens, SentenceEntities& s, PersonMemory& memory) const;
    void find_rounds(const std::vector<Token>& tokens, SentenceEntities& s) const;
    void find_dates(std::string_view normalized, const std::vector<Token>& tokens, SentenceEntities& s,
                    std::optional<CivilDate> publication) const;

    const Resources& resources_;
};

}  // namespace hadath
