'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Button } from '@/components/ui/button';
import { ChoiceCard } from '@/components/ui/choice-card';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { toast } from '@/components/ui/toast';
import {
  importSettlementSchema,
  RECONCILIATION_SOURCES,
  type ImportSettlementInput,
} from '@/lib/domain/reconciliation';

type Answer =
  | { ok: true; data: { runId: string; created: boolean } }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

const MODES = ['fetch', 'upload'] as const;
const DEFAULT_SOURCE = 'GATEWAY';

/**
 * The provider, the WIB day, and the file: fetched from the provider, or uploaded. Posted as
 * multipart data to the import route (a settlement file may pass a server action's body limit).
 */
export function ImportForm({ today }: { today: string }) {
  const t = useTranslations('reconciliation');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<(typeof MODES)[number]>('fetch');
  const [fileError, setFileError] = useState<string>();
  const form = useForm<ImportSettlementInput>({
    resolver: zodResolver(importSettlementSchema),
    defaultValues: { source: DEFAULT_SOURCE, settlementDate: today },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFileError(undefined);
    const body = new FormData();
    body.set('source', values.source);
    body.set('settlementDate', values.settlementDate);
    body.set('mode', mode);
    if (mode === 'upload' && file) body.set('file', file);
    let answer: Answer;
    try {
      const response = await fetch('/api/admin/reconciliation/imports', { method: 'POST', body });
      answer = (await response.json()) as Answer;
    } catch {
      toast.error(t('importFailed'));
      return;
    }
    if (!answer.ok) {
      if (!applyFieldErrors(form.setError, answer.fieldErrors, ['source', 'settlementDate'])) {
        if (mode === 'upload') setFileError(answer.message);
        else toast.error(answer.message);
      }
      return;
    }
    toast.success(answer.data.created ? t('imported') : t('alreadyImported'));
    router.push(`/admin/reconciliation/${answer.data.runId}`);
  });

  const sourceError = fieldErrorText(errors.source);
  const dateError = fieldErrorText(errors.settlementDate);

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-labelledby="import-title">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="import-source" label={t('source')} error={sourceError} required>
          {/* The DOM defaults match the form's, so the page is right before it hydrates. */}
          <Select
            defaultValue={DEFAULT_SOURCE}
            {...fieldA11yProps('import-source', { error: sourceError })}
            {...form.register('source')}
          >
            {RECONCILIATION_SOURCES.map((source) => (
              <option key={source} value={source}>
                {t(`source${source}`)}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField id="import-date" label={t('settlementDate')} error={dateError} required>
          <Input
            type="date"
            max={today}
            defaultValue={today}
            {...fieldA11yProps('import-date', { error: dateError })}
            {...form.register('settlementDate')}
          />
        </FormField>
      </div>
      <fieldset>
        <legend className="mb-1.5 text-sm font-medium text-slate-800">{t('mode')}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {MODES.map((value) => (
            <ChoiceCard
              key={value}
              name="mode"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
              className="gap-3 py-3"
            >
              <span>
                <span className="block text-sm font-medium">
                  {t(value === 'fetch' ? 'modeFetch' : 'modeUpload')}
                </span>
                <span className="block text-xs text-slate-600">
                  {t(value === 'fetch' ? 'modeFetchHint' : 'modeUploadHint')}
                </span>
              </span>
            </ChoiceCard>
          ))}
        </div>
      </fieldset>
      {mode === 'upload' ? (
        <FormField id="import-file" label={t('file')} error={fileError} required>
          <input
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            type="file"
            accept=".csv,text/csv"
            {...fieldA11yProps('import-file', { error: fileError })}
            className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-slate-200"
          />
        </FormField>
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('importing') : t('importSubmit')}
      </Button>
    </form>
  );
}
