import 'server-only';
import { getTranslations } from 'next-intl/server';
import { log } from '@/lib/log';
import { isAppError, type AppErrorCode, type FieldErrorMessage } from '@/lib/server/errors';

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

const NO_STORE = { 'Cache-Control': 'private, no-store' };

/**
 * The JSON answer of the identity routes when something is refused, shaped like a server
 * action's result (`{ ok: false, code, message, fieldErrors }`) and in the reader's language.
 * An unexpected error is logged with the request id and answered without its details.
 */
export async function errorResponse(
  error: unknown,
  context: { requestId: string; actorId?: string },
): Promise<Response> {
  const t = (await getTranslations()) as unknown as {
    (key: string, params?: Record<string, string | number>): string;
    has(key: string): boolean;
  };
  if (!isAppError(error)) {
    log('error', 'identity route failed', { ...context, error });
    return Response.json(
      {
        ok: false,
        code: 'INTERNAL',
        message: t('errors.unexpected', { requestId: context.requestId }),
      },
      { status: 500, headers: NO_STORE },
    );
  }
  log('info', 'identity route refused', { ...context, code: error.code, reason: error.message });
  const text = (message: FieldErrorMessage) => {
    const { key, params } =
      typeof message === 'string' ? { key: `validation.${message}`, params: undefined } : message;
    return t.has(key) ? t(key, params) : t('validation.invalid');
  };
  const fieldErrors = error.options.fieldErrors
    ? Object.fromEntries(
        Object.entries(error.options.fieldErrors).map(([field, messages]) => [
          field,
          messages.map(text),
        ]),
      )
    : undefined;
  return Response.json(
    {
      ok: false,
      code: error.code,
      message: t(`errors.${error.messageKey}`, error.options.params),
      fieldErrors,
    },
    { status: STATUS[error.code], headers: NO_STORE },
  );
}
