#include "extract/events.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>

#include "extract/morphology.h"
#include "extract/utf8.h"

namespace hadath {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// What earlier sentences of the document said that later ones rely on.
struct DocumentContext {
    std::optional<Actor> last_speaker;
    std::string series;  // the series of talks the text is about
    std::optional<Round> last_round;
    std::map<int, EventDate> round_dates;  // round number -> date given in the text
    std::optional<EventDate> last_meeting_date;
    // The day a joint statement was issued on, told in its own sentence ("صدر امس بيان مشترك").
    std::optional<EventDate> joint_statement_date;
    std::vector<Actor> last_parties;  // the parties of the last meeting with two or more
    bool meeting = false;             // a meeting was reported before
    std::set<std::string> the_dead;   // speakers the text names with words for the dead
    // Persons who spoke with a singular verb: true when it was of the feminine ("وقالت موغيريني").
    std::map<std::string, bool> spoke_as_woman;
    // The states of officials named in the plural ("المسؤولين الأتراك") in this sentence and the one before.
    std::vector<std::string> officials_states, officials_states_before;
    // Words of each class in the sentences read so far, the current one included, and those sentences.
    std::array<int, kMaxWordClasses> class_words{};
    int sentences = 0;
};

// "الألماني", "سعودية": a singular nationality word (ending in ي or ية, folded
// يه), as opposed to a people ("الروس", "الأمريكيون").
bool singular_nisba(std::string_view word) {
    const std::string_view ya = "\xD9\x8A", ya_ha = "\xD9\x8A\xD9\x87";
    return (word.size() >= ya.size() && word.substr(word.size() - ya.size()) == ya) ||
           (word.size() >= ya_ha.size() && word.substr(word.size() - ya_ha.size()) == ya_ha);
}

// "صينيون", "المصريون": a nationality word in the masculine plural, people of the state, not the state.
bool plural_nisba(std::string_view word) {
    const std::string_view ya_waw_nun = "\xD9\x8A\xD9\x88\xD9\x86", ya_ya_nun = "\xD9\x8A\xD9\x8A\xD9\x86";
    return (word.size() > ya_waw_nun.size() && word.substr(word.size() - ya_waw_nun.size()) == ya_waw_nun) ||
           (word.size() > ya_ya_nun.size() && word.substr(word.size() - ya_ya_nun.size()) == ya_ya_nun);
}

// A word ending in ه, which folding makes of teh marbuta too: "لاذعة" is an adjective.
bool ends_in_folded_teh_marbuta(std::string_view word) {
    constexpr std::string_view kHeh = "\xD9\x87";
    return word.size() >= kHeh.size() && word.substr(word.size() - kHeh.size()) == kHeh;
}

// "للاجتماع", "للقمة": the preposition ل before the article (whose alef it drops).
bool with_lam_and_article(std::string_view word) {
    return word.substr(0, kPrepositionLam.size()) == kPrepositionLam &&
           word.substr(kPrepositionLam.size(), kPrepositionLam.size()) == kPrepositionLam;
}

// Who said it, when someone did.
const Actor* speaker_of(const Event& event) {
    for (const Actor& actor : event.actors)
        if (actor.role == "speaker") return &actor;
    return nullptr;
}

bool is_comma(const Token& token) {
    return token.kind == TokenKind::punctuation && (token.text == "\xD8\x8C" || token.text == ",");
}

// A colon ends a source ("لافرنتييف: ...") or a dateline, and opens what was said.
bool is_colon(const Token& token) {
    return token.kind == TokenKind::punctuation && token.text == ":";
}

bool is_quote(const Token& token) {
    return token.kind == TokenKind::punctuation && (token.text == "\"" || token.text == "'");
}

// Converts byte offsets of the original text into code point offsets; calls
// come in nearly increasing order, so it keeps a cursor.
class CodePointCounter {
public:
    explicit CodePointCounter(std::string_view text) : text_(text) {}
    std::size_t operator()(std::size_t byte) {
        // Moving back is as cheap as moving forward: the work stays linear in the text.
        if (byte < byte_) {
            code_points_ -= utf8::count_code_points(text_.substr(byte, byte_ - byte));
        } else {
            code_points_ += utf8::count_code_points(text_.substr(byte_, byte - byte_));
        }
        byte_ = byte;
        return code_points_;
    }

private:
    std::string_view text_;
    std::size_t byte_ = 0, code_points_ = 0;
};

// Span arithmetic on token ranges.
struct Span {
    std::size_t first = kNone, last = 0;
    void add(std::size_t f, std::size_t l) {
        first = std::min(first, f);
        last = std::max(last, l);
    }
    bool empty() const { return first >= last; }
};

class SentenceReader {
public:
    SentenceReader(const Resources& resources, const SentenceEntities& s, const std::vector<Token>& tokens,
                   DocumentContext& context, const std::optional<CivilDate>& publication)
        : r_(resources), s_(s), tokens_(tokens), context_(context), publication_(publication) {}

    // Appends the event mentions of the sentence; each carries its token span.
    void read(std::vector<std::pair<Event, Span>>& out);

private:
    bool planned_here(std::size_t at) const { return at >= planned_by_verb_.first && at < planned_by_verb_.last; }
    // "وسوف يجري الوزير الروسي محادثات مع": the meeting noun at `noun` is the object of a verb of
    // holding, its subject between them, that a word of the future comes before.
    bool holder_to_come(std::size_t noun) const {
        constexpr std::size_t kSubjectReach = 5;
        for (std::size_t k = noun; k-- > s_.first && noun - k <= kSubjectReach;) {
            if (tokens_[k].kind == TokenKind::punctuation) return false;
            const LexiconItem* verb = s_.item(k);
            if (!verb || verb->category != kTrigger || verb->first != k) continue;
            return r_.triggers[verb->payload].frame == Frame::meeting &&
                   (verb->proclitics.find(kFutureSin) != std::string_view::npos ||
                    near_class(k >= s_.first + 2 ? k - 2 : s_.first, k, kFuture));
        }
        return false;
    }
    bool negated(std::size_t at, std::size_t window) const {
        for (std::size_t k = at; k-- > s_.first && at - k <= window;) {
            if (is_comma(tokens_[k]) || tokens_[k].text == ".") return false;
            if (s_.has_class(k, kNegation)) return true;
        }
        return false;
    }
    // "المفاوضات التي قد تجري في مؤتمر جنيف", "قد يعلن": قد before a verb in the present is "may";
    // nothing was done (before the past it marks the perfect: "قد أكد").
    bool only_possible(const TriggerRef& trigger) const {
        return r_.triggers[trigger.trigger].tense == TriggerEntry::Tense::present && trigger.first > s_.first &&
               s_.has_class(trigger.first - 1, kPerfectParticle);
    }
    // "وقالت تركيا سابقا إن", "أكدت مرارا إنه", "وصرح ترامب أكثر من مرة": right after the verb of
    // saying or its subject, words that place the saying before the news. The empty span when none.
    Span said_before_the_news(const TriggerRef& trigger, const Span& said, bool person_speaks) const {
        if (const Span background = told_as_background(trigger); background.first < background.last) return background;
        // "الكاتب كريستوفر هيتشنز ذات مرة وصف": between a subject before the verb and the verb.
        for (std::size_t k = said.first; k < trigger.first; ++k)
            if (s_.has_class(k, kRepeatedly)) return {k, s_.class_end(k, kRepeatedly)};
        // "جون بولتون، الذي كان تحدّث عن": كان between a relative and the verb tells what was said before.
        if (trigger.first >= s_.first + 2 && s_.has_class(trigger.first - 1, kPastAuxiliary) &&
            s_.has_class(trigger.first - 2, kRelative))
            return {trigger.first - 1, trigger.first};
        // Right before the verb: "وحينها أكد", "ولطالما أكدت الولايات المتحدة", "فغالبا ما تستشير", "وفي وقت
        // سابق قال بيلسا"; or opening the sentence, set off by a comma: "وفي وقت سابق، دعا" (after other words,
        // "أكثر مما كانت عليه في السابق، مشيرا" ends the clause before).
        constexpr std::size_t kLongestBefore = 3;
        const bool comma_first = trigger.first > s_.first + 1 && is_comma(tokens_[trigger.first - 1]);
        const std::size_t verb = comma_first ? trigger.first - 1 : trigger.first;
        for (std::size_t k = verb > s_.first + kLongestBefore ? verb - kLongestBefore : s_.first; k < verb; ++k)
            for (const WordClass placing : {kRepeatedly, kOften, kEarlier})
                // A word of earlier alone may end what comes before ("نائب رئيس المجلس البلدي سابقا فتحدث",
                // "زيارة وفد حماس إلى المملكة مؤخرا قال"); a phrase of it places the verb.
                if (s_.has_class(k, placing) && s_.class_end(k, placing) == verb &&
                    (!s_.has_class(k, kEarlier) || verb - k > 1) && (!comma_first || k == s_.first))
                    return {k, verb};
        const std::size_t at = std::max(said.last, trigger.last);
        // A few words of the subject's post may stand before them ("أسعد سعود الناطق الإعلامي لصحة
        // الشرقية في تصريح سابق"), or the post the name goes on to ("علي النعيمي وزير البترول والثروة
        // المعدنية في أكثر من مرة").
        // So after the post's title, its body's words ("فهد العتيبي رئيس الهيئة في وقت سابق").
        const auto title_at = [&](std::size_t k) {
            return k < s_.last && s_.item(k) && s_.item(k)->category == kTitle;
        };
        const bool post_follows = std::any_of(s_.persons.begin(), s_.persons.end(),
                                              [&](const PersonRef& person) { return person.first == at; }) ||
                                  title_at(at) || (at > s_.first && title_at(at - 1));
        const std::size_t reach = post_follows ? 2 * kPostWords : kPostWords;
        for (std::size_t k = at; k < s_.last && k <= at + reach; ++k) {
            if (s_.has_class(k, kRepeatedly)) return {k, s_.class_end(k, kRepeatedly)};
            // So may a phrase of earlier ("سعود بن ثنيان رئيس الهيئة الملكية للجبيل وينبع في وقت سابق «إن"); a
            // word alone there is the post's ("سابقا", a former one).
            if (k > at && (post_follows || said.last > trigger.last) && s_.has_class(k, kEarlier) &&
                s_.class_end(k, kEarlier) > k + 1 && !by_agent(k, s_.class_end(k, kEarlier)))
                return {k, s_.class_end(k, kEarlier)};
            const LexiconItem* item = s_.item(k);
            const bool post_word = post_follows && item &&
                                   (item->category == kTitle || item->category == kActorName ||
                                    item->category == kActorAdjective || item->category == kPlace);
            // Nor in a relative clause, which tells of another act ("برونهولتز الذي اشترى مؤخرا منزلا").
            if (tokens_[k].kind != TokenKind::word || s_.has_class(k, kClause) || s_.has_class(k, kRelative) ||
                (item && !post_word))
                break;
        }
        // "قال ... الشيخ عبدالرحمن الغنام -في وقت سابق- "", "وقال كلود بيفير، لـ "الاقتصادية" في وقت سابق، إنه":
        // a phrase of earlier set off by a comma or a dash after the speaker, before what was said.
        constexpr std::size_t kSetOffReach = 6;
        bool set_off = false;
        for (std::size_t k = at; k < s_.last && k <= at + kSetOffReach; ++k) {
            const LexiconItem* item = s_.item(k);
            if (s_.has_class(k, kClause) || is_colon(tokens_[k]) || s_.has_class(k, kRelative) ||
                (item && item->category == kTrigger))
                break;
            if (tokens_[k].kind == TokenKind::punctuation && !is_quote(tokens_[k])) set_off = true;
            if (!set_off || !s_.has_class(k, kEarlier) || s_.class_end(k, kEarlier) <= k + 1) continue;
            const std::size_t end = s_.class_end(k, kEarlier);
            if (end < s_.last && ((tokens_[end].kind == TokenKind::punctuation && !is_quote(tokens_[end])) ||
                                  s_.has_class(end, kClause)))
                return {k, end};
        }
        // After a person's name and post, a word alone is the post's: "عضو مجلس الشورى سابقا:"; a phrase
        // is not ("وكان خالد بحاح ... أعلن في وقت سابق أن").
        if (!s_.has_class(at, kEarlier)) return {};
        const std::size_t end = s_.class_end(at, kEarlier);
        if (person_speaks && at > trigger.last && end == at + 1) return {};
        // Only before what was said, a comma between or not ("وقد أعلنت اليابان في وقت سابق، أن"):
        // "مدير عام السجون سابقا" is a former one, "من قبل الإرهابيين" by them.
        std::size_t said_from = end;
        if (said_from + 1 < s_.last && is_comma(tokens_[said_from])) ++said_from;
        if (said_from < s_.last &&
            (s_.has_class(said_from, kClause) || is_colon(tokens_[said_from]) || is_quote(tokens_[said_from])))
            return {at, end};
        // A phrase right after the verb or its subject places it whatever follows ("أبلغت في وقت سابق حكوماتهم
        // أن", "ودعا الرئيس الأوغندي يوري موسيفيني في وقت سابق، ورغم توتر العلاقات ... الدول الأفريقية"), but
        // for "من قبل" before a word, the agent of a passive ("أعلن من قبل الوزارة").
        if (end > at + 1 && !by_agent(at, end)) return {at, end};
        return {};
    }
    // "من قبل الإرهابيين": two prepositions from `k` to `end`, before a word, are "by", the agent of a
    // passive, not "before".
    bool by_agent(std::size_t k, std::size_t end) const {
        return end == k + 2 && s_.has_class(k, kPreposition) && s_.has_class(k + 1, kPreposition) && end < s_.last &&
               tokens_[end].kind == TokenKind::word;
    }
    // "قال الحسن البصري رحمه الله", "يقول الكاتب الراحل توفيق الحكيم": words for the dead in the
    // speaker's mention or right beside it; he spoke before the news. The empty span when none.
    Span spoken_by_the_dead(const Actor& speaker, const Span& span) const {
        if (speaker.kind != "person") return {};
        for (const PersonRef& person : s_.persons) {
            if (person.id != speaker.id || person.first < span.first || person.last > span.last) continue;
            // Named so before in the article ("... نايف بن عبدالعزيز يرحمه الله ... وجه سموه").
            if (person.deceased) return {person.first, person.last};
            const std::size_t from = person.first >= s_.first + 2 ? person.first - 2 : s_.first;
            // After the name, right after it or after a dash ("أحمد بن حنبل -رحمه الله-"), not in
            // what he said of another ("أكد ... النبوي أن الراحل").
            const std::size_t after = person.last < s_.last && tokens_[person.last].kind == TokenKind::punctuation
                                          ? person.last + 2
                                          : person.last + 1;
            for (std::size_t k = from; k < s_.last && k < after; ++k) {
                if (!s_.has_class(k, kDeceased)) continue;
                const std::size_t end = s_.class_end(k, kDeceased);
                if (end >= person.first) return {k, end};
            }
        }
        return {};
    }
    // "وسبق لترمب أن أكد", "وسبق أن أعلنت الوزارة", "سبق وأعلن", "بعد أن قال": before the verb, words that place the
    // saying before the news; the one after ل, when named, said it. The empty span when none.
    Span said_already(const TriggerRef& trigger, std::optional<Actor>& sayer) const {
        // "الذي سبق ودعا إليه", "قد سبق وأعلن": سبق, then the verb joined by و.
        if (trigger.first > s_.first && s_.has_class(trigger.first - 1, kAlready) &&
            trigger.proclitics.substr(0, kConjunctionWaw.size()) == kConjunctionWaw)
            return {trigger.first - 1, trigger.first};
        if (trigger.first < s_.first + 2 || !s_.has_class(trigger.first - 1, kClause)) return {};
        const std::size_t clause = trigger.first - 1;
        // "وجاء ذلك بعد أن قال", "منذ أن أعلن": said before what the sentence reports.
        if (s_.has_class(clause - 1, kOtherEvent) && utf8::count_code_points(tokens_[clause].text) == 2 &&
            r_.triggers[trigger.trigger].tense == TriggerEntry::Tense::past)
            return {clause - 1, clause};
        if (s_.has_class(clause - 1, kAlready)) return {clause - 1, clause};
        for (const PersonRef& person : s_.persons) {
            if (person.last == clause && person.first > s_.first && s_.has_class(person.first - 1, kAlready) &&
                speaks_for_someone(person)) {
                sayer = actor_of(person, "speaker");
                return {person.first - 1, clause};
            }
        }
        if (const ActorRef* actor = actor_ending_at(clause - 1);
            actor && actor->first > s_.first && s_.has_class(actor->first - 1, kAlready)) {
            sayer = actor_of(*actor, "speaker");
            return {actor->first - 1, clause};
        }
        return {};
    }
    // The normalized words of tokens [first, last).
    std::string words_between(std::size_t first, std::size_t last) const {
        const std::string_view from = tokens_[first].text, to = tokens_[last - 1].text;
        return std::string(from.data(), static_cast<std::size_t>(to.data() + to.size() - from.data()));
    }
    bool near_class(std::size_t first, std::size_t last, WordClass word_class) const {
        for (std::size_t k = first; k < last && k < s_.last; ++k)
            if (s_.has_class(k, word_class)) return true;
        return false;
    }
    // "ومن المقرر أن يلتقي كارتر العبادي", "من المنتظر وصول كيري الأحد ... ليتشارك مع نظيره في ترؤس
    // حوار": a trigger not in the past, after words of what is expected in its clause and no verb in
    // the past between, tells what has not happened yet. Where those words start, or kNone.
    std::size_t expected_from(const TriggerRef& trigger) const {
        if (r_.triggers[trigger.trigger].tense == TriggerEntry::Tense::past) return kNone;
        for (std::size_t k = trigger.first; k-- > s_.first;) {
            if (s_.has_class(k, kExpected)) return k;
            if (is_comma(tokens_[k])) return kNone;
            const LexiconItem* item = s_.item(k);
            if (item && item->first == k && item->category == kTrigger &&
                r_.triggers[item->payload].tense == TriggerEntry::Tense::past)
                return kNone;
        }
        return kNone;
    }
    // The first word of the phrase that introduces the place named at `at`: the noun of a kind of
    // place ("في مدينة نواكشوط") and another name of the same place ("بالعاصمة الموريتانية
    // نواكشوط") stand before it.
    std::size_t place_phrase_start(std::size_t at) const {
        std::size_t k = at;
        while (k > s_.first) {
            if (last_clitic(k)) break;  // "في الرياض وجدة", "بالرياض", "بمدينة"
            if (s_.has_class(k - 1, kPlaceNoun) || s_.has_class(k - 1, kCapitalWord)) {
                --k;
                continue;
            }
            const auto before = std::find_if(s_.places.begin(), s_.places.end(),
                                             [&](const PlaceRef& place) { return place.last == k; });
            if (before == s_.places.end()) break;
            k = before->first;
        }
        return k;
    }
    // "في الدوحة", "بالرياض", "بمدينة جدة": a place introduced as where things happen.
    bool introduced_as_where(std::size_t at) const {
        const std::size_t k = place_phrase_start(at);
        if (k > s_.first && s_.has_class(k - 1, kDestination)) return true;
        const char clitic = last_clitic(k);
        return clitic != 0 && clitic != '\x88';
    }
    // The last byte of the clitics before the word at k (of a lexicon entry or a word class), 0 for none.
    char last_clitic(std::size_t k) const {
        if (const LexiconItem* item = s_.item(k)) return item->proclitics.empty() ? 0 : item->proclitics.back();
        return s_.class_clitic[k - s_.first];
    }
    // Actors that are topics or places ("بشأن سوريا", "في سوريا", "في مدينة طرابلس") are not parties.
    bool topic(const ActorRef& actor) const {
        if (place_phrase_start(actor.first) < actor.first && introduced_as_where(actor.first)) return true;
        std::size_t k = actor.first;
        // "ضد تنظيم “داعش”": quotation marks, and a plain noun with no article that governs the name, may
        // stand between.
        std::size_t noun = k;
        while (noun > s_.first && is_quote(tokens_[noun - 1])) --noun;
        if (noun > s_.first + 1 && tokens_[noun - 1].kind == TokenKind::word && !s_.item(noun - 1) &&
            s_.word_classes[noun - 1 - s_.first] == 0 && !is_definite(tokens_[noun - 1].text) &&
            s_.has_class(noun - 2, kDestination))
            return true;
        while (k > s_.first) {
            if (s_.has_class(k - 1, kDestination) || s_.has_class(k - 1, kFacing)) return true;
            // Coordinated with a topic: "حول سوريا والعراق".
            const ActorRef* previous = actor_ending_at(k - 1);
            const LexiconItem* item = s_.item(k);
            if (!previous || !item || item->proclitics.empty()) return false;
            k = previous->first;
        }
        return false;
    }
    // The capital named at token k ("طهران"), with the state it stands for.
    const PlaceRef* capital_at(std::size_t k) const {
        for (const PlaceRef& place : s_.places)
            if (place.first == k && r_.places[place.place].kind == "capital" && !r_.places[place.place].state.empty())
                return &place;
        return nullptr;
    }
    // The preposition ل written apart before a quotation mark ("لـ«الرياض»", "ل"الوطن"").
    bool lam_before_quote(std::size_t at) const {
        return at + 1 < s_.last && tokens_[at].kind == TokenKind::word && tokens_[at].text == kPrepositionLam &&
               is_quote(tokens_[at + 1]);
    }
    bool in_media_phrase(std::size_t at) const {
        return at > s_.first && (s_.has_class(at - 1, kMedia) || s_.has_class(at - 1, kReporting));
    }
    // "حوار أجرته «الشرق الأوسط»", "مقابلة أجراها مع قناة CNN": an outlet named within [first, last)
    // makes the talk an interview given to it, no meeting of parties.
    bool outlet_within(std::size_t first, std::size_t last) const {
        for (const MediaRef& outlet : s_.media)
            if (outlet.first >= first && outlet.first < last) return true;
        // "قناة", "صحيفة", but not "الوكالة الدولية للطاقة الذرية", an actor.
        for (std::size_t k = first; k < last && k < s_.last; ++k)
            if (s_.has_class(k, kMedia) && !in_person(k) && !(s_.item(k) && s_.item(k)->category == kActorName))
                return true;
        return false;
    }
    // "ترامب يدعو كوريا الشمالية", "كيري يلتقي وزراء خارجية دول الخليج": a person opening the clause
    // right before a verb with no conjunction is its subject, and the one after it the object.
    // "وكان X قد": where the words between كان and the particle at `particle` start, kNone when
    // none stand there.
    std::size_t auxiliary_before(std::size_t particle) const {
        constexpr std::size_t kLongestSubject = 10;
        for (std::size_t k = particle; k > s_.first && particle - k < kLongestSubject; --k) {
            if (s_.has_class(k - 1, kAuxiliary)) return k < particle ? k : kNone;
            if (tokens_[k - 1].kind != TokenKind::word) break;
        }
        return kNone;
    }
    // A verb of the perfect with its subject before it ("وكان مسؤول عراقي قد طالب").
    bool subject_before_perfect(const TriggerRef& trigger) const {
        return trigger.first > s_.first && s_.has_class(trigger.first - 1, kPerfectParticle) &&
               auxiliary_before(trigger.first - 1) != kNone;
    }
    // The word at `at` starts the sentence or a clause: after a comma, a colon or a word such as إن.
    bool opens_clause(std::size_t at) const {
        return at == s_.first || is_comma(tokens_[at - 1]) || is_colon(tokens_[at - 1]) ||
               s_.has_class(at - 1, kClause);
    }
    // "ترامب يقول", "الهند اتهمت باكستان": a name or a state right before the verb, opening the clause, is
    // its subject, and the one after the verb its object.
    bool subject_opens_clause(const TriggerRef& trigger) const {
        // The future's س is of the verb, not a conjunction: "أن كيري سيلتقي نظيريه".
        return (trigger.proclitics.empty() || trigger.proclitics == kFutureSin) &&
               (std::any_of(s_.persons.begin(), s_.persons.end(),
                            [&](const PersonRef& p) {
                                // "أن الحكومة طالبت الرئيس باراك أوباما": after إن or أن, a post or an office too.
                                return p.last == trigger.first && opens_clause(p.first) &&
                                       (p.named() || (p.first > s_.first && s_.has_class(p.first - 1, kClause)));
                            }) ||
                std::any_of(s_.actors.begin(), s_.actors.end(), [&](const ActorRef& a) {
                    return a.last == trigger.first && !a.adjective && opens_clause(a.first) && !in_person(a.first);
                }));
    }
    // "بعد محادثات مع هايلي مريام ديسيلين رئيس الوزراء الإثيوبي، الذي فاز حزبه الحاكم في الانتخابات قبل
    // شهرين": the first relative clause after `from`, when it is about a person or actor and tells
    // neither a meeting nor an arrival, tells of another time; its tokens, up to a comma or `last`.
    Span relative_clause_about_party(std::size_t from, std::size_t last) const {
        Span clause;
        for (std::size_t k = from + 1; k < last; ++k) {
            if (!s_.has_class(k, kRelative) || opens_with_conjunction_waw(k)) continue;
            const std::size_t before = is_comma(tokens_[k - 1]) ? k - 1 : k;
            // The party, or the post written after its name ("ديسيلين رئيس الوزراء الإثيوبي").
            constexpr std::size_t kLongestPostAfterName = 4;
            bool after_party = false;
            for (std::size_t j = before; j > from && j + kLongestPostAfterName >= before && !after_party; --j) {
                if (is_comma(tokens_[j - 1])) break;
                after_party = in_person(j - 1) || actor_ending_at(j - 1);
            }
            // Not one that tells the meeting or the arrival for it ("الذي انعقد أمس", "الذي وصل القاهرة أمس").
            const LexiconItem* verb = k + 1 < last ? s_.item(k + 1) : nullptr;
            const bool tells_meeting = verb && verb->first == k + 1 && verb->category == kTrigger &&
                                       (r_.triggers[verb->payload].frame == Frame::meeting ||
                                        r_.triggers[verb->payload].frame == Frame::encounter);
            if (!after_party || tells_meeting || (k + 1 < last && s_.has_class(k + 1, kArrival))) break;
            std::size_t end = k + 1;
            while (end < last && !is_comma(tokens_[end])) ++end;
            clause.add(k, end);
            break;
        }
        return clause;
    }
    bool in_person(std::size_t at) const {
        return std::any_of(s_.persons.begin(), s_.persons.end(),
                           [&](const PersonRef& p) { return at >= p.first && at < p.last; });
    }
    // Right before the relative pronoun at `relative`, a word that names no one: not a person or an
    // actor, nor an adjective of descent with the article after one ("جماعة الحوثي الإرهابية التي"),
    // nor a pronoun standing for one ("هي التي").
    bool thing_before_relative(std::size_t clause, std::size_t relative) const {
        std::size_t end = relative;
        if (end == clause || tokens_[end - 1].kind != TokenKind::word || s_.has_class(end - 1, kFunctionWord))
            return false;
        const bool adjective = end - 1 > clause && is_definite(tokens_[end - 1].text) &&
                               singular_nisba(tokens_[end - 1].text) && !s_.item(end - 1) && !in_person(end - 1);
        if (adjective) --end;
        // "شركة \"سايبم\" الإيطالية التي قالت": a nationality word describing the thing is no side.
        const ActorRef* actor = actor_ending_at(end - 1);
        return !in_person(end - 1) && (!actor || describes_thing(*actor));
    }
    // A past form of the dual ("أكدا", "قالتا"): the plural ends in وا, an object pronoun in ها.
    bool past_dual(const TriggerRef& trigger) const {
        constexpr std::string_view kWawAlef = "\xD9\x88\xD8\xA7", kHaAlef = "\xD9\x87\xD8\xA7";
        const std::string_view word = tokens_[trigger.first].text;
        const auto ends = [&word](std::string_view ending) {
            return word.size() > ending.size() && ends_with(word, ending);
        };
        return r_.triggers[trigger.trigger].holds_subject &&
               r_.triggers[trigger.trigger].tense == TriggerEntry::Tense::past && trigger.last == trigger.first + 1 &&
               ends(kAlef) && !ends(kWawAlef) && !ends(kHaAlef);
    }
    bool opens_with_conjunction_waw(std::size_t at) const {
        return tokens_[at].text.substr(0, kConjunctionWaw.size()) == kConjunctionWaw;
    }
    // Officials unnamed in the plural take part for their state ("بحث مع المسؤولين الروس"), though they
    // speak for no one.
    bool state_officials(const PersonRef& person) const {
        const ActorEntry* state = person.group ? r_.actor(person.affiliation) : nullptr;
        return state && state->kind == "country";
    }
    Actor state_of(const PersonRef& person, const std::string& role) const {
        return actor_of(ActorRef{person.first, person.last, person.affiliation}, role);
    }
    // A state's name within [first, last) right after a noun that governs it ("قادة كينيا",
    // "وزراء خارجية مصر"): the state is whose those are.
    bool governed_state(std::size_t first, std::size_t last) const {
        for (std::size_t k = first; k < last; ++k) {
            const ActorRef* actor = actor_at(k);
            if (actor && !actor->adjective) return post_before(k) || governed_by_noun(k, first);
        }
        return false;
    }
    // A word no lexicon or class knows, at or after `from`, right before `at` ("قادة"); one that
    // only ends names may be such a noun ("وزراء").
    bool governed_by_noun(std::size_t at, std::size_t from) const {
        if (at == s_.first || at - 1 < from) return false;
        const std::size_t noun = at - 1;
        return tokens_[noun].kind == TokenKind::word && !in_date(noun) && !s_.item(noun) &&
               (s_.word_classes[noun - s_.first] & ~class_bit(kFunctionWord)) == 0;
    }
    // "رئيس فرع الإفتاء": a post right before the word, which then names where he serves.
    bool post_before(std::size_t at) const {
        if (at == s_.first) return false;
        const LexiconItem* item = s_.item(at - 1);
        return item && item->category == kTitle && item->last == at;
    }
    // "رئيس هيئة الأركان المشتركة الباكستانية": a post a few words before `at`, with only the words of the body it
    // governs between.
    bool post_governs(std::size_t at) const {
        constexpr std::size_t kBodyWords = 4;
        for (std::size_t k = at; k-- > s_.first && at - k <= kBodyWords;) {
            const LexiconItem* item = s_.item(k);
            if (item && item->category == kTitle) return true;
            if (tokens_[k].kind != TokenKind::word || item || s_.has_class(k, kPreposition) ||
                s_.has_class(k, kFunctionWord) ||
                std::any_of(s_.persons.begin(), s_.persons.end(),
                            [&](const PersonRef& p) { return p.named() && k >= p.name_first && k < p.name_last; }))
                return false;
        }
        return false;
    }
    // A body named as the venue ("بمقر السفارة في روما", "في فرع وزارة الخارجية بجدة"): its place
    // is where things happen there, and it takes no part in them.
    bool venue(const PersonRef& p) const {
        return p.office && !p.named() && p.first > s_.first && s_.has_class(p.first - 1, kVenue) &&
               !post_before(p.first - 1);
    }
    // Inside a person's title or name, or a body's name, but for a venue.
    bool in_person_not_venue(std::size_t at) const {
        return std::any_of(s_.persons.begin(), s_.persons.end(),
                           [&](const PersonRef& p) { return at >= p.first && at < p.last && !venue(p); });
    }
    // "الأزمة السورية", "التدخلات الإيرانية": a nationality adjective after a noun that names
    // no side ("الجانب الروسي", "الوفد التركي" do) describes a thing, not a party.
    bool describes_thing(const ActorRef& actor) const { return actor.adjective && after_thing_noun(actor); }
    // Right after a noun that names no side: "الأزمة السورية", "إعلان القاهرة"; or a name in quotation marks,
    // a thing's ("شركة \"سايبم\" الإيطالية").
    bool after_thing_noun(const ActorRef& actor) const {
        if (actor.first == s_.first) return false;
        std::size_t noun = actor.first - 1;
        if (is_quote(tokens_[noun]) && noun > s_.first) --noun;
        return tokens_[noun].kind == TokenKind::word && !s_.item(noun) && !person_at(noun) &&
               !s_.has_class(noun, kFunctionWord) && !s_.has_class(noun, kPartyNoun) &&
               !s_.has_class(noun, kMeetingNoun) && !s_.has_class(noun, kProposal);
    }
    // A named person, or an unnamed official of a known state who is no source unnamed on purpose.
    // An outlet's unnamed correspondent ("حسبما ذكر مراسل وكالة الصحافة الفرنسية") reports the news.
    // An unnamed member of a state's body ("عضو البرلمان الهولندي", "عضو مجلس محافظة نينوى") speaks for
    // himself, not for the state; one of a movement's council speaks for the movement.
    bool unnamed_member_of_state(const PersonRef& person) const {
        if (person.title_en.rfind("Member", 0) != 0) return false;
        const ActorEntry* body = r_.actor(person.affiliation);
        return body && body->kind == "country";
    }
    bool speaks_for_someone(const PersonRef& person) const {
        return person.named() ||
               (!person.affiliation.empty() && !person.anonymous && !unnamed_member_of_state(person) &&
                std::none_of(r_.media.begin(), r_.media.end(),
                             [&](const MediaEntry& m) { return m.id == person.affiliation; }));
    }
    // A form of address or a descriptor with no post (الدكتور، الصحفي، الخبير).
    bool is_honorific(std::size_t token) const {
        const LexiconItem* item = s_.item(token);
        return item && item->category == kTitle && r_.titles[item->payload].honorific;
    }
    // The state or body an actor is, or a person speaks for.
    static const std::string& side_of(const Actor& actor) {
        return actor.affiliation.empty() ? actor.id : actor.affiliation;
    }
    static bool same_side(const Actor& a, const Actor& b) { return side_of(a) == side_of(b); }
    bool actor_starts_at(std::size_t token) const {
        return std::any_of(s_.actors.begin(), s_.actors.end(), [&](const ActorRef& a) { return a.first == token; });
    }
    const ActorRef* actor_ending_at(std::size_t last_token) const {
        for (const ActorRef& a : s_.actors)
            if (a.last == last_token + 1) return &a;
        return nullptr;
    }
    const PersonRef* person_at(std::size_t at) const {
        for (const PersonRef& p : s_.persons)
            if (p.first == at) return &p;
        return nullptr;
    }
    // Whether a person or an actor named in the sentence ends right before `at`.
    bool party_ends_at(std::size_t at) const {
        return std::any_of(s_.persons.begin(), s_.persons.end(), [&](const PersonRef& p) { return p.last == at; }) ||
               std::any_of(s_.actors.begin(), s_.actors.end(), [&](const ActorRef& a) { return a.last == at; });
    }
    const ActorRef* actor_at(std::size_t at) const {
        for (const ActorRef& a : s_.actors)
            if (a.first == at) return &a;
        return nullptr;
    }

    Actor actor_of(const ActorRef& ref, const std::string& role) const;
    Actor actor_of(const PersonRef& ref, const std::string& role) const;

    // The subject of a verb-like trigger: after it (verb first), else before it.
    std::optional<Actor> subject(const TriggerRef& trigger, Span& span, bool allow_before, bool* blocked = nullptr,
                                 bool before_first = false) const;
    std::optional<Actor> subject_after(const TriggerRef& trigger, Span& span, bool& blocked) const;
    // Whether [first, last) stands inside a quotation opened after the trigger; a name quoted alone
    // is none: the quotation opens right before it and closes within it or right after it ("وذكر
    // "كيري" في مقابلة", "ويرى «مانويل غروبر»، نائب الرئيس").
    bool in_quotation(std::size_t first, std::size_t last, const TriggerRef& trigger) const {
        if (!quoted(first) || quoted(trigger.first)) return false;
        if (first == s_.first || tokens_[first - 1].text != "\"") return true;
        for (std::size_t k = first; k <= last && k < s_.last; ++k)
            if (tokens_[k].text == "\"") return false;
        return true;
    }
    // Whether a preposition of the destination or with classes stands right before `t` ("عن", "إلى", "مع").
    bool after_preposition(std::size_t t) const {
        return t > s_.first && (s_.has_class(t - 1, kDestination) || s_.has_class(t - 1, kWith));
    }
    // Whether any preposition stands right before `t`, or before the quotation mark that opens it ("ضد
    // «داعش»"), but for "من" after a quantifier: "كل من الكويت والبحرين" names them all.
    bool after_any_preposition(std::size_t t) const {
        if (t > s_.first + 1 && is_quote(tokens_[t - 1])) --t;
        return t > s_.first && s_.has_class(t - 1, kPreposition) && !(t - 1 > s_.first && opens_list_of_all(t - 2));
    }
    // "كل من": the quantifier with من after it, which names every one of those that follow.
    bool opens_list_of_all(std::size_t at) const { return s_.has_class(at, kQuantifier) && !some_of(at); }
    // A verb in the third person masculine singular, past or present, with no object pronoun ("قال", "يدعو").
    bool masculine_singular(const TriggerRef& trigger) const {
        const TriggerEntry& entry = r_.triggers[trigger.trigger];
        return entry.tense != TriggerEntry::Tense::none && !entry.feminine && !entry.holds_subject && !entry.has_object;
    }
    // A state named by its name as a state ("مصر", not "البيت الأبيض" nor a nationality word), one of the
    // feminine: all but `masculine_state`.
    bool names_feminine_state(const ActorRef& actor) const {
        const LexiconItem* item = s_.item(actor.first);
        if (actor.adjective || !item || item->first != actor.first || s_.has_class(actor.first, kMasculineState))
            return false;
        std::string name(tokens_[actor.first].text.substr(item->proclitics.size()));
        for (std::size_t k = actor.first + 1; k < actor.last; ++k) name.append(" ").append(tokens_[k].text);
        return r_.state_names.count(name) > 0;
    }
    // Whether the name or title at `t` carries the preposition ل or ب ("للرئيس", "بحزب الله").
    bool with_preposition(std::size_t t) const {
        const LexiconItem* item = s_.item(t);
        return item && (item->proclitics.find(kPrepositionLam) != std::string_view::npos ||
                        item->proclitics.find(kPrepositionBa) != std::string_view::npos);
    }
    std::optional<Actor> subject_before(const TriggerRef& trigger, Span& span, bool& blocked) const;
    // The person or actor named right after the كان that the particle of the perfect at `particle` goes
    // back to, in its clause; none when no one is named right there.
    std::optional<Actor> head_after_past_auxiliary(std::size_t particle, Span& span) const {
        constexpr std::size_t kLongestSubject = 16;
        for (std::size_t k = particle; k-- > s_.first && particle - k <= kLongestSubject;) {
            // كان reads as a clause word too (ك and "ان").
            if (!s_.has_class(k, kPastAuxiliary)) {
                if ((tokens_[k].kind == TokenKind::punctuation && !is_comma(tokens_[k])) || s_.has_class(k, kClause))
                    return std::nullopt;
                continue;
            }
            if (k + 1 >= particle) return std::nullopt;
            if (const PersonRef* person = person_at(k + 1); person && person->named() && speaks_for_someone(*person)) {
                span.add(person->first, person->last);
                return actor_of(*person, "speaker");
            }
            // A nationality word there describes the one after it ("وكان البرتغالي المدرب مورينيو قد رد").
            if (const ActorRef* actor = actor_at(k + 1); actor && !actor->adjective && !in_media_phrase(actor->first) &&
                                                         !topic(*actor) && !describes_thing(*actor)) {
                span.add(actor->first, actor->last);
                return actor_of(*actor, "speaker");
            }
            return std::nullopt;
        }
        return std::nullopt;
    }
    // The person before an apposition that ends at `closing_comma` ("لورا بيكر ، مراسلة بي بي سي ،").
    const PersonRef* apposed_subject(std::size_t closing_comma) const;
    // "بالتزامن مع مسار أستانة", "على هامش القمة": what follows belongs to another event.
    bool about_other_event(std::size_t at) const {
        std::size_t words = 0;
        for (std::size_t k = at; k-- > s_.first && words < 3;) {
            if (s_.has_class(k, kOtherEvent)) return true;
            words += tokens_[k].kind != TokenKind::punctuation;
        }
        return false;
    }
    // Where a meeting to come stops being dated, from `from`: a word alone that places another event before
    // or after it (عقب، إثر، بعد، قبيل) makes the day after it that event's ("محادثات مع الرئيس الإيراني عقب
    // الاتفاق الذي تم التوصل إليه الثلاثاء الماضي"); one right before a day is the day's ("بعد ظهر الاثنين"),
    // and a phrase of the class may share the day ("بالتزامن مع منتدى الأعمال يومي 12 و13"). `last` when none.
    std::size_t before_other_event(std::size_t from, std::size_t last) const {
        for (std::size_t k = from; k + 1 < last; ++k)
            if (s_.has_class(k, kOtherEvent) && s_.class_end(k, kOtherEvent) == k + 1 && !in_date(k) && !in_date(k + 1))
                return k;
        return last;
    }
    bool in_date(std::size_t at) const {
        return std::any_of(s_.dates.begin(), s_.dates.end(),
                           [&](const DateRef& d) { return at >= d.first && at < d.last; });
    }
    // "بدعم الإرهاب", "بأنها لم تقدر": at `at`, past commas and a date, a word with the preposition ب
    // that names no one, the charge after the one accused.
    bool charge_at(std::size_t at) const {
        while (at < s_.last && (is_comma(tokens_[at]) || in_date(at))) ++at;
        if (at >= s_.last || tokens_[at].kind != TokenKind::word) return false;
        const LexiconItem* item = s_.item(at);
        if (item && item->category != kWordClass) return false;
        constexpr std::size_t kShortestCharge = kPrepositionBa.size() + 6;  // ب and three letters
        const std::string_view word = tokens_[at].text;
        return word.size() >= kShortestCharge && starts_with(word, kPrepositionBa) && !person_at(at) && !actor_at(at);
    }
    // Inside a quotation: an odd number of quote marks before it in the sentence.
    bool quoted(std::size_t at) const {
        std::size_t marks = 0;
        for (std::size_t k = s_.first; k < at; ++k) marks += tokens_[k].text == "\"";
        return marks % 2 == 1;
    }
    std::vector<Actor> parties(std::size_t first, std::size_t last, const std::string& role, Span& span) const;
    // The state or city a hosting verb names right after it ("استضافت أستانا").
    const ActorRef* host_after(const TriggerRef& trigger) const {
        for (std::size_t k = trigger.last; k < s_.last && k < trigger.last + 3; ++k)
            if (const ActorRef* actor = actor_at(k)) return topic(*actor) ? nullptr : actor;
        return nullptr;
    }
    // "، وانضم": a word joined by و after a comma opens a clause of its own.
    bool opens_joined_clause(std::size_t at) const {
        if (at >= s_.last || tokens_[at].kind != TokenKind::word || !opens_with_conjunction_waw(at)) return false;
        // "، وزير الخارجية": a known word that starts with و is an apposition.
        const LexiconItem* item = s_.item(at);
        return !item || item->proclitics.substr(0, kConjunctionWaw.size()) == kConjunctionWaw;
    }
    // A word no lexicon, word class, name or date covers.
    bool unknown_word(std::size_t at) const {
        if (tokens_[at].kind != TokenKind::word || s_.item(at) || s_.word_classes[at - s_.first] != 0 || in_person(at))
            return false;
        const auto covers = [&](const auto& mention) { return mention.first <= at && at < mention.last; };
        return std::none_of(s_.actors.begin(), s_.actors.end(), covers) &&
               std::none_of(s_.dates.begin(), s_.dates.end(), covers);
    }
    // "لكن صندوق النقد قال إن": before the verb, a noun phrase of its own is the verb's subject, one
    // no lexicon knows; not one after a preposition ("وعن إمكانية استفادة المدارس الأهلية أوضح").
    // Without the article only before the present: "أدلة قاطعة تؤكد" describes the evidence by what
    // it shows. A word opening with و or ف is a verb whose saying follows ("وتابع يقول"، "ومضى يقول").
    bool unknown_subject_before(std::size_t verb, bool present) const {
        return unknown_subject_start(verb, present) != kNone;
    }
    // "أما ريتا حكيم من كندا، التي انتخبت ...، فقد أكدت": after ف, the verb of a topic opened with أما
    // earlier in the sentence, with no verb of a rule between. Where the topic starts, or kNone.
    std::size_t topic_start(const TriggerRef& trigger) const {
        const bool with_fa = trigger.proclitics.find(kConjunctionFa) == 0 ||
                             (trigger.first > s_.first &&
                              tokens_[trigger.first - 1].text.substr(0, kConjunctionFa.size()) == kConjunctionFa &&
                              s_.has_class(trigger.first - 1, kPerfectParticle));
        if (!with_fa) return kNone;
        for (std::size_t k = trigger.first; k-- > s_.first;) {
            if (s_.has_class(k, kAsFor)) return k + 1;
            const LexiconItem* item = s_.item(k);
            if (item && item->category == kTrigger) return kNone;
        }
        return kNone;
    }
    // Where that noun phrase starts, or kNone.
    std::size_t unknown_subject_start(std::size_t verb, bool present) const {
        if (verb <= s_.first || !unknown_word(verb - 1)) return kNone;
        const std::string_view word = tokens_[verb - 1].text;
        if (without_article(word) == word && (!present || opens_with_conjunction_waw(verb - 1) ||
                                              word.substr(0, kConjunctionFa.size()) == kConjunctionFa))
            return kNone;
        std::size_t first = verb - 1;
        while (first > s_.first && verb - first < 4 && unknown_word(first - 1)) --first;
        return first == s_.first || !s_.has_class(first - 1, kPreposition) ? first : kNone;
    }
    // "مدير خدمات الأصول والمشاريع بمكة المكرمة والطائف المهندس سعيد العمري": a post whose holder is
    // named a few words on, past places and more posts, with no verb or clause between.
    const PersonRef* named_holder_after(std::size_t post_last) const {
        constexpr std::size_t kReach = 8;
        // A word that ends the post's phrase: no word, a clause, a function word or a verb.
        const auto ends_phrase = [&](std::size_t k) {
            const LexiconItem* item = s_.item(k);
            return tokens_[k].kind != TokenKind::word || s_.has_class(k, kClause) || s_.has_class(k, kFunctionWord) ||
                   (item && item->category == kTrigger);
        };
        // "مدير مركز القاهرة للدراسات الاقتصادية، الدكتور عبدالمنعم السيد": the nouns the post governs,
        // a comma, then a form of address and the name.
        for (std::size_t k = post_last; k < s_.last && k < post_last + kReach; ++k) {
            if (is_comma(tokens_[k])) {
                const PersonRef* named = k + 1 < s_.last && is_honorific(k + 1) ? person_at(k + 1) : nullptr;
                if (named && named->named()) return named;
                break;
            }
            if (ends_phrase(k) || person_at(k)) break;
        }
        // Places and more posts, then the name.
        for (std::size_t k = post_last; k < s_.last && k < post_last + kReach; ++k) {
            if (const PersonRef* person = person_at(k); person && person->first == k) {
                // "المتحدث باسم المكتب الإعلامي لرئيس مجلس الوزراء حيدر العبادي سعد الحديثي": one named
                // after ل or ب is the one the post serves, and its holder may follow.
                if (person->named() && !with_preposition(k)) return person;
                k = person->last - 1;
                continue;
            }
            if (ends_phrase(k) || (!s_.item(k) && !s_.has_class(k, kPlaceNoun))) break;
        }
        // "المدير الإقليمي للحملة الوطنية السعودية لنصرة الأشقاء في سوريا الدكتور بدر السمحان": what
        // the post's body is for may run longer, with prepositions, when a form of address opens the name.
        constexpr std::size_t kLongReach = 12;
        // "أعلن الجيش بعدها عزل الرئيس السابق محمد مرسي": after a body, a ranked name further on is not its
        // holder (the army announced).
        const bool after_body = std::any_of(s_.persons.begin(), s_.persons.end(),
                                            [&](const PersonRef& p) { return p.last == post_last && p.office; });
        for (std::size_t k = post_last; k < s_.last && k < post_last + kLongReach; ++k) {
            const LexiconItem* item = s_.item(k);
            // A rank or form of address of no state right before the name opens it too ("رئيس اللجنة الدائمة
            // للبحوث العلمية والإفتاء الشيخ عبد العزيز آل الشيخ"); not after a body.
            if (item && item->category == kTitle && !is_honorific(k) && r_.titles[item->payload].state.empty() &&
                !after_body && !with_preposition(k)) {
                const PersonRef* named = person_at(k);
                std::size_t name_at = item->last;  // past forms of address after it ("الشيخ الدكتور")
                while (name_at < s_.last && is_honorific(name_at)) name_at = s_.item(name_at)->last;
                if (named && named->named() && named->name_first == name_at) return named;
            }
            // Nor past a verb, a relative clause, a word of reporting ("نقلا عن"), a preposition but the في
            // that tells where ("أعرب عن شكره للسعودية بقيادة خادم الحرمين"), ب or ل before a verbal noun that opens
            // what is done ("رحب رئيس اللجنة بانضمام الأمير ..."), or another's post.
            if (tokens_[k].kind != TokenKind::word || s_.has_class(k, kClause) || s_.has_class(k, kRelative) ||
                (item && item->category == kTrigger) || s_.has_class(k, kReporting) ||
                (!s_.item(k) && verbal_noun_after_ba_or_lam(tokens_[k].text)) ||
                (s_.has_class(k, kPreposition) && !(s_.has_class(k, kOccasion) && s_.has_class(k, kDestination))) ||
                (item && item->category == kTitle && !is_honorific(k)))
                break;
            const bool opens_name = is_honorific(k);
            if (!opens_name) continue;
            // "مستشفى الدكتور سليمان الحبيب": a place named after someone.
            if (s_.has_class(k - 1, kNamedAfter)) break;
            // Its name follows it: "سموه", "سعادته" stand for one named before.
            const PersonRef* named = person_at(k) && person_at(k)->name_first > k ? person_at(k) : person_at(k + 1);
            return named && named->named() ? named : nullptr;
        }
        return nullptr;
    }
    // "وبناء على توجيه خادم الحرمين الشريفين وأخيه الرئيس عبدالفتاح السيسي فقد اتفق": one named right after a
    // word of direction (or من after it), or joined by و to one so named, directed the act and took no part in it.
    bool directed_by(std::size_t at) const { return named_after_word_of(at, kDirective); }
    // "نقل خلاله تعازي ومواساة خادم الحرمين الشريفين ... إلى أسرة الشهيد": one whose greetings or condolences are
    // conveyed, or whose death they are about, is no party of the meeting or call.
    bool conveyed_for(std::size_t at) const { return named_after_word_of(at, kConveyed); }
    // One named right after a word of `word_class` (or of a function word after it), or joined by و to one so named.
    bool named_after_word_of(std::size_t at, WordClass word_class) const {
        constexpr int kJoinedNames = 4;
        for (int joined = 0; joined <= kJoinedNames && at > s_.first; ++joined) {
            if (s_.has_class(at - 1, word_class)) return true;
            if (at > s_.first + 1 && s_.has_class(at - 2, word_class) && s_.has_class(at - 1, kFunctionWord))
                return true;
            // The one named before, right before it joined by و, or before a word with و ("وأخيه").
            const bool joined_here = opens_with_conjunction_waw(at);
            const bool joined_word = !joined_here && opens_with_conjunction_waw(at - 1) && !s_.item(at - 1);
            const std::size_t end = joined_word ? at - 1 : at;
            const auto before = std::find_if(s_.persons.begin(), s_.persons.end(),
                                             [&](const PersonRef& p) { return p.named() && p.last == end; });
            if ((!joined_here && !joined_word) || before == s_.persons.end()) return false;
            at = before->first;
        }
        return false;
    }
    // Whether one named in [first, last) directed the act (see directed_by()).
    bool directed_in(std::size_t first, std::size_t last) const {
        return std::any_of(s_.persons.begin(), s_.persons.end(), [&](const PersonRef& p) {
            return p.first >= first && p.first < last && directed_by(p.first);
        });
    }
    // The states of those named in [first, last) who directed the act: its sides when the text names no other
    // ("وبناء على توجيهات خادم الحرمين الشريفين والعاهل الأردني، تم الاتفاق").
    std::vector<Actor> directing_states(std::size_t first, std::size_t last, const std::string& role) const {
        std::vector<Actor> states;
        for (const PersonRef& p : s_.persons) {
            if (p.first < first || p.first >= last || p.affiliation.empty() || !directed_by(p.first)) continue;
            Actor state = state_of(p, role);
            if (std::none_of(states.begin(), states.end(), [&](const Actor& a) { return a.id == state.id; }))
                states.push_back(std::move(state));
        }
        return states;
    }
    // The holder named after a post, speaking for the post's state or body when no list tells his own.
    Actor holder_of(const PersonRef& post, const PersonRef& holder, const std::string& role) const {
        Actor actor = actor_of(holder, role);
        if (actor.affiliation.empty() && &post != &holder) actor.affiliation = post.affiliation;
        return actor;
    }
    // "اجتماعه", "لقائه": a meeting noun with "his" attached. Folding writes teh marbuta as ه too, so
    // the word without its last letter must still be a meeting noun ("لقائ" is "لقاء" before a pronoun).
    bool written_ending_with_pronoun(std::size_t k) const {
        const std::string_view word = tokens_[k].text;
        if (!ends_in_folded_teh_marbuta(word)) return false;
        thread_local std::string stem;
        stem.assign(word.substr(0, word.size() - kWrittenHa.size()));
        if (stem.size() > kYehHamzaSeat.size() &&
            stem.compare(stem.size() - kYehHamzaSeat.size(), kYehHamzaSeat.size(), kYehHamzaSeat) == 0)
            stem.replace(stem.size() - kYehHamzaSeat.size(), kYehHamzaSeat.size(), kHamza);
        return meeting_noun_stem(stem);
    }
    // Whether `stem`, a word with a clitic taken off, is still a meeting noun.
    bool meeting_noun_stem(std::string_view stem) const {
        thread_local std::vector<Token> rest(1);
        rest[0].text = stem;
        thread_local std::vector<PhraseMatch> matches;
        r_.index.match_at(rest, 0, 1, matches);
        return std::any_of(matches.begin(), matches.end(), [](const PhraseMatch& match) {
            return match.category == kWordClass && match.payload == kMeetingNoun;
        });
    }
    // The named person who ends last in [from, before).
    const PersonRef* person_named_before(std::size_t before, std::size_t from) const {
        const PersonRef* found = nullptr;
        for (const PersonRef& person : s_.persons)
            if (person.first >= from && person.last <= before && person.named() && speaks_for_someone(person))
                found = &person;
        return found;
    }
    // "وقال أحد المختطفين": some of a group, no one named; but "أكدت كل من الولايات المتحدة ودول
    // المجلس" names them all.
    bool some_of(std::size_t at) const {
        return s_.has_class(at, kQuantifier) && !(at + 1 < s_.last && tokens_[at + 1].text == "\xD9\x85\xD9\x86");
    }
    // Whether a date the text gives, with a value, in tokens [first, last) passes `test`.
    template <typename Test>
    bool any_date(std::size_t first, std::size_t last, Test test) const {
        return std::any_of(s_.dates.begin(), s_.dates.end(), [&](const DateRef& d) {
            return d.first >= first && d.first < last && !d.date.value.empty() && test(d);
        });
    }
    // The date's value compared with the article's day, at the date's own precision.
    int against_publication(const DateRef& d) const {
        return d.date.value.compare(0, std::string::npos, format_iso_date(*publication_), 0, d.date.value.size());
    }
    // A date in [first, last) that lies wholly after the publication day.
    bool dated_after_publication(std::size_t first, std::size_t last) const {
        if (!publication_) return false;
        return any_date(first, last, [&](const DateRef& d) {
            // "الأسبوع المقبل": a week or a span named as the coming one.
            if (near_class(d.first, d.last, kFuture)) return true;
            const std::string& value = d.date.value;
            return value.size() >= 7 && value[4] == '-' && value[5] != 'W' && value[5] != 'H' && value[5] != 'Q' &&
                   against_publication(d) > 0;
        });
    }
    // A date written as the coming one ("أغسطس المقبل", "السبت القادم").
    bool dated_as_coming(std::size_t first, std::size_t last) const {
        return any_date(first, last, [&](const DateRef& d) { return near_class(d.first, d.last, kFuture); });
    }
    // A day, or a period, the text dates on or before the article's day.
    bool dated_up_to_publication(std::size_t first, std::size_t last) const {
        if (!publication_) return false;
        return any_date(first, last, [&](const DateRef& d) {
            return !near_class(d.first, d.last, kFuture) && against_publication(d) <= 0;
        });
    }
    // A weekday alone, or a day with no year, read as past that a verb looking ahead makes the coming one.
    bool weekday_ahead(std::size_t first, std::size_t last) const {
        return std::any_of(s_.dates.begin(), s_.dates.end(), [&](const DateRef& d) {
            return d.first >= first && d.first < last && !d.date.coming_value.empty();
        });
    }
    // ahead: as any, but a weekday alone is the coming one ("يجتمع مجلس الأمن الاثنين").
    // report: a past day; report_period: a past week, month or year.
    enum class DateUse { report, report_period, past, any, ahead };
    // A day or month with no year read as past, most of a year back, whose coming occurrence is weeks
    // ahead ("مطلع شهر ذي القعدة" ten days before it, "انتخابات مبكرة في 27 سبتمبر" seven weeks
    // before it); not last Wednesday, nor "17 ديسمبر" in July.
    bool coming_rather_than_past(const DateMention& date) const {
        constexpr long kMostOfAYear = 300, kFewWeeks = 65;
        if (date.coming_value.empty() || !publication_) return false;
        const auto distance = [&](const std::string& value) -> std::optional<long> {
            const auto day = parse_iso_date(value.size() == 7 ? value + "-01" : value);
            if (!day) return std::nullopt;
            return std::labs(days_between(*publication_, *day));
        };
        const auto past = distance(date.value), coming = distance(date.coming_value);
        return past && coming && *past > kMostOfAYear && *coming <= kFewWeeks;
    }
    // A week, month or year wholly before the publication day's, or the start or middle of the
    // publication's own month or year once that part is over ("مطلع الشهر الجاري" on the 27th).
    static bool ended_before(const DateMention& date, const std::string& publication) {
        if (date.precision == "week") return date.value < iso_week(publication);
        if (date.precision != "month" && date.precision != "year") return false;
        const std::size_t length = date.precision == "month" ? 7 : 4;
        if (date.value < publication.substr(0, length)) return true;
        if (date.value != publication.substr(0, length) || publication.size() != 10) return false;
        // The part's last day: the 10th or the 20th of a month, March or August of a year.
        constexpr int kStartOfMonth = 10, kMiddleOfMonth = 20, kStartOfYear = 3, kMiddleOfYear = 8;
        const int into = std::stoi(publication.substr(length == 7 ? 8 : 5, 2));
        if (date.part == DateMention::Part::start) return into > (length == 7 ? kStartOfMonth : kStartOfYear);
        if (date.part == DateMention::Part::middle) return into > (length == 7 ? kMiddleOfMonth : kMiddleOfYear);
        return false;
    }
    // The date nearest `at` in [first, last), outside the tokens `skip` covers.
    std::optional<EventDate> nearest_date(std::size_t at, Span& span, DateUse use, std::size_t first = 0,
                                          std::size_t last = kNone, Span skip = {}) const;
    std::optional<Round> nearest_round(std::size_t at, Span& span, std::size_t first = 0,
                                       std::size_t last = kNone) const;
    // An ordinal of a meeting noun other than a round numbers only a series the sentence or article names.
    bool numbers_round(const RoundRef& round) const {
        return !round.needs_series || !round.series.empty() || !context_.series.empty();
    }
    // `at_venues`: the place of a body named as the venue ("بمقر السفارة في روما") is where a
    // meeting was held; for a statement it is only where the body stands.
    std::optional<Location> location(std::size_t first, std::size_t last, Span& span, std::size_t near = 0,
                                     bool at_venues = false) const;
    Location location_of(const PlaceEntry& place) const { return {place.id, place.name_en, place.name_ar}; }
    std::optional<Location> location_of_series(const std::string& series) const {
        auto place = r_.place_by_id.find(series);
        if (place == r_.place_by_id.end()) return std::nullopt;
        return location_of(r_.places[place->second]);
    }
    // A day within a year before the article: further back, a day away from a statement's verb is
    // of the background.
    bool recent_day(const EventDate& date) const {
        constexpr long kBackgroundDays = 366;
        const std::optional<CivilDate> day = parse_iso_date(date.value);
        return day && publication_ && days_between(*day, *publication_) <= kBackgroundDays;
    }
    EventDate publication_date() const {
        EventDate date;
        if (publication_) {
            date.value = format_iso_date(*publication_);
            date.precision = "day";
            date.from_publication = true;
        }
        return date;
    }
    Event make(const TriggerEntry& rule, const std::string& type) const {
        Event event;
        event.type = type;
        if (rule.type == type) {
            event.cameo = rule.cameo;
        } else if (const EventTypeInfo* info = r_.types.find(type)) {
            event.cameo = info->cameo;
        }
        return event;
    }
    Event make(const TriggerRef& trigger, const std::string& type) const {
        return make(r_.triggers[trigger.trigger], type);
    }
    // An event of the trigger's own rule.
    Event make(const TriggerRef& trigger) const { return make(trigger, r_.triggers[trigger.trigger].type); }
    // The rule's conditions on the words around its trigger (near=, unless=).
    bool conditions_hold(const TriggerRef& trigger) const {
        return conditions_hold(r_.triggers[trigger.trigger], trigger);
    }
    // A reader's conditions, around the word it starts from.
    bool conditions_hold(const TriggerEntry& rule, std::size_t at) const {
        return conditions_hold(rule, TriggerRef{at, at + 1, 0, {}});
    }
    bool conditions_hold(const TriggerEntry& rule, const TriggerRef& trigger) const {
        for (const RuleCondition& condition : rule.conditions) {
            if (condition.in_article) {
                // An article about it: several such words, and one in every other sentence at least.
                const int words = context_.class_words[condition.word_class];
                const bool about = words >= kArticleClassWords && 2 * words >= context_.sentences;
                if (about == condition.absent) return false;
                continue;
            }
            long from = condition.from < 0 ? static_cast<long>(trigger.first) + condition.from
                                           : static_cast<long>(trigger.last) - 1 + condition.from;
            long to = condition.to < 0 ? static_cast<long>(trigger.first) + condition.to
                                       : static_cast<long>(trigger.last) - 1 + condition.to;
            // A clause window ends at the first clause word or colon after the trigger, and starts after the
            // last one before it.
            if (condition.in_clause) {
                const auto bounds_clause = [&](std::size_t k) {
                    return s_.has_class(k, kClause) || is_colon(tokens_[k]);
                };
                for (std::size_t k = trigger.last; static_cast<long>(k) <= to && k < s_.last; ++k)
                    if (bounds_clause(k)) {
                        to = static_cast<long>(k) - 1;
                        break;
                    }
                for (std::size_t k = trigger.first; k-- > s_.first && static_cast<long>(k) >= from;)
                    if (bounds_clause(k)) {
                        from = static_cast<long>(k) + 1;
                        break;
                    }
            }
            bool found = false;
            for (long k = std::max<long>(from, static_cast<long>(s_.first));
                 k <= to && k < static_cast<long>(s_.last) && !found; ++k)
                found = static_cast<std::size_t>(k) != trigger.first &&
                        s_.has_class(static_cast<std::size_t>(k), static_cast<WordClass>(condition.word_class));
            if (found == condition.absent) return false;
        }
        return true;
    }
    // An informal group (the major powers, the two Koreas) takes part as its members.
    std::vector<Actor> with_members(std::vector<Actor> parties) const {
        std::vector<Actor> expanded;
        for (Actor& party : parties) {
            const ActorEntry* group = r_.actor(party.id);
            if (!group || group->members.empty()) {
                expanded.push_back(std::move(party));
                continue;
            }
            for (const std::string& member : group->members) {
                if (std::none_of(expanded.begin(), expanded.end(), [&](const Actor& a) { return a.id == member; }))
                    expanded.push_back(actor_of(ActorRef{0, 0, member}, party.role));
            }
        }
        return expanded;
    }
    void add_actor(Event& event, Actor actor) const {
        if (actor.role == "participant" || actor.role == "signatory") {
            if (const ActorEntry* group = r_.actor(actor.id); group && !group->members.empty()) {
                for (Actor& member : with_members({std::move(actor)})) add_actor(event, std::move(member));
                return;
            }
        }
        for (const Actor& a : event.actors)
            if (a.id == actor.id && a.role == actor.role) return;
        event.actors.push_back(std::move(actor));
    }

    void speech(const TriggerRef& trigger, std::vector<std::pair<Event, Span>>& out);
    void meeting(const TriggerRef& trigger, bool encounter, std::vector<std::pair<Event, Span>>& out);
    void plan(const TriggerRef& trigger, std::vector<std::pair<Event, Span>>& out);
    void withdrawal(const TriggerRef& trigger, std::vector<std::pair<Event, Span>>& out);
    void offer(const TriggerRef& trigger, std::vector<std::pair<Event, Span>>& out);
    void joint(const TriggerRef& trigger, std::vector<std::pair<Event, Span>>& out);
    void agreement(const TriggerRef& trigger, std::vector<std::pair<Event, Span>>& out);
    void headline(const TriggerEntry& rule, std::vector<std::pair<Event, Span>>& out);
    void move_to_future(EventDate& date) const;
    void quote(const TriggerRef& trigger, std::vector<std::pair<Event, Span>>& out);
    void meeting_with(const TriggerEntry& rule, std::vector<std::pair<Event, Span>>& out);
    // "وكان الجبير التقى", "وكانت بريطانيا قالت": the verb told in the past before the past, background to
    // the news: كان within `reach` words before `from` (the verb, or the subject before it), in its clause.
    // Its span, empty when none.
    Span told_before_the_past(std::size_t from, std::size_t reach = kSubjectWords) const;
    // "وكان مجلس إدارة نادي الزمالك برئاسة المستشار مرتضى منصور قد حذر": كان and, right before the verb, قد
    // (not "وقد" nor "فلقد", which open a clause of their own) make the past before the past however long the subject
    // between them (the verb at token `verb`). The span of كان, empty when none.
    Span told_before_perfect_particle(std::size_t verb) const;
    // "وكان تنظيم داعش قد أصدر في الفترة الأخيرة فتوى أكدت": a verb further on in the predicate of كان and قد,
    // its subject between them, is as much before the past. The span of كان, empty when none.
    Span in_perfect_predicate(const TriggerRef& trigger, std::size_t subject_first) const {
        constexpr std::size_t kPredicateWords = 10;
        for (std::size_t p = trigger.first; p-- > s_.first && trigger.first - p <= kPredicateWords;) {
            if (s_.has_class(p, kPerfectParticle)) {
                if (p + 1 >= trigger.first || subject_first >= p) return {};
                const Span auxiliary = told_before_perfect_particle(p + 1);
                if (auxiliary.first < auxiliary.last && auxiliary.first < subject_first) return auxiliary;
                return {};
            }
            if ((tokens_[p].kind == TokenKind::punctuation && !is_comma(tokens_[p])) || s_.has_class(p, kClause) ||
                s_.has_class(p, kClauseOpener))
                return {};
        }
        return {};
    }
    static constexpr std::size_t kSubjectWords = 6;
    // Nouns before the speaker in the subject of which he is the complement ("بنك فرنسا المركزي").
    static constexpr std::size_t kSubjectNouns = 3;
    // Words of a subject's post that may stand between it and what places the saying ("في تصريح سابق").
    static constexpr std::size_t kPostWords = 4;
    // "يذكر أن وزير الإسكان ماجد الحقيل اجتمع": the words before a verb in the past, its subject's between, that
    // open what the report adds as background; the empty span when none ("ويذكر أن واشنطن تطالب" is a stance
    // the state still holds).
    Span told_as_background(const TriggerRef& trigger) const {
        if (r_.triggers[trigger.trigger].tense != TriggerEntry::Tense::past) return {};
        constexpr std::size_t kSubjectReach = 12;
        for (std::size_t k = trigger.first; k-- > s_.first && trigger.first - k <= kSubjectReach;) {
            if (s_.has_class(k, kBackground) && s_.class_end(k, kBackground) <= trigger.first)
                return {k, s_.class_end(k, kBackground)};
            if (s_.item(k) && s_.item(k)->category == kTrigger) break;
        }
        return {};
    }
    // "التقى ... مؤخراً", "عُقد مؤخرا بين": a word or phrase that places the act before the news, from just
    // before its verb to the end of its mention, outside quotation marks, or that opens it as background. The
    // empty span when none.
    Span placed_before_the_news(const TriggerRef& trigger, const Span& mention) const {
        constexpr std::size_t kWordsBefore = 2;
        const std::size_t from = trigger.first > s_.first + kWordsBefore ? trigger.first - kWordsBefore : s_.first;
        for (std::size_t k = from; k < mention.last && k < s_.last; ++k)
            for (const WordClass placing : {kRepeatedly, kEarlier}) {
                if (!s_.has_class(k, placing) || quoted(k)) continue;
                const std::size_t end = s_.class_end(k, placing);
                if (!by_agent(k, end)) return {k, end};  // "من قبل البرلمان"
            }
        return told_as_background(trigger);
    }
    // "لاستضافة جولة أخرى من المحادثات بين دمشق والمعارضة": the meeting noun at `k` is what someone offers to host
    // or resume, a few words before it in its phrase: a meeting to come.
    bool offered_to_host(std::size_t k) const {
        constexpr std::size_t kObjectWords = 4;
        for (std::size_t o = k; o-- > s_.first && k - o <= kObjectWords;) {
            if (tokens_[o].kind != TokenKind::word) return false;
            if (s_.has_class(o, kOfferObject)) return true;
        }
        return false;
    }
    // "لإجراء محادثات مع": a verbal noun with ل, a purpose, at `t` before a meeting word.
    bool purpose_before(std::size_t t) const;
    // "لاجتماع مع": the preposition ل before the meeting noun at `k` (to prepare for, to hold one).
    bool purpose_lam(std::size_t k) const;
    // "جون بولتون، الذي كان تحدث عن": the person or body a relative clause of the verb refers to.
    // `object_read`: the one named after the verb is known to be its object ("الذي اتهم المملكة بدعم").
    std::optional<Actor> antecedent_subject(const TriggerRef& trigger, Span& span, bool object_read = false) const;
    std::optional<Actor> visitor_before(const TriggerRef& trigger, Span& span) const;
    // "في عقد قمة": a meeting verb's form at `t` after a preposition is its verbal noun, holding one.
    bool holding_after_preposition(std::size_t t) const;
    // In the present right after the bare particle أن (two letters, no pronoun: "أنه يرفض" reports a
    // stance), not after بعد or منذ ("منذ أن تحدث"): wished, expected or due, not done.
    bool after_bare_an(const TriggerRef& trigger) const {
        return r_.triggers[trigger.trigger].tense == TriggerEntry::Tense::present && trigger.first > s_.first &&
               trigger.proclitics.empty() && s_.has_class(trigger.first - 1, kClause) &&
               utf8::count_code_points(tokens_[trigger.first - 1].text) == 2 &&
               (trigger.first - 1 == s_.first || !s_.has_class(trigger.first - 2, kOtherEvent));
    }
    // A call or proposal (a speech verb that plans what it calls for) a few words before `at`, after
    // `from` and with no punctuation between: "اقترحت الهند على باكستان عقد اجتماع", "طالب بإجراء حوار مع طهران"; not
    // one made at or after the meeting ("ودعا الوزير خلال لقائه مع نظيره", "ودعا أوباما بعد محادثات مع").
    bool called_for(std::size_t at, std::size_t from) const {
        for (std::size_t k = at; k > from && k + 4 > at; --k) {
            if (tokens_[k - 1].kind == TokenKind::punctuation || s_.has_class(k - 1, kOccasion) ||
                s_.has_class(k - 1, kOtherEvent))
                return false;
            const LexiconItem* item = s_.item(k - 1);
            if (item && item->category == kTrigger && !r_.triggers[item->payload].plan_type.empty()) return true;
        }
        return false;
    }
    void meeting_of(const TriggerEntry& rule, std::vector<std::pair<Event, Span>>& out);

    const Resources& r_;
    const SentenceEntities& s_;
    const std::vector<Token>& tokens_;
    DocumentContext& context_;
    const std::optional<CivilDate>& publication_;
    bool meeting_done_ = false;
    bool plan_done_ = false;
    // The words of a meeting a verb of this sentence plans ("سيعقد كيري اجتماعا ثلاثيا"): its noun is
    // that meeting, still to come, not another one held.
    Span planned_by_verb_;
    std::vector<std::string> emitted_;       // meetings of this sentence, by round
    std::optional<Actor> sentence_speaker_;  // the speaker of this sentence's last statement
    EventDate sentence_said_on_;             // and its date
    bool unnamed_subject_ = false;           // a verb of saying before had a subject no one names
    std::size_t reported_from_ = kNone;      // where the words its first statement reports begin (إن، أن، :)
    // The day this sentence's statement was made, when the text gives it: "اليوم" in what was said
    // is that day.
    std::optional<CivilDate> saying_day_;
    // The speaker of a statement of this sentence made before the news, and its undated date: "غرّد
    // سعود الدوسري - رحمه الله - ... قائلا" goes on with the same saying.
    std::optional<std::pair<std::string, EventDate>> said_before_;
};

Actor SentenceReader::actor_of(const ActorRef& ref, const std::string& role) const {
    Actor actor;
    actor.id = ref.id;
    actor.role = role;
    if (const ActorEntry* entry = r_.actor(ref.id)) {
        actor.name = entry->name_en;
        actor.name_ar = entry->name_ar;
        actor.kind = entry->kind;
        actor.affiliation = entry->affiliation;
    }
    return actor;
}

Actor SentenceReader::actor_of(const PersonRef& ref, const std::string& role) const {
    if (!ref.named()) {
        // An office or an unnamed official speaks for its state.
        Actor actor = actor_of(ActorRef{ref.first, ref.last, ref.affiliation}, role);
        actor.title = ref.title_en;
        actor.awaiting_name = ref.unnamed_holder;
        return actor;
    }
    Actor actor;
    actor.id = ref.id;
    actor.name = ref.name_en;
    actor.name_ar = ref.name_ar;
    actor.kind = "person";
    actor.role = role;
    actor.affiliation = ref.affiliation;
    actor.title = ref.title_en;
    return actor;
}

std::optional<Actor> SentenceReader::subject_after(const TriggerRef& trigger, Span& span, bool& blocked) const {
    const auto block = [&]() -> std::optional<Actor> {
        blocked = true;
        return std::nullopt;
    };
    // A verb before its subject is singular ("قال المسؤولون"); one of the dual or plural holds its
    // subject, and the one named after it is its object ("سيطالبون كيري بتقديم توضيحات").
    const bool holds_subject = r_.triggers[trigger.trigger].holds_subject;
    // After a verb of saying, one named after a preposition is spoken of or to; after a verb of
    // meeting ("بحث مع"), the other side, which the meeting reads.
    const bool speech = r_.triggers[trigger.trigger].frame == Frame::speech;
    // Verb first: "وقال وزير الخارجية ...", "أعلنت روسيا ...".
    for (std::size_t k = trigger.last; k < s_.last && k < trigger.last + 8; ++k) {
        if (s_.has_class(k, kClause) || is_colon(tokens_[k])) break;
        if (lam_before_quote(k)) continue;  // "لـ«الرياض»": the outlet after it is read next
        if (holds_subject && (person_at(k) || actor_at(k))) return block();
        if (const PersonRef* person = person_at(k)) {
            // "وقال للرئيس الفرنسي فرانسوا هولاند": the one spoken to, with ل or ب, is not who speaks;
            // nor the one spoken of or to after a preposition ("تحدثت عن الصحفي محمد حسنين هيكل").
            if (with_preposition(person->first) || (speech && after_preposition(person->first))) break;
            // "وقالت "أمام اتحاد القدم السعودي ...": what is quoted after the verb is what was said.
            if (in_quotation(person->first, person->last, trigger)) break;
            // A title that names no one we know ("المسؤول"), or a source unnamed on purpose
            // ("مسؤول تركي"): the subject is unknown, unless the post's holder is named after it ("رئيس
            // اللجنة العلمية للمؤتمر الدكتور حامد المقرن").
            const PersonRef* holder = person->named()     ? person
                                      : person->anonymous ? nullptr
                                                          : named_holder_after(person->last);
            if (!holder && !speaks_for_someone(*person)) return block();
            span.add(person->first, holder ? holder->last : person->last);
            return holder ? holder_of(*person, *holder, "speaker") : actor_of(*person, "speaker");
        }
        if (const ActorRef* actor = actor_at(k)) {
            if (in_media_phrase(k)) break;
            if (topic(*actor)) break;
            // "وتشير لحزب الله": one spoken to or of, with ل or ب, is not who speaks; nor is a state
            // after any other preposition ("حساب تغرد من السعودية": where from, "فرنسا تقترح على بريطانيا").
            if (with_preposition(actor->first) ||
                (speech && (after_preposition(actor->first) || after_any_preposition(actor->first))))
                break;
            if (in_quotation(actor->first, actor->last, trigger)) break;
            // "وعد إسرائيل", "دعا إيران": a state's name is feminine, so a verb of saying in the masculine right
            // before it is not its verb; the state is the object, the subject someone named before.
            if (speech && k == trigger.last && masculine_singular(trigger) && names_feminine_state(*actor)) break;
            // "ووصف الألماني", "طالب سعودي": a nationality word alone is a person's name or a noun, quoted
            // too ("وأشار "هندي"", the family name of one named before).
            // "وصفها المصريون", "ودعا أفغان": people of the state said it, not the state ("رد الروس", the Russian
            // side, is the state).
            const bool right_after = k == trigger.last || (k == trigger.last + 1 && is_quote(tokens_[trigger.last]));
            if (actor->adjective && right_after &&
                (singular_nisba(tokens_[k].text) || plural_nisba(tokens_[k].text) || !is_definite(tokens_[k].text)))
                return block();
            // "وأضاف الصحفي المغربي": a journalist of the state, who does not speak for it.
            if (actor->adjective && k > trigger.last && is_honorific(k - 1)) return block();
            span.add(actor->first, actor->last);
            return actor_of(*actor, "speaker");
        }
        const LexiconItem* item = s_.item(k);
        if (item && item->category == kTrigger) {
            // Another verb: the subject is unknown. A noun trigger ("رافضين إنهاء") ends the search.
            const Frame frame = r_.triggers[item->payload].frame;
            if (frame == Frame::speech || frame == Frame::meeting || frame == Frame::encounter) return block();
            break;
        }
        // "وذكرت وكالة الأناضول", "ذكرت رويترز": an outlet right after the verb reports; the speaker is
        // no one the text named before.
        if (s_.has_class(k, kMedia) || (item && item->category == kMediaName)) {
            // "وأضاف لوكالة فرانس برس", "كشف ذلك لـ«الرياض»": the outlet he spoke to; the speaker is
            // still the one just named, or follows. "وأبلغ «الشرق الأوسط»": the outlet he told.
            const bool right_after = k == trigger.last || (k == trigger.last + 1 && is_quote(tokens_[trigger.last]));
            const bool told = right_after && s_.has_class(trigger.first, kInforming);
            const bool spoken_to = told || (k >= s_.first + 2 && lam_before_quote(k - 2)) ||
                                   (item ? item->proclitics.find(kPrepositionLam) != std::string_view::npos
                                         : tokens_[k].text.substr(0, kPrepositionLam.size()) == kPrepositionLam);
            if (right_after && !spoken_to) return block();
            if (!spoken_to) break;
            // "وفقا لما كشفه لـ(عكاظ) مسؤول عراقي": the one who spoke may follow the outlet.
            if (item) k = item->last - 1;
            continue;
        }
        // "أدان الاجتماع ...", "وأعرب المشاركون ...": a noun right after the verb is its subject.
        // "وأعرب عن سعادته بوجود سفير سعودي": a noun, though written as a form of address.
        const bool address_noun = s_.has_class(k, kAddressNoun) && s_.has_class(k - 1, kPreposition);
        const bool content = tokens_[k].kind == TokenKind::word && (!item || address_noun) &&
                             !s_.has_class(k, kFunctionWord) && !s_.has_class(k, kClause) &&
                             !s_.has_class(k, kDestination) && !in_date(k);
        if (k == trigger.last && (content || s_.has_class(k, kMeetingNoun) || some_of(k))) return block();
        // "وقال الناشط الحقوقي": a form of address before an unknown noun names someone unknown.
        if (content && k > trigger.last && is_honorific(k - 1)) return block();
        // "أعلن خلال استقباله وزير ...": past a noun the one named is no longer the subject.
        if (content) break;
    }
    return std::nullopt;
}

const PersonRef* SentenceReader::apposed_subject(std::size_t closing_comma) const {
    constexpr std::size_t kLongestApposition = 12;
    for (const PersonRef& person : s_.persons) {
        if (person.last > closing_comma || closing_comma - person.last > kLongestApposition) continue;
        // The person opens its clause: at the start or after a comma, a word such as لكن between.
        std::size_t opening = person.first;
        if (opening > s_.first &&
            (s_.has_class(opening - 1, kFunctionWord) || s_.has_class(opening - 1, kClauseOpener)))
            --opening;
        if (opening > s_.first && !is_comma(tokens_[opening - 1])) continue;
        // The apposition opens with a comma, after the name or inside the person's span ("X، المتحدث
        // باسم Y"), and runs to the closing comma with no clause, quotation or verb of its own.
        std::size_t k = person.last;
        bool apposition = false;
        for (std::size_t inside = std::max(person.name_last, person.first); inside < person.last && !apposition;
             ++inside)
            apposition = is_comma(tokens_[inside]);
        if (k < closing_comma && is_comma(tokens_[k])) {
            apposition = true;
            ++k;
        }
        bool plain = apposition;
        for (; plain && k < closing_comma; ++k) {
            const LexiconItem* item = s_.item(k);
            plain = !is_comma(tokens_[k]) && !is_quote(tokens_[k]) && !s_.has_class(k, kClause) &&
                    !s_.has_class(k, kClauseOpener) && !(item && item->category == kTrigger);
        }
        if (plain) return &person;
    }
    return nullptr;
}

std::optional<Actor> SentenceReader::subject_before(const TriggerRef& trigger, Span& span, bool& blocked) const {
    const auto block = [&]() -> std::optional<Actor> {
        blocked = true;
        return std::nullopt;
    };
    // "وكان وزير الخارجية الروسي، سيرغي لافروف، قد قال": the subject stands
    // between كان and the particle of the perfect, an apposition's commas included.
    if (trigger.first > s_.first && s_.has_class(trigger.first - 1, kPerfectParticle)) {
        // "وكانت جبهة النصرة الموالية لتنظيم القاعدة والمناهضة لتنظيم داعش، قد أعلنت": the one named right
        // after كان heads the subject, whatever its phrase names before the particle.
        if (const std::optional<Actor> head = head_after_past_auxiliary(trigger.first - 1, span)) return head;
        std::size_t end = trigger.first - 1;
        // "مستشار الرئيس الإيراني علي يونسي كان قد صرح": or before كان, which follows its subject.
        if (end > s_.first + 1 && s_.has_class(end - 1, kPastAuxiliary) && !opens_with_conjunction_waw(end - 1) &&
            std::any_of(s_.persons.begin(), s_.persons.end(),
                        [&](const PersonRef& p) { return p.last == end - 1 && p.named(); }))
            --end;
        while (end > s_.first && is_comma(tokens_[end - 1])) --end;
        // "وكان الدبلوماسي الكبير في الخارجية الاميركية قد أوضح": a body after a preposition is where the
        // subject is from, not the subject.
        for (const PersonRef& person : s_.persons)
            if (person.last == end && speaks_for_someone(person) && !after_any_preposition(person.first)) {
                span.add(person.first, person.last);
                return actor_of(person, "speaker");
            }
        // "خبراء من 100 شركة برازيلية قد قالوا": an adjective of a thing names no one.
        if (const ActorRef* actor = end > s_.first ? actor_ending_at(end - 1) : nullptr;
            actor && !in_media_phrase(actor->first) && !topic(*actor) && !after_any_preposition(actor->first)) {
            // "وكانت البنوك السعودية قد أكدت": a thing's nationality word ends the subject, no state's.
            if (describes_thing(*actor)) return block();
            span.add(actor->first, actor->last);
            return actor_of(*actor, "speaker");
        }
        // "وكان مسؤول في اقليم كردستان العراقي قد طالب تركيا": a subject stands there, one unnamed or
        // unknown; the one named after the verb is its object.
        const std::size_t opening = auxiliary_before(end);
        if (opening != kNone) {
            const auto inside = [&](const auto& mention) { return mention.first >= opening && mention.first < end; };
            const bool unnamed = std::any_of(s_.persons.begin(), s_.persons.end(),
                                             [&](const PersonRef& p) { return inside(p) && !speaks_for_someone(p); });
            const bool known = std::any_of(s_.persons.begin(), s_.persons.end(), inside) ||
                               std::any_of(s_.actors.begin(), s_.actors.end(), inside);
            // "وكانت الهيئة السعودية للمهندسين قد دعت": a body the nationality word describes.
            const bool thing = std::any_of(s_.actors.begin(), s_.actors.end(), [&](const ActorRef& a) {
                return inside(a) && a.first == opening + 1 && describes_thing(a);
            });
            if (unnamed || !known || thing) return block();
        }
    }
    // "مزاد هونغ كونغ الأخير نتائجه تؤكد": right before a verb in the present, a noun no lexicon knows
    // is its subject (see unknown_subject_before()), not one named before it; a word or two right after
    // a person describe him ("نصر الله الكاذب الكبير يؤكد").
    if (trigger.proclitics.empty() && r_.triggers[trigger.trigger].tense == TriggerEntry::Tense::present) {
        constexpr std::size_t kDescribingWords = 2;
        const std::size_t first = unknown_subject_start(trigger.first, true);
        if (first != kNone && (first == s_.first || trigger.first - first > kDescribingWords || !in_person(first - 1)))
            return block();
    }
    // "لكن لورا بيكر ، مراسلة بي بي سي في سيول ، تقول": a person opening the clause, then an
    // apposition between commas, then the verb with no conjunction of its own.
    // A participle ("، مؤكدا") goes on with the clause before instead.
    if (trigger.first > s_.first + 2 && is_comma(tokens_[trigger.first - 1]) && trigger.proclitics.empty() &&
        r_.triggers[trigger.trigger].tense != TriggerEntry::Tense::none)
        if (const PersonRef* person = apposed_subject(trigger.first - 1)) {
            if (!speaks_for_someone(*person)) return block();
            span.add(person->first, person->last);
            return actor_of(*person, "speaker");
        }
    // Subject first: the entity that opens the clause ("كازاخستان تعلن ...",
    // "السلطات الكازاخستانية مستعدة"), not an object just before the verb.
    // A colon ends a dateline ("ياوندي - «الشرق الأوسط»: قالت مصادر"): the city is where it was
    // reported from, not who spoke.
    constexpr std::size_t kClauseReach = 8;
    // "فإن الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة قال": a named person
    // whose name and posts (read as his or as unnamed posts right after them) run from the clause's opening
    // right up to the verb is its subject, however long.
    for (const PersonRef& person : s_.persons) {
        if (!person.named() || person.first >= trigger.first || trigger.first - person.first <= kClauseReach) continue;
        // Posts follow one another, each with the place it is of ("أمير منطقة مكة المكرمة رئيس اللجنة").
        std::size_t end = person.last;
        for (bool longer = true; longer && end < trigger.first;) {
            longer = false;
            for (const PersonRef& post : s_.persons)
                if (post.first == end && !post.named() && post.last <= trigger.first) {
                    end = post.last;
                    longer = true;
                }
            for (const PlaceRef& place : s_.places)
                if (place.first == end && place.last <= trigger.first && end > person.last) {
                    end = place.last;
                    longer = true;
                }
        }
        if (end != trigger.first) continue;
        const auto opens_clause = [&](std::size_t before) {
            return tokens_[before].kind == TokenKind::punctuation || s_.has_class(before, kClause) ||
                   s_.has_class(before, kClauseOpener);
        };
        if ((person.first > s_.first && !opens_clause(person.first - 1)) || !speaks_for_someone(person)) continue;
        span.add(person.first, person.last);
        return actor_of(person, "speaker");
    }
    std::size_t clause = trigger.first;
    while (clause > s_.first && trigger.first - clause < kClauseReach && !is_comma(tokens_[clause - 1]) &&
           !is_colon(tokens_[clause - 1]) && !s_.has_class(clause - 1, kClause) &&
           !s_.has_class(clause - 1, kClauseOpener) &&
           !(s_.item(clause - 1) && s_.item(clause - 1)->category == kTrigger))
        --clause;
    for (std::size_t k = clause; k < trigger.first; ++k) {
        // No relative pronoun starts with و: a و before one is the conjunction.
        if (s_.has_class(k, kRelative) && opens_with_conjunction_waw(k)) return std::nullopt;
    }
    // "اللغة التي تحدث بها المالكي تؤكد": after a verb right after a relative pronoun, the words up to a verb with
    // no conjunction are the relative clause's; the one named there is its verb's subject, not this one's (a
    // participle or a verb joined by و goes on with him: "التي علق عليها طه حسين قائلا").
    if (const LexiconItem* before = clause > s_.first ? s_.item(clause - 1) : nullptr;
        before && before->category == kTrigger && before->last == clause && before->first > s_.first &&
        s_.has_class(before->first - 1, kRelative) && trigger.proclitics.empty() &&
        r_.triggers[trigger.trigger].tense != TriggerEntry::Tense::none)
        return std::nullopt;
    // "الرواية التي تقول إن", "الأمر الذي يؤكد أن": right before the verb, a relative pronoun after a
    // thing makes the thing the verb's subject, not one named before it, unless a pronoun on the verb
    // or after it makes the thing its object ("لمزارع الرياح التي وصفها", "الصفقة التي أعلن عنها").
    if (const std::size_t relative = trigger.first - 1;
        relative > clause && s_.has_class(relative, kRelative) && !opens_with_conjunction_waw(relative) &&
        !r_.triggers[trigger.trigger].has_object &&
        !(trigger.last < s_.last && s_.has_class(trigger.last, kResumptive)) && thing_before_relative(clause, relative))
        return block();
    // A dual or plural verb follows its subject ("روسيا وتركيا أكدتا", "موسكو وواشنطن بالتأكيد قد
    // رأتا"): far after the last one named, it says nothing of them, or the form is another word
    // ("فريق العاصمة الايطالية سيدفع نصف مليون يورو ثمنا": a price, not "they praised").
    if (r_.triggers[trigger.trigger].holds_subject) {
        constexpr std::size_t kWordsBetween = 2;
        std::size_t named_end = 0;
        for (const PersonRef& person : s_.persons)
            if (person.last <= trigger.first && person.first >= clause) named_end = std::max(named_end, person.last);
        for (const ActorRef& actor : s_.actors)
            if (actor.last <= trigger.first && actor.first >= clause) named_end = std::max(named_end, actor.last);
        if (named_end > 0 && named_end + kWordsBetween < trigger.first) return block();
        // "انقذت قنصلية المملكة في هيوستن طالبا", "إن مصر دفعت ثمنا": after one alone, with no other
        // joined to it by و and neither a group nor a pair, a verb's dual form in ا is another word,
        // an indefinite noun ("a student", "a price").
        if (past_dual(trigger)) {
            std::size_t named = 0;
            bool many = false;
            const auto count = [&](std::size_t first) {
                ++named;
                many = many || opens_with_conjunction_waw(first);
            };
            for (const PersonRef& person : s_.persons)
                if (person.last <= trigger.first && person.first >= clause) {
                    count(person.first);
                    many = many || person.group;
                }
            for (const ActorRef& actor : s_.actors)
                if (actor.last <= trigger.first && actor.first >= clause && !actor.adjective && !in_person(actor.first))
                    count(actor.first);
            for (std::size_t k = clause; k < trigger.first; ++k)
                many = many || s_.has_class(k, kCollective) || s_.has_class(k, kGathered);
            if (named == 1 && !many) return block();
        }
    }
    // "وعن تعامل حكومة روحاني مع البلوش قال": a clause opened by a preposition is a topic put first.
    if (clause < trigger.first && s_.has_class(clause, kPreposition) && !person_at(clause) && !actor_at(clause))
        return std::nullopt;
    // "واعتبر المدرب أن المكسيك تملك الأفضلية وقال": one named in a clause reported after أن is the
    // subject of that clause; a verb of saying joined by و after it goes on with the sentence's own
    // subject (a meeting goes on with the clause's: "أن سليماني وصل إلى موسكو والتقى بالرئيس").
    const bool contrast = clause > s_.first && (s_.has_class(clause - 1, kContrast) ||
                                                (clause - 1 > s_.first && s_.has_class(clause - 2, kContrast)));
    const bool joined_after_report = r_.triggers[trigger.trigger].frame == Frame::speech && clause > s_.first &&
                                     s_.has_class(clause - 1, kClause) && !contrast &&
                                     trigger.proclitics.substr(0, kConjunctionWaw.size()) == kConjunctionWaw;
    const auto reported_subject = [&](std::size_t last) { return joined_after_report && last < trigger.first; };
    for (std::size_t k = clause; k < trigger.first; ++k) {
        if (tokens_[k].kind == TokenKind::punctuation) continue;
        // "برقية مماثلة للرئيس ميشيل كفاندو عبر فيها", "غادر للبرتغال ... الذي طالب": one named with ل or
        // ب is written to or gone to, no subject.
        if ((person_at(k) || actor_at(k)) && with_preposition(k)) break;
        if (const PersonRef* person = person_at(k)) {
            if (!speaks_for_someone(*person)) return block();
            if (reported_subject(person->last)) return std::nullopt;
            span.add(person->first, person->last);
            return actor_of(*person, "speaker");
        }
        const ActorRef* actor = actor_at(k);
        // "جماهير النادي الأهلي تغنت ... ووصفت": the club's fans speak, not the club.
        if (actor && k > clause && s_.has_class(k - 1, kFans)) return block();
        // "جامعة القاهرة أعلنت", "مهرجان القاهرة السينمائي قال": a capital after a plain noun is whose the
        // noun is; the university or the festival speaks, not the state.
        constexpr WordClassSet kNotNoun = class_bit(kFunctionWord) | class_bit(kPreposition) |
                                          class_bit(kPastAuxiliary) | class_bit(kAuxiliary) | class_bit(kContrast) |
                                          class_bit(kAsFor) | class_bit(kClauseOpener) | class_bit(kClause) |
                                          class_bit(kPerfectParticle);
        if (actor && actor->metonym && k > clause && tokens_[k - 1].kind == TokenKind::word && !s_.item(k - 1) &&
            (s_.word_classes[k - 1 - s_.first] & kNotNoun) == 0)
            return block();
        // "لفتاة سورية تحدثت": a nationality word after a noun describes someone, not the state.
        if (actor && !in_media_phrase(k) && !topic(*actor) && !describes_thing(*actor) &&
            !(actor->adjective && (singular_nisba(tokens_[k].text) || plural_nisba(tokens_[k].text)))) {
            if (reported_subject(actor->last)) return std::nullopt;
            span.add(actor->first, actor->last);
            return actor_of(*actor, "speaker");
        }
        // "فالحرب السورية تشير": the noun the nationality word describes is the subject.
        if (actor && k == clause + 1 && actor->last == trigger.first && describes_thing(*actor)) return block();
        // Only the first word of the clause may start its subject ("السلطات الكازاخستانية").
        if (actor || k > clause + 1) break;
    }
    return std::nullopt;
}

std::optional<Actor> SentenceReader::subject(const TriggerRef& trigger, Span& span, bool allow_before, bool* blocked,
                                             bool before_first) const {
    bool stop = false;
    std::optional<Actor> found;
    if (before_first) {
        found = subject_before(trigger, span, stop);
        if (!found && !stop) found = subject_after(trigger, span, stop);
    } else {
        found = subject_after(trigger, span, stop);
        // "أصدر مرسي عفوا عنه وأوضحت المصادر": one unnamed on purpose right after the verb is its subject.
        const PersonRef* unnamed = trigger.last < s_.last ? person_at(trigger.last) : nullptr;
        if (unnamed && (unnamed->anonymous || unnamed->group)) allow_before = false;
        // A headline "كيري يؤكد الحاجة ...": the clause opens with its subject.
        if (!found && allow_before) {
            bool before_stop = false;
            found = subject_before(trigger, span, before_stop);
            stop = stop || before_stop;
        }
    }
    if (blocked) *blocked = stop;
    return found;
}

std::vector<Actor> SentenceReader::parties(std::size_t first, std::size_t last, const std::string& role,
                                           Span& span) const {
    std::vector<Actor> found;
    // Persons take part for themselves; an unnamed official or an office for its state.
    for (const PersonRef& person : s_.persons) {
        if (person.first < first || person.first >= last || !(speaks_for_someone(person) || state_officials(person)) ||
            directed_by(person.first) || conveyed_for(person.first))
            continue;
        if ((person.first > s_.first && s_.has_class(person.first - 1, kDestination)) || venue(person)) continue;
        // "جون آلن المبعوث الخاص للرئيس باراك اوباما": an unnamed post right after a named person is his;
        // joined by و it is another's ("خادم الحرمين الشريفين والعاهل الأردني").
        const LexiconItem* post = s_.item(person.first);
        const bool joined = post && post->proclitics.substr(0, kConjunctionWaw.size()) == kConjunctionWaw;
        if (!person.named() && !joined &&
            std::any_of(s_.persons.begin(), s_.persons.end(),
                        [&](const PersonRef& named) { return named.named() && named.last == person.first; }))
            continue;
        Actor actor = speaks_for_someone(person) ? actor_of(person, role) : state_of(person, role);
        if (std::any_of(found.begin(), found.end(), [&](const Actor& a) { return a.id == actor.id; })) continue;
        span.add(person.first, person.last);
        found.push_back(std::move(actor));
    }
    for (const ActorRef& actor : s_.actors) {
        // The only actors inside a person are a second nationality of a group of officials ("المسؤولين
        // الأتراك والإيرانيين"), a side of its own.
        if (actor.first < first || actor.first >= last || topic(actor) || in_media_phrase(actor.first) ||
            describes_thing(actor) || directed_by(actor.first) || conveyed_for(actor.first))
            continue;
        if (std::any_of(found.begin(), found.end(), [&](const Actor& a) { return a.id == actor.id; })) continue;
        span.add(actor.first, actor.last);
        found.push_back(actor_of(actor, role));
    }
    return found;
}

std::optional<EventDate> SentenceReader::nearest_date(std::size_t at, Span& span, DateUse use, std::size_t first,
                                                      std::size_t last, Span skip) const {
    const DateRef* best = nullptr;
    std::size_t best_distance = kNone;
    const std::string publication = publication_ ? format_iso_date(*publication_) : std::string();
    for (const DateRef& date : s_.dates) {
        if (date.date.value.empty() || date.date.bounds_span || date.first < first || date.first >= last ||
            (date.first >= skip.first && date.first < skip.last))
            continue;
        // What was said is dated by its speaker's day, not by a date inside the quotation.
        if ((use == DateUse::report || use == DateUse::report_period) && quoted(date.first)) continue;
        if (!publication.empty()) {
            // A report's own date is a day in the past: a span that holds the
            // publication day or lies after it dates something else.
            if (use == DateUse::report && (date.date.precision != "day" || date.date.value > publication)) continue;
            // "أعلن ..., في عام 2017،", "خلال اجتماعين الأسبوع الماضي": a week, month or year that ended
            // before the article's.
            if (use == DateUse::report_period && (date.date.approximate || !ended_before(date.date, publication)))
                continue;
            // "ولفت إلى بدء القيد مطلع شهر ذي القعدة", days before it: a day or month with no year whose coming
            // occurrence is nearer dates what was said, not the saying (a weekday is the last one).
            if ((use == DateUse::report || use == DateUse::report_period) && coming_rather_than_past(date.date))
                continue;
            // Something that took place did not start after the article.
            const bool week = date.date.precision == "week";
            if (use == DateUse::past &&
                (week ? date.date.value > iso_week(publication) : date.date.value.substr(0, 10) > publication))
                continue;
            // "بحلول نهاية العام": a span that holds the publication day dates a plan, not a meeting held
            // (though "هذا الأسبوع" may date talks held).
            if (use == DateUse::past && date.date.precision != "day" && date.date.precision != "month" && !week &&
                publication.compare(0, 4, date.date.value, 0, 4) == 0)
                continue;
        }
        const std::size_t distance = date.first >= at ? date.first - at : at - date.last + 1;
        if (distance < best_distance) {
            best_distance = distance;
            best = &date;
        }
    }
    if (!best) return std::nullopt;
    span.add(best->first, best->last);
    EventDate date;
    const bool coming = use == DateUse::ahead && !best->date.coming_value.empty();
    date.value = coming ? best->date.coming_value : best->date.value;
    date.end = best->date.end_value;
    // A span of days of one month ("12 و13 أكتوبر") comes in the coming one's year too.
    if (coming && !date.end.empty()) date.end = date.value.substr(0, 4) + date.end.substr(4);
    date.precision = best->date.precision;
    // "قال أمس: ... اليوم": a day counted from the article's inside a quotation counts from the saying's.
    if (saying_day_ && publication_ && best->date.relative && best->date.precision == "day" && quoted(best->first)) {
        if (const std::optional<CivilDate> day = parse_iso_date(date.value)) {
            const long shift = days_between(*publication_, *saying_day_);
            date.value = format_iso_date(add_days(*day, shift));
        }
    }
    // Events carry the precisions of the event contract: a week is written as its month.
    if (date.precision == "week") {
        date.value = month_of_iso_week(date.value);
        date.precision = "month";
    }
    date.text = best->text;
    // "أمس واليوم": two days side by side make one span.
    for (const DateRef& next : s_.dates) {
        if (next.first == best->last && next.date.precision == "day" && best->date.precision == "day" &&
            next.date.value > date.value && date.end.empty() && next.date.value.size() == 10) {
            date.end = next.date.value;
            date.text += " " + next.text;
            span.add(next.first, next.last);
        }
    }
    return date;
}

std::optional<Round> SentenceReader::nearest_round(std::size_t at, Span& span, std::size_t first,
                                                   std::size_t last) const {
    const RoundRef* best = nullptr;
    std::size_t best_distance = kNone;
    for (const RoundRef& round : s_.rounds) {
        if (round.first < first || round.first >= last || !numbers_round(round)) continue;
        const std::size_t distance = round.first >= at ? round.first - at : at - round.first;
        if (distance < best_distance) {
            best_distance = distance;
            best = &round;
        }
    }
    if (!best) return std::nullopt;
    span.add(best->first, best->last);
    return Round{best->series.empty() ? context_.series : best->series, best->number};
}

std::optional<Location> SentenceReader::location(std::size_t first, std::size_t last, Span& span, std::size_t near,
                                                 bool at_venues) const {
    const PlaceRef* best = nullptr;
    std::size_t best_distance = kNone;
    for (const PlaceRef& place : s_.places) {
        if (place.first < first || place.first >= last ||
            (at_venues ? in_person_not_venue(place.first) : in_person(place.first)) || about_other_event(place.first))
            continue;
        std::size_t distance = place.first >= near ? place.first - near : near - place.first;
        // A place introduced as where things happen comes first.
        if (!introduced_as_where(place.first)) distance += 20;
        if (distance < best_distance) {
            best_distance = distance;
            best = &place;
        }
    }
    if (!best) return std::nullopt;
    span.add(best->first, best->last);
    return location_of(r_.places[best->place]);
}

void SentenceReader::speech(const TriggerRef& trigger, std::vector<std::pair<Event, Span>>& out) {
    const TriggerEntry& entry = r_.triggers[trigger.trigger];
    if (negated(trigger.first, 2) || only_possible(trigger)) return;
    // "ما تطالب به كوريا الشمالية", "وهو ما يؤكد عليه الخبير": in the present, with a preposition whose
    // pronoun goes back to what is said, a stance held, not a saying of the day ("ما أعلنه" is one).
    if (entry.tense == TriggerEntry::Tense::present && trigger.last < s_.last &&
        s_.has_class(trigger.last, kResumptive) && trigger.first > s_.first &&
        (s_.has_class(trigger.first - 1, kWhat) || s_.has_class(trigger.first - 1, kRelative)))
        return;
    // "توقع محللون أن تعلن الصين", "ومن المقرر أن يعلن": the saying is wished, expected or due, not done.
    if (after_bare_an(trigger)) return;
    // The verb with no clitic of its own right after a word of `word_class`.
    const auto bare_after = [&](WordClass word_class) {
        return trigger.proclitics.empty() && trigger.first > s_.first && s_.has_class(trigger.first - 1, word_class);
    };
    const bool present = entry.tense == TriggerEntry::Tense::present;
    // "منظمة التعاون الإسلامي التي تدين بقوة جميع أعمال الإرهاب": in the present right after a relative
    // pronoun, a stance the one named holds, not a saying of the day ("الذي أكد" is one, and so is "الذي
    // يقول إن": what he says follows).
    if (present && bare_after(kRelative) && !near_class(trigger.last, trigger.last + 1, kClause) &&
        !(trigger.last < s_.last && is_colon(tokens_[trigger.last])))
        return;
    // "كان يقول", "التي كانت تُرى": كان before the present is what used to be said, not a saying of the day.
    if (present && bare_after(kAuxiliary)) return;
    // "أبو يعرب المرزوقي": after أبو or بن, a verb's form is part of a name ("جورج بوش الابن ذكر": after
    // Jr., with its article, the verb).
    if (bare_after(kNameParticle) && !is_definite(tokens_[trigger.first - 1].text)) return;
    // "علي بن أبي طالب": after بن and a kunya, the verb's form is the rest of the father's name.
    if (bare_after(kKunya) && trigger.first - 1 > s_.first && s_.has_class(trigger.first - 2, kNameParticle)) return;
    // "ولم يأتوا على ذكر المعارضة", "وذهب أوباما إلى حد وصف الاتحاد الأوروبي": a verb's form right after a
    // preposition, or a phrase of one, is its verbal noun.
    const bool after_preposition_phrase = [&] {
        constexpr std::size_t kLongestPhrase = 2;
        if (!trigger.proclitics.empty()) return false;
        for (std::size_t k = trigger.first; k-- > s_.first && trigger.first - k <= kLongestPhrase;)
            if (s_.has_class(k, kPreposition) && s_.class_end(k, kPreposition) == trigger.first) return true;
        return false;
    }();
    if (after_preposition_phrase) return;
    // "سيطالبون كيري بتقديم توضيحات", "سوف يعلن": what will be said has not been said yet.
    if (trigger.proclitics.find(kFutureSin) != std::string_view::npos ||
        (trigger.first > s_.first && s_.has_class(trigger.first - 1, kFuture)) ||
        (present && expected_from(trigger) != kNone))
        return;
    // "أعلنت روسيا وإيران وتركيا ببيان مشترك": the joint frame reads it.
    for (const TriggerRef& other : s_.triggers)
        if (r_.triggers[other.trigger].frame == Frame::joint && other.first > trigger.first &&
            other.first <= trigger.last + 6 && near_class(other.last, other.last + 4, kJointMarker))
            return;
    if (quoted(trigger.first)) return;
    // "وتعلن إنهاء مسلسل محادثات أستانا": what is announced is itself the event.
    for (const TriggerRef& other : s_.triggers) {
        const Frame frame = r_.triggers[other.trigger].frame;
        if (other.first == trigger.last &&
            (frame == Frame::withdrawal || frame == Frame::offer || frame == Frame::agreement))
            return;
    }
    // "إن مجلس المحافظة طالب رئيس الوزراء حيدر العبادي بوقف القصف": after إن or أن, a noun phrase no
    // lexicon knows right before the verb is its subject, and the one named after the verb its object.
    if (const std::size_t unknown = unknown_subject_start(trigger.first, present);
        trigger.proclitics.empty() && unknown != kNone && unknown > s_.first && s_.has_class(unknown - 1, kClause))
        return;
    // "ضغوطا متزايدة من منظمات تدافع عن حقوق الإنسان", "في خطوة يقول منتقدون إن": in the present right after a
    // noun with no article that a preposition governs, the verb describes that noun ("organisations that defend"),
    // and its speaker, if any, is named after it ("في إجراء تقول إسرائيل إنه ضروري", "من جهته يقول").
    const bool describes_noun = present && trigger.proclitics.empty() && trigger.first > s_.first + 1 &&
                                unknown_word(trigger.first - 1) &&
                                without_article(tokens_[trigger.first - 1].text) == tokens_[trigger.first - 1].text &&
                                s_.has_class(trigger.first - 2, kPreposition);
    Span span;
    span.add(trigger.first, trigger.last);
    bool blocked = false;
    std::optional<Actor> already_sayer;
    const Span already = said_already(trigger, already_sayer);
    const bool after_only = entry.subject_after_only || bare_after(kWhich) || describes_noun;
    std::optional<Actor> speaker =
        already_sayer ? already_sayer
        : after_only
            ? subject_after(trigger, span, blocked)
            : subject(trigger, span, true, &blocked, subject_opens_clause(trigger) || subject_before_perfect(trigger));
    if (!speaker && after_only) return;
    // "وقال طاهر إنه يناشد الرئيس اليمني", "إلا أنه شدد": right after أن or إن with a pronoun, the pronoun
    // is the verb's subject, one named before; whom the verb names after it is its object, no speaker.
    if (speaker && bare_after(kClausePronoun) && span.last > trigger.last && !already_sayer) {
        speaker.reset();
        span = Span();
        span.add(trigger.first, trigger.last);
        blocked = false;
    }
    // "اتهم المملكة العربية السعودية بدعم ورعاية الإرهاب": the one named right after the verb, the
    // charge right after it with ب, is the accused; the accuser is not named there ("تتهمه السلطات
    // الروسية باختلاس": after an object pronoun, the one named is the accuser).
    const bool accused =
        entry.accused_after && !entry.has_object && speaker && span.last > trigger.last && charge_at(span.last);
    if (accused) speaker.reset();
    // "عاصفة الحزم التي أعلنتها السعودية", "الإصلاحات التي أعلنها العبادي": the verb of a relative clause
    // holds the thing named before it, and a subject of its own after it; the clause describes the thing
    // by what that one said of it once, not a saying of the day (an event only when the clause gives its day).
    // With no subject after it, it goes on with the one named before ("أشاد بموقف دول التحالف التي
    // وصفها بالمنقذ"), in the same saying; but a noun with the article right after it is its subject,
    // and names no one ("الشجاعة التي أبداها المرابطون").
    // So does a preposition with the pronoun right after the verb ("القوائم التي أعلنت عنها وزارة الداخلية"),
    // but not one that tells where it was said ("الكلمة التي أعرب فيها").
    const bool resumptive_after =
        trigger.last < s_.last && s_.has_class(trigger.last, kResumptive) && !s_.has_class(trigger.last, kInWhich);
    const bool relative_object = (entry.has_object || resumptive_after) && trigger.first > s_.first &&
                                 s_.has_class(trigger.first - 1, kRelative);
    const bool said_once = relative_object && speaker && span.last > trigger.last;
    if (relative_object && !said_once && trigger.last < s_.last && tokens_[trigger.last].kind == TokenKind::word &&
        is_definite(tokens_[trigger.last].text))
        return;
    // "وأكد الجانبان": the sides of the meeting just reported state it together; never the last speaker alone.
    // So do those gathered there as the subject before the verb ("إن المشاركين أبدوا وأكدوا استعدادهم").
    const bool collective_after = trigger.last < s_.last && s_.has_class(trigger.last, kCollective);
    // "الاتصالات السابقة بين الطرفين تؤكد", "التصريحات المتكررة من أطراف المفاوضات من الجانبين تؤكد": after بين,
    // مع or another preposition the sides are in the subject's phrase, not it.
    const bool collective_before =
        trigger.first > s_.first &&
        (s_.has_class(trigger.first - 1, kCollective) || s_.has_class(trigger.first - 1, kGathered)) &&
        !(trigger.first - 1 > s_.first &&
          (s_.has_class(trigger.first - 2, kWith) || s_.has_class(trigger.first - 2, kPreposition)));
    if (!speaker && (collective_after || collective_before)) {
        // "أعرب الطرفان (الائتلاف وهيئة التنسيق)": the sides named in brackets, when it names them.
        std::vector<Actor> sides = context_.last_parties;
        if (collective_after && trigger.last + 1 < s_.last && tokens_[trigger.last + 1].text == "(") {
            std::size_t close = trigger.last + 2;
            while (close < s_.last && close < trigger.last + 12 && tokens_[close].text != ")") ++close;
            sides = parties(trigger.last + 2, close, "signatory", span);
        }
        if (entry.joint_type.empty() || sides.size() < 2) return;
        if (collective_after)
            span.add(trigger.last, trigger.last + 1);
        else
            span.add(trigger.first - 1, trigger.first);
        Event joint = make(entry, entry.joint_type);
        for (Actor party : sides) {
            party.role = "signatory";
            add_actor(joint, std::move(party));
        }
        joint.date = nearest_date(trigger.first, span, DateUse::report)
                         .value_or(context_.joint_statement_date.value_or(
                             context_.last_meeting_date.value_or(publication_date())));
        out.emplace_back(std::move(joint), span);
        return;
    }
    // Someone unnamed spoke ("وقال مسؤول", "وقال أحد المختطفين"): the verbs that follow with no subject
    // of their own are his, not the last named speaker's.
    if (!speaker && blocked) {
        if (some_of(trigger.last)) {
            context_.last_speaker.reset();
            sentence_speaker_.reset();
        }
        // "وأبدى المشرف العام على العلاقات العامة استعداد الوزارة ...، مشيرا": a participle after it
        // goes on with that unnamed subject.
        for (std::size_t k = trigger.last; k < s_.last && k < trigger.last + 3; ++k)
            if (const PersonRef* person = person_at(k); person && !speaks_for_someone(*person)) unnamed_subject_ = true;
        return;
    }
    // "دان الوزير الهجوم ودعا مجلس الأمن للاجتماع": a call joined to the sentence's first act
    // shares its subject; the body after it is the one called on.
    if (!entry.plan_type.empty() && speaker && sentence_speaker_ && speaker->kind != "person" &&
        trigger.proclitics.substr(0, kConjunctionWaw.size()) == kConjunctionWaw)
        speaker = sentence_speaker_;
    // Where a subject after the verb ends, for a second subject joined to it.
    const std::size_t subject_end = speaker && span.last > trigger.last ? span.last : kNone;
    if (!speaker && !blocked) speaker = antecedent_subject(trigger, span, accused);
    // "وقالوا", "يقولون", "أكدوا": a dual or plural verb with no subject of its own goes on with many who
    // spoke ("أقرباء له قالوا", "خبراء علوم النفس يقولون" after a statement of the United States), never
    // with one person or one state named before; with a state's officials named in the plural just
    // before ("لكن المسؤولين الأتراك يعتقدون ... ويزعمون"), it is theirs.
    const auto officials_of = [&](const std::string& state) {
        for (const auto* states : {&context_.officials_states, &context_.officials_states_before})
            if (std::find(states->begin(), states->end(), state) != states->end()) return true;
        return false;
    };
    // A singular verb goes on with no person who spoke before with one of the other gender ("وأضافت" after
    // "وقال اللواء جعفر محمد سعد" is the ministry's or the woman's of the report).
    // So does a participle of one gender ("مضيفة" after "قال الكاتب فواز عزيز أن شركة الاتصالات نفت").
    const bool gendered =
        (entry.tense != TriggerEntry::Tense::none || entry.gender_paired) && !entry.holds_subject && !entry.has_object;
    const auto may_go_on_with = [&](const Actor& before) {
        if (gendered && before.kind == "person") {
            const auto spoke = context_.spoke_as_woman.find(before.id);
            return spoke == context_.spoke_as_woman.end() || spoke->second == entry.feminine;
        }
        if (!entry.holds_subject) return true;
        if (before.kind == "country") return officials_of(before.id);
        return before.kind != "person";
    };
    const bool named_here = speaker.has_value();
    // "رد الروس ... رافضين إنهاء هذا المسار": a second verb of saying in a sentence shares its subject.
    if (!speaker && sentence_speaker_ && may_go_on_with(*sentence_speaker_)) speaker = sentence_speaker_;
    const bool dropped_subject =
        !(trigger.proclitics.empty() && unknown_subject_before(trigger.first, present)) &&
        (trigger.first - s_.first <= 2 || near_class(trigger.last, trigger.last + 1, kClause) ||
         (trigger.last < s_.last && is_comma(tokens_[trigger.last])) ||
         (trigger.first > s_.first && s_.has_class(trigger.first - 1, kClauseOpener)));
    // "أما الرئيس الفلسطيني، محمود عباس، فقال": the person the topic names. A topic that names someone
    // the lexicons do not know ("أما ريتا حكيم من كندا، ...، فقد أكدت", after a post, a state or a given
    // name) is no one's who spoke before; one that names a matter ("أما فيما يتعلق بقروض البطاقات ...
    // فقد ذكر") goes on with him.
    const std::size_t topic_from = named_here ? kNone : topic_start(trigger);
    bool topic_names_someone = false;
    if (topic_from != kNone) {
        for (const PersonRef& person : s_.persons)
            if (person.named() && person.first >= topic_from && person.last <= trigger.first) {
                speaker = actor_of(person, "speaker");
                span.add(person.first, person.last);
                break;
            }
        const bool about_matter = s_.has_class(topic_from, kPreposition) || s_.has_class(topic_from, kClauseOpener);
        for (std::size_t k = topic_from; k < trigger.first && !about_matter && !topic_names_someone; ++k) {
            const LexiconItem* item = s_.item(k);
            topic_names_someone = person_at(k) || s_.has_class(k, kFirstName) ||
                                  (item && (item->category == kTitle || item->category == kActorName ||
                                            item->category == kActorAdjective));
        }
    }
    // Not after someone unnamed spoke in the sentence: "وقالت مصادر من المقاومة ...، وأضافت" is theirs.
    if (!speaker && dropped_subject && context_.last_speaker && may_go_on_with(*context_.last_speaker) &&
        !unnamed_subject_ && !topic_names_someone)
        speaker = context_.last_speaker;
    if (!speaker || speaker->id.empty()) return;
    if (entry.person_speaker_only && speaker->kind != "person") return;
    // "وأكد بوتين لمحمد بن سلمان أن روسيا تثمن علاقاتها": in the words one reports, his own state or
    // body saying it is his saying, one item, for him (another named there says something of its own:
    // "وقال تشونغ إن ترامب أعلن", "أكد البرقان أن نادي الاتحاد رفض طلب الاتحاد البرتغالي").
    const bool inside_reported = reported_from_ != kNone && trigger.first > reported_from_ &&
                                 !near_class(reported_from_, trigger.first, kClauseOpener);
    // After لكن the clause is the text's own again ("..., لكن الرئاسة المصرية نفت").
    if (inside_reported && !near_class(reported_from_, trigger.first, kContrast) && named_here &&
        speaker->kind != "person" && sentence_speaker_ && sentence_speaker_->kind == "person" &&
        sentence_speaker_->affiliation == speaker->id)
        return;
    // "وقال حوري: إنّ حزب الله يرى في مكان ما حاجته", "ما جعل التنظيم يحذر أنقرة": in the words one reports,
    // another's stance in the present is the reporter's account of it, not a saying of its own. A verb joined by و or ف
    // opens a clause of the text's own ("ويضيف علي العيدروس").
    if (inside_reported && !near_class(reported_from_, trigger.first, kContrast) && named_here &&
        entry.tense == TriggerEntry::Tense::present && trigger.proclitics.empty() && sentence_speaker_ &&
        sentence_speaker_->id != speaker->id)
        return;
    if (named_here && gendered && speaker->kind == "person")
        context_.spoke_as_woman.emplace(speaker->id, entry.feminine);
    Event event = make(trigger, entry.type);
    add_actor(event, *speaker);
    if (entry.target_after) {
        // The object of the verb, or one named after an `against` word, in the verb's clause: "اتهم ...
        // اتحاد الكرة باتخاذ قرارات ... من العراق" names no target (Iraq is where a tournament was moved
        // from), nor does "بأنها أسهمت في بروز «داعش»".
        const std::size_t object_from = subject_end != kNone ? subject_end : trigger.last;
        const auto before_object = [&](std::size_t first) {
            for (std::size_t k = object_from; k < first; ++k)
                if (s_.has_class(k, kClause) || s_.has_class(k, kClauseOpener) || s_.has_class(k, kRelative) ||
                    is_colon(tokens_[k]))
                    return false;
            std::size_t before = first;
            if (before > s_.first + 1 && is_quote(tokens_[before - 1])) --before;
            return !with_preposition(first) && (!after_any_preposition(first) || s_.has_class(before - 1, kAgainst));
        };
        // "واتهم حاكم ولاية نيوجيرسي كريس كريستي الرئيس باراك أوباما بالكذب ... على إيران": a person right
        // after the subject is the object, and the target.
        const PersonRef* object_person = person_at(object_from);
        if (object_person && object_person->named() && object_person->id != speaker->id && before_object(object_from)) {
            span.add(object_person->first, object_person->last);
            add_actor(event, actor_of(*object_person, "target"));
        } else {
            // "اتهمت مريم رجوي الدول «5+1» بتقديم تنازلات لنظام طهران": who is named in the charge is not the one
            // accused.
            std::size_t charge = s_.last;
            for (std::size_t k = object_from; entry.accused_after && k < s_.last && charge == s_.last; ++k)
                if (tokens_[k].kind == TokenKind::word && charge_at(k)) charge = k;
            for (const ActorRef& actor : s_.actors) {
                if (actor.first < trigger.last || actor.id == speaker->id || actor.id == speaker->affiliation ||
                    in_person(actor.first))
                    continue;
                if (actor.first >= charge) break;
                if (before_object(actor.first)) {
                    span.add(actor.first, actor.last);
                    add_actor(event, actor_of(actor, "target"));
                }
                break;
            }
        }
    }
    // "وقال الوزير أمس إن الثورة في 25 يناير 2011 ...": what was said, after إن or a
    // colon, dates and places something else.
    std::size_t said = trigger.last;
    while (said < s_.last && !s_.has_class(said, kClause) && !is_colon(tokens_[said])) ++said;
    // "Beside" the verb and its subject: back from the subject, the clause's own words only ("...
    // 2011، وترفض حماس", "في مايو الماضي لكنه أعلن" are dates of the clause before); a verb joined by
    // و opens its clause ("عام 2010 وتعهدت").
    const bool joined = trigger.proclitics.substr(0, kConjunctionWaw.size()) == kConjunctionWaw;
    std::size_t near_first = span.first;
    while (!joined && near_first > s_.first && span.first - near_first < 3 && !is_comma(tokens_[near_first - 1]) &&
           !s_.has_class(near_first - 1, kClause) && !s_.has_class(near_first - 1, kClauseOpener))
        --near_first;
    // Back from the verb, a day of the sentence before it, but not in a relative clause right before it, which
    // dates that clause's act ("والذي وقعت عليه جميع الأطراف يوم 20 يونيو الماضي، أوضح رئيس الوزراء"), unless
    // the clause tells the occasion ("وفي الحفل الذي أقيم أمس، قال").
    const std::size_t verb_phrase_first = std::min(span.first, trigger.first);
    const std::size_t back_first = joined ? verb_phrase_first : s_.first;
    Span relative_clause;
    for (std::size_t k = verb_phrase_first; k-- > back_first;) {
        if (!s_.has_class(k, kRelative)) continue;
        constexpr std::size_t kOccasionWords = 4;
        constexpr long kNewsDays = 2;
        bool occasion = false;
        for (std::size_t o = k; o-- > back_first && k - o <= kOccasionWords;)
            occasion = occasion || s_.has_class(o, kOccasion);
        if (occasion) break;
        std::size_t end = k + 1;
        // It ends at a comma right before the verb's subject, or at the subject; not at another verb joined by و
        // ("الذي تم التوصل إليه وقال أمس") or at a word that opens a clause ("الذي صادرته السلطات يوم السبت الماضي حين
        // قالت": the day is when she said it).
        const auto joined_verb = [&](std::size_t at) {
            const LexiconItem* item = s_.item(at);
            return item && item->first == at && item->category == kTrigger &&
                   item->proclitics.substr(0, kConjunctionWaw.size()) == kConjunctionWaw;
        };
        while (end < verb_phrase_first && !is_comma(tokens_[end]) && !s_.has_class(end, kClauseOpener) &&
               !joined_verb(end))
            ++end;
        // A day of the news, yesterday or the day before, is as likely the saying's ("الاتفاق الذي تمت مناقشته
        // أمس، أكد").
        const bool news_day_in_clause = std::any_of(s_.dates.begin(), s_.dates.end(), [&](const DateRef& date) {
            const std::optional<CivilDate> day = parse_iso_date(date.date.value);
            return date.first >= k && date.first < end && day && publication_ &&
                   days_between(*day, *publication_) <= kNewsDays;
        });
        if (!news_day_in_clause &&
            (end == verb_phrase_first || (end + 1 == verb_phrase_first && is_comma(tokens_[end]))))
            relative_clause = {k, end};
        break;
    }
    // A date that ends there is read whole: "في الثاني من ديسمبر لعام 2010 أعلن جوزيف بلاتر", and
    // one set off by a comma before a verb in the past too: "في مايو 2018، رفضت الولايات المتحدة"
    // (a participle goes on with the clause before: "يناير الماضي، قائلا").
    const bool past_verb = entry.tense == TriggerEntry::Tense::past;
    const std::size_t set_off =
        past_verb && near_first > s_.first && is_comma(tokens_[near_first - 1]) ? near_first - 1 : near_first;
    for (const DateRef& date : s_.dates)
        if (!joined && date.first < near_first && date.last >= set_off && date.last <= span.first &&
            !(date.first >= relative_clause.first && date.first < relative_clause.last))
            near_first = date.first;
    // Forward, up to what was said, a comma before و, a relative clause or a quotation ("ودعا الاتحاد
    // الأوروبي الذي أعفى العام الماضي باكستان", "رفضت الولايات المتحدة المشاركة)، وانضم إليهم العراق
    // ولبنان في أغسطس 2019").
    const auto clause_end = [&](std::size_t from, std::size_t last) {
        while (from < last && !s_.has_class(from, kRelative) && !s_.has_class(from, kClauseOpener) &&
               !is_quote(tokens_[from]) && !(is_comma(tokens_[from]) && opens_joined_clause(from + 1)))
            ++from;
        return from;
    };
    const std::size_t near_last = clause_end(span.last, std::min(said, span.last + 3));
    const auto attempt = [&](DateUse use, std::size_t first, std::size_t last, auto accept, Span skip = {}) {
        Span dated = span;
        std::optional<EventDate> date = nearest_date(trigger.first, dated, use, first, last, skip);
        if (!date || !accept(*date)) return false;
        event.date = std::move(*date);
        span = dated;
        return true;
    };
    const auto any_date = [](const EventDate&) { return true; };
    // Nor past a word that opens another event ("وأعلنتها جماعة إرهابية عقب إعلان الجيش عزل الرئيس ... في
    // يوليو 2013": the month is the army's).
    std::size_t reporting_last = clause_end(trigger.last, said);
    for (std::size_t k = trigger.last; k < reporting_last; ++k)
        if (s_.has_class(k, kOtherEvent)) {
            reporting_last = k;
            break;
        }
    // Beside the verb and its subject, a day or else a week, month or year ("التي أعلن ولي العهد، في
    // عام 2017، عن خطط" after "استقبل الملك، الثلاثاء،"); further on, a day of the last year (a day
    // years back is of the background: "في الذكرى الخامسة لفض اعتصامي رابعة في 14 أغسطس 2013"); last,
    // a week or month after the verb, before what was said, a relative clause or a quotation ("وقالت
    // الولايات المتحدة خلال اجتماعين على مستوى الخبراء الأسبوع الماضي، إن"), never a year there
    // ("الذي تولى الحكم عام 2011").
    const bool dated_near = attempt(DateUse::report, near_first, near_last, any_date) ||
                            attempt(DateUse::report_period, near_first, near_last, any_date);
    // Words right after the verb or its subject that place the saying before the news ("مرارا",
    // "منذ وقت طويل") leave it undated even with a day further on, which is another act's ("وكان
    // المغرب يرفض منذ وقت طويل الفكرة ... على اجتذاب الاثنين", where الاثنين is "both"). A speaker
    // who has died, or "سبق أن", leave it undated only when the sentence gives no day of its own
    // ("قاله الأمير الراحل سعود الفيصل ... في سبتمبر 2005").
    Span marker = dated_near ? Span{} : said_before_the_news(trigger, span, speaker->kind == "person");
    // A day further on in a relative clause is of that clause's act ("البحث عن رجل الأعمال الذي اختفى يوم
    // الأربعاء الماضي"), unless the clause tells the occasion it was said at, a day of the week before the
    // article ("قال وزير الحج خلال حفل المعايدة الذي أقامته وزارة الحج أمس"); not after في, which is as often
    // the topic ("في التفجيرات التي وقعت"), but for the speech it was said in ("في كلمته التي ألقاها أمس").
    // So is one after ما with a preposition, which names what was done ("في تعقيبه على ما نشرته «عكاظ»
    // يوم الجمعة").
    std::size_t unrelated_from = said;
    for (std::size_t k = trigger.last; k < said; ++k)
        if (s_.has_class(k, kRelative) || s_.has_class(k, kWhatDone)) {
            unrelated_from = k;
            break;
        }
    const auto tells_occasion = [&](std::size_t relative) {
        constexpr std::size_t kOccasionWords = 3;
        for (std::size_t o = relative; o-- > trigger.last && relative - o <= kOccasionWords + 1;)
            if (s_.has_class(o, kOccasion)) {
                if ((s_.has_class(o, kDestination) && !s_.has_class(o + 1, kSpeechNoun)) || o + 1 == relative)
                    return false;
                for (std::size_t w = o + 1; w < relative; ++w)
                    if (tokens_[w].kind != TokenKind::word) return false;
                return true;
            }
        return false;
    };
    const auto days_before_article = [&](const EventDate& d) {
        constexpr long kWeek = 7;
        const std::optional<CivilDate> day = parse_iso_date(d.value);
        return day && publication_ && days_between(*day, *publication_) <= kWeek;
    };
    const std::size_t occasion_last = unrelated_from < said && tells_occasion(unrelated_from) ? said : unrelated_from;
    // "ذكرت في وقت سابق من الشهر الجاري": earlier in the period named right after the words, which dates it.
    const bool earlier_in_period = marker.first < marker.last && marker.last + 1 < s_.last &&
                                   s_.has_class(marker.last, kPreposition) &&
                                   attempt(DateUse::any, marker.last + 1, marker.last + 2, any_date);
    // "يقول ظريف في مقالته في 2013": the date right after an article of the speaker's own.
    const auto written_then = [&] {
        const std::size_t at = std::max(span.last, trigger.last);
        for (std::size_t k = at; k < s_.last && k <= at + kPostWords; ++k) {
            if (!s_.has_class(k, kOwnWriting)) continue;
            const std::size_t end = s_.class_end(k, kOwnWriting);
            return end + 1 < s_.last && s_.has_class(end, kPreposition) &&
                   attempt(DateUse::any, end + 1, end + 2, any_date);
        }
        return false;
    };
    // "تحدث الوزير كاتس عن هذا الخط، خلال كلمة ألقاها يوم 5 سبتمبر 2012": the day of the speech it was said in,
    // told right after the occasion word and the speech, or the verb of giving it, however long ago.
    const auto spoken_then = [&] {
        for (std::size_t k = trigger.last + 1; k < said && k <= trigger.last + 3 * kPostWords; ++k) {
            if (!s_.has_class(k, kSpeechNoun) || !s_.has_class(k - 1, kOccasion)) continue;
            // Up to the verb of giving it and a word for the day ("ألقاها يوم"), no punctuation between.
            constexpr std::size_t kWordsBefore = 2;
            std::size_t last = s_.class_end(k, kSpeechNoun);
            while (last < s_.last && last <= s_.class_end(k, kSpeechNoun) + kWordsBefore &&
                   tokens_[last].kind == TokenKind::word && !s_.has_class(last, kClause))
                ++last;
            return last < s_.last && attempt(DateUse::past, s_.class_end(k, kSpeechNoun), last + 1, any_date);
        }
        return false;
    };
    const bool dated =
        dated_near || earlier_in_period || written_then() || spoken_then() ||
        (marker.first >= marker.last && (attempt(
                                             DateUse::report, back_first, unrelated_from,
                                             [&](const EventDate& d) { return recent_day(d); }, relative_clause) ||
                                         attempt(DateUse::report, unrelated_from, occasion_last, days_before_article) ||
                                         attempt(DateUse::report_period, trigger.last, reporting_last,
                                                 [](const EventDate& date) { return date.precision != "year"; })));
    if (!dated) {
        if (marker.first >= marker.last) {
            marker = spoken_by_the_dead(*speaker, span);
            if (marker.first < marker.last) context_.the_dead.insert(speaker->id);
        }
        // "الإصلاحات التي أعلنها العبادي", "عاصفة الحزم التي أعلنتها السعودية": with no day of its own, a
        // relative clause names a thing by what one said of it once, a saying no news reports.
        if (marker.first >= marker.last && said_once) return;
        Span placing_words = marker;
        if (marker.first >= marker.last) {
            marker = already;
            placing_words = {already.first, already.first + 1};  // "سبق", not the one it names
        }
        bool recalled = false;
        if (marker.first >= marker.last) {
            // "وكانت بريطانيا قالت", "وكان الوزير قد أعلن": كان right before the subject of a verb in the past, or
            // before قد there; or before the noun whose complement names the speaker ("وكان بنك فرنسا المركزي
            // توقع"), but not before where someone was ("وكان في استقبالهم مدير التعليم الذي رحب").
            std::size_t subject_first = std::min(span.first, trigger.first);
            if (subject_first > s_.first && s_.has_class(subject_first - 1, kPerfectParticle)) --subject_first;
            const bool in_relative_clause = trigger.first > s_.first && s_.has_class(trigger.first - 1, kRelative);
            if (entry.tense == TriggerEntry::Tense::past) {
                placing_words = marker = told_before_the_past(subject_first, in_relative_clause ? 1 : kSubjectNouns);
                for (std::size_t k = marker.last; k < subject_first && marker.first < marker.last; ++k)
                    if (s_.has_class(k, kFunctionWord) || person_at(k)) placing_words = marker = {};
                if (marker.first >= marker.last) placing_words = marker = told_before_perfect_particle(trigger.first);
                if (marker.first >= marker.last) placing_words = marker = in_perfect_predicate(trigger, span.first);
            }
            recalled = marker.first < marker.last;
        }
        if (marker.first < marker.last) {
            // Undated, with the words that place it: merging keeps it apart from the day's statements.
            event.date = EventDate{};
            event.date.text = words_between(placing_words.first, placing_words.last);
            event.date.recalled = recalled;
            span.add(marker.first, marker.last);
            said_before_.emplace(speaker->id, event.date);
        } else if (said_before_ && said_before_->first == speaker->id) {
            event.date = said_before_->second;
        } else {
            event.date = publication_date();
        }
    }
    // "وقال الوزير أمس إن الحكومة عقدت اجتماعا في 12 يوليو، مشيرا إلى": the participle goes on with
    // the saying before it, on its day.
    if (entry.dated_by_clause && sentence_speaker_ && sentence_speaker_->id == speaker->id) {
        // "جدد السيسي التأكيد على ...، مشددا أثناء لقائه وزير الخارجية الأمريكي جون كيري، أمس، على": the
        // occasion right after the participle, with its day, is that of the whole saying.
        const bool own_occasion = !event.date.from_publication && !event.date.value.empty() && trigger.last < s_.last &&
                                  s_.has_class(trigger.last, kOccasion);
        if (own_occasion && sentence_said_on_.from_publication) {
            for (auto& [earlier, earlier_span] : out) {
                const Actor* said_by = speaker_of(earlier);
                if (said_by && said_by->id == speaker->id && earlier.date.from_publication) earlier.date = event.date;
            }
        } else {
            event.date = sentence_said_on_;
        }
    } else if (event.date.from_publication && sentence_speaker_ && sentence_speaker_->id == speaker->id &&
               !sentence_said_on_.from_publication && !sentence_said_on_.value.empty() &&
               trigger.proclitics.substr(0, kConjunctionWaw.size()) == kConjunctionWaw) {
        // "دعا دمرداش ... السبت حزب العمال إلى ...، وحث الحكومة على": a second saying of the same speaker
        // joined by و, with no day of its own, goes on with the first on its day ("لكن الحكومة أوضحت",
        // "فأعلنت" tell of another time).
        event.date = sentence_said_on_;
    }
    if (!event.date.from_publication && event.date.precision == "day" && event.date.end.empty())
        saying_day_ = parse_iso_date(event.date.value);
    if (auto round = nearest_round(trigger.first, span)) event.round = round;
    // Where it was said comes before what was said: "قال في الرياض إن ..." was said in Riyadh, and
    // a place in the words reported after إن or a colon ("إن الهجوم في أبها ...") is theirs.
    if (auto place = location(trigger.last, said, span, trigger.last)) event.location = place;
    // "ودعا مجلس الأمن للاجتماع", "طالب بعقد قمة عربية طارئة": a call for a meeting plans it.
    if (!entry.plan_type.empty() && !plan_done_) {
        for (std::size_t k = trigger.last; k < s_.last && k < trigger.last + 5; ++k) {
            if (!s_.has_class(k, kMeetingNoun)) continue;
            Span planned_span;
            planned_span.add(trigger.first, k + 1);
            std::vector<Actor> invited = parties(trigger.last, std::min(s_.last, k + 4), "participant", planned_span);
            invited.erase(
                std::remove_if(invited.begin(), invited.end(), [&](const Actor& a) { return a.id == speaker->id; }),
                invited.end());
            // One state or person called on to meet ("دعا روحاني للقيام بالزيارة", "دعا حكومة أوباما إلى بدء
            // مشاورات") names no other side; a body meets by itself ("ودعا مجلس الأمن للاجتماع").
            const bool one_side = invited.size() == 1 && (invited[0].kind == "person" || invited[0].kind == "country");
            if (invited.empty() || one_side) break;
            plan_done_ = true;
            Event planned = make(entry, entry.plan_type);
            for (Actor& party : with_members(std::move(invited))) add_actor(planned, std::move(party));
            if (auto date = nearest_date(k, planned_span, DateUse::ahead, k, s_.last)) planned.date = *date;
            move_to_future(planned.date);
            out.emplace_back(std::move(planned), planned_span);
            break;
        }
    }
    Actor remembered = *speaker;
    remembered.role = "speaker";
    // "وقال تشونغ إن ترامب أعلن أنه سيلتقي كيم": a statement inside the words another reports is not
    // the one that a "وأضاف" of the next sentence goes on with; one after "فيما", "بينما" opens a
    // clause of its own ("أفاد كيري بأن ...، فيما أوضح شكري أن").
    if (!inside_reported) {
        context_.last_speaker = remembered;
        reported_from_ = said < s_.last ? said : kNone;
    }
    sentence_speaker_ = remembered;
    sentence_said_on_ = event.date;
    // "أكد كيم والرئيس الكوري الجنوبي مون جاي-إن التزامهما": two subjects joined by و
    // state it together.
    std::optional<Actor> partner;
    if (!entry.joint_type.empty() && subject_end < s_.last) {
        const LexiconItem* item = s_.item(subject_end);
        const bool joined = item && item->first == subject_end && item->proclitics.substr(0, 2) == kConjunctionWaw;
        // "محمد الديب، رئيس مجلس الإدارة والعضو المنتدب لبنك قطر": a post joined to the post written
        // after a named speaker is his second post, not a second speaker.
        const bool post_after_name =
            speaker->kind == "person" && std::any_of(s_.persons.begin(), s_.persons.end(), [&](const PersonRef& p) {
                return p.last == subject_end && (!p.named() || p.name_last < p.last);
            });
        if (const PersonRef* person = person_at(subject_end);
            joined && person && speaks_for_someone(*person) && !(post_after_name && !person->named())) {
            partner = actor_of(*person, "signatory");
            span.add(person->first, person->last);
        } else if (const ActorRef* actor = actor_at(subject_end); joined && actor && !topic(*actor)) {
            partner = actor_of(*actor, "signatory");
            span.add(actor->first, actor->last);
        }
    }
    // "قال الحسن البصري رحمه الله: ...، مضيفا": what one who died before the news said, at no day the text
    // gives, is a quotation, no statement of the news; the words that follow it go on with him all the same.
    if (event.date.value.empty() && context_.the_dead.count(speaker->id)) return;
    if (partner && partner->id != speaker->id) {
        // Where the two met ("وخلال قمة نادرة بين الكوريتين ... أكّد كيم والرئيس الكوري الجنوبي مون جاي-إن"),
        // they state it together; with no meeting in sight or word of theirs, each said it ("واشتكت فرنسا
        // وبريطانيا اللتان تملكان حق النقض").
        const auto met_just_before = [&](const Actor& actor) {
            return std::any_of(context_.last_parties.begin(), context_.last_parties.end(), [&](const Actor& party) {
                return party.id == actor.id || (!actor.affiliation.empty() && party.id == actor.affiliation) ||
                       (!party.affiliation.empty() && party.affiliation == actor.id);
            });
        };
        // "وأكد بوتين وأردوغان التزامهما": what the two state is theirs, with the dual pronoun.
        const std::string_view next = span.last < s_.last ? tokens_[span.last].text : std::string_view();
        const bool theirs =
            next.size() > kDualPronoun.size() && next.substr(next.size() - kDualPronoun.size()) == kDualPronoun;
        // Two of one state ("وأعرب الملك سلمان والأمير محمد بن نايف باسمهما") are one side: each said it.
        const bool two_sides = side_of(*speaker) != side_of(*partner);
        const bool together = two_sides && (theirs || near_class(s_.first, s_.last, kMeetingNoun) ||
                                            near_class(s_.first, s_.last, kJointMarker) ||
                                            (met_just_before(*speaker) && met_just_before(*partner)));
        if (together) {
            Event joint = make(entry, entry.joint_type);
            Actor first = *speaker;
            first.role = "signatory";
            add_actor(joint, std::move(first));
            add_actor(joint, std::move(*partner));
            joint.date = event.date;
            out.emplace_back(std::move(joint), span);
        } else {
            Event second = event;
            second.actors.clear();
            partner->role = "speaker";
            add_actor(second, std::move(*partner));
            out.emplace_back(std::move(second), span);
        }
    }
    out.emplace_back(std::move(event), span);
}

void SentenceReader::meeting(const TriggerRef& trigger, bool encounter, std::vector<std::pair<Event, Span>>& out) {
    if (negated(trigger.first, 3) || only_possible(trigger) || quoted(trigger.first)) return;
    // The clause of this trigger: up to the meeting triggers before and after
    // it, so "بدأت أولى جلسات ... وعقدت الجلسة 18 ..." gives two meetings, and "أجرى اتصالا هاتفيا
    // برئيس الوزراء الهندي وتلقى اتصالا هاتفيا من الرئيس الأفغاني" two calls.
    std::size_t clause_first = s_.first, clause_last = s_.last;
    for (const TriggerRef& other : s_.triggers) {
        const Frame frame = r_.triggers[other.trigger].frame;
        // After a verb with a meeting noun ("أجرى اتصالا"), a verb of meeting joined by و ("وتلقى",
        // "واستقبل") is another act; "خلال اللقاء بحث" is not.
        const bool another_encounter = !encounter && frame == Frame::encounter &&
                                       r_.triggers[other.trigger].tense != TriggerEntry::Tense::none &&
                                       other.proclitics.substr(0, kConjunctionWaw.size()) == kConjunctionWaw;
        if (&other == &trigger || (frame != Frame::meeting && !another_encounter)) continue;
        if (other.last <= trigger.first) clause_first = std::max(clause_first, other.last);
        if (other.first >= trigger.last) clause_last = std::min(clause_last, other.first);
    }
    // "قالت البعثة الخميس إن المنظمة ستعقد ...": the meeting's clause starts after "إن".
    for (std::size_t k = trigger.first; k-- > clause_first;)
        if (s_.has_class(k, kClause)) {
            clause_first = k + 1;
            break;
        }
    // "تدفئة العلاقة مع القاهرة من جهة، ومن جهة أخرى، عقد وزير الخارجية الأمريكي اجتماعا": a verb in the
    // past with its subject named right after it opens its clause after the last comma before it (one
    // in the present may be told of a meeting to come named before: "المحادثات المرتقبة ...، حيث يبحث").
    if (r_.triggers[trigger.trigger].tense == TriggerEntry::Tense::past && trigger.last < s_.last &&
        (person_at(trigger.last) || actor_at(trigger.last)))
        for (std::size_t k = trigger.first; k-- > clause_first;)
            if (is_comma(tokens_[k])) {
                clause_first = k + 1;
                break;
            }
    // "وعقد فخامته اجتماعاً مع سموه، حيث نقل سموه تحيات خادم الحرمين الشريفين": a clause opened
    // after a comma tells more, and those it names did not meet; so does a verb of saying after one
    // ("خلال ترؤسه اجتماعاً للمجلس الاستشاري لحركة فتح ...، مؤكداً أن ... المفاوضات بين الفلسطينيين
    // والإسرائيليين").
    const auto says = [&](std::size_t k) {
        const LexiconItem* item = s_.item(k);
        return item && item->first == k && item->category == kTrigger &&
               r_.triggers[item->payload].frame == Frame::speech;
    };
    // A verb of saying with a tense opens a clause of its own even with no comma ("عقدت الأمانة العامة
    // اجتماعها الأسبوعي ... وبعد الاجتماع أصدرت بيانا دعت فيه حزب الله").
    const auto finite = [&](std::size_t k) {
        return r_.triggers[s_.item(k)->payload].tense != TriggerEntry::Tense::none;
    };
    // "وعقد جلسة مباحثات مع الرئيس السوداني، وعزى رئيس ألمانيا": after a comma, a word with و that no
    // list knows and no article, then a post or a name, is the verb of another act and its subject.
    const auto another_verb = [&](std::size_t k) {
        const std::string_view word = tokens_[k].text;
        return is_comma(tokens_[k - 1]) && unknown_word(k) && word.size() > kConjunctionWaw.size() &&
               opens_with_conjunction_waw(k) && !is_definite(word.substr(kConjunctionWaw.size())) &&
               !ends_in_folded_teh_marbuta(word) && k + 1 < clause_last && (person_at(k + 1) || actor_at(k + 1));
    };
    // "، وكانت أولى نتائج هذه الزيارة": كان after a comma opens a clause of its own too.
    for (std::size_t k = trigger.last + 1; k < clause_last; ++k)
        if (((s_.has_class(k, kClauseOpener) || s_.has_class(k, kAuxiliary) || says(k)) && is_comma(tokens_[k - 1])) ||
            (says(k) && finite(k)) || another_verb(k)) {
            clause_last = k;
            break;
        }
    const std::size_t window_first =
        std::max(clause_first, trigger.first >= s_.first + 6 ? trigger.first - 6 : s_.first);
    // Counted past a subject named right after the verb, however long its titles and name ("عقد خادم
    // الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصره بالرياض، اليوم الأحد، جلسة مباحثات").
    const PersonRef* subject_after = trigger.last < s_.last ? person_at(trigger.last) : nullptr;
    const std::size_t window_last = std::min(clause_last, (subject_after ? subject_after->last : trigger.last) + 12);
    std::size_t meeting_word = kNone;
    for (std::size_t k = window_first; k < window_last && meeting_word == kNone; ++k)
        if (s_.has_class(k, kMeetingNoun)) meeting_word = k;
    const bool has_round = std::any_of(s_.rounds.begin(), s_.rounds.end(), [&](const RoundRef& round) {
        return round.first < window_last && round.last > window_first && numbers_round(round);
    });
    if (outlet_within(trigger.last, trigger.last + 3)) return;
    // "كما حضر الاجتماع ...", "حضر جلسة المباحثات": those who attended the meeting just reported
    // ("سيحضرون القمة" attend one to come).
    const auto definite_meeting = [&](std::size_t k) {
        return is_definite(tokens_[k].text) ||
               (k + 1 < s_.last && s_.has_class(k + 1, kMeetingNoun) && is_definite(tokens_[k + 1].text));
    };
    if (r_.triggers[trigger.trigger].attends_back && context_.meeting && meeting_word != kNone &&
        trigger.proclitics.find(kFutureSin) == std::string_view::npos && meeting_word >= trigger.last &&
        meeting_word <= trigger.last + 1 && definite_meeting(meeting_word))
        return;
    // "ترأس الأمير الجلسة التي عقدها مجلس الوزراء": the verb in the past in the relative clause after
    // the meeting word tells the meeting, with its parties.
    if (meeting_word != kNone && meeting_word >= trigger.last && meeting_word + 2 < s_.last &&
        s_.has_class(meeting_word + 1, kRelative)) {
        const LexiconItem* told_by = s_.item(meeting_word + 2);
        if (told_by && told_by->first == meeting_word + 2 && told_by->category == kTrigger &&
            r_.triggers[told_by->payload].frame == Frame::meeting &&
            r_.triggers[told_by->payload].tense == TriggerEntry::Tense::past)
            return;
    }
    // "جميع الاجتماعات", "عقد القادة العرب 33 قمة": meetings in general, or counted.
    if (meeting_word != kNone && meeting_word > s_.first &&
        (s_.has_class(meeting_word - 1, kQuantifier) || tokens_[meeting_word - 1].kind == TokenKind::number))
        return;
    Span span;
    span.add(trigger.first, trigger.last);
    std::vector<Actor> participants;
    if (encounter) {
        // "استقبل الملك سلمان وزير الخارجية الأمريكي": both sides are parties.
        // "وقال حسن روحاني، الذي التقى وزير الاقتصاد الألماني سيغمار غابرييل، إنه": right after a relative
        // pronoun, the verb's subject is the one it follows; the one named after it is the other side.
        std::optional<Actor> host;
        if (trigger.first > s_.first && s_.has_class(trigger.first - 1, kRelative))
            host = antecedent_subject(trigger, span, true);
        if (!host) host = subject(trigger, span, true, nullptr, subject_opens_clause(trigger));
        // "وستزور في الأيام المقبلة باريس": a verb that opens its sentence with no subject
        // continues the person just reported.
        // Not when a noun no list knows follows as its subject ("ويقوم فريق الخبراء بجولة").
        if (!host && trigger.first - s_.first <= 1 && context_.last_speaker &&
            context_.last_speaker->kind == "person" && (trigger.last >= s_.last || !unknown_word(trigger.last)))
            host = context_.last_speaker;
        // "موضحاً أنه التقى بوزير الخارجية السعودي": the one met, with ب, is the other side; the one
        // who met is named before, as a visitor is.
        if (!host && trigger.last < s_.last && with_preposition(trigger.last)) host = visitor_before(trigger, span);
        if (!host) return;
        // "وزار قطر", "يزور كينيا وإثيوبيا": a state right after a verb of visiting is the side visited;
        // the visitor opens the clause or is the person just reported.
        const bool visited_side = r_.triggers[trigger.trigger].visited_after && host->kind != "person" &&
                                  host->title.empty() && span.last > trigger.last;
        if (visited_side) {
            Span visitor_span;
            visitor_span.add(trigger.first, trigger.last);
            std::optional<Actor> visitor = visitor_before(trigger, visitor_span);
            if (!visitor || visitor->id == host->id) return;
            visitor_span.add(span.first, span.last);
            span = visitor_span;
            participants.push_back(*visitor);
            participants.push_back(*host);
            for (Actor& participant : participants) participant.role = "participant";
            host = visitor;
        } else {
            participants.push_back(*host);
        }
        // "استقبل الشيخ محمد بن راشد نائب رئيس دولة الإمارات ...": the host's own titles and state.
        const auto hosts_own = [&](const std::string& id) {
            return id == host->id || (!host->affiliation.empty() && id == host->affiliation);
        };
        // "اجتمع وزراء خارجية دول مجلس التعاون والأمين العام لمجلس التعاون مع وزير خارجية الولايات
        // المتحدة": a second subject joined by و meets with the one after مع.
        std::size_t other_side_first = visited_side ? s_.last : span.last;
        constexpr std::size_t kLongestSecondSubject = 12;
        std::size_t second_subject = kNone;
        for (std::size_t k = other_side_first; k < s_.last && k < span.last + kLongestSecondSubject; ++k) {
            if (is_comma(tokens_[k]) || s_.has_class(k, kClause) || s_.has_class(k, kClauseOpener)) break;
            if (second_subject == kNone && opens_with_conjunction_waw(k) && (person_at(k) || actor_at(k)))
                second_subject = k;
            if (second_subject == kNone || !s_.has_class(k, kWith)) continue;
            for (Actor& second : parties(second_subject, k, "participant", span))
                if (second.id != host->id) participants.push_back(std::move(second));
            other_side_first = k + 1;
            break;
        }
        // "يبحث لافروف الوضع في سوريا والحرب على تنظيم داعش مع نظيره السعودي": a verb whose rule asks
        // for مع takes what is discussed first; the other side follows مع.
        for (const RuleCondition& condition : r_.triggers[trigger.trigger].conditions) {
            if (condition.word_class != kWith || condition.absent || condition.in_article || condition.from < 1)
                continue;
            for (std::size_t k = std::max(other_side_first, trigger.last);
                 k < s_.last && k < trigger.last + static_cast<std::size_t>(condition.to); ++k) {
                if (s_.has_class(k, kClause)) break;
                if (s_.has_class(k, kWith)) {
                    other_side_first = std::max(other_side_first, k + 1);
                    break;
                }
            }
        }
        // The other side is officials of a state ("وزراء خارجية مصر"): states joined to it by و are
        // theirs too ("وزراء خارجية مصر والسعودية والأردن"). The noun that governs the state stands after
        // the verb and its subject.
        bool officials_of_states = false;
        const std::size_t after_subject = std::max(other_side_first, trigger.last + 1);
        // "زار محافظ مأرب ... وقائد المنطقة العسكرية الثالثة اللواء عبد الرب الشدادي معرض المضبوطات": those
        // joined by و right after the visitor go with him; the side visited follows them.
        const bool visit = r_.triggers[trigger.trigger].visited_after;
        std::size_t fellow_visitors_end = other_side_first;
        for (std::size_t k = other_side_first; k < s_.last && k < other_side_first + 20; ++k) {
            if (const PersonRef* fellow = person_at(k);
                visit && fellow && k == fellow_visitors_end && opens_with_conjunction_waw(k)) {
                // A post, then the rank and name of its holder.
                const PersonRef* holder = fellow->named() ? nullptr : named_holder_after(fellow->last);
                fellow_visitors_end = holder ? holder->last : fellow->last;
                k = fellow_visitors_end - 1;
                continue;
            }
            // "استقبلت سويسرا 611 سائحا من 31 دولة": a count of people is no party; "زار المنطقة ورفض
            // زيارة دمشق": nor one a visit was refused to.
            if (tokens_[k].kind == TokenKind::number || (s_.has_class(k, kRefusal) && !actor_at(k))) break;
            // "قام الوزير بزيارة لمقر الجمارك، يرافقه المستشار ...": who goes along is of the visitor's side.
            if (s_.has_class(k, kCompanion)) break;
            // "زار ... معرض المضبوطات الذي أقيم في قيادة اللواء": a relative clause after a noun tells of the
            // place or thing visited, or of the occasion ("في إطار الزيارة الرسمية التي يقوم بها إلى مملكة إسبانيا،
            // مع"), up to a comma; no side is named in it. After a side it tells of that side ("كارتر الذي وصل").
            if (s_.has_class(k, kRelative) && k > other_side_first && tokens_[k - 1].kind == TokenKind::word &&
                !party_ends_at(k)) {
                while (k + 1 < s_.last && !is_comma(tokens_[k])) ++k;
                continue;
            }
            // "يزور المدينة منذ أن طرد مقاتلون محليون جماعة الحوثي": a clause of another time has parties
            // of its own.
            if (s_.has_class(k, kOtherEvent) && k + 1 < s_.last && s_.has_class(k + 1, kClause)) break;
            // "التقى روحاني مرتين، إحداهما العام الماضي على هامش أعمال الجمعية العامة للأمم المتحدة": the body whose
            // event they met on the sidelines of is no side ("على هامش الاجتماع رئيس المفوضية" names one after it).
            if (s_.has_class(k, kOtherEvent) && s_.class_end(k, kOtherEvent) > k + 1) {
                std::size_t end = s_.class_end(k, kOtherEvent);
                while (end < s_.last && tokens_[end].kind == TokenKind::word && !is_definite(tokens_[end].text) &&
                       !person_at(end) && !actor_at(end))
                    ++end;
                if (end < s_.last && (person_at(end) || actor_at(end))) {
                    const std::size_t party_last = person_at(end) ? person_at(end)->last : actor_at(end)->last;
                    k = party_last - 1;
                    continue;
                }
            }
            // "أديس أبابا التي يزورها أوباما، أعلن مسؤول أن الولايات المتحدة وتركيا": what is said next
            // is another act, with parties of its own.
            if (k > other_side_first && is_comma(tokens_[k - 1]) && says(k) && finite(k)) break;
            // "التقى كارتر عددا من الجنود ...، ومن المقرر أن يغادر كارتر الأردن": a reported clause tells another act.
            if (s_.has_class(k, kClause) && !s_.has_class(k, kAuxiliary)) break;
            if (const PersonRef* person = person_at(k); person && !person->named() && hosts_own(person->affiliation)) {
                k = person->last - 1;
                continue;
            }
            // "استقبل الشيخ صباح الأحمد وبحضور الشيخ نواف الأحمد ... الأمير نواف بن فيصل": one in whose
            // presence the guest is received attends; the guest follows.
            if (const PersonRef* person = person_at(k); person && k > s_.first && s_.has_class(k - 1, kPresence)) {
                k = person->last - 1;
                continue;
            }
            if (const PersonRef* person = person_at(k);
                person && speaks_for_someone(*person) && person->id != host->id) {
                // "عضو هيئة كبار العلماء ... الشيخ صالح الفوزان": the post's holder, named after it.
                const PersonRef* holder = person->named() ? person : named_holder_after(person->last);
                span.add(person->first, holder ? holder->last : person->last);
                participants.push_back(holder ? holder_of(*person, *holder, "participant")
                                              : actor_of(*person, "participant"));
                officials_of_states = !holder && (person->group || governed_by_noun(person->first, after_subject));
                // "نظيريه السعودي والأمريكي": a second nationality joined by و to an unnamed post is another side.
                for (const ActorRef& second : s_.actors)
                    if (!person->named() && second.first > person->first && second.first < person->last &&
                        opens_with_conjunction_waw(second.first) && second.id != person->affiliation &&
                        !hosts_own(second.id))
                        participants.push_back(actor_of(second, "participant"));
                break;
            }
            if (const PersonRef* person = person_at(k); person && state_officials(*person)) {
                if (hosts_own(person->affiliation)) break;
                span.add(person->first, person->last);
                participants.push_back(state_of(*person, "participant"));
                officials_of_states = true;
                break;
            }
            // "قام بزيارة إلى الأردن": the goal of a visit is its other side, where "في الأردن" is a place;
            // a capital it goes to stands for its state ("بزيارة إلى طهران").
            // Not where a visit took the one who met someone ("التقى خلال زيارة إلى القاهرة بالأمين العام"),
            // nor a visit before or after this one ("سيزور إندونيسيا بعد انتهاء زيارته إلى الصين").
            const std::size_t lead = k > s_.first + 4 ? k - 4 : s_.first;
            const bool goal = k > s_.first && s_.has_class(k - 1, kToward) && !near_class(lead, k - 1, kOccasion) &&
                              !near_class(lead, k - 1, kOtherEvent);
            const PlaceRef* capital = capital_at(k);
            // "في أحد فنادق العاصمة الكينية": the capital where they met, not its state as a side.
            if (capital && !goal && near_class(k > s_.first + 3 ? k - 3 : s_.first, k, kDestination)) {
                k = capital->last - 1;
                continue;
            }
            // "عددًا من اليمنيين", "وفدا من رجال الأعمال اليمنيين": a nationality word not after a side's noun or
            // someone's post is people of that nation, no side.
            if (const ActorRef* people = actor_at(k); people && people->adjective && k > s_.first &&
                                                      !s_.has_class(k - 1, kPartyNoun) && !in_person(k - 1) &&
                                                      !post_governs(k)) {
                k = people->last - 1;
                continue;
            }
            if (const ActorRef* actor = actor_at(k); actor && (!topic(*actor) || goal) && !hosts_own(actor->id)) {
                // "عضو هيئة كبار العلماء ... الشيخ صالح الفوزان": a body after a post, whose holder is named on.
                const PersonRef* holder = post_before(k) ? named_holder_after(actor->last) : nullptr;
                span.add(actor->first, holder ? holder->last : actor->last);
                participants.push_back(holder ? actor_of(*holder, "participant") : actor_of(*actor, "participant"));
                officials_of_states = !holder && (post_before(k) || governed_state(after_subject, k + 1));
                break;
            }
            if (capital && goal) {
                const std::string& state = r_.places[capital->place].state;
                if (hosts_own(state)) break;
                span.add(capital->first, capital->last);
                participants.push_back(actor_of(ActorRef{capital->first, capital->last, state}, "participant"));
                break;
            }
        }
        // "مع نظيريه السعودي والأميركي", "استقبل وزير الخارجية الأمريكي ووزير الدفاع البريطاني": more of the
        // other side, each joined by و right after the one before: a person, or the state of another
        // counterpart; not a state's name, a place a tour goes on to ("يزور كينيا وإثيوبيا" is two visits),
        // unless officials of states named the first.
        for (std::size_t k = span.last; participants.size() >= 2 && k < s_.last && opens_with_conjunction_waw(k);) {
            const PersonRef* person = person_at(k);
            const ActorRef* actor = person ? nullptr : actor_at(k);
            if (person && speaks_for_someone(*person) && person->id != host->id && !hosts_own(person->affiliation)) {
                participants.push_back(actor_of(*person, "participant"));
                k = person->last;
            } else if (const ActorEntry* state = actor && (actor->adjective ? in_person(k - 1) : officials_of_states)
                                                     ? r_.actor(actor->id)
                                                     : nullptr;
                       state && state->kind == "country" && !topic(*actor) && !hosts_own(actor->id)) {
                participants.push_back(actor_of(*actor, "participant"));
                k = actor->last;
            } else {
                break;
            }
            span.add(span.first, k);
        }
        if (participants.size() < 2) {
            // "الجبير سيزور موسكو": the clause opened with the subject, and the one
            // after the verb is the other side.
            bool stop = false;
            Span with_subject = span;
            std::optional<Actor> before = subject_before(trigger, with_subject, stop);
            // "أعلن ترامب أنه سيجتمع مع الزعيم الكوري": the pronoun of أنه is the speaker.
            if (!before && trigger.first > s_.first && s_.has_class(trigger.first - 1, kClause))
                before = sentence_speaker_;
            if (before && before->id != host->id) {
                participants.insert(participants.begin(), *before);
                span = with_subject;
            } else if (!r_.triggers[trigger.trigger].body_alone || host->kind == "person") {
                // "اجتمع مجلس الأمن الدولي": a body in session needs no other side; a person does.
                return;
            }
        }
        for (Actor& participant : participants) participant.role = "participant";
    } else if (meeting_word == kNone && !has_round) {
        // "وشارك ممثلو الأمم المتحدة ... كمراقبين": taking part in the meeting just reported.
        const bool taking_part = near_class(trigger.last, clause_last, kObserver) ||
                                 near_class(trigger.last, trigger.last + 2, kParticipation);
        if (!taking_part || !context_.meeting) return;
    }
    // "سيعقد", "لعقد مؤتمر" (to hold one), "تعيد النظر في عقد قمة" (a verb's form after a preposition
    // is its verbal noun, holding one; "في ختام اللقاء" is a noun of its own): a meeting still to come.
    const bool verbal_noun = holding_after_preposition(trigger.first);
    // "اقترحت الهند على باكستان عقد اجتماع", "طالب بعقد قمة": holding one (the past form of a meeting
    // verb, bare or after ب, is its verbal noun) that a call or proposal asks for.
    const TriggerEntry& rule = r_.triggers[trigger.trigger];
    const bool asked_for = rule.frame == Frame::meeting && rule.tense == TriggerEntry::Tense::past &&
                           (trigger.proclitics.empty() || trigger.proclitics == kPrepositionBa) &&
                           called_for(trigger.first, clause_first);
    // "تمنت أن يزور الرئيس الأميركي بلدة كوغيلو": a visit wished or due has not taken place.
    const std::size_t expected_first = expected_from(trigger);
    bool future = trigger.proclitics.find(kFutureSin) != std::string_view::npos ||
                  (!encounter && trigger.proclitics.find(kPrepositionLam) != std::string_view::npos) ||
                  (!encounter && verbal_noun) || asked_for || after_bare_an(trigger) || expected_first != kNone ||
                  near_class(trigger.first >= s_.first + 2 ? trigger.first - 2 : s_.first, trigger.first, kFuture);
    // "عقد الاجتماع المقبل": the meeting named is a future one.
    for (std::size_t k = trigger.last; k + 1 < window_last && !future; ++k)
        future = s_.has_class(k, kMeetingNoun) && s_.has_class(k + 1, kFuture);
    // "يعقد المؤتمر الأسبوع المقبل": a present-tense verb with a date after the article's, or
    // with a weekday alone ("يجتمع مجلس الأمن الاثنين"), which is the coming one.
    const bool present = r_.triggers[trigger.trigger].tense == TriggerEntry::Tense::present;
    if (!future && present)
        future = dated_after_publication(clause_first, clause_last) || weekday_ahead(clause_first, clause_last);
    // "وعلى عقد الاجتماع الثامن ... في الفترة من 20 إلى 21 أغسطس المقبل": a past form dated as the
    // coming one, and by no day up to the article's, is the verbal noun of holding a meeting to come.
    if (!future && rule.frame == Frame::meeting && rule.tense == TriggerEntry::Tense::past &&
        trigger.proclitics.empty() && dated_as_coming(trigger.last, clause_last) &&
        !dated_up_to_publication(clause_first, clause_last))
        future = true;
    if (future && negated(trigger.first, 8)) return;
    Round round;
    if (auto nearest = nearest_round(trigger.first, span, clause_first, clause_last)) {
        round = *nearest;
    } else if (!future) {
        for (const SeriesRef& series : s_.series)
            if (!about_other_event(series.first)) round.series = series.id;
    }
    // One meeting per round in a sentence; a planned one at most once.
    const std::string key = (future ? "planned:" : "held:") + std::to_string(round.number);
    if (std::find(emitted_.begin(), emitted_.end(), key) != emitted_.end()) return;
    if (future && plan_done_) return;
    emitted_.push_back(key);
    if (future)
        plan_done_ = true;
    else
        meeting_done_ = true;
    const TriggerEntry& entry = r_.triggers[trigger.trigger];
    if (future && entry.future_type.empty()) return;
    Event event = make(trigger, future ? entry.future_type : entry.type);
    for (Actor& actor : participants) add_actor(event, std::move(actor));
    // Observers: the stretch that ends with "كمراقبين", and the states named right after the word ("تحت
    // إشراف مراقبين أميركيين وصينيين").
    std::size_t observers_first = kNone, observers_last = 0;
    std::size_t named_observers_first = kNone, named_observers_last = 0;
    for (std::size_t k = clause_first; k < clause_last; ++k) {
        if (!s_.has_class(k, kObserver)) continue;
        std::size_t start = k;
        while (start > s_.first && !s_.has_class(start - 1, kParticipation) && !is_comma(tokens_[start - 1])) --start;
        observers_first = start;
        observers_last = k;
        std::size_t end = k + 1;
        while (const ActorRef* next = actor_at(end)) end = next->last;
        if (end > k + 1) {
            named_observers_first = k + 1;
            named_observers_last = end;
        }
    }
    // Hosting verbs name the host: "استضافت أستانا", "استضافت العاصمة الكازاخستانية".
    if (entry.host_after) {
        if (const ActorRef* actor = host_after(trigger)) {
            span.add(actor->first, actor->last);
            add_actor(event, actor_of(*actor, "host"));
        }
    }
    // Where the parties start: after a relative pronoun when the meeting is told of a thing.
    std::size_t parties_first = clause_first;
    if (!encounter) {
        // Those who met are named before what they met about ("لبحث تداعيات الاتفاق ... مع القوى الكبرى").
        // Nor after a meeting they prepare for ("تمهيدا للاجتماع المشترك بين الوزراء وكيري").
        std::size_t parties_last = clause_last;
        for (std::size_t k = trigger.last; k < clause_last; ++k) {
            // "اجتماعا تنسيقيا للتحضير لاجتماع مع كيري": nor after a purpose with the preposition alone
            // ("في توقيت تال مباشرة لقمة البريكس" places the meeting by another, whose parties it may share).
            // "الجلسة الافتتاحية للقمة العربية": after the meeting word and its adjective, the meeting it is part of.
            const bool part_of_meeting = meeting_word != kNone && k == meeting_word + 2 &&
                                         is_definite(tokens_[meeting_word].text) && is_definite(tokens_[k - 1].text) &&
                                         unknown_word(k - 1);
            const bool other_meeting =
                meeting_word != kNone && k > meeting_word + 1 && s_.has_class(k, kMeetingNoun) &&
                !s_.has_class(k - 1, kMeetingNoun) && !part_of_meeting &&
                (with_lam_and_article(tokens_[k].text) || (purpose_lam(k) && purpose_before(k - 1)));
            // Nor in the words said at it ("لدى ترؤسه اجتماعا طارئا للقيادة الفلسطينية: «نطالب الأمم المتحدة»").
            const bool said = is_colon(tokens_[k]) || s_.has_class(k, kClause);
            // Nor among those who went along with one of them ("برفقة رئيس البرلمان").
            // Nor in a relative clause about a thing once two sides are named before it ("بين الرئيس المصري
            // والأمير محمد بن سلمان وضع أسسا للرؤية التي طرحها خادم الحرمين").
            std::size_t antecedent = k;
            while (antecedent > trigger.last && is_comma(tokens_[antecedent - 1])) --antecedent;
            const auto named_before = [&](std::size_t end) {
                std::size_t named = 0;
                for (const PersonRef& p : s_.persons) named += p.first >= clause_first && p.last <= end;
                for (const ActorRef& a : s_.actors)
                    named += a.first >= clause_first && a.last <= end && !in_person(a.first);
                return named;
            };
            const bool about_thing = antecedent > trigger.last && s_.has_class(k, kRelative) &&
                                     tokens_[antecedent - 1].kind == TokenKind::word &&
                                     !opens_with_conjunction_waw(k) && !in_person(antecedent - 1) &&
                                     !actor_ending_at(antecedent - 1) && !s_.has_class(antecedent - 1, kMeetingNoun) &&
                                     !s_.item(antecedent - 1) && named_before(antecedent) >= 2;
            if (s_.has_class(k, kTopic) || other_meeting || said || s_.has_class(k, kCompanion) || about_thing) {
                parties_last = k;
                break;
            }
        }
        // "رحبت الجامعة العربية بإعلان القاهرة الذي صدر في ختام زيارة ...": a meeting told in a relative
        // clause about a thing has its parties in that clause; one about a party ("الرئيس الذي ترأس") has
        // its antecedent too.
        for (std::size_t k = trigger.first; k-- > clause_first;) {
            if (!s_.has_class(k, kRelative)) continue;
            const ActorRef* antecedent = k > s_.first ? actor_ending_at(k - 1) : nullptr;
            if (k > s_.first && !in_person(k - 1) && (!antecedent || after_thing_noun(*antecedent)))
                parties_first = k + 1;
            break;
        }
        for (Actor& party : parties(parties_first, parties_last, "participant", span)) {
            const bool observer = std::any_of(s_.actors.begin(), s_.actors.end(), [&](const ActorRef& a) {
                return a.id == party.id && ((a.first >= observers_first && a.first < observers_last) ||
                                            (a.first >= named_observers_first && a.first < named_observers_last));
            });
            if (observer) party.role = "observer";
            const bool host = std::any_of(event.actors.begin(), event.actors.end(),
                                          [&](const Actor& a) { return a.id == party.id && a.role == "host"; });
            if (!host) add_actor(event, std::move(party));
        }
    }
    const DateUse use = future ? (present ? DateUse::ahead : DateUse::any) : DateUse::past;
    // A meeting to come is dated after its verb: a day before it is the report's ("قالت بيونغ يانغ
    // الأربعاء إنها ستلغي القمة"); what is expected, after the words that expect it.
    const std::size_t date_first = expected_first != kNone ? std::max(expected_first, clause_first)
                                   : future                ? trigger.first
                                                           : clause_first;
    const Span about_party = relative_clause_about_party(trigger.last, clause_last);
    const std::size_t date_last = future ? before_other_event(trigger.last, clause_last) : kNone;
    if (auto date = nearest_date(trigger.first, span, use, date_first, std::min(clause_last, date_last), about_party)) {
        event.date = *date;
    } else if (auto anywhere =
                   nearest_date(trigger.first, span, use, future ? trigger.first : 0, date_last, about_party)) {
        event.date = *anywhere;
    }
    if (future) move_to_future(event.date);
    // "مباحثات أستانا 20": the talks named after a place are held there.
    const bool numbered_by_place =
        round.number > 0 && std::any_of(s_.rounds.begin(), s_.rounds.end(), [&](const RoundRef& r) {
            return r.number == round.number && r.series == round.series && s_.item(r.first) &&
                   s_.item(r.first)->category != kWordClass && !s_.has_class(r.first, kMeetingNoun);
        });
    if (numbered_by_place) event.location = location_of_series(round.series);
    if (!event.location) event.location = location(clause_first, clause_last, span, trigger.last, true);
    if (!event.location && !round.series.empty()) event.location = location_of_series(round.series);
    if (round.number > 0 || !round.series.empty()) event.round = round;
    // A meeting with neither party nor round needs a meeting word, and a place and a date when
    // held ("عقدت المفاوضات بشأن سوريا في أستانا لأول مرة في كانون الثاني"), a place or a date when
    // to come: "ختام مهرجان في جدة" is a festival, "عقد بكلية طب جامعة القصيم لقاء" a local
    // event, and "عقدها الثلاثاء" names no one; nor is one whose parties stand outside the relative
    // clause that tells it ("رأس الأمير الجلسة التي عقدها مجلس الوزراء").
    const bool placed = event.location.has_value(), dated = !event.date.value.empty();
    const auto parties_outside_relative = [&] {
        Span outside;
        return parties_first > clause_first && !parties(clause_first, parties_first, "participant", outside).empty();
    };
    if (event.actors.empty() && !event.round &&
        (meeting_word == kNone || (future ? !placed && !dated : !placed || !dated) || parties_outside_relative()))
        return;
    // Talks held are between sides: one state or person alone ("عقد بكلية طب جامعة القصيم",
    // "اختتمت جمعية ... فرع الرياض") is a local or company event. A body of several
    // ("وزراء خارجية دول مجلس التعاون", "مجلس الأمن") meets alone, and a round is talks of its
    // own. One who meets another, named, meets someone (an encounter has two sides by itself).
    if (!encounter && !future && !event.round && !event.actors.empty()) {
        std::vector<std::string> sides;
        for (const Actor& actor : event.actors) {
            if (std::find(sides.begin(), sides.end(), side_of(actor)) == sides.end()) sides.push_back(side_of(actor));
        }
        const ActorEntry* only = sides.size() == 1 ? r_.actor(sides.front()) : nullptr;
        // "جلسة مجلس الوزراء اللبناني": a state's body (an office) in session.
        const bool office = std::any_of(event.actors.begin(), event.actors.end(),
                                        [](const Actor& a) { return a.kind != "person" && !a.title.empty(); });
        // "استضافت أستانا اجتماعا دوليا": a host receives others.
        const bool hosted =
            std::any_of(event.actors.begin(), event.actors.end(), [](const Actor& a) { return a.role == "host"; });
        if (sides.size() < 2 && !hosted && !(only && (only->kind != "country" || office))) return;
    }
    if (!future) {
        if (round.number > 0) {
            auto known = context_.round_dates.find(round.number);
            if (event.date.value.empty() && known != context_.round_dates.end()) event.date = known->second;
            if (!event.date.value.empty()) context_.round_dates.emplace(round.number, event.date);
            context_.last_round = round;
        }
        if (!event.date.value.empty()) context_.last_meeting_date = event.date;
        context_.meeting = true;
        std::vector<Actor> sides;
        for (const Actor& actor : event.actors)
            if (actor.role == "participant") sides.push_back(actor);
        if (sides.size() >= 2) context_.last_parties = std::move(sides);
        // A meeting the text does not date is the day's news, unless told in the past before the past
        // ("وكان الجبير التقى نظيره الروسي في الدوحة") or placed before the news by words beside its verb
        // ("التقى سفير خادم الحرمين الشريفين لدى كندا ... مؤخراً رئيس الوزراء الكندي"): background, undated.
        if (event.date.value.empty()) {
            const Span placing = placed_before_the_news(trigger, span);
            if (placing.first < placing.last) {
                event.date.text = words_between(placing.first, placing.last);
            } else if (told_before_the_past(trigger.first).empty() &&
                       told_before_perfect_particle(trigger.first).empty()) {
                event.date = publication_date();
            }
        }
    } else {
        planned_by_verb_ = span;
    }
    out.emplace_back(std::move(event), span);
}

// A planned meeting lies ahead: a day and month without a year that resolved
// to the past is the next such day ("المحادثات مقررة في 30 يوليو").
void SentenceReader::move_to_future(EventDate& date) const {
    if (!publication_ || date.value.size() < 7 || date.value[4] != '-' ||
        !(date.precision == "day" || date.precision == "month"))
        return;
    if (date.text.find_first_of("0123456789") != std::string::npos) {
        // A year written out stays as written.
        for (std::size_t i = 0; i + 4 <= date.text.size(); ++i)
            if (date.text.compare(i, 4, date.value, 0, 4) == 0) return;
    }
    if (date.value.substr(0, std::min<std::size_t>(date.value.size(), 10)) >=
        format_iso_date(*publication_).substr(0, date.value.size()))
        return;
    // A day of the last week is a weekday read as past ("الخميس"), not a date a year away.
    constexpr long kWeek = 7;
    if (const auto day = parse_iso_date(date.value); day && days_between(*day, *publication_) <= kWeek) return;
    const int year = std::stoi(date.value.substr(0, 4)) + 1;
    date.value = std::to_string(year) + date.value.substr(4);
    if (!date.end.empty()) date.end = std::to_string(std::stoi(date.end.substr(0, 4)) + 1) + date.end.substr(4);
}

void SentenceReader::plan(const TriggerRef& trigger, std::vector<std::pair<Event, Span>>& out) {
    // "الاجتماع المقبل", "الجولة المقبلة": a meeting word right before.
    if (trigger.first == s_.first ||
        !near_class(trigger.first >= s_.first + 2 ? trigger.first - 2 : s_.first, trigger.first, kMeetingNoun))
        return;
    if (negated(trigger.first, 8) || plan_done_) return;
    plan_done_ = true;
    Span span;
    span.add(trigger.first >= s_.first + 1 ? trigger.first - 1 : trigger.first, trigger.last);
    const std::size_t meeting_noun = span.first;
    Event event = make(trigger);
    // "مباحثات القاهرة بين الأمير محمد بن سلمان والرئيس السيسي ... على الاجتماع المقبل لوزراء الدفاع", "بلقاء
    // أمير قطر ... قبل التوجه الى اللقاء المقرر مع": the parties after an earlier meeting word that names
    // its own (with بين or مع, or right after it) are that meeting's.
    const auto names_own_parties = [&](std::size_t noun) {
        constexpr std::size_t kReach = 2;
        for (std::size_t j = noun + 1; j < meeting_noun && j <= noun + kReach; ++j) {
            const ActorRef* actor = actor_at(j);
            if (s_.has_class(j, kWith) || person_at(j) || (actor && !actor->adjective)) return true;
        }
        return false;
    };
    std::size_t other_meeting = meeting_noun;
    for (std::size_t k = s_.first; k < meeting_noun; ++k)
        if (s_.has_class(k, kMeetingNoun) && names_own_parties(k)) {
            other_meeting = k;
            break;
        }
    const bool cut = other_meeting < meeting_noun;
    for (Actor& party : parties(s_.first, cut ? other_meeting : s_.last, "participant", span))
        add_actor(event, std::move(party));
    if (cut)
        for (Actor& party : parties(meeting_noun, s_.last, "participant", span)) add_actor(event, std::move(party));
    // Its date follows the meeting named; one before it is the report's.
    if (auto date =
            nearest_date(trigger.first, span, DateUse::any, meeting_noun, before_other_event(trigger.last, s_.last)))
        event.date = *date;
    move_to_future(event.date);
    for (const SeriesRef& series : s_.series) event.round = Round{series.id, 0};
    out.emplace_back(std::move(event), span);
}

void SentenceReader::withdrawal(const TriggerRef& trigger, std::vector<std::pair<Event, Span>>& out) {
    if (negated(trigger.first, 3)) return;
    for (std::size_t k = trigger.first; k-- > s_.first && trigger.first - k <= 3;)
        if (s_.has_class(k, kRefusal)) return;
    const bool phrase = trigger.last - trigger.first >= 2;
    // A hosting verb right after it ("هو الأخير الذي تستضيفه كازاخستان").
    const auto hosting_verb = std::find_if(s_.triggers.begin(), s_.triggers.end(), [&](const TriggerRef& other) {
        return r_.triggers[other.trigger].host_after && other.first >= trigger.last && other.first <= trigger.last + 2;
    });
    if (phrase) {
        // What ends is talks named before ("الاجتماع العشرين ... هو الأخير") or right after ("وقف استضافة
        // محادثات أستانا").
        const std::size_t from = trigger.first >= s_.first + 16 ? trigger.first - 16 : s_.first;
        const std::size_t to = trigger.last + 2;
        if (!near_class(from, trigger.first, kMeetingNoun) && !near_class(from, trigger.first, kSeriesCue) &&
            !near_class(trigger.last, to, kMeetingNoun) && !near_class(trigger.last, to, kSeriesCue))
            return;
        // The last of a series the sentence names, the last a host holds ("هو الأخير الذي تستضيفه
        // كازاخستان") or the end of hosting; not the last session of a trial or the last visit of a term.
        const bool ends_hosting = near_class(trigger.first, trigger.last, kOfferObject);  // "وقف استضافة"
        if (s_.series.empty() && hosting_verb == s_.triggers.end() && !ends_hosting) return;
    } else {
        // "إنهاء مسار أستانا", "إنهاء استضافة المحادثات": what ends must be a series of talks the sentence
        // names, or the hosting; ending a session, a summit or talks of no series is no host's withdrawal
        // ("إلغاء القمة الأوروبية", "بعد انخفاضه عند الإغلاق في جلسة التعامل", "بإنهاء المحادثات").
        std::size_t k = trigger.last;
        while (k < s_.last && is_quote(tokens_[k])) ++k;
        const bool named_series = !s_.series.empty() && near_class(k, k + 2, kSeriesCue);
        if (!named_series && !near_class(k, k + 2, kOfferObject)) return;
    }
    Span span;
    span.add(trigger.first, trigger.last);
    Event event = make(trigger);
    std::optional<Actor> host;
    // "هو الأخير، تستضيفه كازاخستان", "هو الأخير الذي تستضيفه كازاخستان": the
    // subject of a hosting verb just after it.
    if (const ActorRef* actor = actor_at(trigger.last); actor && !topic(*actor)) {
        span.add(actor->first, actor->last);
        host = actor_of(*actor, "host");
    }
    if (!host && hosting_verb != s_.triggers.end()) {
        if (const ActorRef* actor = host_after(*hosting_verb)) {
            span.add(hosting_verb->first, actor->last);
            host = actor_of(*actor, "host");
        }
    }
    // The one who proposes or announces it: a speaker in the sentence, the subject, the last speaker.
    for (std::size_t k = s_.first; k < trigger.first && !host; ++k) {
        if (const PersonRef* person = person_at(k); person && !person->affiliation.empty()) {
            span.add(person->first, person->last);
            host = actor_of(ActorRef{k, k + 1, person->affiliation}, "host");
        } else if (const ActorRef* actor = actor_at(k);
                   actor && !topic(*actor) && !in_person(k) && !in_media_phrase(k)) {
            span.add(actor->first, actor->last);
            host = actor_of(*actor, "host");
        }
    }
    if (!host && context_.last_speaker) {
        const std::string& state =
            context_.last_speaker->kind == "person" ? context_.last_speaker->affiliation : context_.last_speaker->id;
        if (!state.empty()) host = actor_of(ActorRef{0, 0, state}, "host");
    }
    if (!host) return;
    add_actor(event, *host);
    if (auto date = nearest_date(trigger.first, span, DateUse::any)) event.date = *date;
    if (auto round = nearest_round(trigger.first, span))
        event.round = round;
    else if (context_.last_round)
        event.round = context_.last_round;
    if (event.date.value.empty() && event.round) {
        auto known = context_.round_dates.find(event.round->number);
        if (known != context_.round_dates.end()) event.date = known->second;
    }
    out.emplace_back(std::move(event), span);
}

void SentenceReader::offer(const TriggerRef& trigger, std::vector<std::pair<Event, Span>>& out) {
    if (negated(trigger.first, 3)) return;
    if (!near_class(trigger.last, trigger.last + 5, kOfferObject)) return;
    Span span;
    span.add(trigger.first, trigger.last);
    bool blocked = false;
    std::optional<Actor> host = subject(trigger, span, true, &blocked, true);
    if (host && host->kind == "person") host = actor_of(ActorRef{0, 0, host->affiliation}, "host");
    if (!host && !blocked && context_.last_speaker) {
        const std::string& state =
            context_.last_speaker->kind == "person" ? context_.last_speaker->affiliation : context_.last_speaker->id;
        if (!state.empty()) host = actor_of(ActorRef{0, 0, state}, "host");
    }
    if (!host || host->id.empty()) return;
    host->role = "host";
    Event event = make(trigger);
    add_actor(event, *host);
    if (auto date = nearest_date(trigger.first, span, DateUse::report)) event.date = *date;
    event.location = location(trigger.last, s_.last, span, trigger.last);
    out.emplace_back(std::move(event), span);
}

void SentenceReader::joint(const TriggerRef& trigger, std::vector<std::pair<Event, Span>>& out) {
    std::size_t marker = kNone;
    for (std::size_t k = trigger.last; k < s_.last && k < trigger.last + 4; ++k)
        if (s_.has_class(k, kJointMarker)) {
            marker = k;
            break;
        }
    if (marker == kNone || negated(trigger.first, 2)) return;
    Span span;
    span.add(trigger.first, marker + 1);
    Event event = make(trigger);
    // Signatories: the parties named before it in the sentence ("أعلنت روسيا وإيران وتركيا ببيان مشترك").
    std::size_t clause = trigger.first;
    while (clause > s_.first && !is_comma(tokens_[clause - 1]) && !s_.has_class(clause - 1, kClause)) --clause;
    for (Actor& party : parties(clause, trigger.first, "signatory", span)) add_actor(event, std::move(party));
    // "وأصدر الجانبان بيانا مشتركا": the two sides of the meeting just reported; so do the ones it was issued on
    // the directions of ("وبناء على توجيه خادم الحرمين الشريفين وأخيه الرئيس عبدالفتاح السيسي صدر بيان مشترك").
    if (event.actors.empty() && (near_class(clause, marker + 1, kCollective) || directed_in(clause, trigger.first))) {
        for (Actor party : context_.last_parties) {
            party.role = "signatory";
            add_actor(event, std::move(party));
        }
        if (event.actors.empty())
            for (Actor& state : directing_states(clause, trigger.first, "signatory"))
                add_actor(event, std::move(state));
    }
    // "وقال بيان مشترك للجمعية الطبية السورية الأميركية وأجهزة الدفاع المدني": the parties named
    // right after it, or after the meeting or visit it closed ("الصادر عقب اجتماع وزراء خارجية دول
    // مجلس التعاون مع وزير الخارجية الأميركي", "بمناسبة زيارة الأمير ... للمملكة الأردنية"), up to what
    // it said, a verb, a relative clause or a comma.
    if (event.actors.empty()) {
        std::size_t from = marker + 1;
        for (std::size_t k = marker + 1; k < s_.last && k <= marker + 4 && !s_.has_class(k, kClause); ++k)
            if (s_.has_class(k, kMeetingNoun)) {
                from = k + 1;
                break;
            }
        std::size_t end = from;
        while (end < s_.last && end < from + 20 && !s_.has_class(end, kClause) && !s_.has_class(end, kRelative) &&
               !is_comma(tokens_[end]) && !is_quote(tokens_[end]) &&
               !(s_.item(end) && s_.item(end)->category == kTrigger))
            ++end;
        const auto starts_near = [&](std::size_t first) { return first >= from && first < from + 4; };
        const bool named_right_after =
            std::any_of(s_.actors.begin(), s_.actors.end(), [&](const ActorRef& a) { return starts_near(a.first); }) ||
            std::any_of(s_.persons.begin(), s_.persons.end(), [&](const PersonRef& p) { return starts_near(p.first); });
        if (named_right_after)
            for (Actor& party : parties(from, end, "signatory", span)) add_actor(event, std::move(party));
    }
    // A day after a relative clause opens is that clause's act ("ومجالات التعاون التي أعلن عنها في قمة كامب
    // ديفيد في 14 مايو").
    std::size_t dated_last = marker + 1;
    while (dated_last < s_.last && !s_.has_class(dated_last, kRelative)) ++dated_last;
    const std::optional<EventDate> own_date = nearest_date(trigger.first, span, DateUse::report, 0, dated_last);
    if (own_date) event.date = *own_date;
    if (auto round = nearest_round(trigger.first, span))
        event.round = round;
    else if (context_.last_round)
        event.round = context_.last_round;
    // A statement of no one named is a round's final one ("البيان الختامي لأستانا 18") or a named
    // meeting's ("بيان اجتماع جنيف الختامي"), or no event.
    if (event.actors.empty() && !event.round && !near_class(trigger.last, marker, kMeetingNoun)) return;
    // One state alone issues no joint statement: it is the subject of another verb that names the statement
    // ("وشدد مجلس الوزراء على ما اشتمل عليه البيان الختامي المشترك"), or the other side went unread. A
    // person is of his state's side; a body is a side of its own ("الجمعية الطبية السورية الأميركية"), and
    // one of many members, or a round of talks, closes its meeting with a final communique ("وزراء خارجية
    // دول الاتحاد الأوروبي", "المشاركون في الجولة الـ 20 لمباحثات أستانا").
    std::vector<std::string> sides;
    for (const Actor& actor : event.actors) {
        const std::string& side = actor.kind == "person" ? side_of(actor) : actor.id;
        if (std::find(sides.begin(), sides.end(), side) == sides.end()) sides.push_back(side);
    }
    const ActorEntry* only = sides.size() == 1 ? r_.actor(sides.front()) : nullptr;
    if (sides.size() == 1 && !event.round && !(only && only->kind == "organization")) return;
    event.location = location(trigger.first, marker + 1, span, trigger.first);
    if (event.date.value.empty()) {
        if (event.round) {
            auto known = context_.round_dates.find(event.round->number);
            if (known != context_.round_dates.end()) event.date = known->second;
        }
        if (event.date.value.empty() && context_.last_meeting_date) event.date = *context_.last_meeting_date;
        // Else it is of the day's news, as what one says is.
        if (event.date.value.empty()) event.date = publication_date();
    }
    if (own_date) context_.joint_statement_date = *own_date;
    out.emplace_back(std::move(event), span);
}

void SentenceReader::agreement(const TriggerRef& trigger, std::vector<std::pair<Event, Span>>& out) {
    if (negated(trigger.first, 2)) return;
    Span span;
    span.add(trigger.first, trigger.last);
    bool reported_agreement = false;
    // Verb first: the parties follow up to "على" ("اتفقت روسيا مع تركيا على",
    // "توقيع الاتفاق بين إيران والدول الكبرى"); subject first: they come before.
    std::size_t end = trigger.last;
    // An actor's name or a person's title may hold a function word ("والدول الكبرى", "الرئيس"): it
    // does not end the parties. A verb joined by و does: "قبل التوصل للاتفاق وزار جنتيلوني طهران" is
    // another act, with its own subject.
    const auto joined_verb = [&](std::size_t k) {
        const LexiconItem* item = s_.item(k);
        return item && item->first == k && item->category == kTrigger &&
               r_.triggers[item->payload].tense != TriggerEntry::Tense::none &&
               item->proclitics.substr(0, kConjunctionWaw.size()) == kConjunctionWaw;
    };
    // "الاتفاق النووي الذي أبرمته إيران مع دول 5+1": in a relative clause the subject follows the verb, and the
    // words before name the agreement, unless the subject is the sides named there ("بين واشنطن وأنقرة بشأن
    // المنطقة الآمنة التي اتفق عليها الطرفان"). "بعد توقيع الاتفاق النووي بينها وبين الدول الكبرى": a verbal
    // noun after a word that places another act by it ("بعد", "إثر") names the agreement as a time, with its
    // sides after it. Either may be dated or placed before its sides ("الذي وقع في 14 يوليو بين طهران والقوى الست").
    const bool relative = trigger.first > s_.first && s_.has_class(trigger.first - 1, kRelative);
    const bool named_as_time = trigger.first > s_.first && s_.has_class(trigger.first - 1, kOtherEvent) &&
                               r_.triggers[trigger.trigger].tense == TriggerEntry::Tense::none;
    const auto when_or_where = [&](std::size_t k) {
        return in_date(k) || std::any_of(s_.places.begin(), s_.places.end(),
                                         [&](const PlaceRef& p) { return k >= p.first && k < p.last; });
    };
    const auto time_or_place_words = [&](std::size_t k) {
        return (relative || named_as_time) &&
               (when_or_where(k) || (k + 1 < s_.last && when_or_where(k + 1)) ||
                (tokens_[k].kind == TokenKind::punctuation && k > trigger.last && in_date(k - 1)));
    };
    while (
        end < s_.last && end < trigger.last + 10 &&
        (time_or_place_words(end) ||
         (!s_.has_class(end, kDestination) && !s_.has_class(end, kClause) && !joined_verb(end) &&
          (!s_.has_class(end, kFunctionWord) || s_.has_class(end, kWith) || actor_starts_at(end) || person_at(end)))))
        ++end;
    Span after_span = span;
    std::vector<Actor> found = with_members(parties(trigger.last, end, "participant", after_span));
    const bool sides_named_before =
        relative && found.empty() && near_class(trigger.last, std::min(s_.last, trigger.last + 3), kCollective);
    std::size_t start = trigger.first;
    // A comma right before the verb closes its subject ("وفود تركيا وروسيا، وافقت"); one
    // further back opens another clause.
    while (((!relative && !named_as_time) || sides_named_before) && start > s_.first && trigger.first - start < 10 &&
           !s_.has_class(start - 1, kClause) && (start == trigger.first || !is_comma(tokens_[start - 1])))
        --start;
    Span before_span = span;
    std::vector<Actor> before = with_members(parties(start, trigger.first, "participant", before_span));
    if (found.size() >= 2) {
        span = after_span;
    } else if (before.size() >= 2) {
        found = std::move(before);
        span = before_span;
    } else {
        // "توصلت إيران إلى اتفاق مع الدول الكبرى": the subject, and the other side after مع.
        std::vector<Actor> sides = found.empty() ? before : found;
        span.add(found.empty() ? before_span.first : after_span.first,
                 found.empty() ? before_span.last : after_span.last);
        for (std::size_t k = trigger.last; k < s_.last && k < trigger.last + 16 && sides.size() == 1; ++k) {
            if (!s_.has_class(k, kWith) || s_.has_class(k, kClause)) continue;
            for (Actor& other : parties(k + 1, std::min(s_.last, k + 5), "participant", span))
                if (other.id != sides.front().id) sides.push_back(std::move(other));
        }
        // "وافق ترامب على دعوة زعيم كوريا الشمالية": the one whose invitation is accepted.
        const auto other_class = r_.triggers[trigger.trigger].other_side_after;
        for (std::size_t k = trigger.last; other_class && sides.size() == 1 && k < s_.last && k < trigger.last + 8;
             ++k) {
            if (!s_.has_class(k, static_cast<WordClass>(*other_class))) continue;
            for (Actor& other : parties(k + 1, std::min(s_.last, k + 5), "participant", span)) {
                if (same_side(other, sides.front())) continue;
                sides.push_back(std::move(other));
                break;
            }
            break;
        }
        // "أعلنت روسيا وإيران وتركيا ... أنهم اتفقوا على": the subject of the clause that reports it;
        // the report itself is their act, and what they agreed on (a meeting) the event it adds.
        if (sides.empty() && trigger.first > s_.first && s_.has_class(trigger.first - 1, kClause)) {
            std::size_t clause_start = trigger.first - 1;
            while (clause_start > s_.first && trigger.first - clause_start < 16 && !is_comma(tokens_[clause_start - 1]))
                --clause_start;
            Span reported = span;
            std::vector<Actor> reporters = parties(clause_start, trigger.first - 1, "participant", reported);
            if (reporters.size() >= 2) {
                sides = std::move(reporters);
                span = reported;
                reported_agreement = true;
            }
        }
        // "واتفق الرئيسان على", "اتفق المشاركون": the sides of the meeting just reported. So are those who
        // agreed "خلال المباحثات", or on the directions of those named before ("وبناء على توجيه خادم الحرمين
        // الشريفين وأخيه الرئيس عبدالفتاح السيسي فقد اتفق").
        const std::size_t after = std::min(end + 1, trigger.last + 3);
        const bool during_talks = trigger.last + 1 < s_.last && s_.has_class(trigger.last, kOccasion) &&
                                  s_.has_class(trigger.last + 1, kMeetingNoun);
        if (sides.empty() && context_.last_parties.size() >= 2 &&
            (near_class(trigger.last, after, kCollective) || near_class(trigger.last, after, kGathered) ||
             during_talks || directed_in(start, trigger.first)))
            sides = context_.last_parties;
        if (sides.empty()) sides = directing_states(start, trigger.first, "participant");
        if (sides.size() < 2) return;
        found = std::move(sides);
    }
    // A person of no known state or body signs for nobody: a player's contract is no agreement.
    if (std::any_of(found.begin(), found.end(),
                    [](const Actor& party) { return party.kind == "person" && party.affiliation.empty(); }))
        return;
    const TriggerEntry& rule = r_.triggers[trigger.trigger];
    Event event = make(rule, rule.type);
    for (const Actor& party : found) add_actor(event, party);
    // "في إطار الاتفاقية التي أبرمتها القاهرة مع باريس": concluded in a relative clause, or named as a time, the
    // agreement is background, and only a date after the verb is its own ("التي وقعها الملك فيصل والرئيس
    // جمال عبدالناصر، عام 1965م"); with none it is undated.
    if (relative || named_as_time) {
        std::size_t last = trigger.last;
        while (last < s_.last && !s_.has_class(last, kClauseOpener)) ++last;
        std::optional<EventDate> date = nearest_date(trigger.first, span, DateUse::report, trigger.first, last);
        if (!date) date = nearest_date(trigger.first, span, DateUse::report_period, trigger.first, last);
        event.date = date.value_or(EventDate{});
    } else {
        // A day, or a month or year past near the verb ("توصلت، في يوليو/تموز الماضي، إلى اتفاق").
        std::optional<EventDate> date = nearest_date(trigger.first, span, DateUse::report);
        if (!date)
            date =
                nearest_date(trigger.first, span, DateUse::report_period, start, std::min(s_.last, trigger.last + 8));
        event.date = date.value_or(publication_date());
    }
    if (auto round = nearest_round(trigger.first, span)) event.round = round;
    // "اتفقت موسكو وأنقرة وطهران على اجتماع": the meeting agreed on is planned.
    std::size_t object = end;
    const bool occasion = object < s_.last && s_.has_class(object, kOccasion);
    if (object < s_.last && (s_.has_class(object, kDestination) || s_.has_class(object, kFunctionWord))) ++object;
    bool plan_emitted = false;
    if (!rule.plan_type.empty() && !occasion && near_class(object, object + 2, kMeetingNoun) && !plan_done_) {
        plan_done_ = true;
        plan_emitted = true;
        Event planned = make(rule, rule.plan_type);
        for (Actor party : found) add_actor(planned, std::move(party));
        Span planned_span = span;
        // The day before it ("أعلن البيت الأبيض الخميس أن ترامب وافق على لقاء") is the agreement's.
        if (auto date = nearest_date(object, planned_span, DateUse::ahead, object, s_.last)) planned.date = *date;
        out.emplace_back(std::move(planned), planned_span);
    }
    if (!reported_agreement || !plan_emitted) out.emplace_back(std::move(event), span);
}

void SentenceReader::quote(const TriggerRef& trigger, std::vector<std::pair<Event, Span>>& out) {
    // "ونقلت وكالة تسنيم عن عباس عراقجي نائب وزير الخارجية الإيراني قوله": the
    // person or body just before the trigger said it; the outlet only passed it on.
    // The source is named right after عن or إلى ("نسبت الوكالة إلى حفتر قوله"), or opens the sentence's
    // subject ("وتابع الرئيس عباس قوله"); one named after another preposition is one spoken of ("سخر من ريك
    // بيري بقوله", "يتحسر على الوضع في الكويت بقوله"). A state or body alone is a source only after عن
    // ("عن سكان ... بجنوب اليمن قولهم" names a place), or inside a source's post.
    // A place right after a post completes it ("مدير عام مديرية شرطة محافظة العاصمة المنامة").
    const auto source_opening = [&](std::size_t first) {
        for (const PersonRef& person : s_.persons)
            if (person.first < first && first <= person.last) first = person.first;
        if (first > s_.first + 1 && is_quote(tokens_[first - 1])) --first;
        return first;
    };
    // The words of the source's phrase before a name may come first ("عن مدير عام مديرية شرطة
    // محافظة العاصمة المنامة"), but no other preposition, clause or verb of saying.
    const auto quoted_from = [&](std::size_t first) {
        constexpr std::size_t kLongestSourcePhrase = 8;
        first = source_opening(first);
        for (std::size_t k = first; k > s_.first && first - k < kLongestSourcePhrase; --k) {
            const std::size_t before = k - 1;
            if (s_.has_class(before, kQuotedFrom)) return true;
            if (before + 1 == first && is_quote(tokens_[before])) continue;
            const LexiconItem* item = s_.item(before);
            if (tokens_[before].kind != TokenKind::word || s_.has_class(before, kPreposition) ||
                s_.has_class(before, kRelative) || s_.has_class(before, kClause) ||
                (item && item->category == kTrigger))
                return false;
        }
        return false;
    };
    const auto spoken_of = [&](std::size_t first) {
        return !quoted_from(first) && (after_any_preposition(source_opening(first)) || with_preposition(first));
    };
    Span span;
    span.add(trigger.first, trigger.last);
    std::optional<Actor> speaker;
    for (const PersonRef& person : s_.persons) {
        if (person.last <= trigger.first && trigger.first - person.last <= 2 && speaks_for_someone(person) &&
            !spoken_of(person.first)) {
            speaker = actor_of(person, "speaker");
            span.add(person.first, person.last);
        }
    }
    if (!speaker) {
        for (const ActorRef& actor : s_.actors) {
            // "الكويتي بادر بقوله": a nationality word alone is a man of that nation, not his state.
            if (actor.adjective && singular_nisba(tokens_[actor.last - 1].text)) continue;
            if (actor.last <= trigger.first && trigger.first - actor.last <= 2 && !in_media_phrase(actor.first) &&
                (quoted_from(actor.first) || (in_person(actor.first) && !spoken_of(actor.first)))) {
                speaker = actor_of(actor, "speaker");
                span.add(actor.first, actor.last);
            }
        }
    }
    if (!speaker || speaker->id.empty()) return;
    Event event = make(trigger);
    add_actor(event, *speaker);
    event.date = nearest_date(trigger.first, span, DateUse::report).value_or(publication_date());
    context_.last_speaker = *speaker;
    out.emplace_back(std::move(event), span);
}

void SentenceReader::headline(const TriggerEntry& rule, std::vector<std::pair<Event, Span>>& out) {
    // "لافرنتييف: الاجتماع المقبل ...", "روسيا: نسعى ...": a source, a colon, its words.
    std::size_t colon = s_.first;
    while (colon < s_.last && colon < s_.first + kHeadlineSourceTokens && !is_colon(tokens_[colon])) ++colon;
    if (colon >= s_.last || colon == s_.first || colon >= s_.first + kHeadlineSourceTokens) return;
    if (!conditions_hold(rule, colon)) return;
    std::optional<Actor> speaker;
    Span span;
    for (const PersonRef& person : s_.persons)
        if (person.first == s_.first && person.last == colon && speaks_for_someone(person)) {
            speaker = actor_of(person, "speaker");
            span.add(person.first, person.last);
        }
    if (!speaker) {
        const ActorRef* actor = actor_at(s_.first);
        // "إخواني:" (my brothers): a nationality or member word alone names no source.
        if (!actor || actor->last != colon || actor->adjective) return;
        speaker = actor_of(*actor, "speaker");
        span.add(actor->first, actor->last);
    }
    span.add(colon, colon + 1);
    Event event = make(rule, rule.type);
    add_actor(event, *speaker);
    event.date = nearest_date(colon, span, DateUse::report).value_or(publication_date());
    context_.last_speaker = *speaker;
    out.emplace_back(std::move(event), span);
}

void SentenceReader::meeting_of(const TriggerEntry& rule, std::vector<std::pair<Event, Span>>& out) {
    // "خلال اجتماع مجلس الأمن الدولي الاثنين": a meeting noun, the body or parties that
    // met right after it, and a day that dates it. Without the date it is a
    // meeting in general ("اجتماعات مجلس الأمن"), not one that took place.
    for (std::size_t k = s_.first; k + 2 < s_.last && !meeting_done_; ++k) {
        if (!s_.has_class(k, kMeetingNoun) || s_.has_class(k + 1, kWith)) continue;
        const LexiconItem* item = s_.item(k);
        if ((item && item->category == kTrigger) || negated(k, 3) || about_other_event(k) ||
            !conditions_hold(rule, k) || (k > s_.first && s_.has_class(k - 1, kQuantifier)))
            continue;
        // "اجتماع لمجلس الأمن مقرر مساء الثلاثاء", "خلال اجتماع الحكومة غدا": one to come.
        bool future = planned_here(k) || (k > s_.first && s_.has_class(k - 1, kFuture)) ||
                      near_class(k + 1, std::min(s_.last, k + 6), kFuture);
        if (future && rule.future_type.empty()) continue;
        Span span;
        span.add(k, k + 1);
        std::vector<Actor> participants;
        for (std::size_t j = k + 1; j < s_.last && j < k + 3; ++j) {
            // "اجتماع الحكومة": a body of the state met.
            if (const PersonRef* office = person_at(j); office && office->office && !office->affiliation.empty()) {
                span.add(office->first, office->last);
                participants.push_back(actor_of(*office, "participant"));
                break;
            }
            // A capital ("مؤتمر صحفي بلندن") is where it met, not who.
            if (const ActorRef* actor = actor_at(j); actor && !topic(*actor) && !actor->adjective && !actor->metonym) {
                span.add(actor->first, actor->last);
                participants.push_back(actor_of(*actor, "participant"));
                // "قمة بين X وY" and "اجتماع X وY": coordinated parties.
                for (std::size_t c = actor->last; c < s_.last && c < actor->last + 3; ++c)
                    if (const ActorRef* next = actor_at(c);
                        next && !topic(*next) && !next->metonym && next->id != actor->id) {
                        span.add(next->first, next->last);
                        participants.push_back(actor_of(*next, "participant"));
                        break;
                    }
                break;
            }
        }
        if (participants.empty()) continue;
        Span dated = span;
        const std::size_t date_last = std::min(s_.last, span.last + 4);
        if (!future) future = dated_after_publication(k + 1, date_last);
        if (future && rule.future_type.empty()) continue;
        std::optional<EventDate> date =
            nearest_date(k, dated, future ? DateUse::ahead : DateUse::past, k + 1, date_last);
        if (!date || date->precision != "day") continue;
        meeting_done_ = true;
        Event event = make(rule, future ? rule.future_type : rule.type);
        for (Actor& actor : participants) add_actor(event, std::move(actor));
        event.date = *date;
        event.location = location(k, std::min(s_.last, dated.last + 4), dated, k, true);
        out.emplace_back(std::move(event), dated);
    }
}

bool SentenceReader::holding_after_preposition(std::size_t t) const {
    const LexiconItem* item = s_.item(t);
    if (!item || item->category != kTrigger || item->first != t || t == s_.first) return false;
    const TriggerEntry& entry = r_.triggers[item->payload];
    return entry.frame == Frame::meeting && entry.tense != TriggerEntry::Tense::none &&
           s_.has_class(t - 1, kDestination);
}

// Who made a visit whose verb has the side visited right after it ("وزار قطر"): the subject before
// the verb, the one whose saying "أنه" continues ("وأعلن شتاينماير أنه سيزور المملكة"), the person
// just reported when the verb opens the sentence, or the one named before "عندما"/"حين"
// ("ووزير الخارجية الأميركي، مايك بومبيو، عندما زار بيونغ يانغ").
std::optional<Actor> SentenceReader::visitor_before(const TriggerRef& trigger, Span& span) const {
    bool stop = false;
    if (std::optional<Actor> visitor = subject_before(trigger, span, stop)) return visitor;
    if (trigger.first > s_.first && s_.has_class(trigger.first - 1, kClause) && sentence_speaker_)
        return sentence_speaker_;
    if (trigger.first - s_.first <= 1 && context_.last_speaker && context_.last_speaker->kind == "person")
        return context_.last_speaker;
    if (trigger.first > s_.first + 1 && s_.has_class(trigger.first - 1, kClauseOpener)) {
        std::size_t end = trigger.first - 1;
        if (end > s_.first && is_comma(tokens_[end - 1])) --end;
        for (const PersonRef& person : s_.persons) {
            if (person.last != end || !speaks_for_someone(person)) continue;
            span.add(person.first, person.last);
            return actor_of(person, "participant");
        }
    }
    return std::nullopt;
}

std::optional<Actor> SentenceReader::antecedent_subject(const TriggerRef& trigger, Span& span, bool object_read) const {
    // "لإيران التي وصفوها": a verb of the dual or plural is not of the one state or person before the relative.
    if (r_.triggers[trigger.trigger].has_object || r_.triggers[trigger.trigger].holds_subject) return std::nullopt;
    // Back from the verb to the relative pronoun, past "كان", "قد" and "سبق أن".
    std::size_t k = trigger.first;
    while (k > s_.first && !s_.has_class(k - 1, kRelative)) {
        const bool auxiliary = s_.has_class(k - 1, kAuxiliary) || s_.has_class(k - 1, kPerfectParticle) ||
                               s_.has_class(k - 1, kAlready) ||
                               (s_.has_class(k - 1, kClause) && k >= s_.first + 2 && s_.has_class(k - 2, kAlready));
        if (!auxiliary || trigger.first - k >= 3) return std::nullopt;
        --k;
    }
    if (k == s_.first) return std::nullopt;
    const std::size_t relative = k - 1;
    // No relative pronoun starts with و: "والذي" goes back past the words before it.
    if (tokens_[relative].text.substr(0, kConjunctionWaw.size()) == kConjunctionWaw) return std::nullopt;
    // The verb has no object of its own: what was said, a preposition or a quotation follows
    // ("الذي قال:", "التي أعلنت أن", "الذي كان تحدث عن"); "الذي انتقده ترامب" has one.
    if (trigger.last < s_.last && !object_read) {
        const std::size_t next = trigger.last;
        const bool no_object = tokens_[next].kind == TokenKind::punctuation || s_.has_class(next, kClause) ||
                               s_.has_class(next, kDestination) || s_.has_class(next, kFunctionWord);
        if (!no_object || person_at(next) || actor_at(next)) return std::nullopt;
    }
    std::size_t end = relative;
    while (end > s_.first && is_comma(tokens_[end - 1])) --end;
    if (end == s_.first) return std::nullopt;
    // "فيدريكا موجيريني مفوضة السياسة الخارجية بالاتحاد الأوروبي التي زارت": a post or a body after ب or ل
    // right after a name is where the named one serves; that one is the subject.
    const auto named_before = [&](std::size_t first) -> const PersonRef* {
        constexpr std::size_t kLongestPostAfterName = 4;
        for (const PersonRef& person : s_.persons)
            if (person.named() && person.last <= first && first - person.last <= kLongestPostAfterName &&
                std::none_of(tokens_.begin() + static_cast<std::ptrdiff_t>(person.last),
                             tokens_.begin() + static_cast<std::ptrdiff_t>(first),
                             [](const Token& token) { return is_comma(token); }))
                return &person;
        return nullptr;
    };
    for (const PersonRef& person : s_.persons)
        if (person.last == end) {
            const PersonRef* named = person.named() ? &person : named_before(person.first);
            if (!named) named = &person;
            if (!speaks_for_someone(*named)) return std::nullopt;
            span.add(named->first, person.last);
            return actor_of(*named, "speaker");
        }
    const ActorRef* actor = actor_ending_at(end - 1);
    if (const PersonRef* named = actor && with_preposition(actor->first) ? named_before(actor->first) : nullptr;
        named && speaks_for_someone(*named)) {
        span.add(named->first, actor->last);
        return actor_of(*named, "speaker");
    }
    if (actor && !in_media_phrase(actor->first) && !topic(*actor) && !describes_thing(*actor)) {
        span.add(actor->first, actor->last);
        return actor_of(*actor, "speaker");
    }
    return std::nullopt;
}

Span SentenceReader::told_before_the_past(std::size_t from, std::size_t reach) const {
    // "وكان X قد التقى", "وكانت الجولة الأولى قد عقدت": كان a few words before the verb, in its clause
    // (كان itself reads as a clause word too: ك and "ان").
    const std::size_t first = std::max(s_.first, from > reach ? from - reach : 0);
    for (std::size_t k = from; k-- > first;) {
        if (s_.has_class(k, kPastAuxiliary)) return {k, k + 1};
        if (tokens_[k].kind == TokenKind::punctuation || s_.has_class(k, kClause)) return {};
    }
    return {};
}

Span SentenceReader::told_before_perfect_particle(std::size_t verb) const {
    if (verb <= s_.first || !s_.has_class(verb - 1, kPerfectParticle)) return {};
    const std::string_view particle_word = tokens_[verb - 1].text;
    if (particle_word.substr(0, kConjunctionWaw.size()) == kConjunctionWaw ||
        particle_word.substr(0, kConjunctionFa.size()) == kConjunctionFa)
        return {};
    constexpr std::size_t kLongestSubject = 12;
    const std::size_t particle = verb - 1;
    for (std::size_t k = particle; k-- > s_.first && particle - k <= kLongestSubject;) {
        if (s_.has_class(k, kPastAuxiliary)) return {k, k + 1};
        // "وكان تنظيم \"داعش\" قد أصدر": a name in quotation marks.
        if (tokens_[k].kind == TokenKind::punctuation && !is_comma(tokens_[k]) && !is_quote(tokens_[k])) return {};
        if (s_.has_class(k, kClause) || s_.has_class(k, kRelative) || (s_.item(k) && s_.item(k)->category == kTrigger))
            return {};
    }
    return {};
}

bool SentenceReader::purpose_before(std::size_t t) const {
    constexpr std::size_t kShortestVerbalNoun = 8;  // ل and three letters
    const std::string_view word = tokens_[t].text;
    return tokens_[t].kind == TokenKind::word && !s_.item(t) &&
           (s_.word_classes[t - s_.first] & kBuiltinWordClasses & ~class_bit(kVenue)) == 0 &&
           word.size() >= kShortestVerbalNoun && word.substr(0, kPrepositionLam.size()) == kPrepositionLam &&
           !ends_in_folded_teh_marbuta(word);
}

bool SentenceReader::purpose_lam(std::size_t k) const {
    const std::string_view word = tokens_[k].text;
    if (word.substr(0, kPrepositionLam.size()) != kPrepositionLam) return false;
    // "لقائه" opens with the ل of its own root: only a word that is still a meeting noun without
    // it ("لاجتماع") has the preposition.
    return meeting_noun_stem(word.substr(kPrepositionLam.size()));
}

void SentenceReader::meeting_with(const TriggerEntry& rule, std::vector<std::pair<Event, Span>>& out) {
    // "في مستهل محادثاته مع نظيره السعودي": a meeting noun, then "مع" and the other party.
    for (std::size_t k = s_.first; k + 2 < s_.last && !meeting_done_; ++k) {
        if (!s_.has_class(k, kMeetingNoun) || !conditions_hold(rule, k)) continue;
        // "قمة نادرة بين", "اجتماعات قمة مقررة بين": up to two words describe the meeting first, an
        // adjective as definite as its noun ("قمة التوتر بين" is the height of the tension).
        const auto describes = [&](std::size_t word) {
            if (s_.has_class(word, kMeetingNoun) || s_.has_class(word, kFuture)) return true;
            if (s_.has_class(word, kWith) || s_.has_class(word, kClause) || s_.has_class(word, kFunctionWord) ||
                tokens_[word].kind != TokenKind::word || s_.item(word) || person_at(word))
                return false;
            return is_definite(tokens_[word].text) == is_definite(tokens_[k].text);
        };
        std::size_t with = k + 1;
        while (with < s_.last && with < k + 3 && describes(with)) ++with;
        if (with >= s_.last || !s_.has_class(with, kWith)) with = k + 1;
        // "لقائه بخادم الحرمين": the other side may also come with ب.
        const LexiconItem* next_item = s_.item(k + 1);
        const bool with_ba = next_item && next_item->first == k + 1 && next_item->proclitics == "\xD8\xA8" &&
                             (person_at(k + 1) || actor_at(k + 1));
        if (!s_.has_class(with, kWith) && !with_ba) continue;
        const LexiconItem* item = s_.item(k);
        if (item && item->category == kTrigger) continue;
        // "للتحضير لاجتماع مع", "لإجراء محادثات مع": a purpose, not a meeting held (a verbal noun
        // with ل before the meeting word; "لاذعة" ends in teh marbuta, an adjective's).
        if (purpose_lam(k) || negated(k, 3)) continue;
        if (k > s_.first && purpose_before(k - 1)) continue;
        // "قمة مقررة بين": a meeting still to come.
        // "في عقد قمة مع": holding one, a noun after a preposition, is to come too.
        // "سيعقد اجتماعا مع", "ستجري محادثات مع": the object of a verb of holding in the future.
        const LexiconItem* verb = k > s_.first ? s_.item(k - 1) : nullptr;
        const bool held_later = verb && verb->category == kTrigger && verb->last == k &&
                                r_.triggers[verb->payload].frame == Frame::meeting &&
                                verb->proclitics.find(kFutureSin) != std::string_view::npos;
        // "طالب بإجراء حوار جاد مع طهران", "اقترح إجراء محادثات مع إيران": talks called for.
        bool future = held_later || planned_here(k) || near_class(k + 1, with + 2, kFuture) || holder_to_come(k) ||
                      (k > s_.first && (s_.has_class(k - 1, kFuture) || holding_after_preposition(k - 1))) ||
                      called_for(k, s_.first) || offered_to_host(k);
        if (future && rule.future_type.empty()) continue;
        Span span;
        span.add(k, with + 1);
        std::vector<Actor> participants;
        const bool between = !with_ba && tokens_[with].text != "\xD9\x85\xD8\xB9";
        // "المباحثات بين الطرفين": the two sides of the meeting just reported.
        if (between && s_.has_class(with + 1, kCollective) && context_.last_parties.size() >= 2) {
            span.add(with + 1, with + 2);
            participants = context_.last_parties;
        }
        for (std::size_t j = with_ba ? k + 1 : with + 1; j < s_.last && j < with + 5 && participants.empty(); ++j) {
            if (const PersonRef* person = person_at(j); person && speaks_for_someone(*person)) {
                span.add(person->first, person->last);
                participants.push_back(actor_of(*person, "participant"));
            } else if (const ActorRef* actor = actor_at(j); actor && !topic(*actor) && !describes_thing(*actor)) {
                span.add(actor->first, actor->last);
                participants.push_back(actor_of(*actor, "participant"));
            }
        }
        if (participants.empty()) continue;
        // "بين X وY" names both sides; "مع X" the other side of the sentence's subject.
        const auto trigger_at = [&](std::size_t j) {
            return std::find_if(s_.triggers.begin(), s_.triggers.end(),
                                [&](const TriggerRef& trigger) { return trigger.first == j; });
        };
        for (std::size_t j = span.last; j < s_.last && j < span.last + 6 && between; ++j) {
            // The parties end where a verb begins: "بين X وY ستبدأ في باكستان أو الصين".
            if (trigger_at(j) != s_.triggers.end()) break;
            if (const PersonRef* person = person_at(j); person && speaks_for_someone(*person)) {
                span.add(person->first, person->last);
                participants.push_back(actor_of(*person, "participant"));
                j = person->last - 1;
            } else if (const ActorRef* actor = actor_at(j); actor && !topic(*actor) && !describes_thing(*actor)) {
                span.add(actor->first, actor->last);
                participants.push_back(actor_of(*actor, "participant"));
            }
        }
        // "المحادثات بين X وY ستبدأ قريبا": the meeting is the subject of a verb of meeting in the
        // future, so it is still to come.
        if (const auto verb = trigger_at(span.last); !future && verb != s_.triggers.end() &&
                                                     r_.triggers[verb->trigger].frame == Frame::meeting &&
                                                     verb->proclitics.find(kFutureSin) != std::string_view::npos) {
            if (rule.future_type.empty()) continue;
            future = true;
        }
        participants = with_members(std::move(participants));
        const TriggerRef* subject_verb = nullptr;
        bool subject_met = false;  // the verb's subject is the side the meeting noun is of
        // "المفاوضات مع القوى الكبرى" names one side, however many its members: the other is the subject.
        for (const TriggerRef& trigger : s_.triggers) {
            if (participants.size() >= 2 && between) break;
            if (trigger.first > k) break;
            if (auto subject_actor = subject(trigger, span, true)) {
                subject_verb = &trigger;
                // "نوه مجلس الوزراء ... بنتائج زيارة الأمير محمد بن سلمان ... واجتماعه مع الرئيس": "his"
                // meeting is the person's named last before it, when the clause's subject is a body.
                bool owner_named = false;
                if (subject_actor->kind != "person" && written_ending_with_pronoun(k))
                    if (const PersonRef* owner = person_named_before(k, trigger.last)) {
                        owner_named = true;
                        span.add(owner->first, owner->last);
                        subject_actor = actor_of(*owner, "participant");
                    }
                subject_met = subject_actor->kind == "person" && !owner_named;
                subject_actor->role = "participant";
                participants.insert(participants.begin(), *subject_actor);
                break;
            }
        }
        // "قمة مقررة بين كيم والرئيس مون": a meeting to come is worth telling with one side known.
        if (participants.size() < (future && between ? 1u : 2u) || (!between && !subject_verb)) continue;
        meeting_done_ = true;
        Event event = make(rule, future ? rule.future_type : rule.type);
        for (Actor& actor : participants) add_actor(event, std::move(actor));
        // A meeting to come is dated after its noun: the day before ("أطلقت بيونغ يانغ الأربعاء
        // تهديدات بإلغاء اللقاء المرتقب") is the report's.
        // A meeting named by a noun alone and not dated ("المباحثات بين رئيسي روسيا وتركيا") is
        // background, not the day's news.
        const Span about_party = relative_clause_about_party(k, s_.last);
        if (auto date = future ? nearest_date(k, span, DateUse::ahead, k, before_other_event(k, s_.last), about_party)
                               : nearest_date(k, span, DateUse::past, 0, kNone, about_party))
            event.date = *date;
        // "وقال الجبير خلال مؤتمر صحافي مع نظيره الإيطالي": the one who spoke during the meeting met on
        // the day he spoke; not a meeting past what he said or in a relative clause ("ونفى فابيوس الذي
        // اعتبر من المتشددين خلال المحادثات").
        const auto in_verb_clause = [&] {
            constexpr std::size_t kReach = 10;
            if (k < subject_verb->last || k - subject_verb->last > kReach) return false;
            for (std::size_t j = subject_verb->last; j < k; ++j)
                if (s_.has_class(j, kClause) || s_.has_class(j, kRelative) || is_colon(tokens_[j]) ||
                    (s_.item(j) && s_.item(j)->category == kTrigger))
                    return false;
            return true;
        };
        // "وقال كيري للصحفيين بعد الاجتماع مع لافروف", "وقال الجبير إن محادثاته مع لافروف تطرقت": one who
        // speaks of his own meeting, in a sentence of his, met on the day he spoke or just before; not a
        // verb of a relative clause ("فابيوس الذي اعتبر من المتشددين خلال المحادثات مع إيران").
        const auto spoke_of_own_meeting = [&] {
            if (!subject_met || k <= subject_verb->last || s_.has_class(subject_verb->first - 1, kRelative))
                return false;
            for (std::size_t j = subject_verb->last; j < k; ++j)
                if (s_.has_class(j, kRelative)) return false;
            return true;
        };
        if (!future && event.date.value.empty() && subject_verb && k > s_.first &&
            r_.triggers[subject_verb->trigger].frame == Frame::speech &&
            r_.triggers[subject_verb->trigger].tense != TriggerEntry::Tense::none &&
            told_before_the_past(subject_verb->first).empty() &&
            ((s_.has_class(k - 1, kOccasion) && in_verb_clause()) || spoke_of_own_meeting()))
            event.date = nearest_date(subject_verb->first, span, DateUse::report).value_or(publication_date());
        event.location = location(s_.first, s_.last, span, k, true);
        out.emplace_back(std::move(event), span);
    }
}

void SentenceReader::read(std::vector<std::pair<Event, Span>>& out) {
    const std::size_t first_new = out.size();
    for (const SeriesRef& series : s_.series) context_.series = series.id;
    // Only the classes that rules count over the article: this runs on every sentence.
    ++context_.sentences;
    for (const WordClassSet word : s_.word_classes)
        for (WordClassSet counted = word & r_.article_classes; counted != 0; counted &= counted - 1)
            ++context_.class_words[lowest_class(counted)];
    context_.officials_states_before = std::move(context_.officials_states);
    context_.officials_states.clear();
    for (const PersonRef& person : s_.persons)
        if (state_officials(person)) context_.officials_states.push_back(person.affiliation);
    for (const std::size_t reader : r_.readers)
        if (r_.triggers[reader].frame == Frame::headline) headline(r_.triggers[reader], out);
    for (const TriggerRef& trigger : s_.triggers) {
        if (!conditions_hold(trigger)) continue;
        switch (r_.triggers[trigger.trigger].frame) {
            case Frame::speech:
                speech(trigger, out);
                break;
            case Frame::quote:
                quote(trigger, out);
                break;
            case Frame::meeting:
                meeting(trigger, false, out);
                break;
            case Frame::encounter:
                meeting(trigger, true, out);
                break;
            case Frame::plan:
                plan(trigger, out);
                break;
            case Frame::withdrawal:
                withdrawal(trigger, out);
                break;
            case Frame::offer:
                offer(trigger, out);
                break;
            case Frame::joint:
                joint(trigger, out);
                break;
            case Frame::agreement:
                agreement(trigger, out);
                break;
            case Frame::headline:
            case Frame::meeting_with:
            case Frame::meeting_of:
                break;
        }
    }
    // Both read from a meeting noun: most sentences have none.
    if (s_.classes & class_bit(kMeetingNoun)) {
        for (const std::size_t reader : r_.readers) {
            if (r_.triggers[reader].frame == Frame::meeting_with) meeting_with(r_.triggers[reader], out);
            if (r_.triggers[reader].frame == Frame::meeting_of) meeting_of(r_.triggers[reader], out);
        }
    }
    // "وعقد رون ديرمر السفير الاسرائيلي لقاءات", "اجتماع وزارة التعليم اليوم": a meeting whose one side is
    // a state named by a post or an office that does not meet in session as one body (an ambassador, a
    // ministry) leaves its other side unnamed; a cabinet's or a parliament's session stays.
    const auto one_office_alone = [&](const std::pair<Event, Span>& found) {
        const Event& event = found.first;
        if (r_.types.merge_policy(event.type) != MergePolicy::meeting || event.actors.size() != 1 || event.round)
            return false;
        const Actor& side = event.actors.front();
        return side.role != "host" && side.kind == "country" && !side.title.empty() && !r_.council_title(side.title);
    };
    out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first_new), out.end(), one_office_alone),
              out.end());
    // The sides of the last meeting held the sentence reports, however it was read, are those "الجانبان" of
    // the next sentences stands for.
    for (std::size_t i = out.size(); i-- > first_new;) {
        const Event& event = out[i].first;
        if (r_.types.merge_policy(event.type) != MergePolicy::meeting) continue;
        std::vector<Actor> sides;
        for (const Actor& actor : event.actors)
            if (actor.role == "participant") sides.push_back(actor);
        if (sides.size() >= 2) context_.last_parties = std::move(sides);
        break;
    }
}

}  // namespace

namespace {

// The sentence that holds tokens [first, last), or for a long sentence the clause around them
// (between commas, semicolons and colons), widened over the next marks while it is too short to
// read on its own ("وقال الوزير:"); "…" marks each side that was cut.
std::string quote_around(const NormalizedText& normalized, std::string_view text, const std::vector<Token>& tokens,
                         const Sentence& sentence, std::size_t first, std::size_t last) {
    constexpr std::size_t kWholeSentence = 280;  // code points
    constexpr std::size_t kShortestClause = 60;
    const auto original = [&](std::size_t from, std::size_t to) {
        const std::size_t begin = normalized.to_original(tokens[from].begin);
        return text.substr(begin, normalized.to_original(tokens[to - 1].end) - begin);
    };
    if (sentence.first_token >= sentence.last_token) return {};
    const std::string_view whole = original(sentence.first_token, sentence.last_token);
    if (utf8::count_code_points(whole) <= kWholeSentence) return std::string(whole);
    const auto clause_mark = [&](std::size_t k) {
        const std::string_view t = tokens[k].text;
        return tokens[k].kind == TokenKind::punctuation &&
               (t == "," || t == ";" || t == ":" || t == "\xD8\x8C" /* ، */ || t == "\xD8\x9B" /* ؛ */);
    };
    std::size_t from = first, to = last;
    while (from > sentence.first_token && !clause_mark(from - 1)) --from;
    for (;;) {
        while (to < sentence.last_token && !clause_mark(to)) ++to;
        if (to >= sentence.last_token || utf8::count_code_points(original(from, to)) >= kShortestClause) break;
        ++to;  // past the mark: the clause is too short to read alone
    }
    std::string quote;
    if (from > sentence.first_token) quote += "\u2026";
    quote += original(from, to);
    if (to < sentence.last_token) quote += "\u2026";
    return quote;
}

// "أكدت الولايات المتحدة الثلاثاء أنها ... . وقالت المتحدثة باسم الخارجية الأمريكية", "قام ولي ولي
// العهد بزيارة ... يوم الخميس ... . وعقد فخامته اجتماعا مع سموه": an undated statement or meeting of
// a side that the sentence before dated by its day took place on that day. An agreement or a plan dated there is
// no act of its sides that day ("الاتفاق النووي الذي أبرم يوم الثلاثاء ... . وأضاف" of the day's spokesman).
void date_by_previous_sentence(std::vector<Event>& events, const EventTypes& types,
                               const std::optional<CivilDate>& publication) {
    // A day after the article's is a plan's, never the day something was said or held.
    const std::string latest = publication ? format_iso_date(*publication) : std::string();
    const auto sides = [](const Event& event) {
        std::vector<std::string_view> found;
        for (const Actor& actor : event.actors) {
            found.push_back(actor.id);
            if (!actor.affiliation.empty()) found.push_back(actor.affiliation);
        }
        return found;
    };
    for (std::size_t i = 0; i < events.size(); ++i) {
        Event& event = events[i];
        const MergePolicy policy = types.merge_policy(event.type);
        if (!event.date.from_publication || (policy != MergePolicy::statement && policy != MergePolicy::meeting))
            continue;
        const int sentence = event.mentions.front().sentence;
        const std::vector<std::string_view> own = sides(event);
        for (std::size_t j = i; j-- > 0;) {
            const Event& before = events[j];
            const int distance = sentence - before.mentions.front().sentence;
            if (distance > 1) break;
            const MergePolicy their_policy = types.merge_policy(before.type);
            if (distance != 1 || before.date.from_publication || before.date.precision != "day" ||
                (!latest.empty() && before.date.value > latest) || their_policy == MergePolicy::agreement ||
                their_policy == MergePolicy::plan)
                continue;
            const std::vector<std::string_view> theirs = sides(before);
            const bool shared = std::any_of(own.begin(), own.end(), [&](std::string_view side) {
                return std::find(theirs.begin(), theirs.end(), side) != theirs.end();
            });
            if (!shared) continue;
            event.date.value = before.date.value;
            break;
        }
    }
}

// "جاء ذلك خلال استقباله أمس", "، وذلك في حفل المعايدة الذي أقيم مساء أمس": the occasion of what was said
// or held before it in its sentence or, opening a sentence, in the sentences just before; the first day
// given within 25 words is its day (past those who attended: "خلال ترؤسه للاجتماع التحضيري ... بحضور وكيل الجامعة
// ... وعمداء العمادات والكليات ووكلائها أمس"). Where the phrase opens, and the day, when there is one.
struct OccasionDay {
    std::size_t at = 0;
    EventDate date;
};
std::optional<OccasionDay> occasion_day(const SentenceEntities& s, const std::optional<CivilDate>& publication) {
    constexpr std::size_t kDayReach = 25;
    constexpr long kRecentDays = 7;
    for (std::size_t t = s.first; t < s.last; ++t) {
        if (!s.has_class(t, kOccasionReport)) continue;
        const std::size_t words = s.class_end(t, kOccasionReport);
        for (const DateRef& day : s.dates) {
            if (day.first < words || day.first >= words + kDayReach) continue;
            if (day.date.precision != "day" || day.date.bounds_span || day.date.value.size() != 10) break;
            // Within a week before the article: further back, it is another occasion's than the saying's.
            const std::optional<CivilDate> when = parse_iso_date(day.date.value);
            if (!when || !publication) break;
            if (const long days = days_between(*when, *publication); days < 0 || days > kRecentDays) break;
            OccasionDay found;
            found.at = t;
            found.date.value = day.date.value;
            found.date.precision = day.date.precision;
            found.date.text = day.text;
            return found;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

// Gives the occasion's day to the sayings and meetings before it that the text gave no day of their own:
// those of its sentence before it and, when it opens the sentence, those of the sentences just before,
// back to one with a day of its own or of another speaker.
void date_by_occasion(std::vector<std::pair<Event, Span>>& found, std::vector<Event>& before,
                      const OccasionDay& occasion, bool opens_sentence, const EventTypes& types) {
    const auto undated = [&](const Event& event) {
        const MergePolicy policy = types.merge_policy(event.type);
        return event.date.from_publication && (policy == MergePolicy::statement || policy == MergePolicy::meeting);
    };
    for (auto& [event, span] : found)
        if (span.last <= occasion.at && undated(event)) event.date = occasion.date;
    if (!opens_sentence || !found.empty()) return;
    const Actor* speaker = nullptr;
    for (std::size_t i = before.size(); i-- > 0;) {
        Event& event = before[i];
        if (!undated(event)) break;
        const Actor* own = speaker_of(event);
        if (speaker && (!own || own->id != speaker->id)) break;
        if (!speaker) speaker = own;
        event.date = occasion.date;
        if (!own) break;  // a meeting: only the one just before
    }
}

// "وكان ترامب قد قال إن الأسد سيدفع ثمنا باهظا": a saying recalled in the past before the past is the one
// the article reports of the same speaker with its day, if it does; else it is from before the news. A
// saying the article does not date (of the publication day) tells no day of it.
void date_recalled_sayings(std::vector<Event>& events, const EventTypes& types) {
    for (Event& event : events) {
        const Actor* speaker = speaker_of(event);
        if (!event.date.recalled || !speaker) continue;
        for (const Event& other : events) {
            const Actor* other_speaker = speaker_of(other);
            if (&other == &event || types.merge_policy(other.type) != MergePolicy::statement || !other_speaker ||
                other_speaker->id != speaker->id || other.date.value.empty() || other.date.from_publication)
                continue;
            event.date = other.date;
            break;
        }
    }
}

// Wire copy published the morning after its news ("أكدت المتحدثة ... الخميس" in a Friday
// paper): what the article does not date happened on its lead's day.
void date_by_news_day(std::vector<Event>& events, const std::optional<CivilDate>& publication) {
    constexpr int kLeadSentences = 2;
    constexpr long kLatestDelay = 2;
    if (events.empty() || !publication || events.front().mentions.front().sentence >= kLeadSentences) return;
    const EventDate& lead = events.front().date;
    if (lead.from_publication || lead.precision != "day" || !lead.end.empty()) return;
    const std::optional<CivilDate> day = parse_iso_date(lead.value);
    if (!day) return;
    const long delay = days_between(*day, *publication);
    if (delay < 1 || delay > kLatestDelay) return;
    for (Event& event : events)
        if (event.date.from_publication) event.date.value = lead.value;
}

// "يقول ماجد المطيري:" and then lines of verse, each of a few words and no punctuation: what follows the colon is
// a poem quoted, no saying of the day.
bool introduces_verse(std::string_view normalized, const std::vector<Token>& tokens,
                      const std::vector<Sentence>& sentences, std::size_t index, const Span& span) {
    constexpr std::size_t kLeadTokens = 24;  // from the saying's words to the colon
    constexpr std::size_t kVerseLines = 2;
    constexpr std::size_t kLongestVerseLine = 8;  // tokens
    const Sentence& sentence = sentences[index];
    if (!is_colon(tokens[sentence.last_token - 1]) || sentence.last_token - span.last > kLeadTokens ||
        index + kVerseLines >= sentences.size())
        return false;
    for (std::size_t line = index + 1; line <= index + kVerseLines; ++line) {
        const Sentence& verse = sentences[line];
        const std::size_t gap_first = tokens[sentences[line - 1].last_token - 1].end;
        const std::string_view gap = normalized.substr(gap_first, tokens[verse.first_token].begin - gap_first);
        if (gap.find('\n') == std::string_view::npos || verse.last_token - verse.first_token > kLongestVerseLine)
            return false;
        for (std::size_t t = verse.first_token; t < verse.last_token; ++t)
            if (tokens[t].kind == TokenKind::punctuation && !is_quote(tokens[t]) && !is_colon(tokens[t])) return false;
    }
    return true;
}

// A post the article never gave a state serves the national outlet's state, when the article names no
// other state: "وأوضح رئيس بلدية القيصومة المهندس محارب المطيري" in a Saudi daily.
void give_home_state(std::vector<Event>& events, const PersonMemory& memory) {
    const std::string home = memory.home_state_for_posts();
    if (home.empty() || memory.awaiting_home_state.empty()) return;
    for (Event& event : events) {
        for (Actor& actor : event.actors) {
            const auto listed = [&](const std::vector<std::string>& ids) {
                return std::find(ids.begin(), ids.end(), actor.id) != ids.end();
            };
            if (actor.kind == "person" && actor.affiliation.empty() && listed(memory.awaiting_home_state) &&
                !listed(memory.foreign_named))
                actor.affiliation = home;
        }
    }
}

}  // namespace

DocumentAnalysis EventExtractor::extract(const DocumentInfo& document, std::string_view text) const {
    DocumentAnalysis analysis;
    const NormalizedText normalized = resources_.normalizer.normalize(text);
    const std::vector<Token> tokens = tokenize(normalized.text);
    const std::vector<Sentence> sentences = split_sentences(normalized.text, tokens);
    analysis.sentences = sentences.size();
    const std::optional<CivilDate> publication = parse_iso_date(document.date);
    PersonMemory memory;
    if (const MediaEntry* outlet = resources_.outlet_of_article(document.source); outlet && outlet->national)
        memory.home_state = outlet->state;
    DocumentContext context;
    CodePointCounter code_points(text);
    std::vector<std::pair<Event, Span>> found;
    SentenceEntities entities;
    // The day the text calls today: its date stamp, or an earlier day the lead names
    // ("اليوم (الخميس)" in a paper stamped Friday); what the rest calls today or yesterday counts from it.
    std::optional<CivilDate> today = publication;
    bool today_named = false;
    constexpr std::size_t kLeadSentences = 2;
    for (std::size_t index = 0; index < sentences.size(); ++index) {
        const Sentence& sentence = sentences[index];
        memory.sentence = index;
        entities_.recognize(normalized, text, tokens, sentence, today, memory, entities);
        analysis.persons += std::count_if(entities.persons.begin(), entities.persons.end(),
                                          [](const PersonRef& p) { return p.named(); });
        if (index < kLeadSentences && publication && !today_named)
            for (const DateRef& date : entities.dates)
                if (date.date.today_moved < 0) {
                    today = add_days(*publication, date.date.today_moved);
                    today_named = true;
                }
        found.clear();
        SentenceReader(resources_, entities, tokens, context, today).read(found);
        if (const std::optional<OccasionDay> occasion = occasion_day(entities, publication)) {
            const bool opens_sentence =
                occasion->at == sentence.first_token || (occasion->at == sentence.first_token + 1 &&
                                                         tokens[sentence.first_token].kind == TokenKind::punctuation);
            date_by_occasion(found, analysis.events, *occasion, opens_sentence, resources_.types);
        }
        for (auto& [event, span] : found) {
            if (resources_.types.merge_policy(event.type) == MergePolicy::statement &&
                introduces_verse(normalized.text, tokens, sentences, index, span))
                continue;
            const std::size_t begin = normalized.to_original(tokens[span.first].begin);
            const std::size_t end = normalized.to_original(tokens[span.last - 1].end);
            Mention mention;
            mention.doc = document.id;
            mention.sentence = static_cast<int>(index);
            mention.begin = code_points(begin);
            mention.end = code_points(end);
            mention.text = std::string(text.substr(begin, end - begin));
            mention.quote = quote_around(normalized, text, tokens, sentence, span.first, span.last);
            event.mentions.push_back(std::move(mention));
            event.documents = 1;
            analysis.events.push_back(std::move(event));
        }
    }
    give_home_state(analysis.events, memory);
    date_by_previous_sentence(analysis.events, resources_.types, publication);
    date_recalled_sayings(analysis.events, resources_.types);
    date_by_news_day(analysis.events, publication);
    // A title named before its holder ("أشار وزير الخارجية الكازاخستاني" in a caption,
    // the minister's name further down): resolve it against everyone the text introduced.
    for (Event& event : analysis.events) {
        for (Actor& actor : event.actors) {
            if (actor.kind == "person" || actor.title.empty() || actor.role != "speaker") continue;
            PersonRef mention;
            mention.title_en = actor.title;
            mention.affiliation = actor.id;
            // Else the one person the text names with that very post, however far from its end.
            const PersonRef* person = memory.resolve_title(mention);
            if (!person) person = memory.only_holder(mention);
            if (person) {
                const std::string role = actor.role;
                actor = Actor{person->id, person->name_en,     person->name_ar, "person",
                              role,       person->affiliation, person->title_en};
            }
        }
    }
    // "قال وزير سوري" with the minister named nowhere: someone left unnamed on purpose, who speaks for no one.
    analysis.events.erase(std::remove_if(analysis.events.begin(), analysis.events.end(),
                                         [](const Event& event) {
                                             return std::any_of(
                                                 event.actors.begin(), event.actors.end(), [](const Actor& actor) {
                                                     return actor.awaiting_name && actor.role == "speaker";
                                                 });
                                         }),
                          analysis.events.end());
    return analysis;
}

}  // namespace hadath
