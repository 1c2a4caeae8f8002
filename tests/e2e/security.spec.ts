import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, STORAGE_STATE } from './support/accounts';
import { queryOne } from './support/db';
import { serverActionId } from './support/server-actions';

test.describe('as a customer', () => {
  test.use({ storageState: STORAGE_STATE.customer });

  test('[SECURITY] a customer opening /admin is refused with 403', async ({ page }) => {
    const response = await page.goto('/admin');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Akses ditolak' })).toBeVisible();
    await expect(page.getByText('Pengguna terdaftar')).toHaveCount(0);
  });

  test('[SECURITY] a customer opening the agent counter is refused with 403', async ({ page }) => {
    const response = await page.goto('/agent');
    expect(response?.status()).toBe(403);
  });

  test('[SECURITY] an admin-only server action called directly with a customer session is refused', async ({
    page,
  }) => {
    const target = queryOne<{ id: string; lockedAt: string | null; sessionVersion: number }>(
      'SELECT id, lockedAt, sessionVersion FROM User WHERE email = ?',
      DEMO_ACCOUNTS.agent.email,
    );
    expect(target?.lockedAt).toBeNull();
    const auditBefore = queryOne<{ count: number }>(
      'SELECT COUNT(*) AS count FROM AuditEntry',
    )?.count;

    const response = await page.request.post('/admin/users', {
      headers: {
        'Next-Action': serverActionId('app/admin/users/actions.ts', 'setUserLockedAction'),
        'Content-Type': 'text/plain;charset=UTF-8',
        Accept: 'text/x-component',
      },
      data: JSON.stringify([{ userId: target?.id, locked: true }]),
    });
    const body = await response.text();
    expect(body).toContain('"ok":false');
    expect(body).toContain('"code":"FORBIDDEN"');

    const after = queryOne<{ lockedAt: string | null; sessionVersion: number }>(
      'SELECT lockedAt, sessionVersion FROM User WHERE id = ?',
      target?.id,
    );
    expect(after).toEqual({ lockedAt: null, sessionVersion: target?.sessionVersion });
    expect(queryOne<{ count: number }>('SELECT COUNT(*) AS count FROM AuditEntry')?.count).toBe(
      auditBefore,
    );
  });
});

test('[SECURITY] a visitor without a session is sent to log in, and comes back after', async ({
  page,
}) => {
  await page.goto('/admin/users?page=1');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fusers%3Fpage%3D1/);
  await page.getByLabel('E-mail').fill(DEMO_ACCOUNTS.admin.email);
  await page.getByLabel('Kata sandi').fill('demo-loket-2026');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL(/\/admin\/users\?page=1$/);
});

test('[HEALTH] the health check reports the database and the sandbox', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', database: 'up', sandbox: 'up' });
});
