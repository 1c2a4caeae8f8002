import { expect, test, type Page } from '@playwright/test';
import { STORAGE_STATE } from './support/accounts';
import { queryOne } from './support/db';

test.use({ storageState: STORAGE_STATE.customer });
// Money goes round a gateway, a webhook and a biller: give each journey room on a busy machine.
test.describe.configure({ timeout: 90_000 });

const sandboxUrl = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 4110}`;
const cardExpiry = `12/${String((new Date().getUTCFullYear() + 3) % 100).padStart(2, '0')}`;

async function inquire(page: Page, billerCode: string, customerNo: string) {
  await page.goto(`/home/billers/${billerCode}`);
  await page.getByRole('textbox').first().fill(customerNo);
  await page.getByRole('button', { name: /^(Cek tagihan|Lanjut)$/ }).click();
  await expect(page).toHaveURL(/\/home\/inquiries\//);
  return page.url().split('/').pop() as string;
}

async function payWith(page: Page, channelLabel: string) {
  await page.getByText(channelLabel, { exact: true }).click();
  await page.getByRole('button', { name: /^Bayar Rp/ }).click();
}

const transaction = (id: string) =>
  queryOne<{ status: string; token: string | null; billerRef: string | null }>(
    'SELECT status, token, billerRef FROM "Transaction" WHERE id = ?',
    id,
  );

test('[CUSTOMER][PAY] PLN postpaid by virtual account, paid from the bank simulator', async ({
  page,
  context,
}) => {
  const id = await inquire(page, 'PLN_POSTPAID', '532100000123');
  await payWith(page, 'BCA Virtual Account');
  await expect(page).toHaveURL(new RegExp(`/home/payments/${id}$`));
  const vaNumber = (await page.getByTestId('va-number').textContent())?.trim() ?? '';
  const amount = ((await page.getByTestId('charged-amount').textContent()) ?? '').replace(
    /\D/g,
    '',
  );
  expect(vaNumber).toMatch(/^\d{10,18}$/);

  const bank = await context.newPage();
  await bank.goto(`${sandboxUrl}/gateway/simulator`);
  await bank.getByLabel('Nomor VA').fill(vaNumber);
  await bank.getByLabel(/Jumlah/).fill(amount);
  await bank.getByRole('button', { name: 'Bayar (pay)' }).first().click();
  // Closed once the simulator has answered: closing it mid-submit can stall the browser.
  await expect(bank.getByText(/Dibayar lewat simulator/)).toBeVisible();
  await bank.close();

  await expect(page.getByText('Pembayaran berhasil')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByText('Nomor referensi biller')).toBeVisible();
  expect(transaction(id)?.status).toBe('SUCCESS');
});

test('[CUSTOMER][PAY] PLN token by card with 3-D Secure: the token in 5 groups of 4', async ({
  page,
}) => {
  const id = await inquire(page, 'PLN_PREPAID', '14000000011');
  await page.getByText('Token PLN 50.000').click();
  await expect(page.getByTestId('inquiry-total')).toHaveText('Rp52.500');
  await payWith(page, 'Visa / Mastercard');

  await expect(page).toHaveURL(/\/gateway\/pay\/card\//);
  await page.getByLabel(/Nomor kartu/).fill('4811 1111 1111 1114');
  await page.getByLabel(/Berlaku hingga/).fill(cardExpiry);
  await page.getByLabel('CVV').fill('123');
  await page.getByLabel(/Nama di kartu/).fill('SITI RAHAYU');
  await page.getByRole('button', { name: 'Bayar (pay)' }).click();
  await page.getByLabel(/Kode OTP/).fill('123456');
  await page.getByRole('button', { name: /Verifikasi/ }).click();

  await expect(page).toHaveURL(new RegExp(`/home/payments/${id}`));
  await expect(page.getByTestId('pln-token')).toHaveText(/^\d{4}-\d{4}-\d{4}-\d{4}-\d{4}$/, {
    timeout: 45_000,
  });
  await expect(page.getByText(/•••• 1114/)).toBeVisible();
  expect(transaction(id)?.token).toMatch(/^\d{20}$/);
});

test('[CUSTOMER][PAY] PDAM by QRIS, scanned in the simulator', async ({ page, context }) => {
  const id = await inquire(page, 'PDAM_BDG', '87654321');
  await payWith(page, 'QRIS (semua e-wallet & m-banking)');
  await expect(page).toHaveURL(new RegExp(`/home/payments/${id}$`));
  const payload = (await page.getByTestId('qris').getAttribute('data-qris')) ?? '';
  expect(payload).toMatch(/^000201/);

  const wallet = await context.newPage();
  await wallet.goto(`${sandboxUrl}/gateway/simulator`);
  await wallet
    .getByLabel(/Isi kode/)
    .first()
    .fill(payload);
  await wallet.getByRole('button', { name: 'Bayar (pay)' }).last().click();
  // Closed once the simulator has answered: closing it mid-submit can stall the browser.
  await expect(wallet.getByText(/Dibayar lewat simulator/)).toBeVisible();
  await wallet.close();

  // The money's path is checked in the database; the page is then loaded fresh (the VA journey
  // covers the page updating by itself).
  await expect.poll(() => transaction(id)?.status, { timeout: 45_000 }).toBe('SUCCESS');
  await page.reload();
  await expect(page.getByText('Pembayaran berhasil')).toBeVisible();
});

test('[CUSTOMER][PAY] a declined card says why and lets the customer choose another method', async ({
  page,
}) => {
  const id = await inquire(page, 'PLN_POSTPAID', '532100000456');
  await payWith(page, 'Visa / Mastercard');
  await page.getByLabel(/Nomor kartu/).fill('4000 0000 0000 0002');
  await page.getByLabel(/Berlaku hingga/).fill(cardExpiry);
  await page.getByLabel('CVV').fill('123');
  await page.getByLabel(/Nama di kartu/).fill('SITI RAHAYU');
  await page.getByRole('button', { name: 'Bayar (pay)' }).click();
  const otp = page.getByLabel(/Kode OTP/);
  if (await otp.isVisible().catch(() => false)) {
    await otp.fill('123456');
    await page.getByRole('button', { name: /Verifikasi/ }).click();
  }

  await expect(page).toHaveURL(new RegExp(`/home/payments/${id}`));
  await expect(page.getByText('Pembayaran ditolak')).toBeVisible({ timeout: 45_000 });
  await expect(
    page.getByText('Bank penerbit kartu menolak transaksi ini.', { exact: false }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Pilih metode lain' }).first().click();
  await payWith(page, 'BNI Virtual Account');
  await expect(page.getByTestId('va-number')).toBeVisible();
  expect(transaction(id)?.status).toBe('AWAITING_PAYMENT');
});
