/*
 * SEI Graph change review: lists change requests (GraphQL changeRequests), shows a request's diff (before/after as
 * the server recorded them) and approves or rejects it with the reviewer's bearer token. Every value is shown as
 * text (textContent), never as HTML. The token stays in this tab (sessionStorage).
 */
(function () {
  'use strict';

  const FIELDS = 'id version status action target entity label name key value properties alias newAlias type from to ' +
    'reason source { kind ref citation } author proposedAt reviewer reviewedAt reviewNote before after applied ' +
    'inBundle needsReview reviewReason summary';
  const $ = (id) => document.getElementById(id);
  const token = $('token');
  let requests = [];
  let current = null;
  const selected = new Set();

  token.value = sessionStorage.getItem('seigraph.reviewToken') || '';
  token.addEventListener('change', () => sessionStorage.setItem('seigraph.reviewToken', token.value.trim()));

  async function graphql(query, variables) {
    const headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token.value.trim()) {
      headers.Authorization = 'Bearer ' + token.value.trim();
    }
    const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = await response.json();
    if (body.errors && body.errors.length) {
      const e = body.errors[0];
      const error = new Error(e.message);
      error.code = e.extensions && e.extensions.code;
      throw error;
    }
    return body.data;
  }

  function status(text, kind) {
    const s = $('status');
    s.textContent = text;
    s.className = kind || '';
  }

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    if (className) {
      e.className = className;
    }
    return e;
  }

  async function load() {
    const filter = $('filter').value;
    const args = filter === 'REVIEW' ? { needsReview: true } : filter ? { status: filter } : {};
    try {
      const data = await graphql('query($status: ChangeStatus, $needsReview: Boolean) { changeRequests(status: $status, ' +
        'needsReview: $needsReview, first: 200) { ' + FIELDS + ' } }', args);
      requests = data.changeRequests;
      selected.clear();
      render();
      if (current) {
        current = requests.find((r) => r.id === current.id) || null;
        show(current);
      }
    } catch (e) {
      status('读取失败 Could not load: ' + e.message, 'error');
    }
  }

  function render() {
    const list = $('list');
    list.replaceChildren();
    // how many times the list was drawn (lets a test wait for a fresh list)
    list.dataset.generation = String(Number(list.dataset.generation || 0) + 1);
    $('empty').hidden = requests.length > 0;
    for (const r of requests) {
      const li = el('li');
      li.dataset.id = r.id;
      const box = el('input');
      box.type = 'checkbox';
      box.disabled = r.status !== 'PROPOSED';
      box.setAttribute('aria-label', 'select ' + r.id);
      box.addEventListener('click', (event) => {
        event.stopPropagation();
        if (box.checked) {
          selected.add(r.id);
        } else {
          selected.delete(r.id);
        }
        $('approve-selected').disabled = selected.size === 0;
      });
      li.append(box, el('div', r.summary, 'summary'));
      const meta = el('div', null, 'meta');
      meta.append(el('span', r.status, 'badge ' + r.status));
      if (r.needsReview) {
        meta.append(el('span', '需复核 needs review', 'badge flag'));
      }
      if (r.inBundle) {
        meta.append(el('span', 'in bundle', 'badge'));
      }
      meta.append(document.createTextNode(r.author + ' · ' + r.proposedAt.replace('T', ' ').slice(0, 16) + ' · ' + r.reason));
      li.append(meta);
      if (current && current.id === r.id) {
        li.classList.add('active');
      }
      li.addEventListener('click', () => {
        current = r;
        show(r);
        for (const other of list.children) {
          other.classList.toggle('active', other.dataset.id === r.id);
        }
      });
      list.append(li);
    }
    $('approve-selected').disabled = true;
  }

  function text(value) {
    if (value === undefined || value === null) {
      return '—';
    }
    return typeof value === 'string' ? value : JSON.stringify(value);
  }

  /** Rows of the diff: each key of before/after (properties flattened one level). */
  function diffRows(before, after) {
    const flat = (o) => {
      const out = {};
      for (const [k, v] of Object.entries(o || {})) {
        if (v && typeof v === 'object' && !Array.isArray(v)) {
          for (const [k2, v2] of Object.entries(v)) {
            out[k + '.' + k2] = v2;
          }
        } else {
          out[k] = v;
        }
      }
      return out;
    };
    const b = flat(before);
    const a = flat(after);
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    return keys.map((k) => [k, b[k], a[k]]);
  }

  function show(r) {
    $('pick').hidden = !!r;
    $('change').hidden = !r;
    if (!r) {
      return;
    }
    const facts = $('facts');
    facts.replaceChildren();
    const add = (label, value) => {
      if (value !== undefined && value !== null && value !== '') {
        facts.append(el('dt', label), el('dd', text(value)));
      }
    };
    add('请求 Request', r.id + ' (v' + r.version + ')');
    add('变更 Change', r.summary);
    add('状态 Status', r.status + (r.applied ? ' · applied' : '') + (r.inBundle ? ' · in bundle' : ''));
    add('需复核 Review', r.needsReview ? r.reviewReason : null);
    add('提出 Proposed', r.author + ' · ' + r.proposedAt);
    add('理由 Reason', r.reason);
    add('来源 Source', r.source.kind + ': ' + (r.source.citation || ''));
    add('审核 Reviewed', r.reviewer ? r.reviewer + ' · ' + r.reviewedAt + (r.reviewNote ? ' · ' + r.reviewNote : '') : null);
    const diff = $('diff');
    diff.replaceChildren();
    for (const [key, before, after] of diffRows(r.before, r.after)) {
      const tr = el('tr');
      const same = JSON.stringify(before) === JSON.stringify(after);
      tr.append(el('th', key), el('td', text(before), same ? 'same' : 'before'), el('td', text(after), same ? 'same' : 'after'));
      diff.append(tr);
    }
    const decidable = r.status === 'PROPOSED';
    $('approve').disabled = !decidable;
    $('reject').disabled = !(decidable || (r.status === 'APPROVED' && r.needsReview && !r.applied));
  }

  async function decide(mutation, variables, done) {
    status('…');
    try {
      await graphql(mutation, variables);
      status(done, 'ok');
      $('note').value = '';
    } catch (e) {
      const why = e.code === 'CONFLICT' ? '冲突 CONFLICT — the request or the graph moved on; reloaded. '
        : e.code === 'UNAUTHORIZED' || e.code === 'FORBIDDEN' ? '无权限 ' + e.code + ' — check the reviewer token. ' : '';
      status(why + e.message, 'error');
    }
    await load();
  }

  $('approve').addEventListener('click', () => current && decide(
    'mutation($id: ID!, $v: Int!, $note: String) { approveChange(id: $id, version: $v, note: $note) { id } }',
    { id: current.id, v: current.version, note: $('note').value.trim() || null }, '已批准并生效 Approved and applied.'));

  $('reject').addEventListener('click', () => {
    if (!current) {
      return;
    }
    const note = $('note').value.trim();
    if (!note) {
      status('驳回需要意见 A rejection needs a note.', 'error');
      return;
    }
    decide('mutation($id: ID!, $v: Int!, $note: String!) { rejectChange(id: $id, version: $v, note: $note) { id } }',
      { id: current.id, v: current.version, note }, '已驳回 Rejected.');
  });

  $('approve-selected').addEventListener('click', () => {
    const changes = requests.filter((r) => selected.has(r.id)).map((r) => ({ id: r.id, version: r.version }));
    decide('mutation($changes: [ChangeRef!]!) { approveChanges(changes: $changes) { id } }', { changes },
      '已批准 ' + changes.length + ' 项 Approved ' + changes.length + '.');
  });

  $('filter').addEventListener('change', load);
  $('refresh').addEventListener('click', load);
  load();
}());
