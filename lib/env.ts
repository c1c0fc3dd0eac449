import { z } from 'zod';
import { isDatabaseUrl } from '@/lib/db/provider';

const origin = z.url({ protocol: /^https?$/ }).transform((u) => new URL(u).origin);
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    z.array(item),
  );

// Parsed once; a bad value fails at start-up with a message naming the variable.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .refine(isDatabaseUrl, 'must be a SQLite file: URL (file:./data/duizhao.db) or a PostgreSQL URL (postgresql://user:password@host:5432/duizhao)')
    .default('file:./data/duizhao.db'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Origins besides the app's own address whose pages may write (a separate front end), comma-separated. */
  TRUSTED_ORIGINS: list(origin).default([]),
  /** Addresses or CIDR ranges of reverse proxies whose X-Forwarded-For names the client; none by default. */
  TRUSTED_PROXIES: list(z.string()).default([]),
  /**
   * TESTS AND BENCHES ONLY: note writes per account a minute instead of 30, so a load test can send
   * more than 30 from one account. Never set it in a deployment.
   */
  DUIZHAO_TEST_ONLY_NOTE_WRITES_PER_MINUTE: z.coerce.number().int().min(1).optional(),
});

function parseEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const env = parseEnv();

/** Origins trusted for writes besides each request's own: TRUSTED_ORIGINS and the public origin (BETTER_AUTH_URL). */
export function trustedOrigins(): string[] {
  const publicOrigin = origin.safeParse(process.env.BETTER_AUTH_URL || undefined);
  return [...env.TRUSTED_ORIGINS, ...(publicOrigin.success ? [publicOrigin.data] : [])];
}
