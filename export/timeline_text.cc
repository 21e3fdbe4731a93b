// timeline.md and timeline.csv.
#include <algorithm>
#include <string>
#include <vector>

#include "export/timeline.h"
#include "graph/knowledge_graph.h"
#include "graph/text.h"

namespace hadath {
namespace {

// Backslash-escapes what Markdown would read as markup, so article text
// cannot become links, emphasis or raw HTML.
bool is_markdown_special(char c) {
    switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '|':
        case '#':
            return true;
        default:
            return false;
    }
}

std::string escape_markdown(const std::string& text) {
    std::string clean = clean_text(text);
    // Arabic text seldom holds any of them: then the clean text is the answer as it is.
    const auto special = std::find_if(clean.begin(), clean.end(), is_markdown_special);
    if (special == clean.end()) return clean;
    std::string out(clean.begin(), special);
    out.reserve(clean.size() + 8);
    for (auto c = special; c != clean.end(); ++c) {
        if (is_markdown_special(*c)) out += '\\';
        out += *c;
    }
    return out;
}

// «text», unless the text brings its own guillemets (a title that opens with «).
std::string in_guillemets(const std::string& text) {
    if (text.find("\u00ab") != std::string::npos || text.find("\u00bb") != std::string::npos) return text;
    return "\u00ab" + text + "\u00bb";
}

// Spreadsheet programs read 040 as the number 40; the formula ="040" shows the text 040.
std::string spreadsheet_text(const std::string& code) {
    return code.empty() ? code : "=\"" + code + "\"";
}

std::string source_list(const TimelineEntry& entry, const Timeline& timeline, bool markdown) {
    std::string text;
    for (const auto& id : entry.documents) {
        if (!text.empty()) text += "; ";
        text += markdown ? "`" + clean_text(id) + "`" : clean_text(id);
        auto document = timeline.documents.find(id);
        if (document == timeline.documents.end()) continue;
        std::string title = clean_text(document->second.title);
        if (!title.empty()) text += " " + (markdown ? escape_markdown(in_guillemets(title)) : in_guillemets(title));
        std::string details = clean_text(document->second.source);
        std::string date = clean_text(document->second.date);
        if (!date.empty()) details += (details.empty() ? "" : ", ") + date;
        if (!details.empty()) text += " (" + (markdown ? escape_markdown(details) : details) + ")";
    }
    return text;
}

std::string csv_field(const std::string& raw) {
    std::string text = clean_text(raw);
    // One pass over the bytes: find_first_of would search its four characters at every byte.
    if (std::none_of(text.begin(), text.end(), [](char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; }))
        return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

}  // namespace

void write_timeline_markdown(std::ostream& out, const Timeline& timeline) {
    std::size_t dated = 0;
    for (const auto& entry : timeline.entries) dated += entry.span ? 1 : 0;
    out << "# Timeline of events\n\n"
        << timeline.entries.size() << " events (" << dated << " dated) from " << timeline.document_count
        << " documents.\n";
    std::string heading;
    for (const auto& entry : timeline.entries) {
        const Event& event = *entry.event;
        if (entry.period_heading != heading) {
            heading = entry.period_heading;
            out << "\n## " << heading << "\n";
        }
        out << "\n### " << (entry.span ? entry.when + " \u00b7 " : "") << escape_markdown(humanize(event.type))
            << "\n\n";
        const std::string& actors = entry.actors;
        if (!actors.empty()) out << "- **Actors:** " << escape_markdown(actors) << "\n";
        if (event.location) {
            std::string place = event.location->name.empty() ? event.location->id : event.location->name;
            out << "- **Place:** " << escape_markdown(place);
            if (!event.location->name_ar.empty()) out << " (" << escape_markdown(event.location->name_ar) << ")";
            out << "\n";
        }
        if (event.round) out << "- **Round:** " << escape_markdown(round_label(*event.round)) << "\n";
        if (!event.cameo.empty()) out << "- **CAMEO:** " << escape_markdown(event.cameo) << "\n";
        if (!entry.documents.empty()) out << "- **Sources:** " << source_list(entry, timeline, true) << "\n";
        // Renderers that allow HTML (GitHub, GitLab, pandoc) set the Arabic quote right to left.
        if (!entry.quote.empty()) {
            out << "\n<div dir=\"rtl\" lang=\"ar\">\n\n> " << escape_markdown(in_guillemets(entry.quote))
                << "\n\n</div>\n";
        }
    }
}

void write_timeline_csv(std::ostream& out, const Timeline& timeline) {
    // The byte order mark makes spreadsheet programs read the file as UTF-8.
    out << "\xEF\xBB\xBF";
    const char* const kHeader[] = {"id",     "date",      "date_end", "precision", "when",      "type",    "cameo",
                                   "actors", "actor_ids", "location", "round",     "documents", "sources", "quote"};
    std::string line;
    for (const char* column : kHeader) line += (line.empty() ? "" : ",") + std::string(column);
    out << line << "\r\n";
    for (const auto& entry : timeline.entries) {
        const Event& event = *entry.event;
        std::vector<std::string> ids;
        for (const Actor& actor : event.actors) {
            if (std::find(ids.begin(), ids.end(), actor.id) == ids.end()) ids.push_back(actor.id);
        }
        std::string actor_ids;
        for (const auto& id : ids) actor_ids += (actor_ids.empty() ? "" : ";") + id;
        std::string document_ids;
        for (const auto& id : entry.documents) document_ids += (document_ids.empty() ? "" : ";") + id;
        std::string location =
            event.location ? (event.location->name.empty() ? event.location->id : event.location->name) : "";
        std::vector<std::string> fields = {event.id,
                                           event.date.value,
                                           event.date.end,
                                           entry.precision,
                                           entry.when,
                                           event.type,
                                           spreadsheet_text(event.cameo),
                                           entry.actors,
                                           actor_ids,
                                           location,
                                           event.round ? round_label(*event.round) : "",
                                           document_ids,
                                           source_list(entry, timeline, false),
                                           entry.quote};
        line.clear();
        for (std::size_t i = 0; i < fields.size(); ++i) line += (i ? "," : "") + csv_field(fields[i]);
        out << line << "\r\n";
    }
}

}  // namespace hadath
