/*
 * Export of the current view: PNG and SVG of what is drawn, and the exports' JSON (Cytoscape.js, ECharts) of its
 * nodes with their positions on screen (POST /api/export, hops 0), so the file matches the view.
 */
import { $, state, run, status, t } from './app.js';
import { exportView } from './api.js';
import * as graph from './graph-view.js';
import * as chain from './chain-view.js';
import * as geo from './geo-view.js';
import { toSvg } from './svg.js';

/** The last export, for the browser test: {format, bytes, type}. */
export const last = { format: null, bytes: 0, type: null };

function save(blob, name) {
  last.bytes = blob.size;
  last.type = blob.type;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

function currentCy() {
  return state.view === 'chain' ? chain.chainCy : graph.cy;
}

function baseName() {
  return 'sei-graph-' + state.view + (state.focus ? '-' + state.focus.replace(/[\\/:*?"<>|\s]+/g, '_') : '');
}

export async function exportAs(format) {
  last.format = format;
  last.bytes = 0;
  if (format === 'png') {
    let blob;
    if (state.view === 'geo') {
      blob = await (await fetch(geo.png())).blob();
    } else {
      blob = await currentCy().png({ full: true, scale: 2, bg: '#ffffff', output: 'blob-promise' });
    }
    save(blob, baseName() + '.png');
  } else if (format === 'svg') {
    const text = state.view === 'geo' ? geo.svg() : toSvg(currentCy());
    save(new Blob([text], { type: 'image/svg+xml' }), baseName() + '.svg');
  } else {
    let positions = {};
    if (state.view === 'geo') {
      positions = geo.viewNodes();
    } else {
      currentCy().nodes(':visible').forEach(n => { positions[n.id()] = { x: n.position('x'), y: n.position('y') }; });
    }
    const ids = Object.keys(positions);
    if (!ids.length) {
      status(t('视图为空', 'The view is empty'), true);
      return;
    }
    const blob = await exportView(format, ids, positions);
    save(blob, baseName() + (format === 'cytoscape' ? '.cyjs.json' : '.echarts.json'));
  }
  status(t('已导出 ', 'Exported ') + format.toUpperCase() + ` (${Math.round(last.bytes / 1024)} KB)`);
  return last;
}

export function wire() {
  document.querySelectorAll('#export [data-export]').forEach(b => b.addEventListener('click', () => {
    $('#export').open = false;
    run(() => exportAs(b.dataset.export));
  }));
}
