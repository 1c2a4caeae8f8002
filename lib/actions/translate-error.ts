import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { AppError, AppErrorCode, FieldErrorMessage } from '@/lib/server/errors';

export type TranslatedFailure = {
  ok: false;
  code: AppErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]> | undefined;
};

/**
 * A refusal in the reader's language, for server actions and route handlers alike. Field errors
 * leave the server already translated (some carry parameters the browser does not have); forms
 * show server errors as they come.
 */
export async function translateFailure(error: AppError): Promise<TranslatedFailure> {
  const t = (await getTranslations()) as unknown as {
    (key: string, params?: Record<string, string | number>): string;
    has(key: string): boolean;
  };
  const text = (message: FieldErrorMessage) => {
    const { key, params } =
      typeof message === 'string' ? { key: `validation.${message}`, params: undefined } : message;
    return t.has(key) ? t(key, params) : t('validation.invalid');
  };
  const { fieldErrors } = error.options;
  return {
    ok: false,
    code: error.code,
    message: t(`errors.${error.messageKey}`, error.options.params),
    fieldErrors: fieldErrors
      ? Object.fromEntries(
          Object.entries(fieldErrors).map(([field, messages]) => [field, messages.map(text)]),
        )
      : undefined,
  };
}
