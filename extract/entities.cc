#include "extract/entities.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string_view>
#include <unordered_map>

#include "extract/byte_chunks.h"
#include "extract/insertion_sort.h"
#include "extract/morphology.h"
#include "extract/name_spelling.h"
#include "extract/utf8.h"

namespace hadath {

namespace {

// "لل" of "للمنظمة": the preposition ل before the article, whose alef is not written.
constexpr std::string_view kLamWithArticle = "\xD9\x84\xD9\x84";

// "التنفيذي", "للمجموعة", "بالحركة": a word with the article, a describing
// word rather than the start of a personal name.
bool starts_like_description(std::string_view word) {
    const std::string_view alef_lam = "\xD8\xA7\xD9\x84", ba_alef_lam = "\xD8\xA8\xD8\xA7\xD9\x84";
    return word.substr(0, 4) == alef_lam || word.substr(0, 4) == kLamWithArticle || word.substr(0, 6) == ba_alef_lam;
}

// "وال", "بال", "فال", "كال", "لل" at the start of a word.
bool clitic_and_article(std::string_view word) {
    constexpr std::string_view alef_lam = "\xD8\xA7\xD9\x84";
    if (starts_with(word, kLamWithArticle)) return word.size() > 6;
    if (word.size() < 8 || !starts_with(word.substr(2), alef_lam)) return false;
    return starts_with(word, "\xD9\x88") || starts_with(word, "\xD8\xA8") || starts_with(word, "\xD9\x81") ||
           starts_with(word, "\xD9\x83");
}

// Proclitics a name (or أما) may take: "و" and "ف" only ("ومحمد"), not a preposition ("برقية" is not
// "ب" + "رقية") nor the future "س" ("سجون" is not "س" + "جون").
bool only_conjunctions(std::string_view proclitics) {
    for (std::size_t i = 0; i + kConjunctionWaw.size() <= proclitics.size(); i += kConjunctionWaw.size()) {
        const std::string_view letter = proclitics.substr(i, kConjunctionWaw.size());
        if (letter != kConjunctionWaw && letter != kConjunctionFa) return false;
    }
    return true;
}

// The first word of a folded name.
std::string_view first_word(std::string_view name) {
    return name.substr(0, name.find(' '));
}

// Among items of one span the most specific reading comes first.
int priority(Category category) {
    switch (category) {
        case kPerson:
            return 0;
        case kActorName:
            return 1;
        case kQuotedMediaName:  // what the quotation marks say the words are
            return -1;
        case kMediaName:
            return 2;
        case kTitle:
            return 3;
        case kActorAdjective:
            return 4;
        case kPlace:
            return 5;
        case kSeries:
            return 6;
        case kOrdinal:
            return 7;
        case kTrigger:
            return 8;
        default:
            return 9;
    }
}

bool is_quote(const Token& token) {
    return token.kind == TokenKind::punctuation && (token.text == "\"" || token.text == "'");
}

bool is_comma(const Token& token) {
    return token.kind == TokenKind::punctuation && (token.text == "\xD8\x8C" || token.text == ",");
}

// "علي الحربي -رئيس تنفيذي للشركة-", "هادي اليامي (عضو مجلس هيئة حقوق الإنسان)": a dash or an
// opening bracket sets a post off after a name as a comma does (dashes are folded to "-").
bool opens_apposition(const Token& token) {
    return is_comma(token) || (token.kind == TokenKind::punctuation && (token.text == "-" || token.text == "("));
}

// "النقيب/ نايف الجهني", "الدكتور / زهير": a slash some papers write between a rank or form of
// address and the name.
bool is_slash(const Token& token) {
    return token.kind == TokenKind::punctuation && token.text == "/";
}

// "ال20" (from "الـ20") or "20": the number, else 0.
int round_number(const Token& token) {
    std::string_view text = token.text;
    if (token.kind == TokenKind::word && text.size() > 4 && text.substr(0, 4) == "\xD8\xA7\xD9\x84")
        text.remove_prefix(4);
    if (text.empty() || text.size() > 3) return 0;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return 0;
        value = value * 10 + (c - '0');
    }
    return value >= 1 && value <= 300 ? value : 0;
}

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : lower_ascii(text) + " ") {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            word.push_back(c);
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    return words;
}

}  // namespace

void PersonMemory::remember(const PersonRef& person) {
    if (!person.named() || person.office) return;
    for (std::size_t i = 0; i < persons.size(); ++i) {
        if (persons[i].id == person.id) {
            // Keep what the first mention said and what later ones add.
            PersonRef merged = persons[i];
            if (merged.affiliation.empty()) merged.affiliation = person.affiliation;
            if (merged.title_en.empty()) merged.title_en = person.title_en;
            merged.home_post = merged.home_post || person.home_post;
            merged.serves_no_state = merged.serves_no_state || person.serves_no_state;
            merged.foreign_given_first = merged.foreign_given_first || person.foreign_given_first;
            merged.deceased = merged.deceased || person.deceased;
            persons.erase(persons.begin() + static_cast<std::ptrdiff_t>(i));
            const std::string last = last_names[i];
            last_names.erase(last_names.begin() + static_cast<std::ptrdiff_t>(i));
            last_seen.erase(last_seen.begin() + static_cast<std::ptrdiff_t>(i));
            persons.push_back(merged);
            last_names.push_back(last);
            last_seen.push_back(sentence);
            return;
        }
    }
    persons.push_back(person);
    // The last word of the Arabic name, folded as text is, without the article: "الخياط" names the
    // "عصام خياط" of earlier.
    const std::string_view name = person.name_ar_folded;
    const auto space = name.rfind(' ');
    last_names.emplace_back(without_article(space == std::string_view::npos ? name : name.substr(space + 1)));
    if (!last_names.back().empty()) last_name_endings.add(last_names.back());
    if (space != std::string_view::npos) first_word_endings.add(name.substr(0, name.find(' ')));
    last_seen.push_back(sentence);
}

const std::string* PersonMemory::body_by_head(std::string_view head) const {
    for (auto body = bodies.rbegin(); body != bodies.rend(); ++body)
        if (body->first == head) return &body->second;
    return nullptr;
}

const PersonRef* PersonMemory::find_by_last_name(std::string_view word) const {
    // The article may come and go (see remember()).
    const std::string_view bare = without_article(word);
    for (std::size_t i = persons.size(); i-- > 0;)
        if (!last_names[i].empty() && last_names[i] == bare) return &persons[i];
    return nullptr;
}

const PersonRef* PersonMemory::find_by_first_word(std::string_view word, bool any_given_name) const {
    const PersonRef* found = nullptr;
    for (std::size_t i = persons.size(); i-- > 0;) {
        const PersonRef& person = persons[i];
        if (!person.foreign_given_first && !any_given_name) continue;
        const std::string_view name = person.name_ar_folded;
        const std::string_view first = name.substr(0, name.find(' '));
        if (first.size() == name.size() || first != word) continue;
        if (!any_given_name) return &person;
        // An Arab given name is shared by many: it names one only when the article introduced one with it.
        if (found && found->id != person.id) return nullptr;
        found = &person;
    }
    return found;
}

std::string PersonMemory::home_state_for_posts() const {
    const bool others = std::any_of(states.begin(), states.end(), [&](const std::pair<std::string, int>& state) {
        return state.first != home_state;
    });
    return others ? "" : home_state;
}

void PersonMemory::count_state(const std::string& id) {
    for (auto& [state, count] : states) {
        if (state == id) {
            ++count;
            return;
        }
    }
    states.emplace_back(id, 1);
}

std::string PersonMemory::main_state() const {
    const std::pair<std::string, int>* best = nullptr;
    int second = 0;
    for (const auto& state : states) {
        if (!best || state.second > best->second) {
            if (best) second = best->second;
            best = &state;
        } else {
            second = std::max(second, state.second);
        }
    }
    // Named twice at least, and more than any other state.
    return best && best->second >= 2 && best->second > second ? best->first : std::string();
}

const PersonRef* PersonMemory::last_named(const std::vector<std::string>& not_for,
                                          const std::vector<std::string>& only_for) const {
    for (std::size_t i = persons.size(); i-- > 0;) {
        if (sentence > last_seen[i] + kTitleReach) return nullptr;
        const std::vector<std::string> title = words_of(persons[i].title_en);
        const auto in_title = [&](const std::string& word) {
            return std::find(title.begin(), title.end(), lower_ascii(word)) != title.end();
        };
        if (std::none_of(not_for.begin(), not_for.end(), in_title) &&
            (only_for.empty() || std::any_of(only_for.begin(), only_for.end(), in_title)))
            return &persons[i];
    }
    return nullptr;
}

namespace {

// A head of state or government the lexicons know, whom the news calls by his post.
bool listed_head(const PersonRef& person) {
    const std::vector<std::string> have = words_of(person.title_en);
    return person.listed && !have.empty() && (have[0] == "king" || have[0] == "president" || have[0] == "prime");
}

}  // namespace

const PersonRef* PersonMemory::only_holder(const PersonRef& mention) const {
    const std::vector<std::string> wanted = words_of(mention.title_en);
    if (wanted.empty() || std::find(wanted.begin(), wanted.end(), "former") != wanted.end()) return nullptr;
    const PersonRef* holder = nullptr;
    for (const PersonRef& person : persons) {
        if (person.id.empty() || person.title_en != mention.title_en ||
            (!person.affiliation.empty() && person.affiliation != mention.affiliation) || listed_head(person))
            continue;
        if (holder && holder->id != person.id) return nullptr;
        holder = &person;
    }
    return holder;
}

const PersonRef* PersonMemory::resolve_title(const PersonRef& mention) const {
    const std::vector<std::string> wanted = words_of(mention.title_en);
    const PersonRef* best = nullptr;
    for (std::size_t i = persons.size(); i-- > 0;) {
        const PersonRef& person = persons[i];
        if (sentence > last_seen[i] + kTitleReach) continue;
        if (!mention.affiliation.empty() && !person.affiliation.empty() && mention.affiliation != person.affiliation)
            continue;
        const std::vector<std::string> have = words_of(person.title_en);
        // "Official" stands for any official of the right state.
        // Not a head of state or government, whom the news calls by his post: "وأشار المسؤول الهندي" after the
        // ministry's spokesman is not the prime minister named before him. (A president the lexicons do not
        // know heads a committee or a club.)
        const bool generic =
            wanted.size() == 1 && wanted[0] == "official" && !mention.affiliation.empty() && !listed_head(person);
        const bool covered = !wanted.empty() && std::all_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
            return std::find(have.begin(), have.end(), w) != have.end();
        });
        if (!generic && !covered) continue;
        if (mention.title_gender == TitleGender::kFeminine && person.title_gender == TitleGender::kMasculine) continue;
        // "الرئيس اليمني" is the one in office, not "Former President of Yemen" named before.
        const auto former = [](const std::vector<std::string>& words) {
            return std::find(words.begin(), words.end(), "former") != words.end();
        };
        if (former(have) && !former(wanted)) continue;
        // "طمأن الوزير العراقي" after "رئيس الوزراء العراقي حيدر العبادي": a post of one word is not
        // one that a word before it makes another ("Prime Minister", "Deputy Foreign Minister").
        const auto other_post = [&](const std::string& word) {
            return (word == "prime" || word == "deputy" || word == "vice" || word == "assistant") &&
                   std::find(wanted.begin(), wanted.end(), word) == wanted.end();
        };
        if (!generic && wanted.size() == 1 && std::any_of(have.begin(), have.end(), other_post)) continue;
        // "وقال معالي وزير الخارجية" after "وزير الخارجية الأستاذ عادل الجبير" met "وزير الخارجية الإيطالي
        // باولو جينتيلوني": a post with no state is the one first named with no state, the article's own.
        // ("وقال الوزير" is the minister last named).
        if (mention.affiliation.empty() && wanted.size() >= 2 && !person.home_post) {
            if (!best) best = &person;
            continue;
        }
        return &person;
    }
    return best;
}

namespace {

// ICU's Arabic-Latin transliterator, or null when ICU has none. Building it from its rules takes
// tens of milliseconds: it is built once, on a thread of its own from the moment a recognizer
// exists, while the text before the first unknown name is read.
const std::shared_future<std::shared_ptr<const icu::Transliterator>>& transliterator_prototype() {
    static const std::shared_future<std::shared_ptr<const icu::Transliterator>> prototype =
        std::async(std::launch::async, [] {
            UErrorCode status = U_ZERO_ERROR;
            std::shared_ptr<const icu::Transliterator> t(
                icu::Transliterator::createInstance("Arabic-Latin; Latin-ASCII", UTRANS_FORWARD, status));
            if (U_FAILURE(status)) t.reset();
            return t;
        }).share();
    return prototype;
}

// The words transliterated so far, shared by the threads, up to a bound on memory.
struct LatinWords {
    std::shared_mutex mutex;
    std::unordered_map<std::string, std::string> latin;
};

// ICU's Latin for one word, or nullopt when ICU has no Arabic-Latin
// transliterator. The transliterator is slow next to the rest of extraction
// and names share their words, so each word is transliterated once for all threads.
std::optional<std::string> latin_of_word(std::string_view word) {
    // A transliterator serves one thread at a time: each thread has its copy of the prototype.
    thread_local std::unique_ptr<icu::Transliterator> transliterator = []() -> std::unique_ptr<icu::Transliterator> {
        const std::shared_ptr<const icu::Transliterator>& prototype = transliterator_prototype().get();
        if (!prototype) return nullptr;
        static std::mutex cloning;
        const std::lock_guard<std::mutex> lock(cloning);
        return std::unique_ptr<icu::Transliterator>(prototype->clone());
    }();
    if (!transliterator) return std::nullopt;
    static LatinWords remembered;
    std::string key(word);
    {
        const std::shared_lock<std::shared_mutex> reading(remembered.mutex);
        if (auto known = remembered.latin.find(key); known != remembered.latin.end()) return known->second;
    }
    icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    transliterator->transliterate(text);
    std::string latin;
    text.toUTF8String(latin);
    constexpr std::size_t kRememberedWords = 1u << 17;
    const std::lock_guard<std::shared_mutex> writing(remembered.mutex);
    if (remembered.latin.size() >= kRememberedWords) remembered.latin.clear();
    remembered.latin.emplace(std::move(key), latin);
    return latin;
}

}  // namespace

EntityRecognizer::EntityRecognizer(const Resources& resources) : resources_(resources) {
    transliterator_prototype();
}

std::string EntityRecognizer::transliterate(const std::string& arabic) {
    // The transliteration rules read no context across a space, so a name
    // is transliterated word by word.
    std::string latin;
    for (std::size_t start = 0;;) {
        const std::size_t space = arabic.find(' ', start);
        const std::optional<std::string> word =
            latin_of_word(std::string_view(arabic).substr(start, space == std::string::npos ? space : space - start));
        if (!word) return arabic;
        latin += *word;
        if (space == std::string::npos) break;
        latin.push_back(' ');
        start = space + 1;
    }
    // Capitalize each word for display.
    bool start = true;
    std::string out;
    for (const char c : latin) {
        if (c == '\'' || c == '`') continue;
        out.push_back(start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
        start = c == ' ' || c == '-';
    }
    return out;
}

std::string EntityRecognizer::readable_name(const std::string& arabic) {
    std::string out;
    for (const char c : arabic) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out.push_back(space ? ' ' : c);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string EntityRecognizer::slug(const std::string& latin) {
    std::string out;
    for (const char c : latin) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        } else if (!out.empty() && out.back() != '-') {
            out.push_back('-');
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

void EntityRecognizer::find_items(const std::vector<Token>& tokens, SentenceEntities& s) const {
    const std::size_t count = s.last - s.first;
    s.word_classes.assign(count, 0);
    s.item_at.assign(count, -1);
    s.class_clitic.assign(count, 0);
    thread_local std::vector<PhraseMatch> matches;
    std::size_t covered = s.first;
    thread_local std::vector<std::uint64_t> hashes;
    resources_.index.prefetch(tokens, s.first, s.last, hashes);
    // "لـ«الرياض»", "تكشف "الوطن"": a newspaper's short form between quotation marks is the newspaper;
    // elsewhere it is no reading at all.
    const auto unquoted_medium = [&](const PhraseMatch& match) {
        return match.category == kQuotedMediaName &&
               !(match.proclitics.empty() && match.first_token > s.first && is_quote(tokens[match.first_token - 1]) &&
                 match.last_token < s.last && is_quote(tokens[match.last_token]));
    };
    for (std::size_t i = s.first; i < s.last; ++i) {
        resources_.index.match_at(tokens, i, s.last, matches, hashes, s.first);
        std::size_t longest = 0;
        for (const PhraseMatch& match : matches) {
            if (match.category == kTimeWord) {
                s.names_time = true;
            } else if (match.category == kWordClass) {
                // Names and أما take no clitic but و and ف: "ساما" is no "أما" with the future س.
                if ((match.payload == kFirstName || match.payload == kForeignFirstName ||
                     match.payload == kCompoundNamePart || match.payload == kAsFor) &&
                    !only_conjunctions(match.proclitics))
                    continue;
                // The second word of a compound name needs a first one before it: "الكريم" is a
                // given name in "عبد الكريم" and "عز الدين", not in "تصف الكريم لنا" after a verb.
                if (match.payload == kCompoundNamePart) {
                    const bool after_verb =
                        !s.items.empty() && s.items.back().last == i && s.items.back().category == kTrigger;
                    if (i > s.first && tokens[i - 1].kind != TokenKind::punctuation && !after_verb)
                        s.word_classes[i - s.first] |= class_bit(kFirstName);
                    continue;
                }
                s.word_classes[i - s.first] |= class_bit(match.payload);
                if (!match.proclitics.empty()) s.class_clitic[i - s.first] = match.proclitics.back();
                if (match.last_token > i + 1) s.long_class_phrases.push_back({i, match.last_token, match.payload});
                // A foreign given name is a given name: one entry sets both.
                if (match.payload == kForeignFirstName) s.word_classes[i - s.first] |= class_bit(kFirstName);
            }
        }
        // "عبد الواحد المزروع": the second word of a given name listed joined ("عبدالواحد"), written apart after عبد.
        if (i > s.first && tokens[i - 1].text == kAbd && tokens[i - 1].end < tokens[i].begin &&
            resources_.parts_after_abd.count(std::string(tokens[i].text)))
            s.word_classes[i - s.first] |= class_bit(kFirstName);
        // "عبدالله بن مساعد الرئيس العام": after بن, a given name that opens a post of several words
        // ("مساعد الرئيس") is the father's name, and the post starts after it.
        const bool fathers_name = i > s.first && (s.word_classes[i - 1 - s.first] & class_bit(kNameParticle)) &&
                                  (s.word_classes[i - s.first] & class_bit(kFirstName));
        // The future س is a verb's clitic only: "سالمان" is a name, not "الألمان"; and a given name as written
        // is no state or place after a clitic: "بروس" is Bruce, not "ب" + "روس".
        const bool given_name_here = (s.word_classes[i - s.first] & class_bit(kFirstName)) != 0;
        const auto misread_clitic = [&](const PhraseMatch& match) {
            return (match.category != kTrigger && match.proclitics.find(kFutureSin) != std::string_view::npos) ||
                   (given_name_here && !match.proclitics.empty() &&
                    (match.category == kActorName || match.category == kActorAdjective || match.category == kPlace));
        };
        // "للحج" is ل and "الحج" (for the Hajj) as often as ل and "لحج": after the preposition ل written as the
        // article's, a place whose name opens with ل is read only when it is a capital ("للندن").
        const auto lam_of_article = [&](const PhraseMatch& match) {
            if (match.category != kPlace || resources_.places[match.payload].kind == "capital") return false;
            const std::string_view clitics = match.proclitics;
            return clitics.size() >= kPrepositionLam.size() &&
                   clitics.substr(clitics.size() - kPrepositionLam.size()) == kPrepositionLam &&
                   tokens[i].text.substr(clitics.size(), kPrepositionLam.size()) == kPrepositionLam;
        };
        const auto read_as_item = [&](const PhraseMatch& match) {
            return match.category != kWordClass && match.category != kTimeWord && !unquoted_medium(match) &&
                   !misread_clitic(match) && !lam_of_article(match) &&
                   !(fathers_name && match.category == kTitle && match.last_token > i + 1) &&
                   !(match.category == kTitle && resources_.titles[match.payload].before_place &&
                     !place_at(tokens, match.last_token, s, hashes));
        };
        for (const PhraseMatch& match : matches)
            if (read_as_item(match)) longest = std::max(longest, match.last_token);
        if (i < covered || longest == 0) continue;
        const std::size_t begin = s.items.size();
        bool quoted_medium = false;
        for (const PhraseMatch& match : matches) {
            if (!read_as_item(match) || match.last_token != longest) continue;
            quoted_medium = quoted_medium || match.category == kQuotedMediaName;
            LexiconItem& item = s.items.emplace_back();  // filled in place, as tokens are
            item.first = i;
            item.last = longest;
            item.category = static_cast<Category>(match.category);
            item.payload = match.payload;
            item.proclitics = match.proclitics;
        }
        insertion_sort(
            s.items.begin() + static_cast<std::ptrdiff_t>(begin), s.items.end(),
            [](const LexiconItem& a, const LexiconItem& b) { return priority(a.category) < priority(b.category); });
        // Sorted first, it is read as any outlet's name.
        if (quoted_medium) s.items[begin].category = kMediaName;
        for (std::size_t t = i; t < longest; ++t) s.item_at[t - s.first] = static_cast<int>(begin);
        covered = longest;
    }
    for (const WordClassSet word : s.word_classes) s.classes |= word;
}

bool EntityRecognizer::place_at(const std::vector<Token>& tokens, std::size_t t, const SentenceEntities& s,
                                const std::vector<std::uint64_t>& hashes) const {
    if (t >= s.last) return false;
    thread_local std::vector<PhraseMatch> matches;
    resources_.index.match_at(tokens, t, s.last, matches, hashes, s.first);
    return std::any_of(matches.begin(), matches.end(),
                       [](const PhraseMatch& match) { return match.category == kPlace; });
}

bool EntityRecognizer::may_hold_date(const std::vector<Token>& tokens, const SentenceEntities& s) {
    // With no word that names a time, only a year (four digits) makes a date: alone, or in a date
    // written in figures ("2015/07/21"). A number of fewer digits ("وصل 300 لاجئ") dates nothing by itself.
    const auto has_year_digits = [](std::string_view text) {
        std::size_t run = 0;
        for (const char c : text) {
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    };
    return s.names_time || std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(s.first),
                                       tokens.begin() + static_cast<std::ptrdiff_t>(s.last), [&](const Token& token) {
                                           return token.kind != TokenKind::punctuation && has_ascii_digit(token.text) &&
                                                  has_year_digits(token.text);
                                       });
}

void EntityRecognizer::find_dates(std::string_view normalized, const std::vector<Token>& tokens, SentenceEntities& s,
                                  std::optional<CivilDate> publication) const {
    // Most sentences that may report an event hold no date: the search reads only those with a
    // number or a word that names a time.
    if (!may_hold_date(tokens, s)) return;
    const std::size_t begin = tokens[s.first].begin;
    const std::size_t end = tokens[s.last - 1].end;
    const std::string_view text = normalized.substr(begin, end - begin);
    for (DateMention& date : resources_.dates.find(text, publication)) {
        DateRef ref;
        ref.first = s.last;
        ref.last = s.first;
        for (std::size_t t = s.first; t < s.last; ++t) {
            if (tokens[t].end > begin + date.begin && tokens[t].begin < begin + date.end) {
                ref.first = std::min(ref.first, t);
                ref.last = std::max(ref.last, t + 1);
            }
        }
        if (ref.first >= ref.last) continue;
        ref.text = std::string(text.substr(date.begin, date.end - date.begin));
        ref.date = std::move(date);
        s.dates.push_back(std::move(ref));
    }
}

namespace {

constexpr std::size_t kNoName = static_cast<std::size_t>(-1);
// The end of the English title of a post whose next words name whom he speaks for ("المتحدث باسم":
// "Spokesperson for").
constexpr std::string_view kSpeaksFor = " for";

// A state's name that is also its nationality word, read over the same words ("السعودية"; "الأردن" is not).
bool also_nationality(const SentenceEntities& s, const LexiconItem& name) {
    for (auto i = static_cast<std::size_t>(s.item_at[name.first - s.first]);
         i < s.items.size() && s.items[i].first == name.first; ++i)
        if (s.items[i].category == kActorAdjective && s.items[i].last == name.last &&
            s.items[i].payload == name.payload)
            return true;
    return false;
}

bool speaks_for_title(std::string_view title_en) {
    return title_en.size() >= kSpeaksFor.size() && title_en.substr(title_en.size() - kSpeaksFor.size()) == kSpeaksFor;
}

// Folding makes ة a ه: the original tells "دعوة" (an invitation) from "دعوه" (they called him).
bool written_ending_with(const NormalizedText& normalized, std::string_view original, const Token& token,
                         std::string_view letter) {
    const std::size_t end = normalized.to_original(token.end);
    return end >= letter.size() && same_bytes(original.substr(end - letter.size(), letter.size()), letter);
}
// Whether the word as written holds إ, which folding makes a bare alef: "إمام" (imam), not "أمام",
// "امام" (before).
bool written_with_hamza_below(const NormalizedText& normalized, std::string_view original, const Token& token) {
    static constexpr std::string_view kAlefHamzaBelow = "\xD8\xA5";
    const std::size_t begin = normalized.to_original(token.begin);
    return original.substr(begin, normalized.to_original(token.end) - begin).find(kAlefHamzaBelow) !=
           std::string_view::npos;
}
// Whether the word, after its first `clitic_bytes`, opens with `letter` as written: folding makes أ and
// إ a bare alef.
bool written_opening_with(const NormalizedText& normalized, std::string_view original, const Token& token,
                          std::string_view letter, std::size_t clitic_bytes = 0) {
    return starts_with(original.substr(normalized.to_original(token.begin + clitic_bytes)), letter);
}
// "لإجراء", "لإنهاء": ل before a verbal noun that opens with إ, as written (folding makes إ a bare alef,
// the alef of "لافروف").
bool written_as_lam_before_hamza_below(const NormalizedText& normalized, std::string_view original,
                                       const Token& token) {
    static constexpr std::string_view kLamHamzaBelow = "\xD9\x84\xD8\xA5";
    // Folding leaves ل as it is: only a word that opens with it is read again as written.
    return starts_with(token.text, kPrepositionLam) &&
           written_opening_with(normalized, original, token, kLamHamzaBelow);
}
// "إبان" (during) is "أبان" (he stated) once hamzas are folded: no verb in the past opens with إ
// (the alef of "انطلق" or "استقبل" bears none), so a word that does, after its clitics, is none.
bool opens_with_hamza_below(const NormalizedText& normalized, std::string_view original, const Token& token,
                            std::size_t clitic_bytes) {
    return written_opening_with(normalized, original, token, "\xD8\xA5", clitic_bytes);
}
// "بجهود", "لاستكمال": a word that opens with the preposition ب or ل (or a name that opens with the letter).
[[gnu::always_inline]] inline bool opens_with_ba_or_lam(std::string_view word) {
    return starts_with(word, kPrepositionBa) || starts_with(word, kPrepositionLam);
}
// "بأشد", "لاستكمال": ب or ل before an alef as folded (one written with hamza or bare).
[[gnu::always_inline]] inline bool ba_or_lam_before_alef(std::string_view word) {
    return opens_with_ba_or_lam(word) && word.substr(kPrepositionBa.size(), kAlef.size()) == kAlef;
}
// "أليسكيس": a word that opens with أ as written (folding makes it the alef of the article, "ال").
bool opens_with_hamza_above(const NormalizedText& normalized, std::string_view original, const Token& token,
                            std::size_t clitic_bytes = 0) {
    return written_opening_with(normalized, original, token, "\xD8\xA3", clitic_bytes);
}
bool written_with_teh_marbuta(const NormalizedText& normalized, std::string_view original, const Token& token) {
    return written_ending_with(normalized, original, token, kTehMarbuta);
}
// Whether a mark of nunation is written at byte `at` of the original text.
bool nunation_mark_at(std::string_view original, std::size_t at) {
    return std::any_of(std::begin(kNunationMarks), std::end(kNunationMarks),
                       [&](std::string_view mark) { return original.substr(at, mark.size()) == mark; });
}

// A word written with a mark of nunation (تنوين: ً ٌ ٍ) is an indefinite noun or adverb ("اختصارًا",
// "مؤخرًا"), never a name, which takes none. This reads the word as written; where normalization removes
// the marks, the person finder reads the places it removed instead (see mark_nunation()).
bool written_with_nunation(const NormalizedText& normalized, std::string_view original, const Token& token) {
    const std::size_t end = normalized.to_original(token.end);
    for (std::size_t at = normalized.to_original(token.begin); at + 1 < end; ++at)
        if (nunation_mark_at(original, at)) return true;
    return false;
}

// A title chain: titles and honorifics, the state they serve (adjective or
// genitive), fillers, and "إلى سوريا" / "في الأمم المتحدة" (where, not whom).
struct Chain {
    std::size_t end = 0;
    std::string affiliation, title_en;
    // "القيادي في حزب الله": the body a named holder belongs to, where no state is named; an unnamed
    // one is no one of it.
    std::string member_of;
    bool office = true;                                 // every title in it names a body, not a person
    bool honorific = false;                             // it holds a form of address (معالي، الدكتور)
    bool definite_honorific = false;                    // one written with its article (الدكتور, not دكتور)
    bool refers_back = false;                           // "معاليه": the person just named
    const std::vector<std::string>* not_for = nullptr;  // whom such a pronoun never stands for
    const std::vector<std::string>* only_for = nullptr;  // the only ones it stands for
    bool post = false;                                   // it holds a post, not only honorifics
    bool former = false;                                 // "السابق": a post no longer held
    bool source = false;                                 // "مصدر", "مسؤول": someone unnamed on purpose
    bool group = false;                                  // "مسؤولون", "المصادر": unnamed, in the plural
    bool outside_state = true;                           // every post in it is outside the state (a coach)
    bool standing_only = true;                           // every post in it is a standing (الشيخ)
    // The last post is written with its article ("المسؤول"), so it governs no noun after it: an
    // outlet named next is whom he spoke to ("وأبلغ المسؤول رويترز"), not whom he serves.
    bool definite_post = false;
    // The state was read past other words ("رئيس مجلس محافظة الأنبار", "رئيسة الطاقم الأمريكي"):
    // a post in some body of it, not the state's own post, so no office holder stands for it.
    bool state_further_on = false;
    // The last post, written without its article, governs a noun that names no known body
    // ("رئيس مجلس المحافظة", "رئيس لجنة التحكيم"): the head of that, not the state's president,
    // so neither a remembered person nor an office holder stands for it.
    bool heads_unknown_body = false;
    // Two or three words of a name no list knows follow the chain, or the nouns its post governs, then
    // the clause goes on ("وأبدى مدرب الفريق رينارد ستامب قناعته"): the post's holder is named, so no one
    // remembered stands for it.
    bool before_unread_name = false;
    // The post, with no article at its end, is followed right away by a known person ("مبعوث بوتين",
    // "ممثل خامنئي", "المتحدث باسم أوباما", "المبعوث الخاص للرئيس باراك اوباما"): it is that person's
    // envoy or spokesman, not that person.
    bool serves_person = false;
    // A person's post follows one that speaks for someone ("المتحدث باسم الرئيس الأفغاني"): a known person
    // after the chain holds that post, and is whom the chain's holder speaks for.
    bool for_post_holder = false;
    // A state's post right after the body names whose it is ("سفارة خادم الحرمين الشريفين"); a name
    // after the chain is someone serving in that body ("القائم بأعمال سفارة خادم الحرمين ... الداود").
    bool owner_post = false;
    // The chain's first post is one that names its state itself, and so has one holder at a time
    // ("خادم الحرمين الشريفين"): the one in office then, whatever other post holder the memory
    // holds with those words in his title ("مستشار خادم الحرمين الشريفين").
    bool one_holder = false;
    // Its state is only the nationality of a post outside the state ("المدرب الألماني") or of a descriptor
    // with no post ("الباحث السعودي"): no one it names speaks for it.
    bool nationality_only = false;
    // A post with no article and a nationality with none after it ("وزير سوري", "قائد ميداني يمني"): someone
    // of that state the text leaves unnamed on purpose, as "مسؤول تركي" is.
    bool indefinite_nationality = false;
    TitleGender gender = TitleGender::kEither;  // of its first title written for a man or a woman
};

// The persons of one sentence, read in three ways: a person the lexicon
// knows, a title chain with the name after it (or a remembered person it
// stands for), and a name with no title before it (known by its last name,
// or shaped as a name: a given name first, then a comma and a title, or
// the subject right after a verb of saying or meeting).
class PersonFinder {
public:
    PersonFinder(const Resources& resources, const NormalizedText& normalized, std::string_view original,
                 const std::vector<Token>& tokens, SentenceEntities& s, PersonMemory& memory,
                 std::optional<CivilDate> publication)
        : r_(resources),
          normalized_(normalized),
          original_(original),
          tokens_(tokens),
          s_(s),
          memory_(memory),
          publication_(publication),
          nunation_removed_(
              std::all_of(std::begin(kNunationMarks), std::end(kNunationMarks), [&](std::string_view mark) {
                  std::size_t length = 0;
                  return resources.normalizer.removes(utf8::decode(mark, 0, length));
              })) {}

    void run() {
        mark_name_words();
        std::size_t t = s_.first;
        while (t < s_.last) {
            const LexiconItem* item = s_.item(t);
            // Most words are none of a person's: no mention is put together for them.
            if (!item && !is_name_word(t)) {
                ++t;
                continue;
            }
            PersonRef person;
            person.first = t;
            // "مستشفى الملك فهد التخصصي", "جامعة الملك سعود": a place named after a person.
            if (item && (item->category == kPerson || item->category == kTitle) && t > s_.first &&
                s_.has_class(t - 1, kNamedAfter)) {
                t = skip_named_after(*item);
                continue;
            }
            // "صرح امام مجلس الامن", "وقال أمام الصحافيين": before someone, not the imam.
            const bool in_front = item && item->category == kTitle && s_.has_class(t, kFacing) &&
                                  !written_with_hamza_below(normalized_, original_, tokens_[t]);
            // "قال سلطان اللويحق": right after a verb, a post's word that is also a given name, before a family
            // name, opens the name.
            const bool name_not_post = item && item->category == kTitle && given_before_family_name(t) && after_verb(t);
            if (item && item->category == kPerson && describes_noun(*item)) {
                t = item->last;  // "المسجد الإبراهيمي": the mosque's adjective, not Brahimi
                continue;
            }
            if (item && item->category == kPerson && !someone_else_by_surname(*item)) {
                known_person(*item, person);
            } else if (item && item->category == kTitle && quoted_surname(*item)) {
                // "قال "القاضي"": in quotation marks, the family name of one named before ("حمد بن عبدالله
                // القاضي"); unquoted, "قال الشيخ" is a post's holder.
                surname_again(t, person);
            } else if (item && item->category == kTitle && !given_before_particle(t) && !name_not_post &&
                       !possessed_noun(*item) && !in_front) {
                titled_person(t, person);
                // Unless a name follows, "التحرك الدبلوماسي السعودي" is no one.
                if (!person.named() && describes_noun(*item)) person.last = person.first;
            } else if (item && (item->category == kActorAdjective || item->category == kActorName) &&
                       surname_said_again(*item)) {
                // "ملهم بن محمد هندي ... وأشار "هندي" إلى": the surname of one named before.
                surname_again(t, person);
            } else if (is_name_word(t)) {
                untitled_person(t, person);
            }
            if (person.last > person.first && (person.named() || person.office || !person.title_en.empty())) {
                t = person.last;
                if (person.name_last > person.name_first + 1)
                    person.foreign_given_first = s_.has_class(person.name_first, kForeignFirstName);
                // A one-word name may be someone remembered by that word alone: only the lexicon's or
                // a fuller name tells whom the words for the dead are about.
                const bool sure_who = r_.person_by_id.count(person.id) || person.name_last > person.name_first + 1;
                person.deceased = person.deceased || (person.named() && sure_who && marked_as_dead(person));
                if (person.named()) memory_.remember(person);
                s_.persons.push_back(std::move(person));
            } else {
                t = item ? item->last : t + 1;
            }
        }
    }

private:
    // "الملك الراحل عبدالله", "الأمير نايف بن عبدالعزيز يرحمه الله", "أحمد بن حنبل -رحمه الله-": words for
    // the dead right before the name or right after it.
    bool marked_as_dead(const PersonRef& person) const {
        const std::size_t name_first = person.name_last > person.name_first ? person.name_first : person.first;
        for (std::size_t t = name_first > s_.first + 2 ? name_first - 2 : s_.first; t < name_first; ++t)
            if (s_.has_class(t, kDeceased) && s_.class_end(t, kDeceased) == name_first) return true;
        std::size_t after = person.name_last > person.name_first ? person.name_last : person.last;
        if (after < s_.last && tokens_[after].kind == TokenKind::punctuation) ++after;
        return after < s_.last && s_.has_class(after, kDeceased);
    }

    // Past the person's name in the name of a place: the title and the name that follows it.
    std::size_t skip_named_after(const LexiconItem& item) const {
        std::size_t end = item.last;
        if (item.category == kTitle) {
            if (const LexiconItem* next = s_.item(end); next && next->category == kPerson) return next->last;
            while (end < s_.last && end < item.last + 3 && is_name_word(end) && !s_.has_class(end, kNamedAfter)) ++end;
        }
        return end;
    }

    bool in_date(std::size_t t) const {
        return std::any_of(s_.dates.begin(), s_.dates.end(),
                           [&](const DateRef& d) { return t >= d.first && t < d.last; });
    }

    // "التحرك الدبلوماسي السعودي": a source's title of one word shaped as an adjective (…ي), with the
    // article, right after a plain noun with the article describes that noun; "الضابط المسؤول" is
    // someone.
    // So is a person's family name of one word shaped so ("المسجد الإبراهيمي" is no Brahimi).
    bool describes_noun(const LexiconItem& item) const {
        const std::size_t t = item.first;
        const bool adjective_shaped = item.category == kPerson || r_.titles[item.payload].source;
        if (!adjective_shaped || t == s_.first || !item.proclitics.empty() || item.last != t + 1 ||
            !starts_like_description(tokens_[t].text) ||
            !written_ending_with(normalized_, original_, tokens_[t], kWrittenYa))
            return false;
        const std::size_t noun = t - 1;
        return tokens_[noun].kind == TokenKind::word && !s_.item(noun) && classes_of(noun) == 0 &&
               starts_like_description(tokens_[noun].text);
    }

    bool could_be_name_word(std::size_t t) const {
        if (tokens_[t].kind != TokenKind::word) return false;
        // Most words are in no list and of no class, after a word that is no given name nor بن: none of
        // the readings below can be theirs, only the tests of how the word is written.
        constexpr WordClassSet kOpensNameWord = class_bit(kNameParticle) | class_bit(kFirstName);
        if (!s_.item(t) && s_.word_classes[t - s_.first] == 0 &&
            (t == s_.first || (s_.word_classes[t - 1 - s_.first] & kOpensNameWord) == 0))
            return written_as_name_word(t);
        // "عبد الله", "جار الله": the second half of a given name written in two words, whatever
        // else the word is ("الله" also ends a name after "حفظه").
        if (t > s_.first && s_.has_class(t - 1, kNameParticle) && given_name(t - 1) && !s_.item(t) && !s_.item(t - 1) &&
            tokens_[t - 1].end < tokens_[t].begin)
            return true;
        // "ضيف الله", "عوض الله": the second word of a given name listed as one word ("ضيفالله").
        if (t > s_.first && given_name(t - 1) && s_.class_end(t - 1, kFirstName) == t + 1 && !s_.item(t)) return true;
        // "أحمد حكمة الله": the end of a compound family name, after a name's second word (not after a
        // blessing, "حفظهم الله", nor after a title, "آية الله", nor after a family name of descent, with the article
        // and a nisba ending, where it is the object: "ودعا محمد المقهوي الله أن"; "محمد العبد الله" is one).
        if (t > s_.first + 1 && s_.has_class(t, kNameEnding) && !s_.item(t) && !s_.item(t - 1) &&
            !(is_definite(tokens_[t - 1].text) &&
              written_ending_with(normalized_, original_, tokens_[t - 1], kWrittenYa)) &&
            could_be_name_word(t - 1) && (given_name(t - 2) || could_be_name_word(t - 2)))
            return true;
        const LexiconItem* item = s_.item(t);
        // "مسفر بن سفير الخثعمي", "عبد العزيز بن عبد الله آل الشيخ", "فيصل بن تركي": after بن or آل, a post's
        // word or a nationality word is the father's or the family's name.
        const bool fathers_name = item && (item->category == kTitle || item->category == kActorAdjective) &&
                                  item->last == t + 1 && t > s_.first + 1 && s_.has_class(t - 1, kNameParticle) &&
                                  !given_name(t - 1) && could_be_name_word(t - 2);
        if (fathers_name) return true;
        // "ماهر بن جديد": after بن and a name's first word, a word no name list holds but some rule reads ("جديد",
        // new) is the father's or the family's name.
        const bool after_ibn = !item && classes_of(t) != 0 && t > s_.first + 1 && s_.has_class(t - 1, kNameParticle) &&
                               !given_name(t - 1) && !is_definite(tokens_[t].text) && !in_date(t) &&
                               given_name(t - 2) && !s_.item(t - 2);
        if (after_ibn) return true;
        // "صالح بن عبدالله القاضي", "منصور بن محمد النقيب": after بن and the father's given name, a post's
        // or a rank's word with the article is the family name, unless words with the article go on with the post
        // ("عبدالله بن مساعد الرئيس العام"); another post may follow it ("محمد بن عبدالله المرشد المدير العام").
        const auto post_goes_on = [&] {
            return t + 1 < s_.last && tokens_[t + 1].kind == TokenKind::word && is_definite(tokens_[t + 1].text) &&
                   !s_.item(t + 1);
        };
        // So is a place's or a state's name with the article ("العقيد سليمان بن محمد الخليل", "الدكتور عبدالله بن
        // محمد السويد").
        const bool family_name =
            item &&
            ((item->category == kTitle && (!r_.titles[item->payload].honorific || r_.titles[item->payload].rank)) ||
             item->category == kPlace || item->category == kActorName) &&
            item->last == t + 1 && t > s_.first + 2 && is_definite(tokens_[t].text) && item->proclitics.empty() &&
            s_.has_class(t - 2, kNameParticle) && given_name(t - 1) && !s_.item(t - 1) && !post_goes_on() &&
            could_be_name_word(t - 3);
        if (family_name) return true;
        // "الدكتور عبدالله السويد": so is a state's name with the article right after a given name that a form of
        // address opens ("الرئيس هادي الصين" calls on China).
        const bool state_family_name = item && item->category == kActorName && item->last == t + 1 &&
                                       item->proclitics.empty() && is_definite(tokens_[t].text) && t > s_.first + 1 &&
                                       given_name(t - 1) && !s_.item(t - 1) && right_after_form_of_address(t - 1);
        if (state_family_name) return true;
        // "ملهم بن محمد هندي": so is a nationality word without the article (an Indian is "هندي" after a
        // noun, never after a father's given name).
        const bool family_nationality = item && item->category == kActorAdjective && item->last == t + 1 &&
                                        t > s_.first + 2 && !is_definite(tokens_[t].text) && item->proclitics.empty() &&
                                        s_.has_class(t - 2, kNameParticle) && given_name(t - 1) && !s_.item(t - 1) &&
                                        could_be_name_word(t - 3);
        if (family_nationality) return true;
        // The rest only rule words out: the cheap tests of the word's classes and readings come first.
        // "قال حذيفة رضي الله عنه": a blessing of several words after a name is none of it.
        if (s_.has_class(t, kDeceased) && s_.class_end(t, kDeceased) > t + 1) return false;
        // "قلصت الشركة خسائرها": "the company" is no one's name.
        if (s_.has_class(t, kCompany) && is_definite(tokens_[t].text)) return false;
        constexpr WordClassSet kNameClasses =
            class_bit(kNameParticle) | class_bit(kClanParticle) | class_bit(kFirstName) | class_bit(kForeignFirstName);
        if ((classes_of(t) & ~kNameClasses) != 0 && !written_as_given_name(t) && !time_word_as_given_name(t))
            return false;
        // "باقر", "دانة": a given name that only looks like a verb with a clitic no verb takes ("ب" + "أقر") is
        // the name.
        const bool given_not_verb = item && item->category == kTrigger && given_name(t) &&
                                    std::none_of(s_.triggers.begin(), s_.triggers.end(),
                                                 [&](const TriggerRef& verb) { return verb.first == t; });
        // "وزير الدفاع سمير مقبل": an adjective with no article agrees with no name, which is definite: after a
        // given name, a word of what is to come ("مقبل", coming) is the family name.
        const bool family_name_not_adjective =
            item && item->category == kTrigger && item->last == t + 1 && item->proclitics.empty() && t > s_.first &&
            given_name(t - 1) && !is_definite(tokens_[t].text) && r_.triggers[item->payload].frame == Frame::plan;
        if (item && item->category != kPerson && !given_before_particle(t) && !given_before_family_name(t) &&
            !given_not_verb && !family_name_not_adjective && !nationality_given_name(t))
            return false;
        return written_as_name_word(t);
    }
    // What is left to tell of a word that may be a name's by its lists and classes: how it is written.
    bool written_as_name_word(std::size_t t) const {
        if (tokens_[t].text.size() < 4 || in_date(t)) return false;
        // The cheap tests first: "والفريق", "بالتخطيط", "للمجموعة": a clitic with the article starts no name (a given
        // name that only looks so is one: "فالح"), nor does ل before a verbal noun ("برونو رودريغيز لإجراء محادثات").
        if ((clitic_and_article(tokens_[t].text) && !given_name(t)) ||
            written_as_lam_before_hamza_below(normalized_, original_, tokens_[t]))
            return false;
        if (has_ascii_digit(tokens_[t].text)) return false;
        // "باستمرار", "لاستكمال": ب or ل before a verbal noun of the derived verbs (انفعال، افتعال، استفعال) is
        // no name's word (bare, the shapes are also foreign names': "أنيبال", "إيتمار").
        if (!given_name(t) && opens_with_ba_or_lam(tokens_[t].text) && verbal_noun_after_ba_or_lam(tokens_[t].text))
            return false;
        return !with_nunation(t);
    }
    bool with_nunation(std::size_t t) const {
        return nunation_removed_ ? (*nunation_words_)[t - s_.first] != 0
                                 : written_with_nunation(normalized_, original_, tokens_[t]);
    }

    // "رئيس مجلس محافظة الأنبار صباح كرحوت": a given name that is also a word of the time of day, after a post and
    // its body's words and before a word no list knows, opens the name ("صباح أمس" is a time: a date reads it).
    bool time_word_as_given_name(std::size_t t) const {
        // Not a word that folds to ي at its end: "على" (on) is no "علي", which written_as_given_name tells.
        const std::string_view word = tokens_[t].text;
        const bool folded_ya =
            word.size() >= kWrittenYa.size() && word.substr(word.size() - kWrittenYa.size()) == kWrittenYa;
        return given_name(t) && !folded_ya && !s_.has_class(t, kNameEnding) && s_.has_class(t, kFunctionWord) &&
               t + 1 < s_.last && tokens_[t + 1].kind == TokenKind::word && !s_.item(t + 1) && classes_of(t + 1) == 0 &&
               after_post_words(t);
    }
    // "بأشد", "بإنجازات": ب before a word written with hamza on its alef.
    bool preposition_before_hamza(std::size_t t) const {
        return starts_with(tokens_[t].text, kPrepositionBa) && ba_or_lam_before_alef(tokens_[t].text) &&
               (opens_with_hamza_below(normalized_, original_, tokens_[t], kPrepositionBa.size()) ||
                opens_with_hamza_above(normalized_, original_, tokens_[t], kPrepositionBa.size()));
    }
    // "علي" (Ali) is "على" (on) once alef maqsura is folded: a given name written
    // with a final ya is the name, whatever else its folded form may be.
    bool written_as_given_name(std::size_t t) const {
        if (!given_name(t)) return false;
        return written_ending_with(normalized_, original_, tokens_[t], kWrittenYa);
    }

    // Asked of most tokens several times over, so answered once per token.
    void mark_name_words() {
        mark_nunation();
        thread_local std::vector<char> words;
        words.assign(s_.last - s_.first, 0);
        for (std::size_t t = s_.first; t < s_.last; ++t) words[t - s_.first] = could_be_name_word(t);
        name_words_ = &words;
    }
    bool is_name_word(std::size_t t) const { return t < s_.last && (*name_words_)[t - s_.first]; }
    // The words written with nunation, where normalization removes its marks: found in one pass over the
    // places of the removed characters, for the tokens in order. A character removed inside a word stood
    // before one of its bytes after the first, or before what follows it.
    void mark_nunation() {
        if (!nunation_removed_) return;
        thread_local std::vector<char> marked;
        marked.assign(s_.last - s_.first, 0);
        nunation_words_ = &marked;
        const auto& removed = normalized_.removed;
        if (removed.empty() || s_.first == s_.last) return;
        auto next = std::upper_bound(
            removed.begin(), removed.end(), tokens_[s_.first].begin,
            [](std::size_t byte, const NormalizedText::Removal& removal) { return byte < removal.before; });
        for (std::size_t t = s_.first; t < s_.last && next != removed.end(); ++t) {
            while (next != removed.end() && next->before <= tokens_[t].begin) ++next;
            for (auto at = next; at != removed.end() && at->before <= tokens_[t].end; ++at) {
                if (nunation_mark_at(original_, at->original)) {
                    marked[t - s_.first] = 1;
                    break;
                }
            }
        }
    }
    // So is a nationality word without the article before بن or آل ("تركي بن رديمان العنزي", "تركي آل الشيخ"),
    // which the list of given names leaves out for its sense of a nationality.
    // Asked of most words many times over: the class first, inline.
    [[gnu::always_inline]] bool given_name(std::size_t t) const {
        return s_.has_class(t, kFirstName) || (s_.has_class(t + 1, kNameParticle) && nationality_before_particle(t));
    }
    [[gnu::noinline]] bool nationality_before_particle(std::size_t t) const {
        return t + 2 < s_.last && !s_.has_class(t + 1, kFirstName) && is_category(t, kActorAdjective) &&
               s_.item(t)->last == t + 1 && !is_definite(tokens_[t].text) && tokens_[t + 2].kind == TokenKind::word;
    }
    // The classes that tell a name's words from others: those only event rules read ("الجانب"), the
    // nouns of places named after someone ("جامعة"), "شركة" and the words of a venue ("مقر", "فرع")
    // leave names as they are. A word that opens a clause ("حين", "عندما") ends one.
    WordClassSet classes_of(std::size_t t) const {
        return s_.word_classes[t - s_.first] & kBuiltinWordClasses &
               ~(class_bit(kPartyNoun) | class_bit(kNamedAfter) | class_bit(kCompany) | class_bit(kNamedDay) |
                 class_bit(kVenue) | class_bit(kPlaceNoun) | class_bit(kFacing) | class_bit(kDeceased) |
                 class_bit(kProposal) | class_bit(kKunya) | class_bit(kMembership) | class_bit(kSpeechNoun) |
                 class_bit(kOccasionReport) | class_bit(kDirective) | class_bit(kIdiom) | class_bit(kSignedAt) |
                 class_bit(kFans) | class_bit(kWhatDone) | class_bit(kOnRecord) | class_bit(kMasculineState));
    }
    bool is_category(std::size_t t, Category category) const {
        const LexiconItem* item = s_.item(t);
        return item && item->category == category;
    }

    // From `first` to `last`, words of a name that no rule reads, none with the article: given names, particles
    // and words no list knows ("كلاوس هيورت", not "الدكتور محمد العريفي", "الكريم بمحافظة الليث").
    bool plain_name_words(std::size_t first, std::size_t last) const {
        for (std::size_t w = first; w < last; ++w)
            if (starts_like_description(tokens_[w].text) || !(given_name(w) || s_.has_class(w, kNameParticle) ||
                                                              (!s_.item(w) && s_.word_classes[w - s_.first] == 0)))
                return false;
        return true;
    }
    // The end of a personal name starting at `t`: up to three words, six when
    // "بن" or "آل" join them ("عبداللطيف بن راشد الزياني"); kNoName when the
    // words run on past that (a noun phrase, not a name).
    std::size_t name_run(std::size_t t) const {
        // "اللواء عيد بن عبد الله العصيمي": after "بن" come the father's names, and after "عبد" the rest
        // of a given name, not another person's name.
        if (t > s_.first && s_.has_class(t - 1, kNameParticle)) return kNoName;
        std::size_t end = t;
        std::size_t last_particle = kNoName;
        bool ended_by_next_phrase = false;
        while (end < s_.last && end - t < 7 && is_name_word(end)) {
            // "عبدالله المبطي وأعضاء", "عمر ومالك إسحاق": "و" before a later word joins the next phrase
            // or name, not this one ("وليد" is a given name of its own).
            // A family name right after a given name may start with the letter ف ("عادل فقيه"), and after a
            // foreign one with و, its W ("جوزيف ويستفول"); a name word never has a clitic and the article.
            // So may the word after بن, آل or أبو ("أسامة بن فضل البار", "حسين آل فويّز").
            // So may the second of two words no list knows, where the subject ends after it ("وزير الدفاع القبرصي
            // كريستوفوروز فوكايديز إن").
            const bool opens_with_fa = tokens_[end].text.substr(0, kConjunctionFa.size()) == kConjunctionFa;
            const bool letter_of_family_name =
                (end == t + 1 && given_name(t) && !given_name(end) &&
                 (opens_with_fa || s_.has_class(t, kForeignFirstName))) ||
                (end == t + 1 && !given_name(t) && !given_name(end) && opens_with_fa && !s_.item(t) &&
                 (end + 1 == s_.last || ends_subject(end + 1))) ||
                // "كلاوس هيورت فريدريكسن إنه": so the last of three plain words after a given name, where the
                // subject ends after it.
                (end > t + 1 && end - t <= 3 && given_name(t) && !given_name(end) && opens_with_fa && !s_.item(end) &&
                 plain_name_words(t, end) && (end + 1 == s_.last || ends_subject(end + 1))) ||
                (s_.has_class(end - 1, kNameParticle) && !given_name(end - 1));
            if (end > t && opens_with_conjunction(end) && !letter_of_family_name &&
                (!given_name(end) || conjunction_before_given_name(end))) {
                // After a family name with the article, a word opening with "و" is the next phrase
                // ("عبدالعظيم الخاطر وجود", "عبدالله المبطي وأعضاء").
                ended_by_next_phrase =
                    end > t + 1 && tokens_[end].text.substr(0, kConjunctionWaw.size()) == kConjunctionWaw &&
                    starts_like_description(tokens_[end - 1].text) && !given_name(end - 1) && !noun_shaped(end - 1);
                break;
            }
            // "وقال بكر لمجموعة من الصحفيين": a noun with ة after the preposition ل is whom he spoke to
            // (after بن it is the father's name: "محمد بن ناصر بن لبدة").
            if (end > t && !given_name(end) && !s_.has_class(end - 1, kNameParticle) &&
                starts_with(tokens_[end].text, kPrepositionLam) && ends_in_teh_marbuta(end)) {
                ended_by_next_phrase = true;
                break;
            }
            // "مها المنيف حديثها", "صدام حسين باستهدافها": a long word with an attached pronoun is no name's.
            // Right after the first word, only a longer one ("كونها" is Cunha, "دهشتها" her surprise).
            if (end > t && !given_name(end) && with_attached_pronoun(end, end == t + 1 ? 6 : 5)) {
                ended_by_next_phrase = true;
                break;
            }
            // "جوزيف ويستفول بأشد العبارات", "بإنجازات المملكة": ب before a word written with hamza on its
            // alef opens what the verb goes on to; no name's word is written so.
            if (end > t && !given_name(end) && preposition_before_hamza(end)) {
                ended_by_next_phrase = true;
                break;
            }
            // "هيثم الفلاح منسوبي المدينة", "نايف البلوي نجاح المعسكر": after a family name with the
            // article, a word without it is the next phrase, unless it is a given name or a particle.
            if (end > t + 1 && starts_like_description(tokens_[end - 1].text) && !given_name(end - 1) &&
                !starts_like_description(tokens_[end].text) && !given_name(end) && !s_.has_class(end, kNameParticle) &&
                !s_.has_class(end - 1, kNameParticle)) {
                ended_by_next_phrase = true;
                break;
            }
            // "يوسف الدهمشي المشرف", "محمد بن ناصر الخزيم التهنئة": after a family name with the article,
            // a word with it shaped as a participle, a verbal noun or a plural describes, and names no one.
            if (end > t + 1 && starts_like_description(tokens_[end - 1].text) && !given_name(end - 1) &&
                !s_.has_class(end - 1, kNameParticle) && noun_shaped(end)) {
                // Cut there only where the words before open with a given name: else they are a noun
                // phrase too ("المهندس السلطان إسهامات المؤسسات المتخصصة").
                ended_by_next_phrase = given_name(t) || last_particle != kNoName;
                break;
            }
            // "أسامة خياط المسلمين", "عبدالله خياط المواطنين": after a given name and a family name without
            // the article, a plural with it is whom the sentence goes on to address.
            constexpr std::size_t kShortestFamilyName = 6;  // three letters: "عائشة أم المؤمنين" is a kunya
            if (end == t + 2 && given_name(t) && !given_name(end - 1) &&
                tokens_[end - 1].text.size() >= kShortestFamilyName &&
                !starts_like_description(tokens_[end - 1].text) && !s_.has_class(end - 1, kNameParticle) &&
                noun_shaped(end) && sound_plural(end)) {
                ended_by_next_phrase = true;
                break;
            }
            // "عادل آل عمر أمين مجلس شباب منطقة عسير": after a clan's name, only a family name with the article.
            if (end >= t + 2 && s_.has_class(end - 2, kClanParticle) && !starts_like_description(tokens_[end].text) &&
                !s_.has_class(end, kNameParticle)) {
                ended_by_next_phrase = true;
                break;
            }
            // "سعيد بن سعد النفيعي اللجان الخاصة": after a family name of descent (…ي) with the article,
            // a word with the article and without that ending is the object the sentence goes on to.
            // Only right where the family name stands: "خالد بن عبدالعزيز الصفيان الحادث الإجرامي" has
            // its own end further back.
            // So after a father's given name ("عبدالله يحيى الحمراني الأخبار").
            const auto given_names_before = [&](std::size_t family) {
                for (std::size_t w = t; w < family; ++w)
                    if (!given_name(w)) return false;
                return family > t + 1;
            };
            const bool family_name_place =
                end > t + 1 && (last_particle == kNoName ? words_in_name(t, end - 1) == 1 || given_names_before(end - 1)
                                                         : end - 1 == last_particle + 2);
            if (family_name_place && family_name_of_descent(end - 1) && starts_like_description(tokens_[end].text) &&
                !given_name(end) && !s_.has_class(end, kNameParticle) &&
                !written_ending_with(normalized_, original_, tokens_[end], kWrittenYa)) {
                ended_by_next_phrase = given_name(t) || last_particle != kNoName;
                break;
            }
            // "العميد يوسف بن أحمد الغتم الوكيل المساعد": after بن, the father's name and a family name
            // with the article, another word with it is of the name only as one of descent (…ي).
            if (family_name_place && last_particle != kNoName && starts_like_description(tokens_[end - 1].text) &&
                !given_name(end - 1) && !s_.has_class(end - 1, kNameParticle) &&
                starts_like_description(tokens_[end].text) && !given_name(end) && !s_.has_class(end, kNameParticle) &&
                !written_ending_with(normalized_, original_, tokens_[end], kWrittenYa)) {
                ended_by_next_phrase = true;
                break;
            }
            // "الأمير تركي بن محمد بن فهد انضمام الأمير", "فهد انتقال العدوى": a verbal noun of the
            // derived verbs (انفعال، افتعال، استفعال) is what the sentence goes on to, never a name's.
            if (end > t && !given_name(end) &&
                derived_verbal_noun(tokens_[end].text, !s_.has_class(t, kForeignFirstName))) {
                ended_by_next_phrase = true;
                // "إياد علاوي أهمية اعتماد الحوار": a noun with ة before it opens the same phrase.
                if (end - t >= 3 && !starts_like_description(tokens_[end - 1].text) && ends_in_teh_marbuta(end - 1))
                    --end;
                break;
            }
            // "جوزيف دنفورد المرشح", "يورغن كلوب الاشراف": a given name from outside the region takes
            // no family name with the article after a second word.
            if (end == t + 2 && s_.has_class(t, kForeignFirstName) && starts_like_description(tokens_[end].text)) {
                ended_by_next_phrase = true;
                break;
            }
            // "عبد" of "عبد اللطيف" is half a given name, not a particle joining two names.
            if (s_.has_class(end, kNameParticle) && !given_name(end)) last_particle = end;
            ++end;
        }
        // "اللواء سعد بن رحيل السويدي": a masculine nationality word with the article right after a
        // name of two words or more, and before no other name (a word with the article describes), is
        // the family name; after one joined by بن, before any word but a given name ("عبدالله بن
        // عبدالمحسن التركي بمقر الرابطة").
        // So is one right after an Arab given name alone that follows a post and the words of the body it
        // serves ("اللواء منصور التركي", "مدير إدارة خدمات الطلاب سلمان القايد").
        const bool titled_given_name =
            end - t == 1 && given_name(t) && !s_.has_class(t, kForeignFirstName) && after_post_words(t);
        if ((end - t >= 2 || titled_given_name) && end < s_.last && is_category(end, kActorAdjective) &&
            starts_like_description(tokens_[end].text) &&
            written_ending_with(normalized_, original_, tokens_[end], kWrittenYa) &&
            (end + 1 == s_.last || !is_name_word(end + 1) || starts_like_description(tokens_[end + 1].text) ||
             (last_particle != kNoName && !given_name(end + 1))))
            ++end;
        // "أمين منطقة عسير صالح القاضي": so is a post's word with the article, one word, after a titled
        // given name alone and before no other name.
        const LexiconItem* post_word = end < s_.last ? s_.item(end) : nullptr;
        // A form of address is one only where the subject ends after it ("العميد سمير الحاج لـ«عكاظ»").
        if (titled_given_name && post_word && post_word->category == kTitle && post_word->first == end &&
            post_word->last == end + 1 && is_definite(tokens_[end].text) &&
            (!r_.titles[post_word->payload].honorific || end + 1 == s_.last || ends_subject(end + 1) ||
             starts_with(tokens_[end + 1].text, kPrepositionLam)) &&
            (end + 1 == s_.last || !is_name_word(end + 1)))
            ++end;
        // "أريج داغستاني المتخصصة": a third word with the article and teh marbuta describes the person;
        // a feminine plural ("رزان صالح الفعاليات") is what the sentence goes on to.
        if (end - t == 3 && last_particle == kNoName && starts_like_description(tokens_[end - 1].text) &&
            (ends_in_teh_marbuta(end - 1) || feminine_plural(end - 1)))
            --end;
        // A particle opens no name, unless it is also a given name ("عبد الإله بن كيران").
        if (end == t || (s_.has_class(t, kNameParticle) && !given_name(t)) || s_.has_class(end - 1, kNameParticle))
            return kNoName;
        // "وعمل لفترة": a name does not open with "و" or "ف" unless it is a given name (وليد).
        if (opens_with_conjunction(t) && !given_name(t)) return kNoName;
        // "محمد بن سلمان بن عبدالعزيز آل سعود": given name, father's, grandfather's and family, joined by
        // three particles; with fewer, six words at most.
        constexpr std::size_t kParticlesOfLongestName = 3;
        std::size_t particles = 0;
        for (std::size_t w = t; w < end; ++w) particles += s_.has_class(w, kNameParticle) && !given_name(w);
        // "عبدالرقيب سيف فتح الأسودي": without particles, a given name, the father's and grandfather's, and
        // a family name of descent (…ي) are four words of one name.
        const bool four_with_family_name = last_particle == kNoName && end - t == 4 && given_name(t) &&
                                           !starts_like_description(tokens_[t + 1].text) &&
                                           !starts_like_description(tokens_[t + 2].text) &&
                                           family_name_of_descent(t + 3);
        const std::size_t limit = last_particle == kNoName               ? (four_with_family_name ? 4 : 3)
                                  : particles >= kParticlesOfLongestName ? 7
                                                                         : 6;
        if (words_in_name(t, end) <= limit && (end == s_.last || !is_name_word(end) || ended_by_next_phrase))
            return end;
        // "النائب العام الإماراتي سالم سعيد كبيش إحالة": a given name, the father's, and a family name;
        // a word with ة after them is the noun the sentence goes on to.
        if (last_particle == kNoName && end - t > limit && given_name(t) && given_name(t + 1) &&
            !ends_in_teh_marbuta(t + 2) && !given_name(t + limit) &&
            !starts_like_description(tokens_[t + limit].text) && ends_in_teh_marbuta(t + limit))
            return t + limit;
        // Cut after the word the last particle joins ("إياد بن أمين مدني التزام ...").
        if (last_particle != kNoName && last_particle + 2 <= end && last_particle + 2 - t <= limit) {
            const std::size_t cut = last_particle + (s_.has_class(last_particle + 1, kNameParticle) ? 3 : 2);
            // A given name written in two words ("عبد الباسط بن سالم صيرفي") is one of the name's words.
            return std::min(cut + (cut < end && words_in_name(t, cut) < 4 ? 1 : 0), end);
        }
        // "بدر باسلمة استعادة قاعدة العند", "جيري براون حالة الطوارئ": a given name and a family name, then
        // nouns with ة that no list knows, each governing the next, down to one with the article: the
        // phrase the sentence goes on to.
        if (last_particle == kNoName && given_name(t) && end - t >= 4 && !given_name(t + 1)) {
            const auto governing_noun = [&](std::size_t k) {
                return !given_name(k) && !s_.item(k) && ends_in_teh_marbuta(k) &&
                       !starts_like_description(tokens_[k].text);
            };
            std::size_t k = t + 2;
            while (k < end && governing_noun(k)) ++k;
            if (k > t + 2 && k < s_.last && starts_like_description(tokens_[k].text) && !given_name(k)) return t + 2;
        }
        // "الشيخ عبد اللطيف دريان العمل الإجرامي": a given name (of one word or two), a family name
        // without the article, then words with it running past any name's length: those are what the
        // sentence goes on to.
        // A family name has three letters or more, no ة and no lexicon's reading ("مساعد طب المجتمع",
        // "الكريم بمحافظة الليث" are no names).
        constexpr std::size_t kShortestFamilyName = 3;
        if (last_particle == kNoName && given_name(t) && !s_.has_class(t, kCompoundNamePart)) {
            const std::size_t family = t + (s_.has_class(t, kNameParticle) ? 2 : 1);
            if (family + 1 < end && !given_name(family) && !starts_like_description(tokens_[family].text) &&
                !s_.item(family) && !ends_in_teh_marbuta(family) &&
                utf8::count_code_points(tokens_[family].text) >= kShortestFamilyName &&
                starts_like_description(tokens_[family + 1].text) && !given_name(family + 1))
                return family + 1;
        }
        return kNoName;
    }

    // Whether a title stands right before `t`, or a few words of the body or place its post serves
    // ("مدير التعليم", "أمين منطقة عسير"), with no name between.
    bool after_post_words(std::size_t t) const {
        constexpr std::size_t kMostBodyWords = 4;
        for (std::size_t w = t; w > s_.first && t - w <= kMostBodyWords;) {
            --w;
            if (is_category(w, kTitle)) return true;
            if (tokens_[w].kind != TokenKind::word || given_name(w) || is_category(w, kPerson)) return false;
        }
        return false;
    }

    // "الأمير تركي بن محمد", "الشيخ سلطان بن أحمد": before بن a nationality word, or a title that is
    // also a given name, is the given name.
    bool given_before_particle(std::size_t t) const {
        const LexiconItem* item = s_.item(t);
        return item && item->last == t + 1 && t + 1 < s_.last && s_.has_class(t + 1, kNameParticle) &&
               (item->category == kActorAdjective || item->category == kActorName ||
                (item->category == kTitle && given_name(t) && !starts_like_description(tokens_[t].text)));
    }

    // "القنصل السعودي بأمريكا سلطان العنقري": right after a post or a state, a title that is also a given
    // name, then a family name no list knows, starts the holder's name.
    bool given_before_family_name(std::size_t t) const {
        const LexiconItem* item = s_.item(t);
        const LexiconItem* before = t > s_.first ? s_.item(t - 1) : nullptr;
        if (!(item && item->category == kTitle && item->last == t + 1 && before && before->last == t && given_name(t) &&
              !starts_like_description(tokens_[t].text) && t + 1 < s_.last && tokens_[t + 1].kind == TokenKind::word))
            return false;
        const LexiconItem* next = s_.item(t + 1);
        // "المقدم سلطان سعد السبيعي": a father's given name follows as well.
        return (!next && is_definite(tokens_[t + 1].text)) ||
               (given_name(t + 1) && !is_definite(tokens_[t + 1].text) && (!next || next->category != kTitle));
    }

    // A known person, a given name, or a nationality word that "بن" joins to a name ("تركي بن سعد").
    bool opens_name(std::size_t t) const {
        if (t >= s_.last) return false;
        return is_category(t, kPerson) || given_name(t) ||
               (is_category(t, kActorAdjective) && !starts_like_description(tokens_[t].text) &&
                s_.has_class(t + 1, kNameParticle) && !given_name(t + 1)) ||
               nationality_given_name(t);
    }
    // "الأمير تركي الفيصل": after a title with its article, a nationality word without it, which an
    // adjective of the title would share, is the given name that follows.
    // So after a place's name with the article that ends a post, before a word no list reads ("مدير فرع الجمعية
    // بمنطقة الحدود الشمالية تركي رضيمان العنزي"), or after a body's name or its nationality ("رئيس الاتحاد السعودي
    // تركي الخليوي"), or before a family name of descent.
    bool nationality_given_name(std::size_t t) const {
        if (!is_category(t, kActorAdjective) || is_definite(tokens_[t].text) || t == s_.first || t + 1 >= s_.last ||
            tokens_[t + 1].kind != TokenKind::word || !is_definite(tokens_[t - 1].text))
            return false;
        if (is_category(t - 1, kTitle)) return true;
        // Before a family name of descent no list reads ("لكرة اليد تركي الخليوي").
        if (!s_.item(t + 1) && classes_of(t + 1) == 0 && family_name_of_descent(t + 1)) return true;
        return std::any_of(s_.items.begin(), s_.items.end(),
                           [&](const LexiconItem& item) {
                               return item.last == t && (item.category == kPlace || item.category == kActorAdjective ||
                                                         item.category == kActorName);
                           }) &&
               !s_.item(t + 1) && classes_of(t + 1) == 0;
    }

    // "النفيعي", "الغامدي": a family name with the article that tells whom one descends from; not
    // a short one, which is more often a father's given name ("عبدالله العلي النعيم").
    bool family_name_of_descent(std::size_t t) const {
        constexpr std::size_t kShortestLetters = 6;  // ال and four letters
        return starts_like_description(tokens_[t].text) && !given_name(t) && !s_.has_class(t, kNameParticle) &&
               utf8::count_code_points(tokens_[t].text) >= kShortestLetters &&
               written_ending_with(normalized_, original_, tokens_[t], kWrittenYa);
    }

    // Written with ها or هم at its end, and with `shortest` letters or more (five: "حديثها"), long
    // enough for that to be a suffix.
    bool with_attached_pronoun(std::size_t t, std::size_t shortest) const {
        const std::size_t letters = utf8::count_code_points(tokens_[t].text);
        if (letters < shortest) return false;
        // A final ه alone ends names too (زنكنه، رومنيجه): only ها and هم are taken for suffixes, and
        // in a longer word ته, a noun's teh marbuta before "his" ("استقالته"; the name شحاته is shorter).
        constexpr std::size_t kShortestWithTehHeh = 6;
        static const std::string_view kSuffixes[] = {"\xD9\x87\xD8\xA7", "\xD9\x87\xD9\x85"};
        static const std::string_view kTehHeh = "\xD8\xAA\xD9\x87";
        return std::any_of(std::begin(kSuffixes), std::end(kSuffixes),
                           [&](std::string_view suffix) {
                               return written_ending_with(normalized_, original_, tokens_[t], suffix);
                           }) ||
               (letters >= kShortestWithTehHeh && written_ending_with(normalized_, original_, tokens_[t], kTehHeh));
    }

    std::string original_text(std::size_t first, std::size_t last) const {
        const std::size_t begin = normalized_.to_original(tokens_[first].begin);
        const std::size_t end = normalized_.to_original(tokens_[last - 1].end);
        return std::string(original_.substr(begin, end - begin));
    }
    // "وحسن" is "و" + "حسن"; "وليد" is a given name of its own.
    bool conjunction_before_given_name(std::size_t t) const {
        if (!given_name(t) || !opens_with_conjunction(t)) return false;
        thread_local std::vector<PhraseMatch> matches;
        r_.index.match_at(tokens_, t, t + 1, matches);
        return std::none_of(matches.begin(), matches.end(), [](const PhraseMatch& m) {
            return m.category == kWordClass &&
                   (m.payload == kFirstName || m.payload == kForeignFirstName || m.payload == kCompoundNamePart) &&
                   m.proclitics.empty();
        });
    }

    // The words of a name, a given name written in two ("عبد الإله") counting as one.
    std::size_t words_in_name(std::size_t first, std::size_t last) const {
        std::size_t words = last - first;
        for (std::size_t w = first; w + 1 < last; ++w)
            if (s_.has_class(w, kNameParticle) && given_name(w)) --words;
        // "غرم الله": the end of a compound family name is one word with the word before it.
        for (std::size_t w = first + 1; w < last; ++w)
            if (s_.has_class(w, kNameEnding) && !(s_.has_class(w - 1, kNameParticle) && given_name(w - 1))) --words;
        // "محمد بدر الدين زايد": so is the second word of a compound given name after its first, in a name of
        // more words ("علاء الدين" alone is two words).
        constexpr std::size_t kShortestWithCompound = 3;
        for (std::size_t w = first + 1; w < last && last - first >= kShortestWithCompound; ++w)
            if (!s_.has_class(w, kNameEnding) && !s_.has_class(w - 1, kNameParticle) && given_name(w - 1) &&
                r_.compound_second_words.count(std::string(tokens_[w].text)))
                --words;
        return words;
    }

    // A name's words, one space apart; a given name that joins the next word is written as one
    // word with it, as the name is most often spelt: "عبد العزيز قاسم" is "عبدالعزيز قاسم".
    std::string name_text(std::size_t first, std::size_t last, bool folded) const {
        std::string name;
        for (std::size_t w = first; w < last; ++w) {
            std::string word = folded ? folded_text(w, w + 1) : original_text(w, w + 1);
            // "وحسن العبلان": the conjunction before a given name is not the name's.
            if (w == first && conjunction_before_given_name(w) && word.size() > kConjunctionWaw.size())
                word.erase(0, kConjunctionWaw.size());
            // A name stretched for show ("شـــايع") is shown as the name.
            for (std::size_t at = word.find(kTatweel); at != std::string::npos; at = word.find(kTatweel, at))
                word.erase(at, kTatweel.size());
            name += word;
            if (w + 1 < last && !(s_.has_class(w, kNameParticle) && given_name(w))) name += ' ';
        }
        return name;
    }
    std::string folded_text(std::size_t first, std::size_t last) const {
        return std::string(normalized_.text.substr(tokens_[first].begin, tokens_[last - 1].end - tokens_[first].begin));
    }

    void from_lexicon(const LexiconItem& item, PersonRef& person) const {
        const PersonEntry& entry = r_.people[item.payload];
        person.listed = true;
        person.id = entry.id;
        person.name_en = entry.name_en;
        person.name_ar = entry.name_ar;
        person.name_ar_folded = entry.name_ar_folded;
        if (person.affiliation.empty()) person.affiliation = entry.affiliation;
        if (person.title_en.empty()) person.title_en = entry.title_en;
        // One who served several states speaks for the one he served at the article's date.
        if (!publication_ || entry.terms.empty() || person.affiliation != entry.affiliation) return;
        const int month = publication_->year * 100 + publication_->month;
        for (const std::uint32_t index : entry.terms) {
            const OfficeTerm& term = r_.offices[index];
            if (term.from > month || month > term.to) continue;
            person.affiliation = term.state;
            if (person.title_en == entry.title_en) {
                const ActorEntry* state = r_.actor(term.state);
                person.title_en = term.office + (state ? " of " + state->name_en : std::string());
            }
            return;
        }
    }

    // The mention [first, last) of `person` is the person remembered.
    static void take_remembered(const PersonRef& known, PersonRef& person) {
        const std::string affiliation = person.affiliation, title = person.title_en;
        const std::size_t f = person.first, l = person.last, nf = person.name_first, nl = person.name_last;
        person = known;
        person.first = f;
        person.last = l;
        person.name_first = nf;
        person.name_last = nl;
        if (person.affiliation.empty()) person.affiliation = affiliation;
        if (person.title_en.empty()) person.title_en = title;
    }

    void name_from_text(std::size_t first, std::size_t last, PersonRef& person) const {
        person.name_first = first;
        person.name_last = last;
        // A remembered person named again in full or by last name; a full name with
        // another given name is another person ("إبراهيم القناص", "عبدالله القناص").
        if (const PersonRef* known = memory_.by_last_name(tokens_[last - 1].text)) {
            const std::string_view given = tokens_[first].text;
            const std::string_view known_given =
                std::string_view(known->name_ar_folded).substr(0, known->name_ar_folded.find(' '));
            if (last - first == 1 || given == known_given) {
                take_remembered(*known, person);
                return;
            }
        }
        // "فرنسوا هولاند" is the known "فرانسوا هولاند": a known family name after another spelling of
        // the known person's given name ("ستيفان دي مستورا": a family name of two words too).
        if (const LexiconItem* family = s_.item(last - 1);
            last - first >= 2 && family && family->category == kPerson && family->first > first &&
            family->last == last &&
            may_be_one_name(tokens_[first].text, first_word(r_.people[family->payload].name_ar_folded))) {
            from_lexicon(*family, person);
            return;
        }
        const std::string folded = name_text(first, last, true);
        person.name_ar = name_text(first, last, false);
        person.name_ar_folded = folded;
        person.name_en = EntityRecognizer::readable_name(person.name_ar);
        person.id = EntityRecognizer::slug(EntityRecognizer::transliterate(person.name_ar));
        if (person.id.empty()) person.id = "person-" + std::to_string(std::hash<std::string>{}(folded) % 1000000007);
    }

    // "الملك سلمان بن عبد العزيز آل سعود": the rest of a known person's full name.
    void extend_over_particles(PersonRef& person) const {
        while (person.last + 1 < s_.last && s_.has_class(person.last, kNameParticle) && is_name_word(person.last + 1)) {
            person.last += s_.has_class(person.last + 1, kNameParticle) && person.last + 2 < s_.last ? 3 : 2;
            person.name_last = person.last;
        }
    }

    // The token of an actor's name or adjective, or a place's, at most three plain words after `j`
    // (no punctuation, given name or function word but "في" between), or 0.
    // Whether a name follows `at`, past places, the nouns before them and forms of address.
    bool name_follows(std::size_t at) const {
        constexpr std::size_t kReach = 5;
        for (std::size_t k = at; k < s_.last && k < at + kReach; ++k) {
            if (given_name(k) || is_category(k, kPerson)) return true;
            const LexiconItem* item = s_.item(k);
            if (item &&
                (item->category == kPlace || (item->category == kTitle && r_.titles[item->payload].honorific))) {
                k = item->last - 1;
                continue;
            }
            if (!s_.has_class(k, kPlaceNoun) && !s_.has_class(k, kTitleFiller)) return false;
        }
        return false;
    }

    // Not past لدى: "السفير الكوري لدى المملكة" is sent to the state after it.
    std::size_t body_after(std::size_t j) const {
        // Up to five words of a department before it ("مدير شؤون الديانة الايزيدية في حكومة اقليم كردستان").
        constexpr std::size_t kLongestDepartment = 6;
        for (std::size_t k = j; k < s_.last && k < j + kLongestDepartment; ++k) {
            // "مدير العلاقات العامة بوزارة الحج المهندس خالد الغامدي": a department's words, then the office it
            // is of, when its holder's name follows ("وذكر وزير التعليم قطاعات الوزارة": what he addressed).
            const bool office = k > j && is_category(k, kTitle) && r_.titles[s_.item(k)->payload].office &&
                                name_follows(s_.item(k)->last);
            if (is_category(k, kActorName) || is_category(k, kActorAdjective) || office ||
                (is_category(k, kPlace) && !r_.places[s_.item(k)->payload].state.empty())) {
                // "بوزارة الصحة ومنظمة الصحة العالمية": one joined by و is another body, not the one served.
                if (k > j && s_.item(k)->proclitics.substr(0, kConjunctionWaw.size()) == kConjunctionWaw) return 0;
                return k > j ? k : 0;
            }
            const bool accredited = s_.has_class(k, kAccreditedTo) && s_.class_clitic[k - s_.first] == 0;  // "بلدي"
            if (tokens_[k].kind != TokenKind::word || s_.item(k) || accredited) return 0;
            // "بصحة منطقة مكة المكرمة": a word that is only a function word goes on to the place.
            const WordClassSet classes = classes_of(k);
            if (classes != 0 && classes != class_bit(kFunctionWord) && !s_.has_class(k, kDestination)) return 0;
        }
        return 0;
    }

    // "أعرب عن سعادته": after a preposition, a form of address that is also a noun is the noun
    // ("his happiness"), no one; "اجتماعا مع سموه" is one.
    bool possessed_noun(const LexiconItem& item) const {
        return s_.has_class(item.first, kAddressNoun) && item.first > s_.first &&
               s_.has_class(item.first - 1, kPreposition);
    }

    // "وافقت أنقرة - العضو في حلف شمال الأطلسي", "دولة عضو في الحلف": a post after a state or a plain
    // noun describes it as a member, and is no one of the body.
    bool describes_member(std::size_t post) const {
        std::size_t before = post;
        while (before > s_.first && tokens_[before - 1].kind != TokenKind::word && !is_comma(tokens_[before - 1]))
            --before;
        if (before == s_.first || tokens_[before - 1].kind != TokenKind::word) return false;
        const std::size_t word = before - 1;
        if (is_category(word, kActorName) || is_category(word, kActorAdjective) || is_category(word, kPlace))
            return true;
        return !is_definite(tokens_[post].text) && !s_.item(word) && classes_of(word) == 0 && !is_name_word(word);
    }

    bool company_between(std::size_t first, std::size_t last) const {
        for (std::size_t k = first; k < last; ++k)
            if (s_.has_class(k, kCompany)) return true;
        return false;
    }
    Chain parse_chain(std::size_t t) const {
        Chain chain;
        bool after_destination = false;
        bool after_place = false;        // "في روما": where the posts so far serve
        std::size_t post_end = t;        // where the last post ends
        std::size_t post_start = t;      // where it starts
        bool body_with_clitic = false;   // the last post was written with a clitic ("برئاسة")
        bool last_post_of_post = false;  // the last post is in the genitive of the one before, with ل
        // The chain's state is a nationality's or a place's ("المدرب الألماني", "مدرب نادي جدة"), not a state's
        // name ("مدرب المكسيك") nor an outlet's ("مراسلة بي بي سي").
        bool state_by_description = false;
        std::size_t j = t;
        while (j < s_.last) {
            const LexiconItem* item = s_.item(j);
            if (item && item->category == kTitle) {
                const TitleEntry& title = r_.titles[item->payload];
                if (j > t && (given_before_particle(j) || given_before_family_name(j))) break;
                // "بمقر السفارة في روما وزير الخارجية الإيطالي": after a body and its place, a post of
                // another state is someone else's ("الدفاع المدني بالباحة العقيد" serves that body).
                if (after_place && chain.office && chain.post) {
                    const LexiconItem* after = s_.item(item->last);
                    const std::string& own = !title.state.empty() ? title.state
                                             : after && after->category == kActorAdjective
                                                 ? r_.actors[after->payload].id
                                                 : title.state;
                    if (!own.empty() && own != chain.affiliation) break;
                }
                // "أمير قطر والرئيس التركي": "و" opens the title of another person.
                if (j > t && item->proclitics.substr(0, kConjunctionWaw.size()) == kConjunctionWaw) break;
                // "هنأ خادم الحرمين الشريفين الرئيس سيرجيو ماتاريلا": after the title only one state's
                // holder bears, first in the chain, a post that is none of his ("الملك" is) is someone else's.
                if (j > t && chain.one_holder && !title.office && !title.honorific && title.state.empty() &&
                    chain.title_en.find(title.title_en) == std::string::npos)
                    break;
                // Only as the chain's first post: "مستشار خادم الحرمين الشريفين أمير منطقة مكة" is the
                // adviser's, and his posts go on.
                if (!chain.post && !title.state.empty() && !title.office) chain.one_holder = true;
                // "استقبل خادم الحرمين الشريفين رئيس وزراء المملكة المتحدة": after a post of one state, a
                // post of another (its own, or the state right after it) is someone else's.
                const ActorEntry* chain_state = chain.affiliation.empty() ? nullptr : r_.actor(chain.affiliation);
                if (j > t && chain.post && chain_state && chain_state->kind == "country" && !title.office) {
                    const LexiconItem* after = s_.item(item->last);
                    const bool state_after = after && after->first == item->last &&
                                             (after->category == kActorAdjective || after->category == kActorName) &&
                                             r_.actors[after->payload].kind == "country";
                    const std::string own = !title.state.empty() ? title.state
                                            : state_after        ? r_.actors[after->payload].id
                                                                 : std::string();
                    if (!own.empty() && own != chain.affiliation) break;
                }
                // "لقاء المسؤول الأمريكي برئيس الوزراء": after a post of a state, a person's post with ب is
                // whom he met ("المسؤول الأمريكي بوزارة الخارجية" serves in an office, and goes on).
                // So after any post: "ورحب الرئيس بمبعوث دول مجلس التعاون"; and after a form of address with a
                // pronoun, the one just named: "ورحب سموه باللواء الغامدي".
                if (j > t && (chain.post || chain.refers_back) && !title.office &&
                    item->proclitics.find(kPrepositionBa) != std::string_view::npos)
                    break;
                if (chain.gender == TitleGender::kEither) chain.gender = title.gender;
                if (title.former) {
                    chain.former = true;
                    j = item->last;
                    continue;
                }
                if (title.honorific) {
                    chain.honorific = true;
                    chain.definite_honorific = chain.definite_honorific || starts_like_description(tokens_[j].text) ||
                                               clitic_and_article(tokens_[j].text);
                    chain.refers_back = chain.refers_back || title.refers_back;
                    if (title.refers_back) {
                        chain.not_for = &title.not_for;
                        chain.only_for = &title.only_for;
                    }
                    j = item->last;
                    continue;
                }
                // "مصدر مسؤول في الخارجية العمانية": where he serves tells whom he serves.
                if (after_destination && !chain.affiliation.empty()) break;
                if (after_destination) {
                    j = item->last;
                    after_destination = false;
                    continue;
                }
                if (!title.state.empty() && chain.affiliation.empty()) chain.affiliation = title.state;
                // "سفارة خادم الحرمين الشريفين": a state's post right after a body is whose body it is,
                // and the chain still names the body; not after a clitic ("برئاسة اللواء" is chaired by).
                if (chain.post && chain.office && !title.office && !title.state.empty() && j == post_end &&
                    !body_with_clitic) {
                    chain.owner_post = true;
                    j = item->last;
                    continue;
                }
                // "المبعوث الخاص للرئيس": a post in the genitive of the one before names whom he serves.
                // "القائد العام للقوات المسلحة" heads a body: its holder is named after it.
                last_post_of_post =
                    chain.post && !title.office && item->proclitics.find(kPrepositionLam) != std::string_view::npos;
                // "المتحدث باسم الرئيس الأفغاني أشرف غني": a person's post after one that speaks for
                // someone is whose he speaks for; the name after it is that one's.
                const bool for_post = speaks_for_title(chain.title_en);
                if (chain.post && for_post && j == post_end && !title.office && !title.honorific)
                    chain.for_post_holder = true;
                chain.title_en += (chain.title_en.empty() ? "" : " ") + title.title_en;
                chain.office = chain.office && title.office;
                // "مسؤول تركي", not "المسؤول التركي" (the one already named).
                chain.source =
                    chain.source || (title.source && (title.group || title.anonymous || !is_definite(tokens_[j].text)));
                chain.group = chain.group || title.group;
                chain.outside_state = chain.outside_state && title.outside_state;
                chain.standing_only = chain.standing_only && title.standing;
                chain.post = true;
                chain.definite_post = is_definite(tokens_[item->last - 1].text);
                body_with_clitic = !item->proclitics.empty();
                post_start = j;
                j = post_end = item->last;
            } else if (item && item->category == kActorAdjective && item->last == j + 1 && opens_name(j)) {
                // "الأمير تركي بن محمد": before بن a nationality word is the given name that follows the title.
                break;
            } else if (item && (item->category == kActorAdjective || item->category == kActorName) &&
                       right_after_title(j) && (chain.post || chain.honorific) && remembered_by_surname(*item)) {
                // "قال اللواء منصور التركي ... وقال اللواء التركي": the surname of one named before; so is a state's
                // name after a form of address ("الدكتور عبدالله بن محمد السويد ... وقال د. السويد").
                break;
            } else if (item && item->category == kActorName && chain.post && chain.definite_post && j == post_end &&
                       item->proclitics.empty() && !after_destination && !also_nationality(s_, *item) &&
                       r_.actors[item->payload].kind == "country") {
                // "وانتقد الوزير إيران": a post with its article governs no name; the state after it is the verb's
                // object ("وزير خارجية إيران" is Iran's; "السفارة السعودية" is a nationality word).
                break;
            } else if (item && (item->category == kActorAdjective || item->category == kActorName)) {
                // "وزراء خارجية أمريكا وروسيا والسعودية": a state's name joined by و after the post's own state
                // is another's post ("سفير خادم الحرمين الشريفين لدى أستراليا ونيوزيلاندا": where he serves).
                if (!chain.affiliation.empty() && !after_destination && item->category == kActorName &&
                    item->proclitics.substr(0, kConjunctionWaw.size()) == kConjunctionWaw)
                    break;
                if (!after_destination && chain.affiliation.empty()) {
                    chain.affiliation = r_.actors[item->payload].id;
                    state_by_description = item->category == kActorAdjective;
                    chain.indefinite_nationality = state_by_description && chain.post && !chain.definite_post &&
                                                   !is_definite(tokens_[j].text) && item->proclitics.empty() &&
                                                   !is_definite(tokens_[post_start].text);
                }
                // "وزارة الداخلية في البحرين": an office in a state is that state's (a person's post there
                // is where he serves: "السفير الأمريكي في بغداد"; "الوفد إلى عمّان" goes there).
                if (after_destination && s_.has_class(j - 1, kMembership) && chain.affiliation.empty() && chain.post &&
                    chain.office && j == post_end + 1 && item->category == kActorName &&
                    r_.actors[item->payload].kind == "country")
                    chain.affiliation = r_.actors[item->payload].id;
                // "القيادي في حزب الله", "عضو في الكونغرس": a body after في is the one he belongs to; a state
                // there is where he serves.
                if (after_destination && s_.has_class(j - 1, kMembership) && chain.post && !chain.office &&
                    chain.member_of.empty() && r_.actors[item->payload].kind != "country" && !describes_member(t))
                    chain.member_of = r_.actors[item->payload].id;
                j = item->last;
            } else if (item && item->category == kMediaName && chain.post && !chain.definite_post &&
                       chain.affiliation.empty() && item->proclitics.find(kPrepositionLam) == std::string_view::npos) {
                // "مراسلة بي بي سي": a correspondent or editor serves the outlet; "لوكالة الأنباء" is
                // whom he spoke to.
                chain.affiliation = r_.media[item->payload].id;
                j = item->last;
            } else if (const std::string* body = spoken_for_body(chain, j, post_end, item)) {
                // "المتحدث باسم المنظمة": a body's head noun alone, after a post that speaks for
                // someone, is the body of that kind last named ("منظمة الصحة العالمية").
                chain.affiliation = *body;
                ++j;
            } else if (item && item->category == kPlace && after_destination) {
                // "القنصل العام للمملكة في لوس انجلوس السفير فيصل السديري": a post after the place
                // is another post of the same person.
                after_destination = false;
                after_place = true;
                j = item->last;
            } else if (item && item->category == kPlace && chain.post && chain.affiliation.empty() &&
                       !r_.places[item->payload].state.empty()) {
                // "أمير مكة", "محافظ جدة": the state of the place he governs; not of where a company, a
                // chamber or a community abroad is ("رئيس الجالية اليمنية بالمنطقة الشرقية").
                if (!company_between(t, j)) {
                    chain.affiliation = r_.places[item->payload].state;
                    state_by_description = true;
                }
                j = item->last;
            } else if (s_.has_class(j, kTitleFiller)) {
                ++j;
            } else if (s_.has_class(j, kDestination) && s_.item(j + 1) &&
                       (s_.item(j + 1)->category == kActorName || s_.item(j + 1)->category == kPlace ||
                        (s_.item(j + 1)->category == kTitle && r_.titles[s_.item(j + 1)->payload].office))) {
                after_destination = true;
                ++j;
            } else if (chain.post && s_.has_class(j, kDestination) && j + 2 < s_.last &&
                       s_.has_class(j + 1, kPlaceNoun) && !s_.item(j + 1) && is_category(j + 2, kPlace)) {
                // "عضو البرلمان العراقي عن محافظة البصرة", "مدير عام فرع الهيئة في منطقة الرياض": where he
                // serves, its kind of place named first, as after a destination word and the place alone; a post
                // no state was named for serves the place's ("المسؤول في مدينة سبها").
                const PlaceEntry& place = r_.places[s_.item(j + 2)->payload];
                if (chain.affiliation.empty() && !place.state.empty()) {
                    chain.affiliation = place.state;
                    state_by_description = true;
                }
                after_destination = false;
                after_place = true;
                j = s_.item(j + 2)->last;
            } else if (const std::size_t body = body_after(j); chain.post && chain.affiliation.empty() && body) {
                // "رئيس لجنة الاحتراف بالاتحاد السعودي", "وزيرة التخطيط والتعاون الدولي
                // الأردنية": the body or state a few words on.
                // "الرئيس التنفيذي للشركة السعودية للخدمات الأرضية": the state is the company's, and
                // its chief speaks for none.
                const LexiconItem& named = *s_.item(body);
                // The office goes on with the chain as a post of its own.
                if (named.category == kTitle) {
                    j = body;
                    continue;
                }
                chain.state_further_on = true;
                if (!company_between(j, body)) {
                    chain.affiliation =
                        named.category == kPlace ? r_.places[named.payload].state : r_.actors[named.payload].id;
                    state_by_description = named.category != kActorName;
                }
                j = named.last;
            } else if (chain.post && s_.has_class(j, kPlaceNoun) && j + 1 < s_.last && is_category(j + 1, kPlace)) {
                // "المتحدث الرسمي لهيئة الهلال الأحمر السعودي بمنطقة تبوك خالد العنزي": where the post
                // is held, before its holder's name.
                const std::string& state = r_.places[s_.item(j + 1)->payload].state;
                if (chain.affiliation.empty() && !after_destination) {
                    chain.affiliation = state;
                    state_by_description = true;
                }
                j = s_.item(j + 1)->last;
            } else {
                break;
            }
        }
        if (!chain.post) chain.office = chain.outside_state = chain.standing_only = false;
        chain.end = j;
        // "المدرب الألماني يورغن كلوب", "مدرب الفريق المصري", "المدير الفني لتشيلسي": a post outside the state
        // speaks for no state; the nationality or the place after it is only his or his club's (it still tells
        // how his name is read). A state named after it is whose team he coaches ("مدرب المكسيك").
        // So is a form of address or a descriptor with no post ("الباحث السعودي", "الكاتب الفرنسي"): he speaks
        // for himself.
        chain.nationality_only =
            (chain.outside_state || !chain.post) && !chain.affiliation.empty() && state_by_description;
        chain.heads_unknown_body = chain.post && !chain.office && !chain.definite_post &&
                                   !is_definite(tokens_[post_start].text) && chain.affiliation.empty() &&
                                   j == post_end && j < s_.last && tokens_[j].kind == TokenKind::word && !s_.item(j) &&
                                   !is_name_word(j);
        // "مدرب الفريق رينارد ستامب", "مدير إدارة الرقابة الشاملة عبدالعلي المكرمي": a post without its
        // article governs the nouns after it, then two words of a name follow.
        constexpr std::size_t kLongestGoverned = 4;
        std::size_t governed = j;
        if (chain.post && !chain.definite_post && j == post_end && !is_definite(tokens_[post_start].text))
            while (governed < s_.last && governed < j + kLongestGoverned && !s_.item(governed) &&
                   tokens_[governed].kind == TokenKind::word &&
                   (starts_like_description(tokens_[governed].text) || ends_in_teh_marbuta(governed)))
                ++governed;
        chain.before_unread_name =
            chain.post && (unread_name_end(j) != kNoName || (governed > j && foreign_name_at(governed)));
        // "مستشاره علي أكبر ولايتي" (his adviser) names the adviser; "الفريق أول صدقي صبحي" the general.
        const bool speaks_for = speaks_for_title(chain.title_en);
        // "متحدث عراقي": a spokesman speaks for his state on the record, named or not.
        chain.indefinite_nationality = chain.indefinite_nationality && !s_.has_class(post_start, kOnRecord);
        const bool indefinite_post = chain.post && !chain.definite_post && !is_definite(tokens_[post_start].text) &&
                                     !clitic_and_article(tokens_[post_start].text) &&
                                     !written_ending_with(normalized_, original_, tokens_[post_end - 1], kWrittenHa);
        chain.serves_person =
            chain.post && is_category(j, kPerson) &&
            ((j == post_end && (indefinite_post || speaks_for || last_post_of_post)) || chain.for_post_holder);
        return chain;
    }

    // "المدير الإقليمي للبرنامج مهند هادي" after "برنامج الأغذية العالمي": so is the head noun with ل and
    // the article right after any post and before its holder, the body whose post it is.
    const std::string* spoken_for_body(const Chain& chain, std::size_t j, std::size_t post_end,
                                       const LexiconItem* item) const {
        if (item || !chain.post || j != post_end || !chain.affiliation.empty() || tokens_[j].kind != TokenKind::word)
            return nullptr;
        // "باسم الاتحاد العراقي": a nationality word or a name after the noun says whose body it is.
        if (is_category(j + 1, kActorAdjective) || is_category(j + 1, kActorName) || is_category(j + 1, kPlace))
            return nullptr;
        const std::string_view word = tokens_[j].text;
        if (speaks_for_title(chain.title_en) && is_definite(word)) return memory_.body_by_head(without_article(word));
        // Only right before the holder's name ("المتحدث الرسمي للاتحاد يقول" names neither him nor the
        // body for sure), and no adjective after the noun: "الأمين العام للاتحاد العالمي للنقابات" names
        // another body in full.
        const bool holder_next = j + 1 < s_.last && (given_name(j + 1) || s_.has_class(j + 1, kForeignFirstName) ||
                                                     is_category(j + 1, kTitle) || is_category(j + 1, kPerson));
        constexpr std::size_t kShortestHead = 6;  // three letters
        if (holder_next && word.size() >= kLamWithArticle.size() + kShortestHead && starts_with(word, kLamWithArticle))
            return memory_.body_by_head(word.substr(kLamWithArticle.size()));
        return nullptr;
    }

    // A name no list knows, read as one: two words (three are as often a noun phrase: "تخصيص مبلغ
    // إضافي"), none a verbal noun of a derived verb ("اتخاذ قرار") or written with a final ه, the mark
    // of an attached pronoun ("دعم بلاده", "جاء نصه").
    // After a state's post, three words before a comma, a clause, a function word or a date ("وزير خارجية إسبانيا
    // خوسيه غارسيا مارغايو،", "السفير الصيني في اليابان تشنغ يونغ هوا عن"), none an adverb with nunation.
    bool foreign_name_at(std::size_t t, bool three_words = false) const {
        const std::size_t end = unread_name_end(t);
        if (end == kNoName || end < t + 2 || end > t + (three_words ? 3 : 2)) return false;
        if (end == t + 3 && (end >= s_.last || !(is_comma(tokens_[end]) || s_.has_class(end, kClause) ||
                                                 s_.has_class(end, kFunctionWord) || in_date(end))))
            return false;
        for (std::size_t w = t; w < end; ++w)
            if (derived_verbal_noun(tokens_[w].text) ||
                written_ending_with(normalized_, original_, tokens_[w], kWrittenHa) ||
                (end == t + 3 && with_nunation(w)))
                return false;
        return true;
    }

    // Where a name no list knows, starting at `t`, ends; kNoName when the words there are none.
    std::size_t unread_name_end(std::size_t t) const {
        // "أليسكيس تسيبراس": a foreign name that opens with أل, as written, has no article.
        const auto with_article = [&](std::size_t w) {
            return starts_like_description(tokens_[w].text) &&
                   !opens_with_hamza_above(normalized_, original_, tokens_[w]);
        };
        if (t >= s_.last || !is_name_word(t) || s_.item(t) || with_article(t) || opens_with_conjunction(t))
            return kNoName;
        const std::size_t end = name_run(t);
        // The clause goes on after it, or its object does ("رينارد ستامب قناعته": his conviction), or,
        // after a name with no word with the article, what the verb goes on to after a preposition
        // ("نوه وزير الخارجية السلوفاكي ميروسلاف لاجاك بالعلاقات"; not "خالص التعازي للقيادة").
        constexpr std::size_t kShortestWithPronoun = 5;
        const auto plain_words = [&] {
            for (std::size_t w = t; w < end; ++w)
                if (with_article(w)) return false;
            return true;
        };
        if (end == kNoName || words_in_name(t, end) < 2 ||
            !(ends_subject(end) || (end < s_.last && in_date(end)) ||
              with_attached_pronoun(end, kShortestWithPronoun) ||
              (end < s_.last && clitic_and_article(tokens_[end].text) && plain_words())))
            return kNoName;
        // Not the nouns a post governs ("لجنة الاحتراف", "جهاز الأمن القومي", "مطار الملك"): no word
        // ends in ة or names a place after someone, and only a family name of descent ("بتال العتيبي")
        // has the article.
        for (std::size_t w = t; w < end; ++w)
            if (ends_in_teh_marbuta(w) || s_.has_class(w, kNamedAfter) ||
                (with_article(w) && (w + 1 != end || !family_name_of_descent(w))))
                return kNoName;
        return end;
    }

    // A nationality or post word, one word with no clitic, that is the surname of a person named before.
    bool remembered_surname(const LexiconItem& adjective) const {
        return adjective.last == adjective.first + 1 && adjective.proclitics.empty() &&
               memory_.by_last_name(tokens_[adjective.first].text);
    }

    // In quotes alone: a word of a post that is the family name of one named before.
    bool quoted_surname(const LexiconItem& title) const {
        const std::size_t t = title.first;
        return t > s_.first && t + 1 < s_.last && is_quote(tokens_[t - 1]) && is_quote(tokens_[t + 1]) &&
               remembered_surname(title);
    }

    // In quotes or right after a verb: "وأشار "هندي"" is the astronomer named in full above, not India.
    bool surname_said_again(const LexiconItem& adjective) const {
        const std::size_t t = adjective.first;
        if (t == s_.first || !remembered_surname(adjective)) return false;
        // "وقال السويد": a state's name as a family name has the article.
        if (adjective.category == kActorName && !is_definite(tokens_[t].text)) return false;
        const bool quoted = is_quote(tokens_[t - 1]) && t + 1 < s_.last && is_quote(tokens_[t + 1]);
        return quoted || is_category(t - 1, kTrigger);
    }

    // Whether a title's last word stands right before `t`.
    bool right_after_title(std::size_t t) const {
        const LexiconItem* before = t > s_.first ? s_.item(t - 1) : nullptr;
        return before && before->category == kTitle && before->last == t;
    }
    // Whether a form of address ("الدكتور", "السيد") ends right before `t`.
    bool right_after_form_of_address(std::size_t t) const {
        return right_after_title(t) && r_.titles[s_.item(t - 1)->payload].honorific;
    }

    // With the article, after a post: "وقال اللواء التركي".
    bool remembered_by_surname(const LexiconItem& adjective) const {
        return is_definite(tokens_[adjective.first].text) && remembered_surname(adjective);
    }

    // The person remembered by the surname at `t`, named again by it alone.
    void surname_again(std::size_t t, PersonRef& person) const {
        person.name_first = t;
        person.name_last = person.last = t + 1;
        take_remembered(*memory_.by_last_name(tokens_[t].text), person);
    }

    // A known person's surname alone whose state is not that of the post before it.
    bool surname_of_another_state(const LexiconItem& item, const std::string& post_state) const {
        if (item.last != item.first + 1 || post_state.empty()) return false;
        const std::string& own = r_.people[item.payload].affiliation;
        const ActorEntry* own_actor = r_.actor(own);
        const ActorEntry* post_actor = r_.actor(post_state);
        return own != post_state && own_actor && own_actor->kind == "country" && post_actor &&
               post_actor->kind == "country";
    }

    // A known person, with the title after the name when there is one:
    // "ألكسندر لافرنتييف، المبعوث الخاص ..." or "أشتون كارتر وزير الدفاع الأمريكي".
    // A known person's surname alone ("تشافيز", "بيريز") is someone else's when the article named
    // another person of that surname, or, with no title before it (`titled`), when the known person
    // left office over a year before the article and the article has not named him in full: the
    // news names a former leader in full or by his former post.
    bool someone_else_by_surname(const LexiconItem& item, bool titled = false) const {
        // "عايض بن مبارك بن صياد": a known name that opens with "بن" continues another person's
        // given name ("بن مبارك" is the Yemeni minister only on his own).
        const bool opens_with_son_of =
            std::find(std::begin(kSonOf), std::end(kSonOf), tokens_[item.first].text) != std::end(kSonOf);
        if (item.first > s_.first && is_name_word(item.first - 1) && !s_.item(item.first - 1) && opens_with_son_of)
            return true;
        // "وأضاف بن مبارك" after "العقيد شبنان بن مبارك القرني": the part of a name the article gave in full.
        if (opens_with_son_of && item.last == item.first + 2) {
            thread_local std::string part;
            part.assign(tokens_[item.first].text).append(" ").append(tokens_[item.first + 1].text);
            const PersonEntry& entry = r_.people[item.payload];
            if (std::any_of(memory_.persons.begin(), memory_.persons.end(), [&](const PersonRef& p) {
                    return p.id != entry.id && p.name_ar_folded.find(part) != std::string::npos;
                }))
                return true;
        }
        if (item.last != item.first + 1) return false;
        const PersonEntry& entry = r_.people[item.payload];
        if (std::any_of(memory_.persons.begin(), memory_.persons.end(),
                        [&](const PersonRef& p) { return p.id == entry.id; }))
            return false;
        const std::string_view full_name = entry.name_ar_folded;
        if (const PersonRef* named = memory_.by_last_name(tokens_[item.first].text))
            return r_.person_by_id.count(named->id) ||
                   !may_be_one_name(first_word(named->name_ar_folded), first_word(full_name));
        // "الفنان ناصر القصبي" is not "ماجد القصبي": a given name right before the surname that is
        // none of the known person's names.
        if (const std::size_t before = item.first - 1;
            item.first > s_.first && given_name(before) && !s_.item(before)) {
            std::string_view given = tokens_[before].text;
            if (conjunction_before_given_name(before)) given.remove_prefix(kConjunctionWaw.size());
            bool one_of_his = false;
            for (std::size_t at = 0; at < full_name.size() && !one_of_his;) {
                const std::size_t end = std::min(full_name.find(' ', at), full_name.size());
                one_of_his = may_be_one_name(given, full_name.substr(at, end - at));
                at = end + 1;
            }
            if (!one_of_his) return true;
        }
        if (titled || !publication_) return false;
        constexpr int kMonthsAfterOffice = 12;
        const int published = publication_->year * 12 + publication_->month - 1;
        // "وأبدى فلين سعادته بالجهاز" in 2015: one known only as the holder of an office he took over a year
        // after the article is someone else of that name.
        if (entry.took_office) {
            const int took = entry.took_office / 100 * 12 + entry.took_office % 100 - 1;
            if (took - published > kMonthsAfterOffice) return true;
        }
        if (!entry.left_office) return false;
        const int left = entry.left_office / 100 * 12 + entry.left_office % 100 - 1;
        return published - left > kMonthsAfterOffice;
    }

    void known_person(const LexiconItem& item, PersonRef& person) const {
        from_lexicon(item, person);
        if (given_spelled_otherwise(item)) person.first = item.first - 1;
        person.name_first = person.first;
        person.name_last = item.last;
        person.last = item.last;
        extend_over_particles(person);
        apposition(person);
    }

    // "سرجي لافروف" is the known "سيرغي لافروف": a word no lexicon knows right before a known family
    // name alone, spelling the known person's given name otherwise.
    bool given_spelled_otherwise(const LexiconItem& item) const {
        if (item.last != item.first + 1 || item.first == s_.first) return false;
        const std::size_t given = item.first - 1;
        const std::string_view full_name = r_.people[item.payload].name_ar_folded;
        if (full_name.find(' ') == std::string_view::npos || tokens_[given].kind != TokenKind::word || s_.item(given) ||
            classes_of(given) != 0 || !could_be_name_word(given))
            return false;
        if (!s_.persons.empty() && s_.persons.back().last > given) return false;
        return may_be_one_name(tokens_[given].text, first_word(full_name));
    }

    // "لكرة القدم", "للكرة الطائرة": the sport a body is for, written with ل, describes the body ("نادي"
    // or "المنتخب" after a post names a team, whose holder's name is not read past it).
    bool sport_purpose(std::size_t t) const {
        const auto with_lam = [&](std::size_t w) { return starts_with(tokens_[w].text, kPrepositionLam); };
        return s_.has_class(t, kSport) &&
               (with_lam(t) || (t > s_.first && s_.has_class(t - 1, kSport) && with_lam(t - 1)));
    }

    // Where the words from `k` that describe a post end ("لشؤون البحث الجنائي"): `k` when there are none.
    std::size_t description_end(std::size_t k) const {
        std::size_t start = k;
        // "للشؤون" names a portfolio, not where he serves; a nationality word after the first
        // ("للشؤون الأفريقية") describes the portfolio too.
        const auto portfolio_adjective = [&](std::size_t t) {
            const LexiconItem* item = s_.item(t);
            return t > k && item && item->category == kActorAdjective && item->first == t && item->last == t + 1 &&
                   item->proclitics.empty() && !nationality_given_name(t);
        };
        // "رئيس الاتحاد السعودي للرياضات البحرية": a body's one word with the article right after a noun with it
        // that no list reads describes that noun ("البحرية", the navy, is marine here).
        const auto office_adjective = [&](std::size_t t) {
            const LexiconItem* item = s_.item(t);
            const std::string_view noun = tokens_[t - 1].text;
            return t > k && item && item->category == kTitle && item->first == t && item->last == t + 1 &&
                   item->proclitics.empty() && r_.titles[item->payload].office && is_definite(tokens_[t].text) &&
                   !s_.item(t - 1) && (is_definite(noun) || clitic_and_article(noun));
        };
        // "المبعوث الأممي للشرق الأوسط نيكولاي ملادينوف": a word of direction after ل and the article, and
        // the one with the article after it ("الأوسط"), are the region of his portfolio, not words that
        // end a name ("شرق البلاد").
        // So after إلى ("موفد الأمم المتحدة إلى الشرق الأوسط نيكولاي ملادنوف").
        const auto portfolio_region = [&](std::size_t t) {
            const auto direction = [&](std::size_t w) { return classes_of(w) == class_bit(kFunctionWord); };
            const auto region_opens = [&](std::size_t w) {
                return starts_with(tokens_[w].text, kLamWithArticle) ||
                       (w > s_.first && is_definite(tokens_[w].text) && s_.has_class(w - 1, kDestination));
            };
            return direction(t) && (region_opens(t) ||
                                    (t > k && is_definite(tokens_[t].text) && direction(t - 1) && region_opens(t - 1)));
        };
        // "مدير إدارة الطوارئ الصحية بالمحافظة سعيد الزهراني", "رئيس لجنة الزواج الجماعي في القرية إسماعيل
        // الغامدي": the nouns the post governs, then the holder's given name.
        // A place there is where he serves ("بصحة الطائف").
        // A name in quotation marks there is the body's ("في حزب «المؤتمر الوطني»").
        constexpr int kLongestDescription = 8;
        std::size_t quotes = 0;
        for (int skipped = 0; skipped < kLongestDescription && start < s_.last && !given_name(start) &&
                              (tokens_[start].kind == TokenKind::word ||
                               (start > k && (is_quote(tokens_[start]) || tokens_[start].kind == TokenKind::number)));
             ++skipped) {
            const LexiconItem* item = s_.item(start);
            // "كبير المفاوضين الإيرانيين في الملف النووي عباس عراقجي": في right after the post, before a
            // plain noun with the article, opens the matter he deals with (before a place or a body it is
            // where he is: "وزير الخارجية الأمريكي في الرياض عادل الجبير" met someone there).
            // So does a noun governing one with the article ("مساعدة الرئيس الإيراني في شؤون المرأة").
            const bool matter_after_post = start == k && s_.has_class(k, kMembership) && !item && k + 1 < s_.last &&
                                           !s_.item(k + 1) &&
                                           (starts_like_description(tokens_[k + 1].text) ||
                                            (k + 2 < s_.last && classes_of(k + 1) == 0 && !s_.item(k + 2) &&
                                             starts_like_description(tokens_[k + 2].text)));
            if (matter_after_post) {
                ++start;
            } else if (is_quote(tokens_[start])) {
                // 'المتحدث الرسمي للمؤسسة العامة للتدريب "فهد العتيبي"؛': quoted words that open with a given
                // name, or a form of address, after the post's words are its holder's name.
                if (quotes % 2 == 0 && start > k && quoted_name_at(start + 1)) break;
                ++quotes;
                ++start;
            } else if (quotes % 2 != 0 && !item) {
                ++start;
            } else if (start > k && tokens_[start].kind == TokenKind::number &&
                       tokens_[start - 1].kind == TokenKind::word) {
                // "مهرجان أبها للتسوق الـ 17", "عيد طيبة 36": the number of the body's session or year.
                ++start;
            } else if (item && item->first == start &&
                       (item->category == kPlace || item->category == kOrdinal ||
                        // "لنصرة الأشقاء في سورية بلبنان": a state after في or ب is where the body works.
                        (item->category == kActorName && start > k &&
                         (s_.has_class(start - 1, kDestination) || item->proclitics == kPrepositionBa)))) {
                start = item->last;
            } else if ((!item && ((classes_of(start) & ~(class_bit(kDestination) | class_bit(kTitleFiller) |
                                                         (sport_purpose(start) ? class_bit(kSport) : 0))) == 0 ||
                                  (s_.has_class(start, kDestination) &&
                                   (start > k || (start + 1 < s_.last && portfolio_region(start + 1)))) ||
                                  portfolio_region(start))) ||
                       portfolio_adjective(start) || office_adjective(start)) {
                ++start;
            } else {
                break;
            }
        }
        return quotes % 2 != 0 ? k : start;
    }

    // "الرئيس التنفيذي للمجموعة عبدالله الداود", "وزير الموارد المائية حسن الجنابي": words
    // describing the post may stand between the title and a name that opens with a given name.
    // After a state's post (`state_post`), a name no list knows may follow them too: "مساعدة الرئيس الإيراني في
    // شؤون المرأة شهيندخت مولاوردي، في تصريح".
    std::size_t skip_description(std::size_t k, bool state_post) const {
        const std::size_t start = description_end(k);
        if (start == k) return k;
        const LexiconItem* known = start < s_.last ? s_.item(start) : nullptr;
        // "المدير التنفيذي لشركة خالد القحطاني": the name after "شركة" is the company's ("للشركة لاري بيدج",
        // with the article, is the company's chief).
        if (s_.has_class(start - 1, kCompany) && !is_definite(tokens_[start - 1].text) &&
            !clitic_and_article(tokens_[start - 1].text))
            return k;
        // "رئيس اللجنة الدائمة للبحوث العلمية والإفتاء الشيخ عبدالعزيز": forms of address may stand
        // between the nouns and the name.
        const std::size_t name = past_forms_of_address(start);
        if (name > start && name < s_.last && (given_name(name) || is_category(name, kPerson))) return name;
        // "للشرق الأوسط -نيكولاي ملادينوف-": the name set off by a dash or a bracket after a portfolio (not
        // after a family name: "سلطان المتعب -مالك منتجع-" is his trade).
        const bool set_off_name = start + 1 < s_.last && starts_with(tokens_[k].text, kPrepositionLam) &&
                                  opens_apposition(tokens_[start]) && !is_comma(tokens_[start]) &&
                                  given_name(start + 1);
        if (((given_name(start) || nationality_given_name(start)) && is_name_word(start)) || set_off_name ||
            (known && known->category == kPerson) ||
            (start < s_.last && is_quote(tokens_[start]) && quoted_name_at(start + 1)))
            return start;
        // Its words, opened by a preposition, run on over the name: the name is the last words no list knows,
        // two or three, and the clause goes on after it.
        if (!state_post || !(s_.has_class(k, kDestination) || starts_with(tokens_[k].text, kPrepositionLam))) return k;
        constexpr std::size_t kLongestUnreadName = 3;
        std::size_t unread = start;
        while (unread > k + 1 && start - unread < kLongestUnreadName && !s_.item(unread - 1) &&
               classes_of(unread - 1) == 0)
            --unread;
        // The longest run that reads as a name: "في شؤون المرأة شهيندخت مولاوردي" has a noun with the article first.
        for (; unread + 2 <= start; ++unread)
            if (unread_name_end(unread) == start && !derived_verbal_noun(tokens_[unread].text)) return unread;
        return k;
    }

    // "السفير الكوري لدى المملكة كيم جين سو", "كيم جين سو، السفير لدى المملكة": a post with no state of its own
    // named, held in the state after لدى among its words [from, to), serves one the text does not tell, not the
    // host ("بلدي", with ب, is no لدى).
    bool held_in_host_state(const Chain& chain, std::size_t from, std::size_t to) const {
        if (!chain.post || !chain.affiliation.empty()) return false;
        for (std::size_t k = from; k < to && k < s_.last; ++k)
            if (s_.has_class(k, kAccreditedTo) && s_.class_clitic[k - s_.first] == 0) return true;
        return false;
    }

    // Past the forms of address that stand from `t` on ("الشيخ الدكتور"): where a name may open.
    std::size_t past_forms_of_address(std::size_t t) const {
        while (t < s_.last && is_category(t, kTitle) && s_.item(t)->first == t &&
               r_.titles[s_.item(t)->payload].honorific)
            t = s_.item(t)->last;
        return t;
    }

    // At `t`, after an opening quotation mark, a name of two words or more that opens with a given name, forms of
    // address before it, and the closing mark within a name's length ('"جميل"' is a body's name, '"على ضوء ..."'
    // words said).
    bool quoted_name_at(std::size_t t) const {
        t = past_forms_of_address(t);
        if (t + 1 >= s_.last || !given_name(t) || !is_name_word(t) || !is_name_word(t + 1)) return false;
        constexpr std::size_t kLongestQuotedName = 6;
        for (std::size_t close = t + 2; close < s_.last && close <= t + kLongestQuotedName; ++close)
            if (is_quote(tokens_[close])) return true;
        return false;
    }

    // "الوطنية", "لمكافحة": a word with the article or the genitive "ل".
    static bool describes(std::string_view word) {
        return starts_like_description(word) || (word.size() > 6 && word.substr(0, 2) == "\xD9\x84");
    }

    // Whether the words from `k` on, after a dash or a bracket at `opener`, are set off as a whole name,
    // which punctuation ends ("الرئيس (فلاديمير) بوتين" sets off a part).
    bool set_off_whole(std::size_t opener, std::size_t k) const {
        if (k == opener || is_comma(tokens_[opener]) || is_quote(tokens_[opener])) return true;
        constexpr std::size_t kLongestSetOff = 6;
        std::size_t close = k;
        while (close < s_.last && close < k + kLongestSetOff && tokens_[close].kind == TokenKind::word) ++close;
        const bool closed = close > k && (close == s_.last || tokens_[close].kind == TokenKind::punctuation);
        return closed && !(close + 1 < s_.last && is_name_word(close + 1));
    }

    // The name right after a title chain ending at `k`, if there is one.
    void name_after_title(const Chain& chain, std::size_t k, PersonRef& person) const {
        bool separated = false, quoted = false;
        if (k < s_.last && is_slash(tokens_[k])) ++k;
        const std::size_t opener = k;
        while (k < s_.last && (opens_apposition(tokens_[k]) || is_quote(tokens_[k]))) {
            separated = true;
            quoted = quoted || is_quote(tokens_[k]);
            ++k;
        }
        // "الناطق باسم حركة الجهاد الإسلامي -داود شهاب-": a dash or a bracket sets off the whole name.
        if (!set_off_whole(opener, k)) return;
        // "وقال اللواء التركي": the surname of one named before.
        if (const LexiconItem* adjective = s_.item(k);
            !separated && adjective && (adjective->category == kActorAdjective || adjective->category == kActorName) &&
            remembered_by_surname(*adjective)) {
            surname_again(k, person);
            return;
        }
        // "نائب وزير الخارجية الروسي للشؤون الأفريقية ميخائيل بوغدانوف": the portfolio before the name.
        const std::size_t described = k;
        if (!separated) {
            // "وزير الأوقاف الأردني الدكتور هايل داود": after a form of address, one word without
            // the article or a clitic before a given name opens the name, whose given name no list knows:
            // it is no noun of the post ("محلل أسواق المال أنس الراجحي" has two).
            const std::size_t start = skip_description(k, chain.post && !chain.affiliation.empty() && !chain.source);
            if (!(right_after_form_of_address(k) && start == k + 1 && !starts_like_description(tokens_[k].text) &&
                  !opens_with_conjunction(k) && !clitic_and_article(tokens_[k].text)))
                k = start;
            if (k > described && k + 1 < s_.last && is_quote(tokens_[k]) && quoted_name_at(k + 1)) {
                separated = quoted = true;
                k = past_forms_of_address(k + 1);
            }
            // "المبعوث الأممي الخاص للشرق الأوسط -نيكولاي ملادينوف-": the name set off after the portfolio.
            if (k > described && k + 1 < s_.last && tokens_[k].kind == TokenKind::punctuation &&
                opens_apposition(tokens_[k]) && !is_comma(tokens_[k])) {
                if (!set_off_whole(k, k + 1)) return;
                separated = true;
                ++k;
            }
            // "نائب وزير الخارجية الروسي للشؤون الأفريقية ميخائيل بوغدانوف": the nationality in a post's
            // description is whom its holder serves; an analyst's ("المحلل السياسي اليمني") is only his.
            for (std::size_t t = described; chain.post && !chain.outside_state && t < k && person.affiliation.empty();
                 ++t)
                if (is_category(t, kActorAdjective)) person.affiliation = r_.actors[s_.item(t)->payload].id;
        }
        const LexiconItem* next = s_.item(k);
        // "السفير النيوزيلندي لدى المملكة هاميش ماكماستر" is not the American known by that surname: a
        // known surname after a post of another state is someone else's, whose given name came before it.
        if (next && next->category == kPerson && surname_of_another_state(*next, person.affiliation)) {
            if (k > described && is_name_word(k - 1) && !s_.item(k - 1)) --k;
            next = nullptr;
        }
        // "قيادي في الجيش التابع لخليفة حفتر": one named with ل or ب is whom the post's body serves, not its holder.
        // A spokesman's is whom he speaks for ("المتحدث باسم المكتب الإعلامي للعبادي").
        if (next && next->category == kPerson && !speaks_for_title(chain.title_en) &&
            (next->proclitics.find(kPrepositionLam) != std::string_view::npos ||
             next->proclitics.find(kPrepositionBa) != std::string_view::npos))
            return;
        if (next && next->category == kPerson && !someone_else_by_surname(*next, true) && !describes_noun(*next)) {
            from_lexicon(*next, person);
            person.name_first = k;
            person.name_last = next->last;
            person.last = next->last;
            extend_over_particles(person);
            return;
        }
        // "نائب المدير التنفيذي لمؤسسة سالم بن محفوظ الخيرية": the name after a body named after someone
        // is its eponym's, not the post holder's.
        if (k > s_.first && s_.has_class(k - 1, kNamedAfter)) return;
        const std::size_t end = name_run(k);
        const std::size_t length = end == kNoName ? 0 : end - k;
        if (length == 0) return;
        // "وقال المسؤول "هبطت طائرة ...": a quote opens a quotation unless it closes right after the name.
        if (quoted && !given_name(k) && (end >= s_.last || !is_quote(tokens_[end]))) return;
        // "مدير عام «الحي اليهودي»": quoted words that open with the article name a body, and so do
        // quoted words after a post with a form of address after them: 'مدير عام "تعليم الخرج" الدكتور ...'.
        if (quoted && starts_like_description(tokens_[k].text)) return;
        // 'رئيس "أكوا باور"': after a post, quoted words with no given name name the body he heads.
        if (quoted && chain.post && !given_name(k) && !memory_.by_last_name(tokens_[end - 1].text)) return;
        if (quoted && chain.post && end + 1 < s_.last && is_quote(tokens_[end]) && is_category(end + 1, kTitle) &&
            r_.titles[s_.item(end + 1)->payload].honorific)
            return;
        // "مدير سجون حائل اللواء عبد الرحمن الحازمي": words with no given name between a post and a
        // rank or form of address name the body; the name follows the second title.
        // "الأمير تركي بن محمد": a nationality word that "بن" joins to the next is a given name.
        const bool joined = length >= 3 && !given_name(k) && opens_name(k);
        if (!quoted && chain.post && !given_name(k) && !joined && end < s_.last && is_category(end, kTitle)) return;
        const bool known_last = length == 1 && memory_.by_last_name(tokens_[k].text) != nullptr;
        // After an honorific with its article ("السيد", "الدكتور", not "أستاذ علم ...") a name of two words or more
        // needs no given name, but does not open with the article (a noun phrase does).
        // Nor with a word ending in ة after a form of address for a man, a noun's ("يصف الكاتب حالة الأمن");
        // after one for a woman it is her name ("الدكتورة نائلة عطار").
        const bool addressed =
            chain.definite_honorific && length >= 2 && !starts_like_description(tokens_[k].text) &&
            (given_name(k) || !ends_in_teh_marbuta(k) || (k > s_.first && ends_in_teh_marbuta(k - 1)));
        // Without a comma or quotes, a name opens with a given name ("عادل الجبير"),
        // or ends with the last name of someone already introduced.
        // After a comma, words that open with the article and hold no given name are a noun phrase
        // ("مصدر من مجلس شورى كويتا، القيادة المركزية لحركة طالبان"), unless the last name is known.
        // So are a word with ب or ل before one with the article ("، بجهود الجامعة": the university's efforts).
        const bool governs_definite = !given_name(k) && k + 1 < end && opens_with_ba_or_lam(tokens_[k].text) &&
                                      starts_like_description(tokens_[k + 1].text) && !family_name_of_descent(k + 1);
        bool noun_phrase =
            separated && !quoted && !known_last && (starts_like_description(tokens_[k].text) || governs_definite);
        // "، الفريق ضاحي خلفان", "، الجمهوري جون بينر": a rank or a word before a given name is no noun phrase.
        for (std::size_t w = k; w < end && noun_phrase; ++w) noun_phrase = !given_name(w);
        // "وزير المالية اليوناني أقليدس تساكالوتوس إن": after a state's post, two words of a name no list
        // knows, then the clause goes on.
        const bool foreign_name =
            chain.post && !chain.affiliation.empty() && !chain.source && foreign_name_at(k, !chain.outside_state);
        // "اللواء مستور الحارثي": after a title of one word with its article, a word without it and a family
        // name of descent (…ي) name someone, whose given name no list knows ("نائب خادم الحرمين الشريفين
        // خالص التعازي" is what a longer title's holder offers).
        const bool with_family_name = !separated && length == 2 && is_category(k - 1, kTitle) &&
                                      s_.item(k - 1)->first == k - 1 && starts_like_description(tokens_[k - 1].text) &&
                                      !(k >= s_.first + 2 && s_.has_class(k - 2, kNameParticle)) &&
                                      !starts_like_description(tokens_[k].text) && family_name_of_descent(k + 1);
        // "العقيد عاطي بن عطية القرشي": a word no list knows, then بن and the father's name, opens a name.
        const bool fathers_name_next = length >= 3 && !s_.item(k) && s_.word_classes[k - s_.first] == 0 &&
                                       !starts_like_description(tokens_[k].text) &&
                                       s_.has_class(k + 1, kNameParticle) && !given_name(k + 1);
        // "رئيس الاتحاد السعودي تركي الخليوي": a nationality word without the article after the post is the given
        // name before a family name with it ("المدرب بولوني مران": the coach Bolóni and his training).
        const bool nationality_first = length >= 2 && nationality_given_name(k) && is_definite(tokens_[k + 1].text);
        const bool looks_like_name = (separated && !noun_phrase) || known_last || given_name(k) || addressed ||
                                     joined || foreign_name || with_family_name || fathers_name_next ||
                                     nationality_first;
        // One word after a comma is a name only if it is a given name or a known last name.
        const bool enough = length >= 2 || known_last || (separated && given_name(k));
        // "وأكد الشيخ ماجد": a title and a given name alone name the one introduced with both.
        if (length == 1 && given_name(k) && !s_.item(k) && !known_last && !separated && is_category(k - 1, kTitle) &&
            k + 1 < s_.last &&
            (tokens_[k + 1].kind == TokenKind::punctuation || s_.has_class(k + 1, kClause) ||
             s_.has_class(k + 1, kFunctionWord))) {
            const PersonRef* known = memory_.by_first_word(tokens_[k].text, true);
            // After a post, only one introduced with it: "الملك عبدالله" is not the Abdullah just quoted.
            if (known && (!chain.post || known->title_en == chain.title_en)) {
                person.name_first = k;
                person.name_last = person.last = k + 1;
                take_remembered(*known, person);
                return;
            }
        }
        if (looks_like_name && enough) {
            // "، الجمهوري جون بينر": the word before the given name describes him; the name starts there.
            std::size_t first = k;
            while (separated && first + 2 <= end && starts_like_description(tokens_[first].text) &&
                   !given_name(first) && given_name(first + 1))
                ++first;
            name_from_text(first, end, person);
            person.last = end;
        }
    }

    // "مساعد وزير الداخلية للعلاقات العامة والإعلام اللواء أبوبكر عبدالكريم": after a post, words of
    // the body it serves ("مدير سجون حائل"), then a rank or form of address and the name: one person.
    // The name `named` holds, for the post `person` holds.
    static void take_name(const PersonRef& named, PersonRef& person) {
        person.id = named.id;
        person.name_en = named.name_en;
        person.name_ar = named.name_ar;
        person.name_ar_folded = named.name_ar_folded;
        person.name_first = named.name_first;
        person.name_last = named.name_last;
        person.last = named.last;
        if (person.affiliation.empty()) person.affiliation = named.affiliation;
    }

    void name_after_body(const Chain& chain, PersonRef& person) const {
        if (!chain.post || chain.source) return;
        // The body's own words: no lexicon item, given name or function word, and no noun of a place
        // named after someone ("مدير مستشفى الملك فهد العام").
        constexpr std::size_t kLongestBody = 5;
        std::size_t k = chain.end;
        // A word opening with و goes on with the body's name only with the article ("للعلاقات العامة
        // والإعلام"); else it opens another phrase ("خادم الحرمين الشريفين وأخيه فخامة الرئيس").
        const auto conjoined_other = [&](std::string_view word) {
            return word.substr(0, kConjunctionWaw.size()) == kConjunctionWaw &&
                   !starts_like_description(word.substr(kConjunctionWaw.size()));
        };
        // Its short name in quotation marks is of it too ("محافظ مؤسسة النقد العربي السعودي «ساما»").
        std::size_t quotes = 0;
        while (k < s_.last && k < chain.end + kLongestBody + quotes) {
            if (is_quote(tokens_[k])) {
                ++quotes;
            } else if (tokens_[k].kind != TokenKind::word || s_.item(k) || given_name(k) ||
                       (s_.word_classes[k - s_.first] & kBuiltinWordClasses &
                        ~(class_bit(kCompany) | class_bit(kVenue) | class_bit(kPlaceNoun))) != 0 ||
                       conjoined_other(tokens_[k].text)) {
                break;
            }
            ++k;
        }
        if (quotes % 2 != 0) return;
        // "أمير منطقة عسير رئيس مجلس التنمية السياحية بالمنطقة، فيصل بن خالد": the body's words, then
        // the holder's name set off by a comma.
        // After a post with its article, a word with it describes the post ("الرئيس المخلوع، علي عبدالله
        // صالح"), and names no body.
        const bool describes_post = k > chain.end && chain.definite_post && is_definite(tokens_[chain.end].text) &&
                                    !clitic_and_article(tokens_[chain.end].text);
        if (k > chain.end && k + 1 < s_.last && is_comma(tokens_[k]) && !describes_post &&
            (given_name(k + 1) || is_category(k + 1, kPerson))) {
            PersonRef named;
            name_after_title(chain, k, named);
            if (named.named()) take_name(named, person);
            return;
        }
        if (k == chain.end || !is_category(k, kTitle)) return;
        // A rank or form of address of its own ("اللواء", "الدكتور"), not another post with its state
        // ("وهاجم نائب الوزير الكوري الشمالي بعنف مستشار الأمن القومي الأميركي").
        const Chain second = parse_chain(k);
        if (second.office || second.source) return;
        // Or a second post of the same state, written with its article ("مدير العلاقات العامة والإعلام
        // المتحدث الرسمي بأمانة منطقة الرياض إبراهيم الدعيلج"): the one who holds both.
        constexpr std::size_t kLongestRank = 2;
        const bool rank = second.end - k <= kLongestRank && second.affiliation.empty();
        const bool same_state = second.affiliation.empty() || second.affiliation == chain.affiliation ||
                                (chain.affiliation.empty() && second.affiliation == memory_.main_state());
        const bool body_ends_definite =
            starts_like_description(tokens_[k - 1].text) || clitic_and_article(tokens_[k - 1].text);
        if (!rank && !(same_state && body_ends_definite && starts_like_description(tokens_[k].text))) return;
        PersonRef named;
        name_after_title(second, second.end, named);
        // "... المتحدث الرسمي للمديرية العامة للسجون العميد أيوب بن نحيت": the second post serves a body too.
        if (!named.named()) name_after_body(second, named);
        if (!named.named()) return;
        if (person.affiliation.empty()) person.affiliation = second.affiliation;
        take_name(named, person);
    }

    // "الممثل الخاص لرئيس الاتحاد الروسي لدول الشرق الأوسط، نائب وزير الخارجية
    // ميخائيل بوغدانوف": a second title with the name follows a comma.
    void name_after_second_title(const Chain& chain, PersonRef& person) const {
        std::size_t comma = chain.end;
        while (comma < s_.last && comma < chain.end + 6 && !is_comma(tokens_[comma])) ++comma;
        if (comma + 1 >= s_.last || !is_comma(tokens_[comma]) || !is_category(comma + 1, kTitle)) return;
        // "والرئيس الكوري الجنوبي مون جيه-إن، والرئيس الأمريكي دونالد ترامب": a title opened by و, or
        // of another state, is another person's.
        if (s_.item(comma + 1)->proclitics.substr(0, kConjunctionWaw.size()) == kConjunctionWaw) return;
        const Chain second = parse_chain(comma + 1);
        if (!second.affiliation.empty() && !chain.affiliation.empty() && second.affiliation != chain.affiliation)
            return;
        const LexiconItem* next = s_.item(second.end);
        if (!second.office && next && next->category == kPerson && !someone_else_by_surname(*next, true)) {
            from_lexicon(*next, person);
            person.name_first = second.end;
            person.name_last = next->last;
            person.last = next->last;
            return;
        }
        // "قائد الحرس الثوري، الجنرال عزيز جعفري": a rank or form of address that names no state of
        // its own, then a name, is the holder of the post before the comma, and so after the words of
        // his portfolio ("مساعد القائد العام لشرطة دبي لشؤون البحث الجنائي، اللواء خليل إبراهيم المنصوري").
        if (second.office || !second.affiliation.empty() || (comma != chain.end && description_end(chain.end) != comma))
            return;
        PersonRef holder = person;
        name_after_title(second, second.end, holder);
        if (holder.named()) person = holder;
    }

    // A title with no name: an office speaks for its state; a post or
    // "معاليه" stands for the person it names in the sentences before.
    void resolve_unnamed(const Chain& chain, PersonRef& person) {
        if (person.office) {
            // "وزارة الخارجية الكازاخستانية"; "الوزارة" alone is the ministry last named. Another body
            // alone ("مجلس الوزراء") is of the state of the office last named only when the article is
            // about that state: not the cabinet of a state it signs an agreement with.
            if (person.affiliation.empty() && memory_.last_office) {
                const PersonRef& last = *memory_.last_office;
                if (std::string_view(last.title_en).substr(0, person.title_en.size()) == person.title_en) {
                    person.affiliation = last.affiliation;
                    person.id = person.affiliation;
                    return;  // the office last named stays the one named in full
                }
                if (last.affiliation == memory_.main_state()) person.affiliation = last.affiliation;
            }
            if (!person.affiliation.empty()) memory_.last_office = person;
            person.id = person.affiliation;
            return;
        }
        // "رئيس الجالية اليمنية" is the head of some body of the state: no one its title names.
        const PersonRef* known =
            chain.refers_back && !chain.post
                ? (chain.not_for ? memory_.last_named(*chain.not_for, *chain.only_for) : memory_.last_named())
            : chain.state_further_on || chain.heads_unknown_body || chain.before_unread_name ||
                    (chain.one_holder && office_holder(chain, person))
                ? nullptr
                : memory_.resolve_title(person);
        // One the lexicons do not list is not the holder of a post they give another at the article's date
        // ("أمير دولة الكويت" after "الأمير نواف بن فيصل", lent the state an article about Kuwait names most).
        if (known && !known->listed && office_holder(chain, person)) known = nullptr;
        if (known) {
            const std::size_t f = person.first, l = person.last;
            person = *known;
            person.first = f;
            person.last = l;
            person.name_first = person.name_last = 0;
        } else if (const PersonEntry* holder = office_holder(chain, person)) {
            // "وزير الخارجية السعودي" alone: who held the post at the article's date.
            person.listed = true;
            person.id = holder->id;
            person.name_en = holder->name_en;
            person.name_ar = holder->name_ar;
            person.name_ar_folded = holder->name_ar_folded;
        }
    }

    // Who held the post when the sentence says it was held: at a date the sentence gives before the
    // title ("وفي عام 1977 وافق الرئيس الأميركي"), else at the article's date.
    const PersonEntry* office_holder(const Chain& chain, const PersonRef& person) const {
        if (!publication_ || chain.former || !chain.post || chain.state_further_on || chain.heads_unknown_body ||
            person.affiliation.empty())
            return nullptr;
        const DateRef* told = nullptr;
        for (const DateRef& date : s_.dates)
            if (date.last <= person.first && !date.date.relative && !date.date.bounds_span &&
                date.date.value.size() >= 4)
                told = &date;
        if (!told) return r_.holder(chain.title_en, person.affiliation, publication_->year, publication_->month);
        const std::string& value = told->date.value;
        const int year = std::stoi(value.substr(0, 4));
        if (value.size() >= 7 && value[4] == '-' && std::isdigit(static_cast<unsigned char>(value[5])))
            return r_.holder(chain.title_en, person.affiliation, year, std::stoi(value.substr(5, 2)));
        // A year alone: the one who held the post all year.
        const PersonEntry* first = r_.holder(chain.title_en, person.affiliation, year, 1);
        return first == r_.holder(chain.title_en, person.affiliation, year, 12) ? first : nullptr;
    }

    // "قال أسامة بن لادن لمراسل إحدى المحطات": a title after a name, written with ل or ب, is whom he
    // spoke to or with.
    bool title_of_another(std::size_t t) const {
        const std::string_view proclitics = s_.item(t)->proclitics;
        return proclitics.find(kPrepositionLam) != std::string_view::npos ||
               proclitics.find(kPrepositionBa) != std::string_view::npos;
    }

    // What a chain gives a named holder: its state or body (not a nationality alone), else the body he is a
    // member of.
    static const std::string& chain_affiliation(const Chain& chain) {
        return chain.affiliation.empty() || chain.nationality_only ? chain.member_of : chain.affiliation;
    }

    // "الشيخ حمد بن جاسم، رئيس وزراء قطر الأسبق": a post after the name tells the
    // state the title before it did not.
    void apposition(PersonRef& person) const {
        std::size_t next = person.last;
        if (next < s_.last && opens_apposition(tokens_[next])) ++next;
        if (!is_category(next, kTitle)) return;
        // "الدكتور سعد بن خالد الجبري ووزير الثقافة": "و" opens the next person's title.
        if (s_.item(next)->proclitics.substr(0, kConjunctionWaw.size()) == kConjunctionWaw || title_of_another(next))
            return;
        const Chain chain = parse_chain(next);
        if (chain.office || !chain.post || chain.group) return;
        // "التقى عادل الجبير الرئيس الأمريكي باراك أوباما": a title before another name is that one's.
        if (opens_name(chain.end)) return;
        if (person.affiliation.empty()) person.affiliation = chain_affiliation(chain);
        if (person.title_en.empty()) person.title_en = chain.title_en;
        person.serves_no_state =
            person.serves_no_state || chain.outside_state || held_in_host_state(chain, next, chain.end);
        person.standing_only = chain.standing_only && (person.standing_only || person.title_en == chain.title_en);
        person.last = chain.end;
    }

    void titled_person(std::size_t t, PersonRef& person) {
        const Chain chain = parse_chain(t);
        if (!chain.nationality_only) person.affiliation = chain.affiliation;
        person.title_en = chain.title_en;
        person.office = chain.office;
        person.last = chain.end;
        person.title_gender = chain.gender;
        // "لتفضل سموه الكريم بافتتاح": a form of address with a pronoun stands for someone named
        // before, and the words after it are no name.
        const bool pronoun_only = chain.refers_back && !chain.post;
        if (chain.serves_person) {
            // Whom he serves tells his state.
            const LexiconItem& served = *s_.item(chain.end);
            if (person.affiliation.empty()) person.affiliation = r_.people[served.payload].affiliation;
            person.last = served.last;
            // His own name may follow, with a form of address or his portfolio first ("مستشار خامنئي
            // الدكتور علي أكبر ولايتي", "مستشارة أوباما لمكافحة الإرهاب ليزا موناكو").
            std::size_t name_at = served.last;
            if (is_category(name_at, kTitle)) {
                const Chain address = parse_chain(name_at);
                if (!address.post) name_at = address.end;
            }
            name_after_title(chain, name_at, person);
            return;
        }
        // No one's name follows a plural ("مصادر \"دنيا الرياضة\"" are the paper's sources).
        if ((!chain.office || chain.owner_post) && !pronoun_only && !chain.group && !unnamed_source(t, chain))
            name_after_title(chain, chain.end, person);
        if (person.named()) person.office = false;
        if (person.named() && person.affiliation.empty()) person.affiliation = chain.member_of;
        person.home_post = chain.post && chain.affiliation.empty() && chain.member_of.empty() && person.named();
        person.serves_no_state =
            chain.post &&
            (chain.outside_state || (person.affiliation.empty() &&
                                     held_in_host_state(chain, t, person.named() ? person.name_first : person.last)));
        person.standing_only = chain.post && chain.standing_only;
        if (person.named() && person.affiliation.empty()) apposition(person);
        if (!person.named() && !chain.office) name_after_body(chain, person);
        if (!person.named() && !chain.office) name_after_second_title(chain, person);
        // A source unnamed on purpose is no one the memory or the office holders can name.
        if (!person.named() && !chain.source) resolve_unnamed(chain, person);
        // Nor does an unnamed coach or company chief speak for the state of the nationality after his post.
        person.anonymous = (chain.source || chain.outside_state) && !person.named();
        // One of the many holders of a post of a state, written with no article ("وزير سوري"), whom no holder in
        // office resolves ("رئيس أمريكي" is the president), unless the text names him further on.
        person.unnamed_holder = chain.indefinite_nationality && person.id.empty() && !person.named();
        person.group = chain.group && !person.named();
    }

    bool opens_with_conjunction(std::size_t t) const {
        const std::string_view opening = tokens_[t].text.substr(0, kConjunctionWaw.size());
        return opening == kConjunctionWaw || opening == kConjunctionFa;
    }

    // With the article and no nisba ending, and shaped as a participle or verbal noun (الم…، الت…)
    // or a feminine or its plural (…ة، …ات): "المشرف", "التهنئة", "البلديات". Not …ين: الحسين، الأمين.
    bool noun_shaped(std::size_t t) const {
        const std::string_view word = tokens_[t].text;
        const std::string_view alef_lam = "\xD8\xA7\xD9\x84";
        if (word.substr(0, alef_lam.size()) != alef_lam || given_name(t) ||
            written_ending_with(normalized_, original_, tokens_[t], kWrittenYa))
            return false;
        const std::string_view stem = word.substr(alef_lam.size());
        constexpr std::size_t kShortestStem = 8;  // four letters
        const std::string_view mim = "\xD9\x85", teh = "\xD8\xAA", feminine_plural = "\xD8\xA7\xD8\xAA";
        return (stem.size() >= kShortestStem &&
                (stem.substr(0, mim.size()) == mim || stem.substr(0, teh.size()) == teh ||
                 stem.substr(stem.size() - feminine_plural.size()) == feminine_plural)) ||
               ends_in_teh_marbuta(t);
    }

    // "أكد مصدر مقرب من الفرنسي ميشال بلاتيني": a source described as close to someone, or inside
    // some body, is unnamed on purpose, and the name after it someone else's ("مسؤول الشرطة ماركوس
    // دانلادي", "مسؤول عمليات الإغاثة في الأمم المتحدة ستيفن أوبراين" are posts and their holders).
    bool unnamed_source(std::size_t t, const Chain& chain) const {
        const LexiconItem* title = s_.item(t);
        if (!chain.source || !title) return false;
        const std::size_t k = title->last;
        return k + 1 < s_.last && tokens_[k].kind == TokenKind::word && !s_.item(k) && !given_name(k) &&
               !starts_like_description(tokens_[k].text) &&
               (s_.has_class(k + 1, kDestination) || s_.has_class(k + 1, kFunctionWord));
    }

    // Ending in ين or ون, the masculine plural ("المسلمين", "المواطنون"), or a long feminine one.
    bool sound_plural(std::size_t t) const {
        const std::string_view word = tokens_[t].text;
        for (const std::string_view ending : {"\xD9\x8A\xD9\x86", "\xD9\x88\xD9\x86"})
            if (word.size() > ending.size() && word.substr(word.size() - ending.size()) == ending) return true;
        return feminine_plural(t);
    }
    // Ending in ات, the feminine plural ("الفعاليات"), and long enough for a stem before it.
    bool feminine_plural(std::size_t t) const {
        const std::string_view word = tokens_[t].text, ending = "\xD8\xA7\xD8\xAA";
        // Eight letters: family names such as الزيات، السادات are shorter.
        constexpr std::size_t kShortestLetters = 8;
        return utf8::count_code_points(word) >= kShortestLetters && word.size() >= ending.size() &&
               word.substr(word.size() - ending.size()) == ending;
    }

    bool ends_in_teh_marbuta(std::size_t t) const {
        return written_with_teh_marbuta(normalized_, original_, tokens_[t]);
    }

    // A boundary before a name with no title: the sentence start,
    // punctuation, a trigger or a function word.
    bool at_boundary(std::size_t t) const {
        return t == s_.first || tokens_[t - 1].kind == TokenKind::punctuation || is_category(t - 1, kTrigger) ||
               s_.has_class(t - 1, kFunctionWord);
    }

    // Right after a verb of saying or meeting: "وقال هيذر ناورت إن", "التقى جون كيري".
    bool after_verb(std::size_t t) const {
        const LexiconItem* before = t > s_.first ? s_.item(t - 1) : nullptr;
        if (!before || before->category != kTrigger || before->last != t) return false;
        const Frame frame = r_.triggers[before->payload].frame;
        return frame == Frame::speech || frame == Frame::encounter;
    }

    // The subject ends where the clause goes on: a comma, "إن", a preposition.
    bool ends_subject(std::size_t end) const {
        return end == s_.last || tokens_[end].kind == TokenKind::punctuation || s_.has_class(end, kClause) ||
               s_.has_class(end, kFunctionWord) || is_category(end, kTitle) || is_category(end, kTrigger);
    }

    void untitled_person(std::size_t t, PersonRef& person) {
        const bool quoted_before = t > s_.first && is_quote(tokens_[t - 1]);
        // "أكّد كيم والرئيس الكوري الجنوبي": a family name written first, alone, is the person named
        // with it before ("كيم جونغ أون"); followed by more of a name it opens another one.
        // "خالد الفيصل" named before: "أوضح فيصل الخديدي" is a given name, then more of another name.
        const bool opens_other_name = given_name(t) && t + 1 < s_.last && is_name_word(t + 1) &&
                                      (given_name(t + 1) || family_name_of_descent(t + 1));
        const PersonRef* known = opens_other_name ? nullptr : memory_.by_last_name(tokens_[t].text);
        std::size_t known_end = t + 1;
        // "رامي عبد الرحمن ... كما أشار عبد الرحمن": a family name that is a compound given name, written
        // apart, is remembered written as one word.
        // Not where a family name goes on: "عبد العزيز العكبري" is not "سلمان بن عبدالعزيز".
        const bool name_goes_on = t + 2 < s_.last && is_name_word(t + 2) &&
                                  (given_name(t + 2) || starts_like_description(tokens_[t + 2].text));
        if (!known && s_.has_class(t, kNameParticle) && t + 1 < s_.last && tokens_[t + 1].kind == TokenKind::word &&
            !name_goes_on) {
            known = memory_.by_last_name(std::string(tokens_[t].text) + std::string(tokens_[t + 1].text));
            if (known) known_end = t + 2;
        }
        if (!known && !is_name_word(t + 1)) known = memory_.by_first_word(tokens_[t].text);
        if (known) {
            person = *known;
            person.first = t;
            person.last = known_end;
            person.name_first = t;
            person.name_last = known_end;
            return;
        }
        // A subject right after a verb or at a boundary may be a name no list
        // knows ("وقالت هوا تشون ينغ، المتحدثة ..."), if a comma and a post follow.
        const bool opens =
            t == s_.first || (tokens_[t - 1].kind == TokenKind::punctuation && !is_comma(tokens_[t - 1]));
        // "وكان اقليدس تساكالوتوس وزير المالية اليوناني قد أجرى": كان opens its subject's clause too,
        // when a post follows the name.
        const bool after_auxiliary = t > s_.first && s_.has_class(t - 1, kAuxiliary);
        const bool subject = (after_verb(t) || opens || after_auxiliary) && !starts_like_description(tokens_[t].text);
        if (!given_name(t) && !quoted_before && !subject) return;
        // "اعتبر الطالب عبدالرحمن بن سعد العساف": after a plain noun with the article that describes him (no
        // post), a given name, بن and the father's given name name someone.
        const bool after_describing_noun = t > s_.first && tokens_[t - 1].kind == TokenKind::word && !s_.item(t - 1) &&
                                           classes_of(t - 1) == 0 && starts_like_description(tokens_[t - 1].text) &&
                                           !clitic_and_article(tokens_[t - 1].text);
        if (after_describing_noun && given_name(t) && !s_.has_class(t, kNameParticle) && t + 2 < s_.last &&
            s_.has_class(t + 1, kNameParticle) && given_name(t + 2) && !s_.item(t + 2)) {
            const std::size_t end = name_run(t);
            if (end != kNoName && end >= t + 3) {
                name_from_text(t, end, person);
                person.last = end;
                return;
            }
        }
        // "وقال المواطن محمد القحطاني", "أما المقيم خالد العون": so do a given name and a family name with the article
        // after such a noun that opens the subject, right after a verb of saying or أما.
        const bool noun_opens_subject =
            after_describing_noun && (after_verb(t - 1) || (t - 1 > s_.first && s_.has_class(t - 2, kAsFor)));
        if (noun_opens_subject && given_name(t) && !starts_like_description(tokens_[t].text) && t + 1 < s_.last &&
            !s_.item(t + 1) && classes_of(t + 1) == 0 && starts_like_description(tokens_[t + 1].text) &&
            ends_subject(t + 2)) {
            name_from_text(t, t + 2, person);
            person.first = t - 1;
            person.last = t + 2;
            return;
        }
        // "كانات توميش، نائب وزير الخارجية": a name, a comma, a title; either
        // form needs a given name first, quotes around the name, or the subject's place.
        std::size_t end = name_run(t);
        if (end == kNoName) end = t;
        // A name no list knows holds no given name or known person after its first word, no word
        // ending in teh marbuta, the mark of a noun or an adjective ("مصادر مطلعة"), and no word with
        // the article before its last ("جثمان الشهيد السبيعي").
        if (!given_name(t) && !quoted_before)
            for (std::size_t w = t; w < end; ++w)
                if ((w > t && (given_name(w) || is_category(w, kPerson))) || ends_in_teh_marbuta(w) ||
                    (w + 1 < end && starts_like_description(tokens_[w].text)))
                    return;
        std::size_t k = end;
        while (k < s_.last && is_quote(tokens_[k])) ++k;
        const bool quoted = quoted_before && k > end;
        const bool comma_title = k + 1 < s_.last && opens_apposition(tokens_[k]) && is_category(k + 1, kTitle) &&
                                 ((end - t >= 2 && (given_name(t) || subject)) || quoted);
        // "أشتون كارتر وزير الدفاع الأمريكي", "إبراهيم كالين المتحدث باسم الرئاسة": no
        // comma, so two or three words with a given name first or right after a verb.
        const std::size_t words = words_in_name(t, end);
        const bool plain_title = !comma_title && k == end && is_category(k, kTitle) && !title_of_another(k) &&
                                 words >= 2 && words <= 3 &&
                                 (given_name(t) || (subject && (after_verb(t) || after_auxiliary)));
        // "عبدالسميع عمر (خبير في تصنيع العطور)", "شروفنا -محلل مالي-": set off after the name, words
        // that hold no post describe him, and the name is read as if they were not there.
        const bool titled = comma_title || plain_title;
        const Chain chain = titled ? parse_chain(comma_title ? k + 1 : k) : Chain();
        if (titled && (chain.office || (!chain.post && plain_title))) return;
        if (titled && chain.post) {
            // "قال مفسر الاحلام الشيخ يوسف المنصور": a title alone right before a given name is that name's.
            const std::size_t title_at = comma_title ? k + 1 : k;
            if (!given_name(t) && chain.end == s_.item(title_at)->last && chain.end < s_.last && given_name(chain.end))
                return;
            name_from_text(t, end, person);
            if (person.affiliation.empty()) person.affiliation = chain_affiliation(chain);
            if (person.title_en.empty()) person.title_en = chain.title_en;
            person.serves_no_state = person.serves_no_state || chain.outside_state;
            person.last = chain.end;
            return;
        }
        // The subject of a verb of saying or meeting, a given name and one to
        // three more words: "وقال مايك بومبيو إن".
        // So before a preposition with the article that opens what the verb goes on to ("أشاد جميل بلقاسم
        // بالجهود"), after a name with no word but the last with the article, and none with a pronoun
        // ("ووصف سامر انتقاله بالخطوة" is his move, "فهد الابن الأكبر" his son).
        // Of a verb of saying only: "بحث جون كيندي للوفاق" is his search for it.
        const auto before_preposition = [&] {
            const LexiconItem* verb = s_.item(t - 1);
            if (end >= s_.last || !clitic_and_article(tokens_[end].text) ||
                r_.triggers[verb->payload].frame != Frame::speech)
                return false;
            constexpr std::size_t kShortestWithPronoun = 5;
            for (std::size_t w = t + 1; w < end; ++w)
                if ((w + 1 < end && starts_like_description(tokens_[w].text)) ||
                    with_attached_pronoun(w, kShortestWithPronoun) ||
                    written_ending_with(normalized_, original_, tokens_[w], kWrittenHa) || noun_shaped(w))
                    return false;
            return true;
        };
        if (given_name(t) && after_verb(t) && words >= 2 && words <= 4 && (ends_subject(end) || before_preposition())) {
            name_from_text(t, end, person);
            person.last = end;
            return;
        }
        // "أكد محمد العتيبي ضرورة الإسراع", "أكد محمد الخاطر وجود خلل": a given name, a family name with
        // the article, then the verb's object, a word without it. Not "عبد السلام دوابشة" (a given name of
        // two words), "حسين آل فويز", or "تؤكد غالب التحقيقات" (a plural after a word that is also a given name).
        const std::size_t object = t + 2;
        if (given_name(t) && !s_.has_class(t, kForeignFirstName) && !s_.has_class(t, kNameParticle) && after_verb(t) &&
            object < s_.last && is_name_word(t + 1) && !s_.has_class(t + 1, kNameParticle) &&
            starts_like_description(tokens_[t + 1].text) && !noun_shaped(t + 1) && !given_name(t + 1) &&
            !s_.item(t + 1) && tokens_[object].kind == TokenKind::word && !s_.item(object) && !given_name(object) &&
            !s_.has_class(object, kNameParticle) && !starts_like_description(tokens_[object].text) &&
            !clitic_and_article(tokens_[object].text)) {
            name_from_text(t, object, person);
            person.last = object;
        }
    }

    const Resources& r_;
    const NormalizedText& normalized_;
    std::string_view original_;
    const std::vector<Token>& tokens_;
    SentenceEntities& s_;
    PersonMemory& memory_;
    std::optional<CivilDate> publication_;
    const bool nunation_removed_;  // normalization removes every mark of nunation
    const std::vector<char>* name_words_ = nullptr;
    const std::vector<char>* nunation_words_ = nullptr;  // set by mark_nunation() where marks are removed
};

}  // namespace

void EntityRecognizer::find_persons(const NormalizedText& normalized, std::string_view original,
                                    const std::vector<Token>& tokens, SentenceEntities& s, PersonMemory& memory,
                                    std::optional<CivilDate> publication) const {
    PersonFinder(resources_, normalized, original, tokens, s, memory, publication).run();
}

// A state's name that is also a city's (الكويت، الجزائر، تونس، عمان): the place
// on the same span, or nullptr.
const LexiconItem* EntityRecognizer::city_reading(const SentenceEntities& s, const LexiconItem& item) const {
    if (item.category != kActorName) return nullptr;
    for (auto i = static_cast<std::size_t>(s.item_at[item.first - s.first]);
         i < s.items.size() && s.items[i].first == item.first; ++i)
        if (s.items[i].category == kPlace && s.items[i].last == item.last) return &s.items[i];
    return nullptr;
}

void EntityRecognizer::find_actors_places(const NormalizedText& normalized, std::string_view original,
                                          const std::vector<Token>& tokens, SentenceEntities& s,
                                          const PersonMemory& memory) const {
    const auto in_person = [&](std::size_t t) {
        return std::any_of(s.persons.begin(), s.persons.end(),
                           [&](const PersonRef& p) { return t >= p.first && t < p.last; });
    };
    // "المسؤولين الأتراك والإيرانيين", "نظيريه السعودي والأمريكي": a second nationality joined by و to
    // officials of one state, or to an unnamed post's, names officials of another, a side of its own.
    const auto second_nationality = [&](const LexiconItem& adjective) {
        return adjective.category == kActorAdjective &&
               adjective.proclitics.substr(0, kConjunctionWaw.size()) == kConjunctionWaw &&
               std::any_of(s.persons.begin(), s.persons.end(), [&](const PersonRef& p) {
                   return (p.group || !p.named()) && adjective.first >= p.first && adjective.first < p.last &&
                          p.affiliation != resources_.actors[adjective.payload].id;
               });
    };
    // "بين الرئيس الأمريكي باراك أوباما والتركي رجب طيب أردوغان": a nationality adjective right before
    // a person of that state stands for his title, not for his state beside him.
    const auto titles_next_person = [&](const LexiconItem& adjective) {
        return std::any_of(s.persons.begin(), s.persons.end(), [&](const PersonRef& p) {
            return p.first == adjective.last && p.affiliation == resources_.actors[adjective.payload].id;
        });
    };
    // "البنوك السعودية", "الأزمة السورية": a state's name that is also its nationality word with the
    // article, right after a noun with the article, is that word: it describes the noun.
    const auto nationality_after_noun = [&](const LexiconItem& item) {
        if (item.category != kActorName || item.first == s.first || !item.proclitics.empty()) return false;
        const std::size_t noun = item.first - 1;
        if (tokens[noun].kind != TokenKind::word || !is_definite(tokens[noun].text) || s.item(noun) || in_person(noun))
            return false;
        return also_nationality(s, item);
    };
    const auto count = [&](const std::string& id) {
        for (const auto& [state, n] : memory.states)
            if (state == id) return n;
        return 0;
    };
    // The nationality word right after a state's body by name, when it is another state's.
    const auto another_states_nationality = [&](const LexiconItem& body) -> const LexiconItem* {
        if (body.category != kActorName) return nullptr;
        const ActorEntry& actor = resources_.actors[body.payload];
        const LexiconItem* next = s.item(body.last);
        if (actor.kind == "country" || actor.affiliation.empty() || !next || next->first != body.last ||
            next->category != kActorAdjective || !next->proclitics.empty())
            return nullptr;
        const ActorEntry& state = resources_.actors[next->payload];
        return state.kind == "country" && state.id != actor.affiliation ? next : nullptr;
    };
    std::size_t another_states_body_end = 0;
    for (const LexiconItem& item : s.items) {
        if (s.item(item.first) != &item) continue;  // only the primary reading of a span
        // "مسقط رأس", "جوز الهند": a phrase the name is part of that names no place.
        constexpr std::size_t kIdiomWordsBefore = 2;
        bool in_idiom = false;
        for (std::size_t k = item.first + 1; k-- > s.first && item.first - k <= kIdiomWordsBefore && !in_idiom;)
            in_idiom = s.has_class(k, kIdiom) && s.class_end(k, kIdiom) >= item.last &&
                       (k < item.first || s.class_end(k, kIdiom) > item.last);
        if (in_idiom) continue;
        LexiconItem reading = item;
        if (const LexiconItem* city = city_reading(s, item)) {
            const PlaceEntry& place = resources_.places[city->payload];
            const std::string& state = resources_.actors[item.payload].id;
            if (place.state == state) {
                // "في الكويت", "بالجزائر": where it happens is the city, and the state acts.
                if (!city->proclitics.empty() || (item.first > s.first && s.has_class(item.first - 1, kDestination)))
                    s.places.push_back({item.first, item.last, city->payload});
            } else {
                // "عمّان" with its shadda, or "عمان" in an article about Jordan more than Oman: the city.
                const std::size_t begin = normalized.to_original(tokens[item.first].begin);
                const std::string_view written =
                    original.substr(begin, normalized.to_original(tokens[item.last - 1].end) - begin);
                const bool shadda = written.find("\xD9\x91") != std::string_view::npos;
                if (shadda || count(place.state) > count(state)) reading = *city;
            }
        }
        if (reading.category == kMediaName) {
            s.media.push_back({item.first, item.last, item.payload});
        } else if (reading.category == kPlace) {
            const PlaceEntry& place = resources_.places[reading.payload];
            s.places.push_back({item.first, item.last, reading.payload});
            // "بجاكرتا", "في موسكو": where, not who; nor "اتفاق فيينا", where an agreement was signed.
            const bool located = item.proclitics.find(kPrepositionBa) != std::string_view::npos ||
                                 item.proclitics.find(kPrepositionLam) != std::string_view::npos ||
                                 (item.first > s.first && (s.has_class(item.first - 1, kDestination) ||
                                                           s.has_class(item.first - 1, kSignedAt)));
            if (!place.acts_as.empty() && !located && !in_person(item.first))
                s.actors.push_back({item.first, item.last, place.acts_as, false, true});
        } else if (item.first < another_states_body_end) {
            // The nationality of another state's body, passed over with it.
        } else if (const LexiconItem* nationality = another_states_nationality(item)) {
            // "حكومة الوفاق الوطني الفلسطيني", "حركة طالبان الباكستانية", "النادي الأهلي المصري": a body of one state
            // by its name, the nationality of another right after it, is that other state's body of the same name,
            // which no list knows: neither the first body nor the second state.
            another_states_body_end = nationality->last;
        } else if ((item.category == kActorName || item.category == kActorAdjective) &&
                   (!in_person(item.first) || second_nationality(item)) &&
                   !(item.category == kActorAdjective && titles_next_person(item))) {
            s.actors.push_back({item.first, item.last, resources_.actors[item.payload].id,
                                item.category == kActorAdjective || nationality_after_noun(item), false});
        }
        // "العاصمة الكازاخستانية": the state's capital.
        if ((item.category == kActorName || item.category == kActorAdjective) && item.first > s.first &&
            s.has_class(item.first - 1, kCapitalWord)) {
            const auto capital = resources_.capital_of.find(resources_.actors[item.payload].id);
            if (capital != resources_.capital_of.end())
                s.places.push_back({item.first - 1, item.last, capital->second});
        }
    }
}

void EntityRecognizer::find_rounds(const std::vector<Token>& tokens, SentenceEntities& s) const {
    const auto skip_quotes = [&](std::size_t k) {
        while (k < s.last && tokens[k].kind == TokenKind::punctuation && (is_quote(tokens[k]) || tokens[k].text == "("))
            ++k;
        return k;
    };
    // Both passes read from a cue, a meeting noun, or a series, place or ordinal: most sentences have none.
    const WordClassSet sentence_classes = s.classes;
    const bool reading_starts = std::any_of(s.items.begin(), s.items.end(), [](const LexiconItem& item) {
        return item.category == kSeries || item.category == kPlace || item.category == kOrdinal;
    });
    if (!(sentence_classes & (class_bit(kSeriesCue) | class_bit(kMeetingNoun))) && !reading_starts) return;
    // Series: "صيغة أستانا", "مسار "أستانة"", "محادثات ما تسمى أستانا".
    for (std::size_t t = s.first; t < s.last && (sentence_classes & class_bit(kSeriesCue)); ++t) {
        if (!s.has_class(t, kSeriesCue)) continue;
        std::size_t k = t + 1;
        for (int words = 0; k < s.last && words < 3; ++k) {
            if (tokens[k].kind == TokenKind::punctuation) {
                if (!is_quote(tokens[k])) break;
                continue;
            }
            const LexiconItem* item = s.item(k);
            if (item) break;
            if (!s.has_class(k, kFunctionWord) && words > 0) break;
            ++words;
        }
        const LexiconItem* item = s.item(k);
        if (!item) continue;
        std::string id;
        for (std::size_t i = static_cast<std::size_t>(s.item_at[k - s.first]);
             i < s.items.size() && s.items[i].first == k; ++i) {
            if (s.items[i].category == kSeries) id = resources_.series[s.items[i].payload].id;
            // A place after a cue names a series only when the series lexicon has it.
            if (s.items[i].category == kPlace && id.empty() &&
                resources_.series_by_id.count(resources_.places[s.items[i].payload].id))
                id = resources_.places[s.items[i].payload].id;
        }
        if (!id.empty()) s.series.push_back({k, item->last, id});
    }
    const auto series_near = [&](std::size_t t) -> std::string {
        std::string best;
        std::size_t best_distance = SIZE_MAX;
        for (const SeriesRef& series : s.series) {
            const std::size_t distance = series.first > t ? series.first - t : t - series.first;
            if (distance < best_distance) {
                best_distance = distance;
                best = series.id;
            }
        }
        return best;
    };
    // A number that opens a date ("في الرياض \"24 فبراير 1981\"") is no round.
    const auto in_date = [&](std::size_t k) {
        return std::any_of(s.dates.begin(), s.dates.end(),
                           [&](const DateRef& d) { return k >= d.first && k < d.last; });
    };
    for (std::size_t t = s.first; t < s.last; ++t) {
        const LexiconItem* item = s.item(t);
        // "أستانا 18"
        if (item && (item->category == kSeries || item->category == kPlace) && item->last < s.last) {
            const std::size_t k = skip_quotes(item->last);
            if (k < s.last && tokens[k].kind == TokenKind::number && round_number(tokens[k]) && !in_date(k)) {
                std::string id;
                for (std::size_t i = static_cast<std::size_t>(s.item_at[t - s.first]);
                     i < s.items.size() && s.items[i].first == t; ++i)
                    if (s.items[i].category == kSeries) id = resources_.series[s.items[i].payload].id;
                if (!id.empty()) {
                    s.rounds.push_back({t, k + 1, round_number(tokens[k]), id});
                    s.series.push_back({t, item->last, id});
                    t = k;
                    continue;
                }
            }
        }
        // "أول اجتماع", "أولى جلسات"
        if (item && item->category == kOrdinal && t + 1 < s.last && s.has_class(item->last, kMeetingNoun)) {
            s.rounds.push_back({t, item->last + 1, static_cast<int>(item->payload), series_near(t),
                                !s.has_class(item->last, kRoundNoun)});
            continue;
        }
        if (!s.has_class(t, kMeetingNoun)) continue;
        std::size_t k = skip_quotes(t + 1);
        if (k >= s.last) continue;
        int number = 0;
        std::size_t end = k + 1;
        if (const LexiconItem* next = s.item(k); next && next->category == kOrdinal) {
            number = static_cast<int>(next->payload);
            end = next->last;
        } else if ((number = round_number(tokens[k])) != 0) {
        } else if (tokens[k].text == "\xD8\xA7\xD9\x84" && k + 1 < s.last) {  // "ال" then a number: "الـ 20"
            number = round_number(tokens[k + 1]);
            end = k + 2;
        }
        // A number followed by a month name or another number is a date, not a round.
        if (number > 0 && !in_date(k))
            s.rounds.push_back({t, end, number, series_near(t), !s.has_class(t, kRoundNoun)});
    }
}

void EntityRecognizer::remember_bodies(const std::vector<Token>& tokens, const SentenceEntities& s,
                                       PersonMemory& memory) const {
    for (const ActorRef& a : s.actors) {
        const ActorEntry* actor = resources_.actor(a.id);
        const LexiconItem* item = s.item(a.first);
        if (a.adjective || a.last < a.first + 2 || !actor || actor->kind == "country" || !item ||
            item->first != a.first)
            continue;
        const std::string_view head = without_article(tokens[a.first].text.substr(item->proclitics.size()));
        memory.bodies.emplace_back(std::string(head), a.id);
    }
}

void EntityRecognizer::serve_main_state(const std::vector<Token>& tokens, SentenceEntities& s,
                                        PersonMemory& memory) const {
    const auto is_state = [&](const std::string& id) {
        const ActorEntry* actor = resources_.actor(id);
        return actor && actor->kind == "country";
    };
    const auto count = [&](const std::string& id) {
        if (is_state(id)) memory.count_state(id);
    };
    for (const ActorRef& a : s.actors) count(a.id);
    for (const PersonRef& p : s.persons) count(p.affiliation);
    // "وزير الداخلية هورست سيهوفر" in an article about Germany: a post
    // with no state serves the state the article names most, when the sentence names it too or the
    // article names it far more than any other ("يقول بيتر شيف، مدير صندوق ..." in an article about
    // China is not Chinese). Not in sport, where the state named most is as often the rival's or the
    // training camp's ("مدير الفريق ... في أول تجمع للفريق في تركيا") as the club's.
    if (std::any_of(s.word_classes.begin(), s.word_classes.end(),
                    [](WordClassSet classes) { return (classes & class_bit(kSport)) != 0; }))
        return;
    // A report from Riyadh and Jeddah is about Saudi Arabia though it may never name it; a city beside
    // its state ("بكين" and "الصين") is not counted twice, a place of another state than those the
    // sentence names is ("ميناء الزيتيات بالسويس ... ميناء ينبع بالمملكة": Egypt too).
    for (const PlaceRef& p : s.places) {
        const std::string& state = resources_.places[p.place].state;
        const bool named =
            std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorRef& a) { return a.id == state; });
        if (!state.empty() && !named) memory.count_state(state);
    }
    std::string main_state = memory.main_state();
    // A nationality word after a plain noun describes a thing ("حاجًا ماليزيًا", "الاحتلال الإسرائيلي"),
    // and names no state a post of the sentence serves; after a person, a post, a body ("الكونغرس
    // الأمريكي") or a party noun it does.
    const auto names_main_state = [&](const ActorRef& a) {
        if (a.id != main_state) return false;
        if (!a.adjective || a.first == s.first) return true;
        const LexiconItem* before = s.item(a.first - 1);
        const bool after_person = std::any_of(s.persons.begin(), s.persons.end(), [&](const PersonRef& p) {
            return a.first >= p.first && a.first <= p.last;
        });
        return after_person || s.has_class(a.first - 1, kPartyNoun) ||
               (before && (before->category == kTitle || before->category == kActorName));
    };
    const bool named_here = std::any_of(s.actors.begin(), s.actors.end(), names_main_state) ||
                            std::any_of(s.places.begin(), s.places.end(), [&](const PlaceRef& p) {
                                return resources_.places[p.place].state == main_state;
                            });
    // Not named in the sentence, it must dominate the article: three mentions and three times the next.
    int most = 0, next = 0;
    for (const auto& [state, mentions] : memory.states) {
        if (state == main_state) {
            most = mentions;
        } else {
            next = std::max(next, mentions);
        }
    }
    if (!named_here && (most < 3 || most < 3 * next)) main_state.clear();
    // With no state to give yet, a national outlet's post waits for the end of the article.
    if (main_state.empty() && memory.home_state.empty()) return;
    // A post in a company, named inside the person's words or just after them, serves none; nor a post
    // written after the name that goes on to an organisation of no state ("إريك جولدستين، نائب المدير
    // التنفيذي لقسم الشرق الأوسط وشمال أفريقيا في «هيومن رايتس ووتش»").
    constexpr std::size_t kCompanyReach = 2;
    constexpr std::size_t kPostReach = 12;
    const auto in_company = [&](const PersonRef& p) {
        for (std::size_t t = p.first; t < s.last && t < p.last + kCompanyReach; ++t)
            if (s.has_class(t, kCompany)) return true;
        const bool post_after_name = p.named() && p.name_last < p.last;
        for (std::size_t t = p.last; post_after_name && t < s.last && t < p.last + kPostReach; ++t) {
            if (is_comma(tokens[t]) || tokens[t].text == ":" || s.has_class(t, kClause) ||
                (s.item(t) && s.item(t)->category == kTrigger))
                break;
            if (s.has_class(t, kCompany)) return true;
            for (const ActorRef& actor : s.actors) {
                const ActorEntry* entry = actor.first == t && !actor.adjective ? resources_.actor(actor.id) : nullptr;
                if (entry && entry->kind != "country" && entry->affiliation.empty()) return true;
            }
        }
        return false;
    };
    // A ministry with no state is the article's state's too ("أوضحت وزارة الصحة" in a Saudi report).
    for (PersonRef& p : s.persons) {
        if (!(p.named() || p.office) || !p.affiliation.empty() || p.title_en.empty() || p.serves_no_state) continue;
        const bool company = in_company(p);
        if (main_state.empty()) {
            // The Arabic press's own officials have names of the region: "مارك زوكربيرغ" is not one.
            const auto add_once = [&](std::vector<std::string>& ids) {
                if (std::find(ids.begin(), ids.end(), p.id) == ids.end()) ids.push_back(p.id);
            };
            if (p.named() && p.name_last > p.name_first && s.has_class(p.name_first, kForeignFirstName)) {
                add_once(memory.foreign_named);
            } else if (p.named() && !company) {
                add_once(memory.awaiting_home_state);
            }
            continue;
        }
        if (company) {
            p.serves_no_state = true;
            if (p.named()) memory.remember(p);
            continue;
        }
        // "الشيخ عائض القرني" in a report on Yemen: a cleric's or a tribe's standing serves a foreign state the
        // article names most no more than a company does.
        if (p.standing_only && main_state != memory.home_state) continue;
        // "صرح جورجيو سارني، رئيس كوتش إنترناشيونال" in a Saudi daily's report on the kingdom: the outlet's
        // own officials have names of the region; one with a given name from outside it is a foreigner. So is
        // one whose given name is unlike those of the state's people the lexicons know ("مايكل رايان، مسؤول
        // تنفيذي سابق" in a report on Iraq, "ألكسندر نوفاك" in one on the United States), though his sentence
        // names the state ("بحسب ما يقول ... روبرت كلين مدير أعمال المصورة" of China's history).
        const bool foreigner = p.named() && p.name_last > p.name_first &&
                               ((main_state == memory.home_state && s.has_class(p.name_first, kForeignFirstName)) ||
                                !resources_.given_name_fits(tokens[p.name_first].text, main_state));
        if (foreigner) continue;
        p.affiliation = main_state;
        if (p.named()) memory.remember(p);
    }
}

void EntityRecognizer::drop_named_days(const std::vector<Token>& tokens, SentenceEntities& s) {
    const auto opens_with_waw = [&](std::size_t t) {
        return tokens[t].text.substr(0, kConjunctionWaw.size()) == kConjunctionWaw;
    };
    // Dates are in text order: a day joined by و to a dropped one ("و30 يونيو", "و 30 يونيو") goes with it.
    std::optional<std::size_t> dropped_end;
    s.dates.erase(std::remove_if(s.dates.begin(), s.dates.end(),
                                 [&](const DateRef& date) {
                                     const bool named = date.first > s.first && s.has_class(date.first - 1, kNamedDay);
                                     const bool joined =
                                         dropped_end && ((date.first == *dropped_end && opens_with_waw(date.first)) ||
                                                         (date.first == *dropped_end + 1 &&
                                                          tokens[*dropped_end].text == kConjunctionWaw));
                                     if (!named && !joined) return false;
                                     dropped_end = date.last;
                                     return true;
                                 }),
                  s.dates.end());
}

bool EntityRecognizer::may_report_event(const std::vector<Token>& tokens, const SentenceEntities& s) {
    if (!s.triggers.empty()) return true;
    for (std::size_t t = s.first; t < s.last; ++t) {
        if (s.has_class(t, kMeetingNoun) || s.has_class(t, kOccasionReport)) return true;
        if (t < s.first + kHeadlineSourceTokens && tokens[t].text == ":") return true;
    }
    return false;
}

namespace {

// Each token's first reading, after readings were dropped.
void index_items(SentenceEntities& s) {
    std::fill(s.item_at.begin(), s.item_at.end(), -1);
    for (std::size_t index = s.items.size(); index-- > 0;)
        for (std::size_t t = s.items[index].first; t < s.items[index].last; ++t)
            s.item_at[t - s.first] = static_cast<int>(index);
}

// Drops the readings as a verb that the sentence's triggers left out.
void drop_readings_as_verbs(SentenceEntities& s) {
    const auto left_out = [&](const LexiconItem& item) {
        return item.category == kTrigger &&
               std::none_of(s.triggers.begin(), s.triggers.end(), [&](const TriggerRef& t) {
                   return t.first == item.first && t.last == item.last && t.trigger == item.payload;
               });
    };
    s.items.erase(std::remove_if(s.items.begin(), s.items.end(), left_out), s.items.end());
    index_items(s);
}

}  // namespace

// Folding writes أ and إ alike, so "أمام البيت الأبيض" (in front of the White House) reads as "الإمام"
// (the imam) once the article may be left out: a one-word title that opens with one seat of hamza is
// not read in a word written with the other. A word written with a bare alef may be either.
void EntityRecognizer::drop_titles_of_other_hamza(const NormalizedText& normalized, std::string_view original,
                                                  const std::vector<Token>& tokens, SentenceEntities& s) const {
    static constexpr std::string_view kHamzaAbove = "\xD8\xA3", kHamzaBelow = "\xD8\xA5", kArticle = "\xD8\xA7\xD9\x84";
    const auto opening_hamza = [](std::string_view word) -> int {
        if (word.substr(0, kArticle.size()) == kArticle) word.remove_prefix(kArticle.size());
        return word.substr(0, kHamzaAbove.size()) == kHamzaAbove   ? 1
               : word.substr(0, kHamzaBelow.size()) == kHamzaBelow ? 2
                                                                   : 0;
    };
    const auto other_seat = [&](const LexiconItem& item) {
        // A title of several words is told by all of them, whatever seat a typo gives its first
        // ("الإمين العام لرابطة العالم الإسلامي").
        if (item.category != kTitle || item.last - item.first > 1) return false;
        const int listed = opening_hamza(resources_.titles[item.payload].phrase_ar);
        if (listed == 0) return false;
        const Token& word = tokens[item.first];
        std::size_t skip = item.proclitics.size();
        if (word.text.substr(skip, kArticle.size()) == kArticle) skip += kArticle.size();
        const std::size_t begin = normalized.to_original(word.begin + skip);
        const int written = opening_hamza(original.substr(begin, kHamzaAbove.size()));
        return written != 0 && written != listed;
    };
    if (std::none_of(s.items.begin(), s.items.end(), other_seat)) return;
    s.items.erase(std::remove_if(s.items.begin(), s.items.end(), other_seat), s.items.end());
    index_items(s);
}

void SentenceEntities::reset(std::size_t sentence_first, std::size_t sentence_last) {
    first = sentence_first;
    last = sentence_last;
    word_classes.clear();
    item_at.clear();
    class_clitic.clear();
    items.clear();
    persons.clear();
    actors.clear();
    places.clear();
    media.clear();
    rounds.clear();
    series.clear();
    triggers.clear();
    dates.clear();
    names_time = false;
    classes = 0;
    long_class_phrases.clear();
}

SentenceEntities EntityRecognizer::recognize(const NormalizedText& normalized, std::string_view original,
                                             const std::vector<Token>& tokens, const Sentence& sentence,
                                             std::optional<CivilDate> publication, PersonMemory& memory) const {
    SentenceEntities s;
    recognize(normalized, original, tokens, sentence, publication, memory, s);
    return s;
}

void EntityRecognizer::recognize(const NormalizedText& normalized, std::string_view original,
                                 const std::vector<Token>& tokens, const Sentence& sentence,
                                 std::optional<CivilDate> publication, PersonMemory& memory,
                                 SentenceEntities& s) const {
    s.reset(sentence.first_token, sentence.last_token);
    find_items(tokens, s);
    drop_titles_of_other_hamza(normalized, original, tokens, s);
    std::size_t not_verbs = 0;
    for (const LexiconItem& item : s.items) {
        if (item.category != kTrigger) continue;
        // Verbs take only و ف and the future س: "وبحث" is not "ب" + "حث".
        const TriggerEntry& rule = resources_.triggers[item.payload];
        const bool verb = rule.tense != TriggerEntry::Tense::none || rule.frame == Frame::speech ||
                          rule.frame == Frame::encounter || rule.frame == Frame::agreement;
        // A meeting verb's past form is also its verbal noun, which takes ل: "لعقد مؤتمر" (to hold one).
        const bool masdar_lam = rule.frame == Frame::meeting && rule.tense == TriggerEntry::Tense::past;
        bool verbal_clitics = true;
        for (std::size_t i = 0; i + 1 < item.proclitics.size(); i += 2) {
            const std::string_view letter = item.proclitics.substr(i, 2);
            verbal_clitics = verbal_clitics && (letter == kConjunctionWaw || letter == kConjunctionFa ||
                                                letter == kFutureSin || (masdar_lam && letter == kPrepositionLam));
        }
        // A verb never ends in ة: "دعوة" is the noun, not دعا with a pronoun. A past tense
        // folded to a final ي was written with ى: "رأي" and "نفي" are the nouns, not رأى and نفى.
        const Token& last_word = tokens[item.last - 1];
        const bool past = rule.tense == TriggerEntry::Tense::past;
        const bool noun_spelling =
            written_with_teh_marbuta(normalized, original, last_word) ||
            (past && item.last - item.first == 1 && written_ending_with(normalized, original, last_word, kWrittenYa)) ||
            (past && opens_with_hamza_below(normalized, original, tokens[item.first], item.proclitics.size()));
        if (verb && (!verbal_clitics || noun_spelling)) {
            ++not_verbs;
            continue;
        }
        s.triggers.push_back({item.first, item.last, item.payload, item.proclitics});
    }
    if (may_report_event(tokens, s)) {
        find_dates(normalized.text, tokens, s, publication);
        // A day inside a name is no date: "قوى 14 آذار" is a coalition. Nor is a year that opens inside a
        // post: "المدير العام السابق" is a former director general, not last year.
        s.dates.erase(
            std::remove_if(
                s.dates.begin(), s.dates.end(),
                [&](const DateRef& date) {
                    return std::any_of(s.items.begin(), s.items.end(), [&](const LexiconItem& item) {
                        return (item.category == kActorName && item.first < date.last && date.first < item.last) ||
                               (item.category == kTitle && item.first < date.first && date.first < item.last);
                    });
                }),
            s.dates.end());
        drop_named_days(tokens, s);
    }
    find_persons(normalized, original, tokens, s, memory, publication);
    find_actors_places(normalized, original, tokens, s, memory);
    remember_bodies(tokens, s, memory);
    serve_main_state(tokens, s, memory);
    find_rounds(tokens, s);
    // A word that only looks like a verb ("لفتاة", "دعوة") is none to the events read from the sentence
    // either (names still end before it: "نهلة طالبة").
    if (not_verbs > 0) drop_readings_as_verbs(s);
}

}  // namespace hadath
