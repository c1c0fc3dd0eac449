import 'server-only';
import { draftToYaml } from '@/lib/import';
import { releaseContent } from './publish';

/** A stored release as the content format's YAML (what content/releases/<slug>.yaml holds), or null when there is none. */
export async function releaseYaml(slug: string): Promise<string | null> {
  const release = await releaseContent(slug);
  if (!release) return null;
  const header =
    ` Release ${slug} as stored in Duizhao, in the content format (lib/content/schema.ts).\n` +
    ` A release published in the app stays the app's: the seed never replaces it with this file.`;
  return draftToYaml(release, header);
}
