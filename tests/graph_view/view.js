// Loads a GraphML or GEXF file with graphology's parsers and draws it with
// sigma.js, as web viewers (Gephi Lite, Retina) do; bundled by the tests.
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { parse as parseGraphml } from 'graphology-graphml/browser';
import Sigma from 'sigma';

// What the test reads back: counts, nodes without a position, colours, errors.
window.showGraph = function (text, format, container) {
  const report = { nodes: 0, edges: 0, withoutPosition: 0, withoutColor: 0, colors: [], drawn: false, error: '' };
  try {
    const graph = format === 'gexf' ? parseGexf(MultiGraph, text) : parseGraphml(MultiGraph, text);
    report.nodes = graph.order;
    report.edges = graph.size;
    const colors = new Set();
    graph.forEachNode((node, attributes) => {
      if (!Number.isFinite(attributes.x) || !Number.isFinite(attributes.y)) report.withoutPosition++;
      if (!attributes.color) report.withoutColor++;
      else colors.add(attributes.color);
    });
    report.colors = [...colors].sort();
    // Thin, light edges so that the nodes' colours carry the picture.
    graph.forEachEdge((edge) => graph.mergeEdgeAttributes(edge, { color: 'rgba(120,130,140,0.25)', size: 0.5 }));
    const renderer = new Sigma(graph, container, { labelRenderedSizeThreshold: 5, labelDensity: 0.5 });
    renderer.refresh();
    report.drawn = true;
  } catch (error) {
    report.error = String(error && error.stack || error);
  }
  document.getElementById('report').textContent = JSON.stringify(report);
  return report;
};
