/*
 * The park-fit form and its results: ranked parks, each reason in words (Chinese, and English where the server
 * gives it) with its source sentence; when nothing fits, the server's explanation and its near matches. The
 * schema is read once (introspection) so fields the server adds later — near matches, English/Chinese reason
 * texts — are asked for and shown when present, and the page still works where they are absent.
 */
import { $, state, t, nameOf, esc, emit, run } from './app.js';
import { gql } from './api.js';

let schema = null;          // {available, reason: [...extra fields], resolution: [...], near: {field, selection}}

const OPTIONAL_REASON = ['summaryEn', 'summaryZh', 'textEn', 'textZh'];
const OPTIONAL_RESOLUTION = ['explanationEn', 'explanationZh'];
const NEAR_FIELDS = ['nearMatches', 'near', 'nearParks', 'suggestions'];

async function typeFields(name) {
  const data = await gql(`query($n: String!) { __type(name: $n) { fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }`, { n: name });
  return (data.__type && data.__type.fields) || [];
}
function named(type) {
  while (type && !type.name) type = type.ofType;
  return type;
}

/** A selection for an object type the page does not know: its scalars and the id/name of entity-like fields. */
async function selectionOf(typeName, depth) {
  const fields = await typeFields(typeName);
  const parts = [];
  for (const f of fields) {
    const base = named(f.type);
    if (base.kind === 'SCALAR' || base.kind === 'ENUM') {
      if (f.name !== 'properties') parts.push(f.name);
    } else if ((base.kind === 'OBJECT' || base.kind === 'INTERFACE') && depth < 1) {
      const sub = await typeFields(base.name);
      if (sub.some(x => x.name === 'id') && sub.some(x => x.name === 'name')) {
        parts.push(`${f.name} { id name ${sub.some(x => x.name === 'nameEn') ? 'nameEn' : ''} }`);
      }
    }
  }
  return parts.join(' ');
}

export async function detect() {
  const data = await gql('{ __schema { queryType { fields { name } } } }');
  const available = data.__schema.queryType.fields.some(f => f.name === 'parkFit');
  schema = { available, reason: [], resolution: [], near: null };
  if (available) {
    const [reason, resolution] = await Promise.all([typeFields('FitReason'), typeFields('NeedResolution')]);
    schema.reason = OPTIONAL_REASON.filter(n => reason.some(f => f.name === n));
    schema.resolution = OPTIONAL_RESOLUTION.filter(n => resolution.some(f => f.name === n));
    const near = resolution.find(f => NEAR_FIELDS.includes(f.name));
    if (near) {
      const base = named(near.type);
      schema.near = { field: near.name, selection: base.kind === 'OBJECT' ? `{ ${await selectionOf(base.name, 0)} }` : '' };
    }
  }
  const button = $('#parkfit button');
  button.disabled = !available;
  $('#parkfit-status').textContent = available ? '' : t('本服务器暂未提供园区匹配。', 'Park fit is not available on this server yet.');
  return schema;
}

function query() {
  return `query($need: ParkNeedInput!) {
    parkFit(need: $need) { rank score park { id name nameEn }
      reasons { kind weight summary ${schema.reason.join(' ')} sources { section text curated } } }
    parkFitResolution(need: $need) { explanation ${schema.resolution.join(' ')}
      textMatches { used why matchedBy entity { id kind name nameEn } }
      ${schema.near ? schema.near.field + ' ' + schema.near.selection : ''} }
  }`;
}

/** Runs the need in state.need; returns the matches. */
export async function fit() {
  if (!schema) await detect();
  if (!schema.available || !state.need || !state.need.text) return [];
  const need = { text: state.need.text, limit: state.need.limit || 5 };
  if (state.need.origin) need.origin = state.need.origin;
  $('#need-text').value = state.need.text;
  $('#need-origin').value = state.need.origin || '';
  $('#need-limit').value = need.limit;
  const data = await gql(query(), { need });
  render(data.parkFit, data.parkFitResolution);
  emit('fit-results', data.parkFit.map(m => ({ id: m.park.id, label: `${m.rank}. ${nameOf(m.park)}` })));
  return data.parkFit;
}

function reasonText(r) {
  const zh = r.summaryZh || r.textZh || r.summary;
  const en = r.summaryEn || r.textEn;
  if (!en) return `<span class="reason-zh">${esc(zh)}</span>`;
  return state.lang === 'en'
    ? `<span class="reason-en-main">${esc(en)}</span><span class="reason-en">${esc(zh)}</span>`
    : `<span class="reason-zh">${esc(zh)}</span><span class="reason-en">${esc(en)}</span>`;
}

function nearHtml(resolution) {
  const near = schema.near && resolution[schema.near.field];
  const items = [];
  if (Array.isArray(near) && near.length) {
    near.forEach(x => {
      if (typeof x !== 'object' || x === null) {
        items.push({ name: String(x) });
        return;
      }
      const entity = x.park || x.entity || x.industry || x.node;
      items.push({ id: entity && entity.id, name: entity ? nameOf(entity) : (x.name || ''),
        parks: Array.isArray(x.parks) ? x.parks.filter(p => p && p.id) : [],
        score: typeof x.score === 'number' ? x.score : null,
        why: state.lang === 'en' ? (x.whyEn || x.reasonEn || x.summaryEn || x.why || x.reason || x.summary)
          : (x.whyZh || x.reasonZh || x.summaryZh || x.why || x.reason || x.summary) });
    });
  } else {
    // no near matches from the server: what its search found for the text but did not use, and why
    (resolution.textMatches || []).filter(m => !m.used).slice(0, 5)
      .forEach(m => items.push({ id: m.entity.id, name: nameOf(m.entity), why: m.why }));
  }
  if (!items.length) return '';
  return `<div class="near"><h2>${t('相近的匹配', 'Near matches')}</h2><ul>${items.map(i =>
    `<li${i.id ? ` data-id="${esc(i.id)}"` : ''}><strong>${esc(i.name)}</strong>${i.score !== null && i.score !== undefined ? ` <span class="hint">${i.score.toFixed(2)}</span>` : ''}
      ${i.why ? `<div class="hint">${esc(i.why)}</div>` : ''}
      ${i.parks && i.parks.length ? `<div>${t('相关园区：', 'Parks: ')}${i.parks.map(p => `<a href="#" data-id="${esc(p.id)}">${esc(nameOf(p))}</a>`).join('、')}</div>` : ''}</li>`).join('')}</ul></div>`;
}

function render(matches, resolution) {
  const text = state.need.text;
  const top = matches.length ? Math.max(...matches.map(m => m.score)) || 1 : 1;
  const explanation = state.lang === 'en' ? (resolution.explanationEn || resolution.explanation)
    : (resolution.explanationZh || resolution.explanation);
  const box = $('#fit-results');
  box.innerHTML = `<h2>${t('匹配园区：', 'Parks for')} “${esc(text)}”</h2>` + (matches.length
    ? `<ol>${matches.map(m => `<li class="park">
        <span class="park-name" data-id="${esc(m.park.id)}">${esc(nameOf(m.park))}</span>
        <span class="hint">${t('得分', 'score')} ${m.score.toFixed(2)}</span>
        <div class="bar"><span style="width:${Math.max(4, 100 * m.score / top).toFixed(0)}%"></span></div>
        <ul class="reasons">${m.reasons.map(r => `<li><span class="weight">${esc(r.kind)} +${Number(r.weight).toFixed(2)}</span>
          ${reasonText(r)}
          ${(r.sources || []).filter(s => s.text).slice(0, 1).map(s => `<blockquote>${esc(s.text)}</blockquote>`).join('')}</li>`).join('')}</ul>
      </li>`).join('')}</ol>`
    : `<p class="hint">${t('没有匹配的园区。', 'No park matches.')}</p><p class="explanation">${esc(explanation || '')}</p>`)
    + (matches.length ? '' : nearHtml(resolution));
  box.hidden = false;
  $('#panel').hidden = true;
  $('#panel-empty').hidden = true;
  box.querySelectorAll('[data-id]').forEach(el => el.addEventListener('click', ev => {
    ev.preventDefault();
    ev.stopPropagation();
    emit('go', { id: el.dataset.id });
  }));
  emit('panel-opened');
}

export function wire() {
  $('#parkfit').addEventListener('submit', ev => {
    ev.preventDefault();
    const text = $('#need-text').value.trim();
    if (!text || !schema || !schema.available) return;
    state.need = { text, origin: $('#need-origin').value.trim(), limit: Math.min(20, Math.max(1, Number($('#need-limit').value) || 5)) };
    emit('state-changed');
    run(fit);
  });
}
