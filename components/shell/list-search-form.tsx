import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';

export type ListFilterSelect = {
  name: string;
  label: string;
  value: string | undefined;
  /** The empty choice: no filter on this field. */
  anyLabel: string;
  options: { value: string; label: string }[];
};

/**
 * A back-office list's search as a plain GET form: a text search and any number of choices, so
 * a view lives in its URL. On a phone the search takes the whole row and the choices share one.
 */
export async function ListSearchForm({
  action,
  searchLabel,
  query,
  selects = [],
  hidden = {},
}: {
  action: string;
  searchLabel: string;
  query: string | undefined;
  selects?: ListFilterSelect[];
  /** Filters kept from the page's other controls (tabs), sent again with the search. */
  hidden?: Record<string, string>;
}) {
  const tc = await getTranslations('common');
  return (
    <form role="search" className="grid grid-cols-2 gap-2 sm:flex" action={action}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="q" className="sr-only">
        {searchLabel}
      </label>
      <Input
        id="q"
        name="q"
        type="search"
        defaultValue={query}
        placeholder={searchLabel}
        className="col-span-2 sm:max-w-xs"
      />
      {selects.map((select) => (
        <div key={select.name} className="contents">
          <label htmlFor={select.name} className="sr-only">
            {select.label}
          </label>
          <Select
            id={select.name}
            name={select.name}
            defaultValue={select.value ?? ''}
            className="sm:max-w-48"
          >
            <option value="">{select.anyLabel}</option>
            {select.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </div>
      ))}
      <Button type="submit" variant="secondary" className="col-span-2">
        {tc('search')}
      </Button>
    </form>
  );
}
