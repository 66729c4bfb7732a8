/*
 * The page's shared parts: state (what the URL holds), an event bus between the modules, the busy counter behind
 * the loading indicator, and the error list the browser test reads. Every other module imports only this and
 * the modules it uses; a new panel (an ask box, a review screen …) registers itself through panels.js.
 */
export const $ = sel => document.querySelector(sel);

export const bus = new EventTarget();
export function emit(name, detail) {
  bus.dispatchEvent(new CustomEvent(name, { detail }));
}
export function on(name, handler) {
  bus.addEventListener(name, ev => handler(ev.detail));
}

/** What the page shows; serialized into the URL (url.js) so a link reopens the same view. */
export const state = {
  view: 'graph',          // graph | chain | geo
  focus: null,            // the selected node id (graph, chain) or district id (geo)
  expanded: [],           // node ids expanded on the graph view, in order
  hidden: new Set(),      // kinds switched off in the legend
  need: null,             // park-fit need {text, origin, limit}
  lang: 'zh',
  selected: null
};

// ------------------------------------------------------------------ busy / loading indicator

let busyCount = 0;
export function busy(delta) {
  busyCount = Math.max(0, busyCount + delta);
  const on = busyCount > 0;
  const bar = document.getElementById('loading');
  if (bar) bar.hidden = !on;
  const stage = document.getElementById('stage');
  if (stage) stage.setAttribute('aria-busy', on ? 'true' : 'false');
}
export function isBusy() {
  return busyCount > 0;
}
/** Counts a promise as loading until it settles. */
export async function track(promise) {
  busy(1);
  try {
    return await promise;
  } finally {
    busy(-1);
  }
}

// ------------------------------------------------------------------ language

export function t(zh, en) {
  return state.lang === 'en' ? en : zh;
}
export function nameOf(d) {
  return d ? (state.lang === 'en' ? (d.nameEn || d.name) : d.name) : '';
}
export function otherName(d) {
  return d ? (state.lang === 'en' ? d.name : (d.nameEn || '')) : '';
}

// ------------------------------------------------------------------ errors and status

export const errors = [];
let statusTimer = null;
export function status(text, isError) {
  const el = $('#status');
  el.textContent = text;
  el.classList.toggle('error', !!isError);
  el.classList.add('show');
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => el.classList.remove('show'), isError ? 6000 : 2500);
}
/** Runs an action; failures are shown to the user (not thrown into the console). */
export function run(action) {
  return Promise.resolve().then(action).catch(e => {
    errors.push(String(e && e.message || e));
    status(String(e && e.message || e), true);
  });
}

export function esc(s) {
  return String(s === undefined || s === null ? '' : s).replace(/[&<>"']/g,
    c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
