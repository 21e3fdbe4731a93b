#include "extract/event_types.h"

#include "extract/lexicon.h"

namespace hadath {

EventTypes EventTypes::load(const std::string& path) {
    static const std::unordered_map<std::string, MergePolicy> policies = {{"statement", MergePolicy::statement},
                                                                          {"host_decision", MergePolicy::host_decision},
                                                                          {"meeting", MergePolicy::meeting},
                                                                          {"plan", MergePolicy::plan},
                                                                          {"joint", MergePolicy::joint},
                                                                          {"agreement", MergePolicy::agreement},
                                                                          {"none", MergePolicy::none}};
    EventTypes types;
    for (const TsvRow& row : read_tsv(path, 4, 4)) {
        const auto& f = row.fields;
        for (const char c : f[0])
            if (!((c >= 'a' && c <= 'z') || c == '_')) row.fail("event type '" + f[0] + "' is not snake_case");
        const auto policy = policies.find(f[2]);
        if (policy == policies.end())
            row.fail("unknown merge policy '" + f[2] +
                     "' (statement, host_decision, meeting, plan, joint, agreement or none)");
        if (!types.by_name_.emplace(f[0], types.types_.size()).second) row.fail("duplicate type '" + f[0] + "'");
        types.types_.push_back({f[0], f[1] == "-" ? "" : f[1], f[3], policy->second});
    }
    return types;
}

const EventTypeInfo* EventTypes::find(std::string_view name) const {
    const auto found = by_name_.find(std::string(name));
    return found == by_name_.end() ? nullptr : &types_[found->second];
}

}  // namespace hadath
