/*
 * SEI Graph reference map: three views of one graph — the graph (Cytoscape.js + fCoSE), the chain view (dagre)
 * and the geographic industry map (ECharts) — with search, a details panel, a kind legend/filter, park fit and
 * exports. The URL holds the state (url.js) and reopens to it. window.seiMap is the browser test's probe.
 */
import { $, state, on, emit, run, t, status, isBusy, errors } from './app.js';
import * as url from './url.js';
import { loadKinds } from './kinds.js';
import * as graph from './graph-view.js';
import * as chain from './chain-view.js';
import * as geo from './geo-view.js';
import * as panel from './panel.js';
import * as legend from './legend.js';
import * as parkfit from './parkfit.js';
import * as search from './search.js';
import * as exporter from './export.js';
import './panels.js';

let ready = false;

// ------------------------------------------------------------------ views

async function setView(view, id) {
  state.view = view;
  document.querySelectorAll('#stage .view').forEach(v => { v.hidden = v.dataset.view !== view; });
  document.querySelectorAll('#views button').forEach(b => b.classList.toggle('active', b.dataset.view === view));
  $('#home').hidden = view !== 'graph';
  if (view === 'graph') {
    graph.cy.resize();
    if (id) await graph.focus(id);
  } else if (view === 'chain') {
    await chain.show(id || state.focus || state.selected);
  } else if (view === 'geo') {
    await geo.show();
    if (id) await geoGo(id);
  }
  url.save();
}

/** Goes to a node in the current view (or the given one): search picks, panel links, park names. */
async function go({ view, id, kind, expand, hit }) {
  closeDrawers();
  const target = view || state.view;
  if (target !== state.view) {
    await setView(target, id);
  } else if (target === 'graph') {
    await graph.focus(id);
    if (expand) await graph.expand(id);
  } else if (target === 'chain') {
    await chain.show(id);
  } else if (target === 'geo') {
    await geoGo(id, kind, hit);
  }
  if (target !== 'geo' || !geo.district(id)) await panel.showNode(id);
  url.save();
}

/** On the map: a district is selected; a park is highlighted; anything else highlights the parks of its chain. */
async function geoGo(id) {
  if (geo.district(id)) {
    geo.select(id);
    return;
  }
  const placed = new Set();
  geo.data().districts.forEach(d => d.places.forEach(p => placed.add(p.entity.id)));
  const unplaced = geo.data().unplaced.some(u => u.id === id);
  if (placed.has(id) || unplaced) {
    const name = [...geo.data().districts.flatMap(d => d.places.map(p => p.entity)), ...geo.data().unplaced].find(e => e.id === id);
    geo.highlight([{ id, label: name ? (state.lang === 'en' ? name.nameEn || name.name : name.name) : id }]);
    if (unplaced) status(t('图谱中未标明该园区所在区', 'The graph gives no district for it'));
    return;
  }
  const { gql } = await import('./api.js');
  const data = await gql('query($id: ID!) { chain(id: $id) { nodes { id kind name nameEn } } }', { id });
  const parks = data.chain.nodes.filter(n => n.kind === 'Park' || n.kind === 'Platform');
  const drawn = geo.highlight(parks.map(p => ({ id: p.id, label: state.lang === 'en' ? p.nameEn || p.name : p.name })));
  status(t(`产业链上的园区：${parks.length}（地图上 ${drawn}）`, `Parks of its chain: ${parks.length} (${drawn} on the map)`));
}

// ------------------------------------------------------------------ drawers (narrow screens)

function toggleDrawer(side, open) {
  const el = $('#' + side);
  const isOpen = open === undefined ? !el.classList.contains('open') : open;
  el.classList.toggle('open', isOpen);
  $('#open-' + side).setAttribute('aria-expanded', String(isOpen));
  $('#scrim').hidden = !document.querySelector('.drawer.open');
}
function closeDrawers() {
  toggleDrawer('left', false);
  toggleDrawer('right', false);
}
function narrow() {
  return window.matchMedia('(max-width: 960px)').matches;
}

// ------------------------------------------------------------------ language

function setLang(lang) {
  state.lang = lang;
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  $('#lang').textContent = lang === 'en' ? '中文' : 'EN';
  document.querySelectorAll('[data-zh]').forEach(el => { el.textContent = el.dataset[lang]; });
  document.querySelectorAll('[data-zh-title]').forEach(el => { el.title = lang === 'en' ? el.dataset.enTitle : el.dataset.zhTitle; });
  graph.relabel();
  chain.relabel();
  geo.relabel();
  legend.render(graph.cy);
  url.save();
  if (state.selected && !$('#panel').hidden) {
    const d = geo.district(state.selected);
    return d ? panel.showDistrict(d) : panel.showNode(state.selected);
  }
  if (state.need && !$('#fit-results').hidden) return parkfit.fit();
}

// ------------------------------------------------------------------ wiring

function wire() {
  on('state-changed', () => url.save());
  on('graph-changed', () => legend.counts(graph.cy));
  on('status', text => status(text));
  on('go', detail => run(() => go(detail)));
  on('node-tap', ({ id, view }) => {
    if (view === 'graph') {
      graph.cy.elements().unselect();
      graph.cy.getElementById(id).select();
      state.focus = id;
      const summary = graph.cy.getElementById(id).data('summary');
      run(() => Promise.all([panel.showNode(id, summary), graph.expand(id)]));
    } else if (view === 'chain') {
      run(() => panel.showNode(id, chain.chainCy.getElementById(id).data('summary')));
    } else {
      run(() => panel.showNode(id));
    }
    if (narrow()) toggleDrawer('right', true);
  });
  on('edge-tap', ({ edge, cy }) => {
    panel.showEdge(edge, cy);
    if (narrow()) toggleDrawer('right', true);
  });
  on('background-tap', () => {
    graph.cy.elements().unselect();
    state.selected = null;
    panel.empty();
  });
  on('district', d => {
    panel.showDistrict(d);
    if (narrow()) toggleDrawer('right', true);
  });
  on('fit-results', items => {
    geo.highlight(items);
    if (narrow()) {
      toggleDrawer('left', false);
      toggleDrawer('right', true);
    }
  });
  on('kind-toggle', ({ kind, visible }) => {
    if (visible) state.hidden.delete(kind); else state.hidden.add(kind);
    graph.setKindVisible(kind, visible);
    url.save();
  });
  on('show-kind', kind => {
    state.hidden.delete(kind);
    graph.setKindVisible(kind, true);
    legend.check(kind, true);
  });

  document.querySelectorAll('#views button').forEach(b => b.addEventListener('click', () => run(() => setView(b.dataset.view))));
  $('#home').addEventListener('click', () => run(async () => {
    state.focus = null;
    await graph.overview();
    panel.empty();
    url.save();
  }));
  $('#fit').addEventListener('click', () => (state.view === 'graph' ? graph.fit() : state.view === 'chain' ? chain.fit() : geo.fit()));
  $('#lang').addEventListener('click', () => run(() => setLang(state.lang === 'en' ? 'zh' : 'en')));
  $('#open-left').addEventListener('click', () => toggleDrawer('left'));
  $('#open-right').addEventListener('click', () => toggleDrawer('right'));
  $('#scrim').addEventListener('click', closeDrawers);
  window.addEventListener('resize', () => graph.cy && graph.cy.resize());
  search.wire();
  parkfit.wire();
  exporter.wire();
}

window.seiMap = {
  errors,
  lastCentered: null,
  get cy() { return graph.cy; },
  get chainCy() { return chain.chainCy; },
  get geoChart() { return geo.chart; },
  geoData: () => geo.data(),
  idle: () => ready && !isBusy(),
  state,
  query: () => url.toQuery(),
  focus: id => run(() => go({ id })),
  expand: id => run(() => graph.expand(id)),
  setView: (view, id) => run(() => setView(view, id)),
  setLang: lang => run(() => setLang(lang)),
  exportAs: format => exporter.exportAs(format),
  lastExport: exporter.last,
  minReadableZoom: graph.MIN_READABLE_ZOOM
};

// ------------------------------------------------------------------ start: restore what the URL says

run(async () => {
  url.load();
  const replay = { expanded: state.expanded.slice(), focus: state.focus };
  await loadKinds();
  graph.create();
  wire();
  if (state.lang === 'en') setLang('en');
  legend.render(graph.cy);
  state.hidden.forEach(k => legend.check(k, false));
  await Promise.all([graph.overview(), parkfit.detect()]);
  state.hidden.forEach(k => graph.setKindVisible(k, false));
  if (state.view === 'graph') {
    await graph.restore(replay.expanded);
    if (replay.focus) {
      await graph.focus(replay.focus);
      await panel.showNode(replay.focus);
    }
  } else {
    state.expanded = replay.expanded;
    await setView(state.view, null);
    if (replay.focus) await panel.showNode(replay.focus).catch(() => {});
    if (state.view === 'geo' && replay.focus && geo.district(replay.focus)) panel.showDistrict(geo.district(replay.focus));
  }
  document.querySelectorAll('#views button').forEach(b => b.classList.toggle('active', b.dataset.view === state.view));
  if (state.need) await parkfit.fit();
  url.save();
}).then(() => { ready = true; emit('ready'); });
