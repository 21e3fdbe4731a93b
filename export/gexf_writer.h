// GEXF 1.3 with time intervals, for Gephi's timeline.
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace hadath {

// mode="dynamic" timeformat="date": every node and edge lives from its first
// to its last day (events: their own span; undated ones always), with a
// viz:color per node type and a viz:size from degree.
void write_knowledge_gexf(std::ostream& out, const KnowledgeGraph& graph);

}  // namespace hadath
