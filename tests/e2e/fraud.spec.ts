import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { STORAGE_STATE } from './support/accounts';
import { queryOne } from './support/db';

// The back office's fraud page and reports: a blocked customer number is refused at checkout
// with words the customer can act on, and the reports show today's revenue and download as CSV.

test.describe.configure({ timeout: 90_000 });
const shots = 'test-results/fraud';
// A PLN number no other spec pays.
const BLOCKED_NO = '532100008771';

test('[ADMIN][FRAUD] a blocked number is refused at checkout; removed, it can be paid', async ({
  browser,
}) => {
  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const page = await admin.newPage();
  await page.goto('/admin/fraud');
  await expect(page.getByRole('heading', { name: 'Aturan fraud' })).toBeVisible();
  await page.getByLabel(/^Nomor pelanggan/).fill(BLOCKED_NO);
  await page.getByLabel(/^Alasan/).fill('Dilaporkan sebagai penipuan');
  await page.getByRole('button', { name: 'Tambahkan ke daftar blokir' }).click();
  await expect(page.getByText(`Nomor ${BLOCKED_NO} diblokir.`)).toBeVisible();
  await expect(page.getByRole('cell', { name: BLOCKED_NO, exact: true })).toBeVisible();
  await page.screenshot({ path: `${shots}/fraud-page.png`, fullPage: true });

  const customer = await browser.newContext({ storageState: STORAGE_STATE.customer });
  const pay = await customer.newPage();
  await pay.goto('/home/billers/PLN_POSTPAID');
  await pay.getByRole('textbox').first().fill(BLOCKED_NO);
  await pay.getByRole('button', { name: /^(Cek tagihan|Lanjut)$/ }).click();
  await expect(pay).toHaveURL(/\/home\/inquiries\//);
  const id = pay.url().split('/').pop() as string;
  await pay.getByText('BCA Virtual Account', { exact: true }).click();
  await pay.getByRole('button', { name: /^Bayar Rp/ }).click();
  await expect(
    pay.getByText('Nomor pelanggan ini tidak dapat dibayar di Loket. Hubungi layanan pelanggan.'),
  ).toBeVisible();
  await pay.screenshot({ path: `${shots}/checkout-refused.png`, fullPage: true });
  expect(
    queryOne<{ n: number }>(
      'SELECT COUNT(*) AS n FROM "PaymentCharge" WHERE "transactionId" = ?',
      id,
    )?.n,
  ).toBe(0);

  await page.getByRole('button', { name: `Hapus ${BLOCKED_NO}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Hapus', exact: true }).click();
  await expect(page.getByText(`Nomor ${BLOCKED_NO} dihapus dari daftar blokir.`)).toBeVisible();
  await expect(page.getByRole('cell', { name: BLOCKED_NO, exact: true })).toHaveCount(0);

  await pay.getByRole('button', { name: /^Bayar Rp/ }).click();
  await expect(pay).toHaveURL(new RegExp(`/home/payments/${id}$`));
  await admin.close();
  await customer.close();
});

test("[ADMIN][REPORTS] today's revenue and a CSV download", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const page = await admin.newPage();
  await page.goto('/admin/reports');
  await expect(page.getByRole('heading', { name: 'Laporan', exact: true })).toBeVisible();
  await expect(page.getByText('Pendapatan hari ini')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Komisi yang harus dibayar per outlet' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Volume per biller' })).toBeVisible();
  await page.screenshot({ path: `${shots}/reports-page.png`, fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Unduh CSV' }).first().click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^loket-revenue-\d{4}-\d{2}\.csv$/);
  const text = await readFile((await download.path()) as string, 'utf8');
  expect(
    text.startsWith('\uFEFFTanggal,Biaya diperoleh,Biaya dikembalikan,Komisi agen,Bersih\r\n'),
  ).toBe(true);
  expect(text.split('\r\n').length).toBeGreaterThanOrEqual(29);

  const refused = await (
    await browser.newContext({ storageState: STORAGE_STATE.customer })
  ).request.get('/admin/reports/export?report=revenue&month=2026-11', { maxRedirects: 0 });
  expect(refused.status()).toBe(403);
  await admin.close();
});
