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
    <FormField id={`audit-${name}`} label={label} error={errors[name]}>
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
    <FormField id={`audit-${name}`} label={label} error={errors[name]}>
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
      className="rounded-card grid gap-3 border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {text('actor', t('filterActor'), t('filterActorPlaceholder'))}
      {text('action', t('filterAction'), t('filterActionPlaceholder'))}
      <FormField id="audit-targetType" label={t('filterTargetType')} error={errors.targetType}>
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
      <div className="flex items-end gap-2">
        <Button type="submit">{t('applyFilters')}</Button>
        <Link href="/admin/audit" className={buttonClassName('ghost', 'md')}>
          {t('resetFilters')}
        </Link>
      </div>
    </form>
  );
}
