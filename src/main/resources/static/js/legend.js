/* The legend: colour and shape by kind (from the server's table), doubling as a kind filter. */
import { $, state, esc, emit } from './app.js';
import { KINDS, kindName, kindOf, swatch } from './kinds.js';

export function render(cy) {
  $('#legend').innerHTML = KINDS.map(k => `<li data-kind="${k.kind}"><label>
      <input type="checkbox" value="${k.kind}" ${state.hidden.has(k.kind) ? '' : 'checked'}>
      ${swatch(k)}<span class="kname">${esc(kindName(k.kind))}</span><span class="count"></span></label></li>`).join('')
    + `<li class="note"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><polygon
      points="8,1 15,6.3 12.3,14.5 3.7,14.5 1,6.3" fill="${kindOf('Bureau').color}" fill-opacity="0.55" stroke="#52606d"
      stroke-dasharray="2 1.5"/></svg><span class="kname">${state.lang === 'en'
      ? 'placeholder (relevant departments, district governments)' : '占位（市有关部门、有关区人民政府）'}</span></li>`;
  $('#legend').querySelectorAll('input').forEach(box => box.addEventListener('change', () => emit('kind-toggle', { kind: box.value, visible: box.checked })));
  counts(cy);
}

export function counts(cy) {
  const n = {};
  if (cy) cy.nodes().forEach(x => { n[x.data('kind')] = (n[x.data('kind')] || 0) + 1; });
  document.querySelectorAll('#legend li[data-kind]').forEach(li => { li.querySelector('.count').textContent = n[li.dataset.kind] || ''; });
}

export function check(kind, visible) {
  const box = $(`#legend input[value="${kind}"]`);
  if (box) box.checked = visible;
}
