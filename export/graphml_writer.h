// GraphML for Gephi, networkx and igraph. Node ids are the nodes' own id
// tokens; a value that is empty is left out (GraphML allows absent data).
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace hadath {

// The knowledge graph (graph.graphml): directed, every node and edge with
// label, type, colour (r, g, b), size and weight as GraphML keys.
void write_knowledge_graphml(std::ostream& out, const KnowledgeGraph& graph);

// The actor network (actors.graphml): undirected, weight = shared events.
void write_actor_graphml(std::ostream& out, const ActorNetwork& network);

}  // namespace hadath
