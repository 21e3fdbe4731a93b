// timeline.html: one page with everything inline (no network access), the
// events on a time axis, Arabic quotes right to left, filters by type and actor.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <set>
#include <string>

#include "export/markup.h"
#include "export/timeline.h"
#include "graph/knowledge_graph.h"
#include "graph/text.h"

namespace hadath {
namespace {

// Days since 1970-01-01 of a YYYY-MM-DD day (proleptic Gregorian).
long day_number(const std::string& iso) {
    long year = std::stol(iso.substr(0, 4));
    long month = std::stol(iso.substr(5, 2));
    long day = std::stol(iso.substr(8, 2));
    year -= month <= 2;
    long era = (year >= 0 ? year : year - 399) / 400;
    long year_of_era = year - era * 400;
    long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

// A stable colour per event type (event types are open-ended data).
int type_hue(const std::string& type) {
    std::uint32_t hash = 2166136261u;
    for (unsigned char c : type) hash = (hash ^ c) * 16777619u;
    return static_cast<int>(hash % 360);
}

std::string percent(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f%%", value);
    return buffer;
}

// Ids go into space-separated data attributes.
std::string attribute_token(const std::string& id) {
    std::string token = clean_text(id);
    std::replace(token.begin(), token.end(), ' ', '_');
    return escape_markup(token);
}

const char* const kStyle = R"css(
:root { --line: #c9ced6; --ink: #1f2933; --muted: #5f6b7a; --paper: #f7f8fa; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font-family: system-ui, "DejaVu Sans", "Liberation Sans", sans-serif; color: var(--ink);
       background: var(--paper); line-height: 1.5; }
header { background: #fff; border-bottom: 1px solid var(--line); padding: 20px 32px 16px; position: sticky; top: 0;
         z-index: 2; }
h1 { margin: 0 0 4px; font-size: 1.5rem; }
.summary { margin: 0 0 12px; color: var(--muted); }
.filters { display: flex; gap: 24px; flex-wrap: wrap; margin-bottom: 12px; }
.filters label { font-weight: 600; font-size: 0.9rem; }
.filters select { margin-left: 6px; font: inherit; font-weight: normal; padding: 2px 4px; }
.overview { position: relative; height: 38px; }
.track { position: absolute; left: 0; right: 0; top: 8px; height: 12px; background: #eef0f3; border-radius: 6px; }
.tick { position: absolute; top: 14px; font-size: 0.75rem; color: var(--muted); transform: translateX(-50%); }
.tick::before { content: ""; position: absolute; left: 50%; top: -16px; height: 14px; border-left: 1px solid var(--line); }
.marker { position: absolute; top: 0; height: 12px; min-width: 6px; border-radius: 6px; background: var(--c);
          opacity: 0.85; }
main { padding: 8px 32px 48px; max-width: 1100px; }
.period h2 { margin: 28px 0 8px 170px; font-size: 1.2rem; }
.event { display: grid; grid-template-columns: 170px 1fr; position: relative; }
.event::before { content: ""; position: absolute; left: 170px; top: 0; bottom: 0; border-left: 2px solid var(--line); }
.event::after { content: ""; position: absolute; left: 164px; top: 18px; width: 14px; height: 14px; border-radius: 50%;
                background: var(--c); border: 2px solid #fff; box-shadow: 0 0 0 1px var(--c); }
.when { padding: 12px 16px 0 0; text-align: right; font-size: 0.85rem; font-weight: 600; color: var(--muted); }
.card { margin: 6px 0 10px 24px; background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--c);
        border-radius: 6px; padding: 10px 14px; }
.card h3 { margin: 0 0 4px; font-size: 1rem; }
.card h3 .round { font-weight: normal; color: var(--muted); margin-left: 8px; font-size: 0.9rem; }
.card p { margin: 2px 0; font-size: 0.9rem; }
.card .label { color: var(--muted); }
blockquote { margin: 8px 0; padding: 6px 12px; background: #f3f5f8; border-right: 3px solid var(--c);
             font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "DejaVu Sans", serif; font-size: 1.1rem;
             line-height: 1.9; unicode-bidi: isolate; }
bdi, .ar { unicode-bidi: isolate; }
.sources { margin: 6px 0 0; padding: 0; list-style: none; font-size: 0.8rem; color: var(--muted); }
.sources li { margin: 2px 0; }
.sources li::before { content: "\2022"; margin-right: 6px; }
.sources bdi { color: var(--ink); }
)css";

const char* const kScript = R"js(
(function () {
  var typeSelect = document.getElementById('filter-type');
  var actorSelect = document.getElementById('filter-actor');
  function apply() {
    var type = typeSelect.value, actor = actorSelect.value, shown = 0, visible = {};
    document.querySelectorAll('[data-event-id]').forEach(function (event) {
      var actors = ' ' + event.getAttribute('data-actors') + ' ';
      var keep = (!type || event.getAttribute('data-type') === type) &&
                 (!actor || actors.indexOf(' ' + actor + ' ') >= 0);
      event.hidden = !keep;
      if (keep) { shown++; visible[event.getAttribute('data-event-id')] = true; }
    });
    document.querySelectorAll('.period').forEach(function (period) {
      period.hidden = !period.querySelector('[data-event-id]:not([hidden])');
    });
    document.querySelectorAll('[data-marker-for]').forEach(function (marker) {
      marker.hidden = !visible[marker.getAttribute('data-marker-for')];
    });
    document.getElementById('shown-count').textContent = String(shown);
  }
  typeSelect.addEventListener('change', apply);
  actorSelect.addEventListener('change', apply);
})();
)js";

void write_overview(std::ostream& out, const Timeline& timeline) {
    std::string first_day, last_day;
    for (const auto& entry : timeline.entries) {
        if (!entry.span) continue;
        if (first_day.empty() || entry.span->first < first_day) first_day = entry.span->first;
        if (last_day.empty() || entry.span->last > last_day) last_day = entry.span->last;
    }
    if (first_day.empty()) return;
    long origin = day_number(first_day);
    double range = static_cast<double>(day_number(last_day) - origin + 1);
    out << "<div class=\"overview\" aria-hidden=\"true\"><div class=\"track\">\n";
    // Ticks on month starts, spaced so that there are about a dozen at most.
    int first_year = std::stoi(first_day.substr(0, 4)), last_year = std::stoi(last_day.substr(0, 4));
    int first_month = first_year * 12 + std::stoi(first_day.substr(5, 2)) - 1;
    int last_month = last_year * 12 + std::stoi(last_day.substr(5, 2)) - 1;
    int months = last_month - first_month + 1;
    int step = months <= 12 ? 1 : months <= 36 ? 3 : 12 * std::max(1, months / 144);
    for (int month = first_month + 1; month <= last_month; ++month) {
        int year = month / 12, month_of_year = month % 12 + 1;
        if ((step >= 12 && month_of_year != 1) || (month_of_year - 1) % std::min(step, 12) != 0) continue;
        if (step >= 12 && (year - first_year) % (step / 12) != 0) continue;
        char iso[32];
        std::snprintf(iso, sizeof iso, "%04d-%02d-01", year, month_of_year);
        std::string label =
            month_of_year == 1 ? std::to_string(year) : std::string(kMonths[month_of_year - 1]).substr(0, 3);
        out << "<span class=\"tick\" style=\"left:" << percent((day_number(iso) - origin) / range * 100) << "\">"
            << label << "</span>\n";
    }
    for (const auto& entry : timeline.entries) {
        if (!entry.span) continue;
        long begin = day_number(entry.span->first) - origin;
        long length = day_number(entry.span->last) - day_number(entry.span->first) + 1;
        out << "<span class=\"marker\" data-marker-for=\"" << escape_markup(entry.event->id) << "\" style=\"--c:hsl("
            << type_hue(entry.event->type) << ",55%,45%);left:" << percent(begin / range * 100)
            << ";width:" << percent(length / range * 100) << "\" title=\""
            << escape_markup(entry.when + " \u00b7 " + humanize(entry.event->type)) << "\"></span>\n";
    }
    out << "</div></div>\n";
}

void write_filters(std::ostream& out, const Timeline& timeline) {
    std::set<std::string> types;
    std::map<std::string, std::string> actor_labels;  // id → label
    for (const auto& entry : timeline.entries) {
        types.insert(entry.event->type);
        for (const Actor& actor : entry.event->actors) {
            auto& label = actor_labels[actor.id];
            if (label.empty()) label = actor.name;
        }
    }
    out << "<form class=\"filters\" onsubmit=\"return false\">\n"
        << "<label>Type<select id=\"filter-type\"><option value=\"\">All types</option>";
    for (const auto& type : types) {
        out << "<option value=\"" << escape_markup(type) << "\">" << escape_markup(humanize(type)) << "</option>";
    }
    out << "</select></label>\n<label>Actor<select id=\"filter-actor\"><option value=\"\">All actors</option>";
    std::vector<std::pair<std::string, std::string>> actors;  // label, id: sorted for reading
    for (const auto& [id, label] : actor_labels) actors.emplace_back(clean_text(label.empty() ? id : label), id);
    std::sort(actors.begin(), actors.end());
    for (const auto& [label, id] : actors) {
        out << "<option value=\"" << attribute_token(id) << "\">" << escape_markup(label) << "</option>";
    }
    out << "</select></label>\n</form>\n";
}

void write_event(std::ostream& out, const TimelineEntry& entry, const Timeline& timeline) {
    const Event& event = *entry.event;
    std::set<std::string> actor_ids;
    for (const Actor& actor : event.actors) actor_ids.insert(attribute_token(actor.id));
    std::string actors_attribute;
    for (const auto& id : actor_ids) actors_attribute += (actors_attribute.empty() ? "" : " ") + id;
    out << "<article class=\"event\" data-event-id=\"" << escape_markup(event.id) << "\" data-type=\""
        << escape_markup(event.type) << "\" data-actors=\"" << actors_attribute << "\" style=\"--c:hsl("
        << type_hue(event.type) << ",55%,45%)\">\n";
    if (entry.span) {
        out << "<time class=\"when\" datetime=\"" << entry.span->first << "\">" << escape_markup(entry.when)
            << "</time>\n";
    } else {
        out << "<span class=\"when\">undated</span>\n";
    }
    out << "<div class=\"card\">\n<h3><span class=\"type\">" << escape_markup(humanize(event.type)) << "</span>";
    if (event.round) out << "<span class=\"round\">" << escape_markup(round_label(*event.round)) << "</span>";
    out << "</h3>\n";
    const std::string& actors = entry.actors;
    if (!actors.empty()) {
        out << "<p class=\"actors\"><span class=\"label\">Actors:</span> " << escape_markup(actors) << "</p>\n";
    }
    if (event.location) {
        out << "<p class=\"place\"><span class=\"label\">Place:</span> "
            << escape_markup(event.location->name.empty() ? event.location->id : event.location->name);
        if (!event.location->name_ar.empty()) {
            out << " <bdi dir=\"rtl\" lang=\"ar\">" << escape_markup(event.location->name_ar) << "</bdi>";
        }
        out << "</p>\n";
    }
    if (!entry.quote.empty()) {
        out << "<blockquote dir=\"rtl\" lang=\"ar\">" << escape_markup(entry.quote) << "</blockquote>\n";
    }
    if (!entry.documents.empty()) {
        out << "<ul class=\"sources\">\n";
        for (const std::string& id : entry.documents) {
            out << "<li><code>" << escape_markup(id) << "</code>";
            auto document = timeline.documents.find(id);
            if (document != timeline.documents.end()) {
                const DocumentInfo& info = document->second;
                if (!info.title.empty())
                    out << " <bdi dir=\"rtl\" lang=\"ar\">" << escape_markup(info.title) << "</bdi>";
                std::string details = clean_text(info.source);
                if (!info.date.empty()) details += (details.empty() ? "" : ", ") + clean_text(info.date);
                if (!details.empty()) out << " <span class=\"details\">(" << escape_markup(details) << ")</span>";
            }
            out << "</li>\n";
        }
        out << "</ul>\n";
    }
    out << "</div>\n</article>\n";
}

}  // namespace

void write_timeline_html(std::ostream& out, const Timeline& timeline) {
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<title>Timeline of events</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n<header>\n"
        << "<h1>Timeline of events</h1>\n"
        << "<p class=\"summary\"><span id=\"shown-count\">" << timeline.entries.size() << "</span> of "
        << timeline.entries.size() << " events shown, from " << timeline.document_count << " documents</p>\n";
    write_filters(out, timeline);
    write_overview(out, timeline);
    out << "</header>\n<main class=\"axis\">\n";
    std::string period;
    bool open = false;
    for (const auto& entry : timeline.entries) {
        std::string key = entry.span ? entry.period_key : "undated";
        if (!open || key != period) {
            if (open) out << "</section>\n";
            out << "<section class=\"period\" data-period=\"" << escape_markup(key) << "\">\n<h2>"
                << escape_markup(entry.period_heading) << "</h2>\n";
            period = key;
            open = true;
        }
        write_event(out, entry, timeline);
    }
    if (open) out << "</section>\n";
    out << "</main>\n<script>" << kScript << "</script>\n</body>\n</html>\n";
}

}  // namespace hadath
