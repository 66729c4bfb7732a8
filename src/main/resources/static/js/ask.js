/*
 * The ask box: a question in Chinese or English, answered by ask(question) — the answer (entities link to the map),
 * the sentences of the plan it rests on, the GraphQL request it equals, which the box can run to show that
 * request's own answer, and links that download the answer as CSV or XLSX. Not understood: why, and questions
 * that can be answered (each one asks it).
 * Registered as a left-drawer panel (panels.js); loaded by one <script type="module"> line in index.html.
 */
import { state, t, nameOf, esc, emit, run } from './app.js';
import { gql } from './api.js';
import { registerPanel } from './panels.js';

const ASK = `query($q: String!) {
  ask(question: $q) {
    question understood language intent interpretation text explanation suggestions
    items { entity { id kind name nameEn } value unit qualifier approx year rank lead label note path { id kind name nameEn } }
    evidence { section text curated }
    query { document variables select }
  }
}`;

const EXAMPLES = [
  '海洋工程装备由哪些部门负责？哪个牵头？', '哪些子领域没有列市科委？', '石墨烯的下游是什么？',
  '到2020年生物产业产值目标是多少？', 'Which parks fit an aerospace company from Beijing?'
];

let box = null;
let last = null;

function entityLink(e) {
  return `<a href="#" class="ask-entity" data-id="${esc(e.id)}" title="${esc(e.kind)}">${esc(nameOf(e))}</a>`;
}

function itemHtml(i) {
  if (i.path) {
    return `<li>${i.path.map(entityLink).join(' → ')}<div class="hint">${esc(i.note || '')}</div></li>`;
  }
  const parts = [];
  if (i.entity) parts.push(entityLink(i.entity));
  if (i.value !== null && i.value !== undefined && i.label !== 'score') {
    parts.push(`<strong>${esc(Number.isInteger(i.value) ? i.value : i.value)}${esc(i.unit || '')}</strong>`
      + (i.approx ? t('左右', ' (about)') : '') + (i.label && i.label !== 'count' ? ` <span class="hint">${esc(i.label)}</span>` : ''));
  }
  if (i.label === 'score') parts.push(`<span class="hint">${t('得分', 'score')} ${Number(i.value).toFixed(2)}</span>`);
  if (i.qualifier) parts.push(`<span class="hint">${esc(i.qualifier)}</span>`);
  if (i.year) parts.push(`<span class="hint">${esc(i.year)}${t('年', '')}</span>`);
  if (i.lead) parts.push(`<span class="ask-lead">${t('牵头', 'lead')}</span>`);
  return `<li>${parts.join(' ')}</li>`;
}

/** The answer as a file of the tables feature (GET /api/ask?q=…&format=csv|xlsx), headers in the page's language. */
function downloadUrl(question, format) {
  return `/api/ask?q=${encodeURIComponent(question)}&format=${format}&lang=${state.lang === 'en' ? 'en' : 'zh'}`;
}

function render(a) {
  last = a;
  const out = box.querySelector('.ask-answer');
  if (!a.understood) {
    out.innerHTML = `<p class="ask-not">${esc(a.text)}</p>`
      + (a.suggestions.length ? `<p class="hint">${t('可以这样问：', 'You can ask:')}</p><ul class="ask-suggestions">${a.suggestions
        .map(s => `<li><a href="#" class="ask-suggestion">${esc(s)}</a></li>`).join('')}</ul>` : '');
  } else {
    out.innerHTML = `<p class="hint ask-reading">${esc(a.interpretation || '')}</p>
      <p class="ask-text">${esc(a.text)}</p>
      ${a.items.length ? `<ol class="ask-items">${a.items.map(itemHtml).join('')}</ol>` : ''}
      <p class="hint ask-download">${t('下载此答案：', 'Download this answer:')} ${['csv', 'xlsx'].map(f =>
        `<a href="${esc(downloadUrl(a.question, f))}" download>${f.toUpperCase()}</a>`).join(' · ')}</p>
      ${a.evidence.length ? `<details class="ask-evidence"><summary>${t('原文依据', 'Evidence')} (${a.evidence.length})</summary>
        ${a.evidence.map(s => `<blockquote>${s.section ? `<span class="hint">${esc(s.section)}</span> ` : ''}${esc(s.text || s.curated || '')}</blockquote>`).join('')}
        </details>` : ''}
      <details class="ask-query"><summary>${t('等价的 GraphQL 查询', 'The equal GraphQL request')}</summary>
        <pre>${esc(a.query.document)}</pre><pre>${esc(JSON.stringify(a.query.variables))}</pre>
        <p class="hint">${esc(a.query.select)}</p>
        <button type="button" class="ask-run">${t('运行此查询', 'Run this request')}</button><pre class="ask-data" hidden></pre>
      </details>`;
  }
  out.querySelectorAll('.ask-entity').forEach(el => el.addEventListener('click', ev => {
    ev.preventDefault();
    emit('go', { id: el.dataset.id });
  }));
  out.querySelectorAll('.ask-suggestion').forEach(el => el.addEventListener('click', ev => {
    ev.preventDefault();
    box.querySelector('input').value = el.textContent;
    run(() => ask(el.textContent));
  }));
  const runButton = out.querySelector('.ask-run');
  if (runButton) {
    runButton.addEventListener('click', () => run(async () => {
      const data = await gql(a.query.document, a.query.variables);
      const pre = out.querySelector('.ask-data');
      pre.textContent = JSON.stringify(data, null, 2);
      pre.hidden = false;
    }));
  }
}

/** Asks a question and shows the answer; resolves to the answer (the browser test's probe). */
export async function ask(question) {
  const q = String(question || '').trim();
  if (!q) return null;
  const data = await gql(ASK, { q });
  render(data.ask);
  return data.ask;
}

registerPanel({
  id: 'ask', titleZh: '提问', titleEn: 'Ask',
  render(el) {
    box = el;
    el.innerHTML = `<form class="ask-form">
        <input type="search" name="q" autocomplete="off" aria-label="Question"
               placeholder="${esc(EXAMPLES[0])}">
        <button type="submit" data-zh="提问" data-en="Ask">提问</button>
      </form>
      <p class="hint ask-examples">${EXAMPLES.map(e => `<a href="#" class="ask-suggestion">${esc(e)}</a>`).join(' · ')}</p>
      <div class="ask-answer" aria-live="polite"></div>`;
    el.querySelector('form').addEventListener('submit', ev => {
      ev.preventDefault();
      run(() => ask(el.querySelector('input').value));
    });
    el.querySelectorAll('.ask-examples .ask-suggestion').forEach(a => a.addEventListener('click', ev => {
      ev.preventDefault();
      el.querySelector('input').value = a.textContent;
      run(() => ask(a.textContent));
    }));
  }
});

window.seiAsk = { ask, last: () => last, lang: () => state.lang };
