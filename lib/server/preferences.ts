import 'server-only';
import { cookies } from 'next/headers';
import { PREFERENCE_COOKIES } from '@/lib/reader/preferences';

/** The reader's saved choices, by name (set by proxy.ts when they pick one). */
export async function savedPreferences(): Promise<Partial<Record<keyof typeof PREFERENCE_COOKIES, string>>> {
  const jar = await cookies();
  return Object.fromEntries(Object.entries(PREFERENCE_COOKIES).map(([name, cookie]) => [name, jar.get(cookie)?.value]));
}
