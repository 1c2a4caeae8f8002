'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Button } from '@/components/ui/button';
import { fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { TD, TR } from '@/components/ui/table';
import { toast } from '@/components/ui/toast';
import {
  updateFraudRuleSchema,
  type FraudRuleKind,
  type UpdateFraudRuleInput,
} from '@/lib/domain/fraud-rules';
import { updateFraudRuleAction } from './actions';

/** One rule, edited in place: its limit and whether it is on, saved with the version loaded. */
export function RuleRow({
  rule,
  updated,
}: {
  rule: { kind: FraudRuleKind; limit: number; active: boolean; version: number };
  updated: string;
}) {
  const t = useTranslations('fraud.rules');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const form = useForm<UpdateFraudRuleInput>({
    resolver: zodResolver(updateFraudRuleSchema),
    values: {
      kind: rule.kind,
      limit: String(rule.limit),
      active: rule.active,
      version: rule.version,
    },
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const limitError = fieldErrorText(errors.limit);
  const id = `rule-${rule.kind}`;
  const name = t(`kinds.${rule.kind}`);

  const submit = form.handleSubmit(async (values) => {
    const result = await updateFraudRuleAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, ['limit'])) {
        toast.error(result.message);
        if (result.code === 'CONFLICT') router.refresh();
      }
      return;
    }
    toast.success(t('saved'));
    router.refresh();
  });

  return (
    <TR>
      <TD className="min-w-48">
        <span className="block font-medium">{name}</span>
        <span id={`${id}-hint`} className="block text-xs text-slate-500">
          {t(`hints.${rule.kind}`)}
        </span>
      </TD>
      <TD className="w-40 min-w-32 align-top">
        <form id={`${id}-form`} onSubmit={submit} noValidate>
          <label htmlFor={`${id}-limit`} className="sr-only">
            {t('limitLabel', { rule: name })}
          </label>
          <Input
            inputMode="numeric"
            autoComplete="off"
            className="tabular-nums"
            {...fieldA11yProps(`${id}-limit`, { error: limitError, hint: true })}
            {...form.register('limit')}
          />
          <div aria-live="polite">
            {limitError ? (
              <p id={`${id}-limit-error`} className="text-danger-fg mt-1 text-xs font-medium">
                {limitError}
              </p>
            ) : null}
          </div>
        </form>
      </TD>
      <TD className="align-top">
        <label className="inline-flex h-10 items-center gap-2">
          <input
            type="checkbox"
            form={`${id}-form`}
            className="size-4"
            aria-label={t('activeLabel', { rule: name })}
            {...form.register('active')}
          />
        </label>
      </TD>
      <TD className="align-top text-xs whitespace-nowrap text-slate-500 max-md:hidden">
        <span className="inline-block pt-3">{updated}</span>
      </TD>
      <TD className="align-top">
        <Button
          type="submit"
          form={`${id}-form`}
          size="sm"
          variant={isDirty ? 'primary' : 'secondary'}
          loading={isSubmitting}
        >
          {t('save')}
        </Button>
      </TD>
    </TR>
  );
}
