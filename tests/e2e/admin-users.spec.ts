import { expect, test } from '@playwright/test';
import { STORAGE_STATE, uniqueEmail } from './support/accounts';
import { queryOne } from './support/db';

test('[ADMIN][USERS] locking a customer ends their open session; unlocking lets them back in', async ({
  browser,
}) => {
  const email = uniqueEmail('kunci');
  const password = 'es teh manis dingin';
  const customer = await browser.newContext();
  const customerPage = await customer.newPage();
  await customerPage.goto('/register');
  await customerPage.getByLabel('Nama lengkap').fill('Joko Kunci');
  await customerPage.getByLabel('E-mail').fill(email);
  await customerPage.getByLabel('Kata sandi').fill(password);
  await customerPage.getByRole('button', { name: 'Daftar' }).click();
  await expect(customerPage).toHaveURL(/\/home$/);

  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const adminPage = await admin.newPage();
  await adminPage.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = adminPage.getByRole('row', { name: /Joko Kunci/ });
  await row.getByRole('button', { name: 'Kunci' }).click();
  const dialog = adminPage.getByRole('dialog', { name: 'Kunci akun Joko Kunci?' });
  await dialog.getByRole('button', { name: 'Kunci' }).click();
  await expect(adminPage.getByText('Akun Joko Kunci dikunci.')).toBeVisible();
  await expect(row.getByText('Terkunci')).toBeVisible();
  expect(
    queryOne<{ lockedAt: string | null }>('SELECT lockedAt FROM User WHERE email = ?', email)
      ?.lockedAt,
  ).not.toBeNull();
  expect(
    queryOne<{ count: number }>(
      "SELECT COUNT(*) AS count FROM AuditEntry a JOIN User u ON u.id = a.targetId WHERE u.email = ? AND a.action = 'user.lock'",
      email,
    )?.count,
  ).toBe(1);

  // The customer's existing session no longer opens anything.
  await customerPage.goto('/home');
  await expect(customerPage).toHaveURL(/\/login/);

  await customerPage.getByLabel('E-mail').fill(email);
  await customerPage.getByLabel('Kata sandi').fill(password);
  await customerPage.getByRole('button', { name: 'Masuk' }).click();
  await expect(customerPage.getByText('Akun ini dikunci.')).toBeVisible();

  await row.getByRole('button', { name: 'Buka kunci' }).click();
  await expect(row.getByText('Aktif')).toBeVisible();
  await customerPage.getByRole('button', { name: 'Masuk' }).click();
  await expect(customerPage).toHaveURL(/\/home$/);

  await customer.close();
  await admin.close();
});
