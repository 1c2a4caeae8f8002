import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { logInOverHttp, STORAGE_STATE, uniqueEmail } from './support/accounts';
import { queryOne } from './support/db';

const sandboxUrl = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 4110}`;
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/account-${name}.png`, fullPage: true });

/** Registers a fresh customer through the form; the page ends signed in on /home. */
async function registerCustomer(page: Page, email: string, password: string) {
  await page.goto('/register');
  await page.getByLabel('Nama lengkap').fill('Dewi Anggraini');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page).toHaveURL(/\/home$/);
}

/** The newest reset link the sandbox inbox holds for `email`. */
async function resetLinkFor(request: APIRequestContext, email: string): Promise<string> {
  let link = '';
  await expect
    .poll(
      async () => {
        const inbox = await request.get(
          `${sandboxUrl}/control/mail/messages?to=${encodeURIComponent(email)}`,
        );
        const { messages } = (await inbox.json()) as { messages: { text: string }[] };
        const texts = messages.map((message) => message.text).join('\n');
        link = /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(texts)?.[0] ?? '';
        return link;
      },
      { timeout: 20_000 },
    )
    .not.toBe('');
  return link.slice(link.indexOf('/reset-password'));
}

const sessionVersionOf = (email: string) =>
  queryOne<{ sv: number }>('SELECT sessionVersion AS sv FROM User WHERE email = ?', email)?.sv;

test('[CUSTOMER][PASSWORD_RESET] forgot password, link from the e-mail, new password, log in', async ({
  browser,
  request,
}) => {
  const email = uniqueEmail('lupa');
  const registering = await browser.newContext();
  await registerCustomer(await registering.newPage(), email, 'burung camar di laut');
  await registering.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
  await expect(page.getByRole('heading', { name: 'Lupa kata sandi' })).toBeVisible();
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Kirim tautan' }).click();
  await expect(page.getByText('Periksa e-mail Anda')).toBeVisible();
  await shot(page, 'forgot-sent');

  const link = await resetLinkFor(request, email);
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Buat kata sandi baru' })).toBeVisible();
  await page.getByLabel(/^Kata sandi baru/).fill('Password123');
  await page.getByLabel('Ulangi kata sandi baru').fill('Password123');
  await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
  await expect(page.getByText('Kata sandi ini terlalu umum')).toBeVisible();
  await shot(page, 'reset-common');

  const password = 'perahu kertas biru muda';
  await page.getByLabel(/^Kata sandi baru/).fill(password);
  await page.getByLabel('Ulangi kata sandi baru').fill(password);
  await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
  await expect(page.getByText('Kata sandi diubah')).toBeVisible();
  await shot(page, 'reset-done');
  expect(sessionVersionOf(email)).toBe(2);

  await page.getByRole('link', { name: 'Masuk' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL(/\/home$/);

  // The link was spent: opening it again says so and offers a new one.
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Tautan tidak berlaku' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Minta tautan baru' })).toBeVisible();
  await shot(page, 'reset-invalid');
  await context.close();
});

test('[CUSTOMER][PASSWORD_CHANGE] changing the password keeps this browser signed in and ends the other session', async ({
  browser,
}) => {
  const email = uniqueEmail('ganti');
  const password = 'kucing oren tidur siang';
  const here = await browser.newContext();
  const page = await here.newPage();
  await registerCustomer(page, email, password);

  const elsewhere = await browser.newContext();
  await logInOverHttp(elsewhere.request, email, password);
  const otherPage = await elsewhere.newPage();
  await otherPage.goto('/home/account');
  await expect(otherPage.getByRole('heading', { name: 'Akun saya' })).toBeVisible();

  await page.goto('/home/account');
  await page.getByLabel('Kata sandi saat ini').fill('bukan kata sandi saya');
  await page.getByLabel(/^Kata sandi baru/).fill('gajah biru menari');
  await page.getByLabel('Ulangi kata sandi baru').fill('gajah biru menari');
  await page.getByRole('button', { name: 'Ubah kata sandi' }).click();
  await expect(page.getByText('Kata sandi saat ini salah.')).toBeVisible();
  expect(sessionVersionOf(email)).toBe(1);

  await page.getByLabel('Kata sandi saat ini').fill(password);
  await page.getByRole('button', { name: 'Ubah kata sandi' }).click();
  await expect(
    page.getByText('Kata sandi diubah. Sesi di perangkat lain telah diakhiri.'),
  ).toBeVisible();
  await expect(page.getByLabel('Kata sandi saat ini')).toHaveValue('');
  expect(sessionVersionOf(email)).toBe(2);
  await shot(page, 'customer');

  await page.reload();
  await expect(page).toHaveURL(/\/home\/account$/);
  await expect(page.getByRole('heading', { name: 'Akun saya' })).toBeVisible();

  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/login/);
  await here.close();
  await elsewhere.close();
});

test('[CUSTOMER][PROFILE] name, mobile number and language are saved', async ({ page }) => {
  const email = uniqueEmail('profil');
  await registerCustomer(page, email, 'mangga muda rasa asam');
  await page.goto('/home/account');

  await page.getByLabel('Nama lengkap').fill('D');
  await page.getByLabel('Nomor HP').fill('0221234567');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(page.getByText('Nama minimal 2 karakter.')).toBeVisible();
  await expect(page.getByText('Nomor HP tidak valid')).toBeVisible();
  await shot(page, 'profile-errors');

  await page.getByLabel('Nama lengkap').fill('Dewi Anggraini Putri');
  await page.getByLabel('Nomor HP').fill('+62 812-3456-7890');
  await page.getByLabel(/^Bahasa/).selectOption('en');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(page.getByRole('heading', { name: 'My account' })).toBeVisible();
  const stored = queryOne<{ name: string; phone: string; locale: string }>(
    'SELECT name, phone, locale FROM User WHERE email = ?',
    email,
  );
  expect(stored).toEqual({ name: 'Dewi Anggraini Putri', phone: '+6281234567890', locale: 'en' });

  await page.reload();
  await expect(page.getByLabel('Full name')).toHaveValue('Dewi Anggraini Putri');
  await expect(page.getByLabel('Mobile number')).toHaveValue('0812-3456-7890');
  await expect(page.getByLabel(/^Language/)).toHaveValue('en');
});

for (const role of ['agent', 'admin'] as const) {
  test(`[${role.toUpperCase()}][ACCOUNT] the account page offers profile and password`, async ({
    browser,
  }) => {
    // Looks only: the shared demo accounts are not changed here.
    const context = await browser.newContext({ storageState: STORAGE_STATE[role] });
    const page = await context.newPage();
    await page.goto(`/${role}`);
    await page.getByRole('link', { name: 'Akun', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${role}/account$`));
    await expect(page.getByRole('heading', { name: 'Akun saya' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Simpan profil' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ubah kata sandi' })).toBeVisible();
    await shot(page, role);
    await context.close();
  });
}
