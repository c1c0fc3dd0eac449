// The import API as the pages call it: same-origin requests with the session cookie; every answer
// is the JSON body or its refusal ({ status, code, reason, message }), never a thrown error.
import type { Published } from '@/lib/server/imports/publish';
import type { DraftView } from '@/lib/server/imports/view';

export type Refusal = { status: number; code: string; reason?: string; message: string };
export type Answer<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

async function call<T>(url: string, init: RequestInit): Promise<Answer<T>> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', ...init });
  } catch (error) {
    return { ok: false, refusal: { status: 0, code: 'network', message: (error as Error).message } };
  }
  if (response.status === 204) return { ok: true, value: undefined as T };
  const body = (await response.json().catch(() => null)) as (T & { error?: Omit<Refusal, 'status'> }) | null;
  if (response.ok && body) return { ok: true, value: body };
  return {
    ok: false,
    refusal: { status: response.status, code: body?.error?.code ?? 'internal_error', reason: body?.error?.reason, message: body?.error?.message ?? `${response.status}` },
  };
}

const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const draftUrl = (id: string) => `/api/v1/imports/${encodeURIComponent(id)}`;

/** Sends a file's bytes (or pasted text) as they are: the importer reads the encoding itself. */
export function createImport(body: Blob | string, query: { fileName?: string; sourceUrl?: string }) {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const type = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/octet-stream';
  return call<{ import: DraftView }>(`/api/v1/imports?${params}`, { method: 'POST', headers: { 'content-type': type }, body });
}

export const saveImport = (id: string, patch: unknown) => call<{ import: DraftView }>(draftUrl(id), json('PATCH', patch));
export const publishImport = (id: string, version: number) => call<Published>(`${draftUrl(id)}/publish`, json('POST', { version }));
export const discardImport = (id: string) => call<void>(draftUrl(id), { method: 'DELETE' });
export const getImport = (id: string) => call<{ import: DraftView }>(draftUrl(id), { method: 'GET', cache: 'no-store' });
