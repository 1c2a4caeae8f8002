'use client';
import { useEffect, useId, useRef } from 'react';
import { cn } from './cn';

export type DialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: React.ReactNode;
  description?: React.ReactNode;
  children?: React.ReactNode;
  /** Accessible name of the × button. */
  closeLabel?: string;
  className?: string;
};

/** A modal on the native `<dialog>`: the browser provides the focus trap, inertness and top layer. */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  closeLabel = 'Tutup',
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const pressedOnBackdrop = useRef(false);
  const openRef = useRef(open);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    openRef.current = open;
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const requestClose = () => onOpenChange(false);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      className={cn(
        'rounded-card m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-md overflow-y-auto bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50',
        className,
      )}
      // Escape: let the parent decide, so a controlled `open` stays the source of truth.
      onCancel={(event) => {
        event.preventDefault();
        requestClose();
      }}
      onClose={() => {
        // The browser may still close it on its own (e.g. repeated Escape); keep the parent in sync.
        if (openRef.current) requestClose();
        const target = returnFocusTo.current;
        if (target?.isConnected) target.focus();
      }}
      // A click counts as "on the backdrop" only if it also started there, so dragging a text
      // selection out of the panel does not close it.
      onPointerDown={(event) => {
        pressedOnBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        if (pressedOnBackdrop.current && event.target === event.currentTarget) requestClose();
        pressedOnBackdrop.current = false;
      }}
    >
      <div className="p-5 sm:p-6">
        <div className="flex items-start justify-between gap-4">
          <h2 id={titleId} className="text-lg leading-tight font-semibold">
            {title}
          </h2>
          <button
            type="button"
            aria-label={closeLabel}
            onClick={requestClose}
            className="rounded-control -mt-2 -mr-2 grid size-11 shrink-0 place-items-center text-slate-500 hover:bg-slate-100 hover:text-slate-900 sm:size-9"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
              <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
            </svg>
          </button>
        </div>
        {description ? (
          <p id={descriptionId} className="mt-2 text-sm text-slate-600">
            {description}
          </p>
        ) : null}
        {children}
      </div>
    </dialog>
  );
}
