'use client';
import { useTranslations } from 'next-intl';
import type { FieldError } from 'react-hook-form';

/**
 * The text of a field's error. Schemas report catalogue keys (namespace `validation`), which are
 * translated here; errors the server set (type 'server') arrive already translated.
 */
export function useFieldErrorText(): (error: FieldError | undefined) => string | undefined {
  const t = useTranslations('validation');
  return (error) => {
    const message = error?.message;
    if (!message) return undefined;
    if (error.type === 'server') return message;
    return t.has(message as never) ? t(message as never) : t('invalid');
  };
}
