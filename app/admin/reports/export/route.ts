import { randomUUID } from 'node:crypto';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { translateFailure } from '@/lib/actions/translate-error';
import { getActor } from '@/lib/auth/actor';
import { toLocale } from '@/lib/domain/locale';
import { REPORT_KINDS, reportPeriodSchema } from '@/lib/domain/reports';
import { log } from '@/lib/log';
import { assertRole, type Actor } from '@/lib/server/actor';
import { exportReport } from '@/lib/server/admin/reports/export-report';
import { reportCsvHeaders } from '@/lib/server/admin/reports/report-headers';
import { AppError, isAppError } from '@/lib/server/errors';

const NO_STORE = { 'Cache-Control': 'private, no-store' };
const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, VALIDATION: 400 } as const;
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
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'X-Content-Type-Options': 'nosniff',
        ...NO_STORE,
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code in STATUS) {
      log('info', 'report export refused', { requestId, actorId: actor?.id, code: error.code });
      return Response.json(await translateFailure(error), {
        status: STATUS[error.code as keyof typeof STATUS],
        headers: NO_STORE,
      });
    }
    log('error', 'report export failed', { requestId, actorId: actor?.id, error });
    const t = await getTranslations('errors');
    return Response.json(
      { ok: false, code: 'INTERNAL', message: t('unexpected', { requestId }) },
      { status: 500, headers: NO_STORE },
    );
  }
}
