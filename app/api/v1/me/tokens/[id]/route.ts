import { tokenRevoke } from '@/lib/api/contracts';
import { route } from '@/lib/http/route';
import { revokeToken } from '@/lib/server/auth/tokens';

export const DELETE = route(tokenRevoke, async ({ params, viewer }) => {
  await revokeToken(viewer.id, params.id);
  return null;
});
