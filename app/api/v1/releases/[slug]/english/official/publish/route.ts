import { officialPublish } from '@/lib/api/contracts';
import { route } from '@/lib/http/route';
import { publishProposal } from '@/lib/server/english/official';

export const POST = route(officialPublish, async ({ params, body, viewer }) => publishProposal(viewer, params.slug, body));
