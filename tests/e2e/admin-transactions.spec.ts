import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, STORAGE_STATE } from './support/accounts';
import { queryOne } from './support/db';

// Money goes round a gateway, a webhook, a biller and back: give the journey room.
test.describe.configure({ timeout: 120_000 });

const sandboxUrl = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 4110}`;

/** A PLN number no other journey pays: the sandbox answers "already paid" once it was. */
const freshIdpel = () => `53${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}0001`;

const transaction = (id: string) =>
  queryOne<{ status: string }>('SELECT status FROM "Transaction" WHERE id = ?', id);

test('[ADMIN][REFUND] a paid PLN bill found by reference, refunded with a reason: the customer gets the e-mail and the ledger balances', async ({
  browser,
  request,
}) => {
  const customerNo = freshIdpel();

  // The demo customer pays the bill by virtual account, from the bank simulator.
  const customerContext = await browser.newContext({ storageState: STORAGE_STATE.customer });
  const customer = await customerContext.newPage();
  await customer.goto('/home/billers/PLN_POSTPAID');
  await customer.getByRole('textbox').first().fill(customerNo);
  await customer.getByRole('button', { name: /^(Cek tagihan|Lanjut)$/ }).click();
  await expect(customer).toHaveURL(/\/home\/inquiries\//);
  const id = customer.url().split('/').pop() as string;
  await customer.getByText('BCA Virtual Account', { exact: true }).click();
  await customer.getByRole('button', { name: /^Bayar Rp/ }).click();
  await expect(customer).toHaveURL(new RegExp(`/home/payments/${id}$`));
  const vaNumber = (await customer.getByTestId('va-number').textContent())?.trim() ?? '';
  const charged = ((await customer.getByTestId('charged-amount').textContent()) ?? '').replace(
    /\D/g,
    '',
  );
  const bank = await customerContext.newPage();
  await bank.goto(`${sandboxUrl}/gateway/simulator`);
  await bank.getByLabel('Nomor VA').fill(vaNumber);
  await bank.getByLabel(/Jumlah/).fill(charged);
  await bank.getByRole('button', { name: 'Bayar (pay)' }).first().click();
  await expect.poll(() => transaction(id)?.status, { timeout: 45_000 }).toBe('SUCCESS');
  await customerContext.close();

  // The admin finds it by its customer number and opens it.
  const adminContext = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const admin = await adminContext.newPage();
  await admin.setViewportSize({ width: 1440, height: 900 });
  await admin.goto('/admin/transactions');
  await admin.getByLabel('Referensi').fill(customerNo);
  await admin.getByRole('button', { name: 'Terapkan' }).click();
  await expect(admin).toHaveURL(new RegExp(`reference=${customerNo}`));
  const rows = admin.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await admin.screenshot({ path: 'test-results/admin-transactions-list.png', fullPage: true });
  await rows.nth(1).getByRole('link').click();
  await expect(admin).toHaveURL(new RegExp(`/admin/transactions/${id}$`));
  await expect(admin.getByTestId('transaction-status')).toHaveText('Berhasil');
  await expect(admin.getByTestId('admin-timeline')).toContainText('Biller (switch)');
  await expect(admin.getByTestId('ledger-postings')).toContainText('BILLER_CONFIRMED');
  await admin.screenshot({ path: 'test-results/admin-transaction-detail.png', fullPage: true });

  // A refund without a reason is refused by the form; with one, it is confirmed and sent.
  const amount = admin.getByLabel(/Jumlah yang dikembalikan/);
  await expect(amount).toHaveValue(new Intl.NumberFormat('id-ID').format(Number(charged)));
  await admin.getByRole('button', { name: 'Kembalikan dana' }).click();
  await expect(admin.getByText(/Tulis alasan minimal 10 karakter/)).toBeVisible();
  await admin
    .getByLabel('Alasan')
    .fill('Pelanggan sudah membayar tagihan ini di kantor PLN; dikonfirmasi lewat telepon.');
  await admin.getByRole('button', { name: 'Kembalikan dana' }).click();
  const dialog = admin.getByRole('dialog');
  await expect(dialog).toContainText(/Kembalikan Rp[\d.]+ ke pelanggan\?/);
  await dialog.getByRole('button', { name: 'Kembalikan dana' }).click();
  await expect(admin.getByText(/Pengembalian Rp[\d.]+ sedang diproses/)).toBeVisible();

  // The gateway returns it: the sale is REFUNDED and the customer is told by e-mail.
  await expect.poll(() => transaction(id)?.status, { timeout: 30_000 }).toBe('REFUNDED');
  let email: { subject: string; text: string } | undefined;
  await expect
    .poll(
      async () => {
        const inbox = await request.get(
          `${sandboxUrl}/control/mail/messages?to=${encodeURIComponent(DEMO_ACCOUNTS.customer.email)}`,
        );
        const { messages } = (await inbox.json()) as {
          messages: { subject: string; text: string }[];
        };
        email = messages.find(
          (message) =>
            message.text.includes(`/home/payments/${id}`) &&
            message.subject.includes('dikembalikan'),
        );
        return Boolean(email);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  expect(email?.subject).toBe(
    `Dana Rp${new Intl.NumberFormat('id-ID').format(Number(charged))} sudah dikembalikan`,
  );

  await admin.reload();
  await expect(admin.getByTestId('transaction-status')).toHaveText('Dikembalikan');
  await expect(admin.getByTestId('admin-audit')).toContainText('Pengembalian dana');
  await expect(admin.getByTestId('ledger-postings')).toContainText('ADMIN_REFUND_OWED');
  await expect(admin.getByText('Tidak ada tindakan untuk status ini.')).toBeVisible();
  await admin.screenshot({ path: 'test-results/admin-transaction-refunded.png', fullPage: true });

  // The books: every debit has its credit, and each cached balance equals its entries.
  const totals = queryOne<{ debit: number; credit: number }>(
    'SELECT SUM(debit) AS debit, SUM(credit) AS credit FROM "LedgerEntry"',
  );
  expect(totals?.debit).toBe(totals?.credit);
  const drifted = queryOne<{ count: number }>(
    `SELECT COUNT(*) AS count FROM "LedgerAccount" a
     WHERE a.balance <> (SELECT COALESCE(SUM(e.debit - e.credit), 0) FROM "LedgerEntry" e
       WHERE e.accountId = a.id)`,
  );
  expect(drifted?.count).toBe(0);
  const sale = queryOne<{ net: number }>(
    `SELECT SUM(e.debit - e.credit) AS net FROM "LedgerEntry" e
     JOIN "LedgerTransaction" t ON t.id = e.ledgerTransactionId WHERE t.transactionId = ?`,
    id,
  );
  expect(sale?.net).toBe(0);

  // The dashboard shows the day's numbers and the charts.
  await admin.goto('/admin');
  await expect(admin.getByRole('heading', { name: 'Dasbor', level: 1 })).toBeVisible();
  await expect(admin.getByTestId('stat-count')).not.toHaveText('0');
  await expect(admin.locator('.recharts-surface').first()).toBeVisible();
  await admin.screenshot({ path: 'test-results/admin-dashboard.png', fullPage: true });
  await adminContext.close();
});
