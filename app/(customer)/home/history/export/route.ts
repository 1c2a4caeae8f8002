import { randomUUID } from 'node:crypto';
import { getLocale, getTranslations } from 'next-intl/server';
import { translateFailure } from '@/lib/actions/translate-error';
import { getActor } from '@/lib/auth/actor';
import { historyFiltersSchema } from '@/lib/domain/history';
import { toLocale } from '@/lib/domain/locale';
import { log } from '@/lib/log';
import { assertRole, type Actor } from '@/lib/server/actor';
import { AppError, isAppError } from '@/lib/server/errors';
import { exportHistory } from '@/lib/server/transactions/export-history';

const NO_STORE = { 'Cache-Control': 'private, no-store' };
const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, VALIDATION: 400 } as const;

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
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          // The headers are sent: the browser sees a broken download, never a partial file as whole.
          log('error', 'history export failed midway', { requestId, actorId: actor?.id, error });
          controller.error(error);
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
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
      log('info', 'history export refused', { requestId, actorId: actor?.id, code: error.code });
      return Response.json(await translateFailure(error), {
        status: STATUS[error.code as keyof typeof STATUS],
        headers: NO_STORE,
      });
    }
    log('error', 'history export failed', { requestId, actorId: actor?.id, error });
    const t = await getTranslations('errors');
    return Response.json(
      { ok: false, code: 'INTERNAL', message: t('unexpected', { requestId }) },
      { status: 500, headers: NO_STORE },
    );
  }
}
