// api.js: the one way the UI talks to the server.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

// api fetches a JSON endpoint; params with empty values are left out.
export async function api(path, params = {}) {
  const u = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '' && v !== false) u.searchParams.set(k, v);
  }
  let r;
  try {
    r = await fetch(u, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError('the server did not answer (' + e.message + ')', 0);
  }
  let body;
  try {
    body = await r.json();
  } catch {
    body = { error: r.statusText };
  }
  if (!r.ok) throw new ApiError(body.error || r.statusText, r.status);
  return body;
}
