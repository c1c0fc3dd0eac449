import { myMarks } from '@/lib/api/contracts';
import { notFound } from '@/lib/errors';
import { sessionJson } from '@/lib/http/cache';
import { route } from '@/lib/http/route';
import { cachedRelease } from '@/lib/server/views/release-view';
import { viewerMarks } from '@/lib/server/views/overlay';

export const GET = route(myMarks, async ({ query, viewer }) => {
  const release = await cachedRelease(query.release);
  const script = query.script ?? release?.sourceScript ?? 'hans';
  const overlay = release && (await viewerMarks(viewer.id, query.release, { script, wording: query.wording, readings: false, words: false }));
  if (!overlay) throw notFound(`No release with slug "${query.release}"`);
  return sessionJson({ marks: overlay.marks }, viewer, overlay.tags);
});
