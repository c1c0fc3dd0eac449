import { toNextJsHandler } from 'better-auth/next-js';
import { trustedOrigins } from '@/lib/env';
import { DomainError } from '@/lib/errors';
import { errorResponse } from '@/lib/http/errors';
import { isSameOrigin } from '@/lib/http/origin';
import { auth } from '@/lib/server/auth';

const { GET, POST: handle } = toNextJsHandler(auth);

/**
 * better-auth checks the Origin of a request that carries cookies; a browser's sign-in from
 * another site or another port carries none yet (a login CSRF) and is refused here too. A script
 * that sends no Origin and no Fetch Metadata is not a browser page and goes on.
 */
async function POST(request: Request) {
  const fromBrowser = request.headers.has('origin') || request.headers.has('sec-fetch-site');
  if (fromBrowser && !isSameOrigin(request, trustedOrigins())) return errorResponse(new DomainError('forbidden', 'origin: accounts are managed from this site’s own pages'));
  return handle(request);
}

export { GET, POST };
