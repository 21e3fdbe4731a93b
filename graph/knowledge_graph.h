// The event knowledge graph: actors, events, rounds, locations and documents
// as typed nodes joined by typed edges, plus the actor network derived from
// it. Built with Boost.Graph so that degrees, counts and the writers work on
// the graph itself rather than on separate bookkeeping.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <string>
#include <vector>

#include "extract/event.h"

namespace hadath {

// Node types.
inline constexpr const char* kActorNode = "actor";
inline constexpr const char* kEventNode = "event";
inline constexpr const char* kRoundNode = "round";
inline constexpr const char* kLocationNode = "location";
inline constexpr const char* kDocumentNode = "document";

// Edge types besides the actor roles (speaker, participant, ...), which are
// used as edge types unchanged.
inline constexpr const char* kInRoundEdge = "in_round";
inline constexpr const char* kAtLocationEdge = "at_location";
inline constexpr const char* kReportedInEdge = "reported_in";
inline constexpr const char* kAffiliatedWithEdge = "affiliated_with";
inline constexpr const char* kNextRoundEdge = "next_round";
inline constexpr const char* kNextEdge = "next";
inline constexpr const char* kSharedEventsEdge = "shared_events";

struct GraphNode {
    std::string id;         // unique ASCII token, e.g. "actor:RUS", "round:astana:20"
    std::string entity_id;  // the id as the input gives it: actor code, event id, document id, ...
    std::string type;
    std::string label;  // English
    std::string label_ar;
    std::string kind;         // actors: country | organization | group | person
    std::string job_title;    // persons: "Foreign Minister"
    std::string affiliation;  // persons and groups
    // Events.
    std::string event_type;
    std::string event_date;  // ISO 8601 at its precision
    std::string event_date_end;
    std::string precision;
    std::string cameo;
    std::string round;         // "astana 20"
    std::string quote;         // the first mention's quote: its sentence, or the clause of a long one
    std::string mention_text;  // the first mention's own words, for labels
    int documents = 0;
    // Rounds.
    std::string series;
    int round_number = 0;
    // Documents.
    std::string doc_title;
    std::string published;  // publication date
    std::string source;
    std::string url;
    // The days this node is alive on a time axis: an event's own span, for
    // the others the first and last day of the events they take part in.
    // Empty when no dated event touches it.
    std::string first_day;
    std::string last_day;
    // Where viewers draw it (graph/layout.h).
    double x = 0;
    double y = 0;
};

struct GraphEdge {
    std::string type;
    double weight = 1.0;  // shared events in the actor network, 1 otherwise
    std::string first_day;
    std::string last_day;
};

using KnowledgeGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, GraphNode, GraphEdge>;
using ActorNetwork = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, GraphNode, GraphEdge>;

// Nodes come in a fixed order (actors, locations, rounds, events, documents;
// each sorted by id, events in their given order) and so do edges, so the
// same input always gives the same graph. A document has a node when an
// event's mention cites it: `documents` only adds what is known of it.
KnowledgeGraph build_knowledge_graph(const std::vector<Event>& events, const std::vector<DocumentInfo>& documents);

// Actors joined when they take part in the same event; weight = number of
// such events, first/last day = span of the dated ones. A person or group is
// also joined to the state or organisation it speaks for (affiliated_with,
// weight 1) when they share no event, and that state or organisation is a
// node even when it acts in no event, as in the knowledge graph.
ActorNetwork build_actor_network(const std::vector<Event>& events);

// "Meeting held: Sergey Lavrov – Adel al-Jubeir, Doha, 2015-08-03": the type,
// up to three main actors (persons before the states they speak for), the
// place and the date, so that events of one type and day differ.
std::string event_label(const Event& event);

// Seconds of wall-clock time the layout of the knowledge graph and of the
// actor network of `events` takes (graph/layout.h), for hadath bench.
double time_layouts(const std::vector<Event>& events);

struct GraphSummary {
    std::size_t nodes = 0;
    std::size_t edges = 0;
    std::map<std::string, std::size_t> nodes_by_type;
    std::map<std::string, std::size_t> edges_by_type;
    struct RankedActor {
        std::string id;
        std::string label;
        std::size_t degree = 0;
    };
    // Highest degree first, then by id.
    std::vector<RankedActor> top_actors;
};

GraphSummary summarize(const KnowledgeGraph& graph, std::size_t top_actor_count = 5);

// A few lines for the command line.
std::string format_summary(const GraphSummary& summary);

// Display helpers shared with the writers.
std::string humanize(const std::string& snake_case);  // meeting_held → Meeting held
std::string round_label(const Round& round);          // Astana round 20
// Actor roles in the order reports list them: speaker, host, participant,
// signatory, target, via, observer; any other role after them.
int role_rank(const std::string& role);

}  // namespace hadath
