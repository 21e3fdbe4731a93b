#include "extract/input.h"

// Articles are parsed with RapidJSON's SSE2 scanning of strings and white space, the larger part of
// reading them. This file keeps that RapidJSON in a namespace of its own, apart from the one the
// writers use: the SSE2 scan takes 0x1A..0x1F for ordinary bytes, which would leave them unescaped
// in output; in input, lines with them are turned away first (see unescaped_control).
#if defined(__SSE2__)
#define RAPIDJSON_SSE2
#endif
#define RAPIDJSON_NAMESPACE hadath_input_rapidjson
#define RAPIDJSON_NAMESPACE_BEGIN namespace hadath_input_rapidjson {
#define RAPIDJSON_NAMESPACE_END }
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
namespace rapidjson = hadath_input_rapidjson;

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>

#include "extract/dates.h"
#include "extract/encoding.h"
#include "extract/utf8.h"

namespace hadath {

namespace fs = std::filesystem;

namespace {

struct ManifestEntry {
    std::string id, date, title, source, url;
};

std::string member_string(const rapidjson::Value& object, const char* key) {
    auto member = object.FindMember(key);
    if (member == object.MemberEnd() || !member->value.IsString()) return "";
    return std::string(member->value.GetString(), member->value.GetStringLength());
}

bool has_nul(std::string_view text) {
    return text.find('\0') != std::string_view::npos;
}

// The first byte in 0x1A..0x1F, or npos. JSON allows no control character unescaped in a string,
// and none of these between values either; RapidJSON's SSE2 string scan lets these six through.
std::size_t unescaped_control(std::string_view line) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    std::size_t pos = 0;
    for (; pos + 8 <= line.size(); pos += 8) {
        std::uint64_t word;
        std::memcpy(&word, line.data() + pos, 8);
        // A byte below 0x20 sets its high bit here (with at most false alarms above it, read again below).
        if (((word - kOnes * 0x20) & ~word & kHigh) != 0) break;
    }
    for (; pos < line.size(); ++pos) {
        const auto byte = static_cast<unsigned char>(line[pos]);
        if (byte >= 0x1A && byte <= 0x1F) return pos;
    }
    return std::string_view::npos;
}

// Letters of the Arabic block (U+0600..U+06FF) start with these bytes in UTF-8.
bool has_arabic(std::string_view text) {
    return text.find_first_of("\xD8\xD9\xDA\xDB") != std::string_view::npos;
}

void note(const InputSink& sink, const std::string& message) {
    if (sink.note) sink.note(message);
}

// Reports what is worth knowing of a document that is read: its encoding when
// not UTF-8, and text without Arabic, from which no event can come.
void note_reading(const InputSink& sink, const std::string& where, const DecodedText& decoded) {
    if (decoded.converted)
        note(sink, where + ": read as " + decoded.encoding +
                       (decoded.detected ? " (detected; name another with --encoding)" : ""));
    if (!has_arabic(decoded.text)) note(sink, where + ": no Arabic text in it; hadath reads Arabic articles");
}

// A record's date: YYYY-MM-DD, possibly with a time after it; "" otherwise.
std::string record_date(const std::string& date) {
    if (date.size() > 10 && date[10] != 'T' && date[10] != ' ') return "";
    return parse_iso_date(date.substr(0, 10)) ? date.substr(0, 10) : "";
}

// Checks text and reports why it cannot be read, or "" when it can.
std::string text_problem(std::string_view text) {
    if (text.find_first_not_of(" \t\r\n\xEF\xBB\xBF") == std::string_view::npos) return "empty document";
    if (has_nul(text)) return "contains NUL bytes";
    if (const auto bad = utf8::first_invalid(text); bad != std::string_view::npos)
        return "invalid UTF-8 at byte " + std::to_string(bad);
    return "";
}

std::map<std::string, ManifestEntry> read_manifest(const fs::path& path, const InputSink& sink) {
    std::map<std::string, ManifestEntry> by_file;
    std::ifstream in(path, std::ios::binary);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const std::string where = path.string() + ":" + std::to_string(number);
        rapidjson::Document json;
        json.Parse<rapidjson::kParseIterativeFlag>(line.c_str(), line.size());
        if (json.HasParseError() || !json.IsObject()) {
            sink.skipped(where + ": manifest line is not a JSON object");
            continue;
        }
        ManifestEntry entry{member_string(json, "id"), member_string(json, "date"), member_string(json, "title"),
                            member_string(json, "source"), member_string(json, "url")};
        std::string file = member_string(json, "file");
        if (file.empty() && !entry.id.empty()) file = entry.id + ".txt";
        if (file.empty()) {
            sink.skipped(where + ": manifest line has neither \"file\" nor \"id\"");
            continue;
        }
        if (!entry.date.empty() && !parse_iso_date(entry.date)) {
            sink.skipped(where + ": date '" + entry.date + "' is not YYYY-MM-DD; ignored");
            entry.date.clear();
        }
        by_file[file] = entry;
    }
    return by_file;
}

// The whole file as bytes, read straight into a string of its size.
bool read_bytes(const fs::path& path, std::string& bytes) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return false;
    const std::streamoff size = in.tellg();
    if (size < 0) return false;
    bytes.resize(static_cast<std::size_t>(size));
    in.seekg(0);
    return static_cast<bool>(in.read(bytes.data(), size));
}

void read_text_file(const fs::path& path, const ManifestEntry* manifest, const InputOptions& options,
                    const InputSink& sink) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
        sink.skipped(path.string() + ": is a directory; skipped");
        return;
    }
    std::string bytes;
    if (!read_bytes(path, bytes)) {
        sink.skipped(path.string() + ": cannot be read; skipped");
        return;
    }
    InputDocument document;
    document.origin = path.string();
    document.input_bytes = bytes.size();
    const bool utf16 =
        bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
    if (options.encoding.empty() && !utf16 && has_nul(bytes)) {
        sink.skipped(path.string() + ": contains NUL bytes (not a text file?); skipped");
        return;
    }
    DecodedText decoded = decode_text(std::move(bytes), options.encoding);
    if (!decoded.problem.empty()) {
        sink.skipped(path.string() + ": " + decoded.problem + "; skipped");
        return;
    }
    if (const std::string problem = text_problem(decoded.text); !problem.empty()) {
        sink.skipped(path.string() + ": " + problem + "; skipped");
        return;
    }
    note_reading(sink, path.string(), decoded);
    document.text = std::move(decoded.text);
    document.info.id = path.stem().string();
    if (manifest) {
        if (!manifest->id.empty()) document.info.id = manifest->id;
        document.info.date = manifest->date;
        document.info.title = manifest->title;
        document.info.source = manifest->source;
        document.info.url = manifest->url;
    }
    if (document.info.date.empty()) document.info.date = options.default_date;
    if (document.info.date.empty() && !manifest) document.info.date = date_in_header(document.text);
    sink.document(std::move(document));
}

void read_jsonl_file(const fs::path& path, const InputOptions& options, const InputSink& sink) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        sink.skipped(path.string() + ": cannot be read; skipped");
        return;
    }
    read_jsonl_articles(in, path.string(), options, sink);
}

void read_directory(const fs::path& dir, const InputOptions& options, const InputSink& sink) {
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
        const fs::path& path = it->path();
        const std::string extension = path.extension().string();
        if ((extension == ".txt" || extension == ".jsonl") && path.filename() != "manifest.jsonl")
            files.push_back(path);
    }
    if (error) sink.skipped(dir.string() + ": cannot list (" + error.message() + ")");
    if (!error && files.empty())
        sink.skipped(dir.string() + ": no .txt or .jsonl file in this directory; nothing read from it");
    std::sort(files.begin(), files.end());
    std::map<std::string, ManifestEntry> manifest;
    if (fs::exists(dir / "manifest.jsonl")) manifest = read_manifest(dir / "manifest.jsonl", sink);
    for (const fs::path& file : files) {
        if (file.extension() == ".jsonl") {
            read_jsonl_file(file, options, sink);
        } else {
            auto entry = manifest.find(file.filename().string());
            read_text_file(file, entry == manifest.end() ? nullptr : &entry->second, options, sink);
        }
    }
}

bool ascii_digit(std::string_view text, std::size_t k) {
    return k < text.size() && text[k] >= '0' && text[k] <= '9';
}

// The number of one or two digits at `at`.
int small_number(std::string_view text, std::size_t at) {
    return ascii_digit(text, at + 1) ? (text[at] - '0') * 10 + (text[at + 1] - '0') : text[at] - '0';
}

// The Gregorian day of a Hijri year (1300-1500 AH) at `year`, with its month and day, or "".
std::string hijri_header_date(std::string_view head, std::size_t year, std::size_t month, std::size_t day) {
    if (ascii_digit(head, year + 4)) return "";
    const int hijri_year = std::stoi(std::string(head.substr(year, 4)));
    if (hijri_year < 1300 || hijri_year > 1500) return "";
    const auto date = hijri_to_civil(hijri_year, small_number(head, month), small_number(head, day));
    if (!date) return "";
    return format_iso_date(*date);
}

// "17/10/1436": a day and a month of one or two digits, then the 4-digit year at `year`.
bool day_month_before_year(std::string_view head, std::size_t year, std::size_t& day, std::size_t& month) {
    for (std::size_t k = year; k < year + 4; ++k)
        if (!ascii_digit(head, k)) return false;
    if (year < 4 || (head[year - 1] != '/' && head[year - 1] != '-')) return false;
    const char separator = head[year - 1];
    std::size_t k = year - 1;
    const auto number_before = [&](std::size_t& start) {
        if (k == 0 || !ascii_digit(head, k - 1)) return false;
        start = ascii_digit(head, k - 2) && k >= 2 ? k - 2 : k - 1;
        return start == 0 || !ascii_digit(head, start - 1);
    };
    if (!number_before(month) || month == 0 || head[month - 1] != separator) return false;
    k = month - 1;
    return number_before(day);
}

}  // namespace

std::string date_in_header(std::string_view text) {
    // Only the first lines: a date further down is about something else.
    const std::string_view head = text.substr(0, 600);
    for (std::size_t i = 0; i + 10 <= head.size(); ++i) {
        const auto digit = [&](std::size_t k) { return head[k] >= '0' && head[k] <= '9'; };
        if (!(digit(i) && digit(i + 1) && digit(i + 2) && digit(i + 3))) continue;
        if (i > 0 && digit(i - 1)) continue;
        const char separator = head[i + 4];
        if (separator != '/' && separator != '.' && separator != '-') continue;
        if (!(digit(i + 5) && digit(i + 6) && head[i + 7] == separator && digit(i + 8) && digit(i + 9))) continue;
        if (i + 10 < head.size() && digit(i + 10)) continue;
        std::string iso(head.substr(i, 10));
        iso[4] = iso[7] = '-';
        if (const std::string hijri = hijri_header_date(head, i, i + 5, i + 8); !hijri.empty()) return hijri;
        if (parse_iso_date(iso)) return iso;
    }
    // Saudi papers print the Hijri day first: "الأحد 17/10/1436هـ".
    for (std::size_t i = 0; i + 4 <= head.size(); ++i) {
        std::size_t day = 0, month = 0;
        if (!day_month_before_year(head, i, day, month)) continue;
        if (const std::string hijri = hijri_header_date(head, i, month, day); !hijri.empty()) return hijri;
    }
    return "";
}

void read_jsonl_articles(std::istream& in, const std::string& source, const InputOptions& options,
                         const InputSink& sink) {
    std::string line;
    // Lines that are not JSON at all (plain text given where JSON Lines are
    // read): the first is explained, the others counted in one message.
    int plain_lines = 0, first_plain_line = 0;
    for (int number = 1; std::getline(in, line); ++number) {
        const std::size_t line_bytes = line.size() + 1;
        if (number == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        const std::string where = source + ":" + std::to_string(number);
        const std::size_t first = line.find_first_not_of(" \t");
        if (line[first] != '{' && line[first] != '[' && line[first] != '"') {
            if (plain_lines++ == 0) {
                first_plain_line = number;
                sink.skipped(where + ": not JSON; " + source +
                             " is read as JSON Lines, one article a line: {\"id\": ..., \"text\": ...} "
                             "(give an article in plain text as a .txt file); skipped");
            }
            continue;
        }
        if (const std::size_t control = unescaped_control(line); control != std::string::npos) {
            sink.skipped(where + ": malformed JSON (unescaped control character at byte " + std::to_string(control) +
                         "); skipped");
            continue;
        }
        rapidjson::Document json;
        // In place: the strings are decoded inside `line`, with no copy. The SSE2 scan reads whole
        // 16-byte blocks, the one that holds the final NUL included: they lie inside the string.
        line.reserve(line.size() + 16);
        json.ParseInsitu<rapidjson::kParseIterativeFlag>(line.data());
        if (json.HasParseError()) {
            sink.skipped(where + ": malformed JSON (" + rapidjson::GetParseError_En(json.GetParseError()) +
                         " at byte " + std::to_string(json.GetErrorOffset()) + "); skipped");
            continue;
        }
        if (!json.IsObject()) {
            sink.skipped(where + ": not a JSON object; skipped");
            continue;
        }
        auto text = json.FindMember("text");
        if (text == json.MemberEnd() || !text->value.IsString()) {
            sink.skipped(where + ": no \"text\" string; skipped");
            continue;
        }
        InputDocument document;
        document.origin = where;
        document.input_bytes = line_bytes;
        document.text.assign(text->value.GetString(), text->value.GetStringLength());
        if (!options.encoding.empty()) {
            DecodedText decoded = decode_text(std::move(document.text), options.encoding);
            if (!decoded.problem.empty()) {
                sink.skipped(where + ": " + decoded.problem + "; skipped");
                continue;
            }
            document.text = std::move(decoded.text);
        }
        document.info.id = member_string(json, "id");
        if (document.info.id.empty()) {
            if (auto id = json.FindMember("id"); id != json.MemberEnd() && id->value.IsInt64())
                document.info.id = std::to_string(id->value.GetInt64());
        }
        if (document.info.id.empty())
            document.info.id = fs::path(source).stem().string() + "-" + std::to_string(number);
        if (const std::string problem = text_problem(document.text); !problem.empty()) {
            sink.skipped(where + ": document '" + document.info.id + "': " + problem +
                         (problem.rfind("invalid UTF-8", 0) == 0 ? " (name its encoding with --encoding)" : "") +
                         "; skipped");
            continue;
        }
        if (!has_arabic(document.text))
            note(sink,
                 where + ": document '" + document.info.id + "': no Arabic text in it; hadath reads Arabic articles");
        const std::string date = member_string(json, "date");
        document.info.date = record_date(date);
        if (document.info.date.empty() && !date.empty())
            sink.skipped(where + ": document '" + document.info.id + "': date '" + date +
                         "' is not YYYY-MM-DD; the document is read without it");
        document.info.title = member_string(json, "title");
        document.info.source = member_string(json, "source");
        document.info.url = member_string(json, "url");
        if (document.info.date.empty()) document.info.date = options.default_date;
        if (document.info.date.empty()) document.info.date = date_in_header(document.text);
        sink.document(std::move(document));
    }
    if (plain_lines > 1)
        sink.skipped(source + ":" + std::to_string(first_plain_line) + ": " + std::to_string(plain_lines - 1) +
                     " more lines after it are not JSON either; skipped");
}

std::uintmax_t input_size(const std::vector<std::string>& inputs) {
    std::uintmax_t total = 0;
    std::error_code error;
    const auto add_file = [&total](const fs::path& path) {
        std::error_code unreadable;  // skipped here as read_inputs will skip it
        const std::uintmax_t size = fs::file_size(path, unreadable);
        if (!unreadable) total += size;
    };
    for (const std::string& input : inputs) {
        if (input == "-") return 0;
        const fs::path path(input);
        if (fs::is_directory(path, error)) {
            for (fs::directory_iterator it(path, error), end; !error && it != end; it.increment(error)) {
                const std::string extension = it->path().extension().string();
                if ((extension == ".txt" || extension == ".jsonl") && it->path().filename() != "manifest.jsonl")
                    add_file(it->path());
            }
        } else if (fs::is_regular_file(path, error)) {
            add_file(path);
        } else {
            return 0;
        }
    }
    return total;
}

void read_inputs(const std::vector<std::string>& inputs, const InputOptions& options, const InputSink& sink) {
    for (const std::string& input : inputs) {
        if (input == "-") {
            read_jsonl_articles(std::cin, "<stdin>", options, sink);
            continue;
        }
        const fs::path path(input);
        std::error_code error;
        if (fs::is_directory(path, error)) {
            read_directory(path, options, sink);
        } else if (fs::exists(path, error)) {
            if (path.extension() == ".jsonl") {
                read_jsonl_file(path, options, sink);
            } else {
                const fs::path manifest_path = path.parent_path() / "manifest.jsonl";
                std::map<std::string, ManifestEntry> manifest;
                if (path.filename() != "manifest.jsonl" && fs::exists(manifest_path)) {
                    manifest = read_manifest(manifest_path, sink);
                }
                auto entry = manifest.find(path.filename().string());
                read_text_file(path, entry == manifest.end() ? nullptr : &entry->second, options, sink);
            }
        } else {
            sink.skipped(input + ": no such file or directory; skipped");
        }
    }
}

}  // namespace hadath
