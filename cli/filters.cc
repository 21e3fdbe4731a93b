#include "cli/filters.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "extract/lexicon.h"
#include "extract/text.h"
#include "graph/date_span.h"

namespace hadath {

namespace {

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// Edits (insert, delete, replace) that turn one word into another.
std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The candidates nearest to `wanted`: those containing it or contained in it
// first, then those a few edits away; at most `limit`.
std::vector<std::string> nearest(const std::string& wanted,
                                 const std::vector<std::pair<std::string, std::string>>& keyed, std::size_t limit = 4) {
    const std::string key = lower(wanted);
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (const auto& [candidate_key, shown] : keyed) {
        const std::string k = lower(candidate_key);
        std::size_t score = edit_distance(key, k);
        if (key.size() >= 3 && (k.find(key) != std::string::npos || key.find(k) != std::string::npos)) score = 0;
        if (score <= std::max<std::size_t>(2, key.size() / 3)) scored.emplace_back(score, shown);
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> names;
    for (const auto& [score, shown] : scored)
        if (std::find(names.begin(), names.end(), shown) == names.end() && names.size() < limit) names.push_back(shown);
    return names;
}

std::string joined(const std::vector<std::string>& items, const std::string& last_separator = " or ") {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) text += i + 1 == items.size() ? last_separator : ", ";
        text += items[i];
    }
    return text;
}

bool is_digits(const std::string& text, std::size_t begin, std::size_t count) {
    if (begin + count > text.size()) return false;
    for (std::size_t i = begin; i < begin + count; ++i)
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    return true;
}

// An actor or person named by an Arabic name the lexicons hold, as the whole of `name`.
const std::string* arabic_name_id(const std::string& name, const Resources& resources) {
    const NormalizedText normalized = resources.normalizer.normalize(name);
    const std::vector<Token> tokens = tokenize(normalized.text);
    if (tokens.empty()) return nullptr;
    std::vector<PhraseMatch> matches;
    resources.index.match_at(tokens, 0, tokens.size(), matches);
    for (const PhraseMatch& match : matches) {
        if (match.last_token != tokens.size()) continue;
        if (match.category == kActorName || match.category == kActorAdjective)
            return &resources.actors[match.payload].id;
        if (match.category == kPerson) return &resources.people[match.payload].id;
    }
    return nullptr;
}

bool looks_like_person_id(const std::string& value) {
    return value.find('-') != std::string::npos &&
           std::all_of(value.begin(), value.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

std::string resolve_actor(const std::string& value, const Resources& resources, EventFilter& filter) {
    const std::string key = lower(value);
    for (const ActorEntry& actor : resources.actors)
        if (lower(actor.id) == key || lower(actor.name_en) == key) return actor.id;
    for (const PersonEntry& person : resources.people)
        if (person.id == key || lower(person.name_en) == key) return person.id;
    if (const std::string* id = arabic_name_id(value, resources)) return *id;
    // A person the lexicons do not list is known by the slug of the name the text gives.
    std::string slug = key;
    std::replace(slug.begin(), slug.end(), ' ', '-');
    if (looks_like_person_id(slug)) {
        filter.actors_to_check.insert(slug);
        return slug;
    }
    std::vector<std::pair<std::string, std::string>> keyed;
    for (const ActorEntry& actor : resources.actors) {
        const std::string shown = actor.id + " (" + actor.name_en + ")";
        keyed.emplace_back(actor.id, shown);
        keyed.emplace_back(actor.name_en, shown);
    }
    for (const PersonEntry& person : resources.people) {
        keyed.emplace_back(person.id, person.id + " (" + person.name_en + ")");
        keyed.emplace_back(person.name_en, person.id + " (" + person.name_en + ")");
    }
    const std::vector<std::string> near = nearest(value, keyed);
    std::string message = "--actor '" + value + "' is not an actor the lexicons know";
    message += near.empty() ? "; give a code such as KAZ, an English name such as Kazakhstan, an Arabic name, "
                              "or a person's id as 'hadath entities' lists them"
                            : "; did you mean " + joined(near) + "?";
    throw std::invalid_argument(message);
}

}  // namespace

std::set<std::string> known_event_types(const Resources& resources) {
    std::set<std::string> types;
    for (const EventTypeInfo& type : resources.types.all()) types.insert(type.name);
    return types;
}

std::string filter_date_problem(const std::string& value) {
    const bool year = is_digits(value, 0, 4);
    const bool shape = year && (value.size() == 4 || (value.size() == 7 && value[4] == '-' && is_digits(value, 5, 2)) ||
                                (value.size() == 10 && value[4] == '-' && is_digits(value, 5, 2) && value[7] == '-' &&
                                 is_digits(value, 8, 2)));
    if (shape) {
        if (day_span(value)) return "";
        if (value.size() == 4) return "'" + value + "' is not a year of the calendar";
        const int month = std::stoi(value.substr(5, 2));
        if (month < 1 || month > 12) return "'" + value + "' has no month " + value.substr(5, 2) + " (01 to 12)";
        return "'" + value + "' has no day " + value.substr(8, 2) + " in " + value.substr(0, 7);
    }
    // Day first, as written in much of the Arab world: 21/06/2023, 21-6-2023, 21.06.2023.
    std::string digits[3];
    int part = 0;
    for (const char c : value) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            digits[part] += c;
        } else if ((c == '/' || c == '-' || c == '.') && part < 2) {
            ++part;
        } else {
            part = 3;
            break;
        }
    }
    std::string hint;
    if (part == 2 && digits[2].size() == 4 && !digits[0].empty() && digits[0].size() <= 2 && !digits[1].empty() &&
        digits[1].size() <= 2) {
        const std::string iso = digits[2] + "-" + (digits[1].size() == 1 ? "0" : "") + digits[1] + "-" +
                                (digits[0].size() == 1 ? "0" : "") + digits[0];
        if (day_span(iso)) hint = "; did you mean " + iso + "?";
    } else if (part == 1 && digits[1].size() == 4 && !digits[0].empty() && digits[0].size() <= 2) {
        const std::string iso = digits[1] + "-" + (digits[0].size() == 1 ? "0" : "") + digits[0];
        if (day_span(iso)) hint = "; did you mean " + iso + "?";
    }
    return "'" + value + "' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD" + hint;
}

EventFilter resolve_filter(const FilterRequest& request, const Resources& resources) {
    EventFilter filter;
    for (const auto& [option, value] : {std::pair{"--from", request.from}, std::pair{"--to", request.to}}) {
        if (value.empty()) continue;
        if (const std::string problem = filter_date_problem(value); !problem.empty())
            throw std::invalid_argument(std::string(option) + ": " + problem);
    }
    filter.dates_and_series.from = request.from;
    filter.dates_and_series.to = request.to;
    if (!request.series.empty()) {
        if (!resources.series_by_id.count(lower(request.series))) {
            std::vector<std::string> ids;
            for (const SeriesEntry& series : resources.series) ids.push_back(series.id);
            throw std::invalid_argument("--series '" + request.series +
                                        "' is not a series of talks the lexicons know (" + joined(ids) + ")");
        }
        filter.dates_and_series.series = lower(request.series);
    }
    const std::set<std::string> types = known_event_types(resources);
    for (const std::string& type : request.types) {
        if (types.count(type)) {
            filter.types.insert(type);
            continue;
        }
        std::vector<std::pair<std::string, std::string>> keyed;
        for (const std::string& known : types) keyed.emplace_back(known, known);
        const std::vector<std::string> near = nearest(type, keyed);
        std::string message = "--type '" + type + "' is not an event type; ";
        message += near.empty() ? "the types are " + joined({types.begin(), types.end()}, " and ")
                                : "did you mean " + joined(near) + "?";
        throw std::invalid_argument(message);
    }
    for (const std::string& actor : request.actors) filter.actors.insert(resolve_actor(actor, resources, filter));
    return filter;
}

std::vector<Event> apply_filter(const std::vector<Event>& events, const EventFilter& filter) {
    for (const std::string& id : filter.actors_to_check) {
        const bool present = std::any_of(events.begin(), events.end(), [&](const Event& event) {
            return std::any_of(event.actors.begin(), event.actors.end(),
                               [&](const Actor& actor) { return actor.id == id; });
        });
        if (present) continue;
        std::vector<std::pair<std::string, std::string>> keyed;
        for (const Event& event : events)
            for (const Actor& actor : event.actors)
                if (actor.kind == "person") keyed.emplace_back(actor.id, actor.id);
        const std::vector<std::string> near = nearest(id, keyed);
        throw std::invalid_argument("--actor '" + id + "' is the actor of no event" +
                                    (near.empty() ? std::string("") : "; did you mean " + joined(near) + "?"));
    }
    std::vector<Event> kept;
    for (const Event& event : filter_events(events, filter.dates_and_series)) {
        if (!filter.types.empty() && !filter.types.count(event.type)) continue;
        if (!filter.actors.empty() && std::none_of(event.actors.begin(), event.actors.end(), [&](const Actor& actor) {
                return filter.actors.count(actor.id) || filter.actors.count(actor.affiliation);
            }))
            continue;
        kept.push_back(event);
    }
    return kept;
}

}  // namespace hadath
