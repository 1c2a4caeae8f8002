import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Button, buttonClassName } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { SALE_CHANNELS, type AdminTransactionFilterField } from '@/lib/domain/admin-transactions';
import { TRANSACTION_STATUSES } from '@/lib/domain/transaction-state';

export type FilterValues = Partial<Record<AdminTransactionFilterField, string>>;
type Errors = Partial<Record<AdminTransactionFilterField, string>>;

const TEXT_FIELDS = [
  { field: 'reference', hint: 'referenceHint' },
  { field: 'id', hint: null },
  { field: 'customer', hint: 'customerHint' },
  { field: 'outlet', hint: 'outletHint' },
] as const;

/**
 * The list's filters as a plain GET form: the URL carries them, so a view can be bookmarked or
 * sent to a colleague, and the back button brings the last one back.
 */
export async function TransactionFilters({
  values,
  errors,
}: {
  values: FilterValues;
  errors: Errors;
}) {
  const t = await getTranslations('adminTransactions');
  const id = (field: string) => `filter-${field}`;
  return (
    <form
      role="search"
      action="/admin/transactions"
      aria-label={t('list.filters')}
      className="rounded-card grid grid-cols-2 gap-3 border border-slate-200 bg-white p-4 lg:grid-cols-4"
    >
      {TEXT_FIELDS.map(({ field, hint }) => (
        <FormField
          key={field}
          id={id(field)}
          label={t(`list.${field}`)}
          hint={hint ? t(`list.${hint}`) : undefined}
          error={errors[field]}
          className="max-sm:col-span-2"
        >
          <Input
            {...fieldA11yProps(id(field), { error: errors[field], hint: Boolean(hint) })}
            name={field}
            type="search"
            maxLength={100}
            defaultValue={values[field]}
            autoComplete="off"
          />
        </FormField>
      ))}
      <FormField id={id('status')} label={t('list.status')} error={errors.status}>
        <Select
          {...fieldA11yProps(id('status'), { error: errors.status })}
          name="status"
          defaultValue={values.status ?? ''}
        >
          <option value="">{t('list.allStatuses')}</option>
          {TRANSACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField id={id('channel')} label={t('list.channel')} error={errors.channel}>
        <Select
          {...fieldA11yProps(id('channel'), { error: errors.channel })}
          name="channel"
          defaultValue={values.channel ?? ''}
        >
          <option value="">{t('list.allChannels')}</option>
          {SALE_CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t(channel === 'online' ? 'list.channelOnline' : 'list.channelCounter')}
            </option>
          ))}
        </Select>
      </FormField>
      {(['from', 'to'] as const).map((field) => (
        <FormField key={field} id={id(field)} label={t(`list.${field}`)} error={errors[field]}>
          <Input
            {...fieldA11yProps(id(field), { error: errors[field] })}
            name={field}
            type="date"
            defaultValue={values[field]}
          />
        </FormField>
      ))}
      {values.minAge && !errors.minAge ? (
        <input type="hidden" name="minAge" value={values.minAge} />
      ) : null}
      <div className="col-span-2 flex flex-wrap items-center justify-end gap-2 lg:col-span-4">
        <Link href="/admin/transactions" className={buttonClassName('ghost')}>
          {t('list.reset')}
        </Link>
        <Button type="submit">{t('list.apply')}</Button>
      </div>
    </form>
  );
}
