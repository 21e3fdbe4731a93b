#include "graph/merge.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

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

bool is_speech(const std::string& type) {
    return type == "statement_issued" || type == "appeal" || type == "rejection" || type == "condemnation" ||
           type == "accusation";
}

// The actor an event is about first: its speaker or host.
std::string primary(const Event& event) {
    for (const char* role : {"speaker", "host"})
        for (const Actor& actor : event.actors)
            if (actor.role == role) return actor.id;
    return "";
}

std::set<std::string> party_ids(const Event& event) {
    std::set<std::string> ids;
    for (const Actor& actor : event.actors)
        if (actor.kind != "person") ids.insert(actor.id);
    return ids;
}

std::size_t shared(const std::set<std::string>& a, const std::set<std::string>& b) {
    std::size_t count = 0;
    for (const auto& id : a) count += b.count(id);
    return count;
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
bool dates_agree(const Event& a, const Event& b, bool loose_publication) {
    const DayRange ra = day_range(a.date), rb = day_range(b.date);
    if (ra.empty() || rb.empty()) return true;
    if (overlap(ra, rb)) return true;
    // A statement dated by its article's publication may be a day late.
    if (loose_publication && (a.date.from_publication || b.date.from_publication)) return days_apart(ra, rb) <= 1;
    return false;
}

int round_number(const Event& e) {
    return e.round ? e.round->number : 0;
}
std::string series(const Event& e) {
    return e.round ? e.round->series : std::string();
}
std::string location(const Event& e) {
    return e.location ? e.location->id : std::string();
}

bool same_or_missing(const std::string& a, const std::string& b) {
    return a.empty() || b.empty() || a == b;
}

// May two clusters stand for one real event? `same_document` allows the
// looser links that hold inside one article (a later mention of "the meeting").
bool compatible(const Event& a, const Event& b, bool same_document) {
    if (a.type != b.type) return false;
    const int na = round_number(a), nb = round_number(b);
    if (na && nb && na != nb) return false;
    if (!same_or_missing(series(a), series(b))) return false;
    const std::string& type = a.type;
    if (is_speech(type)) return primary(a) == primary(b) && dates_agree(a, b, true);
    if (type == "host_withdrawal" || type == "hosting_offer")
        return primary(a) == primary(b) && dates_agree(a, b, true);
    if (type == "meeting_held") {
        // One round of talks may be dated by its first day in one text and its last in another.
        if (na && nb)
            return days_apart(day_range(a.date), day_range(b.date)) <= 7 || day_range(a.date).empty() ||
                   day_range(b.date).empty();
        if (!dates_agree(a, b, false) || !same_or_missing(location(a), location(b))) return false;
        // Inside one article, "the talks" with no round, series or place are the talks already named.
        const auto bare = [](const Event& e) {
            return !round_number(e) && series(e).empty() && location(e).empty() && e.date.value.empty();
        };
        if (same_document) return (!series(a).empty() && series(a) == series(b)) || bare(a) || bare(b);
        // Across articles an unnumbered meeting needs its place or series and overlapping days.
        const bool place =
            (!location(a).empty() && location(a) == location(b)) || (!series(a).empty() && series(a) == series(b));
        return place && overlap(day_range(a.date), day_range(b.date));
    }
    if (type == "joint_statement") {
        if (!dates_agree(a, b, false) || !same_or_missing(location(a), location(b))) return false;
        if (same_document) return true;
        if (na && nb) return true;
        return !location(a).empty() && location(a) == location(b) && overlap(day_range(a.date), day_range(b.date));
    }
    if (type == "meeting_planned") {
        if (!dates_agree(a, b, false)) return false;
        if (same_document) return true;
        return (na && nb) || overlap(day_range(a.date), day_range(b.date));
    }
    if (type == "agreement") {
        if (!dates_agree(a, b, true)) return false;
        const auto pa = party_ids(a), pb = party_ids(b);
        return shared(pa, pb) >= 2 || (same_document && shared(pa, pb) >= 1);
    }
    return primary(a) == primary(b) && !primary(a).empty() && dates_agree(a, b, false) && same_document;
}

constexpr std::size_t kSampledMentions = 8;
constexpr std::size_t kRecentClusters = 256;

// What two mentions of one event can never differ in.
bool conflict(const Event& a, const Event& b) {
    const int na = round_number(a), nb = round_number(b);
    if (na && nb && na != nb) return true;
    if (!same_or_missing(series(a), series(b))) return true;
    if ((is_speech(a.type) || a.type == "host_withdrawal" || a.type == "hosting_offer") && primary(a) != primary(b))
        return true;
    if (a.type == "meeting_held" && !same_or_missing(location(a), location(b))) return true;
    const DayRange ra = day_range(a.date), rb = day_range(b.date);
    // Two day-precise dates a week apart are two events.
    return a.date.precision == "day" && b.date.precision == "day" && !ra.empty() && !rb.empty() &&
           days_apart(ra, rb) > 7;
}

// Across articles an event joins a cluster when it matches one of its
// events and contradicts none, so no chain of partial matches bridges two.
bool joins(const std::vector<const Event*>& cluster, const Event& e, bool same_document) {
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
    return std::any_of(cluster.begin(), cluster.end(),
                       [&](const Event* c) { return compatible(*c, e, same_document); }) &&
           std::none_of(cluster.begin(), cluster.end(), [&](const Event* c) { return conflict(*c, e); });
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
Event combine(const std::vector<const Event*>& cluster) {
    Event merged;
    merged.type = cluster.front()->type;
    for (const Event* e : cluster) {
        if (merged.cameo.empty()) merged.cameo = e->cameo;
        for (const Actor& actor : e->actors) {
            auto same = std::find_if(merged.actors.begin(), merged.actors.end(),
                                     [&](const Actor& a) { return a.id == actor.id && a.role == actor.role; });
            if (same == merged.actors.end()) {
                merged.actors.push_back(actor);
            } else {
                if (same->name_ar.empty()) same->name_ar = actor.name_ar;
                if (same->affiliation.empty()) same->affiliation = actor.affiliation;
                if (same->title.empty()) same->title = actor.title;
            }
        }
        if (e->round) {
            if (!merged.round) merged.round = e->round;
            if (merged.round->number == 0) merged.round->number = e->round->number;
            if (merged.round->series.empty()) merged.round->series = e->round->series;
        }
        if (!merged.location && e->location) merged.location = e->location;
        merged.mentions.insert(merged.mentions.end(), e->mentions.begin(), e->mentions.end());
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
    std::stable_sort(merged.actors.begin(), merged.actors.end(), [](const Actor& a, const Actor& b) {
        return std::make_tuple(role_rank(a.role), a.id) < std::make_tuple(role_rank(b.role), b.id);
    });
    // The most precise date the text gives; the most often given among equals.
    std::map<std::tuple<int, std::string>, std::pair<int, EventDate>> votes;
    for (const Event* e : cluster) {
        if (e->date.value.empty() || e->date.from_publication) continue;
        auto& vote = votes[{-precision_rank(e->date.precision), e->date.value}];
        vote.first++;
        if (vote.first == 1 || e->date.end > vote.second.end) vote.second = e->date;
    }
    if (!votes.empty()) {
        const int best_rank = std::get<0>(votes.begin()->first);
        const std::pair<int, EventDate>* best = nullptr;
        for (const auto& [key, vote] : votes)
            if (std::get<0>(key) == best_rank && (!best || vote.first > best->first)) best = &vote;
        merged.date = best->second;
    } else {
        for (const Event* e : cluster)
            if (!e->date.value.empty() && (merged.date.value.empty() || e->date.value < merged.date.value))
                merged.date = e->date;
    }
    std::sort(merged.mentions.begin(), merged.mentions.end(), [](const Mention& a, const Mention& b) {
        return std::tie(a.doc, a.sentence, a.begin, a.end) < std::tie(b.doc, b.sentence, b.begin, b.end);
    });
    merged.mentions.erase(std::unique(merged.mentions.begin(), merged.mentions.end(),
                                      [](const Mention& a, const Mention& b) {
                                          return a.doc == b.doc && a.begin == b.begin && a.end == b.end;
                                      }),
                          merged.mentions.end());
    std::set<std::string> documents;
    for (const Mention& m : merged.mentions) documents.insert(m.doc);
    merged.documents = static_cast<int>(documents.size());
    return merged;
}

// Keys that any event compatible with `e` shares with it (see compatible()),
// so that a cluster is only compared with events it could take.
std::vector<std::string> blocking_keys(const Event& e) {
    std::vector<std::string> keys;
    const std::string prefix = e.type + "\x1f";
    const std::string& type = e.type;
    if (type == "meeting_held" || type == "joint_statement" || type == "meeting_planned") {
        if (round_number(e)) keys.push_back(prefix + "r:" + std::to_string(round_number(e)));
        if (!location(e).empty()) keys.push_back(prefix + "l:" + location(e));
        if (!series(e).empty() && type == "meeting_held") keys.push_back(prefix + "s:" + series(e));
        const auto span = day_span(e.date);
        if (type == "meeting_planned" && span) {
            const int first_year = std::stoi(span->first.substr(0, 4)), last_year = std::stoi(span->last.substr(0, 4));
            for (int year = first_year; year <= last_year && year < first_year + 3; ++year)
                keys.push_back(prefix + "y:" + std::to_string(year));
        }
    } else if (type == "agreement") {
        for (const std::string& party : party_ids(e)) keys.push_back(prefix + "a:" + party);
    } else if (!primary(e).empty()) {
        keys.push_back(prefix + "p:" + primary(e));
    }
    return keys;
}

// Greedy clustering in a canonical order: each event joins the first cluster
// it may belong to.
std::vector<Event> cluster_events(const std::vector<Event>& events, bool same_document) {
    std::vector<std::vector<const Event*>> clusters;
    std::unordered_map<std::string, std::vector<std::size_t>> clusters_by_key;
    std::vector<std::size_t> candidates;
    for (const Event& e : events) {
        const std::vector<std::string> keys = blocking_keys(e);
        candidates.clear();
        if (same_document) {
            // Within an article, the clusters opened most recently.
            for (std::size_t c = clusters.size() > kRecentClusters ? clusters.size() - kRecentClusters : 0;
                 c < clusters.size(); ++c)
                candidates.push_back(c);
        } else {
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
            if (joins(clusters[c], e, same_document)) {
                chosen = c;
                break;
            }
        }
        if (chosen == clusters.size()) clusters.emplace_back();
        clusters[chosen].push_back(&e);
        if (!same_document)
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

std::string mention_key(const Event& e) {
    const Mention& m = e.mentions.front();
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%08d:%012zu:%012zu", m.sentence, m.begin, m.end);
    return m.doc + "\x1f" + buffer + "\x1f" + e.type;
}

}  // namespace

DayRange day_range(const EventDate& date) {
    const auto span = day_span(date);
    if (!span) return {};
    return {day_number(span->first), day_number(span->last)};
}

std::vector<Event> merge_events(std::vector<Event> mentions) {
    // Canonical order: by document, place in the document, type.
    std::sort(mentions.begin(), mentions.end(),
              [](const Event& a, const Event& b) { return mention_key(a) < mention_key(b); });
    // Inside each document first, then across documents.
    std::vector<Event> per_document;
    for (std::size_t start = 0; start < mentions.size();) {
        std::size_t stop = start;
        while (stop < mentions.size() && mentions[stop].mentions.front().doc == mentions[start].mentions.front().doc)
            ++stop;
        std::vector<Event> document(mentions.begin() + static_cast<std::ptrdiff_t>(start),
                                    mentions.begin() + static_cast<std::ptrdiff_t>(stop));
        for (Event& e : cluster_events(document, true)) per_document.push_back(std::move(e));
        start = stop;
    }
    // Across documents: events with a round or a day first, so vaguer ones join them.
    std::stable_sort(per_document.begin(), per_document.end(), [](const Event& a, const Event& b) {
        const auto rank = [](const Event& e) {
            return std::make_tuple(e.type, round_number(e) ? 0 : 1,
                                   -precision_rank(e.date.value.empty() ? "" : e.date.precision),
                                   e.date.from_publication ? 1 : 0);
        };
        return rank(a) < rank(b);
    });
    std::vector<Event> merged = cluster_events(per_document, false);
    for (Event& e : merged) {
        std::string identity = e.type + "\x1f" + primary(e) + "\x1f" + series(e) + "\x1f" +
                               std::to_string(round_number(e)) + "\x1f" + mention_key(e);
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "ev-%012llx",
                      static_cast<unsigned long long>(fnv1a(identity) & 0xFFFFFFFFFFFFULL));
        e.id = buffer;
    }
    std::sort(merged.begin(), merged.end(), [](const Event& a, const Event& b) {
        return std::make_tuple(a.date.value.empty(), a.date.value, a.type, a.id) <
               std::make_tuple(b.date.value.empty(), b.date.value, b.type, b.id);
    });
    return merged;
}

}  // namespace hadath
