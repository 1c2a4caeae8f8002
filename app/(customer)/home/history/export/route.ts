import { randomUUID } from 'node:crypto';
import { getLocale } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { historyFiltersSchema } from '@/lib/domain/history';
import { toLocale } from '@/lib/domain/locale';
import { CSV_EXPORT_STATUSES, csvResponse } from '@/lib/http/csv-response';
import { errorResponse } from '@/lib/http/error-response';
import { assertRole, type Actor } from '@/lib/server/actor';
import { AppError } from '@/lib/server/errors';
import { exportHistory } from '@/lib/server/transactions/export-history';

/** The filtered history as a CSV download, with the same URL parameters as the history page. */
export async function GET(request: Request) {
  const requestId = randomUUID();
  let actor: Actor | null = null;
  try {
    actor = assertRole(await getActor(), ['CUSTOMER']);
    const params: Record<string, string[]> = {};
    for (const [key, value] of new URL(request.url).searchParams) {
      (params[key] ??= []).push(value);
    }
    const parsed = historyFiltersSchema.safeParse(params);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
      }
      throw new AppError('VALIDATION', 'historyFiltersInvalid', { fieldErrors });
    }
    const { filename, chunks } = await exportHistory({
      actor,
      filters: parsed.data,
      locale: toLocale(await getLocale()),
    });
    return csvResponse(filename, chunks, { requestId, actorId: actor.id });
  } catch (error) {
    return errorResponse(error, { requestId, actorId: actor?.id }, CSV_EXPORT_STATUSES);
  }
}
