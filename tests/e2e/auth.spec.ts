import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, uniqueEmail } from './support/accounts';
import { countUsersByEmail, queryOne } from './support/db';

test('[CUSTOMER][AUTH] register, log out, log in again and log out', async ({ page }) => {
  const email = uniqueEmail('daftar');
  const password = 'nasi goreng pedas sekali';

  await page.goto('/register');
  await page.getByLabel('Nama lengkap').fill('Rina Kusuma');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Daftar' }).click();

  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole('heading', { name: 'Halo, Rina Kusuma' })).toBeVisible();
  await expect(page.getByText('Verifikasi identitas diperlukan')).toBeVisible();
  const stored = queryOne<{ role: string; passwordHash: string }>(
    'SELECT role, passwordHash FROM User WHERE email = ?',
    email,
  );
  expect(stored?.role).toBe('CUSTOMER');
  expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);

  await page.getByRole('link', { name: 'Akun' }).click();
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/home');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fhome/);

  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL(/\/home$/);
  await page.getByRole('link', { name: 'Akun' }).click();
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page).toHaveURL(/\/login/);
});

test('[AUTH] a wrong password shows an error and no session', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(DEMO_ACCOUNTS.newCustomer.email);
  await page.getByLabel('Kata sandi').fill('bukan kata sandinya');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByText('E-mail atau kata sandi salah.')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  const session = await (await page.request.get('/api/auth/session')).json();
  expect(session).toEqual({});
});

test('[AUTH] bad registration input shows field errors and creates nothing', async ({ page }) => {
  await page.goto('/register');
  await page.getByLabel('Nama lengkap').fill('Rina');
  await page.getByLabel('E-mail').fill('rina@contoh');
  await page.getByLabel('Kata sandi').fill('pendek');
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page.getByText('Alamat e-mail tidak valid')).toBeVisible();
  await expect(page.getByText('Kata sandi minimal 10 karakter.')).toBeVisible();
  await expect(page.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
  // What the user typed stays, so they only fix what is wrong.
  await expect(page.getByLabel('E-mail')).toHaveValue('rina@contoh');
  expect(countUsersByEmail('rina@contoh')).toBe(0);
});

test('[AUTH] registering a taken e-mail is refused by the server and creates nothing', async ({
  page,
}) => {
  const before = countUsersByEmail(DEMO_ACCOUNTS.customer.email);
  await page.goto('/register');
  await page.getByLabel('Nama lengkap').fill('Siti Lain');
  await page.getByLabel('E-mail').fill(DEMO_ACCOUNTS.customer.email);
  await page.getByLabel('Kata sandi').fill('kata sandi yang panjang');
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page.getByText('E-mail ini sudah terdaftar.')).toBeVisible();
  expect(countUsersByEmail(DEMO_ACCOUNTS.customer.email)).toBe(before);
});

for (const [role, home, heading] of [
  ['agent', '/agent', 'Layar loket'],
  ['admin', '/admin', 'Dasbor'],
] as const) {
  test(`[${role.toUpperCase()}][AUTH] logging in lands on the ${role}'s home`, async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('E-mail').fill(DEMO_ACCOUNTS[role].email);
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page).toHaveURL(new RegExp(`${home}$`));
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  });
}

test('[AUTH] repeated wrong passwords are stopped with a message saying when to try again', async ({
  page,
}) => {
  const email = uniqueEmail('tebak');
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel('Kata sandi').fill(`tebakan nomor ${attempt}`);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByText('E-mail atau kata sandi salah.')).toBeVisible();
  }
  await page.getByLabel('Kata sandi').fill('tebakan nomor 6');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(
    page.getByText('Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit.'),
  ).toBeVisible();
});
