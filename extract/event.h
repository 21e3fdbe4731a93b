// Plain structs shared by every stage after extraction: documents, actors,
// dates and events. An event mention (one sentence) and a merged event use
// the same struct; a merged event simply has several mentions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace hadath {

// What is known of one input article besides its text.
struct DocumentInfo {
    std::string id;      // file name without extension, or the JSON Lines `id`
    std::string date;    // publication date YYYY-MM-DD, empty when unknown
    std::string title;   // may be empty
    std::string source;  // may be empty
    std::string url;     // may be empty
};

struct Actor {
    std::string id;           // ISO 3166-1 alpha-3, organisation code, or person slug
    std::string name;         // English (or transliterated) name
    std::string name_ar;      // Arabic name as written or as in the lexicon
    std::string kind;         // country | organization | group | person
    std::string role;         // speaker | participant | observer | host | signatory | target | via
    std::string affiliation;  // for persons and groups: the state or organisation code
    std::string title;        // for persons: English title when known (e.g. "Deputy Foreign Minister")
    // While a document is read: an unnamed holder of a post ("وزير سوري") the rest of the text may name.
    bool awaiting_name = false;
};

struct Round {
    std::string series;  // e.g. "astana"; may be empty when unknown
    int number = 0;      // ordinal of the round in its series
};

struct Location {
    std::string id;  // lower-case English name, e.g. "astana"
    std::string name;
    std::string name_ar;
};

struct EventDate {
    std::string value;      // ISO 8601 at its precision: 2017, 2017-01, 2017-01-23, 2023-H2, 2023-Q3; empty = none
    std::string end;        // last day of a span, empty when none
    std::string precision;  // day | month | quarter | half | year; empty when no value
    std::string text;       // the words of the text it came from (empty when taken from publication)
    bool from_publication = false;  // true when the event took the article's publication date
    // Told in the past before the past ("وكانت بريطانيا قالت"), with no day of its own: a saying the article
    // may report again with its day, or one from before the news.
    bool recalled = false;
};

// Where an event was read. Offsets are Unicode code point offsets into the
// original document text, end exclusive.
struct Mention {
    std::string doc;
    int sentence = 0;  // 0-based sentence index in the document
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string text;  // the original characters between begin and end
    // What a reader is shown: the original sentence that holds the mention, or for a long one the
    // clause around it, with "…" where it is cut. Written for an event's first mention only.
    std::string quote;
};

struct Event {
    std::string id;     // stable id derived from the event's identity
    std::string type;   // snake_case, e.g. meeting_held
    std::string cameo;  // CAMEO code, may be empty
    EventDate date;
    std::vector<Actor> actors;
    std::optional<Round> round;
    std::optional<Location> location;
    std::vector<Mention> mentions;  // sorted by (doc, sentence, begin)
    int documents = 0;              // number of distinct documents among mentions
};

}  // namespace hadath
