// node page.js BUNDLE GRAPH_FILE FORMAT > page.html: one offline page that
// draws GRAPH_FILE (graphml or gexf) with the bundled graphology and sigma.js.
const fs = require('fs');
const [bundle, file, format] = process.argv.slice(2);
const inline = (text) => JSON.stringify(text).replace(/</g, '\\u003c');
process.stdout.write(`<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>graph</title>
<style>html, body { margin: 0; height: 100%; background: #fff; } #graph { position: absolute; inset: 0; }
#report { display: none; }</style></head>
<body><div id="graph"></div><pre id="report"></pre>
<script>${fs.readFileSync(bundle, 'utf8').replace(/<\/script/gi, '<\\/script')}</script>
<script>showGraph(${inline(fs.readFileSync(file, 'utf8'))}, ${inline(format)}, document.getElementById('graph'));</script>
</body></html>
`);
