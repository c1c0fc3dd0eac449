import 'server-only';
import { cookies } from 'next/headers';
import { PREFERENCE_COOKIES } from '@/lib/reader/preferences';

/** The reader's saved script and layout (set by proxy.ts when they pick one). */
export async function savedPreferences() {
  const jar = await cookies();
  return { script: jar.get(PREFERENCE_COOKIES.script)?.value, layout: jar.get(PREFERENCE_COOKIES.layout)?.value };
}
