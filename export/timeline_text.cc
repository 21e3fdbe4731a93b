// timeline.md and timeline.csv.
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "export/output_buffer.h"
#include "export/timeline.h"
#include "graph/knowledge_graph.h"
#include "graph/text.h"

namespace hadath {
namespace {

// The first character in [begin, end) that Markdown would read as markup, or `end`.
const char* find_markdown_special(const char* begin, const char* end) {
    return find_first_byte_of<'\\', '`', '*', '_', '[', ']', '<', '>', '|', '#'>(begin, end);
}

// Backslash-escapes what Markdown would read as markup, so article text
// cannot become links, emphasis or raw HTML.
std::string escape_markdown(const std::string& text) {
    std::string clean = clean_text(text);
    // Arabic text seldom holds any of them: then the clean text is the answer as it is.
    const char* const end = clean.data() + clean.size();
    const char* special = find_markdown_special(clean.data(), end);
    if (special == end) return clean;
    std::string out(clean.c_str(), special);
    out.reserve(clean.size() + 8);
    for (const char* c = special; c != end; ++c) {
        if (find_markdown_special(c, c + 1) == c) out += '\\';
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

// Appends `raw`, cleaned, as one CSV field: in quotes, with its quotes doubled, when it holds a comma,
// a quote or a line break.
void append_csv_field(std::string& line, const std::string& raw) {
    const std::size_t start = line.size();
    append_clean_text(line, raw);
    const char* const end = line.data() + line.size();
    if (find_first_byte_of<',', '"', '\r', '\n'>(line.data() + start, end) == end) return;
    const std::string text = line.substr(start);
    line.resize(start);
    line += '"';
    for (char c : text) {
        if (c == '"') line += '"';
        line += c;
    }
    line += '"';
}

}  // namespace

void write_timeline_markdown(std::ostream& out, const Timeline& timeline) {
    OutputBuffer buffer(out);
    std::string& text = buffer.text();
    std::size_t dated = 0;
    for (const auto& entry : timeline.entries) dated += entry.span ? 1 : 0;
    text += "# Timeline of events\n\n" + std::to_string(timeline.entries.size()) + " events (" + std::to_string(dated) +
            " dated) from " + std::to_string(timeline.document_count) + " documents.\n";
    std::string heading;
    for (const auto& entry : timeline.entries) {
        const Event& event = *entry.event;
        if (entry.period_heading != heading) {
            heading = entry.period_heading;
            text += "\n## " + heading + "\n";
        }
        text += "\n### ";
        if (entry.span) text += entry.when + " \u00b7 ";
        text += escape_markdown(humanize(event.type)) + "\n\n";
        const std::string& actors = entry.actors;
        if (!actors.empty()) text += "- **Actors:** " + escape_markdown(actors) + "\n";
        if (event.location) {
            const std::string& place = event.location->name.empty() ? event.location->id : event.location->name;
            text += "- **Place:** " + escape_markdown(place);
            if (!event.location->name_ar.empty()) text += " (" + escape_markdown(event.location->name_ar) + ")";
            text += "\n";
        }
        if (event.round) text += "- **Round:** " + escape_markdown(round_label(*event.round)) + "\n";
        if (!event.cameo.empty()) text += "- **CAMEO:** " + escape_markdown(event.cameo) + "\n";
        if (!entry.documents.empty()) text += "- **Sources:** " + source_list(entry, timeline, true) + "\n";
        // Renderers that allow HTML (GitHub, GitLab, pandoc) set the Arabic quote right to left.
        if (!entry.quote.empty())
            text +=
                "\n<div dir=\"rtl\" lang=\"ar\">\n\n> " + escape_markdown(in_guillemets(entry.quote)) + "\n\n</div>\n";
        buffer.flush_if_full();
    }
}

void write_timeline_csv(std::ostream& out, const Timeline& timeline) {
    OutputBuffer buffer(out);
    std::string& text = buffer.text();
    // The byte order mark makes spreadsheet programs read the file as UTF-8.
    text += "\xEF\xBB\xBF";
    const char* const kHeader[] = {"id",     "date",      "date_end", "precision", "when",      "type",    "cameo",
                                   "actors", "actor_ids", "location", "round",     "documents", "sources", "quote"};
    for (const char* column : kHeader) {
        if (column != kHeader[0]) text += ',';
        text += column;
    }
    text += "\r\n";
    std::vector<std::string_view> ids;
    for (const auto& entry : timeline.entries) {
        const Event& event = *entry.event;
        ids.clear();
        for (const Actor& actor : event.actors) {
            if (std::find(ids.begin(), ids.end(), actor.id) == ids.end()) ids.push_back(actor.id);
        }
        std::string actor_ids;
        for (const std::string_view id : ids) {
            if (!actor_ids.empty()) actor_ids += ';';
            actor_ids += id;
        }
        std::string document_ids;
        for (const auto& id : entry.documents) {
            if (!document_ids.empty()) document_ids += ';';
            document_ids += id;
        }
        // The columns of kHeader, in its order.
        auto field = [&text, first = true](const std::string& raw) mutable {
            if (!first) text += ',';
            first = false;
            append_csv_field(text, raw);
        };
        field(event.id);
        field(event.date.value);
        field(event.date.end);
        field(entry.precision);
        field(entry.when);
        field(event.type);
        field(spreadsheet_text(event.cameo));
        field(entry.actors);
        field(actor_ids);
        field(event.location ? (event.location->name.empty() ? event.location->id : event.location->name) : "");
        field(event.round ? round_label(*event.round) : "");
        field(document_ids);
        field(source_list(entry, timeline, false));
        field(entry.quote);
        text += "\r\n";
        buffer.flush_if_full();
    }
}

}  // namespace hadath
