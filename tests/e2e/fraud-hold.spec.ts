import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_ACCOUNTS, STORAGE_STATE } from './support/accounts';
import { queryOne } from './support/db';

// A payment held for review: a number blocked after the bill was checked holds the payment
// when its money arrives. The customer is told it is being checked (page, e-mail); the admin
// refuses it with a note; the customer is told it could not go ahead, and the biller is never
// paid.

test.describe.configure({ timeout: 120_000 });
const shots = 'test-results/fraud-hold';
const sandboxUrl = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 4110}`;
// A PLN number no other spec pays.
const HELD_NO = '532100008804';

async function emailWithSubject(request: APIRequestContext, subject: RegExp) {
  let found: { subject: string; text: string } | undefined;
  await expect
    .poll(
      async () => {
        const inbox = await request.get(
          `${sandboxUrl}/control/mail/messages?to=${encodeURIComponent(DEMO_ACCOUNTS.customer.email)}`,
        );
        const { messages } = (await inbox.json()) as {
          messages: { subject: string; text: string }[];
        };
        found = messages.find((message) => subject.test(message.subject));
        return Boolean(found);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return found!;
}

test('[ADMIN][FRAUD] a held payment: the customer is told it is checked, the admin refuses it, the customer is told it could not go ahead', async ({
  browser,
  request,
}) => {
  const customer = await browser.newContext({ storageState: STORAGE_STATE.customer });
  const pay = await customer.newPage();
  await pay.goto('/home/billers/PLN_POSTPAID');
  await pay.getByRole('textbox').first().fill(HELD_NO);
  await pay.getByRole('button', { name: 'Cek tagihan' }).click();
  await expect(pay).toHaveURL(/\/home\/inquiries\//);
  const id = pay.url().split('/').pop() as string;
  await pay.getByText('BCA Virtual Account', { exact: true }).click();
  await pay.getByRole('button', { name: /^Bayar Rp/ }).click();
  await expect(pay).toHaveURL(new RegExp(`/home/payments/${id}$`));
  const vaNumber = (await pay.getByTestId('va-number').textContent())?.trim() ?? '';
  const amount = ((await pay.getByTestId('charged-amount').textContent()) ?? '').replace(/\D/g, '');

  // Blocked while the customer is at the bank: the money still arrives, and is held.
  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const page = await admin.newPage();
  await page.goto('/admin/fraud');
  await page.getByLabel(/^Nomor pelanggan/).fill(HELD_NO);
  await page.getByLabel(/^Alasan/).fill('Dilaporkan sebagai penipuan');
  await page.getByRole('button', { name: 'Tambahkan ke daftar blokir' }).click();
  await expect(page.getByText(`Nomor ${HELD_NO} diblokir.`)).toBeVisible();

  const bank = await customer.newPage();
  await bank.goto(`${sandboxUrl}/gateway/simulator`);
  await bank.getByLabel('Nomor VA').fill(vaNumber);
  await bank.getByLabel(/Jumlah/).fill(amount);
  await bank.getByRole('button', { name: 'Bayar (pay)' }).first().click();
  // Closed once the simulator has answered: closing it mid-submit can stall the browser.
  await expect(bank.getByText(/Dibayar lewat simulator/)).toBeVisible();
  await bank.close();

  await expect(pay.getByText('Pembayaran sedang diperiksa')).toBeVisible({ timeout: 45_000 });
  await pay.screenshot({ path: `${shots}/customer-held.png`, fullPage: true });
  const held = await emailWithSubject(request, /sedang diperiksa/);
  expect(held.text).toMatch(/tidak perlu membayar tagihan ini lagi/);
  expect(held.text).not.toMatch(/blokir|penipuan|fraud/i);

  await page.reload();
  const card = page.getByRole('listitem').filter({ hasText: HELD_NO });
  await expect(card.getByText('Nomor pelanggan diblokir')).toBeVisible();
  await page.screenshot({ path: `${shots}/admin-holds.png`, fullPage: true });
  await card.getByLabel('Catatan').fill('Nomor dilaporkan sebagai penipuan');
  await card.getByRole('button', { name: 'Tolak' }).click();
  await page
    .getByRole('dialog', { name: 'Tolak dan kembalikan dana?' })
    .getByRole('button', { name: 'Tolak' })
    .click();
  await expect(page.getByText(/Transaksi ditolak; pengembalian Rp[\d.]+ dikirim\./)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: HELD_NO })).toHaveCount(0);

  await pay.reload();
  await expect(
    pay.getByText('Pembayaran tidak dapat diteruskan setelah pemeriksaan'),
  ).toBeVisible();
  await pay.screenshot({ path: `${shots}/customer-not-approved.png`, fullPage: true });
  const refused = await emailWithSubject(request, /tidak dapat diteruskan/);
  expect(refused.text).toMatch(/belum terbayar/);
  expect(
    queryOne<{ status: string; billerRef: string | null }>(
      'SELECT status, billerRef FROM "Transaction" WHERE id = ?',
      id,
    ),
  ).toMatchObject({ billerRef: null });
  expect(
    queryOne<{ n: number }>(
      `SELECT COUNT(*) AS n FROM "AuditEntry" WHERE action = 'fraudHold.reject' AND targetId = ?`,
      id,
    )?.n,
  ).toBe(1);

  await page.getByRole('button', { name: `Hapus ${HELD_NO}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Hapus', exact: true }).click();
  await expect(page.getByText(`Nomor ${HELD_NO} dihapus dari daftar blokir.`)).toBeVisible();
  await admin.close();
  await customer.close();
});
