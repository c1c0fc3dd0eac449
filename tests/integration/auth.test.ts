import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Auth } from '@/lib/server/auth/config';
import { getSessionCookie } from 'better-auth/cookies';
import { authRequest } from '@/lib/auth/form-bridge';
import { SESSION_COOKIE } from '@/lib/front/sessions';
import type { PrismaClient } from '@/lib/db/client';
import { tempDatabase } from '../support/temp-db';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE = 'http://localhost:3000';
const PASSWORD = 'a long enough passphrase';

let db: Awaited<ReturnType<typeof tempDatabase>>;
let prisma: PrismaClient;
let auth: Auth;
let getViewer: typeof import('@/lib/server/auth/viewer').getViewer;

beforeAll(async () => {
  db = await tempDatabase();
  vi.stubEnv('DATABASE_URL', db.url);
  vi.stubEnv('BETTER_AUTH_SECRET', db.authSecret); // SQLite: generated beside the temp database
  vi.stubEnv('BETTER_AUTH_URL', '');
  const [{ createAuth }, { createPrismaClient }] = await Promise.all([import('@/lib/server/auth/config'), import('@/lib/db/client')]);
  prisma = createPrismaClient(db.url);
  auth = createAuth(prisma);
  // The app's own instance (lib/auth/index.ts) over the same file: it must accept this instance's cookies.
  ({ getViewer } = await import('@/lib/server/auth/viewer'));
});
afterAll(async () => {
  const { disconnect } = await import('@/lib/server/db');
  await Promise.all([prisma.$disconnect(), disconnect()]);
  vi.unstubAllEnvs();
  await db.cleanup();
});

// Each test signs in from its own address, so the per-IP limits of one test leave the others alone.
let lastOctet = 0;
const nextIp = () => `198.51.${100 + Math.floor(++lastOctet / 250)}.${(lastOctet % 250) + 1}`;
let userCount = 0;
const nextEmail = () => `reader${++userCount}@example.org`;

function post(
  endpoint: string,
  body: unknown,
  { ip = nextIp(), cookie, instance = auth, site = SITE, origin = site } = {} as { ip?: string; cookie?: string; instance?: Auth; site?: string; origin?: string },
) {
  const headers = new Headers({ 'content-type': 'application/json', origin, 'x-forwarded-for': ip });
  if (cookie) headers.set('cookie', cookie);
  return instance.handler(new Request(`${site}/api/auth${endpoint}`, { method: 'POST', headers, body: JSON.stringify(body) }));
}

/** The Cookie header a browser would send back after this response. */
const cookieFrom = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

const sessionCookie = (response: Response) => response.headers.getSetCookie().find((c) => /session_token=/.test(c)) ?? '';

/** A new account; `session` is the sign-in that follows (sign-up itself signs no one in). */
async function signUp(body: Record<string, unknown> = {}) {
  const email = nextEmail();
  const response = await post('/sign-up/email', { name: 'Lin Wei', email, password: PASSWORD, ...body });
  const json = await response.clone().json();
  const session = response.ok ? await post('/sign-in/email', { email, password: body.password ?? PASSWORD }) : response;
  return { email, response, json: { user: { ...json.user, id: (await prisma.user.findUnique({ where: { email } }))?.id ?? json.user?.id } }, session };
}

describe('sign-up and sign-in', () => {
  test('a new account can sign in with its password', async () => {
    const { email, response } = await signUp();
    expect(response.status).toBe(200);
    const signIn = await post('/sign-in/email', { email, password: PASSWORD });
    expect(signIn.status).toBe(200);
    expect(sessionCookie(signIn)).not.toBe('');
    expect((await signIn.json()).user).toMatchObject({ email, name: 'Lin Wei', role: 'reader' });
  });

  test('the password is stored hashed (scrypt salt:key), never as given', async () => {
    const { json } = await signUp();
    const account = await prisma.account.findFirstOrThrow({ where: { userId: json.user.id, providerId: 'credential' } });
    expect(account.password).not.toContain(PASSWORD);
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
  });

  test('a wrong password is refused and sets no session', async () => {
    const { email } = await signUp();
    const response = await post('/sign-in/email', { email, password: 'not the passphrase' });
    expect(response.status).toBe(401);
    expect(sessionCookie(response)).toBe('');
  });

  test('an unknown email is refused with the same answer', async () => {
    const response = await post('/sign-in/email', { email: 'nobody@example.org', password: PASSWORD });
    expect(response.status).toBe(401);
    expect((await response.json()).code).toBe('INVALID_EMAIL_OR_PASSWORD');
  });

  test.each([
    ['a 9-character password', { password: '123456789' }],
    ['a 129-character password', { password: 'p'.repeat(129) }],
    ['an empty display name', { name: '  ' }],
    ['a 61-character display name', { name: 'n'.repeat(61) }],
  ])('%s is refused by the API itself', async (_label, body) => {
    const { email, response } = await signUp(body);
    expect(response.status).toBe(400);
    await expect(prisma.user.count({ where: { email } })).resolves.toBe(0);
  });

  test('the display name is stored trimmed', async () => {
    const { json } = await signUp({ name: '  林偉  ' });
    await expect(prisma.user.findUniqueOrThrow({ where: { id: json.user.id } })).resolves.toMatchObject({ name: '林偉' });
  });
});

describe('what is kept for a session', () => {
  test("a new display name bumps the account's tag, so the front's copy of its /api/v1/me is out of date", async () => {
    const { session, json } = await signUp();
    const version = async () => (await prisma.viewVersion.findUnique({ where: { tag: `user:${json.user.id}` } }))?.version ?? 0;
    const before = await version();
    expect((await post('/update-user', { name: 'Lin Wei, renamed' }, { cookie: cookieFrom(session) })).status).toBe(200);
    expect(await version()).toBe(before + 1);
    expect((await post('/update-user', { name: '' }, { cookie: cookieFrom(session) })).status).toBe(400);
    expect(await version()).toBe(before + 1);
  });

  test("setRole changes the role and bumps the account's tag in one transaction", async () => {
    const { setRole } = await import('@/lib/db/roles');
    const { email, json } = await signUp();
    expect(await setRole(prisma, { email }, 'editor')).toBe(1);
    await expect(prisma.user.findUniqueOrThrow({ where: { id: json.user.id } })).resolves.toMatchObject({ role: 'editor' });
    expect((await prisma.viewVersion.findUnique({ where: { tag: `user:${json.user.id}` } }))?.version).toBeGreaterThan(0);
  });
});

describe('roles', () => {
  test('a sign-up asking for role=editor becomes a reader', async () => {
    const { response, json } = await signUp({ role: 'editor' });
    expect(response.status).toBe(200);
    await expect(prisma.user.findUniqueOrThrow({ where: { id: json.user.id } })).resolves.toMatchObject({ role: 'reader' });
  });

  test('a signed-in reader cannot make themselves editor', async () => {
    const { session, json } = await signUp();
    const update = await post('/update-user', { role: 'editor' }, { cookie: cookieFrom(session) });
    expect(update.status).toBe(400);
    await expect(prisma.user.findUniqueOrThrow({ where: { id: json.user.id } })).resolves.toMatchObject({ role: 'reader' });
  });
});

describe('getViewer', () => {
  test('reads the user from the session cookie, role included', async () => {
    const { email, session, json } = await signUp();
    const headers = new Headers({ cookie: cookieFrom(session) });
    await expect(getViewer(headers)).resolves.toEqual({ id: json.user.id, name: 'Lin Wei', email, role: 'reader', via: 'session', until: expect.any(Number) });
    await prisma.user.update({ where: { id: json.user.id }, data: { role: 'editor' } });
    await expect(getViewer(headers)).resolves.toMatchObject({ role: 'editor' });
    await prisma.user.update({ where: { id: json.user.id }, data: { role: 'superuser' } });
    await expect(getViewer(headers)).resolves.toMatchObject({ role: 'reader' });
  });

  test("the session cookie's name, plain or __Secure-, is the one getViewer's no-cookie shortcut and the front look for", async () => {
    const { session } = await signUp();
    const name = sessionCookie(session).split('=')[0];
    expect(name).toBe((await auth.$context).authCookies.sessionToken.name);
    for (const cookie of [name, `__Secure-${name}`]) {
      expect(getSessionCookie(new Headers({ cookie: `theme=dark; ${cookie}=tok.sig` }))).toBeTruthy();
      expect(SESSION_COOKIE.exec(`theme=dark; ${cookie}=tok.sig`)?.[1]).toBe(cookie);
    }
  });

  test('is null without a cookie, with a forged one, and after sign-out', async () => {
    const { session } = await signUp();
    const cookie = cookieFrom(session);
    await expect(getViewer(new Headers())).resolves.toBeNull();
    const forged = cookie.replace(/session_token=([^.;]+)\.[^;]+/, 'session_token=$1.Zm9yZ2Vk');
    expect(forged).not.toBe(cookie);
    await expect(getViewer(new Headers({ cookie: forged }))).resolves.toBeNull();
    const signOut = await post('/sign-out', {}, { cookie });
    expect(signOut.status).toBe(200);
    await expect(getViewer(new Headers({ cookie }))).resolves.toBeNull();
  });
});

describe('rate limiting', () => {
  // Moves an account's or address's failures back in time, as if the wait had passed.
  const age = (key: string, ms: number) => prisma.$executeRaw`UPDATE "SignInThrottle" SET "lastFailure" = "lastFailure" - ${ms} WHERE "key" = ${key}`;

  test('guesses from ever-changing addresses still meet the account’s backoff', async () => {
    const { email } = await signUp();
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await post('/sign-in/email', { email, password: `guess ${i}` })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((s) => s === 429 || s === 401)).toBe(true);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    await expect(prisma.signInThrottle.findUniqueOrThrow({ where: { key: `account:${email}` } })).resolves.toMatchObject({ failures: expect.any(Number) });
  });

  test('the backoff is a delay, not a wall: the right password after the wait signs in, and starts the account afresh', async () => {
    const { email } = await signUp();
    const ip = nextIp();
    for (let i = 0; i < 6; i++) await post('/sign-in/email', { email, password: `guess ${i}` }, { ip });
    const waiting = await post('/sign-in/email', { email, password: PASSWORD }, { ip });
    expect(waiting.status).toBe(429);
    const retry = Number(waiting.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    await age(`account:${email}`, 61_000);
    expect((await post('/sign-in/email', { email, password: PASSWORD }, { ip })).status).toBe(200);
    await expect(prisma.signInThrottle.findUnique({ where: { key: `account:${email}` } })).resolves.toBeNull();
  });

  test('an address where someone guesses slows its other readers a little and locks none out', async () => {
    const office = nextIp();
    const { email: victim } = await signUp();
    for (let i = 0; i < 25; i++) await post('/sign-in/email', { email: `stranger${i}@example.org`, password: 'guess' }, { ip: office });
    const colleague = await signUp();
    const first = await post('/sign-in/email', { email: colleague.email, password: PASSWORD }, { ip: office });
    expect(first.status).toBe(429);
    expect(Number(first.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    await age(`address:${office}`, 61_000);
    expect((await post('/sign-in/email', { email: colleague.email, password: PASSWORD }, { ip: office })).status).toBe(200);
    // Another address never waited at all.
    expect((await post('/sign-in/email', { email: victim, password: PASSWORD })).status).toBe(200);
  });

  test('sign-up tells no one whether an email has an account: the same answer, and no session either way', async () => {
    const { email } = await signUp();
    const again = await post('/sign-up/email', { name: 'Someone Else', email, password: 'another long passphrase' });
    const fresh = await post('/sign-up/email', { name: 'Someone Else', email: nextEmail(), password: 'another long passphrase' });
    expect(again.status).toBe(fresh.status);
    expect(again.status).toBe(200);
    const shape = (body: { token: unknown; user: Record<string, unknown> }) => ({ token: body.token, keys: Object.keys(body.user).sort() });
    expect(shape(await again.json())).toEqual(shape(await fresh.json()));
    expect(sessionCookie(again)).toBe('');
    expect(sessionCookie(fresh)).toBe('');
    // The existing account is untouched: its own password still signs in, the other does not.
    expect((await post('/sign-in/email', { email, password: PASSWORD })).status).toBe(200);
    expect((await post('/sign-in/email', { email, password: 'another long passphrase' })).status).toBe(401);
  });

  test('form posts (through the form bridge) meet the same limit', async () => {
    const browser = new Headers({ origin: SITE, host: 'localhost:3000', 'x-forwarded-for': nextIp(), 'sec-fetch-site': 'same-origin' });
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const request = authRequest('/sign-up/email', { name: 'Form', email: nextEmail(), password: PASSWORD }, browser);
      statuses.push((await auth.handler(request)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe('the session cookie', () => {
  test('is HttpOnly and SameSite=Lax, and not Secure over http', async () => {
    const { session } = await signUp();
    const cookie = sessionCookie(session);
    expect(cookie).toMatch(/^better-auth\.session_token=/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).not.toMatch(/; Secure/i);
  });

  test('is Secure (and __Secure- prefixed) when BETTER_AUTH_URL is https', async () => {
    const { createAuth } = await import('@/lib/server/auth/config');
    const site = 'https://duizhao.example';
    const secure = createAuth(prisma, { secret: 'x'.repeat(16) + 'Kq7-Zp2_Wm9Ln4Rt', baseURL: site });
    const email = nextEmail();
    expect((await post('/sign-up/email', { name: 'S', email, password: PASSWORD }, { instance: secure, site })).status).toBe(200);
    const response = await post('/sign-in/email', { email, password: PASSWORD }, { instance: secure, site });
    expect(response.status).toBe(200);
    expect(sessionCookie(response)).toMatch(/^__Secure-better-auth\.session_token=.*; Secure/i);
  });
});

describe('npm run user:create', () => {
  const run = (...args: string[]) =>
    promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/user-create.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: db.url, BETTER_AUTH_SECRET: db.authSecret, BETTER_AUTH_URL: '' },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  test('creates an editor whose printed password signs in', async () => {
    const { code, stdout } = await run('--email', 'Editor@Example.org', '--role', 'editor', '--name', 'The Editor');
    expect(code).toBe(0);
    const password = stdout.match(/Generated password: (\S+)/)?.[1];
    expect(password).toBeDefined();
    const signIn = await post('/sign-in/email', { email: 'editor@example.org', password });
    expect(signIn.status).toBe(200);
    await expect(getViewer(new Headers({ cookie: cookieFrom(signIn) }))).resolves.toMatchObject({ name: 'The Editor', role: 'editor' });
  });

  test('on an existing account changes only the role', async () => {
    const { email, json } = await signUp();
    const { code, stderr } = await run('--email', email, '--role', 'editor', '--password', 'another passphrase');
    expect(code).toBe(0);
    expect(stderr).toMatch(/ignored/);
    await expect(prisma.user.findUniqueOrThrow({ where: { id: json.user.id } })).resolves.toMatchObject({ role: 'editor', name: 'Lin Wei' });
    expect((await post('/sign-in/email', { email, password: PASSWORD })).status).toBe(200);
  });

  test.each([
    ['a bad email and role', ['--email', 'nope', '--role', 'admin'], /--email must be an email address[\s\S]*--role must be one of/],
    ['a short password', ['--email', 'short@example.org', '--role', 'editor', '--password', 'short'], /--password must be at least 10/],
    ['an unknown option', ['--email', 'x@example.org', '--role', 'editor', '--admin'], /Unknown option '--admin'/],
  ])('refuses %s with a message and a non-zero exit', async (_label, args, message) => {
    const { code, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/usage: npm run user:create/);
  });
});

describe('accounts at any address the app is opened at', () => {
  test.each(['http://127.0.0.1:3000', 'http://192.168.1.20:3000', 'http://duizhao.lan:8080', SITE])('sign-up and sign-in answer at %s', async (site) => {
    const email = nextEmail();
    const up = await post('/sign-up/email', { name: 'Anywhere', email, password: PASSWORD }, { site });
    expect(up.status).toBe(200);
    expect((await post('/sign-in/email', { email, password: PASSWORD }, { site })).status).toBe(200);
  });

  // Through the app's route (app/api/auth/[...all]), which refuses a browser's cross-origin post even before any cookie exists.
  test.each([
    ['another site', 'http://evil.example'],
    ['another port of the same host (same site, not same origin)', 'http://127.0.0.1:3001'],
    ['an opaque origin', 'null'],
  ])('a sign-in posted from %s is refused, with or without a session cookie', async (_, origin) => {
    const { POST } = await import('@/app/api/auth/[...all]/route');
    const email = nextEmail();
    const up = await post('/sign-up/email', { name: 'Target', email, password: PASSWORD }, { site: 'http://127.0.0.1:3000' });
    for (const cookie of [undefined, cookieFrom(up)]) {
      const headers = new Headers({ 'content-type': 'application/json', origin, 'x-forwarded-for': nextIp(), ...(cookie && { cookie }) });
      const request = new Request('http://127.0.0.1:3000/api/auth/sign-in/email', { method: 'POST', headers, body: JSON.stringify({ email, password: PASSWORD }) });
      expect((await POST(request)).status).toBe(403);
    }
  });

  test('the app instance accepts a sign-in from its own address, and a script that sends no Origin', async () => {
    const { POST } = await import('@/app/api/auth/[...all]/route');
    const email = nextEmail();
    await post('/sign-up/email', { name: 'Script', email, password: PASSWORD }, { site: 'http://127.0.0.1:3000' });
    const send = (headers: Record<string, string>) =>
      POST(
        new Request('http://127.0.0.1:3000/api/auth/sign-in/email', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': nextIp(), ...headers },
          body: JSON.stringify({ email, password: PASSWORD }),
        }),
      );
    expect((await send({ origin: 'http://127.0.0.1:3000' })).status).toBe(200);
    expect((await send({})).status).toBe(200);
  });
});
