#!/usr/bin/env python3
"""Reads a GraphML file with networkx and with python-igraph and prints, as
JSON, what each of them sees: node and edge counts and attribute names.

Usage: check_graphml.py FILE.graphml
Exit status 2 when a module is missing, 1 when a reader fails.
"""
import json
import sys

try:
    import igraph
    import networkx
except ImportError as error:
    print(f"missing module: {error.name}", file=sys.stderr)
    sys.exit(2)


def networkx_view(path):
    graph = networkx.read_graphml(path)
    node_attributes = set()
    for _, data in graph.nodes(data=True):
        node_attributes.update(data)
    edge_attributes = set()
    for *_, data in graph.edges(data=True):
        edge_attributes.update(data)
    edge_attributes.discard("id")  # the reader's own copy of the edge id
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "node_attributes": sorted(node_attributes),
        "edge_attributes": sorted(edge_attributes),
        "directed": graph.is_directed(),
    }


def igraph_view(path):
    graph = igraph.Graph.Read_GraphML(path)
    node_attributes = set(graph.vs.attributes()) - {"id"}  # the node id, added by the reader
    edge_attributes = set(graph.es.attributes()) - {"id"}
    return {
        "nodes": graph.vcount(),
        "edges": graph.ecount(),
        "node_attributes": sorted(node_attributes),
        "edge_attributes": sorted(edge_attributes),
        "directed": graph.is_directed(),
    }


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    path = sys.argv[1]
    try:
        report = {"networkx": networkx_view(path), "igraph": igraph_view(path)}
    except Exception as error:  # report any reader failure as such
        print(f"cannot read {path}: {error}", file=sys.stderr)
        return 1
    print(json.dumps(report, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
