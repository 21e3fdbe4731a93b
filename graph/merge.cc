#include "graph/merge.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/name_spelling.h"
#include "graph/date_span.h"

namespace hadath {

namespace {

int precision_rank(const std::string& precision) {
    if (precision == "day") return 5;
    if (precision == "month") return 4;
    if (precision == "quarter") return 3;
    if (precision == "half") return 2;
    if (precision == "year") return 1;
    return 0;
}

// How compatible() and conflict() treat an event type.
enum class Rule {
    kSpeech,
    kHostDecision,
    kMeetingHeld,
    kJointStatement,
    kMeetingPlanned,
    kAgreement,
    kOther,
};

Rule rule_of(MergePolicy policy) {
    switch (policy) {
        case MergePolicy::statement:
            return Rule::kSpeech;
        case MergePolicy::host_decision:
            return Rule::kHostDecision;
        case MergePolicy::meeting:
            return Rule::kMeetingHeld;
        case MergePolicy::joint:
            return Rule::kJointStatement;
        case MergePolicy::plan:
            return Rule::kMeetingPlanned;
        case MergePolicy::agreement:
            return Rule::kAgreement;
        case MergePolicy::none:
            break;
    }
    return Rule::kOther;
}

// The actor an event is about first: its speaker or host.
const Actor* primary_actor(const Event& event) {
    for (const char* role : {"speaker", "host"})
        for (const Actor& actor : event.actors)
            if (actor.role == role) return &actor;
    return nullptr;
}

// What clustering compares of an event, worked out once: the comparisons
// run many times per event. Views point into the event.
struct Facts {
    Event* event = nullptr;
    Rule rule = Rule::kOther;
    DayRange days;
    std::string_view primary;
    // The post or office it speaks through ("Ministry of the Interior" for Saudi Arabia): a state's
    // interior ministry and its cabinet say different things the same day.
    std::string_view primary_title;
    std::string_view series;
    std::string_view location;
    int round_number = 0;
    bool day_precise = false;
    std::optional<long> published;          // the day its article was published, when known
    std::vector<std::string_view> persons;  // meetings: the people taking part, sorted, distinct
    std::vector<std::string_view>
        parties;  // meetings, agreements, joint statements: the states and bodies taking part, sorted, distinct
    std::vector<std::string_view> sides;  // agreements: the states and bodies, a person's for him; sorted, distinct
};

using PublicationDays = std::unordered_map<std::string_view, long>;

Facts facts_of(Event& event, const EventTypes& types, const PublicationDays& published) {
    Facts facts;
    facts.event = &event;
    facts.rule = rule_of(types.merge_policy(event.type));
    facts.days = day_range(event.date);
    if (const Actor* actor = primary_actor(event)) {
        facts.primary = actor->id;
        // A person is known by name, whatever post a mention gives him.
        if (actor->kind != "person") facts.primary_title = actor->title;
    }
    if (event.round) {
        facts.series = event.round->series;
        facts.round_number = event.round->number;
    }
    if (event.location) facts.location = event.location->id;
    facts.day_precise = event.date.precision == "day";
    if (facts.rule == Rule::kAgreement || facts.rule == Rule::kMeetingHeld || facts.rule == Rule::kMeetingPlanned ||
        facts.rule == Rule::kJointStatement) {
        // The states and bodies taking part; a person takes part for the one it speaks for.
        for (const Actor& actor : event.actors) {
            if (actor.role == "host" || actor.role == "observer") continue;
            if (actor.kind != "person") {
                facts.parties.push_back(actor.id);
                if (facts.rule == Rule::kAgreement) facts.sides.push_back(actor.id);
            } else if (facts.rule == Rule::kAgreement) {
                // Leaders who agree ("وافق ترامب على لقاء كيم") are the parties; their states
                // sign many other agreements.
                facts.parties.push_back(actor.id);
                if (!actor.affiliation.empty()) facts.sides.push_back(actor.affiliation);
            } else if (!actor.affiliation.empty()) {
                facts.parties.push_back(actor.affiliation);
            }
        }
        for (auto* ids : {&facts.parties, &facts.sides}) {
            std::sort(ids->begin(), ids->end());
            ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
        }
    }
    if (facts.rule == Rule::kMeetingPlanned || facts.rule == Rule::kMeetingHeld) {
        for (const Actor& actor : event.actors)
            if (actor.kind == "person" && actor.role == "participant") facts.persons.push_back(actor.id);
        std::sort(facts.persons.begin(), facts.persons.end());
        facts.persons.erase(std::unique(facts.persons.begin(), facts.persons.end()), facts.persons.end());
    }
    if (const auto day = published.find(event.mentions.front().doc); day != published.end())
        facts.published = day->second;
    return facts;
}

std::size_t shared(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    std::size_t count = 0;
    for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
        if (*x < *y) {
            ++x;
        } else if (*y < *x) {
            ++y;
        } else {
            ++count;
            ++x;
            ++y;
        }
    }
    return count;
}

std::size_t shared_parties(const Facts& a, const Facts& b) {
    return shared(a.parties, b.parties);
}

long days_apart(const DayRange& a, const DayRange& b) {
    if (a.last < b.first) return b.first - a.last;
    if (b.last < a.first) return a.first - b.last;
    return 0;
}

bool overlap(const DayRange& a, const DayRange& b) {
    return !a.empty() && !b.empty() && days_apart(a, b) == 0;
}

// Dates that may be one event's: missing on one side, or overlapping.
bool dates_agree(const Facts& a, const Facts& b, bool loose_publication) {
    if (a.days.empty() || b.days.empty()) return true;
    if (overlap(a.days, b.days)) return true;
    // A statement dated by its article's publication may be a day late.
    if (loose_publication && (a.event->date.from_publication || b.event->date.from_publication))
        return days_apart(a.days, b.days) <= 1;
    return false;
}

int round_number(const Event& e) {
    return e.round ? e.round->number : 0;
}
std::string series(const Event& e) {
    return e.round ? e.round->series : std::string();
}

bool same_or_missing(std::string_view a, std::string_view b) {
    return a.empty() || b.empty() || a == b;
}

// An announced meeting the text gives no time ("القمة المرتقبة بين ترامب وكيم") is placed by
// its article's publication: plans of the same people published weeks apart, or before the
// time another article gives, are one plan; months apart they are the next one.
constexpr long kUndatedPlanDays = 92;
bool undated_plan_near(const Facts& a, const Facts& b) {
    const Facts& undated = a.days.empty() ? a : b;
    const Facts& other = a.days.empty() ? b : a;
    if (!undated.published) return false;
    const long day = *undated.published;
    if (other.days.empty()) return other.published && std::labs(*other.published - day) <= kUndatedPlanDays;
    return day <= other.days.last && other.days.first - day <= kUndatedPlanDays;
}

// No date, yet words of time: the text places it before the news without a day ("سابقا", "مرارا").
bool said_before_the_news(const Event& event) {
    return event.date.value.empty() && !event.date.text.empty();
}

// A person taking part in plan `a` whom `b` does not name, of a state none of b's people serve: a
// summit of other sides ("قمة مقررة بين كيم والرئيس الكوري الجنوبي مون جيه-إن، والرئيس الأمريكي ترامب"
// is not the Trump–Kim summit alone; an aide of one of its sides would be).
bool third_side(const Facts& a, const Facts& b) {
    const auto person_taking_part = [](const Actor& actor) {
        return actor.kind == "person" && actor.role == "participant" && !actor.affiliation.empty();
    };
    for (const Actor& actor : a.event->actors) {
        if (!person_taking_part(actor) ||
            std::binary_search(b.persons.begin(), b.persons.end(), std::string_view(actor.id)))
            continue;
        const bool same_side = std::any_of(b.event->actors.begin(), b.event->actors.end(), [&](const Actor& other) {
            return person_taking_part(other) && other.affiliation == actor.affiliation;
        });
        if (!same_side) return true;
    }
    return false;
}

// Each names a person of one side whom the other does not: "الملك سلمان سيزور روسيا" and "الجبير
// سيزور موسكو" in two articles are two visits, the king's and his minister's. Inside one article a
// plan or a meeting is often told with the one who announces it as well, so this holds across
// articles only.
bool other_envoys(const Facts& a, const Facts& b) {
    const auto unnamed_by = [](const Facts& one, const Facts& other, const std::string& side) {
        return std::any_of(one.event->actors.begin(), one.event->actors.end(), [&](const Actor& actor) {
            return actor.kind == "person" && actor.role == "participant" && actor.affiliation == side &&
                   !std::binary_search(other.persons.begin(), other.persons.end(), std::string_view(actor.id));
        });
    };
    for (const Actor& actor : a.event->actors)
        if (actor.kind == "person" && actor.role == "participant" && !actor.affiliation.empty() &&
            unnamed_by(a, b, actor.affiliation) && unnamed_by(b, a, actor.affiliation))
            return true;
    return false;
}

// Both name one place, or one series of talks.
bool same_place(const Facts& a, const Facts& b) {
    return (!a.location.empty() && a.location == b.location) || (!a.series.empty() && a.series == b.series);
}

// Days a joint declaration may come out after the talks it closes.
constexpr long kDeclarationDelay = 3;

// May two clusters stand for one real event? `same_document` allows the
// looser links that hold inside one article (a later mention of "the meeting").
bool compatible(const Facts& a, const Facts& b, bool same_document) {
    if (a.event->type != b.event->type) return false;
    const int na = a.round_number, nb = b.round_number;
    if (na && nb && na != nb) return false;
    if (!same_or_missing(a.series, b.series)) return false;
    // Across articles one number makes one round only of one series, or of sides both name: the
    // first round of the Afghan talks is not the first of the Yemeni ones.
    const bool same_round =
        na && nb && (same_document || (!a.series.empty() && a.series == b.series) || shared_parties(a, b) > 0);
    switch (a.rule) {
        case Rule::kSpeech:
        case Rule::kHostDecision:
            // Across articles, "said last week" is not the same saying as one of a given day in it.
            if (!same_document && a.event->date.precision != b.event->date.precision && !a.event->date.value.empty() &&
                !b.event->date.value.empty())
                return false;
            // "قالت تركيا سابقا" is not what Turkey said on the day of the news, and two sayings
            // before it ("وتعهد ترامب مرارا", "وصرح ترامب أكثر من مرة") are not known to be one.
            if (said_before_the_news(*a.event) || said_before_the_news(*b.event)) return false;
            return a.primary == b.primary && dates_agree(a, b, true);
        case Rule::kMeetingHeld: {
            // One round of talks may be dated by its first day in one text and its last in another.
            if (same_round) return days_apart(a.days, b.days) <= 7 || a.days.empty() || b.days.empty();
            if (!dates_agree(a, b, false) || !same_or_missing(a.location, b.location)) return false;
            // Inside one article, "the talks" with no round, series or place are the talks already named.
            const auto bare = [](const Facts& f) {
                return !f.round_number && f.series.empty() && f.location.empty() &&
                       (f.event->date.value.empty() || f.event->date.from_publication);
            };
            if (same_document) {
                // Talks between other sides ("بحث العطية مع باترسون" after "اجتماع كيري والجبير") are other talks.
                const std::size_t shared = shared_parties(a, b);
                const bool two_sides = a.parties.size() >= 2 && b.parties.size() >= 2;
                if (two_sides && !na && !nb && shared < a.parties.size() && shared < b.parties.size()) return false;
                // Talks whose parties share no one are other talks, named or not ("اجتمع محمد بن سلمان مع
                // سمير جعجع" after the guests of another meeting).
                if (!na && !nb && !a.parties.empty() && !b.parties.empty() && shared == 0) return false;
                // The same sides, one of the two mentions undated ("اجتماع بين أمير قطر والرئيس التركي" and
                // "واستقبل أردوغان الشيخ تميم ... الأربعاء"), are one meeting.
                const bool same_sides = !a.parties.empty() && shared == a.parties.size() &&
                                        shared == b.parties.size() &&
                                        (a.event->date.value.empty() || b.event->date.value.empty());
                return (!a.series.empty() && a.series == b.series) || bare(a) || bare(b) || same_sides;
            }
            // Two meetings on one day in one place with other parties are two meetings: none shared, or
            // each with a side of its own ("استقبل الملك سلمان وزير الدفاع الأميركي" and "استقبل الملك
            // سلمان رئيس حزب القوات اللبنانية" in Jeddah that day).
            const std::size_t shared = shared_parties(a, b);
            if (!a.parties.empty() && !b.parties.empty() && shared == 0) return false;
            if (!na && !nb && a.parties.size() >= 2 && b.parties.size() >= 2 && shared < a.parties.size() &&
                shared < b.parties.size())
                return false;
            // Across articles an unnumbered meeting needs its place or series and overlapping days.
            return same_place(a, b) && overlap(a.days, b.days);
        }
        case Rule::kJointStatement:
            if (!same_or_missing(a.location, b.location)) return false;
            // One article tells a declaration "issued today" and what "the two sides affirmed" at
            // the talks before it.
            if (same_document)
                return dates_agree(a, b, false) ||
                       (shared_parties(a, b) >= 1 && days_apart(a.days, b.days) <= kDeclarationDelay);
            if (!dates_agree(a, b, false)) return false;
            if (same_round) return true;
            return !a.location.empty() && a.location == b.location && overlap(a.days, b.days);
        case Rule::kMeetingPlanned: {
            if (!dates_agree(a, b, false)) return false;
            if (same_document) return true;
            if (same_round) return true;
            // A plan that names no side ("يعقد غدا الاثنين اجتماع لرؤساء البلديات") is another article's
            // plan only in the same place or series.
            const auto nobody = [](const Facts& f) { return f.parties.empty() && f.persons.empty(); };
            if ((nobody(a) || nobody(b)) && !same_place(a, b)) return false;
            // The same two people, or their two states where one article names only the states
            // ("قمة مع الولايات المتحدة" said by Pyongyang). A third state is another summit as well
            // ("قمة مقررة بين كيم والرئيس الكوري الجنوبي مون جيه-إن، والرئيس الأمريكي دونالد ترامب").
            if (a.days.empty() || b.days.empty())
                return ((shared(a.persons, b.persons) >= 2 && !third_side(a, b) && !third_side(b, a)) ||
                        (a.persons.empty() != b.persons.empty() && shared_parties(a, b) >= 2)) &&
                       undated_plan_near(a, b);
            // Across articles a plan needs a time no vaguer than half a year ("a meeting this year"
            // is every meeting of the year) and no other parties (see conflict()).
            constexpr long kLongestHalfYear = 184;
            const auto within_half_year = [](const DayRange& days) {
                return !days.empty() && days.last - days.first < kLongestHalfYear;
            };
            // Two sides meet: plans given different times share both sides ("يجتمع مجلس الأمن الأربعاء
            // بطلب من الولايات المتحدة" is not the Trump–Kim summit of that month).
            const std::size_t wanted = std::min({a.parties.size(), b.parties.size(), std::size_t{2}});
            if (a.event->date.value != b.event->date.value && shared_parties(a, b) < wanted) return false;
            return overlap(a.days, b.days) && (within_half_year(a.days) || within_half_year(b.days));
        }
        case Rule::kAgreement: {
            if (!dates_agree(a, b, true)) return false;
            const std::size_t shared = shared_parties(a, b);
            return shared >= 2 || (same_document && shared >= 1);
        }
        case Rule::kOther:
            break;
    }
    return a.primary == b.primary && !a.primary.empty() && dates_agree(a, b, false) && same_document;
}

constexpr std::size_t kSampledMentions = 8;
constexpr std::size_t kRecentClusters = 256;

// What two mentions of one event, in two articles, can never differ in.
bool conflict(const Facts& a, const Facts& b) {
    const int na = a.round_number, nb = b.round_number;
    if (na && nb && na != nb) return true;
    if (!same_or_missing(a.series, b.series)) return true;
    if (a.rule == Rule::kSpeech || a.rule == Rule::kHostDecision) {
        if (a.primary != b.primary) return true;
        // A state speaking through two offices, or through one and through none, is two sources: the
        // weather service's forecast is not the kingdom's condemnation of that day.
        if (a.primary_title != b.primary_title) return true;
        // Every two of one saying's days agree: articles of each next day do not chain a week of
        // one speaker's sayings into one.
        if (!a.days.empty() && !b.days.empty() && !dates_agree(a, b, true)) return true;
    }
    if (a.rule == Rule::kMeetingHeld && !same_or_missing(a.location, b.location)) return true;
    // Meetings of other sides in one place on one day stay two, whatever mentions with no side or
    // one side chain them ("استقبل الملك سلمان الرئيس البشير" and "لقاءات مشعل في الرياض").
    if (a.rule == Rule::kMeetingHeld && !a.round_number && !b.round_number && !a.parties.empty() &&
        !b.parties.empty()) {
        const std::size_t shared = shared_parties(a, b);
        if (shared == 0) return true;
        if (a.parties.size() >= 2 && b.parties.size() >= 2 && shared < a.parties.size() && shared < b.parties.size())
            return true;
    }
    // Agreements of two sides each with a side of its own are two agreements ("فرنسا وروسيا توصلتا إلى
    // اتفاق" and "الولايات المتحدة وروسيا توصلتا" that day), whatever wider ones chain them.
    if (a.rule == Rule::kAgreement && a.sides.size() >= 2 && b.sides.size() >= 2) {
        const std::size_t shared_sides = shared(a.sides, b.sides);
        if (shared_sides < a.sides.size() && shared_sides < b.sides.size()) return true;
    }
    // Two plans of two sides each, one side not shared, are two plans, whatever chains them: the
    // king's visit to Washington and the German minister's to Riyadh, both in September. Plans of
    // more sides are often told with a part of them.
    if (a.rule == Rule::kMeetingPlanned && a.parties.size() == 2 && b.parties.size() == 2 && shared_parties(a, b) < 2 &&
        !a.round_number && !b.round_number)
        return true;
    // Plans of other parties are other plans, however their mentions chain.
    if (a.rule == Rule::kMeetingPlanned && !a.parties.empty() && !b.parties.empty() && shared_parties(a, b) == 0)
        return true;
    if (a.rule == Rule::kMeetingPlanned && (a.days.empty() || b.days.empty()) && !undated_plan_near(a, b)) return true;
    // Plans, and meetings held, that each name a person of one side the other does not are others: the
    // foreign minister's and the crown prince's talks with one guest in Jeddah that day.
    if ((a.rule == Rule::kMeetingPlanned || a.rule == Rule::kMeetingHeld) && other_envoys(a, b)) return true;
    // Two day-precise dates a week apart are two events.
    return a.day_precise && b.day_precise && !a.days.empty() && !b.days.empty() && days_apart(a.days, b.days) > 7;
}

using Cluster = std::vector<const Facts*>;

// Across articles an event joins a cluster when it matches one of its
// events and contradicts none, so no chain of partial matches bridges two.
bool joins(const Cluster& cluster, const Facts& e, bool same_document) {
    // Inside one article mentions are many and loose ("the talks"): all must agree.
    if (same_document) {
        // The first and the latest mentions stand for the cluster, so that a
        // very long article still merges in linear time.
        const std::size_t n = cluster.size();
        for (std::size_t i = 0; i < n;
             i = (i == kSampledMentions && n > 2 * kSampledMentions) ? n - kSampledMentions : i + 1)
            if (!compatible(*cluster[i], e, true)) return false;
        return true;
    }
    // Mentions of one article that were kept apart there ("يعقد كيري اجتماعا مع دول مجلس التعاون" and
    // "يعقد كيري أيضا اليوم في الدوحة اجتماعا مع لافروف والجبير") stay apart: another article does not join them.
    const std::string& document = e.event->mentions.front().doc;
    if (std::any_of(cluster.begin(), cluster.end(),
                    [&](const Facts* c) { return c->event->mentions.front().doc == document; }))
        return false;
    return std::any_of(cluster.begin(), cluster.end(),
                       [&](const Facts* c) { return compatible(*c, e, same_document); }) &&
           std::none_of(cluster.begin(), cluster.end(), [&](const Facts* c) { return conflict(*c, e); });
}

int role_rank(const std::string& role) {
    static const char* const order[] = {"speaker", "host", "signatory", "participant", "observer", "target", "via"};
    for (int i = 0; i < 7; ++i)
        if (role == order[i]) return i;
    return 7;
}

std::uint64_t fnv1a(const std::string& text) {
    std::uint64_t hash = 1469598103934665603ULL;
    for (const unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    return hash;
}

// Combines a cluster of events into one.
// What the merged event keeps of the cluster's events is moved into it, not copied: each event
// belongs to one cluster, and nothing reads it once its cluster is combined.
Event combine(const Cluster& cluster) {
    Event merged;
    merged.type = cluster.front()->event->type;
    const Rule kind = cluster.front()->rule;
    const bool meeting = kind == Rule::kMeetingHeld || kind == Rule::kMeetingPlanned;
    // Talks of two sides many articles report: a party only one of them names is most often a misreading
    // of its sentence ("في موسكو حليفة الأسد"). A person of a side the others name, or that side's state,
    // is the same side told otherwise. A round of talks, or a meeting of more sides, is left as told: each
    // article lists other delegations and observers.
    std::vector<std::pair<std::string, std::string>> told_once;
    const bool round = std::any_of(cluster.begin(), cluster.end(), [](const Facts* f) { return f->event->round; });
    if (meeting && !round) {
        struct Told {
            std::string affiliation;
            std::set<std::string_view> by;
        };
        std::map<std::pair<std::string, std::string>, Told> told;
        std::set<std::string_view> documents;
        for (const Facts* facts : cluster)
            for (const Mention& mention : facts->event->mentions) {
                documents.insert(mention.doc);
                for (const Actor& actor : facts->event->actors) {
                    Told& entry = told[{actor.id, actor.role}];
                    if (!actor.affiliation.empty()) entry.affiliation = actor.affiliation;
                    entry.by.insert(mention.doc);
                }
            }
        constexpr std::size_t kReports = 3;
        constexpr std::size_t kSides = 2;
        std::set<std::string_view> confirmed_sides;  // the parties named twice or more, and their states
        std::set<std::string_view> sides;            // the same, a person counted as his state
        for (const auto& [actor, entry] : told)
            if (entry.by.size() > 1) {
                confirmed_sides.insert(actor.first);
                if (!entry.affiliation.empty()) confirmed_sides.insert(entry.affiliation);
                sides.insert(entry.affiliation.empty() ? std::string_view(actor.first) : entry.affiliation);
            }
        if (documents.size() >= kReports && sides.size() == kSides)
            for (const auto& [actor, entry] : told) {
                const bool same_side = confirmed_sides.count(actor.first) > 0 ||
                                       (!entry.affiliation.empty() && confirmed_sides.count(entry.affiliation) > 0);
                if (entry.by.size() == 1 && !same_side) told_once.push_back(actor);
            }
    }
    for (const Facts* facts : cluster) {
        Event* e = facts->event;
        if (merged.cameo.empty()) merged.cameo = std::move(e->cameo);
        for (Actor& actor : e->actors) {
            if (std::find(told_once.begin(), told_once.end(), std::make_pair(actor.id, actor.role)) != told_once.end())
                continue;
            auto same = std::find_if(merged.actors.begin(), merged.actors.end(),
                                     [&](const Actor& a) { return a.id == actor.id && a.role == actor.role; });
            if (same == merged.actors.end()) {
                merged.actors.push_back(std::move(actor));
            } else {
                if (same->name_ar.empty()) same->name_ar = std::move(actor.name_ar);
                if (same->affiliation.empty()) same->affiliation = std::move(actor.affiliation);
                if (same->title.empty()) same->title = std::move(actor.title);
            }
        }
        if (e->round) {
            if (!merged.round) {
                merged.round = std::move(e->round);
            } else {
                if (merged.round->number == 0) merged.round->number = e->round->number;
                if (merged.round->series.empty()) merged.round->series = std::move(e->round->series);
            }
        }
        if (!merged.location && e->location) merged.location = std::move(e->location);
        merged.mentions.insert(merged.mentions.end(), std::make_move_iterator(e->mentions.begin()),
                               std::make_move_iterator(e->mentions.end()));
    }
    // A participant that is also the host is listed once, as host.
    merged.actors.erase(std::remove_if(merged.actors.begin(), merged.actors.end(),
                                       [&](const Actor& a) {
                                           return a.role != "host" && a.role != "speaker" &&
                                                  std::any_of(
                                                      merged.actors.begin(), merged.actors.end(), [&](const Actor& b) {
                                                          return b.id == a.id && role_rank(b.role) < role_rank(a.role);
                                                      });
                                       }),
                        merged.actors.end());
    // A state or body taking part in a meeting through a person named with it ("سفير جمهورية اتحاد ميانمار
    // ... كو كولات", "ولي العهد ... بمملكة البحرين") is that person's side, listed once, through him.
    if (meeting) {
        const auto through_person = [&](const Actor& a) {
            return a.role == "participant" && a.kind != "person" &&
                   std::any_of(merged.actors.begin(), merged.actors.end(), [&](const Actor& b) {
                       return b.kind == "person" && b.role == "participant" && b.affiliation == a.id;
                   });
        };
        merged.actors.erase(std::remove_if(merged.actors.begin(), merged.actors.end(), through_person),
                            merged.actors.end());
    }
    std::stable_sort(merged.actors.begin(), merged.actors.end(), [](const Actor& a, const Actor& b) {
        return std::make_tuple(role_rank(a.role), a.id) < std::make_tuple(role_rank(b.role), b.id);
    });
    // The most precise date the text gives; the most often given among equals. What an article
    // tells as said or held happened by the day it came out: a day after the first article's is
    // another's reckoning ("أول من أمس" in a later article about a statement reported before it).
    std::optional<long> first_published;
    for (const Facts* facts : cluster)
        if (facts->published && (!first_published || *facts->published < *first_published))
            first_published = facts->published;
    const bool told_as_done = kind == Rule::kSpeech || kind == Rule::kMeetingHeld;
    std::map<std::tuple<int, std::string>, std::pair<int, EventDate*>> votes;
    for (const Facts* facts : cluster) {
        Event* e = facts->event;
        if (e->date.value.empty() || e->date.from_publication) continue;
        if (told_as_done && first_published && !facts->days.empty() && facts->days.first > *first_published) continue;
        auto& vote = votes[{-precision_rank(e->date.precision), e->date.value}];
        vote.first++;
        if (vote.first == 1 || e->date.end > vote.second->end) vote.second = &e->date;
    }
    EventDate* date = nullptr;
    if (!votes.empty()) {
        const int best_rank = std::get<0>(votes.begin()->first);
        const std::pair<int, EventDate*>* best = nullptr;
        for (const auto& [key, vote] : votes)
            if (std::get<0>(key) == best_rank && (!best || vote.first > best->first)) best = &vote;
        date = best->second;
    } else {
        for (const Facts* facts : cluster) {
            Event* e = facts->event;
            if (!e->date.value.empty() && (!date || e->date.value < date->value)) date = &e->date;
        }
        // Undated, it keeps the words that place it before the news ("سابقا").
        if (!date) date = &cluster.front()->event->date;
    }
    merged.date = std::move(*date);
    std::sort(merged.mentions.begin(), merged.mentions.end(), [](const Mention& a, const Mention& b) {
        return std::tie(a.doc, a.sentence, a.begin, a.end) < std::tie(b.doc, b.sentence, b.begin, b.end);
    });
    merged.mentions.erase(std::unique(merged.mentions.begin(), merged.mentions.end(),
                                      [](const Mention& a, const Mention& b) {
                                          return a.doc == b.doc && a.begin == b.begin && a.end == b.end;
                                      }),
                          merged.mentions.end());
    // Only the first mention's quote is shown: the others are freed, for the memory the rest of
    // the merge takes. A mention after another never comes first when events merge again.
    for (auto other = merged.mentions.begin() + (merged.mentions.empty() ? 0 : 1); other != merged.mentions.end();
         ++other)
        std::string().swap(other->quote);
    std::set<std::string> documents;
    for (const Mention& m : merged.mentions) documents.insert(m.doc);
    merged.documents = static_cast<int>(documents.size());
    return merged;
}

// Keys that any event compatible with `e` shares with it (see compatible()),
// so that a cluster is only compared with events it could take.
std::vector<std::string> blocking_keys(const Facts& facts) {
    const Event& e = *facts.event;
    std::vector<std::string> keys;
    const std::string prefix = e.type + "\x1f";
    auto add = [&](const char* kind, std::string_view value) {
        keys.push_back(prefix);
        keys.back() += kind;
        keys.back() += value;
    };
    if (facts.rule == Rule::kMeetingHeld || facts.rule == Rule::kJointStatement ||
        facts.rule == Rule::kMeetingPlanned) {
        if (facts.round_number) add("r:", std::to_string(facts.round_number));
        if (!facts.location.empty()) add("l:", facts.location);
        if (!facts.series.empty() && facts.rule == Rule::kMeetingHeld) add("s:", facts.series);
        if (facts.rule == Rule::kMeetingPlanned) {
            // An undated plan finds the plans of its people (see undated_plan_near()).
            if (facts.persons.size() >= 2)
                for (std::string_view person : facts.persons) add("pp:", person);
            if (e.date.value.empty())
                for (std::string_view party : facts.parties) add("pa:", party);
            if (const auto span = day_span(e.date)) {
                const int first_year = std::stoi(span->first.substr(0, 4));
                const int last_year = std::stoi(span->last.substr(0, 4));
                for (int year = first_year; year <= last_year && year < first_year + 3; ++year)
                    add("y:", std::to_string(year));
            }
        }
    } else if (facts.rule == Rule::kAgreement) {
        for (std::string_view party : facts.parties) add("a:", party);
    } else if (!facts.primary.empty()) {
        add("p:", facts.primary);
    }
    return keys;
}

// Greedy clustering in a canonical order: each event joins the first cluster
// it may belong to.
std::vector<Event> cluster_events(const Facts* first, const Facts* last, bool same_document) {
    std::vector<Cluster> clusters;
    std::unordered_map<std::string, std::vector<std::size_t>> clusters_by_key;
    std::vector<std::size_t> candidates;
    for (const Facts* e = first; e != last; ++e) {
        candidates.clear();
        std::vector<std::string> keys;
        if (same_document) {
            // Within an article, the clusters opened most recently.
            for (std::size_t c = clusters.size() > kRecentClusters ? clusters.size() - kRecentClusters : 0;
                 c < clusters.size(); ++c)
                candidates.push_back(c);
        } else {
            keys = blocking_keys(*e);
            for (const std::string& key : keys) {
                auto found = clusters_by_key.find(key);
                if (found != clusters_by_key.end())
                    candidates.insert(candidates.end(), found->second.begin(), found->second.end());
            }
            std::sort(candidates.begin(), candidates.end());
            candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        }
        std::size_t chosen = clusters.size();
        for (const std::size_t c : candidates) {
            if (joins(clusters[c], *e, same_document)) {
                chosen = c;
                break;
            }
        }
        if (chosen == clusters.size()) clusters.emplace_back();
        clusters[chosen].push_back(e);
        for (const std::string& key : keys) {
            auto& list = clusters_by_key[key];
            if (list.empty() || list.back() != chosen) list.push_back(chosen);
        }
    }
    std::vector<Event> merged;
    merged.reserve(clusters.size());
    for (const auto& cluster : clusters) merged.push_back(combine(cluster));
    return merged;
}

// The events of `ranked` cut into two groups, each in ranked order, such that no two events of
// different groups share a blocking key: clustering never compares them, so the two groups are
// clustered side by side with the clusters that one pass over all would give. The groups are
// whole sets of events linked by shared keys, dealt out so that both get about half of the work.
std::pair<std::vector<Facts>, std::vector<Facts>> independent_halves(std::vector<Facts> ranked) {
    std::vector<std::size_t> parent(ranked.size());
    for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = i;
    const auto root = [&parent](std::size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    };
    std::unordered_map<std::string, std::size_t> first_with_key;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        for (std::string& key : blocking_keys(ranked[i])) {
            const auto [found, added] = first_with_key.emplace(std::move(key), i);
            if (!added) {
                const std::size_t a = root(found->second), b = root(i);
                parent[std::max(a, b)] = std::min(a, b);  // a set's root is its first event
            }
        }
    }
    std::vector<std::size_t> set_size(ranked.size(), 0);
    for (std::size_t i = 0; i < ranked.size(); ++i) ++set_size[root(i)];
    // Clustering a set costs about the square of its size: each event is compared with the clusters
    // before it that share a key. Each set goes, the costliest first, to the group with less work so far.
    std::vector<std::size_t> roots;
    for (std::size_t i = 0; i < ranked.size(); ++i)
        if (set_size[i] > 0) roots.push_back(i);
    std::stable_sort(roots.begin(), roots.end(),
                     [&](std::size_t a, std::size_t b) { return set_size[a] > set_size[b]; });
    std::vector<char> in_second(ranked.size(), 0);
    std::uint64_t first_work = 0, second_work = 0;
    for (const std::size_t r : roots) {
        in_second[r] = second_work < first_work;
        (in_second[r] ? second_work : first_work) += std::uint64_t{set_size[r]} * set_size[r];
    }
    std::pair<std::vector<Facts>, std::vector<Facts>> halves;
    for (std::size_t i = 0; i < ranked.size(); ++i)
        (in_second[root(i)] ? halves.second : halves.first).push_back(std::move(ranked[i]));
    return halves;
}

// `value` in at least `width` decimal digits, zero-padded, as printf's "%0<width>zu" writes it.
void append_padded(std::string& out, std::size_t value, std::size_t width) {
    char digits[24];
    std::size_t count = 0;
    do {
        digits[count++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    if (count < width) out.append(width - count, '0');
    while (count > 0) out.push_back(digits[--count]);
}

// The document, the place in it and the type: "%08d:%012zu:%012zu" between separators, written
// without printf, whose parsing of the format cost more than the merge's comparisons of keys.
std::string mention_key(const Event& e) {
    const Mention& m = e.mentions.front();
    std::string key;
    key.reserve(m.doc.size() + e.type.size() + 36);
    key.append(m.doc).push_back('\x1f');
    if (m.sentence < 0) {
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%08d", m.sentence);
        key.append(buffer);
    } else {
        append_padded(key, static_cast<std::size_t>(m.sentence), 8);
    }
    key.push_back(':');
    append_padded(key, m.begin, 12);
    key.push_back(':');
    append_padded(key, m.end, 12);
    key.push_back('\x1f');
    key.append(e.type);
    return key;
}

// Positions 0..count-1 put in the order std::sort (or, when `stable`,
// std::stable_sort) gives the items they stand for, `before` comparing two
// positions' items. Sorting positions copies no item and makes the same
// comparisons and moves as sorting the items, so even equal items come out
// in the same order.
template <typename Before>
std::vector<std::size_t> sorted_positions(std::size_t count, Before before, bool stable = false) {
    std::vector<std::size_t> positions(count);
    for (std::size_t i = 0; i < count; ++i) positions[i] = i;
    if (stable) {
        std::stable_sort(positions.begin(), positions.end(), before);
    } else {
        std::sort(positions.begin(), positions.end(), before);
    }
    return positions;
}

}  // namespace

DayRange day_range(const EventDate& date) {
    const auto span = day_span(date);
    if (!span) return {};
    return {day_number(span->first), day_number(span->last)};
}

namespace {

// Arabic spelling variants folded for comparing names: hamza seats, alef
// maqsura and teh marbuta, tashkeel and tatweel.
std::string fold_name(const std::string& name) {
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        const unsigned char next = i + 1 < name.size() ? static_cast<unsigned char>(name[i + 1]) : 0;
        if (c == 0xD8 && (next == 0xA2 || next == 0xA3 || next == 0xA5)) {
            out += "\xD8\xA7";
        } else if (c == 0xD8 && next == 0xA9) {
            out += "\xD9\x87";
        } else if (c == 0xD9 && next == 0x89) {
            out += "\xD9\x8A";
        } else if (c == 0xD9 && (next == 0x80 || (next >= 0x8B && next <= 0x92))) {
        } else {
            out.append(name, i, c >= 0xC0 ? 2 : 1);
            if (c >= 0xC0) ++i;
            continue;
        }
        ++i;
    }
    return out;
}

std::vector<std::string> name_words(const std::string& name) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : fold_name(name) + " ") {
        if (c == ' ' || c == '-') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word.push_back(c);
        }
    }
    return words;
}

// The words of an English title that tell a post ("Colonel", "Spokesperson"), not "of" or "for".
std::vector<std::string> post_words(const std::string& title) {
    constexpr std::size_t kShortest = 4;
    std::vector<std::string> words = name_words(title);
    words.erase(std::remove_if(words.begin(), words.end(), [](const std::string& w) { return w.size() < kShortest; }),
                words.end());
    return words;
}

// Names of three words or more (of one first and last word) name two fathers when they agree on
// their first two words and differ on the third ("فيصل بن عبدالعزيز" is not "فيصل بن خالد بن
// عبدالعزيز"), or have no word between the first and the last that may be one ("محمد حامد السناني"
// is not "محمد عايد السناني"; "مولود جاوش أوغلو" is "مولود جاويش أوغلو").
bool other_father(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.size() < 3 || b.size() < 3) return false;
    if (a[1] == b[1]) return a[2] != b[2];
    return std::none_of(a.begin() + 1, a.end() - 1, [&](const std::string& word) {
        return std::any_of(b.begin() + 1, b.end() - 1,
                           [&](const std::string& other) { return word == other || may_be_one_name(word, other); });
    });
}

// The ids of one first and last name (and affiliation) in the sets that stand for one person
// each: an id joins the one set it may belong to; one that may belong to several joins none.
std::vector<std::set<std::string>> split_by_father(const std::set<std::string>& ids,
                                                   const std::map<std::string, std::vector<std::string>>& words_of) {
    std::vector<std::string> order(ids.begin(), ids.end());
    // Longer names first: they tell the fathers apart.
    std::stable_sort(order.begin(), order.end(), [&](const std::string& a, const std::string& b) {
        return words_of.at(a).size() > words_of.at(b).size();
    });
    std::vector<std::set<std::string>> people;
    for (const std::string& id : order) {
        std::vector<std::size_t> fits;
        for (std::size_t p = 0; p < people.size(); ++p)
            if (std::none_of(people[p].begin(), people[p].end(), [&](const std::string& other) {
                    return other_father(words_of.at(id), words_of.at(other));
                }))
                fits.push_back(p);
        if (fits.size() == 1) {
            people[fits.front()].insert(id);
        } else {
            people.push_back({id});
        }
    }
    return people;
}

// One identity per person: the variants of a name that agree on the first
// and last words and the affiliation ("عادل الجبير", "عادل بن أحمد الجبير",
// the lexicon's Adel al-Jubeir) take one id, and a last name alone joins the
// one person of its affiliation that bears it. Two given names before one
// last name are two people: a last name alone then joins neither; so are two
// fathers' names after one given name (see other_father()).
void join_person_identities(std::vector<Event>& mentions) {
    struct Variant {
        std::string name, name_ar;
        bool english = false;  // a lexicon name, not the Arabic as written
    };
    // Looked up by id only (what is iterated below is ordered): hashed, as every mention's actors pass here.
    std::unordered_map<std::string, Variant> variants;
    // The side of each id: the affiliation its mentions give most often, an empty one only when none gives one.
    std::unordered_map<std::string, std::map<std::string, int>> sides;
    for (const Event& e : mentions) {
        for (const Actor& a : e.actors) {
            if (a.kind != "person") continue;
            ++sides[a.id][a.affiliation];
            if (!a.name_ar.empty())
                variants.try_emplace(a.id,
                                     Variant{a.name, a.name_ar, std::all_of(a.name.begin(), a.name.end(), [](char c) {
                                                 return static_cast<unsigned char>(c) < 0x80;
                                             })});
        }
    }
    const auto side_of = [&](const std::string& id) {
        std::pair<std::string, int> best{"", 0};
        for (const auto& [affiliation, count] : sides[id])
            if (!affiliation.empty() && count > best.second) best = {affiliation, count};
        return best.first;
    };
    // (affiliation, last word) -> first word -> ids; "" for a last name alone.
    std::map<std::pair<std::string, std::string>, std::map<std::string, std::set<std::string>>> groups;
    std::map<std::string, std::vector<std::string>> words_of;
    std::unordered_map<std::string, std::set<std::string>> given_names_by_family;  // whatever their side
    for (const auto& [id, variant] : variants) {
        std::vector<std::string> words = name_words(variant.name_ar);
        if (words.empty()) continue;
        groups[{side_of(id), words.back()}][words.size() > 1 ? words.front() : ""].insert(id);
        if (words.size() > 1) given_names_by_family[words.back()].insert(words.front());
        words_of[id] = std::move(words);
    }
    std::unordered_map<std::string, std::string> canonical;
    // Short forms that join their full name only where a mention gives them its post or its document.
    std::unordered_set<std::string> joined_where_shared;
    const auto better = [&](const std::string& a, const std::string& b) {
        const Variant &x = variants[a], &y = variants[b];
        return std::make_tuple(!x.english, -static_cast<long>(x.name_ar.size()), a) <
               std::make_tuple(!y.english, -static_cast<long>(y.name_ar.size()), b);
    };
    // A family name that people of few given names bear ("الطاير") names one of them wherever it is written in full.
    constexpr std::size_t kFewBearers = 3;
    for (const auto& [key, by_first] : groups) {
        std::map<std::string, std::vector<std::set<std::string>>> people;  // by first word
        std::size_t given = 0;
        for (const auto& [first, ids] : by_first) {
            if (first.empty()) continue;
            people[first] = split_by_father(ids, words_of);
            given += people[first].size();
        }
        for (auto& [first, sets] : people) {
            for (std::set<std::string>& members : sets) {
                // A last name alone joins the one full name of its side, never one of several.
                if (given == 1 && by_first.count("") && !key.first.empty())
                    members.insert(by_first.at("").begin(), by_first.at("").end());
                const std::string best = *std::min_element(members.begin(), members.end(), better);
                // "عبدالله العتيبي" of one article is "عبدالله بن سعد العتيبي" of another, where many bear the family
                // name and the lexicon knows neither, only in a mention with his post or in an article naming him in
                // full: the short form's one id stands for everyone so called.
                const bool few_bearers = given_names_by_family[key.second].size() <= kFewBearers;
                for (const std::string& id : members) {
                    canonical[id] = best;
                    if (id != best && !few_bearers && !variants[id].english && !variants[best].english &&
                        words_of[id].size() != words_of[best].size())
                        joined_where_shared.insert(id);
                }
            }
        }
    }
    // The posts and the documents each full name is named with, where a short form joins it only so:
    // what ties the short form to the one full name.
    std::unordered_map<std::string, std::set<std::string>> posts_of, documents_of;
    for (const std::string& id : joined_where_shared) {
        posts_of[canonical[id]];
        documents_of[canonical[id]];
    }
    for (const Event& e : mentions) {
        for (const Actor& a : e.actors) {
            if (a.kind != "person") continue;
            const auto posts = posts_of.find(a.id);
            if (posts == posts_of.end()) continue;
            for (std::string& word : post_words(a.title)) posts->second.insert(std::move(word));
            std::set<std::string>& documents = documents_of[a.id];
            for (const Mention& m : e.mentions) documents.insert(m.doc);
        }
    }
    for (Event& e : mentions) {
        for (Actor& a : e.actors) {
            const auto to = canonical.find(a.id);
            if (a.kind != "person" || to == canonical.end() || to->second == a.id) continue;
            const auto post_shared = [&] {
                const std::set<std::string>& posts = posts_of[to->second];
                const std::vector<std::string> words = post_words(a.title);
                return std::any_of(words.begin(), words.end(),
                                   [&](const std::string& w) { return posts.count(w) > 0; });
            };
            if (joined_where_shared.count(a.id) && !post_shared() &&
                std::none_of(e.mentions.begin(), e.mentions.end(),
                             [&](const Mention& m) { return documents_of[to->second].count(m.doc) > 0; }))
                continue;
            const Variant& best = variants[to->second];
            a.id = to->second;
            a.name = best.name;
            a.name_ar = best.name_ar;
        }
    }
}

}  // namespace

std::vector<Event> merge_events(std::vector<Event> mentions, const EventTypes& types,
                                const std::vector<DocumentInfo>& documents) {
    // Canonical order: by document, place in the document, type. It reads only the mentions and
    // types, which the join of person identities beside it leaves alone; the documents' publication
    // days are read beside it too.
    PublicationDays published;
    auto canonical_order = std::async(std::launch::async, [&mentions, &documents, &published] {
        for (const DocumentInfo& info : documents)
            if (const auto span = day_span(info.date); span && info.date.size() == 10)
                published.emplace(info.id, day_number(span->first));
        std::vector<std::string> keys;
        keys.reserve(mentions.size());
        for (const Event& e : mentions) keys.push_back(mention_key(e));
        return sorted_positions(mentions.size(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    });
    join_person_identities(mentions);
    const std::vector<std::size_t> order = canonical_order.get();
    // Inside each document first, then across documents. Documents are merged apart from each
    // other, so the two halves of the canonical order, cut between documents, are merged side by side.
    std::vector<Facts> canonical(mentions.size());
    const auto doc_at = [&](std::size_t k) -> const std::string& { return mentions[order[k]].mentions.front().doc; };
    const auto merge_documents = [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k) canonical[k] = facts_of(mentions[order[k]], types, published);
        std::vector<Event> merged;
        for (std::size_t start = from; start < to;) {
            std::size_t stop = start;
            while (stop < to && doc_at(stop) == doc_at(start)) ++stop;
            for (Event& e : cluster_events(canonical.data() + start, canonical.data() + stop, true))
                merged.push_back(std::move(e));
            start = stop;
        }
        return merged;
    };
    std::size_t middle = canonical.size() / 2;
    while (middle > 0 && middle < canonical.size() && doc_at(middle) == doc_at(middle - 1)) ++middle;
    auto first_half = std::async(std::launch::async, merge_documents, 0, middle);
    std::vector<Event> second_half = merge_documents(middle, canonical.size());
    std::vector<Event> per_document = first_half.get();
    per_document.reserve(per_document.size() + second_half.size());
    for (Event& e : second_half) per_document.push_back(std::move(e));
    // Across documents: events with a round or a day first, so vaguer ones join them.
    struct Rank {
        const std::string* type;
        int unnumbered;
        int vagueness;
        int from_publication;
        int nobody_named;  // a plan of states alone joins after those of their people
        bool operator<(const Rank& other) const {
            return std::tie(*type, unnumbered, vagueness, from_publication, nobody_named) <
                   std::tie(*other.type, other.unnumbered, other.vagueness, other.from_publication, other.nobody_named);
        }
    };
    std::vector<Rank> ranks;
    ranks.reserve(per_document.size());
    for (const Event& e : per_document) {
        const bool nobody = std::none_of(e.actors.begin(), e.actors.end(),
                                         [](const Actor& a) { return a.kind == "person" && a.role == "participant"; });
        ranks.push_back({&e.type, round_number(e) ? 0 : 1,
                         -precision_rank(e.date.value.empty() ? "" : e.date.precision), e.date.from_publication ? 1 : 0,
                         nobody ? 1 : 0});
    }
    const std::vector<std::size_t> by_rank = sorted_positions(
        per_document.size(), [&](std::size_t a, std::size_t b) { return ranks[a] < ranks[b]; }, true);
    std::vector<Facts> ranked(by_rank.size());
    const auto rank_facts = [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k) ranked[k] = facts_of(per_document[by_rank[k]], types, published);
    };
    auto first_facts = std::async(std::launch::async, rank_facts, 0, ranked.size() / 2);
    rank_facts(ranked.size() / 2, ranked.size());
    first_facts.get();
    auto [first_group, second_group] = independent_halves(std::move(ranked));
    auto first_merged = std::async(std::launch::async, [&first_group = first_group] {
        return cluster_events(first_group.data(), first_group.data() + first_group.size(), false);
    });
    std::vector<Event> merged = cluster_events(second_group.data(), second_group.data() + second_group.size(), false);
    {
        std::vector<Event> first = first_merged.get();
        merged.reserve(merged.size() + first.size());
        for (Event& e : first) merged.push_back(std::move(e));
    }
    // The mentions and the events of each document are spent: tens of thousands of events, freed on
    // a thread of their own while the merged ones are named and put in order.
    auto release = std::async(std::launch::async, [spent_mentions = std::move(mentions),
                                                   spent_per_document = std::move(per_document)]() mutable {
        std::vector<Event>().swap(spent_mentions);
        std::vector<Event>().swap(spent_per_document);
    });
    // An event of which no mention, in any article, names who took part, the talks it was a round of
    // or where it was held ("بدأ التخطيط ... وتعاقبت الاجتماعات") tells nothing to place it: it is left
    // out. It still served to join its mentions to an event that does. So is a meeting held or planned
    // that names no side and is no round, even with its place ("يعقد غدا اجتماع لرؤساء البلديات في
    // منطقة عسير").
    // A meeting held or planned has two sides, or is a body meeting as one (a council, a summit, a cabinet's
    // session) or a round of talks: when no mention names more than one person, one state no office of it
    // stands for, or the host alone, it is left out too ("المفاوضات بين ريال مدريد الإسباني", "قبل زيارة
    // مقررة للرئيس الأميركي باراك أوباما", "وإثيوبيا هي ثاني محطة في زيارته الإفريقية المرتقبة", "استضافت
    // العاصمة البيلاروسية اجتماعا جديدا بين ممثلين عن الحكومة الأوكرانية وآخرين").
    // (A state named alone by an office that does not meet in session, "وعقد رون ديرمر السفير
    // الاسرائيلي لقاءات", is dropped where it is read: which offices meet in session is the lexicon's.)
    const auto meeting = [&types](const Event& e) {
        const MergePolicy policy = types.merge_policy(e.type);
        return policy == MergePolicy::meeting || policy == MergePolicy::plan;
    };
    const auto one_sided_meeting = [&meeting](const Event& e) {
        if (!meeting(e) || e.actors.size() != 1 || e.round) return false;
        const Actor& side = e.actors.front();
        return side.role == "host" || side.kind == "person" || (side.kind == "country" && side.title.empty());
    };
    // A meeting that names no side is told only as a numbered round of a series of talks ("الجولة الـ20 في
    // أستانا"); a round of no series ("الجلسة الأولى لمفاوضات الجولة السابعة", "الجولة الثانية لصيد
    // الروبيان") or a series with no number tells no one who met.
    const auto unplaced = [&](const Event& e) {
        if (!e.actors.empty()) return false;
        if (meeting(e)) return series(e).empty() || round_number(e) == 0;
        return !e.round && !e.location;
    };
    merged.erase(std::remove_if(merged.begin(), merged.end(),
                                [&](const Event& e) { return unplaced(e) || one_sided_meeting(e); }),
                 merged.end());
    for (Event& e : merged) {
        const Actor* first = primary_actor(e);
        std::string identity = e.type + "\x1f" + (first ? first->id : std::string()) + "\x1f" + series(e) + "\x1f" +
                               std::to_string(round_number(e)) + "\x1f" + mention_key(e);
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "ev-%012llx",
                      static_cast<unsigned long long>(fnv1a(identity) & 0xFFFFFFFFFFFFULL));
        e.id = buffer;
    }
    const auto before = [&merged](std::size_t x, std::size_t y) {
        const Event& a = merged[x];
        const Event& b = merged[y];
        const bool a_undated = a.date.value.empty(), b_undated = b.date.value.empty();
        return std::tie(a_undated, a.date.value, a.type, a.id) < std::tie(b_undated, b.date.value, b.type, b.id);
    };
    std::vector<Event> sorted;
    sorted.reserve(merged.size());
    for (const std::size_t i : sorted_positions(merged.size(), before)) sorted.push_back(std::move(merged[i]));
    release.get();
    return sorted;
}

}  // namespace hadath
