'use client';
import { Toaster as Sonner, type ToasterProps } from 'sonner';

export { toast } from 'sonner';

/** The app's one toaster; mount it once in the root layout. Labels are Indonesian by default. */
export function Toaster(props: ToasterProps) {
  return (
    <Sonner
      position="top-center"
      richColors
      closeButton
      containerAriaLabel="Notifikasi"
      style={{ fontFamily: 'var(--font-sans)' }}
      {...props}
      toastOptions={{ closeButtonAriaLabel: 'Tutup notifikasi', ...props.toastOptions }}
    />
  );
}
