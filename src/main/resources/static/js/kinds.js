/*
 * The look of each kind, from the server's table (mapKinds, the same one every export uses), so a kind added to
 * the graph model gets a colour and a legend entry without a change here. The legend draws its swatches from it.
 */
import { gql } from './api.js';
import { state } from './app.js';

export let KINDS = [];
export const KIND = {};

export async function loadKinds() {
  const data = await gql('{ mapKinds { kind color shape echartsSymbol size nameZh nameEn layer } }');
  KINDS = data.mapKinds;
  KINDS.forEach(k => { KIND[k.kind] = k; });
  return KINDS;
}

/** The style of a kind; one the server did not list (should not happen) gets a neutral one. */
export function kindOf(kind) {
  return KIND[kind] || { kind, color: '#8a94a6', shape: 'ellipse', echartsSymbol: 'circle', size: 26, nameZh: kind, nameEn: kind, layer: -1 };
}

export function kindName(kind) {
  const k = kindOf(kind);
  return state.lang === 'en' ? k.nameEn : k.nameZh;
}

/** Polygons of the node shapes in a 16×16 box: legend swatches and the SVG export share them. */
export const SHAPES = {
  'hexagon': [[4, 1.5], [12, 1.5], [15.5, 8], [12, 14.5], [4, 14.5], [0.5, 8]],
  'concave-hexagon': [[1, 1.5], [15, 1.5], [12, 8], [15, 14.5], [1, 14.5], [4, 8]],
  'octagon': [[5, 1], [11, 1], [15, 5], [15, 11], [11, 15], [5, 15], [1, 11], [1, 5]],
  'round-triangle': [[8, 1.5], [15, 14.5], [1, 14.5]],
  'triangle': [[8, 1.5], [15, 14.5], [1, 14.5]],
  'vee': [[0.5, 1], [8, 6], [15.5, 1], [8, 15]],
  'diamond': [[8, 0.5], [15.5, 8], [8, 15.5], [0.5, 8]],
  'round-diamond': [[8, 1], [15, 8], [8, 15], [1, 8]],
  'rhomboid': [[4, 2], [15.5, 2], [12, 14], [0.5, 14]],
  'pentagon': [[8, 1], [15, 6.3], [12.3, 14.5], [3.7, 14.5], [1, 6.3]],
  'star': [[8, 0.8], [10, 6], [15.5, 6], [11, 9.4], [12.7, 15], [8, 11.6], [3.3, 15], [5, 9.4], [0.5, 6], [6, 6]],
  'tag': [[1, 2], [11, 2], [15.5, 8], [11, 14], [1, 14]],
  'round-tag': [[1, 3], [11, 3], [15, 8], [11, 13], [1, 13]],
  'cut-rectangle': [[4, 1.5], [12, 1.5], [15, 4.5], [15, 11.5], [12, 14.5], [4, 14.5], [1, 11.5], [1, 4.5]],
  'rectangle': [[1, 1], [15, 1], [15, 15], [1, 15]]
};

/** An SVG element drawing a kind's shape centred on (cx, cy) with diameter d. */
export function shapeSvg(k, cx, cy, d, extra) {
  const s = d / 16;
  const attrs = `fill="${k.color}" ${extra || ''}`;
  if (k.shape === 'ellipse' || !SHAPES[k.shape] && !/rect|barrel/.test(k.shape)) {
    return `<ellipse cx="${cx}" cy="${cy}" rx="${d / 2}" ry="${d / 2}" ${attrs}/>`;
  }
  if (!SHAPES[k.shape]) {
    return `<rect x="${cx - d / 2}" y="${cy - d / 2}" width="${d}" height="${d}" rx="${d / 5}" ${attrs}/>`;
  }
  const pts = SHAPES[k.shape].map(([x, y]) => `${(cx + (x - 8) * s).toFixed(1)},${(cy + (y - 8) * s).toFixed(1)}`).join(' ');
  return `<polygon points="${pts}" ${attrs}/>`;
}

export function swatch(k) {
  return `<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">${shapeSvg(k, 8, 8, 14)}</svg>`;
}
