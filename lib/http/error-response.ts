import 'server-only';
import { getTranslations } from 'next-intl/server';
import { log } from '@/lib/log';
import { translateFailure } from '@/lib/actions/translate-error';
import { isAppError, type AppErrorCode } from '@/lib/server/errors';

export type ErrorStatuses = Partial<Record<AppErrorCode, number>>;

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  LOCKED: 423,
  UNAVAILABLE: 503,
};

export const NO_STORE = { 'Cache-Control': 'private, no-store' } as const;

/**
 * The JSON answer of a route handler when something is refused, shaped like a server action's
 * result (`{ ok: false, code, message, fieldErrors }`) and in the reader's language. An
 * unexpected error, or a refusal whose code `statuses` does not list, is logged with the request
 * id and answered without its details.
 */
export async function errorResponse(
  error: unknown,
  context: { requestId: string; actorId?: string },
  statuses: ErrorStatuses = STATUS,
): Promise<Response> {
  const status = isAppError(error) ? statuses[error.code] : undefined;
  if (!isAppError(error) || status === undefined) {
    const t = await getTranslations('errors');
    log('error', 'route failed', { ...context, error });
    return Response.json(
      {
        ok: false,
        code: 'INTERNAL',
        message: t('unexpected', { requestId: context.requestId }),
      },
      { status: 500, headers: NO_STORE },
    );
  }
  log('info', 'route refused', { ...context, code: error.code, reason: error.message });
  return Response.json(await translateFailure(error), { status, headers: NO_STORE });
}
