import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import {
  getCounterSettings,
  updateCounterSettings,
} from '@/lib/server/admin/settings/counter-settings';
import { reprintLimit } from '@/lib/server/receipts/counter-receipt-access';
import { createUser } from '../support/factories';

describe('counter settings', () => {
  it('sets the reprint limit the counter reads, refusing a stale save, each change audited', async () => {
    const { actor: first } = await createUser({ role: 'ADMIN' });
    const { actor: second } = await createUser({ role: 'ADMIN' });
    await db.appSetting.deleteMany({ where: { key: 'counter.reprintLimit' } });
    const seen = await getCounterSettings({ actor: first });
    expect(seen).toEqual({ reprintLimit: 2, version: 0 });

    // Two admins save from the same page at once: one wins, the other is told.
    const results = await Promise.allSettled([
      updateCounterSettings({ actor: first, reprintLimit: 3, version: 0 }),
      updateCounterSettings({ actor: second, reprintLimit: 5, version: 0 }),
    ]);
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost[0]).toMatchObject({ reason: { code: 'CONFLICT', messageKey: 'staleEdit' } });
    const winner = (won[0] as PromiseFulfilledResult<{ reprintLimit: number }>).value;
    expect(await reprintLimit()).toBe(winner.reprintLimit);

    await expect(
      updateCounterSettings({ actor: first, reprintLimit: 4, version: 0 }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await updateCounterSettings({ actor: first, reprintLimit: 0, version: 1 })).toEqual({
      reprintLimit: 0,
      version: 2,
    });
    expect(await reprintLimit()).toBe(0);

    const audits = await db.auditEntry.findMany({
      where: { action: 'settings.counter.update', actorId: { in: [first.id, second.id] } },
      orderBy: { createdAt: 'asc' },
    });
    expect(audits).toHaveLength(2);
    expect(JSON.parse(audits[1]?.changes ?? '{}')).toEqual({
      before: { reprintLimit: winner.reprintLimit },
      after: { reprintLimit: 0 },
    });
  });

  it('is for admins only', async () => {
    const { actor: agent } = await createUser({ role: 'AGENT' });
    const { actor: customer } = await createUser();
    await expect(
      updateCounterSettings({ actor: agent, reprintLimit: 9, version: 0 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getCounterSettings({ actor: customer })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      updateCounterSettings({ actor: null, reprintLimit: 9, version: 0 }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
