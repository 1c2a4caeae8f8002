import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, logInOverHttp, STORAGE_STATE, uniqueEmail } from './support/accounts';
import { queryOne } from './support/db';

// The demo agent owns the demo outlet and serves its counter too. A whole sale goes through the
// biller sandbox: give it room.
test.use({ storageState: STORAGE_STATE.agent, viewport: { width: 1366, height: 900 } });
test.describe.configure({ timeout: 120_000 });

const shots = path.resolve(__dirname, '../../test-results/counter');
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

type Outlet = { id: string; ownerId: string };

function demoOutlet(): Outlet {
  const outlet = queryOne<Outlet>(
    'SELECT o.id, o.ownerId FROM Outlet o JOIN User u ON u.id = o.ownerId WHERE u.email = ?',
    DEMO_ACCOUNTS.agent.email,
  );
  if (!outlet) throw new Error('the demo outlet is missing');
  return outlet;
}

const available = (outletId: string) =>
  -(
    queryOne<{ balance: number }>(
      'SELECT balance FROM LedgerAccount WHERE code = ?',
      `deposit:${outletId}`,
    )?.balance ?? 0
  );

const rupiah = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

// Eight digits, none of the sandbox's special endings (0000, 0054, 0060, 0090, 0096, 0500...).
const pdamNumber = `7${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}1`;

test('[AGENT][COUNTER] a PLN token sale and a PDAM payment by keyboard only, then a shift closed with a cash difference', async ({
  page,
}) => {
  const outlet = demoOutlet();
  // The seed's opening deposit pays for both sales.
  expect(available(outlet.id)).toBeGreaterThanOrEqual(500_000);
  expect(
    queryOne('SELECT id FROM Shift WHERE openKey = ?', outlet.ownerId),
    'the demo agent starts without an open shift',
  ).toBeUndefined();

  // The owner sets the biaya loket first, so it shows on the screen and on the receipt.
  await page.goto('/agent/settings');
  const markup = page.getByLabel(/Biaya loket per transaksi/);
  // Filled again until it holds, in case the form hydrates under the first fill.
  await expect(async () => {
    await markup.fill('2.000');
    await expect(markup).toHaveValue('2.000', { timeout: 1_000 });
  }).toPass();
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Biaya loket disimpan.')).toBeVisible();

  await page.goto('/agent/counter');
  // From here on: the keyboard only.
  await expect(page.getByLabel(/Uang kas awal/)).toBeFocused();
  await page.keyboard.type('200.000');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('shift-status')).toContainText('kas awal Rp200.000');
  await expect(page.getByRole('combobox', { name: 'Layanan' })).toBeFocused();

  // PLN token: F1, the meter number, Enter; the second denomination; Rp100.000 in cash.
  await page.keyboard.press('F1');
  const reference = page.locator('#customer-no');
  await expect(reference).toBeFocused();
  await page.keyboard.type('14000000021');
  await expect(page.getByText('Nomor sesuai format.')).toBeVisible();
  await page.keyboard.press('Enter');
  const products = page.getByRole('listbox', { name: 'Pilih nominal' });
  await expect(products).toBeFocused({ timeout: 20_000 });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const cash = page.locator('#cash-received');
  await expect(cash).toBeFocused();
  const total = page.getByTestId('total-to-collect');
  // Token 50.000 + admin 2.500 + biaya loket 2.000.
  await expect(total).toHaveText('Rp54.500');
  await expect(page.getByTestId('bill-amounts')).toContainText('Biaya loket');
  await page.keyboard.type('100000');
  await expect(page.getByTestId('change')).toHaveText('Rp45.500');
  await shot(page, 'counter-mid-sale');
  await page.keyboard.press('Enter');

  const outcome = page.getByTestId('sale-outcome');
  await expect(outcome).toHaveAttribute('data-status', 'SUCCESS', { timeout: 45_000 });
  await expect(page.getByTestId('outcome-token')).toHaveText(/^\d{4}(-\d{4}){4}$/);
  await expect(page.getByTestId('outcome-change')).toHaveText('Rp45.500');
  const receiptNumber = (await page.getByTestId('outcome-receipt-number').textContent()) ?? '';
  expect(receiptNumber).toMatch(/^LKT-\d{4}-\d{8}$/);
  // The 58 mm receipt loads in the print frame, logged as the original print.
  const frame = page.frameLocator('[data-testid="print-frame"]');
  await expect(frame.getByTestId('receipt-thermal')).toContainText(receiptNumber);
  await expect(frame.getByTestId('receipt-thermal')).toContainText('Biaya loket');
  const sale = queryOne<{
    id: string;
    status: string;
    outletMarkup: number;
    cashReceived: number;
    shiftId: string;
  }>(
    `SELECT t.id, t.status, t.outletMarkup, t.cashReceived, t.shiftId FROM "Transaction" t
     JOIN Receipt r ON r.transactionId = t.id WHERE r.number = ?`,
    receiptNumber,
  );
  expect(sale).toMatchObject({ status: 'SUCCESS', outletMarkup: 2_000, cashReceived: 100_000 });
  expect(
    queryOne<{ kinds: string }>(
      'SELECT group_concat(kind) AS kinds FROM ReceiptPrint WHERE transactionId = ?',
      sale?.id,
    )?.kinds,
  ).toBe('ORIGINAL');
  await shot(page, 'counter-sale-success');

  // V opens the receipt page; as printed on 58 mm paper.
  await page.keyboard.press('v');
  await expect(page).toHaveURL(/\/agent\/receipts\//);
  const thermal = page.getByTestId('receipt-thermal');
  await expect(thermal).toContainText('Loket Berkah Jaya');
  await expect(thermal).toContainText(receiptNumber);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(shots, 'receipt-58mm-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  // R reprints (logged, within the limit), C prints the customer's copy, marked as such.
  await page.keyboard.press('r');
  await expect(page.getByTestId('print-count')).toContainText('1 dari 2');
  await page.keyboard.press('c');
  await expect(thermal).toContainText('SALINAN PELANGGAN');
  await expect
    .poll(
      () =>
        queryOne<{ kinds: string }>(
          'SELECT group_concat(kind) AS kinds FROM (SELECT kind FROM ReceiptPrint WHERE transactionId = ? ORDER BY createdAt)',
          sale?.id,
        )?.kinds,
    )
    .toBe('ORIGINAL,REPRINT,CUSTOMER_COPY');
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/\/agent\/counter$/);
  await expect(page.getByRole('combobox', { name: 'Layanan' })).toBeFocused();

  // PDAM Bandung: F3, the customer number, Enter, = for the exact cash, Enter.
  await page.keyboard.press('F3');
  await expect(reference).toBeFocused();
  // A number of its own: a paid PDAM bill answers "already paid" to every later check.
  await page.keyboard.type(pdamNumber);
  await page.keyboard.press('Enter');
  await expect(cash).toBeFocused({ timeout: 20_000 });
  await expect(page.getByTestId('customer-name')).not.toHaveText('—');
  const pdamTotal = rupiah(await total.textContent());
  expect(pdamTotal).toBeGreaterThan(4_500);
  await page.keyboard.press('=');
  await expect(page.getByTestId('change')).toHaveText('Rp0');
  await page.keyboard.press('Enter');
  await expect(outcome).toHaveAttribute('data-status', 'SUCCESS', { timeout: 45_000 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Layanan' })).toBeFocused();
  await expect(page.getByTestId('sales-table').getByRole('row')).toHaveCount(3);

  // Close the shift Rp5.000 short, with a note; the report shows the difference.
  const expected = 200_000 + 54_500 + pdamTotal;
  await page.goto('/agent/shift');
  await expect(page.getByTestId('live-difference')).toContainText(
    `Seharusnya Rp${expected.toLocaleString('id-ID')}`,
  );
  // The counted-cash field takes focus once the page is interactive; type only then.
  await expect(page.getByLabel('Uang di laci (hasil hitung)')).toBeFocused();
  await page.keyboard.type((expected - 5_000).toLocaleString('id-ID'));
  await expect(page.getByTestId('live-difference')).toContainText('Selisih -Rp5.000');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Tulis catatan penyebabnya.')).toBeVisible();
  await expect(page.getByLabel('Catatan')).toBeFocused();
  await page.keyboard.type('Kembalian lebih ke satu pelanggan');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/agent\/shift\/[^/?]+\?closed=1$/);
  await expect(page.getByTestId('cash-difference')).toHaveText('-Rp5.000');
  await expect(page.getByText('Kembalian lebih ke satu pelanggan')).toBeVisible();
  const closed = queryOne<{
    expectedCash: number;
    countedCash: number;
    cashDifference: number;
    openKey: string | null;
  }>(
    'SELECT expectedCash, countedCash, cashDifference, openKey FROM Shift WHERE id = ?',
    sale?.shiftId,
  );
  expect(closed).toEqual({
    expectedCash: expected,
    countedCash: expected - 5_000,
    cashDifference: -5_000,
    openKey: null,
  });
  await shot(page, 'shift-report');
});

test('[AGENT][CASHIERS] the owner adds a cashier, who serves the counter but cannot open the owner pages', async ({
  page,
  browser,
}) => {
  const email = uniqueEmail('kasir');
  await page.goto('/agent/cashiers');
  await page.getByLabel('Nama').fill('Dewi Kasir');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi awal').fill('kasir loket pagi hari');
  await page.getByRole('button', { name: 'Tambah kasir' }).click();
  await expect(page.getByText('Login kasir Dewi Kasir dibuat.')).toBeVisible();
  await expect(page.getByRole('cell', { name: email })).toBeVisible();
  await shot(page, 'cashiers');

  const context = await browser.newContext({ storageState: undefined });
  await logInOverHttp(context.request, email, 'kasir loket pagi hari');
  const cashierPage = await context.newPage();
  await cashierPage.goto('/agent/counter');
  await expect(cashierPage.getByRole('heading', { name: 'Buka shift' })).toBeVisible();
  await expect(cashierPage.getByRole('link', { name: 'Kasir-kasir' })).toHaveCount(0);
  // The owner's pages refuse a cashier by their own check (the page streams inside the agent
  // layout, so the refusal is the forbidden page rather than a bare status).
  for (const ownerPage of ['/agent/cashiers', '/agent/settings', '/agent/shift/recap']) {
    await cashierPage.goto(ownerPage);
    await expect(cashierPage.getByRole('heading', { name: 'Akses ditolak' })).toBeVisible();
  }
  await context.close();
});
