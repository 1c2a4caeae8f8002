import { useTranslations } from 'next-intl';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TBody, TH, THead, TR } from '@/components/ui/table';
import type { ProductAdmin } from '@/lib/server/admin/billers/biller-admin-dto';
import { AddProduct } from './add-product';
import { ProductRow } from './product-row';

export function ProductList({
  billerId,
  products,
  locale,
}: {
  billerId: string;
  products: ProductAdmin[];
  locale: string;
}) {
  const t = useTranslations('adminCatalogue');
  const nextSortOrder = products.reduce((max, product) => Math.max(max, product.sortOrder + 1), 0);
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t('productsTitle')}</CardTitle>
        <CardDescription>{t('productsHint')}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {products.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noProducts')}</p>
        ) : (
          <Table caption={t('productsTitle')}>
            <THead>
              <TR>
                <TH>{t('productCode')}</TH>
                <TH>{t('productName')}</TH>
                <TH>{t('fields.operator')}</TH>
                <TH className="text-right">{t('fields.faceValue')}</TH>
                <TH className="text-right">{t('fields.price')}</TH>
                <TH>{t('fields.active')}</TH>
                <TH>
                  <span className="sr-only">{t('columns.actions')}</span>
                </TH>
              </TR>
            </THead>
            <TBody>
              {products.map((product) => (
                <ProductRow
                  key={`${product.id}:${product.updatedAt}`}
                  product={product}
                  locale={locale}
                />
              ))}
            </TBody>
          </Table>
        )}
        <AddProduct billerId={billerId} nextSortOrder={nextSortOrder} />
      </CardContent>
    </Card>
  );
}
