import { z } from 'zod';

// Parsed once; a bad value fails at start-up with a message naming the variable.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, 'must be a SQLite file: URL, e.g. file:./data/duizhao.db')
    .default('file:./data/duizhao.db'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
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
