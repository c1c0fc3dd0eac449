import { noteHistory } from '@/lib/api/contracts';
import { route } from '@/lib/http/route';
import { getNoteHistory } from '@/lib/server/notes/queries';

export const GET = route(noteHistory, async ({ params, viewer }) => getNoteHistory(viewer, params.id));
