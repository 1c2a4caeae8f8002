'use client';
import { useTranslations } from 'next-intl';

/**
 * Schemas and the server report field errors as catalogue keys (namespace `validation`); this
 * turns one into the reader's language, falling back to a generic message for unknown keys.
 */
export function useValidationMessage(): (key: string | undefined) => string | undefined {
  const t = useTranslations('validation');
  return (key) => {
    if (!key) return undefined;
    return t.has(key as never) ? t(key as never) : t('invalid');
  };
}
