import { z } from 'zod';
import { unicodeString } from '@/lib/core/zod-text';

export const PASSWORD_LENGTH = { min: 10, max: 128 } as const;
export const NAME_LENGTH = { min: 1, max: 60 } as const;

// Each issue's message is a code the form turns into a translated sentence.
export type CredentialIssue = 'nameLength' | 'emailInvalid' | 'passwordTooShort' | 'passwordTooLong' | 'passwordRequired';

/** A display name: trimmed, 1–60 characters, no control characters (it is shown beside notes). */
export const nameSchema = unicodeString()
  .trim()
  .min(NAME_LENGTH.min, 'nameLength')
  .max(NAME_LENGTH.max, 'nameLength')
  .regex(/^[^\p{Cc}]*$/u, 'nameLength');

const emailSchema = z.string().trim().toLowerCase().pipe(z.email('emailInvalid'));

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: z.string().min(PASSWORD_LENGTH.min, 'passwordTooShort').max(PASSWORD_LENGTH.max, 'passwordTooLong'),
});

// Sign-in checks only presence and the upper bound: the length rule may change after an account exists.
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'passwordRequired').max(PASSWORD_LENGTH.max, 'passwordTooLong'),
});

export type FieldIssues = Partial<Record<string, CredentialIssue>>;

/** The first issue per field, keyed by field name. */
export function fieldIssues(error: z.ZodError): FieldIssues {
  const issues: FieldIssues = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    issues[field] ??= issue.message as CredentialIssue;
  }
  return issues;
}
