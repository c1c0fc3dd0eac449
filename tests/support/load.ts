import { request } from 'node:http';
import type { Auth } from '@/lib/server/auth/config';

const PASSWORD = 'a long enough passphrase';
/** A private note on one term, its body the write's marker, as the reader's page sends it. */
const noteBody = (marker: string) => JSON.stringify({ term: '專精特新', body: marker, visibility: 'private' });

/** Accounts signed up through better-auth (as the sign-up page does), each with its session cookie. */
export async function accounts(auth: Auth, count: number, prefix: string, { parallel = 4 } = {}) {
  const made: { email: string; cookie: string }[] = [];
  const cookieOf = (response: Response) =>
    response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  for (let i = 0; i < count; i += parallel)
    made.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(parallel, count - i) }, async (_, j) => {
          const email = `${prefix}-${i + j}@example.org`;
          await auth.api.signUpEmail({ body: { email, password: PASSWORD, name: `Load ${i + j}` } });
          const response = await auth.api.signInEmail({ body: { email, password: PASSWORD }, asResponse: true });
          if (response.status !== 200) throw new Error(`sign-in of ${email}: ${response.status}`);
          return { email, cookie: cookieOf(response) };
        }),
      )),
    );
  return made;
}

export type Write = { marker: string; account: number; target: string; status: number | 'error'; ms: number };

/**
 * Note writes over HTTP, as the reader's page sends them: `total` writes, each with a unique
 * marker in its body, round-robin over the accounts and the targets (app instances), at most
 * `concurrency` in flight; `targets()` is asked for each write, so a test can swap an instance.
 * A failed connection is an 'error'; see acknowledged and unacknowledged below.
 */
export async function noteWrites(options: {
  targets: () => string[];
  cookies: string[];
  total: number;
  concurrency: number;
  prefix: string;
  onWrite?: (write: Write, done: number) => void;
}): Promise<Write[]> {
  const { cookies, total, concurrency, prefix } = options;
  const writes: Write[] = [];
  let next = 0;
  async function worker() {
    for (let i = next++; i < total; i = next++) {
      const targets = options.targets();
      const target = targets[i % targets.length];
      const account = i % cookies.length;
      const marker = `${prefix}-${i}`;
      const started = performance.now();
      let status: Write['status'];
      try {
        const response = await fetch(`${target}/api/v1/notes`, {
          method: 'POST',
          headers: { cookie: cookies[account], origin: target, 'content-type': 'application/json' },
          body: noteBody(marker),
        });
        await response.arrayBuffer();
        status = response.status;
      } catch {
        status = 'error';
      }
      const write = { marker, account, target, status, ms: performance.now() - started };
      writes.push(write);
      options.onWrite?.(write, writes.length);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return writes;
}

/** Acknowledged: answered 2xx. The writer may count on it being stored. */
export const acknowledged = (w: Write) => typeof w.status === 'number' && w.status >= 200 && w.status < 300;
/** Not acknowledged: the connection failed, or a front answered 5xx because the app behind it died. Stored once or not at all. */
export const unacknowledged = (w: Write) => w.status === 'error' || w.status >= 500;

/**
 * A note write that is in flight until `release` is called: its headers and all but the last byte
 * of its body are sent (and flushed) before this resolves, so the server holds it unanswered. A
 * test that kills the server first knows a write was in flight on it, whatever the load's timing.
 */
export async function heldWrite(target: string, cookie: string, marker: string) {
  const body = Buffer.from(noteBody(marker));
  const started = performance.now();
  const req = request(`${target}/api/v1/notes`, {
    method: 'POST',
    headers: { cookie, origin: target, 'content-type': 'application/json', 'content-length': body.length },
  });
  const answer = new Promise<Write>((resolve) => {
    const done = (status: Write['status']) => resolve({ marker, account: -1, target, status, ms: performance.now() - started });
    req.on('response', (response) => {
      response.resume();
      response.on('end', () => done(response.statusCode ?? 'error'));
      response.on('error', () => done('error'));
    });
    req.on('error', () => done('error'));
  });
  await new Promise<void>((resolve, reject) => req.write(body.subarray(0, -1), (error) => (error ? reject(error) : resolve())));
  return { release: () => req.end(body.subarray(-1)), answer };
}
