// timeline.json in the format TimelineJS reads.
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <string>

#include "export/markup.h"
#include "export/timeline.h"
#include "graph/knowledge_graph.h"
#include "graph/text.h"

namespace hadath {
namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

// Text that escape_markup() or slide_text() put together is clean already: it is written as it is.
void write_clean(JsonWriter& writer, const std::string& clean) {
    writer.String(clean.c_str(), static_cast<rapidjson::SizeType>(clean.size()));
}

void write_string(JsonWriter& writer, const std::string& text) {
    write_clean(writer, clean_text(text));
}

// A TimelineJS date holds only the parts the precision knows: year always,
// month for month, quarter and half dates, day for day dates.
void write_date(JsonWriter& writer, const std::string& iso_day, bool with_month, bool with_day,
                const std::string& display) {
    writer.StartObject();
    writer.Key("year");
    writer.Int(std::stoi(iso_day.substr(0, 4)));
    if (with_month) {
        writer.Key("month");
        writer.Int(std::stoi(iso_day.substr(5, 2)));
    }
    if (with_day) {
        writer.Key("day");
        writer.Int(std::stoi(iso_day.substr(8, 2)));
    }
    if (!display.empty()) {
        writer.Key("display_date");
        write_clean(writer, escape_markup(display));
    }
    writer.EndObject();
}

std::string slide_text(const TimelineEntry& entry, const Timeline& timeline) {
    const Event& event = *entry.event;
    std::string html;
    const std::string& actors = entry.actors;
    if (!actors.empty()) html += "<p><b>Actors:</b> " + escape_markup(actors) + "</p>";
    if (event.location) {
        html += "<p><b>Place:</b> " +
                escape_markup(event.location->name.empty() ? event.location->id : event.location->name) + "</p>";
    }
    if (event.round) html += "<p><b>Round:</b> " + escape_markup(round_label(*event.round)) + "</p>";
    if (!entry.quote.empty())
        html += "<blockquote dir=\"rtl\" lang=\"ar\">" + escape_markup(entry.quote) + "</blockquote>";
    if (!entry.documents.empty()) {
        html += "<p><b>Sources:</b> ";
        for (std::size_t i = 0; i < entry.documents.size(); ++i) {
            const std::string& id = entry.documents[i];
            html += (i ? "; " : "") + escape_markup(id);
            auto document = timeline.documents.find(id);
            if (document != timeline.documents.end() && !document->second.title.empty()) {
                html +=
                    " <span dir=\"rtl\" lang=\"ar\">\u00ab" + escape_markup(document->second.title) + "\u00bb</span>";
            }
        }
        html += "</p>";
    }
    return html;
}

std::string headline(const Event& event) {
    std::string text = humanize(event.type);
    std::string names;
    int shown = 0;
    for (const Actor& actor : event.actors) {
        if (shown == 3) {
            names += ", \u2026";
            break;
        }
        std::string name = clean_text(actor.name.empty() ? actor.id : actor.name);
        if (name.empty() || names.find(name) != std::string::npos) continue;
        names += (shown++ ? ", " : "") + name;
    }
    return names.empty() ? text : text + ": " + names;
}

}  // namespace

void write_timeline_json(std::ostream& out, const Timeline& timeline) {
    rapidjson::StringBuffer buffer;
    JsonWriter writer(buffer);
    writer.SetIndent(' ', 2);
    writer.StartObject();
    writer.Key("title");
    writer.StartObject();
    writer.Key("text");
    writer.StartObject();
    writer.Key("headline");
    writer.String("Timeline of events");
    writer.Key("text");
    std::size_t dated = 0;
    for (const auto& entry : timeline.entries) dated += entry.span ? 1 : 0;
    write_string(
        writer, std::to_string(dated) + " dated events from " + std::to_string(timeline.document_count) + " documents");
    writer.EndObject();
    writer.EndObject();
    writer.Key("events");
    writer.StartArray();
    for (const auto& entry : timeline.entries) {
        if (!entry.span) continue;  // TimelineJS needs a start year
        const Event& event = *entry.event;
        bool with_month = entry.precision != "year";
        bool with_day = entry.precision == "day";
        writer.StartObject();
        writer.Key("unique_id");
        write_string(writer, event.id);
        writer.Key("start_date");
        write_date(writer, entry.span->first, with_month, with_day, entry.precision == "day" ? "" : entry.when);
        bool spans_days = entry.precision == "day" ? entry.span->first != entry.span->last
                                                   : entry.precision == "quarter" || entry.precision == "half";
        if (spans_days || entry.when.find("\u2013 ") != std::string::npos) {
            writer.Key("end_date");
            write_date(writer, entry.span->last, with_month, with_day || entry.precision == "day", "");
        }
        writer.Key("text");
        writer.StartObject();
        writer.Key("headline");
        write_clean(writer, escape_markup(headline(event)));  // TimelineJS renders it as HTML
        writer.Key("text");
        write_clean(writer, slide_text(entry, timeline));
        writer.EndObject();
        writer.Key("group");
        write_clean(writer, escape_markup(humanize(event.type)));
        writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
    out << buffer.GetString() << "\n";
}

}  // namespace hadath
