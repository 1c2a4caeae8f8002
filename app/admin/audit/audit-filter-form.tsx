import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Button, buttonClassName } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { AUDIT_TARGET_TYPES, type AuditFilterField } from '@/lib/domain/audit-filters';

export type AuditFormValues = Partial<Record<AuditFilterField, string | undefined>>;

/** A plain GET form: the filters live in the URL, so a view of the log can be shared. */
export function AuditFilterForm({
  values,
  errors,
}: {
  values: AuditFormValues;
  errors: Partial<Record<AuditFilterField, string>>;
}) {
  const t = useTranslations('adminCatalogue');
  const text = (
    name: 'actor' | 'action' | 'targetId' | 'q',
    label: string,
    placeholder?: string,
  ) => (
    <FormField
      id={`audit-${name}`}
      label={label}
      error={errors[name]}
      className="col-span-2 sm:col-span-1"
    >
      <Input
        name={name}
        type="search"
        defaultValue={values[name]}
        placeholder={placeholder}
        maxLength={100}
        {...fieldA11yProps(`audit-${name}`, { error: errors[name] })}
      />
    </FormField>
  );
  const date = (name: 'from' | 'to', label: string) => (
    <FormField
      id={`audit-${name}`}
      label={label}
      error={errors[name]}
      className="max-[379px]:col-span-2"
    >
      <Input
        name={name}
        type="date"
        defaultValue={values[name]}
        {...fieldA11yProps(`audit-${name}`, { error: errors[name] })}
      />
    </FormField>
  );
  return (
    <form
      action="/admin/audit"
      role="search"
      className="rounded-card grid grid-cols-2 gap-3 border border-slate-200 bg-white p-4 lg:grid-cols-4"
    >
      {text('actor', t('filterActor'), t('filterActorPlaceholder'))}
      {text('action', t('filterAction'), t('filterActionPlaceholder'))}
      <FormField
        id="audit-targetType"
        label={t('filterTargetType')}
        error={errors.targetType}
        className="col-span-2 sm:col-span-1"
      >
        <Select
          name="targetType"
          defaultValue={values.targetType ?? ''}
          {...fieldA11yProps('audit-targetType', { error: errors.targetType })}
        >
          <option value="">{t('allTargetTypes')}</option>
          {AUDIT_TARGET_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`targetTypes.${type}`)}
            </option>
          ))}
        </Select>
      </FormField>
      {text('targetId', t('filterTargetId'))}
      {text('q', t('filterQ'))}
      {date('from', t('filterFrom'))}
      {date('to', t('filterTo'))}
      <div className="col-span-2 flex items-end justify-end gap-2 lg:col-span-1">
        <Link href="/admin/audit" className={buttonClassName('ghost', 'md')}>
          {t('resetFilters')}
        </Link>
        <Button type="submit">{t('applyFilters')}</Button>
      </div>
    </form>
  );
}
