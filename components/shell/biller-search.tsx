import { Search } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Input } from '@/components/ui/input';

/** A plain GET form: works without JavaScript and keeps the query in the URL. */
export async function BillerSearch({ defaultValue }: { defaultValue?: string }) {
  const t = await getTranslations('pay');
  return (
    <form role="search" action="/home/billers">
      <label htmlFor="biller-search" className="sr-only">
        {t('searchLabel')}
      </label>
      <Input
        id="biller-search"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t('searchPlaceholder')}
        leading={<Search className="size-4" />}
        autoComplete="off"
        enterKeyHint="search"
      />
    </form>
  );
}
