/*
 * The chain view (产业链): the industry chain of any node, layered left to right — domain → sector → sub-sector
 * (or measure) → technologies and projects → parks, platforms and bureaus — laid out by dagre (WebJars, loaded
 * on first use) with each node in its layer's column (the server's `chain` query gives the layer as depth; an
 * edge spans exactly its layers' distance, so dagre's ranks are the layers). Edges are drawn from the lower layer
 * to the higher; an edge stored the other way (a bureau RESPONSIBLE_FOR a sub-sector) keeps its arrow at its real
 * target.
 */
import { $, emit, nameOf, t, track, state } from './app.js';
import { gql } from './api.js';
import { load } from './vendor.js';
import { baseStyle } from './graph-view.js';

export let chainCy = null;
const LAYERS = [['领域', 'Domain'], ['产业领域', 'Sector'], ['细分产业 / 措施', 'Sub-sector / measure'],
  ['技术与项目', 'Technologies & projects'], ['园区 · 平台 · 责任单位', 'Parks · platforms · bureaus']];

export async function show(id) {
  await load('dagre');
  if (!chainCy) {
    chainCy = cytoscape({ container: $('#chain-cy'), minZoom: 0.1, maxZoom: 3, boxSelectionEnabled: false,
      style: baseStyle().concat([
        { selector: 'edge', style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': [0], 'control-point-weights': [0.5] } },
        { selector: 'edge.reversed', style: { 'target-arrow-shape': 'none', 'source-arrow-shape': 'triangle',
            'source-arrow-color': '#c7a0bd' } },
        { selector: 'node.anchor', style: { 'border-color': '#d62728', 'border-width': 4 } },
        { selector: 'node', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 6, 'text-margin-y': 0,
            'text-max-width': 160 } }
      ]) });
    chainCy.on('tap', 'node', ev => emit('node-tap', { id: ev.target.id(), view: 'chain' }));
    chainCy.on('tap', 'edge', ev => emit('edge-tap', { edge: ev.target, cy: chainCy }));
    chainCy.on('viewport resize', columns);
  }
  if (!id) {
    chainCy.elements().remove();
    columns();
    $('#chain-columns').innerHTML = `<span style="left:50%">${t('在图谱或搜索中选择一个节点，查看其产业链', 'Pick a node (graph or search) to see its chain')}</span>`;
    return 0;
  }
  const data = await gql(`query($id: ID!) { chain(id: $id) {
      nodes { id kind name nameEn summary depth properties }
      edges { id source target type properties sources { section text curated } } } }`, { id });
  const g = data.chain;
  const layer = Object.fromEntries(g.nodes.map(n => [n.id, n.depth]));
  chainCy.elements().remove();
  chainCy.add(g.nodes.map(n => ({ group: 'nodes', data: { id: n.id, kind: n.kind, name: n.name, nameEn: n.nameEn,
    summary: n.summary, properties: n.properties, layer: n.depth, label: nameOf(n) }, classes: n.id === id ? 'anchor' : '' })));
  chainCy.add(g.edges.map(e => {
    const reversed = layer[e.source] > layer[e.target];
    return { group: 'edges', classes: reversed ? 'reversed' : '', data: { id: e.id, type: e.type, properties: e.properties,
      sources: e.sources, source: reversed ? e.target : e.source, target: reversed ? e.source : e.target,
      realSource: e.source, realTarget: e.target } };
  }));
  if (chainCy.getElementById(id).empty()) {
    // a node outside the five layers (a target, a district …): its chain is shown, it is named in the status line
    emit('status', t('所在产业链：', 'Chain of: ') + id);
  }
  await track(new Promise(resolve => {
    const l = chainCy.layout({ name: 'dagre', rankDir: 'LR', nodeSep: 14, rankSep: 190, ranker: 'network-simplex',
      minLen: e => Math.max(1, e.target().data('layer') - e.source().data('layer')),
      nodeDimensionsIncludeLabels: false, fit: true, padding: 30, animate: false });
    l.one('layoutstop', resolve);
    l.run();
  }));
  chainCy.getElementById(id).select();
  // a long chain fitted whole would shrink its labels: then show it from its anchor at a readable zoom
  if (chainCy.zoom() < 0.8) {
    const anchor = chainCy.getElementById(id).nonempty() ? chainCy.getElementById(id) : chainCy.nodes().first();
    const p = anchor.position();
    chainCy.viewport({ zoom: 0.8, pan: { x: chainCy.width() / 3 - p.x * 0.8, y: chainCy.height() / 2 - p.y * 0.8 } });
  }
  columns();
  state.focus = id;
  emit('state-changed');
  return g.nodes.length;
}

/** Column headings over each layer, following pan and zoom. */
function columns() {
  if (!chainCy || chainCy.nodes().empty()) {
    $('#chain-columns').innerHTML = '';
    return;
  }
  const xs = {};
  chainCy.nodes().forEach(n => {
    const l = n.data('layer');
    (xs[l] = xs[l] || []).push(n.renderedPosition().x);
  });
  $('#chain-columns').innerHTML = Object.keys(xs).map(l => {
    const x = xs[l].reduce((a, b) => a + b, 0) / xs[l].length;
    return `<span style="left:${x.toFixed(0)}px">${t(LAYERS[l][0], LAYERS[l][1])}</span>`;
  }).join('');
}

export function relabel() {
  if (chainCy) {
    chainCy.batch(() => chainCy.nodes().forEach(n => n.data('label', nameOf(n.data()))));
    columns();
  }
}

export function fit() {
  if (chainCy) chainCy.animate({ fit: { eles: chainCy.elements(), padding: 30 } }, { duration: 300 });
}
