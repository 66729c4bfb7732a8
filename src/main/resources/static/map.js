/*
 * SEI Graph reference map: Cytoscape.js + fCoSE (WebJars), data from GraphQL (POST /graphql).
 * Opens on the five sector groups and their sub-sectors; search centres a hit; a click expands a node's
 * neighbours and shows its fields, bureaus in rank order and source sentence; kinds filter the map and what
 * expanding loads; a park-fit form ranks parks with reasons; labels switch between Chinese and English.
 * window.seiMap exposes the Cytoscape instance and an idle() probe for the browser test.
 */
(function () {
  'use strict';

  // colour and shape by kind (the legend is drawn from this table)
  const KINDS = [
    ['Sector', '#d62728', 'hexagon', 54, '产业领域', 'Sector group'],
    ['Subsector', '#ff7f0e', 'ellipse', 34, '细分产业', 'Sub-sector'],
    ['Technology', '#2ca02c', 'round-triangle', 24, '技术与产品', 'Technology / product'],
    ['Project', '#17becf', 'diamond', 26, '项目与工程', 'Project'],
    ['Park', '#1f77b4', 'round-rectangle', 28, '园区与基地', 'Park / zone'],
    ['Platform', '#9467bd', 'rhomboid', 26, '平台', 'Platform'],
    ['Bureau', '#e377c2', 'pentagon', 26, '责任单位', 'Bureau'],
    ['Target', '#e6a700', 'star', 28, '量化目标', 'Target'],
    ['Industry', '#bcbd22', 'tag', 24, '产业', 'Industry'],
    ['Area', '#8c564b', 'barrel', 30, '功能区域', 'Layout area'],
    ['District', '#b07aa1', 'round-rectangle', 26, '行政区', 'District'],
    ['Domain', '#6a3d9a', 'octagon', 40, '重点领域', 'Key domain'],
    ['Measure', '#7f7f7f', 'rectangle', 24, '保障措施', 'Measure'],
    ['Strategy', '#393b79', 'round-diamond', 28, '战略', 'Strategy'],
    ['CooperationSystem', '#637939', 'concave-hexagon', 30, '合作体系', 'Cooperation system'],
    ['Instrument', '#8c6d31', 'vee', 24, '政策工具', 'Policy instrument'],
    ['Field', '#9c9ede', 'triangle', 20, '应用与合作领域', 'Field'],
    ['Document', '#525252', 'cut-rectangle', 28, '文件', 'Document'],
    ['Section', '#a0a7b0', 'round-tag', 20, '章节', 'Section']
  ].map(([kind, color, shape, size, zh, en]) => ({ kind, color, shape, size, zh, en }));
  const KIND = Object.fromEntries(KINDS.map(k => [k.kind, k]));

  const GRAPH_FIELDS = `nodes { id kind name nameEn summary depth properties }
    edges { id source target type properties sources { section text curated } }`;

  const state = { lang: 'zh', hidden: new Set(), busy: 0, parkFit: null, selected: null };
  const $ = sel => document.querySelector(sel);

  // ------------------------------------------------------------------ GraphQL

  async function gql(query, variables) {
    state.busy++;
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ query, variables: variables || {} })
      });
      const body = await response.json();
      if (body.errors && body.errors.length) {
        throw new Error(body.errors.map(e => e.message).join('; '));
      }
      return body.data;
    } finally {
      state.busy--;
    }
  }

  // ------------------------------------------------------------------ Cytoscape

  const cy = cytoscape({
    container: $('#cy'),
    minZoom: 0.15,
    maxZoom: 3,
    boxSelectionEnabled: false,
    style: [
      {
        selector: 'node',
        style: {
          'label': 'data(label)',
          'width': 26, 'height': 26,
          'background-color': '#999',
          'border-width': 1.5, 'border-color': '#fff',
          'font-size': 11, 'color': '#1f2933',
          'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 4,
          'text-wrap': 'wrap', 'text-max-width': 118,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
          'text-background-padding': 1.5, 'text-background-shape': 'roundrectangle',
          'min-zoomed-font-size': 5
        }
      },
      ...KINDS.map(k => ({
        selector: `node[kind = "${k.kind}"]`,
        style: { 'background-color': k.color, 'shape': k.shape, 'width': k.size, 'height': k.size }
      })),
      { selector: 'node[kind = "Sector"]', style: { 'font-size': 14, 'font-weight': 'bold', 'text-max-width': 140 } },
      { selector: 'node[kind = "Subsector"]', style: { 'font-size': 12 } },
      // 市有关部门 and 有关区人民政府: placeholders the lists name, not bureaus
      { selector: 'node[?placeholder]', style: { 'opacity': 0.55, 'border-width': 2, 'border-style': 'dashed', 'border-color': '#52606d' } },
      { selector: 'node.expanded', style: { 'border-color': '#1d3557', 'border-width': 2.5 } },
      { selector: 'node:selected', style: { 'border-color': '#111', 'border-width': 4, 'underlay-color': '#ffd166',
          'underlay-opacity': 0.6, 'underlay-padding': 6 } },
      { selector: '.kind-hidden', style: { 'display': 'none' } },
      {
        selector: 'edge',
        style: {
          'width': 1.3, 'curve-style': 'bezier', 'line-color': '#b8c2cc',
          'target-arrow-shape': 'triangle', 'target-arrow-color': '#b8c2cc', 'arrow-scale': 0.8,
          'font-size': 9, 'color': '#52606d', 'text-rotation': 'autorotate',
          'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1
        }
      },
      { selector: 'edge[type = "RESPONSIBLE_FOR"]', style: { 'line-color': '#e7a3d4', 'target-arrow-color': '#e7a3d4' } },
      { selector: 'edge[type = "HAS_SUBSECTOR"]', style: { 'width': 2.2, 'line-color': '#f2b27a', 'target-arrow-color': '#f2b27a' } },
      { selector: 'edge:selected, edge.hover', style: { 'label': 'data(type)', 'line-color': '#1d3557',
          'target-arrow-color': '#1d3557', 'width': 2.5 } }
    ]
  });

  function labelOf(d) {
    return state.lang === 'en' ? (d.nameEn || d.name) : d.name;
  }

  /** Adds a Graph answer; returns the nodes that are new. */
  function addGraph(graph, around) {
    const fresh = [];
    const centre = around && around.length ? around.position() : null;
    const newNodes = graph.nodes.filter(n => cy.getElementById(n.id).empty());
    newNodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(newNodes.length, 1);
      const ele = {
        group: 'nodes',
        data: { id: n.id, kind: n.kind, name: n.name, nameEn: n.nameEn, summary: n.summary, label: labelOf(n),
          placeholder: !!(n.properties && n.properties.placeholder) },
        classes: state.hidden.has(n.kind) ? 'kind-hidden' : ''
      };
      if (centre) {
        ele.position = { x: centre.x + 90 * Math.cos(angle), y: centre.y + 90 * Math.sin(angle) };
      }
      fresh.push(ele);
    });
    const added = cy.add(fresh);
    const edges = graph.edges.filter(e => cy.getElementById(e.id).empty()
      && !cy.getElementById(e.source).empty() && !cy.getElementById(e.target).empty())
      .map(e => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type,
        properties: e.properties, sources: e.sources } }));
    cy.add(edges);
    updateLegendCounts();
    return added;
  }

  /** Runs fCoSE; seeded so the same graph is laid out the same way every time. */
  function layout(options) {
    return new Promise(resolve => {
      state.busy++;
      const random = Math.random;
      let seed = 20160101;
      Math.random = () => {
        seed = (seed * 1664525 + 1013904223) % 4294967296;
        return seed / 4294967296;
      };
      const l = cy.elements(':visible').layout(Object.assign({
        name: 'fcose', quality: 'proof', randomize: true, animate: false, fit: true, padding: 28,
        nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 85,
        edgeElasticity: () => 0.35, nodeSeparation: 90, gravity: 0.3, numIter: 3000, tile: true
      }, options || {}));
      l.one('layoutstop', () => {
        Math.random = random;
        state.busy--;
        resolve();
      });
      try {
        l.run();
      } catch (e) {
        Math.random = random;
        state.busy--;
        throw e;
      }
    });
  }

  // ------------------------------------------------------------------ views

  /**
   * The opening view, laid out by hand so it is the same every time and nothing overlaps: the sector groups
   * in text order, two a row, each with its sub-sectors on a ring around it.
   */
  function overviewLayout(graph) {
    const sectors = graph.nodes.filter(n => n.kind === 'Sector')
      .sort((a, b) => ((a.properties || {}).rank || 0) - ((b.properties || {}).rank || 0) || a.id.localeCompare(b.id));
    const children = {};
    graph.edges.filter(e => e.type === 'HAS_SUBSECTOR').forEach(e => (children[e.source] = children[e.source] || []).push(e.target));
    // two a row (the map area is taller than wide at 1280 x 800), the odd one out centred
    const cellW = 320, cellH = 265, perRow = 2;
    const rows = Math.ceil(sectors.length / perRow);
    const positions = {};
    sectors.forEach((s, i) => {
      const row = Math.floor(i / perRow);
      const inRow = row < rows - 1 ? perRow : sectors.length - perRow * (rows - 1);
      const col = i - row * perRow;
      const cx = (col - (inRow - 1) / 2) * cellW;
      const cy0 = row * cellH;
      positions[s.id] = { x: cx, y: cy0 };
      const kids = (children[s.id] || []).slice().sort();
      const r = kids.length > 5 ? 118 : 108;
      kids.forEach((k, j) => {
        const angle = -Math.PI / 2 + (2 * Math.PI * j) / kids.length + (kids.length % 2 === 0 ? Math.PI / kids.length : 0);
        positions[k] = { x: cx + r * Math.cos(angle), y: cy0 + r * Math.sin(angle) };
      });
    });
    return positions;
  }

  async function overview() {
    const data = await gql(`{ overview { nodes { id kind name nameEn summary depth properties }
      edges { id source target type properties sources { section text curated } } } }`);
    cy.elements().remove();
    addGraph(data.overview);
    const positions = overviewLayout(data.overview);
    cy.nodes().forEach(n => n.position(positions[n.id()] || { x: 0, y: 0 }));
    cy.resize();
    cy.fit(cy.elements(), 30);
    showEmptyPanel();
    status(state.lang === 'en' ? 'Five sector groups and their sub-sectors' : '五大产业领域及其细分产业');
  }

  function visibleKinds() {
    return state.hidden.size === 0 ? null : KINDS.map(k => k.kind).filter(k => !state.hidden.has(k));
  }

  async function expand(id) {
    const node = cy.getElementById(id);
    const data = await gql(`query($ids: [ID!]!, $kinds: [String!]) { subgraph(ids: $ids, hops: 1, kinds: $kinds) { ${GRAPH_FIELDS} } }`,
      { ids: [id], kinds: visibleKinds() });
    const added = addGraph(data.subgraph, node);
    cy.getElementById(id).addClass('expanded');
    if (added.length) {
      await layout({ randomize: false, fit: false, quality: 'proof', numIter: 2500,
        nodeRepulsion: () => 14000, idealEdgeLength: () => 110 });
      state.busy++;
      await new Promise(resolve => cy.animate({ fit: { eles: cy.getElementById(id).closedNeighborhood(':visible'), padding: 40 } },
        { duration: 350, complete: resolve }));
      state.busy--;
    }
    status((state.lang === 'en' ? 'Neighbours added: ' : '新增邻居：') + added.length);
    return added.length;
  }

  /** Brings a node onto the map (with its neighbours) and centres the view on it. */
  async function focus(id) {
    if (cy.getElementById(id).empty()) {
      const data = await gql(`query($ids: [ID!]!) { subgraph(ids: $ids, hops: 1) { ${GRAPH_FIELDS} } }`, { ids: [id] });
      addGraph(data.subgraph);
      cy.getElementById(id).addClass('expanded');
      await layout({ randomize: false, fit: false, quality: 'default', numIter: 1500 });
    }
    const node = cy.getElementById(id);
    if (state.hidden.has(node.data('kind'))) {
      setKindVisible(node.data('kind'), true);
    }
    cy.elements().unselect();
    node.select();
    state.busy++;
    // centre on the node itself (cy.center would use its box, label included)
    const zoom = Math.max(cy.zoom(), 1.1);
    const p = node.position();
    const pan = { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom };
    await new Promise(resolve => cy.animate({ zoom, pan }, { duration: 400, complete: resolve }));
    cy.viewport({ zoom, pan });
    state.busy--;
    window.seiMap.lastCentered = id;
    await showNode(id);
  }

  // ------------------------------------------------------------------ side panel

  const NODE_QUERY = `query($id: ID!) {
    node(id: $id) {
      id kind name nameEn aliases sources { doc section text curated }
      ... on Technology { category } ... on Project { category } ... on Park { category }
      ... on Platform { category } ... on Bureau { category } ... on Sector { path }
      ... on Measure { path title } ... on Section { path title } ... on Document { title number }
      ... on Target { metric value unit qualifier approx year asWritten }
    }
    asSubject: responsibilities(subject: $id) { rank lead listSize bureau { id name nameEn } }
    asBureau: responsibilities(bureau: $id) { rank lead subject { id kind name nameEn } }
  }`;

  async function showNode(id) {
    state.selected = id;
    const data = await gql(NODE_QUERY, { id });
    if (state.selected !== id || !data.node) {
      return;
    }
    const n = data.node;
    const en = state.lang === 'en';
    const k = KIND[n.kind] || { color: '#999', zh: n.kind, en: n.kind };
    const fields = [['id', n.id]];
    ['category', 'path', 'title', 'number', 'metric', 'asWritten', 'qualifier', 'unit', 'year'].forEach(f => {
      if (n[f] !== undefined && n[f] !== null && n[f] !== '') fields.push([f, String(n[f])]);
    });
    if (n.value !== undefined && n.value !== null) fields.push(['value', String(n.value)]);
    if (n.aliases && n.aliases.length) fields.push([en ? 'aliases' : '别名', n.aliases.join('、')]);
    const summary = cy.getElementById(id).data('summary');
    if (summary) fields.push([en ? 'summary' : '摘要', summary]);

    let html = `<span class="kind-badge" style="background:${k.color}">${esc(en ? k.en : k.zh)}</span>
      <h3>${esc(en ? (n.nameEn || n.name) : n.name)}</h3>
      <div class="en-name">${esc(en ? n.name : (n.nameEn || ''))}</div>
      <dl>${fields.map(([a, b]) => `<dt>${esc(a)}</dt><dd>${esc(b)}</dd>`).join('')}</dl>`;
    if (data.asSubject.length) {
      html += `<h2>${en ? 'Bureaus, in rank order' : '责任单位（按排序）'}</h2><ol class="bureaus">` +
        data.asSubject.map(r => `<li data-id="${esc(r.bureau.id)}">${esc(en ? (r.bureau.nameEn || r.bureau.name) : r.bureau.name)}` +
          `${r.lead ? `<span class="lead">${en ? 'lead' : '牵头'}</span>` : ''}</li>`).join('') + '</ol>';
    }
    if (data.asBureau.length) {
      html += `<h2>${en ? 'Responsible for' : '负责事项'} (${data.asBureau.length})</h2><ol>` +
        data.asBureau.map(r => `<li>${esc(en ? (r.subject.nameEn || r.subject.name) : r.subject.name)}` +
          ` <span class="hint">#${r.rank}</span>${r.lead ? `<span class="lead">${en ? 'lead' : '牵头'}</span>` : ''}</li>`).join('') + '</ol>';
    }
    html += `<h2>${en ? 'Source' : '原文'}</h2>` + sourcesHtml(n.sources);
    const q = encodeURIComponent(id);
    html += `<div class="panel-actions"><button type="button" id="expand-btn">${en ? 'Expand neighbours' : '展开邻居'}</button></div>
      <div class="panel-actions">${en ? 'Export 2 hops:' : '导出两跳邻域：'}
      ${['cytoscape', 'echarts', 'graphml', 'gexf'].map(f => `<a href="/api/export?format=${f}&center=${q}&hops=2" download>${f}</a>`).join(' ')}</div>`;
    const panel = $('#panel');
    panel.innerHTML = html;
    panel.hidden = false;
    $('#panel-empty').hidden = true;
    $('#fit-results').hidden = true;
    $('#expand-btn').addEventListener('click', () => run(() => expand(id)));
    panel.querySelectorAll('ol.bureaus li').forEach(li => li.addEventListener('click', () => run(() => focus(li.dataset.id))));
  }

  function showEdge(edge) {
    const d = edge.data();
    const en = state.lang === 'en';
    const props = Object.entries(d.properties || {}).map(([a, b]) => `<dt>${esc(a)}</dt><dd>${esc(String(b))}</dd>`).join('');
    const src = cy.getElementById(d.source).data();
    const dst = cy.getElementById(d.target).data();
    const panel = $('#panel');
    panel.innerHTML = `<span class="kind-badge" style="background:#52606d">${esc(d.type)}</span>
      <h3>${esc(labelOf(src))} → ${esc(labelOf(dst))}</h3>
      <dl><dt>id</dt><dd>${esc(d.id)}</dd>${props}</dl>
      <h2>${en ? 'Evidence' : '依据'}</h2>${sourcesHtml(d.sources || [])}`;
    panel.hidden = false;
    $('#panel-empty').hidden = true;
    $('#fit-results').hidden = true;
  }

  function sourcesHtml(sources) {
    if (!sources || !sources.length) {
      return `<p class="hint">${state.lang === 'en' ? 'No source recorded.' : '无出处记录。'}</p>`;
    }
    return sources.map(s => s.text
      ? `<blockquote>${esc(s.text)}<span class="where">§${esc(s.section || '')} · ${esc(s.doc || '')}</span></blockquote>`
      : `<blockquote><span class="where">${state.lang === 'en' ? 'curated' : '整理'}: ${esc(s.curated || '')}</span></blockquote>`).join('');
  }

  function showEmptyPanel() {
    $('#panel').hidden = true;
    $('#fit-results').hidden = true;
    $('#panel-empty').hidden = false;
  }

  // ------------------------------------------------------------------ search

  let searchTimer = null;
  let searchSeq = 0;
  let hits = [];
  let active = -1;

  async function search(text) {
    const seq = ++searchSeq;
    if (!text.trim()) {
      renderHits([]);
      return;
    }
    const data = await gql(`query($text: String!) { search(text: $text, first: 10) { score matchedBy entity { id kind name nameEn } } }`,
      { text });
    if (seq === searchSeq) {
      renderHits(data.search.map(h => h.entity));
    }
  }

  function renderHits(list) {
    hits = list;
    active = list.length ? 0 : -1;
    const ul = $('#search-results');
    ul.innerHTML = list.map((e, i) => {
      const k = KIND[e.kind] || { color: '#999', zh: e.kind, en: e.kind };
      return `<li role="option" data-i="${i}" class="${i === 0 ? 'active' : ''}">
        <span class="kind-badge" style="background:${k.color}">${esc(state.lang === 'en' ? k.en : k.zh)}</span>
        <span class="name">${esc(state.lang === 'en' ? (e.nameEn || e.name) : e.name)}</span>
        <span class="en">${esc(state.lang === 'en' ? e.name : (e.nameEn || ''))}</span></li>`;
    }).join('') || `<li class="none">${state.lang === 'en' ? 'No match' : '无匹配'}</li>`;
    ul.hidden = false;
    ul.querySelectorAll('li[data-i]').forEach(li => li.addEventListener('mousedown', ev => {
      ev.preventDefault();
      pick(Number(li.dataset.i));
    }));
  }

  function pick(i) {
    const hit = hits[i];
    $('#search-results').hidden = true;
    if (hit) {
      $('#search').blur();
      run(() => focus(hit.id));
    }
  }

  $('#search').addEventListener('input', ev => {
    const text = ev.target.value;
    if (searchTimer === null) {
      state.busy++; // a search is pending until the debounce fires
    } else {
      clearTimeout(searchTimer);
    }
    searchTimer = setTimeout(() => {
      searchTimer = null;
      state.busy--;
      run(() => search(text));
    }, 200);
  });
  $('#search').addEventListener('keydown', ev => {
    const items = $('#search-results').querySelectorAll('li[data-i]');
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!items.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items.forEach((li, i) => li.classList.toggle('active', i === active));
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (active >= 0) pick(active);
    } else if (ev.key === 'Escape') {
      $('#search-results').hidden = true;
    }
  });
  $('#search').addEventListener('blur', () => setTimeout(() => { $('#search-results').hidden = true; }, 150));

  // ------------------------------------------------------------------ legend and kind filters

  function swatch(k) {
    const s = 16;
    const poly = pts => `<polygon points="${pts}" fill="${k.color}"/>`;
    const shapes = {
      'ellipse': `<circle cx="8" cy="8" r="7" fill="${k.color}"/>`,
      'hexagon': poly('4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8'),
      'concave-hexagon': poly('1,1.5 15,1.5 12,8 15,14.5 1,14.5 4,8'),
      'octagon': poly('5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5'),
      'round-triangle': poly('8,1.5 15,14.5 1,14.5'),
      'triangle': poly('8,1 15.5,15 0.5,15'),
      'vee': poly('0.5,1 8,6 15.5,1 8,15'),
      'diamond': poly('8,0.5 15.5,8 8,15.5 0.5,8'),
      'round-diamond': poly('8,1 15,8 8,15 1,8'),
      'rhomboid': poly('4,2 15.5,2 12,14 0.5,14'),
      'pentagon': poly('8,1 15,6.3 12.3,14.5 3.7,14.5 1,6.3'),
      'star': poly('8,0.8 10,6 15.5,6 11,9.4 12.7,15 8,11.6 3.3,15 5,9.4 0.5,6 6,6'),
      'tag': poly('1,2 11,2 15.5,8 11,14 1,14'),
      'round-tag': poly('1,3 11,3 15,8 11,13 1,13'),
      'cut-rectangle': poly('4,1.5 12,1.5 15,4.5 15,11.5 12,14.5 4,14.5 1,11.5 1,4.5'),
      'rectangle': `<rect x="1.5" y="2.5" width="13" height="11" fill="${k.color}"/>`,
      'round-rectangle': `<rect x="1" y="2.5" width="14" height="11" rx="3" fill="${k.color}"/>`,
      'barrel': `<rect x="1" y="1.5" width="14" height="13" rx="5" ry="3" fill="${k.color}"/>`
    };
    return `<svg width="${s}" height="${s}" viewBox="0 0 16 16" aria-hidden="true">${shapes[k.shape] || shapes.ellipse}</svg>`;
  }

  function renderLegend() {
    $('#legend').innerHTML = KINDS.map(k => `<li data-kind="${k.kind}"><label>
        <input type="checkbox" value="${k.kind}" ${state.hidden.has(k.kind) ? '' : 'checked'}>
        ${swatch(k)}<span class="kname">${esc(state.lang === 'en' ? k.en : k.zh)}</span>
        <span class="count"></span></label></li>`).join('')
      + `<li class="note"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><polygon
        points="8,1 15,6.3 12.3,14.5 3.7,14.5 1,6.3" fill="${KIND.Bureau.color}" fill-opacity="0.55" stroke="#52606d"
        stroke-dasharray="2 1.5"/></svg><span class="kname">${state.lang === 'en'
        ? 'placeholder (relevant departments, district governments)' : '占位（市有关部门、有关区人民政府）'}</span></li>`;
    $('#legend').querySelectorAll('input').forEach(box => box.addEventListener('change', () => {
      setKindVisible(box.value, box.checked);
    }));
    updateLegendCounts();
  }

  function setKindVisible(kind, visible) {
    if (visible) state.hidden.delete(kind); else state.hidden.add(kind);
    cy.nodes(`[kind = "${kind}"]`).toggleClass('kind-hidden', !visible);
    const box = $(`#legend input[value="${kind}"]`);
    if (box) box.checked = visible;
  }

  function updateLegendCounts() {
    const counts = {};
    cy.nodes().forEach(n => { counts[n.data('kind')] = (counts[n.data('kind')] || 0) + 1; });
    document.querySelectorAll('#legend li[data-kind]').forEach(li => {
      li.querySelector('.count').textContent = counts[li.dataset.kind] || '';
    });
  }

  // ------------------------------------------------------------------ park fit

  async function detectParkFit() {
    const data = await gql(`{ __schema { queryType { fields { name } } } }`);
    state.parkFit = data.__schema.queryType.fields.some(f => f.name === 'parkFit');
    const button = $('#parkfit button');
    button.disabled = !state.parkFit;
    $('#parkfit-status').textContent = state.parkFit ? ''
      : (state.lang === 'en' ? 'Park fit is not available on this server yet.' : '本服务器暂未提供园区匹配。');
  }

  const PARK_FIT = `query($need: ParkNeedInput!) {
    parkFit(need: $need) { park { id name nameEn } score reasons { kind weight sources { section text curated } } }
  }`;

  async function parkFit(text, origin, limit) {
    const need = { text, limit };
    if (origin) need.origin = origin;
    const data = await gql(PARK_FIT, { need });
    renderFit(data.parkFit, text);
  }

  function renderFit(matches, text) {
    const en = state.lang === 'en';
    const top = matches.length ? Math.max(...matches.map(m => m.score)) || 1 : 1;
    const box = $('#fit-results');
    box.innerHTML = `<h2>${en ? 'Parks for' : '匹配园区：'} “${esc(text)}”</h2>` + (matches.length
      ? `<ol>${matches.map(m => `<li class="park">
          <span class="park-name" data-id="${esc(m.park.id)}">${esc(en ? (m.park.nameEn || m.park.name) : m.park.name)}</span>
          <span class="hint">${en ? 'score' : '得分'} ${m.score.toFixed(2)}</span>
          <div class="bar"><span style="width:${Math.max(4, 100 * m.score / top).toFixed(0)}%"></span></div>
          <ul class="reasons">${m.reasons.map(r => `<li>${esc(r.kind)} <span class="weight">+${Number(r.weight).toFixed(2)}</span>
            ${(r.sources || []).filter(s => s.text).slice(0, 1).map(s => `<blockquote>${esc(s.text)}</blockquote>`).join('')}</li>`).join('')}</ul>
        </li>`).join('')}</ol>`
      : `<p class="hint">${en ? 'No park matches.' : '没有匹配的园区。'}</p>`);
    box.hidden = false;
    $('#panel').hidden = true;
    $('#panel-empty').hidden = true;
    box.querySelectorAll('.park-name').forEach(el => el.addEventListener('click', () => run(() => focus(el.dataset.id))));
  }

  $('#parkfit').addEventListener('submit', ev => {
    ev.preventDefault();
    const text = $('#need-text').value.trim();
    if (!text || !state.parkFit) return;
    const limit = Math.min(20, Math.max(1, Number($('#need-limit').value) || 5));
    run(() => parkFit(text, $('#need-origin').value.trim(), limit));
  });

  // ------------------------------------------------------------------ language

  function setLang(lang) {
    state.lang = lang;
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    $('#lang').textContent = lang === 'en' ? '中文' : 'EN';
    document.querySelectorAll('[data-zh]').forEach(el => { el.textContent = el.dataset[lang]; });
    cy.batch(() => cy.nodes().forEach(n => n.data('label', labelOf(n.data()))));
    renderLegend();
    if (state.parkFit === false) detectParkFit();
    if (state.selected && !$('#panel').hidden) showNode(state.selected);
  }

  // ------------------------------------------------------------------ wiring

  function esc(s) {
    return String(s === undefined || s === null ? '' : s).replace(/[&<>"']/g,
      c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  let statusTimer = null;
  function status(text, isError) {
    const el = $('#status');
    el.textContent = text;
    el.classList.toggle('error', !!isError);
    el.classList.add('show');
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => el.classList.remove('show'), isError ? 6000 : 2500);
  }

  /** Runs an action; failures are shown to the user (not thrown into the console). */
  function run(action) {
    return Promise.resolve().then(action).catch(e => {
      window.seiMap.errors.push(String(e && e.message || e));
      status(String(e && e.message || e), true);
    });
  }

  cy.on('tap', 'node', ev => {
    const id = ev.target.id();
    cy.elements().unselect();
    ev.target.select();
    run(async () => {
      await Promise.all([showNode(id), expand(id)]);
    });
  });
  cy.on('tap', 'edge', ev => showEdge(ev.target));
  cy.on('mouseover', 'edge', ev => ev.target.addClass('hover'));
  cy.on('mouseout', 'edge', ev => ev.target.removeClass('hover'));
  cy.on('tap', ev => {
    if (ev.target === cy) {
      cy.elements().unselect();
      state.selected = null;
      showEmptyPanel();
    }
  });

  $('#home').addEventListener('click', () => run(overview));
  $('#fit').addEventListener('click', () => cy.animate({ fit: { eles: cy.elements(':visible'), padding: 28 } }, { duration: 300 }));
  $('#lang').addEventListener('click', () => setLang(state.lang === 'en' ? 'zh' : 'en'));
  window.addEventListener('resize', () => cy.resize());

  window.seiMap = {
    cy,
    errors: [],
    lastCentered: null,
    ready: false,
    idle: () => state.busy === 0 && window.seiMap.ready,
    focus: id => run(() => focus(id)),
    expand: id => run(() => expand(id)),
    setLang,
    kinds: KINDS.map(k => k.kind)
  };

  renderLegend();
  run(async () => {
    await Promise.all([overview(), detectParkFit()]);
  }).then(() => { window.seiMap.ready = true; });
})();
