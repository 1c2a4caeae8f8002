import { randomUUID } from 'node:crypto';
import { getActor } from '@/lib/auth/actor';
import { csvResponse } from '@/lib/http/csv-response';
import { errorResponse } from '@/lib/http/error-response';
import { exportRun } from '@/lib/server/admin/reconciliation/export-run';

/** A run's items with their outcomes and resolutions, as a CSV download. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const requestId = randomUUID();
  const actor = await getActor();
  try {
    const { filename, csv } = await exportRun({ actor, runId: (await params).id });
    return csvResponse(filename, csv, { requestId, actorId: actor?.id });
  } catch (error) {
    return errorResponse(error, { requestId, actorId: actor?.id });
  }
}
