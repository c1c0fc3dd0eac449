import path from 'node:path';
import { z } from 'zod';
import { sqliteFile } from '@/lib/db/provider';
import { loadOrCreateSecret } from './secret';

export type AuthSettings = {
  secret: string;
  /** The public origin (BETTER_AUTH_URL); when unset, better-auth takes it from each request. */
  baseURL?: string;
};

// An empty variable counts as unset, as in a .env file with `BETTER_AUTH_URL=`.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const authEnvSchema = z.object({
  BETTER_AUTH_SECRET: optional(z.string().min(32, 'must be at least 32 characters, e.g. the output of `openssl rand -base64 32`')),
  BETTER_AUTH_URL: optional(z.url({ protocol: /^https?$/, error: 'must be the site origin as an http(s) URL, e.g. https://duizhao.example' }).transform((u) => new URL(u).origin)),
});

/** The auth variables, validated; a bad value fails with a message naming the variable. */
export function parseAuthEnv(source: Record<string, string | undefined>) {
  const parsed = authEnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Where the generated secret lives when BETTER_AUTH_SECRET is unset: beside the SQLite file. */
export function secretFileFor(databaseUrl: string): string {
  return path.join(path.dirname(sqliteFile(databaseUrl)), 'auth-secret');
}

export function resolveAuthSettings(source: Record<string, string | undefined>, databaseUrl: string): AuthSettings {
  const { BETTER_AUTH_SECRET, BETTER_AUTH_URL } = parseAuthEnv(source);
  return { secret: BETTER_AUTH_SECRET ?? loadOrCreateSecret(secretFileFor(databaseUrl)), baseURL: BETTER_AUTH_URL };
}

/**
 * The site's public origin for links that leave the app (citations in an export): BETTER_AUTH_URL
 * when set, since behind a proxy the request's own origin can be an internal one; else the request's.
 */
export function publicOrigin(source: Record<string, string | undefined>, requestUrl: string): string {
  return parseAuthEnv(source).BETTER_AUTH_URL ?? new URL(requestUrl).origin;
}
