import { SlidersHorizontal } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { BILL_CATEGORIES } from '@/lib/domain/categories';
import {
  HISTORY_SEARCH_MAX,
  HISTORY_STATUS_GROUPS,
  type HistoryFilterField,
  type HistoryStatusGroup,
} from '@/lib/domain/history';

export type FilterValues = Partial<Record<HistoryFilterField, string>>;

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={`${id}-error`} className="text-danger-fg mt-1 text-sm font-medium">
      {message}
    </p>
  ) : null;
}

/**
 * The filters as a plain GET form: the URL carries them, so they work without JavaScript, can
 * be bookmarked and come back with the browser's back button. Every submit button is named
 * `status`: a chip sends its group, the search and apply buttons send the current one, so one
 * submission always carries exactly one status. "Search" comes first, which makes it the button
 * Enter presses in a text field.
 */
export async function HistoryFilters({
  values,
  errors,
}: {
  values: FilterValues;
  errors: Partial<Record<HistoryFilterField, string>>;
}) {
  const [t, tc] = await Promise.all([getTranslations('history'), getTranslations('categories')]);
  const status = (HISTORY_STATUS_GROUPS as readonly string[]).includes(values.status ?? '')
    ? (values.status as HistoryStatusGroup)
    : 'all';
  const moreOpen = Boolean(
    values.category || values.from || values.to || errors.category || errors.from || errors.to,
  );
  return (
    <form role="search" action="/home/history" aria-label={t('title')} className="space-y-3">
      <div>
        <label htmlFor="history-q" className="sr-only">
          {t('searchLabel')}
        </label>
        <div className="flex gap-2">
          <Input
            {...fieldA11yProps('history-q', { error: errors.q })}
            name="q"
            type="search"
            inputMode="search"
            maxLength={HISTORY_SEARCH_MAX}
            defaultValue={values.q}
            placeholder={t('searchPlaceholder')}
            title={t('searchLabel')}
          />
          <Button type="submit" name="status" value={status} variant="secondary">
            {t('search')}
          </Button>
        </div>
        <FieldError id="history-q" message={errors.q} />
      </div>

      {/* min-w-0: a fieldset is as wide as its content by default, which would widen the page. */}
      <fieldset className="min-w-0">
        <legend className="sr-only">{t('statusFilter')}</legend>
        {/* One scrolling row on a phone, so the list stays near the top of the screen. */}
        <div className="-mx-4 flex [scrollbar-width:none] gap-2 overflow-x-auto px-4 pb-1">
          {HISTORY_STATUS_GROUPS.map((group) => (
            <button
              key={group}
              type="submit"
              name="status"
              value={group}
              aria-pressed={group === status}
              className={cn(
                'h-9 shrink-0 rounded-full border px-4 text-sm font-medium whitespace-nowrap transition-colors',
                group === status
                  ? 'border-brand-700 bg-brand-700 text-white'
                  : 'border-slate-300 bg-white text-slate-700 hover:border-slate-400 hover:bg-slate-50',
              )}
            >
              {t(`group.${group}`)}
            </button>
          ))}
        </div>
        <FieldError id="history-status" message={errors.status} />
      </fieldset>

      <details open={moreOpen} className="group rounded-xl border border-slate-200 bg-white">
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-4 text-sm font-medium text-slate-700 [&::-webkit-details-marker]:hidden">
          <SlidersHorizontal aria-hidden="true" className="size-4 text-slate-500" />
          {t('moreFilters')}
        </summary>
        <div className="grid gap-3 border-t border-slate-100 p-4 sm:grid-cols-3">
          <div className="sm:col-span-3">
            <label htmlFor="history-category" className="mb-1.5 block text-sm font-medium">
              {t('category')}
            </label>
            <Select
              {...fieldA11yProps('history-category', { error: errors.category })}
              name="category"
              defaultValue={values.category ?? ''}
            >
              <option value="">{t('allCategories')}</option>
              {BILL_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {tc(category)}
                </option>
              ))}
            </Select>
            <FieldError id="history-category" message={errors.category} />
          </div>
          <div>
            <label htmlFor="history-from" className="mb-1.5 block text-sm font-medium">
              {t('from')}
            </label>
            <Input
              {...fieldA11yProps('history-from', { error: errors.from })}
              name="from"
              type="date"
              defaultValue={values.from}
            />
            <FieldError id="history-from" message={errors.from} />
          </div>
          <div>
            <label htmlFor="history-to" className="mb-1.5 block text-sm font-medium">
              {t('to')}
            </label>
            <Input
              {...fieldA11yProps('history-to', { error: errors.to })}
              name="to"
              type="date"
              defaultValue={values.to}
            />
            <FieldError id="history-to" message={errors.to} />
          </div>
          <div className="flex items-end">
            <Button type="submit" name="status" value={status} className="w-full">
              {t('apply')}
            </Button>
          </div>
        </div>
      </details>
    </form>
  );
}
