'use client';
import { Camera, IdCard, Images, UserRound } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { buttonClassName } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { fieldA11yProps } from '@/components/ui/form-field';
import { IDENTITY_IMAGE_ACCEPT, IDENTITY_IMAGE_TYPES } from '@/lib/domain/identity/submission';

type Chosen = { url: string | null; name: string; size: number };

const previewable = (file: File) => (IDENTITY_IMAGE_TYPES as readonly string[]).includes(file.type);

/**
 * One photo of the identity form: take it with the camera (phones open it straight away) or pick
 * one from the gallery, then see it before sending. The preview never leaves the browser.
 */
export function ImagePicker<T extends FieldValues>({
  name,
  control,
  label,
  hint,
  error,
  capture,
  kind,
  onChosen,
}: {
  name: Path<T>;
  control: Control<T>;
  label: string;
  hint: string;
  error?: string;
  capture: 'environment' | 'user';
  kind: 'ktp' | 'selfie';
  onChosen: () => void;
}) {
  const t = useTranslations('identity');
  const format = useFormatter();
  const { field } = useController({ name, control });
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const previewUrl = useRef<string | null>(null);
  useEffect(
    () => () => {
      if (previewUrl.current) URL.revokeObjectURL(previewUrl.current);
    },
    [],
  );

  function choose(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (previewUrl.current) URL.revokeObjectURL(previewUrl.current);
    previewUrl.current = previewable(file) ? URL.createObjectURL(file) : null;
    setChosen({ url: previewUrl.current, name: file.name, size: file.size });
    field.onChange(file);
    onChosen();
  }

  const id = String(name);
  const a11y = fieldA11yProps(id, { error, hint });
  const Placeholder = kind === 'ktp' ? IdCard : UserRound;
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t('fileSizeKb', { size: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t('fileSizeMb', {
          size: format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 }),
        });
  const picker = (action: 'takePhoto' | 'chooseFile') => (
    <label
      className={cn(
        buttonClassName('secondary', 'md'),
        'has-focus-visible:outline-brand-700 cursor-pointer px-3 has-focus-visible:outline-2 has-focus-visible:outline-offset-2',
      )}
    >
      <input
        type="file"
        accept={IDENTITY_IMAGE_ACCEPT}
        capture={action === 'takePhoto' ? capture : undefined}
        className="sr-only"
        name={action === 'takePhoto' ? id : undefined}
        aria-label={`${label}: ${t(action)}`}
        aria-invalid={a11y['aria-invalid']}
        aria-describedby={a11y['aria-describedby']}
        ref={action === 'takePhoto' ? field.ref : undefined}
        onChange={choose}
        onBlur={field.onBlur}
      />
      {action === 'takePhoto' ? (
        <Camera aria-hidden="true" className="size-4 shrink-0" />
      ) : (
        <Images aria-hidden="true" className="size-4 shrink-0" />
      )}
      {t(action)}
    </label>
  );

  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="text-sm font-medium text-slate-800">
        {label}
        <span aria-hidden="true" className="text-danger ml-0.5">
          *
        </span>
      </legend>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      <div
        className={cn(
          'rounded-lg border border-dashed bg-slate-50 p-3',
          error ? 'border-danger' : 'border-slate-300',
        )}
      >
        {chosen?.url ? (
          // A local blob preview: next/image cannot optimise it, and it never leaves the page.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={chosen.url}
            alt={t('previewAlt', { label })}
            onError={() => setChosen((current) => current && { ...current, url: null })}
            className="mx-auto max-h-56 w-auto rounded-md object-contain"
          />
        ) : (
          <div className="flex h-24 flex-col items-center justify-center gap-1 text-slate-500">
            <Placeholder aria-hidden="true" className="size-8" strokeWidth={1.5} />
            {chosen ? null : <span className="text-sm">{t('noPhoto')}</span>}
          </div>
        )}
        {chosen ? (
          <p className="mt-2 truncate text-center text-xs text-slate-600" aria-live="polite">
            {chosen.name} · {size(chosen.size)}
          </p>
        ) : null}
        <div className="mt-3 grid grid-cols-2 gap-2">
          {picker('takePhoto')}
          {picker('chooseFile')}
        </div>
      </div>
      <div aria-live="polite">
        {error ? (
          <p id={`${id}-error`} className="text-danger-fg text-sm font-medium">
            {error}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
