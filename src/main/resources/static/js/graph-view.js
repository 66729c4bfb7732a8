/*
 * The graph view: Cytoscape.js + fCoSE. Opens on the five sector groups and their sub-sectors (laid out by hand,
 * the same every time); a click expands a node's neighbours; kinds filter the map and what expanding loads.
 * Labels stay legible: after an expansion the view zooms to the expanded node's neighbourhood, never below
 * MIN_READABLE_ZOOM (12 px labels stay ≥ 10 px on screen), and labels smaller than 8 px on screen are hidden
 * rather than drawn as specks.
 */
import { $, state, emit, nameOf, t, status, track, busy } from './app.js';
import { gql } from './api.js';
import { KINDS, kindOf } from './kinds.js';

export const MIN_READABLE_ZOOM = 0.85;
const GRAPH_FIELDS = `nodes { id kind name nameEn summary depth properties }
  edges { id source target type properties sources { section text curated } }`;

export let cy = null;

export function edgeColor(type) {
  return ({ RESPONSIBLE_FOR: '#e7a3d4', HAS_SUBSECTOR: '#f2b27a', BUILDS: '#8fb8dc', HOSTS: '#8fb8dc', LOCATED_IN: '#c9a7c3' })[type] || '#b8c2cc';
}

/** The Cytoscape style shared by the graph and chain views: one rule per kind from the server's table. */
export function baseStyle() {
  return [
    {
      selector: 'node',
      style: {
        'label': 'data(label)', 'width': 26, 'height': 26, 'background-color': '#8a94a6',
        'border-width': 1.5, 'border-color': '#fff', 'font-size': 12, 'color': '#1f2933',
        'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 4,
        'text-wrap': 'wrap', 'text-max-width': 120,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
        'text-background-padding': 1.5, 'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 8
      }
    },
    ...KINDS.map(k => ({
      selector: `node[kind = "${k.kind}"]`,
      style: { 'background-color': k.color, 'shape': k.shape, 'width': k.size, 'height': k.size }
    })),
    { selector: 'node[kind = "Sector"]', style: { 'font-size': 15, 'font-weight': 'bold', 'text-max-width': 140 } },
    { selector: 'node[kind = "Subsector"]', style: { 'font-size': 13 } },
    // 市有关部门 and 有关区人民政府: placeholders the lists name, not bureaus
    { selector: 'node[?placeholder]', style: { 'opacity': 0.55, 'border-width': 2, 'border-style': 'dashed', 'border-color': '#52606d' } },
    { selector: 'node.expanded', style: { 'border-color': '#1d3557', 'border-width': 2.5 } },
    { selector: 'node.hit', style: { 'border-color': '#d62728', 'border-width': 4 } },
    { selector: 'node:selected', style: { 'border-color': '#111', 'border-width': 4, 'underlay-color': '#ffd166',
        'underlay-opacity': 0.6, 'underlay-padding': 6 } },
    { selector: '.kind-hidden', style: { 'display': 'none' } },
    {
      selector: 'edge',
      style: {
        'width': 1.3, 'curve-style': 'bezier', 'line-color': '#b8c2cc',
        'target-arrow-shape': 'triangle', 'target-arrow-color': '#b8c2cc', 'arrow-scale': 0.8,
        'font-size': 10, 'color': '#52606d', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1
      }
    },
    ...['RESPONSIBLE_FOR', 'HAS_SUBSECTOR', 'BUILDS', 'HOSTS', 'LOCATED_IN'].map(type => ({
      selector: `edge[type = "${type}"]`, style: { 'line-color': edgeColor(type), 'target-arrow-color': edgeColor(type) }
    })),
    { selector: 'edge[type = "HAS_SUBSECTOR"]', style: { 'width': 2.2 } },
    { selector: 'edge:selected, edge.hover', style: { 'label': 'data(type)', 'line-color': '#1d3557',
        'target-arrow-color': '#1d3557', 'width': 2.5 } }
  ];
}

export function create() {
  cy = cytoscape({ container: $('#cy'), minZoom: 0.15, maxZoom: 3, boxSelectionEnabled: false, style: baseStyle() });
  cy.on('tap', 'node', ev => emit('node-tap', { id: ev.target.id(), view: 'graph' }));
  cy.on('tap', 'edge', ev => emit('edge-tap', { edge: ev.target, cy }));
  cy.on('mouseover', 'edge', ev => ev.target.addClass('hover'));
  cy.on('mouseout', 'edge', ev => ev.target.removeClass('hover'));
  cy.on('tap', ev => { if (ev.target === cy) emit('background-tap'); });
  return cy;
}

export function relabel() {
  cy.batch(() => cy.nodes().forEach(n => n.data('label', nameOf(n.data()))));
}

/** Adds a Graph answer; returns the nodes that are new. */
export function addGraph(graph, around) {
  const centre = around && around.length ? around.position() : null;
  const fresh = graph.nodes.filter(n => cy.getElementById(n.id).empty());
  const added = cy.add(fresh.map((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
    const ele = {
      group: 'nodes',
      data: { id: n.id, kind: n.kind, name: n.name, nameEn: n.nameEn, summary: n.summary, properties: n.properties, label: nameOf(n),
        placeholder: !!(n.properties && n.properties.placeholder) },
      classes: state.hidden.has(n.kind) ? 'kind-hidden' : ''
    };
    if (centre) ele.position = { x: centre.x + 90 * Math.cos(angle), y: centre.y + 90 * Math.sin(angle) };
    return ele;
  }));
  cy.add(graph.edges.filter(e => cy.getElementById(e.id).empty()
    && !cy.getElementById(e.source).empty() && !cy.getElementById(e.target).empty())
    .map(e => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type,
      properties: e.properties, sources: e.sources } })));
  emit('graph-changed');
  return added;
}

/** Runs fCoSE; seeded so the same graph is laid out the same way every time. */
function layout(options) {
  return track(new Promise((resolve, reject) => {
    const random = Math.random;
    let seed = 20160101;
    Math.random = () => {
      seed = (seed * 1664525 + 1013904223) % 4294967296;
      return seed / 4294967296;
    };
    const l = cy.elements(':visible').layout(Object.assign({
      name: 'fcose', quality: 'proof', randomize: true, animate: false, fit: false, padding: 28,
      nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 12000, idealEdgeLength: () => 100,
      edgeElasticity: () => 0.35, nodeSeparation: 100, gravity: 0.25, numIter: 2500, tile: true
    }, options || {}));
    l.one('layoutstop', () => { Math.random = random; resolve(); });
    try {
      l.run();
    } catch (e) {
      Math.random = random;
      reject(e);
    }
  }));
}

/** The opening view, laid out by hand: the sector groups in text order, two a row, sub-sectors on a ring. */
function overviewPositions(graph) {
  const sectors = graph.nodes.filter(n => n.kind === 'Sector')
    .sort((a, b) => ((a.properties || {}).rank || 0) - ((b.properties || {}).rank || 0) || a.id.localeCompare(b.id));
  const children = {};
  graph.edges.filter(e => e.type === 'HAS_SUBSECTOR').forEach(e => (children[e.source] = children[e.source] || []).push(e.target));
  const cellW = 330, cellH = 275, perRow = 2;
  const rows = Math.ceil(sectors.length / perRow);
  const positions = {};
  sectors.forEach((s, i) => {
    const row = Math.floor(i / perRow);
    const inRow = row < rows - 1 ? perRow : sectors.length - perRow * (rows - 1);
    const cx = (i - row * perRow - (inRow - 1) / 2) * cellW;
    const cy0 = row * cellH;
    positions[s.id] = { x: cx, y: cy0 };
    const kids = (children[s.id] || []).slice().sort();
    const r = kids.length > 5 ? 122 : 110;
    kids.forEach((k, j) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * j) / kids.length + (kids.length % 2 === 0 ? Math.PI / kids.length : 0);
      positions[k] = { x: cx + r * Math.cos(angle), y: cy0 + r * Math.sin(angle) };
    });
  });
  return positions;
}

export async function overview() {
  const data = await gql(`{ overview { ${GRAPH_FIELDS} } }`);
  cy.elements().remove();
  state.expanded = [];
  addGraph(data.overview);
  const positions = overviewPositions(data.overview);
  cy.nodes().forEach(n => n.position(positions[n.id()] || { x: 0, y: 0 }));
  cy.resize();
  cy.fit(cy.elements(), 30);
  status(t('五大产业领域及其细分产业', 'Five sector groups and their sub-sectors'));
}

export function visibleKinds() {
  return state.hidden.size === 0 ? null : KINDS.map(k => k.kind).filter(k => !state.hidden.has(k));
}

/** Zooms to a node's neighbourhood, but never so far out that labels get small. */
async function frame(id) {
  const eles = cy.getElementById(id).closedNeighborhood(':visible');
  busy(1);
  try {
    await new Promise(resolve => cy.animate({ fit: { eles, padding: 40 } }, { duration: 300, complete: resolve }));
    if (cy.zoom() < MIN_READABLE_ZOOM) {
      const p = cy.getElementById(id).position();
      const zoom = MIN_READABLE_ZOOM;
      await new Promise(resolve => cy.animate({ zoom, pan: { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom } },
        { duration: 200, complete: resolve }));
    }
  } finally {
    busy(-1);
  }
}

export async function expand(id, options) {
  const node = cy.getElementById(id);
  const data = await gql(`query($ids: [ID!]!, $kinds: [String!]) { subgraph(ids: $ids, hops: 1, kinds: $kinds) { ${GRAPH_FIELDS} } }`,
    { ids: [id], kinds: visibleKinds() });
  const added = addGraph(data.subgraph, node);
  cy.getElementById(id).addClass('expanded');
  if (!state.expanded.includes(id)) state.expanded.push(id);
  emit('state-changed');
  if (added.length) {
    await layout({ randomize: false, numIter: 2500 });
  }
  if (!options || options.frame !== false) await frame(id);
  status(t('新增邻居：', 'Neighbours added: ') + added.length);
  return added.length;
}

/** Brings a node onto the map (with its neighbours) and centres the view on it. */
export async function focus(id) {
  if (cy.getElementById(id).empty()) {
    const data = await gql(`query($ids: [ID!]!) { subgraph(ids: $ids, hops: 1) { ${GRAPH_FIELDS} } }`, { ids: [id] });
    addGraph(data.subgraph);
    cy.getElementById(id).addClass('expanded');
    if (!state.expanded.includes(id)) state.expanded.push(id);
    await layout({ randomize: false, quality: 'default', numIter: 1500 });
  }
  const node = cy.getElementById(id);
  if (state.hidden.has(node.data('kind'))) emit('show-kind', node.data('kind'));
  cy.elements().unselect();
  node.select();
  state.focus = id;
  emit('state-changed');
  busy(1);
  try {
    const zoom = Math.max(cy.zoom(), 1.1);
    const p = node.position();
    const pan = { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom };
    await new Promise(resolve => cy.animate({ zoom, pan }, { duration: 350, complete: resolve }));
    cy.viewport({ zoom, pan });
  } finally {
    busy(-1);
  }
  window.seiMap.lastCentered = id;
}

/** Replays a link's expansions, then lays out once. */
export async function restore(expanded) {
  for (const id of expanded) {
    const data = await gql(`query($ids: [ID!]!, $kinds: [String!]) { subgraph(ids: $ids, hops: 1, kinds: $kinds) { ${GRAPH_FIELDS} } }`,
      { ids: [id], kinds: visibleKinds() });
    addGraph(data.subgraph, cy.getElementById(id));
    cy.getElementById(id).addClass('expanded');
    if (!state.expanded.includes(id)) state.expanded.push(id);
  }
  if (expanded.length) {
    await layout({ randomize: false, numIter: 2500 });
    await frame(expanded[expanded.length - 1]);
  }
}

export function setKindVisible(kind, visible) {
  cy.nodes(`[kind = "${kind}"]`).toggleClass('kind-hidden', !visible);
}

export function fit() {
  cy.animate({ fit: { eles: cy.elements(':visible'), padding: 28 } }, { duration: 300 });
}
