#include "export/events_jsonl.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <stdexcept>
#include <vector>

namespace hadath {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void string_or_null(JsonWriter& w, const std::string& value) {
    if (value.empty()) {
        w.Null();
    } else {
        w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
    }
}

void field(JsonWriter& w, const char* key, const std::string& value) {
    w.Key(key);
    string_or_null(w, value);
}

std::string get_string(const rapidjson::Value& object, const char* key) {
    if (!object.IsObject()) return "";
    auto member = object.FindMember(key);
    if (member == object.MemberEnd() || !member->value.IsString()) return "";
    return std::string(member->value.GetString(), member->value.GetStringLength());
}

// One line of JSON, its newline included, appended to `buffer`.
void append_event_json(rapidjson::StringBuffer& buffer, const Event& event) {
    JsonWriter w(buffer);
    w.StartObject();
    field(w, "id", event.id);
    field(w, "type", event.type);
    field(w, "cameo", event.cameo);
    w.Key("date");
    w.StartObject();
    field(w, "value", event.date.value);
    field(w, "end", event.date.end);
    field(w, "precision", event.date.precision);
    field(w, "text", event.date.text);
    w.Key("from_publication");
    w.Bool(event.date.from_publication);
    w.EndObject();
    w.Key("actors");
    w.StartArray();
    for (const Actor& a : event.actors) {
        w.StartObject();
        field(w, "id", a.id);
        field(w, "name", a.name);
        field(w, "name_ar", a.name_ar);
        field(w, "kind", a.kind);
        field(w, "role", a.role);
        field(w, "affiliation", a.affiliation);
        field(w, "title", a.title);
        w.EndObject();
    }
    w.EndArray();
    w.Key("round");
    if (event.round) {
        w.StartObject();
        field(w, "series", event.round->series);
        w.Key("number");
        if (event.round->number > 0) {
            w.Int(event.round->number);
        } else {
            w.Null();
        }
        w.EndObject();
    } else {
        w.Null();
    }
    w.Key("location");
    if (event.location) {
        w.StartObject();
        field(w, "id", event.location->id);
        field(w, "name", event.location->name);
        field(w, "name_ar", event.location->name_ar);
        w.EndObject();
    } else {
        w.Null();
    }
    w.Key("documents");
    w.Int(event.documents);
    w.Key("mentions");
    w.StartArray();
    for (const Mention& m : event.mentions) {
        w.StartObject();
        field(w, "doc", m.doc);
        w.Key("sentence");
        w.Int(m.sentence);
        w.Key("begin");
        w.Uint64(m.begin);
        w.Key("end");
        w.Uint64(m.end);
        field(w, "text", m.text);
        // The reader's quote is shown for the first mention; the others keep the file lean.
        if (&m == &event.mentions.front() && !m.quote.empty()) field(w, "quote", m.quote);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    buffer.Put('\n');
}

void write_buffer(std::ostream& out, rapidjson::StringBuffer& buffer) {
    out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
    buffer.Clear();
}

}  // namespace

void write_event_json(std::ostream& out, const Event& event) {
    rapidjson::StringBuffer buffer;
    append_event_json(buffer, event);
    write_buffer(out, buffer);
}

void write_events_jsonl(std::ostream& out, const std::vector<Event>& events) {
    // Many events to one buffer, written in large pieces.
    constexpr std::size_t kFlushSize = 1 << 20;
    rapidjson::StringBuffer buffer(nullptr, kFlushSize + kFlushSize / 4);
    for (const Event& event : events) {
        append_event_json(buffer, event);
        if (buffer.GetSize() >= kFlushSize) write_buffer(out, buffer);
    }
    write_buffer(out, buffer);
}

std::vector<Event> read_events_jsonl(std::istream& in, const std::string& source) {
    constexpr unsigned kFlags = rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag;
    std::vector<Event> events;
    std::string line;
    // Each line's values are put in this memory, reused from line to line; only a longer line needs more.
    std::vector<char> pool(64 * 1024);
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        auto where = [&source, number] { return source + ":" + std::to_string(number); };
        rapidjson::MemoryPoolAllocator<> allocator(pool.data(), pool.size());
        rapidjson::Document json(&allocator);
        // Parsed in place, so that strings are not copied, unless a NUL byte would end the text early.
        if (line.find('\0') == std::string::npos) {
            json.ParseInsitu<kFlags>(line.data());
        } else {
            json.Parse<kFlags>(line.c_str(), line.size());
        }
        if (json.HasParseError())
            throw std::runtime_error(where() + ": not JSON (" + rapidjson::GetParseError_En(json.GetParseError()) +
                                     ")");
        if (!json.IsObject() || get_string(json, "type").empty())
            throw std::runtime_error(where() + ": not an event (an object with a \"type\")");
        Event e;
        e.id = get_string(json, "id");
        e.type = get_string(json, "type");
        e.cameo = get_string(json, "cameo");
        if (auto date = json.FindMember("date"); date != json.MemberEnd() && date->value.IsObject()) {
            e.date.value = get_string(date->value, "value");
            e.date.end = get_string(date->value, "end");
            e.date.precision = get_string(date->value, "precision");
            e.date.text = get_string(date->value, "text");
            auto from = date->value.FindMember("from_publication");
            e.date.from_publication = from != date->value.MemberEnd() && from->value.IsBool() && from->value.GetBool();
        }
        if (auto actors = json.FindMember("actors"); actors != json.MemberEnd() && actors->value.IsArray()) {
            for (const auto& a : actors->value.GetArray()) {
                e.actors.push_back({get_string(a, "id"), get_string(a, "name"), get_string(a, "name_ar"),
                                    get_string(a, "kind"), get_string(a, "role"), get_string(a, "affiliation"),
                                    get_string(a, "title")});
            }
        }
        if (auto round = json.FindMember("round"); round != json.MemberEnd() && round->value.IsObject()) {
            Round r;
            r.series = get_string(round->value, "series");
            auto number = round->value.FindMember("number");
            if (number != round->value.MemberEnd() && number->value.IsInt()) r.number = number->value.GetInt();
            e.round = r;
        }
        if (auto location = json.FindMember("location"); location != json.MemberEnd() && location->value.IsObject()) {
            e.location = Location{get_string(location->value, "id"), get_string(location->value, "name"),
                                  get_string(location->value, "name_ar")};
        }
        if (auto mentions = json.FindMember("mentions"); mentions != json.MemberEnd() && mentions->value.IsArray()) {
            for (const auto& m : mentions->value.GetArray()) {
                if (!m.IsObject()) continue;
                Mention mention;
                mention.doc = get_string(m, "doc");
                if (auto s = m.FindMember("sentence"); s != m.MemberEnd() && s->value.IsInt())
                    mention.sentence = s->value.GetInt();
                if (auto b = m.FindMember("begin"); b != m.MemberEnd() && b->value.IsUint64())
                    mention.begin = b->value.GetUint64();
                if (auto x = m.FindMember("end"); x != m.MemberEnd() && x->value.IsUint64())
                    mention.end = x->value.GetUint64();
                mention.text = get_string(m, "text");
                mention.quote = get_string(m, "quote");
                e.mentions.push_back(std::move(mention));
            }
        }
        if (e.mentions.empty()) throw std::runtime_error(where() + ": event has no mentions");
        if (auto documents = json.FindMember("documents"); documents != json.MemberEnd() && documents->value.IsInt())
            e.documents = documents->value.GetInt();
        events.push_back(std::move(e));
    }
    return events;
}

}  // namespace hadath
