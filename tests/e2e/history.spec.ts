import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, STORAGE_STATE } from './support/accounts';
import { execute, queryOne } from './support/db';

test.use({ storageState: STORAGE_STATE.customer });

// Transactions are written straight into the suite's database, in final states the worker
// leaves alone (it would try to pay or refund anything in between). Each test's customer numbers
// carry a tag of its own, so searching for the tag shows only that test's rows however many
// other journeys pay as the same customer meanwhile.

const iso = (date: Date) => date.toISOString().replace('Z', '+00:00');
const minutes = (date: Date, n: number) => new Date(date.getTime() + n * 60_000);

function idOf(sql: string, ...params: unknown[]): string {
  const row = queryOne<{ id: string }>(sql, ...params);
  if (!row) throw new Error(`nothing for ${sql}`);
  return row.id;
}

const PATHS = {
  SUCCESS: ['INQUIRED', 'AWAITING_PAYMENT', 'PAID', 'PROCESSING', 'SUCCESS'],
  REFUNDED: ['INQUIRED', 'AWAITING_PAYMENT', 'PAID', 'PROCESSING', 'FAILED', 'REFUNDED'],
  EXPIRED: ['INQUIRED', 'AWAITING_PAYMENT', 'EXPIRED'],
} as const;

function addTransaction(input: {
  email?: string;
  billerCode: string;
  state: keyof typeof PATHS;
  customerNo: string;
  customerName: string;
  createdAt: Date;
  billAmount: number;
}): string {
  const id = `e2e${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  const userId = idOf(
    'SELECT id FROM User WHERE email = ?',
    input.email ?? DEMO_ACCOUNTS.customer.email,
  );
  const billerId = idOf('SELECT id FROM Biller WHERE code = ?', input.billerCode);
  const path = PATHS[input.state];
  const total = input.billAmount + 2_500;
  execute(
    `INSERT INTO "Transaction" (id, userId, billerId, status, customerNo, customerName, inquiryData,
       billAmount, penalty, adminFee, totalAmount, methodFee, switchInquiryId, expiresAt, billerRef,
       completedAt, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, '{}', ?, 0, 2500, ?, 4000, ?, ?, ?, ?, ?, ?)`,
    id,
    userId,
    billerId,
    input.state,
    input.customerNo,
    input.customerName,
    input.billAmount,
    total,
    `e2e-${id}`,
    iso(minutes(input.createdAt, 60)),
    input.state === 'SUCCESS' ? `REF${id.slice(-8).toUpperCase()}` : null,
    iso(minutes(input.createdAt, path.length)),
    iso(input.createdAt),
    iso(minutes(input.createdAt, path.length)),
  );
  path.forEach((toStatus, index) =>
    execute(
      `INSERT INTO TransactionEvent (id, transactionId, fromStatus, toStatus, actorType, reason, createdAt)
       VALUES (?, ?, ?, ?, 'SYSTEM', 'e2e', ?)`,
      `${id}-${index}`,
      id,
      index === 0 ? null : path[index - 1],
      toStatus,
      iso(minutes(input.createdAt, index)),
    ),
  );
  if (input.state !== 'EXPIRED') {
    execute(
      `INSERT INTO PaymentCharge (id, transactionId, gatewayChargeId, method, channel, amount, currency,
         status, expiresAt, paidAt, createdAt, updatedAt)
       VALUES (?, ?, ?, 'VA', 'BNI', ?, 'IDR', ?, ?, ?, ?, ?)`,
      `${id}-charge`,
      id,
      `e2e-charge-${id}`,
      total + 4_000,
      input.state === 'REFUNDED' ? 'REFUNDED' : 'PAID',
      iso(minutes(input.createdAt, 60)),
      iso(minutes(input.createdAt, 2)),
      iso(minutes(input.createdAt, 1)),
      iso(minutes(input.createdAt, 2)),
    );
  }
  if (input.state === 'REFUNDED') {
    execute(
      `INSERT INTO Refund (id, transactionId, chargeId, refundId, amount, reason, status, requestedAt, succeededAt)
       VALUES (?, ?, ?, ?, ?, 'BILLER_FAILED', 'SUCCEEDED', ?, ?)`,
      `${id}-refund`,
      id,
      `${id}-charge`,
      `RF-e2e-${id}`,
      total + 4_000,
      iso(minutes(input.createdAt, 4)),
      iso(minutes(input.createdAt, 5)),
    );
  }
  return id;
}

/** Six digits starting with 9: the seeded and journey numbers never contain such a run. */
const newTag = () => `9${String(Math.floor(Math.random() * 100_000)).padStart(5, '0')}`;

async function searchFor(page: Page, text: string) {
  await page.getByRole('searchbox').fill(text);
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text)}`));
}

const rows = (page: Page) => page.getByTestId('history-row');

test('[CUSTOMER][HISTORY] find payments by status, category, date and reference; read the timeline', async ({
  page,
}) => {
  const tag = newTag();
  // 23:30 WIB on 24 October: in the 24th's list, not the 25th's.
  const lateEvening = new Date('2026-10-24T16:30:00Z');
  const pln = addTransaction({
    billerCode: 'PLN_POSTPAID',
    state: 'SUCCESS',
    customerNo: `53${tag}0001`,
    customerName: 'SITI RAHAYU',
    createdAt: lateEvening,
    billAmount: 150_000,
  });
  const refunded = addTransaction({
    billerCode: 'PLN_POSTPAID',
    state: 'REFUNDED',
    customerNo: `53${tag}0002`,
    customerName: 'SITI RAHAYU',
    createdAt: new Date('2026-10-24T17:30:00Z'),
    billAmount: 98_000,
  });
  addTransaction({
    billerCode: 'PDAM_BDG',
    state: 'SUCCESS',
    customerNo: `1${tag}2`,
    customerName: 'RUMAH MAKAN SEDERHANA',
    createdAt: new Date('2026-10-20T03:00:00Z'),
    billAmount: 87_500,
  });
  addTransaction({
    billerCode: 'PLN_POSTPAID',
    state: 'EXPIRED',
    customerNo: `53${tag}0003`,
    customerName: 'SITI RAHAYU',
    createdAt: new Date('2026-10-19T03:00:00Z'),
    billAmount: 60_000,
  });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/home');
  const nav = page.getByRole('navigation', { name: 'Beranda' });
  await expect(nav.getByRole('link')).toHaveText(['Beranda', 'Riwayat', 'Tersimpan', 'Akun']);
  await nav.getByRole('link', { name: 'Riwayat' }).click();
  await expect(page.getByRole('heading', { name: 'Riwayat transaksi', level: 1 })).toBeVisible();

  await searchFor(page, tag);
  await expect(rows(page)).toHaveCount(4);
  await expect(page.getByText('4 transaksi')).toBeVisible();
  // Newest first, in WIB.
  await expect(rows(page).first()).toContainText('25 Okt 2026 00.30 WIB');
  await expect(rows(page).nth(1)).toContainText('24 Okt 2026 23.30 WIB');
  await expect(rows(page).nth(1)).toContainText('Rp156.500');
  await page.screenshot({ path: 'test-results/history/list-390.png', fullPage: true });

  // A status chip keeps the search.
  await page.getByRole('button', { name: 'Berhasil', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`status=success.*q=${tag}|q=${tag}.*status=success`));
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Berhasil', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByText('Kategori dan tanggal').click();
  await page.getByLabel('Kategori').selectOption('water');
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('PDAM Tirtawening Kota Bandung');
  await page.screenshot({ path: 'test-results/history/filtered-390.png', fullPage: true });

  // One WIB day, `to` inclusive: the 23:30 payment belongs to the 24th.
  await page.goto(`/home/history?q=${tag}&from=2026-10-24&to=2026-10-24`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText(`53${tag}0001`);

  await page.goto(`/home/history?status=expired&q=${tag}`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('Kedaluwarsa');

  // Search by the Loket transaction id, then the detail with its timeline.
  await page.goto('/home/history');
  await searchFor(page, refunded);
  await expect(rows(page)).toHaveCount(1);
  await rows(page).click();
  await expect(page).toHaveURL(new RegExp(`/home/history/${refunded}$`));
  await expect(page.getByRole('heading', { name: 'PLN Tagihan Listrik', level: 1 })).toBeVisible();
  await expect(page.getByTestId('history-status')).toHaveText('Dikembalikan');
  await expect(page.getByTestId('status-timeline').getByRole('listitem')).toHaveText([
    /Tagihan dicek.*25 Okt 2026 00\.30 WIB/,
    /Menunggu pembayaran/,
    /Dana diterima/,
    /Diteruskan ke biller/,
    /Pembayaran ke biller gagal/,
    /Pengembalian dana Rp104\.500 diproses/,
    /Dana dikembalikan/,
  ]);
  await expect(
    page.getByText('Rp104.500 sudah dikembalikan ke metode pembayaran Anda.'),
  ).toBeVisible();
  await expect(page.getByText('BNI Virtual Account')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lihat status pembayaran' })).toHaveAttribute(
    'href',
    `/home/payments/${refunded}`,
  );
  await page.screenshot({ path: 'test-results/history/detail-390.png', fullPage: true });

  await page.goto(`/home/history/${pln}`);
  await expect(page.getByTestId('history-status')).toHaveText('Berhasil');
  await expect(page.getByTestId('detail-total')).toHaveText('Rp156.500');
});

test('[CUSTOMER][HISTORY] the CSV holds the filtered rows, defused and readable in Excel', async ({
  page,
}) => {
  const tag = newTag();
  const first = addTransaction({
    billerCode: 'PLN_POSTPAID',
    state: 'SUCCESS',
    customerNo: `53${tag}0001`,
    customerName: '=HYPERLINK("http://contoh.test","Klik")',
    createdAt: new Date('2026-10-10T07:05:00Z'),
    billAmount: 120_000,
  });
  addTransaction({
    billerCode: 'PDAM_BDG',
    state: 'SUCCESS',
    customerNo: `1${tag}2`,
    customerName: 'WARUNG "BU TINI", CABANG 2',
    createdAt: new Date('2026-10-09T07:05:00Z'),
    billAmount: 40_000,
  });

  await page.goto(`/home/history?q=${tag}`);
  await expect(rows(page)).toHaveCount(2);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Unduh CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^loket-riwayat-\d{8}\.csv$/);
  const bytes = await readFile((await download.path()) ?? '');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe(
    'Tanggal (WIB),ID transaksi,Kategori,Biller,Produk,Nomor pelanggan,Nama pelanggan,Status,' +
      'Tagihan (Rp),Denda (Rp),Biaya admin (Rp),Biaya metode (Rp),Total (Rp),Dibayar dengan,' +
      'Referensi biller,Nomor struk',
  );
  expect(lines).toHaveLength(4);
  expect(lines[1]).toBe(
    `2026-10-10 14:05,${first},Listrik PLN,PLN Tagihan Listrik,,53${tag}0001,` +
      `"'=HYPERLINK(""http://contoh.test"",""Klik"")",Berhasil,120000,0,2500,4000,126500,` +
      `BNI Virtual Account,REF${first.slice(-8).toUpperCase()},`,
  );
  expect(lines[2]).toContain(',"WARUNG ""BU TINI"", CABANG 2",');
  expect(lines[3]).toBe('');

  const response = await page.request.get(`/home/history/export?q=${tag}`);
  expect(response.headers()).toMatchObject({
    'content-type': 'text/csv; charset=utf-8',
    'cache-control': 'private, no-store',
  });
  expect(response.headers()['content-disposition']).toMatch(
    /^attachment; filename="loket-riwayat-\d{8}\.csv"$/,
  );
});

test('[CUSTOMER][HISTORY] bad filters are explained; nothing found offers a reset; others’ rows stay hidden', async ({
  page,
}) => {
  await page.goto('/home/history?from=2026-02-30&to=2026-01-01');
  await expect(page.getByText('Tanggal tidak valid, contoh: 2026-11-24.').first()).toBeVisible();
  await expect(page.getByLabel('Dari tanggal')).toHaveAttribute('aria-invalid', 'true');

  const bad = await page.request.get('/home/history/export?from=2026-11-25&to=2026-11-24');
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({
    ok: false,
    code: 'VALIDATION',
    message: expect.stringContaining('Filter riwayat tidak dapat dipakai'),
    fieldErrors: { to: ['Tanggal akhir tidak boleh sebelum tanggal awal.'] },
  });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/home/history?q=tidak-ada-${newTag()}`);
  await expect(page.getByText('Tidak ada transaksi yang cocok')).toBeVisible();
  await page.screenshot({ path: 'test-results/history/no-match-390.png' });
  await page.getByRole('link', { name: 'Hapus filter' }).click();
  await expect(page).toHaveURL(/\/home\/history$/);

  // Another customer's transaction: not in the list, and its page does not exist for us.
  const tag = newTag();
  const theirs = addTransaction({
    email: DEMO_ACCOUNTS.newCustomer.email,
    billerCode: 'PLN_POSTPAID',
    state: 'SUCCESS',
    customerNo: `53${tag}0009`,
    customerName: 'BUDI SANTOSO',
    createdAt: new Date('2026-10-01T03:00:00Z'),
    billAmount: 10_000,
  });
  await page.goto(`/home/history?q=${tag}`);
  await expect(page.getByText('Tidak ada transaksi yang cocok')).toBeVisible();
  // The page streams behind /home's loading state, so the answer is Next's not-found page (its
  // status is already sent as 200 by then, as for every streamed page).
  await page.goto(`/home/history/${theirs}`);
  await expect(page.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeVisible();
  await expect(page.getByText(`53${tag}0009`)).toHaveCount(0);
  const csv = await (await page.request.get(`/home/history/export?q=${theirs}`)).text();
  expect(csv).not.toContain(theirs);
});
