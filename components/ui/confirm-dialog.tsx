'use client';
import { Button } from './button';
import { Dialog } from './dialog';

export type ConfirmDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  confirmLabel: string;
  cancelLabel: string;
  closeLabel?: string;
  /** Destructive actions (lock, delete) get the danger button. */
  destructive?: boolean;
  loading?: boolean;
  onConfirm: () => void;
};

/** "Are you sure?" for one action: cancel on the left, the action on the right. */
export function ConfirmDialog({
  confirmLabel,
  cancelLabel,
  destructive = false,
  loading = false,
  onConfirm,
  onOpenChange,
  ...dialog
}: ConfirmDialogProps) {
  return (
    <Dialog onOpenChange={onOpenChange} {...dialog}>
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="secondary" onClick={() => onOpenChange(false)}>
          {cancelLabel}
        </Button>
        <Button variant={destructive ? 'danger' : 'primary'} loading={loading} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
