/* The legend: colour and shape by kind (from the server's table), doubling as a kind filter. */
import { $, state, esc, emit } from './app.js';
import { KINDS, kindName, swatch } from './kinds.js';

export function render(cy) {
  $('#legend').innerHTML = KINDS.map(k => `<li data-kind="${k.kind}"><label>
      <input type="checkbox" value="${k.kind}" ${state.hidden.has(k.kind) ? '' : 'checked'}>
      ${swatch(k)}<span class="kname">${esc(kindName(k.kind))}</span><span class="count"></span></label></li>`).join('');
  $('#legend').querySelectorAll('input').forEach(box => box.addEventListener('change', () => emit('kind-toggle', { kind: box.value, visible: box.checked })));
  counts(cy);
}

export function counts(cy) {
  const n = {};
  if (cy) cy.nodes().forEach(x => { n[x.data('kind')] = (n[x.data('kind')] || 0) + 1; });
  document.querySelectorAll('#legend li').forEach(li => { li.querySelector('.count').textContent = n[li.dataset.kind] || ''; });
}

export function check(kind, visible) {
  const box = $(`#legend input[value="${kind}"]`);
  if (box) box.checked = visible;
}
