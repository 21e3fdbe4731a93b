// The date vocabulary: months.tsv and date_words.tsv, read with the
// lexicon's TSV reader and folded like the text, into one hash map of words.
#include <algorithm>
#include <charconv>

#include "extract/dates_internal.h"
#include "extract/lexicon.h"
#include "extract/normalize.h"
#include "extract/text.h"
#include "extract/utf8.h"

namespace hadath::date_internal {

namespace {

struct KindName {
    const char* name;
    Kind kind;
};
constexpr KindName kKindNames[] = {
    {"relative_day", kRelativeDay},
    {"weekday", kWeekday},
    {"direction", kDirection},
    {"this", kThis},
    {"unit", kUnit},
    {"duration", kDuration},
    {"number", kNumberWord},
    {"ago", kAgo},
    {"approximately", kApproximately},
    {"year_cue", kYearCue},
    {"year_lead", kYearLead},
    {"month_cue", kMonthCue},
    {"connector", kConnector},
    {"range_start", kRangeStart},
    {"range_joiner", kRangeJoiner},
    {"day_cue", kDayCue},
    {"day_part", kDayPart},
    {"period_part", kPeriodPart},
    {"half", kHalf},
    {"quarter", kQuarter},
    {"season", kSeason},
    {"ordinal", kOrdinal},
    {"not_date_after", kNotDateAfter},
    {"not_date_before", kNotDateBefore},
    {"future_marker", kFutureMarker},
    {"future_prefix", kFuturePrefix},
    {"not_future", kNotFuture},
    {"conjunction_prefix", kConjunctionPrefix},
    {"preposition_prefix", kPrepositionPrefix},
    {"definite_article", kDefiniteArticle},
    {"equivalence", kEquivalence},
    {"hijri_era", kHijriEra},
    {"gregorian_era", kGregorianEra},
    {"first_day", kFirstDay},
    {"since", kSince},
    {"until", kUntil},
};

// Folds an entry and collapses its inner spaces, so it matches tokens joined by one space.
std::string fold_entry(const std::string& surface) {
    const std::string folded = Normalizer::builtin().fold(surface);
    std::string out;
    bool pending_space = false;
    for (char c : folded) {
        if (c == ' ' || c == '\t') {
            pending_space = !out.empty();
        } else {
            if (pending_space) out.push_back(' ');
            pending_space = false;
            out.push_back(c);
        }
    }
    return out;
}

bool parse_int(const std::string& text, int& out) {
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    if (begin != end && *begin == '+') ++begin;
    auto [ptr, ec] = std::from_chars(begin, end, out);
    return ec == std::errc() && ptr == end;
}

class LexiconBuilder {
public:
    explicit LexiconBuilder(DateLexicon& data) : data_(data) {}

    // Adds `kind` with `value` to the folded entry; conflicting values are an error.
    void add(const std::string& surface, Kind kind, int value, const TsvRow& where) {
        const std::string key = fold_entry(surface);
        if (key.empty()) where.fail("empty word");
        WordInfo& info = entry(key);
        if (info.has(kind) && info.value[kind] != value) {
            where.fail("\"" + surface + "\" already has another value of this kind");
        }
        info.kinds |= std::uint64_t{1} << kind;
        info.value[kind] = value;
        last_ = &info;
    }
    WordInfo& last() { return *last_; }
    // Adds `kind` with `value` unless the entry has that kind already (another file's word).
    void add_if_new(const std::string& surface, Kind kind, int value, const TsvRow& where) {
        const std::string key = fold_entry(surface);
        const auto found = data_.words.find(key);
        if (found == data_.words.end() || !found->second.has(kind)) add(surface, kind, value, where);
    }

private:
    WordInfo& entry(const std::string& key) {
        auto found = data_.words.find(key);
        if (found != data_.words.end()) return found->second;
        const std::string& owned = data_.storage.emplace_back(key);
        const std::string_view view(owned);
        data_.known_words.add(view);
        const std::size_t space = view.find(' ');
        if (space != std::string_view::npos) {
            data_.multiword_heads.insert(view.substr(0, space));
            data_.known_words.add(view.substr(0, space));
            const std::size_t words = static_cast<std::size_t>(std::count(view.begin(), view.end(), ' ')) + 1;
            data_.max_words = std::max(data_.max_words, words);
        }
        return data_.words[view];
    }

    DateLexicon& data_;
    WordInfo* last_ = nullptr;
};

void load_months(const std::string& path, Kind kind, LexiconBuilder& builder) {
    for (const TsvRow& row : read_tsv(path, 2, 3)) {
        const std::vector<std::string>& columns = row.fields;
        if (columns.size() < 2 || columns.size() > 3) {
            row.fail("expected: name TAB month number [TAB ambiguous]");
        }
        int month = 0;
        if (!parse_int(columns[1], month) || month < 1 || month > 12) {
            row.fail("month number must be 1-12, got \"" + columns[1] + "\"");
        }
        if (columns.size() == 3 && columns[2] != "ambiguous") {
            row.fail("third column may only be \"ambiguous\", got \"" + columns[2] + "\"");
        }
        builder.add(columns[0], kind, month, row);
        if (columns.size() == 3) builder.last().ambiguous_month = true;
    }
}

int parse_unit(const std::string& text) {
    if (text == "day") return kDayUnit;
    if (text == "week") return kWeekUnit;
    if (text == "month") return kMonthUnit;
    if (text == "year") return kYearUnit;
    return -1;
}

void load_words(const std::string& path, LexiconBuilder& builder, DateLexicon& data) {
    static const std::unordered_map<std::string, int> kWeekdays = {{"sunday", 0},    {"monday", 1},   {"tuesday", 2},
                                                                   {"wednesday", 3}, {"thursday", 4}, {"friday", 5},
                                                                   {"saturday", 6}};
    static const std::unordered_map<std::string, int> kDirections = {
        {"past", kPast}, {"current", kCurrent}, {"future", kFuture}};
    static const std::unordered_map<std::string, int> kParts = {{"start", static_cast<int>(DateMention::Part::start)},
                                                                {"middle", static_cast<int>(DateMention::Part::middle)},
                                                                {"end", static_cast<int>(DateMention::Part::end)}};

    for (const TsvRow& row : read_tsv(path, 2, 3)) {
        const std::vector<std::string>& columns = row.fields;
        if (columns.size() < 2 || columns.size() > 3) row.fail("expected: word TAB kind [TAB value]");
        const std::string& word = columns[0];
        const std::string& kind_name = columns[1];
        const std::string value = columns.size() == 3 ? columns[2] : "";
        const auto* known = std::find_if(std::begin(kKindNames), std::end(kKindNames),
                                         [&](const KindName& k) { return kind_name == k.name; });
        if (known == std::end(kKindNames)) row.fail("unknown kind \"" + kind_name + "\"");
        const Kind kind = known->kind;
        const auto need_value = [&](bool wanted) {
            if (wanted && value.empty()) row.fail("kind " + kind_name + " needs a value");
            if (!wanted && !value.empty()) row.fail("kind " + kind_name + " takes no value");
        };
        // A value that is one of a table's names ("monday", "past", "start").
        const auto named_value = [&](const std::unordered_map<std::string, int>& table, const char* message) {
            need_value(true);
            const auto found = table.find(value);
            if (found == table.end()) row.fail(message);
            return found->second;
        };

        int number = 0;
        int count = 0;
        switch (kind) {
            case kRelativeDay:
                need_value(true);
                if (!parse_int(value, number) || number < -30 || number > 30) {
                    row.fail("relative_day value must be a day count like -1, 0 or 2");
                }
                break;
            case kWeekday:
                number = named_value(kWeekdays, "weekday value must be an English day name");
                break;
            case kDirection:
                number = named_value(kDirections, "direction must be past, current or future");
                break;
            case kUnit:
                need_value(true);
                number = parse_unit(value);
                if (number < 0) row.fail("unit must be day, week, month or year");
                break;
            case kDuration: {
                need_value(true);
                const std::size_t space = value.find(' ');
                number = parse_unit(value.substr(0, space));
                if (number < 0) row.fail("duration must be a unit (day, week, month, year)");
                if (space != std::string::npos && (!parse_int(value.substr(space + 1), count) || count < 1)) {
                    row.fail("duration count must be a positive number");
                }
                break;
            }
            case kNumberWord:
                need_value(true);
                if (!parse_int(value, number) || number < 1 || number > 1000) {
                    row.fail("number value must be 1-1000");
                }
                break;
            case kPeriodPart:
                number = named_value(kParts, "period_part value must be start, middle or end");
                break;
            case kSeason:
                need_value(true);
                if (!parse_int(value, number) || number < 1 || number > 4) {
                    row.fail("season value must be the quarter of the year that holds most of it, 1-4");
                }
                break;
            case kOrdinal:
                need_value(true);
                if (value == "last") {
                    number = kLastOrdinal;
                } else if (!parse_int(value, number) || number < 1 || number > 4) {
                    row.fail("ordinal value must be 1-4 or last");
                }
                break;
            default:
                need_value(false);
                break;
        }

        if (kind == kFuturePrefix) {
            data.future_prefixes.push_back(fold_entry(word));
            continue;
        }
        if (kind == kDefiniteArticle) {
            data.definite_article = fold_entry(word);
            continue;
        }
        builder.add(word, kind, number, row);
        if (kind == kDuration) builder.last().duration_count = count;
    }
}

}  // namespace

void load_lexicon(const std::string& lexicon_dir, DateLexicon& data) {
    LexiconBuilder builder(data);
    load_months(lexicon_dir + "/months.tsv", kMonth, builder);
    load_months(lexicon_dir + "/hijri_months.tsv", kHijriMonth, builder);
    load_words(lexicon_dir + "/date_words.tsv", builder, data);
    // "التقى كيري سيرغي لافروف الأربعاء": a given name that starts like a future verb (سيرغي، ستيفان)
    // does not turn the weekday after it forward.
    for (const TsvRow& row : read_tsv(lexicon_dir + "/first_names.tsv", 2, 2)) {
        const std::string name = fold_entry(row.fields[0]);
        const bool like_future = std::any_of(data.future_prefixes.begin(), data.future_prefixes.end(),
                                             [&](const std::string& prefix) { return starts_with(name, prefix); });
        if (like_future) builder.add_if_new(row.fields[0], kNotFuture, 0, row);
    }
    constexpr int kLongestMonth = 31;
    for (const TsvRow& row : read_tsv(lexicon_dir + "/ordinals.tsv", 2, 2)) {
        int number = 0;
        if (parse_int(row.fields[1], number) && number >= 1 && number <= kLongestMonth)
            builder.add_if_new(row.fields[0], kDayOrdinal, number, row);
    }
    // The kinds that never make a date without a number or a word of the other kinds (a month, a
    // weekday, a relative day, a unit, a counted unit, a half, quarter or season): the matchers read them
    // only around such a word ("قبل" needs "6 سنوات", "مطلع" a month, "الرابع عشر من" the month).
    constexpr std::uint64_t kJoiningKinds =
        1ULL << kDirection | 1ULL << kThis | 1ULL << kNumberWord | 1ULL << kAgo | 1ULL << kApproximately |
        1ULL << kYearCue | 1ULL << kYearLead | 1ULL << kMonthCue | 1ULL << kConnector | 1ULL << kRangeStart |
        1ULL << kRangeJoiner | 1ULL << kDayCue | 1ULL << kDayPart | 1ULL << kPeriodPart | 1ULL << kOrdinal |
        1ULL << kNotDateAfter | 1ULL << kNotDateBefore | 1ULL << kFutureMarker | 1ULL << kFuturePrefix |
        1ULL << kNotFuture | 1ULL << kConjunctionPrefix | 1ULL << kPrepositionPrefix | 1ULL << kDefiniteArticle |
        1ULL << kEquivalence | 1ULL << kHijriEra | 1ULL << kGregorianEra | 1ULL << kDayOrdinal | 1ULL << kFirstDay |
        1ULL << kSince | 1ULL << kUntil;
    const auto only_joins = [&](std::string_view word) {
        const auto found = data.words.find(word);
        return found != data.words.end() && (found->second.kinds & ~kJoiningKinds) == 0;
    };
    std::vector<std::string_view> words;
    for (const auto& [entry, info] : data.words) {
        if (info.has(kConjunctionPrefix) || info.has(kPrepositionPrefix)) {
            // Only a clitic of one letter is ever stripped.
            std::size_t length = 0;
            const char32_t letter = utf8::decode(entry, 0, length);
            if (length == entry.size()) data.clitics.emplace_back(letter, &info);
        }
        if (only_joins(entry)) continue;
        words.clear();
        for (std::size_t begin = 0; begin <= entry.size();) {
            const std::size_t end = std::min(entry.find(' ', begin), entry.size());
            words.push_back(entry.substr(begin, end - begin));
            begin = end + 1;
        }
        // "أول من أمس" is told by its "أمس": "من", which only joins, would be in every sentence.
        const bool some_word_names_time = !std::all_of(words.begin(), words.end(), only_joins);
        for (const std::string_view word : words)
            if (!some_word_names_time || !only_joins(word)) data.time_words.insert(word);
    }
}

}  // namespace hadath::date_internal
