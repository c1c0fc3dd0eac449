import { summaryJson } from '@/lib/api/release-json';
import { errorResponse } from '@/lib/api/errors';
import { listReleases } from '@/lib/data/releases';

export async function GET() {
  try {
    return Response.json({ releases: (await listReleases()).map(summaryJson) });
  } catch (error) {
    return errorResponse(error);
  }
}
