import { myMarks } from '@/lib/api/contracts';
import { notFound } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { cachedRelease } from '@/lib/server/views/release-view';
import { viewerMarks } from '@/lib/server/views/overlay';

export const GET = route(myMarks, async ({ query, viewer }) => {
  const release = await cachedRelease(query.release);
  const script = query.script ?? release?.sourceScript ?? 'hans';
  const marks = release && (await viewerMarks(viewer.id, query.release, { script, wording: query.wording, readings: false, words: false }));
  if (!marks) throw notFound(`No release with slug "${query.release}"`);
  return { marks };
});
