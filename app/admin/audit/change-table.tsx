import { useTranslations } from 'next-intl';
import type { FieldChange } from '@/lib/domain/audit-diff';
import { formatRupiah, isRupiah } from '@/lib/domain/money';

type Words = { none: string; yes: string; no: string };

const MONEY_FIELDS = new Set([
  'adminFee',
  'agentCommission',
  'maxOutletMarkup',
  'minAmount',
  'maxAmount',
  'faceValue',
  'price',
]);

/** A value as the log shows it: text as written, lists and rules spelled out, windows as times. */
function display(value: unknown, words: Words): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    return value.length === 0 ? words.none : value.map((item) => display(item, words)).join(', ');
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'string' && typeof record.end === 'string') {
      return `${record.start}–${record.end}`;
    }
    return Object.entries(record)
      .map(([key, inner]) => `${key}: ${display(inner, words)}`)
      .join(', ');
  }
  return String(value);
}

/**
 * Field by field, what an audit entry changed: a table with before and after side by side, or
 * stacked (label, then before → after) where the room is narrow.
 */
export function ChangeTable({
  changes,
  stacked = false,
}: {
  changes: FieldChange[];
  stacked?: boolean;
}) {
  const t = useTranslations('adminCatalogue');
  const tcat = useTranslations('categories');
  if (changes.length === 0) {
    return <p className="text-sm text-slate-500">{t('noFieldChanges')}</p>;
  }
  const words: Words = { none: t('valueNone'), yes: t('valueYes'), no: t('valueNo') };
  const label = (field: string) => {
    const key = `fields.${field}` as Parameters<typeof t>[0];
    return field && t.has(key) ? t(key) : field;
  };
  // Amounts read as rupiah; codes the catalogue has words for (ACTIVE, POSTPAID) as those words.
  const value = (field: string, raw: unknown) => {
    if (MONEY_FIELDS.has(field) && isRupiah(raw)) return formatRupiah(raw);
    if (typeof raw === 'string') {
      const own = { status: `statuses.${raw}`, kind: `kinds.${raw}` }[field] as
        Parameters<typeof t>[0] | undefined;
      if (own && t.has(own)) return t(own);
      const category = raw.toLowerCase() as Parameters<typeof tcat>[0];
      if (field === 'category' && tcat.has(category)) return tcat(category);
    }
    return display(raw, words);
  };

  if (stacked) {
    return (
      <dl className="space-y-1.5 text-xs">
        {changes.map((change) => (
          <div key={change.field}>
            <dt className="font-medium text-slate-700">{label(change.field)}</dt>
            <dd className="[overflow-wrap:anywhere]">
              <del className="text-slate-500 decoration-slate-300">
                {value(change.field, change.before)}
              </del>
              <span aria-hidden="true" className="px-1 text-slate-400">
                →
              </span>
              <ins className="text-slate-900 no-underline">{value(change.field, change.after)}</ins>
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <table className="w-full text-left text-xs">
      <thead>
        <tr className="text-slate-500">
          <th scope="col" className="py-1 pr-3 font-medium">
            {t('changeField')}
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            {t('changeBefore')}
          </th>
          <th scope="col" className="py-1 font-medium">
            {t('changeAfter')}
          </th>
        </tr>
      </thead>
      <tbody className="align-top">
        {changes.map((change) => (
          <tr key={change.field} className="border-t border-slate-100">
            <th scope="row" className="py-1 pr-3 font-medium whitespace-nowrap text-slate-700">
              {label(change.field)}
            </th>
            <td className="py-1 pr-3 [overflow-wrap:anywhere] text-slate-500 line-through decoration-slate-300">
              {value(change.field, change.before)}
            </td>
            <td className="py-1 [overflow-wrap:anywhere] text-slate-900">
              {value(change.field, change.after)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
