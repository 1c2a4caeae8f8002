import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, STORAGE_STATE } from './support/accounts';
import { execute, queryOne } from './support/db';

test.use({ storageState: STORAGE_STATE.customer });
// Money goes round a gateway, a webhook and a biller: give the journey room on a busy machine.
test.describe.configure({ timeout: 90_000 });

const sandboxUrl = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 4110}`;

/** A fresh PLN IDPEL (a postpaid bill once paid stays paid for the sandbox's life). */
const freshIdpel = () => `5377${String(Date.now()).slice(-6)}01`;

async function payByVirtualAccount(page: Page, customerNo: string, label: string) {
  await page.goto('/home/billers/PLN_POSTPAID');
  await page.getByRole('textbox').first().fill(customerNo);
  await page.getByRole('button', { name: 'Cek tagihan' }).click();
  await expect(page).toHaveURL(/\/home\/inquiries\//);
  const id = page.url().split('/').pop() as string;

  await page.getByLabel('Nama tagihan').fill(label);
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByText('Tersimpan sebagai tagihan')).toBeVisible();

  await page.getByText('BCA Virtual Account', { exact: true }).click();
  await page.getByRole('button', { name: /^Bayar Rp/ }).click();
  await expect(page).toHaveURL(new RegExp(`/home/payments/${id}$`));
  const vaNumber = (await page.getByTestId('va-number').textContent())?.trim() ?? '';
  const amount = ((await page.getByTestId('charged-amount').textContent()) ?? '').replace(
    /\D/g,
    '',
  );
  const bank = await page.context().newPage();
  await bank.goto(`${sandboxUrl}/gateway/simulator`);
  await bank.getByLabel('Nomor VA').fill(vaNumber);
  await bank.getByLabel(/Jumlah/).fill(amount);
  await bank.getByRole('button', { name: 'Bayar (pay)' }).first().click();
  // Closed once the simulator has answered: closing it mid-submit can stall the browser.
  await expect(bank.getByText(/Dibayar lewat simulator/)).toBeVisible();
  await bank.close();
  await expect(page.getByText('Pembayaran berhasil')).toBeVisible({ timeout: 45_000 });
  return id;
}

/** Other kinds of notices for the same customer, so the page is seen with each of them. */
function addOtherNotices(userId: string) {
  const add = (kind: string, params: object, href: string) =>
    execute(
      `INSERT INTO "Notification" (id, userId, dedupeKey, kind, params, href, createdAt)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      `e2e${randomUUID().replaceAll('-', '').slice(0, 20)}`,
      userId,
      `e2e:${randomUUID()}`,
      kind,
      JSON.stringify(params),
      href,
      new Date(Date.now() - 60_000).toISOString().replace('Z', '+00:00'),
    );
  const pdam = { billerNameId: 'PDAM Tirtawening Kota Bandung', billerNameEn: 'PDAM Bandung' };
  add(
    'PAYMENT_FAILED',
    { ...pdam, amount: 'Rp98.000', reason: 'UNKNOWN_CUSTOMER', delayed: 'no' },
    '/home/history',
  );
  add(
    'PAYMENT_REFUNDED',
    { ...pdam, amount: 'Rp98.000', method: 'VA', cause: 'BILLER_FAILED' },
    '/home/history',
  );
  add(
    'BILL_AVAILABLE',
    {
      billerNameId: 'Telkom / IndiHome',
      billerNameEn: 'Telkom / IndiHome',
      periodId: 'Okt 2026',
      periodEn: 'Oct 2026',
      label: 'Internet rumah',
      amount: 'Rp325.000',
    },
    '/home/saved',
  );
}

test('[CUSTOMER][NOTICES] a paid bill rings the bell, its notice opens the payment, and a saved bill’s reminder can be turned off', async ({
  page,
}) => {
  const label = `Listrik ${randomUUID().slice(0, 6)}`;
  const id = await payByVirtualAccount(page, freshIdpel(), label);

  const userId = queryOne<{ id: string }>(
    'SELECT id FROM User WHERE email = ?',
    DEMO_ACCOUNTS.customer.email,
  )!.id;
  const notice = queryOne<{ kind: string; href: string; readAt: string | null }>(
    'SELECT kind, href, readAt FROM Notification WHERE dedupeKey = ?',
    `payment-succeeded:${id}`,
  );
  expect(notice).toEqual({
    kind: 'PAYMENT_SUCCEEDED',
    href: `/home/payments/${id}/receipt`,
    readAt: null,
  });
  addOtherNotices(userId);

  // The bell counts it (other journeys pay as the same customer meanwhile: at least this one).
  await page.goto('/home');
  const bell = page.getByRole('link', { name: /^Notifikasi, \d+ belum dibaca$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page).toHaveURL(/\/home\/notifications$/);
  await expect(page.getByRole('heading', { name: 'Notifikasi' })).toBeVisible();

  const item = page.locator(`a[href="/home/payments/${id}/receipt"]`);
  await expect(item).toContainText('Pembayaran berhasil');
  await expect(item).toContainText('Pembayaran PLN Tagihan Listrik sebesar Rp');
  await expect(item).toContainText('(belum dibaca)');
  await expect(page.getByText('Tagihan baru sudah terbit').first()).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/notices-phone.png', fullPage: true });

  await item.click();
  await expect(page).toHaveURL(new RegExp(`/home/payments/${id}/receipt$`));
  await expect(page.getByText(/LKT-\d{4}-\d{8}/).first()).toBeVisible();
  expect(
    queryOne<{ readAt: string | null }>(
      'SELECT readAt FROM Notification WHERE dedupeKey = ?',
      `payment-succeeded:${id}`,
    )?.readAt,
  ).not.toBeNull();

  // The saved bill's reminder: on by default, off after a tap, still off after a reload.
  await page.goto('/home/saved');
  const row = page.getByRole('listitem').filter({ hasText: label });
  const reminder = row.getByRole('switch', { name: 'Ingatkan saya saat tagihan baru terbit' });
  await expect(reminder).toHaveAttribute('aria-checked', 'true');
  await reminder.click();
  await expect(page.getByText(`Pengingat untuk “${label}” dimatikan.`)).toBeVisible();
  await expect(reminder).toHaveAttribute('aria-checked', 'false');
  await expect(reminder).toBeEnabled();
  await page.screenshot({ path: 'test-results/saved-reminders-phone.png', fullPage: true });
  await page.reload();
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: label })
      .getByRole('switch', { name: 'Ingatkan saya saat tagihan baru terbit' }),
  ).toHaveAttribute('aria-checked', 'false');
  expect(
    queryOne<{ remindersEnabled: number }>(
      'SELECT remindersEnabled FROM SavedReference WHERE userId = ? AND label = ?',
      userId,
      label,
    ),
  ).toEqual({ remindersEnabled: 0 });
});
