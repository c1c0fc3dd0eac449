// Creates an account, or changes an existing account's role, in DATABASE_URL's database.
// Usage: npm run user:create -- --email E --role editor|reader [--name N] [--password P]
// Without --password a random one is generated and printed once.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createAuth } from '@/lib/server/auth/config';
import { setRole } from '@/lib/db/roles';
import { nameSchema, signUpSchema, type CredentialIssue } from '@/lib/auth/credentials';
import { ROLES } from '@/lib/auth/role';
import { createPrismaClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { env } from '@/lib/env';

const USAGE = 'usage: npm run user:create -- --email E --role editor|reader [--name N] [--password P]';

// The shared schemas report codes (the web forms translate them); here they become English.
const ISSUE_TEXT: Record<CredentialIssue, string> = {
  nameLength: 'must be 1 to 60 characters, without control characters',
  emailInvalid: 'must be an email address',
  passwordTooShort: 'must be at least 10 characters',
  passwordTooLong: 'must be at most 128 characters',
  passwordRequired: 'is required',
};

const argsSchema = z.object({
  email: signUpSchema.shape.email,
  role: z.enum(ROLES, `must be one of: ${ROLES.join(', ')}`),
  name: nameSchema.optional(),
  password: signUpSchema.shape.password.optional(),
});

class UsageError extends Error {}

function readArgs(argv: string[]): z.infer<typeof argsSchema> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const text = issue.code === 'invalid_type' ? 'is required' : (ISSUE_TEXT[issue.message as CredentialIssue] ?? issue.message);
      return `--${issue.path.join('.')} ${text}`;
    });
    throw new UsageError(lines.join('\n'));
  }
  return parsed.data;
}

async function main(argv: string[]) {
  const args = readArgs(argv);
  const url = env.DATABASE_URL;
  await migrate(url);
  const prisma = createPrismaClient(url);
  try {
    const existing = await prisma.user.findUnique({ where: { email: args.email } });
    if (existing) {
      await setRole(prisma, { email: args.email }, args.role);
      console.log(`${args.email} already has an account: role set to ${args.role}.`);
      if (args.name || args.password) console.warn('--name and --password were ignored: the account keeps its name and password.');
      return;
    }
    const password = args.password ?? randomBytes(18).toString('base64url');
    // Through better-auth, so the password is hashed exactly as a sign-up through the site would.
    const { user } = await createAuth(prisma).api.signUpEmail({
      body: { name: args.name ?? args.email.split('@')[0]!, email: args.email, password },
    });
    await setRole(prisma, { email: user.email }, args.role);
    console.log(`Created ${args.email} (${args.role}) in ${url}.`);
    if (!args.password) console.log(`Generated password: ${password}`);
  } finally {
    await prisma.$disconnect();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`user:create: ${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`user:create: ${(error as Error)?.message ?? error}\n`);
    process.exitCode = 1;
  }
});
