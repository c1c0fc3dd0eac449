import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { userTag } from '@/lib/cache/tags';
import { providerOfClient, type PrismaClient } from '@/lib/db/client';
import { bumpTags } from '@/lib/db/view-versions';
import { providerOf } from '@/lib/db/provider';
import { env, trustedOrigins } from '@/lib/env';
import { requestOrigin } from '@/lib/http/origin';
import { nameSchema, PASSWORD_LENGTH } from '@/lib/auth/credentials';
import { parseAuthEnv, resolveAuthSettings, type AuthSettings } from '@/lib/auth/env';
import { SESSION_LIFETIME } from '@/lib/auth/session';
import { signInThrottle } from './throttle';

/** Sign-up attempts per client address a minute. */
export const CREDENTIALS_LIMIT = { window: 60, max: 5 } as const;
/** Sign-in has a backoff of its own (lib/auth/throttle.ts); this only stops a flood from one address. */
export const SIGN_IN_FLOOD = { window: 60, max: 60 } as const;

const SIGN_IN = '/sign-in/email';
// The front (lib/front) sets X-Forwarded-For to the one client address it trusts.
const clientAddress = (headers: Headers | undefined) => headers?.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

// The display name rule holds on every path that sets a name, not only in our forms.
function checkDisplayName(ctx: HookContext) {
  if (ctx.path !== '/sign-up/email' && ctx.path !== '/update-user') return;
  if (ctx.path === '/update-user' && ctx.body?.name === undefined) return;
  const name = nameSchema.safeParse(ctx.body?.name);
  if (!name.success) throw APIError.fromStatus('BAD_REQUEST', { message: 'The display name must be 1 to 60 characters.' });
  return { context: { ...ctx, body: { ...ctx.body, name: name.data } } };
}

/**
 * The auth settings from the environment. With SQLite an unset BETTER_AUTH_SECRET is generated
 * once beside the database file; with PostgreSQL it must be set, the same on every instance, or a
 * session made on one would be refused by the others.
 */
export function authSettings(source: Record<string, string | undefined> = process.env, databaseUrl = env.DATABASE_URL): AuthSettings {
  if (providerOf(databaseUrl) === 'postgresql' && !parseAuthEnv(source).BETTER_AUTH_SECRET)
    throw new Error('BETTER_AUTH_SECRET must be set with PostgreSQL (the same on every instance: it signs the session cookies), e.g. to the output of `openssl rand -base64 32`');
  return resolveAuthSettings(source, databaseUrl);
}

/**
 * The better-auth instance over a Prisma client. Sessions live in the database (revoked the moment
 * their row goes); rate limits too, so every server process counts the same attempts.
 */
export function createAuth(prisma: PrismaClient, settings: AuthSettings = authSettings()) {
  const throttle = signInThrottle(prisma);
  // A sign-in waits out the backoff before its password is even checked, so guessing gains nothing during the wait.
  async function beforeSignIn(ctx: HookContext) {
    if (ctx.path !== SIGN_IN || typeof ctx.body?.email !== 'string') return;
    const wait = await throttle.wait(ctx.body.email, clientAddress(ctx.headers));
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      ctx.setHeader('Retry-After', String(seconds));
      throw new APIError('TOO_MANY_REQUESTS', { message: `Too many failed attempts: wait ${seconds} s, then try again.` }, { 'Retry-After': String(seconds) });
    }
  }
  const afterAuth = createAuthMiddleware(async (ctx) => {
    // A new display name: what was kept for the account's sessions (their /api/v1/me) is out of date.
    if (ctx.path === '/update-user' && !(ctx.context.returned instanceof APIError)) {
      const updated = (ctx.context.session ?? (await getSessionFromCtx(ctx).catch(() => null)))?.user.id;
      if (updated) await prisma.$transaction((tx) => bumpTags(tx, [userTag(updated)]));
    }
    if (ctx.path !== SIGN_IN || typeof ctx.body?.email !== 'string') return;
    const returned = ctx.context.returned;
    if (returned instanceof APIError) {
      if (returned.statusCode === 401) await throttle.failed(ctx.body.email, clientAddress(ctx.headers));
    } else await throttle.succeeded(ctx.body.email);
  });
  return betterAuth({
    secret: settings.secret,
    baseURL: settings.baseURL,
    // A request's own origin (its scheme and Host: localhost, 127.0.0.1, a LAN address, the public
    // name) and the configured ones. Another site, or another port of this host, is refused.
    trustedOrigins: (request) => [...(request ? [requestOrigin(request)] : []), ...trustedOrigins()],
    database: prismaAdapter(prisma, { provider: providerOfClient(prisma) }),
    session: { ...SESSION_LIFETIME },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: false,
      // Signing up never signs in: an address that has an account and one that has none get the
      // same answer, in about the same time (the password is hashed either way), so sign-up tells
      // no one who has an account. The sign-up form then sends the reader to sign in.
      autoSignIn: false,
      minPasswordLength: PASSWORD_LENGTH.min,
      maxPasswordLength: PASSWORD_LENGTH.max,
    },
    user: {
      // input: false: sign-up and update-user cannot choose a role; only the user:create script sets it.
      additionalFields: { role: { type: 'string', required: false, defaultValue: 'reader', input: false } },
      // A reader may delete their account, confirming with their password (lib/server/auth/account.ts).
      deleteUser: { enabled: true },
    },
    rateLimit: {
      enabled: true, // better-auth turns it off outside production by default
      storage: 'database',
      window: 60,
      max: 100,
      // Replacing better-auth's default for sign-in (3 in 10 s per address, a wall for an office).
      customRules: { '/sign-up/email': CREDENTIALS_LIMIT, '/sign-in/email': SIGN_IN_FLOOD },
    },
    advanced: {
      useSecureCookies: settings.baseURL?.startsWith('https://') ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        await beforeSignIn(ctx);
        return checkDisplayName(ctx);
      }),
      after: afterAuth,
    },
    plugins: [nextCookies()], // last, so it sees every cookie the others set
  });
}

export type Auth = ReturnType<typeof createAuth>;
