#include "export/timeline.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_set>

#include "graph/knowledge_graph.h"
#include "graph/text.h"

namespace hadath {
namespace {

// A quote is a whole sentence of up to 280 characters or the clause around the event (see
// Mention::quote); beyond this it is cut with "…".
constexpr std::size_t kLongestQuote = 320;

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

struct Day {
    int year = 0;
    int month = 0;
    int day = 0;
};

Day parse_day(const std::string& iso) {
    return {std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)), std::stoi(iso.substr(8, 2))};
}

std::string month_name(int month) {
    return kMonths[month - 1];
}

std::string infer_precision(const std::string& value) {
    if (value.size() == 4) return "year";
    if (value.size() == 7 && value[5] == 'H') return "half";
    if (value.size() == 7 && value[5] == 'Q') return "quarter";
    if (value.size() == 7) return "month";
    return "day";
}

std::string format_day(const Day& d) {
    return std::to_string(d.day) + " " + month_name(d.month) + " " + std::to_string(d.year);
}

// "20–21 June 2023", "30 June – 2 July 2023", "30 December 2023 – 2 January 2024".
std::string format_day_range(const Day& first, const Day& last) {
    if (first.year == last.year && first.month == last.month) {
        if (first.day == last.day) return format_day(first);
        return std::to_string(first.day) + "\u2013" + format_day(last);
    }
    if (first.year == last.year) {
        return std::to_string(first.day) + " " + month_name(first.month) + " \u2013 " + format_day(last);
    }
    return format_day(first) + " \u2013 " + format_day(last);
}

std::string describe_when(const std::string& value, const std::string& precision, const DaySpan& span) {
    Day first = parse_day(span.first);
    Day last = parse_day(span.last);
    if (precision == "day") return format_day_range(first, last);
    std::string when;
    if (precision == "month") when = month_name(first.month) + " " + std::to_string(first.year);
    if (precision == "quarter" || precision == "half") when = value.substr(5, 2) + " " + value.substr(0, 4);
    if (precision == "year") when = value.substr(0, 4);
    // A coarse date that runs on past its own span ("from June until August").
    auto natural = day_span(value);
    if (natural && span.last != natural->last) when += " \u2013 " + format_day(last);
    return when;
}

// The period a heading stands for: the month for day and month dates, the
// date's own span otherwise.
void assign_period(TimelineEntry& entry, const std::string& value) {
    Day first = parse_day(entry.span->first);
    if (entry.precision == "day" || entry.precision == "month") {
        entry.period_key = entry.span->first.substr(0, 7);
        entry.period_heading = month_name(first.month) + " " + std::to_string(first.year);
        return;
    }
    entry.period_key = value;
    std::string year = value.substr(0, 4);
    if (entry.precision == "year") {
        entry.period_heading = year;
        return;
    }
    auto span = day_span(value);
    Day last = parse_day(span->last);
    entry.period_heading =
        value.substr(5, 2) + " " + year + " (" + month_name(first.month) + "\u2013" + month_name(last.month) + ")";
}

}  // namespace

std::string describe_actors(const Event& event) {
    // role → labels, roles in a fixed order, labels alphabetical.
    std::vector<std::tuple<int, std::string, std::string>> items;  // rank, role, label
    std::set<std::pair<std::string, std::string>> seen;
    for (const Actor& actor : event.actors) {
        std::string role = actor.role.empty() ? "participant" : actor.role;
        if (!seen.insert({actor.id, role}).second) continue;
        items.emplace_back(role_rank(role), role, clean_text(actor.name.empty() ? actor.id : actor.name));
    }
    std::sort(items.begin(), items.end());
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& [rank, role, label] = items[i];
        bool first_of_role = i == 0 || std::get<1>(items[i - 1]) != role;
        bool last_of_role = i + 1 == items.size() || std::get<1>(items[i + 1]) != role;
        if (first_of_role && i > 0) text += "; ";
        if (!first_of_role) text += ", ";
        text += label;
        if (last_of_role) text += " (" + role + ")";
    }
    return text;
}

Timeline build_timeline(const std::vector<Event>& events, const std::vector<DocumentInfo>& documents) {
    Timeline timeline;
    std::vector<TimelineEntry> dated, undated;
    for (const Event& event : events) {
        TimelineEntry entry;
        entry.event = &event;
        entry.span = day_span(event.date);
        std::set<std::string> document_ids;
        for (const Mention& mention : event.mentions) document_ids.insert(mention.doc);
        entry.documents.assign(document_ids.begin(), document_ids.end());
        if (!event.mentions.empty()) {
            const Mention& first = event.mentions.front();
            entry.quote = balanced_quote(first.quote.empty() ? first.text : first.quote, kLongestQuote);
        }
        entry.actors = describe_actors(event);
        if (!entry.span) {
            entry.period_heading = "Undated";
            undated.push_back(std::move(entry));
            continue;
        }
        entry.precision = infer_precision(event.date.value);
        entry.when = describe_when(event.date.value, entry.precision, *entry.span);
        assign_period(entry, event.date.value);
        dated.push_back(std::move(entry));
    }
    std::vector<DaySpan> periods;
    periods.reserve(dated.size());
    for (const TimelineEntry& entry : dated) {
        const bool by_month = entry.precision == "day" || entry.precision == "month";
        periods.push_back(*day_span(by_month ? entry.period_key : entry.event->date.value));
    }
    std::vector<std::size_t> order(dated.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const DaySpan &pa = periods[x], &pb = periods[y];
        const TimelineEntry &a = dated[x], &b = dated[y];
        // Wider periods first on the same start: "2023" before "H1 2023" before "January 2023".
        return std::tie(pa.first, pb.last, a.span->first, a.span->last, a.event->type, a.event->id) <
               std::tie(pb.first, pa.last, b.span->first, b.span->last, b.event->type, b.event->id);
    });
    // Only cited documents are kept: a corpus has many more than its events cite.
    std::unordered_set<std::string_view> cited, seen;
    for (const auto& entries : {&dated, &undated})
        for (const TimelineEntry& entry : *entries) cited.insert(entry.documents.begin(), entry.documents.end());
    for (const DocumentInfo& document : documents) {
        if (seen.insert(document.id).second && cited.count(document.id))
            timeline.documents.emplace(document.id, document);
    }
    timeline.document_count = seen.size();
    timeline.entries.reserve(dated.size() + undated.size());
    for (const std::size_t i : order) timeline.entries.push_back(std::move(dated[i]));
    for (auto& entry : undated) timeline.entries.push_back(std::move(entry));
    return timeline;
}

}  // namespace hadath
