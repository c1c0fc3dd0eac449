import { releaseContentYaml } from '@/lib/api/contracts';
import { notFound } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { releaseYaml } from '@/lib/server/releases/content-yaml';
import { attachmentDisposition } from '@/lib/study/export/disposition';

export const GET = route(releaseContentYaml, async ({ params }) => {
  const yaml = await releaseYaml(params.slug);
  if (yaml === null) throw notFound(`No release with slug "${params.slug}"`);
  return new Response(yaml, {
    headers: { 'content-type': 'application/yaml; charset=utf-8', 'content-disposition': attachmentDisposition(params.slug, 'yaml'), 'cache-control': 'private, no-store' },
  });
});
