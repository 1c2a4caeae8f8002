import { expect, test } from '@playwright/test';
import { uniqueEmail } from './support/accounts';
import { queryOne } from './support/db';

test('[PUBLIC][LANGUAGE] Indonesian by default, English by the switch, remembered', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bayar tagihan');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Pay electricity');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Pay electricity');
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Log in to Loket' })).toBeVisible();
});

test('[CUSTOMER][LANGUAGE] the choice is saved on the account', async ({ page }) => {
  const email = uniqueEmail('bahasa');
  await page.goto('/register');
  await page.getByLabel('Nama lengkap').fill('Ayu Bahasa');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill('sepeda merah di taman');
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page).toHaveURL(/\/home$/);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Ayu Bahasa', level: 1 })).toBeVisible();
  await expect
    .poll(
      () => queryOne<{ locale: string }>('SELECT locale FROM User WHERE email = ?', email)?.locale,
    )
    .toBe('en');
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.getByRole('heading', { name: 'Halo, Ayu Bahasa', level: 1 })).toBeVisible();
});
