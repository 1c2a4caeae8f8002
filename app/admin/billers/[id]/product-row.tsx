'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { TD, TR } from '@/components/ui/table';
import { toast } from '@/components/ui/toast';
import { updateProductSchema, type UpdateProductInput } from '@/lib/domain/biller-config';
import { formatRupiah } from '@/lib/domain/money';
import { operatorName } from '@/lib/domain/references/operators';
import type { ProductAdmin } from '@/lib/server/admin/billers/biller-admin-dto';
import { setProductActiveAction, updateProductAction } from '../actions';
import { ProductFields } from './product-fields';

const COLUMNS = 7;
const FIELDS = ['nameId', 'nameEn', 'operator', 'faceValue', 'price', 'sortOrder'] as const;

function formValues(product: ProductAdmin): UpdateProductInput {
  return {
    productId: product.id,
    expectedUpdatedAt: product.updatedAt,
    nameId: product.nameId,
    nameEn: product.nameEn,
    operator: product.operator ?? '',
    faceValue: product.faceValue,
    price: product.price,
    active: product.active,
    sortOrder: product.sortOrder,
  };
}

/** One product: its values, put on or off sale in one click, or edited in place. */
export function ProductRow({ product, locale }: { product: ProductAdmin; locale: string }) {
  const t = useTranslations('adminCatalogue');
  const [editing, setEditing] = useState(false);
  const [stale, setStale] = useState<string | null>(null);
  const [toggling, startToggle] = useTransition();
  const form = useForm<UpdateProductInput>({
    resolver: zodResolver(updateProductSchema),
    defaultValues: formValues(product),
  });

  const refused = (result: { code: string; message: string }) => {
    if (result.code === 'CONFLICT') setStale(t('productStale'));
    else toast.error(result.message);
  };

  const toggle = () =>
    startToggle(async () => {
      const result = await setProductActiveAction({
        productId: product.id,
        expectedUpdatedAt: product.updatedAt,
        active: !product.active,
      });
      if (!result.ok) return refused(result);
      toast.success(t('productSavedToast', { code: product.code }));
    });

  const save = form.handleSubmit(async (values) => {
    const result = await updateProductAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, FIELDS)) refused(result);
      return;
    }
    form.reset(formValues(result.data));
    setEditing(false);
    toast.success(t('productSavedToast', { code: product.code }));
  });

  const staleRow = stale ? (
    <TR>
      <TD colSpan={COLUMNS} className="bg-danger-subtle text-danger-fg" role="alert">
        {stale}{' '}
        <a href={`/admin/billers/${product.billerId}`} className="font-semibold underline">
          {t('reloadPage')}
        </a>
      </TD>
    </TR>
  ) : null;

  if (editing) {
    return (
      <>
        <TR>
          <TD colSpan={COLUMNS} className="bg-slate-50">
            <FormProvider {...form}>
              <form onSubmit={save} noValidate className="space-y-3">
                <p className="font-mono text-sm font-medium">{product.code}</p>
                <ProductFields idPrefix={`product-${product.id}`} />
                <div className="flex justify-end gap-2">
                  <Button variant="secondary" size="sm" onClick={() => setEditing(false)}>
                    {t('cancel')}
                  </Button>
                  <Button type="submit" size="sm" loading={form.formState.isSubmitting}>
                    {t('saveProduct')}
                  </Button>
                </div>
              </form>
            </FormProvider>
          </TD>
        </TR>
        {staleRow}
      </>
    );
  }

  return (
    <>
      <TR>
        <TD className="font-mono text-xs">{product.code}</TD>
        <TD className="min-w-44">{locale === 'id' ? product.nameId : product.nameEn}</TD>
        <TD className="whitespace-nowrap">
          {product.operator ? operatorName(product.operator) : '—'}
        </TD>
        <TD className="text-right tabular-nums">{formatRupiah(product.faceValue)}</TD>
        <TD className="text-right tabular-nums">{formatRupiah(product.price)}</TD>
        <TD>
          <Badge tone={product.active ? 'success' : 'neutral'}>
            {product.active ? t('onSale') : t('offSale')}
          </Badge>
        </TD>
        <TD className="text-right whitespace-nowrap">
          <div className="flex justify-end gap-1">
            <Button
              size="sm"
              variant="ghost"
              aria-label={t('editProduct', { code: product.code })}
              onClick={() => setEditing(true)}
            >
              {t('edit')}
            </Button>
            <Button
              size="sm"
              variant="secondary"
              loading={toggling}
              aria-label={
                product.active
                  ? t('deactivateProduct', { code: product.code })
                  : t('activateProduct', { code: product.code })
              }
              onClick={toggle}
            >
              {product.active ? t('deactivate') : t('activate')}
            </Button>
          </div>
        </TD>
      </TR>
      {staleRow}
    </>
  );
}
