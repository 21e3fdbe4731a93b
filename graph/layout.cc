#include "graph/layout.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>
#include <cmath>
#include <limits>
#include <numeric>
#include <utility>

namespace hadath {
namespace {

// Boost's rectangle, with its distances and norms worked out in boost::math::hypot's arithmetic
// but without its checks for infinities, which positions in a unit square never reach: the layout
// asks for three of them per pair of vertices, and the checks were most of its time.
class Topology : public boost::rectangle_topology<boost::minstd_rand> {
public:
    Topology(boost::minstd_rand& generator, double left, double top, double right, double bottom)
        : rectangle_topology(generator, left, top, right, bottom),
          extent_(extent()),
          extent_norm_(hypot(extent_[0], extent_[1])) {}

    double distance(point_type a, point_type b) const { return hypot(b[0] - a[0], b[1] - a[1]); }
    // Boost asks for the norm of the extent at every pair of vertices, to tell points too close.
    double norm(point_difference_type delta) const {
        return delta[0] == extent_[0] && delta[1] == extent_[1] ? extent_norm_ : hypot(delta[0], delta[1]);
    }

private:
    point_difference_type extent_;
    double extent_norm_;

    // boost::math::hypot(boost::math::hypot(0, x), y) for finite x and y, to the last bit.
    static double hypot(double x, double y) {
        x = std::fabs(x);
        y = std::fabs(y);
        if (y > x) std::swap(x, y);
        if (x * std::numeric_limits<double>::epsilon() >= y) return x;
        const double ratio = y / x;
        return x * std::sqrt(1 + ratio * ratio);
    }
};
using Point = Topology::point_type;
using CoreGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Adjacency = std::vector<std::vector<std::size_t>>;

constexpr double kGoldenAngle = 2.399963229728653;

// Union-find over vertex indexes.
class Components {
public:
    explicit Components(std::size_t count) : parent_(count) { std::iota(parent_.begin(), parent_.end(), 0); }
    std::size_t find(std::size_t v) {
        while (parent_[v] != v) v = parent_[v] = parent_[parent_[v]];
        return v;
    }
    void join(std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a != b) parent_[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<std::size_t> parent_;
};

// Boost's grid force pairs, with each vertex repelled by at most kMostRepellers
// of the vertices in its cell and the eight around it (evenly sampled, their
// force scaled up to match): a hub's hundreds of neighbours crowd into one
// cell, where all pairs would cost the square of their number per iteration.
class SampledGridForcePairs {
public:
    static constexpr std::size_t kMostRepellers = 12;

    SampledGridForcePairs(const std::vector<Point>& points, double& weight) : points_(points), weight_(weight) {
        two_k_ = 2.0 / std::sqrt(static_cast<double>(std::max<std::size_t>(points.size(), 1)));
        columns_ = static_cast<std::size_t>(1.0 / two_k_) + 1;
    }

    template <typename Graph, typename ApplyForce>
    void operator()(const Graph&, ApplyForce apply_force) {
        // The cells as one array sorted by cell (a counting sort, vertices in increasing order within
        // a cell), its buffers kept from one iteration to the next.
        const std::size_t cell_count = columns_ * columns_;
        cell_of_.resize(points_.size());
        cell_start_.assign(cell_count + 1, 0);
        for (std::size_t v = 0; v < points_.size(); ++v) {
            cell_of_[v] = cell(points_[v][1]) * columns_ + cell(points_[v][0]);
            ++cell_start_[cell_of_[v] + 1];
        }
        for (std::size_t c = 0; c < cell_count; ++c) cell_start_[c + 1] += cell_start_[c];
        by_cell_.resize(points_.size());
        next_slot_.assign(cell_start_.begin(), cell_start_.end() - 1);
        for (std::size_t v = 0; v < points_.size(); ++v) by_cell_[next_slot_[cell_of_[v]]++] = v;
        for (std::size_t v = 0; v < points_.size(); ++v) {
            const std::size_t row = cell_of_[v] / columns_, column = cell_of_[v] % columns_;
            const std::size_t first_row = row ? row - 1 : 0, last_row = std::min(row + 1, columns_ - 1);
            const std::size_t first_column = column ? column - 1 : 0, last_column = std::min(column + 1, columns_ - 1);
            std::size_t candidates = 0;
            for (std::size_t r = first_row; r <= last_row; ++r)
                candidates += cell_start_[r * columns_ + last_column + 1] - cell_start_[r * columns_ + first_column];
            const std::size_t stride = candidates > kMostRepellers ? candidates / kMostRepellers : 1;
            weight_ = static_cast<double>(stride);
            // Each vertex samples a different share: every stride-th of the candidates, from its own offset.
            std::size_t index = v % stride;
            std::size_t seen = 0;
            for (std::size_t r = first_row; r <= last_row; ++r) {
                // The cells of one row of the 3x3 block lie next to each other in by_cell_.
                const std::size_t begin = cell_start_[r * columns_ + first_column];
                const std::size_t end = cell_start_[r * columns_ + last_column + 1];
                if (index >= seen + (end - begin)) {
                    seen += end - begin;
                    continue;
                }
                for (std::size_t k = begin + (index - seen); k < end; k += stride, index += stride) {
                    const std::size_t u = by_cell_[k];
                    if (u != v) apply_force(u, v);
                }
                seen += end - begin;
            }
        }
        weight_ = 1;
    }

private:
    std::size_t cell(double coordinate) const {
        return std::min(columns_ - 1, static_cast<std::size_t>(std::max(0.0, (coordinate + 0.5) / two_k_)));
    }

    const std::vector<Point>& points_;
    double& weight_;
    double two_k_ = 1;
    std::size_t columns_ = 1;
    std::vector<std::size_t> cell_of_, cell_start_, next_slot_, by_cell_;
};

// Fruchterman–Reingold's k²/d, times the share of repellers a sampled vertex stands for.
struct WeightedRepulsion {
    const double* weight;
    template <typename Vertex, typename Graph>
    double operator()(Vertex, Vertex, double k, double d, const Graph&) const {
        return *weight * k * k / d;
    }
};

// Fruchterman–Reingold in the unit square centred on the origin, scaled so
// that neighbours sit about kLayoutSpacing apart.
std::vector<Position> lay_out_core(const std::vector<std::size_t>& vertices,
                                   const std::vector<std::pair<std::size_t, std::size_t>>& edges,
                                   std::size_t max_iterations, unsigned seed) {
    const std::size_t n = vertices.size();
    std::vector<Position> positions(n);
    if (n == 1) return positions;
    CoreGraph graph(n);
    for (const auto& [a, b] : edges) boost::add_edge(a, b, graph);
    boost::minstd_rand generator(seed);
    Topology topology(generator, -0.5, -0.5, 0.5, 0.5);
    std::vector<Point> points(n);
    auto position = boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, graph));
    boost::random_graph_layout(graph, position, topology);
    double weight = 1;
    // About two million force computations at most: a large core gets fewer rounds.
    const std::size_t work_per_iteration = n * SampledGridForcePairs::kMostRepellers + edges.size();
    const std::size_t iterations = std::clamp<std::size_t>(2000000 / work_per_iteration, 15, max_iterations);
    boost::fruchterman_reingold_force_directed_layout(graph, position, topology,
                                                      boost::attractive_force(boost::square_distance_attractive_force())
                                                          .repulsive_force(WeightedRepulsion{&weight})
                                                          .force_pairs(SampledGridForcePairs(points, weight))
                                                          .cooling(boost::linear_cooling<double>(iterations, 0.05)));
    const double scale = kLayoutSpacing * 1.5 * std::sqrt(static_cast<double>(n));
    for (std::size_t i = 0; i < n; ++i) positions[i] = {points[i][0] * scale, points[i][1] * scale};
    return positions;
}

// The vertices that hang off the rest in trees (a document cited once, an
// actor of one event) are peeled off, leaving the 2-core; each peeled vertex
// keeps the neighbour it hung from (or none: the root of a tree).
struct Peeled {
    std::vector<bool> in_core;
    std::vector<std::size_t> parent;  // vertex count when none
    std::vector<std::size_t> order;   // peeled vertices, leaves first
};

Peeled peel(const Adjacency& adjacency) {
    const std::size_t n = adjacency.size();
    Peeled peeled{std::vector<bool>(n, true), std::vector<std::size_t>(n, n), {}};
    std::vector<std::size_t> remaining(n), queue;
    for (std::size_t v = 0; v < n; ++v) {
        remaining[v] = adjacency[v].size();
        if (remaining[v] <= 1) queue.push_back(v);
    }
    for (std::size_t next = 0; next < queue.size(); ++next) {
        const std::size_t v = queue[next];
        peeled.in_core[v] = false;
        peeled.order.push_back(v);
        for (std::size_t u : adjacency[v]) {
            if (!peeled.in_core[u]) continue;
            peeled.parent[v] = u;
            if (--remaining[u] == 1) queue.push_back(u);
            break;
        }
    }
    return peeled;
}

}  // namespace

std::vector<Position> force_directed_layout(std::size_t vertex_count,
                                            const std::vector<std::pair<std::size_t, std::size_t>>& edges,
                                            std::size_t max_iterations) {
    std::vector<Position> positions(vertex_count);
    if (vertex_count == 0) return positions;
    Adjacency adjacency(vertex_count);
    for (const auto& [a, b] : edges) {
        if (a == b) continue;
        adjacency[a].push_back(b);
        adjacency[b].push_back(a);
    }
    for (auto& neighbours : adjacency) {
        std::sort(neighbours.begin(), neighbours.end());
        neighbours.erase(std::unique(neighbours.begin(), neighbours.end()), neighbours.end());
    }
    const Peeled peeled = peel(adjacency);

    // The core's components, each laid out by force; trees and their roots are placed around them.
    Components union_find(vertex_count);
    for (std::size_t v = 0; v < vertex_count; ++v) {
        for (std::size_t u : adjacency[v]) {
            if (peeled.in_core[v] && peeled.in_core[u]) union_find.join(u, v);
        }
    }
    std::vector<std::size_t> local(vertex_count), core_of(vertex_count, vertex_count);
    std::vector<std::vector<std::size_t>> cores;
    for (std::size_t v = 0; v < vertex_count; ++v) {
        if (!peeled.in_core[v]) continue;
        const std::size_t root = union_find.find(v);
        if (core_of[root] == vertex_count) {
            core_of[root] = cores.size();
            cores.emplace_back();
        }
        core_of[v] = core_of[root];
        local[v] = cores[core_of[v]].size();
        cores[core_of[v]].push_back(v);
    }
    for (std::size_t i = 0; i < cores.size(); ++i) {
        std::vector<std::pair<std::size_t, std::size_t>> core_edges;
        for (std::size_t v : cores[i]) {
            for (std::size_t u : adjacency[v]) {
                if (peeled.in_core[u] && v < u) core_edges.emplace_back(local[v], local[u]);
            }
        }
        const auto core_positions = lay_out_core(cores[i], core_edges, max_iterations, static_cast<unsigned>(i + 1));
        for (std::size_t k = 0; k < cores[i].size(); ++k) positions[cores[i][k]] = core_positions[k];
    }
    // Trees grow outwards from the core: each vertex's children fill a sunflower disc around it.
    std::vector<std::vector<std::size_t>> children(vertex_count);
    for (std::size_t v : peeled.order) {
        if (peeled.parent[v] != vertex_count) children[peeled.parent[v]].push_back(v);
    }
    std::vector<std::size_t> placed;
    for (std::size_t v = 0; v < vertex_count; ++v) {
        if (peeled.in_core[v] || peeled.parent[v] == vertex_count) placed.push_back(v);
    }
    for (std::size_t next = 0; next < placed.size(); ++next) {
        const std::size_t v = placed[next];
        std::sort(children[v].begin(), children[v].end());
        for (std::size_t i = 0; i < children[v].size(); ++i) {
            const double radius = kLayoutSpacing * (0.8 + 0.6 * std::sqrt(static_cast<double>(i)));
            const double angle = kGoldenAngle * static_cast<double>(i);
            positions[children[v][i]] = {positions[v].x + radius * std::cos(angle),
                                         positions[v].y + radius * std::sin(angle)};
            placed.push_back(children[v][i]);
        }
    }

    // Whole components, packed in rows, largest first (then by first vertex).
    Components whole(vertex_count);
    for (const auto& [a, b] : edges) whole.join(a, b);
    std::vector<std::vector<std::size_t>> components;
    std::vector<std::size_t> number(vertex_count, vertex_count);
    for (std::size_t v = 0; v < vertex_count; ++v) {
        const std::size_t root = whole.find(v);
        if (number[root] == vertex_count) {
            number[root] = components.size();
            components.emplace_back();
        }
        components[number[root]].push_back(v);
    }
    // Isolated vertices go together in one tight square grid, after everything else.
    const double isolated_pitch = 0.4 * kLayoutSpacing;
    std::vector<std::size_t> isolated;
    components.erase(std::remove_if(components.begin(), components.end(),
                                    [&](const std::vector<std::size_t>& component) {
                                        if (component.size() != 1) return false;
                                        isolated.push_back(component.front());
                                        return true;
                                    }),
                     components.end());
    const std::size_t grid_columns =
        static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(isolated.size()))));
    for (std::size_t i = 0; i < isolated.size(); ++i) {
        positions[isolated[i]] = {static_cast<double>(i % grid_columns) * isolated_pitch,
                                  -static_cast<double>(i / grid_columns) * isolated_pitch};
    }
    const std::size_t connected = components.size();
    if (!isolated.empty()) components.push_back(isolated);
    struct Box {
        double left = 0, bottom = 0, width = 0, height = 0;
    };
    std::vector<Box> boxes(components.size());
    double area = 0, widest = 0;
    const double gap = kLayoutSpacing * 2;
    for (std::size_t i = 0; i < components.size(); ++i) {
        double min_x = positions[components[i][0]].x, max_x = min_x;
        double min_y = positions[components[i][0]].y, max_y = min_y;
        for (std::size_t v : components[i]) {
            min_x = std::min(min_x, positions[v].x);
            max_x = std::max(max_x, positions[v].x);
            min_y = std::min(min_y, positions[v].y);
            max_y = std::max(max_y, positions[v].y);
        }
        boxes[i] = {min_x, min_y, max_x - min_x, max_y - min_y};
        area += (boxes[i].width + gap) * (boxes[i].height + gap);
        widest = std::max(widest, boxes[i].width + gap);
    }
    std::vector<std::size_t> order(components.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return (a < connected ? components[a].size() : 0) > (b < connected ? components[b].size() : 0);
    });
    const double row_width = std::max(widest, std::sqrt(area) * 1.2);
    double x = 0, y = 0, row_height = 0;
    std::vector<Position> packed(vertex_count);
    for (std::size_t i : order) {
        const Box& box = boxes[i];
        if (x > 0 && x + box.width > row_width) {
            x = 0;
            y += row_height + gap;
            row_height = 0;
        }
        // Rows run down from the top, y growing upwards as in Gephi.
        for (std::size_t v : components[i]) {
            packed[v] = {x + positions[v].x - box.left, -(y + box.height - (positions[v].y - box.bottom))};
        }
        x += box.width + gap;
        row_height = std::max(row_height, box.height);
    }
    double max_x = 0, min_y = 0;
    for (const Position& p : packed) {
        max_x = std::max(max_x, p.x);
        min_y = std::min(min_y, p.y);
    }
    for (Position& p : packed) {
        p.x = std::round((p.x - max_x / 2) * 100) / 100;
        p.y = std::round((p.y - min_y / 2) * 100) / 100;
    }
    return packed;
}

}  // namespace hadath
