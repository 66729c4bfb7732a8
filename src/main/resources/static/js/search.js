/* The search box: full-text over Chinese and English names; a pick goes to the hit in the current view. */
import { $, state, nameOf, otherName, esc, emit, run, busy } from './app.js';
import { gql } from './api.js';
import { kindOf, kindName } from './kinds.js';

let timer = null;
let seq = 0;
let hits = [];
let active = -1;

async function search(text) {
  const mine = ++seq;
  if (!text.trim()) {
    renderHits([]);
    return;
  }
  const data = await gql(`query($text: String!) { search(text: $text, first: 10) { score matchedBy entity { id kind name nameEn } } }`, { text });
  if (mine === seq) renderHits(data.search.map(h => h.entity));
}

function renderHits(list) {
  hits = list;
  active = list.length ? 0 : -1;
  const ul = $('#search-results');
  ul.innerHTML = list.map((e, i) => `<li role="option" data-i="${i}" class="${i === 0 ? 'active' : ''}">
      <span class="kind-badge" style="background:${kindOf(e.kind).color}">${esc(kindName(e.kind))}</span>
      <span class="name">${esc(nameOf(e))}</span><span class="en">${esc(otherName(e))}</span></li>`).join('')
    || `<li class="none">${state.lang === 'en' ? 'No match' : '无匹配'}</li>`;
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
    emit('go', { id: hit.id, kind: hit.kind, hit: true });
  }
}

export function wire() {
  const box = $('#search');
  box.addEventListener('input', ev => {
    const text = ev.target.value;
    if (timer === null) busy(1); else clearTimeout(timer); // a search is pending until the debounce fires
    timer = setTimeout(() => {
      timer = null;
      busy(-1);
      run(() => search(text));
    }, 200);
  });
  box.addEventListener('keydown', ev => {
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
  box.addEventListener('blur', () => setTimeout(() => { $('#search-results').hidden = true; }, 150));
}
