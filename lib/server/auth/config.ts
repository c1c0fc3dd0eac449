import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { providerOfClient, type PrismaClient } from '@/lib/db/client';
import { providerOf } from '@/lib/db/provider';
import { env, trustedOrigins } from '@/lib/env';
import { requestOrigin } from '@/lib/http/origin';
import { nameSchema, PASSWORD_LENGTH } from '@/lib/auth/credentials';
import { parseAuthEnv, resolveAuthSettings, type AuthSettings } from '@/lib/auth/env';

/** Sign-in and sign-up attempts per client IP address: enough for typos, too few for guessing. */
export const CREDENTIALS_LIMIT = { window: 60, max: 5 } as const;

// The display name rule holds on every path that sets a name, not only in our forms.
const checkDisplayName = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== '/sign-up/email' && ctx.path !== '/update-user') return;
  if (ctx.path === '/update-user' && ctx.body?.name === undefined) return;
  const name = nameSchema.safeParse(ctx.body?.name);
  if (!name.success) throw APIError.fromStatus('BAD_REQUEST', { message: 'The display name must be 1 to 60 characters.' });
  return { context: { ...ctx, body: { ...ctx.body, name: name.data } } };
});

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
  return betterAuth({
    secret: settings.secret,
    baseURL: settings.baseURL,
    // A request's own origin (its scheme and Host: localhost, 127.0.0.1, a LAN address, the public
    // name) and the configured ones. Another site, or another port of this host, is refused.
    trustedOrigins: (request) => [...(request ? [requestOrigin(request)] : []), ...trustedOrigins()],
    database: prismaAdapter(prisma, { provider: providerOfClient(prisma) }),
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: false,
      minPasswordLength: PASSWORD_LENGTH.min,
      maxPasswordLength: PASSWORD_LENGTH.max,
    },
    user: {
      // input: false: sign-up and update-user cannot choose a role; only the user:create script sets it.
      additionalFields: { role: { type: 'string', required: false, defaultValue: 'reader', input: false } },
    },
    rateLimit: {
      enabled: true, // better-auth turns it off outside production by default
      storage: 'database',
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': CREDENTIALS_LIMIT, '/sign-up/email': CREDENTIALS_LIMIT },
    },
    advanced: {
      useSecureCookies: settings.baseURL?.startsWith('https://') ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    hooks: { before: checkDisplayName },
    plugins: [nextCookies()], // last, so it sees every cookie the others set
  });
}

export type Auth = ReturnType<typeof createAuth>;
