import { tokenCreate, tokensList } from '@/lib/api/contracts';
import { DomainError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { createToken, listTokens } from '@/lib/server/auth/tokens';

export const GET = route(tokensList, async ({ viewer }) => ({ tokens: await listTokens(viewer.id) }));

export const POST = route(tokenCreate, async ({ body, viewer }) => {
  if (viewer.via !== 'session') throw new DomainError('forbidden', 'Tokens are made in a browser session, not with another token');
  return createToken(viewer.id, body.name);
});
