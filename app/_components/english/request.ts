/** What an English API call answered: its body, or why it was refused (network: the server was not reached). */
export type Answer<T> = { ok: true; body: T } | { ok: false; status: number; message: string };

/** A JSON write to the API from the editor's pages (same origin, the session cookie signs it). */
export async function sendJson<T>(path: string, method: 'POST' | 'PATCH', body: unknown): Promise<Answer<T>> {
  let response: Response;
  try {
    response = await fetch(path, { method, credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, status: 0, message: '' };
  }
  const json = (await response.json().catch(() => null)) as (T & { error?: { message?: string } }) | null;
  if (response.ok && json) return { ok: true, body: json };
  return { ok: false, status: response.status, message: json?.error?.message ?? response.statusText };
}
