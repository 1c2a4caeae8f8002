import { randomUUID } from 'node:crypto';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { getActor } from '@/lib/auth/actor';
import { toLocale } from '@/lib/domain/locale';
import { REPORT_KINDS, reportPeriodSchema } from '@/lib/domain/reports';
import { CSV_EXPORT_STATUSES, csvResponse } from '@/lib/http/csv-response';
import { errorResponse } from '@/lib/http/error-response';
import { assertRole, type Actor } from '@/lib/server/actor';
import { exportReport } from '@/lib/server/admin/reports/export-report';
import { reportCsvHeaders } from '@/lib/server/admin/reports/report-headers';
import { AppError } from '@/lib/server/errors';

const exportSchema = reportPeriodSchema.extend({ report: z.enum(REPORT_KINDS, 'invalid') });

/** One report of one WIB month as a CSV download: ?report=revenue|commissions|volume&month=YYYY-MM. */
export async function GET(request: Request) {
  const requestId = randomUUID();
  let actor: Actor | null = null;
  try {
    actor = assertRole(await getActor(), ['ADMIN']);
    const params = new URL(request.url).searchParams;
    const parsed = exportSchema.safeParse({
      report: params.get('report') ?? undefined,
      month: params.get('month') ?? undefined,
    });
    if (!parsed.success) throw new AppError('VALIDATION', 'validationFailed');
    const { filename, body } = await exportReport({
      actor,
      kind: parsed.data.report,
      month: parsed.data.month,
      locale: toLocale(await getLocale()),
      headers: await reportCsvHeaders(),
    });
    return csvResponse(filename, body, { requestId, actorId: actor.id });
  } catch (error) {
    return errorResponse(error, { requestId, actorId: actor?.id }, CSV_EXPORT_STATUSES);
  }
}
