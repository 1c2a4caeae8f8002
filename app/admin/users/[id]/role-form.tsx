'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { toast } from '@/components/ui/toast';
import { ROLES, type Role } from '@/lib/domain/roles';
import { changeRoleAction } from '../actions';

/** Picks a new role and confirms it; sends the role shown here so a stale change is refused. */
export function RoleForm({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const t = useTranslations('people');
  const ta = useTranslations('admin');
  const tc = useTranslations('common');
  const router = useRouter();
  const [next, setNext] = useState<Role>(role);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const apply = () =>
    startTransition(async () => {
      setError(null);
      const result = await changeRoleAction({ userId, from: role, to: next });
      setConfirming(false);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      toast.success(t('roleChanged', { name, role: ta(`role${result.data.role}`) }));
      router.refresh();
    });

  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (next !== role) setConfirming(true);
      }}
    >
      <div aria-live="polite">{error ? <Alert tone="danger">{error}</Alert> : null}</div>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <FormField htmlFor="new-role" label={t('newRole')} className="sm:w-56">
          <Select
            id="new-role"
            value={next}
            onChange={(event) => setNext(event.target.value as Role)}
          >
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {ta(`role${option}`)}
              </option>
            ))}
          </Select>
        </FormField>
        <Button type="submit" variant="secondary" disabled={next === role}>
          {t('changeRole')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('roleConfirmTitle', { name })}
        description={t('roleConfirmBody', {
          name,
          from: ta(`role${role}`),
          to: ta(`role${next}`),
        })}
        closeLabel={tc('close')}
        confirmLabel={t('changeRole')}
        cancelLabel={ta('cancel')}
        destructive
        loading={pending}
        onConfirm={apply}
      />
    </form>
  );
}
