'use server';

import { hasLocale } from 'next-intl';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { routing } from '@/i18n/routing';
import { auth } from '@/lib/server/auth';
import { fieldIssues, signInSchema, signUpSchema, type CredentialIssue } from '@/lib/auth/credentials';
import type { FormOutcome } from '@/lib/auth/form-bridge';
import { safeNextPath } from '@/lib/auth/next-path';
import { submitToAuth } from './submit';

export type CredentialsState = {
  /** What the reader typed, to fill the form again (never the password). */
  values: { name?: string; email?: string };
  issues: { name?: CredentialIssue; email?: CredentialIssue; password?: CredentialIssue };
  outcome?: Exclude<FormOutcome, 'ok'>;
} | null;

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === 'string' ? value : '';
};

/** Where to go afterwards: a validated `next`, else the library in the form's locale. */
function destination(form: FormData): string {
  const locale = text(form, 'locale');
  return safeNextPath(form.get('next'), routing.locales) ?? `/${hasLocale(routing.locales, locale) ? locale : routing.defaultLocale}`;
}

export async function signIn(_previous: CredentialsState, form: FormData): Promise<CredentialsState> {
  const input = { email: text(form, 'email'), password: text(form, 'password') };
  const values = { email: input.email };
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { values, issues: fieldIssues(parsed.error) };
  const outcome = await submitToAuth('/sign-in/email', parsed.data);
  if (outcome !== 'ok') return { values, issues: {}, outcome };
  redirect(destination(form));
}

/**
 * Sign-up answers alike whether or not the email already has an account (see lib/server/auth/config.ts),
 * so it never signs in: the reader goes on to sign in, as anyone would.
 */
export async function signUp(_previous: CredentialsState, form: FormData): Promise<CredentialsState> {
  const input = { name: text(form, 'name'), email: text(form, 'email'), password: text(form, 'password') };
  const values = { name: input.name, email: input.email };
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { values, issues: fieldIssues(parsed.error) };
  const outcome = await submitToAuth('/sign-up/email', parsed.data);
  if (outcome !== 'ok') return { values, issues: {}, outcome };
  const locale = hasLocale(routing.locales, text(form, 'locale')) ? text(form, 'locale') : routing.defaultLocale;
  const next = safeNextPath(form.get('next'), routing.locales);
  redirect(`/${locale}/sign-in?${new URLSearchParams({ registered: '1', ...(next && { next }) })}`);
}

export async function signOut(form: FormData): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect(destination(form));
}
