/*
 * The details panel (right column; a drawer on narrow screens): a node's fields, its bureaus in rank order
 * (牵头 = listed first) and the sentence it comes from; an edge's facts and evidence; a district's parks, layout
 * area, focus industries and bureaus.
 */
import { $, state, t, nameOf, otherName, esc, emit, run } from './app.js';
import { gql } from './api.js';
import { kindOf, kindName } from './kinds.js';

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

function open(html) {
  const panel = $('#panel');
  panel.innerHTML = html;
  panel.hidden = false;
  $('#panel-empty').hidden = true;
  $('#fit-results').hidden = true;
  emit('panel-opened');
  return panel;
}

export function empty() {
  $('#panel').hidden = true;
  $('#fit-results').hidden = true;
  $('#panel-empty').hidden = false;
}

export function sourcesHtml(sources) {
  if (!sources || !sources.length) return `<p class="hint">${t('无出处记录。', 'No source recorded.')}</p>`;
  return sources.map(s => s.text
    ? `<blockquote>${esc(s.text)}<span class="where">§${esc(s.section || '')} · ${esc(s.doc || '')}</span></blockquote>`
    : `<blockquote><span class="where">${t('整理', 'curated')}: ${esc(s.curated || '')}</span></blockquote>`).join('');
}

function badge(kind) {
  return `<span class="kind-badge" style="background:${kindOf(kind).color}">${esc(kindName(kind))}</span>`;
}

export async function showNode(id, summary) {
  state.selected = id;
  const data = await gql(NODE_QUERY, { id });
  if (state.selected !== id || !data.node) return;
  const n = data.node;
  const fields = [['id', n.id]];
  ['category', 'path', 'title', 'number', 'metric', 'asWritten', 'qualifier', 'unit', 'year'].forEach(f => {
    if (n[f] !== undefined && n[f] !== null && n[f] !== '') fields.push([f, String(n[f])]);
  });
  if (n.value !== undefined && n.value !== null) fields.push(['value', String(n.value)]);
  if (n.aliases && n.aliases.length) fields.push([t('别名', 'aliases'), n.aliases.join('、')]);
  if (summary) fields.push([t('摘要', 'summary'), summary]);
  let html = `${badge(n.kind)}<h3>${esc(nameOf(n))}</h3><div class="en-name">${esc(otherName(n))}</div>
    <dl>${fields.map(([a, b]) => `<dt>${esc(a)}</dt><dd>${esc(b)}</dd>`).join('')}</dl>`;
  if (data.asSubject.length) {
    html += `<h2>${t('责任单位（按排序）', 'Bureaus, in rank order')}</h2><ol class="bureaus">` +
      data.asSubject.map(r => `<li data-id="${esc(r.bureau.id)}">${esc(nameOf(r.bureau))}` +
        `${r.lead ? `<span class="lead">${t('牵头', 'lead')}</span>` : ''}</li>`).join('') + '</ol>';
  }
  if (data.asBureau.length) {
    html += `<h2>${t('负责事项', 'Responsible for')} (${data.asBureau.length})</h2><ol>` +
      data.asBureau.map(r => `<li data-id="${esc(r.subject.id)}">${esc(nameOf(r.subject))}` +
        ` <span class="hint">#${r.rank}</span>${r.lead ? `<span class="lead">${t('牵头', 'lead')}</span>` : ''}</li>`).join('') + '</ol>';
  }
  html += `<h2>${t('原文', 'Source')}</h2>` + sourcesHtml(n.sources);
  const q = encodeURIComponent(id);
  html += `<div class="panel-actions">
      <button type="button" id="expand-btn">${t('在图谱中展开', 'Expand on the graph')}</button>
      <button type="button" id="chain-btn">${t('产业链视图', 'Chain view')}</button>
      ${n.kind === 'Park' || n.kind === 'District' || n.kind === 'Platform' ? `<button type="button" id="geo-btn">${t('在地图上查看', 'Show on the map')}</button>` : ''}</div>
    <div class="panel-actions">${t('导出两跳邻域：', 'Export 2 hops:')}
    ${['cytoscape', 'echarts', 'graphml', 'gexf'].map(f => `<a href="/api/export?format=${f}&center=${q}&hops=2" download>${f}</a>`).join(' ')}</div>`;
  const panel = open(html);
  panel.querySelector('#expand-btn').addEventListener('click', () => emit('go', { view: 'graph', id, expand: true }));
  panel.querySelector('#chain-btn').addEventListener('click', () => emit('go', { view: 'chain', id }));
  const geo = panel.querySelector('#geo-btn');
  if (geo) geo.addEventListener('click', () => emit('go', { view: 'geo', id }));
  panel.querySelectorAll('li[data-id]').forEach(li => li.addEventListener('click', () => emit('go', { id: li.dataset.id })));
}

export function showEdge(edge, cy) {
  const d = edge.data();
  const props = Object.entries(d.properties || {}).map(([a, b]) => `<dt>${esc(a)}</dt><dd>${esc(String(b))}</dd>`).join('');
  const src = cy.getElementById(d.realSource || d.source).data();
  const dst = cy.getElementById(d.realTarget || d.target).data();
  open(`<span class="kind-badge" style="background:#52606d">${esc(d.type)}</span>
    <h3>${esc(nameOf(src))} → ${esc(nameOf(dst))}</h3>
    <dl><dt>id</dt><dd>${esc(d.id)}</dd>${props}</dl>
    <h2>${t('依据', 'Evidence')}</h2>${sourcesHtml(d.sources || [])}`);
}

/** A district of the geographic map: its parks, layout area(s) with their focus industries, bureaus. */
export function showDistrict(d) {
  if (!d) return;
  state.selected = d.district.id;
  const html = `${badge('District')}<h3>${esc(nameOf(d.district))}</h3><div class="en-name">${esc(otherName(d.district))}</div>
    <h2>${t('功能区域（五（一））', 'Layout area (五(一))')}</h2>
    ${d.areas.length ? d.areas.map(a => `<p><strong data-id="${esc(a.id)}">${esc(nameOf(a))}</strong></p>
      <h2>${t('重点产业', 'Focus industries')}</h2>
      <ol class="industries">${a.industries.map(i => `<li data-id="${esc(i.id)}">${esc(nameOf(i))}</li>`).join('')}</ol>`).join('')
      : `<p class="hint">${t('图谱中无所属功能区域。', 'No layout area in the graph.')}</p>`}
    <h2>${t('园区与平台', 'Parks and platforms')} (${d.places.length})</h2>
    ${d.places.length ? `<ul class="places">${d.places.map(p => `<li data-id="${esc(p.entity.id)}">${esc(nameOf(p.entity))}</li>`).join('')}</ul>`
      : `<p class="hint">${t('图谱中没有位于该区的园区。', 'The graph locates no park here.')}</p>`}
    <h2>${t('相关责任单位', 'Bureaus')}</h2>
    <p class="hint">${t('负责建设或入驻其园区的任务的单位（牵头数、任务数）', 'Responsible for what builds or is hosted by its parks (leads, tasks)')}</p>
    ${d.bureaus.length ? `<ol class="bureaus">${d.bureaus.map(b => `<li data-id="${esc(b.bureau.id)}">${esc(nameOf(b.bureau))}
      <span class="hint">${b.leads ? `${t('牵头', 'leads')} ${b.leads} · ` : ''}${t('任务', 'tasks')} ${b.tasks}</span></li>`).join('')}</ol>`
      : `<p class="hint">—</p>`}
    <h2>${t('出处', 'Source')}</h2>${sourcesHtml(d.district.sources)}
    <div class="panel-actions"><button type="button" id="chain-btn">${t('产业链视图', 'Chain view')}</button></div>`;
  const panel = open(html);
  panel.querySelector('#chain-btn').addEventListener('click', () => emit('go', { view: 'chain', id: d.district.id }));
  panel.querySelectorAll('li[data-id]').forEach(li => li.addEventListener('click', () => run(() => showNode(li.dataset.id))));
}
