import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClassName } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageActor } from '@/lib/auth/actor';
import {
  auditFiltersSchema,
  auditQuery,
  isAuditFiltered,
  type AuditFilterField,
} from '@/lib/domain/audit-filters';
import { toLocale } from '@/lib/domain/locale';
import { listAuditEntries } from '@/lib/server/admin/audit/list-audit-entries';
import { AuditFilterForm, type AuditFormValues } from './audit-filter-form';
import { AuditTable } from './audit-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCatalogue'))('auditTitle') };
}

type SearchParams = Record<string, string | string[] | undefined>;

const FORM_FIELDS = ['actor', 'action', 'targetType', 'targetId', 'q', 'from', 'to'] as const;

/** What the form shows again: the values as the URL had them, right or wrong. */
function formValues(params: SearchParams): AuditFormValues {
  return Object.fromEntries(
    FORM_FIELDS.map((field) => {
      const value = params[field];
      return [field, Array.isArray(value) ? value[0] : value];
    }),
  );
}

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requirePageActor(['ADMIN'], '/admin/audit');
  const params = await searchParams;
  const parsed = auditFiltersSchema.safeParse(params);
  const [t, tv, locale] = await Promise.all([
    getTranslations('adminCatalogue'),
    getTranslations('validation'),
    getLocale().then(toLocale),
  ]);
  const header = (
    <div className="space-y-1">
      <h1 className="text-2xl font-semibold">{t('auditTitle')}</h1>
      <p className="text-sm text-slate-600">{t('auditIntro')}</p>
    </div>
  );

  if (!parsed.success) {
    const errors: Partial<Record<AuditFilterField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as AuditFilterField;
      const key = issue.message as Parameters<typeof tv>[0];
      errors[field] ??= tv.has(key) ? tv(key) : tv('invalid');
    }
    return (
      <div className="space-y-4">
        {header}
        <AuditFilterForm values={formValues(params)} errors={errors} />
        <Alert tone="danger" title={t('filtersInvalid')}>
          <ul>
            {Object.values(errors).map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <Link href="/admin/audit" className="mt-2 inline-block font-medium underline">
            {t('resetFilters')}
          </Link>
        </Alert>
      </div>
    );
  }

  const filters = parsed.data;
  const page = await listAuditEntries({ actor, filters });
  const filtered = isAuditFiltered(filters);
  return (
    <div className="space-y-4">
      {header}
      <AuditFilterForm values={formValues(params)} errors={{}} />
      {page.rows.length === 0 ? (
        <EmptyState
          title={filtered ? t('noEntriesFiltered') : t('noEntries')}
          description={filtered ? t('noEntriesBody') : t('noEntriesHint')}
          action={
            filtered ? (
              <Link href="/admin/audit" className={buttonClassName('secondary', 'md')}>
                {t('resetFilters')}
              </Link>
            ) : undefined
          }
        />
      ) : (
        <AuditTable entries={page.rows} locale={locale} />
      )}
      <nav aria-label={t('auditTitle')} className="flex flex-wrap justify-end gap-2 text-sm">
        {page.newer ? (
          <>
            <Link
              className={buttonClassName('ghost', 'sm')}
              href={`/admin/audit${auditQuery(filters)}`}
            >
              {t('newest')}
            </Link>
            <Link
              className={buttonClassName('secondary', 'sm')}
              href={`/admin/audit${auditQuery(filters, { before: page.newer })}`}
            >
              {t('newer')}
            </Link>
          </>
        ) : null}
        {page.older ? (
          <Link
            className={buttonClassName('secondary', 'sm')}
            href={`/admin/audit${auditQuery(filters, { after: page.older })}`}
          >
            {t('older')}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
