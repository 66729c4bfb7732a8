/* GraphQL and REST calls; each one counts as loading while it runs. */
import { track } from './app.js';

export async function gql(query, variables) {
  return track((async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ query, variables: variables || {} })
    });
    const body = await response.json();
    if (body.errors && body.errors.length) {
      throw new Error(body.errors.map(e => e.message).join('; '));
    }
    return body.data;
  })());
}

export async function getJson(url) {
  return track((async () => {
    const response = await fetch(url, { headers: { 'Accept': 'application/json' } });
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    return response.json();
  })());
}

/** POST /api/export: the given nodes (hops 0) with their positions, as a file of that format. */
export async function exportView(format, ids, positions) {
  return track((async () => {
    const response = await fetch('/api/export', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ format, ids, hops: 0, limit: Math.max(ids.length, 1), positions })
    });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new Error((body.error && body.error.message) || ('export: HTTP ' + response.status));
    }
    return response.blob();
  })());
}
