import { glossaryHistory } from '@/lib/api/contracts';
import { route } from '@/lib/http/route';
import { curatedHistory } from '@/lib/server/glossary/curated';

export const GET = route(glossaryHistory, async ({ params }) => ({ revisions: await curatedHistory(params.term) }));
