// The event types hadath writes, read from rules/ar/types.tsv: each type's
// CAMEO code, English label, and how mentions of it merge into one event.
// Extraction, merging and exports ask this table; no stage names a type.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hadath {

// How two mentions of one type are told to be the same real event.
enum class MergePolicy {
    statement,      // one source on compatible days (a statement, an appeal, a denial)
    host_decision,  // one host on compatible days (hosting offers and withdrawals)
    meeting,        // parties, round, place and days agree
    plan,           // an announced meeting: round or overlapping days
    joint,          // a joint statement: round, or place and days
    agreement,      // two shared parties on compatible days
    none,           // merged only inside one document, by source and date
};

struct EventTypeInfo {
    std::string name;   // snake_case, as written in events.jsonl
    std::string cameo;  // default CAMEO code, empty when none
    std::string label;  // English label for timelines and graph labels
    MergePolicy merge = MergePolicy::none;
};

class EventTypes {
public:
    // Reads types.tsv; throws std::runtime_error "file:line: message".
    static EventTypes load(const std::string& path);

    const EventTypeInfo* find(std::string_view name) const;
    MergePolicy merge_policy(std::string_view name) const {
        const EventTypeInfo* info = find(name);
        return info ? info->merge : MergePolicy::none;
    }
    const std::vector<EventTypeInfo>& all() const { return types_; }

private:
    std::vector<EventTypeInfo> types_;
    std::unordered_map<std::string, std::size_t> by_name_;
};

}  // namespace hadath
