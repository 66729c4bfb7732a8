/*
 * A Cytoscape view as SVG, drawn from the model: every visible node as its kind's shape and colour (kinds.js),
 * every visible edge as a line with an arrow at its target, labels as text. The picture is the whole view (as
 * cy.png({full: true}) gives it), in model coordinates.
 */
import { kindOf, shapeSvg } from './kinds.js';
import { esc } from './app.js';

export function toSvg(cy) {
  const nodes = cy.nodes(':visible');
  const edges = cy.edges(':visible');
  const bb = cy.elements(':visible').boundingBox({ includeLabels: true });
  const pad = 20;
  const x0 = bb.x1 - pad, y0 = bb.y1 - pad, w = bb.w + 2 * pad, h = bb.h + 2 * pad;
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x0.toFixed(1)} ${y0.toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}" width="${Math.round(w)}" height="${Math.round(h)}" font-family="system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="context-stroke"/></marker></defs>`,
    `<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="#ffffff"/>`, '<g class="edges">'];
  edges.forEach(e => {
    const s = e.source().position(), t = e.target().position();
    const r = (e.target().width() || 26) / 2 + 2;
    const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const reversed = e.hasClass('reversed');
    const ex = t.x - (t.x - s.x) * r / len, ey = t.y - (t.y - s.y) * r / len;
    const colour = e.style('line-color');
    out.push(`<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${ex.toFixed(1)}" y2="${ey.toFixed(1)}" stroke="${colour}" stroke-width="${parseFloat(e.style('width')) || 1.3}" ${reversed ? 'marker-start' : 'marker-end'}="url(#arrow)"><title>${esc(e.data('type'))}</title></line>`);
  });
  out.push('</g><g class="nodes">');
  nodes.forEach(n => {
    const p = n.position();
    const k = kindOf(n.data('kind'));
    out.push(`<g data-id="${esc(n.id())}">${shapeSvg(k, +p.x.toFixed(1), +p.y.toFixed(1), n.width(), 'stroke="#ffffff" stroke-width="1.5"')}`);
    const label = n.data('label');
    if (label) {
      const size = parseFloat(n.style('font-size')) || 12;
      out.push(`<text x="${p.x.toFixed(1)}" y="${(p.y + n.height() / 2 + 4 + size).toFixed(1)}" font-size="${size}" text-anchor="middle" fill="#1f2933" paint-order="stroke" stroke="#ffffff" stroke-width="3">${esc(label)}</text>`);
    }
    out.push('</g>');
  });
  out.push('</g></svg>');
  return out.join('\n');
}
