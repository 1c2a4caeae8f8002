'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { toast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/actions/result';
import { applyFieldErrors } from './apply-field-errors';

// How the back office's decision panels call their server actions: a refusal is a toast, and a
// conflict (someone else acted meanwhile) also reloads the page to show what they did.

/** Shows a refused action's message; on a conflict, reloads the page. */
export function useRefusal(): (result: { code: string; message: string }) => void {
  const router = useRouter();
  return (result) => {
    toast.error(result.message);
    if (result.code === 'CONFLICT') router.refresh();
  };
}

/**
 * A form's submit handler that sends the checked values to `action`. The server's field errors
 * go back on `fields`, keeping what was typed; any other refusal goes to `useRefusal`.
 */
export function useActionSubmit<TValues extends FieldValues, TOutput, TData>(
  form: UseFormReturn<TValues, unknown, TOutput>,
  options: {
    action: (values: TOutput) => Promise<ActionResult<TData>>;
    fields: readonly Path<TValues>[];
    onSuccess: (data: TData) => void;
    /** Runs once the server has answered, before anything else. */
    onAnswered?: () => void;
  },
) {
  const refused = useRefusal();
  return form.handleSubmit(async (values) => {
    const result = await options.action(values);
    options.onAnswered?.();
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, options.fields)) refused(result);
      return;
    }
    options.onSuccess(result.data);
  });
}

/**
 * An action without a form, run once its confirmation is accepted: `ask` opens the dialog, whose
 * props are `dialog`.
 */
export function useConfirmedAction<TData>(
  run: () => Promise<ActionResult<TData>>,
  onSuccess: (data: TData) => void,
) {
  const refused = useRefusal();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const confirm = () =>
    startTransition(async () => {
      const result = await run();
      setConfirming(false);
      if (!result.ok) return refused(result);
      onSuccess(result.data);
    });
  return {
    ask: () => setConfirming(true),
    dialog: { open: confirming, onOpenChange: setConfirming, loading: pending, onConfirm: confirm },
  };
}

/**
 * A form whose submit asks first: `ask` checks the form and opens the confirmation, whose
 * `dialog` props send it with `useActionSubmit`. After a success the page reloads.
 */
export function useConfirmedSubmit<TValues extends FieldValues, TOutput, TData>(
  form: UseFormReturn<TValues, unknown, TOutput>,
  options: {
    action: (values: TOutput) => Promise<ActionResult<TData>>;
    fields: readonly Path<TValues>[];
    onSuccess: (data: TData) => void;
  },
) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const submit = useActionSubmit(form, {
    ...options,
    onAnswered: () => setConfirming(false),
    onSuccess: (data) => {
      options.onSuccess(data);
      router.refresh();
    },
  });
  return {
    ask: form.handleSubmit(() => setConfirming(true)),
    dialog: {
      open: confirming,
      onOpenChange: setConfirming,
      loading: form.formState.isSubmitting,
      onConfirm: () => void submit(),
    },
  };
}
