/*
 * The URL holds the page's state: ?view=graph|chain|geo&focus=ID&expand=ID,ID…&hide=Kind,…&need=TEXT&origin=…
 * &limit=N&lang=en. Every change replaces the URL (no history entry per click); opening such a URL restores the
 * view (main.js). Ids are joined with U+001F, which no id may contain (ids with control characters are refused).
 */
import { state } from './app.js';

const SEP = '\u001f';

export function toQuery() {
  const q = new URLSearchParams();
  if (state.view !== 'graph') q.set('view', state.view);
  if (state.focus) q.set('focus', state.focus);
  if (state.view === 'graph' && state.expanded.length) q.set('expand', state.expanded.join(SEP));
  if (state.hidden.size) q.set('hide', [...state.hidden].sort().join(','));
  if (state.need && state.need.text) {
    q.set('need', state.need.text);
    if (state.need.origin) q.set('origin', state.need.origin);
    if (state.need.limit && state.need.limit !== 5) q.set('limit', String(state.need.limit));
  }
  if (state.lang !== 'zh') q.set('lang', state.lang);
  const s = q.toString();
  return s ? '?' + s : '';
}

export function save() {
  const url = location.pathname + toQuery();
  if (url !== location.pathname + location.search) {
    history.replaceState(null, '', url);
  }
}

/** Reads the URL into state; returns what has to be replayed (expansions, need). */
export function load() {
  const q = new URLSearchParams(location.search);
  const view = q.get('view');
  state.view = ['graph', 'chain', 'geo'].includes(view) ? view : 'graph';
  state.focus = q.get('focus') || null;
  state.expanded = (q.get('expand') || '').split(SEP).filter(Boolean);
  state.hidden = new Set((q.get('hide') || '').split(',').filter(Boolean));
  state.lang = q.get('lang') === 'en' ? 'en' : 'zh';
  const text = q.get('need');
  state.need = text ? { text, origin: q.get('origin') || '', limit: Math.min(20, Math.max(1, Number(q.get('limit')) || 5)) } : null;
}
