// Node positions for graph viewers (Gephi, sigma.js), computed with
// Boost.Graph's Fruchterman–Reingold layout so that a file opens as a
// readable picture rather than a pile of nodes at the origin.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace hadath {

struct Position {
    double x = 0;
    double y = 0;
};

// Typical distance between two linked nodes in the layout's units.
inline constexpr double kLayoutSpacing = 10.0;

// Positions for `vertex_count` vertices joined by `edges` (vertex indexes;
// direction is ignored). Each connected component is laid out on its own with
// Fruchterman–Reingold and grid force pairs (so one iteration costs about the
// number of nodes and edges, not its square), with at most `max_iterations`
// iterations; the components are then packed in rows, largest first, with
// isolated nodes in a grid after them. The same input gives the same positions.
std::vector<Position> force_directed_layout(std::size_t vertex_count,
                                            const std::vector<std::pair<std::size_t, std::size_t>>& edges,
                                            std::size_t max_iterations = 60);

}  // namespace hadath
