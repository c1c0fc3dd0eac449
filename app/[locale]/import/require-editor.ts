import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { currentViewer } from '@/lib/server/auth/current-viewer';

/** The signed-in editor; a visitor is sent to sign in (and back here), a reader without the role gets the refusal page (403). */
export async function requireEditor(locale: string, here: string) {
  const viewer = await currentViewer();
  if (!viewer) redirect(`/${locale}/sign-in?${new URLSearchParams({ next: here })}`);
  if (viewer.role !== 'editor') forbidden();
  return viewer;
}
