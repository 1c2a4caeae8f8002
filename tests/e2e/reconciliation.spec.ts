import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { STORAGE_STATE } from './support/accounts';
import { queryOne } from './support/db';

// A customer pays, the sandbox's gateway settlement gets one amount changed and one row only it
// has, and the admin imports today's file and finds exactly those. Other specs pay at the same
// time, so everything here is asserted on this spec's own references.

test.use({ storageState: STORAGE_STATE.customer });
test.describe.configure({ timeout: 120_000 });

const sandboxUrl = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 4110}`;
const WIB_MS = 7 * 60 * 60 * 1000;

async function payByVirtualAccount(page: Page, customerNo: string): Promise<string> {
  await page.goto('/home/billers/PLN_POSTPAID');
  await page.getByRole('textbox').first().fill(customerNo);
  await page.getByRole('button', { name: /^(Cek tagihan|Lanjut)$/ }).click();
  await expect(page).toHaveURL(/\/home\/inquiries\//);
  const id = page.url().split('/').pop() as string;
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

test('[ADMIN][RECON] the gateway settlement shows exactly the planted differences', async ({
  page,
  browser,
}) => {
  const customerNo = `53${String(Date.now() % 1_000_000).padStart(6, '0')}0001`;
  const transactionId = await payByVirtualAccount(page, customerNo);
  const charge = queryOne<{ gatewayChargeId: string; amount: number; paidAt: number | string }>(
    `SELECT gatewayChargeId, amount, paidAt FROM "PaymentCharge"
     WHERE transactionId = ? AND status = 'PAID'`,
    transactionId,
  );
  expect(charge).toBeDefined();
  const chargeId = charge!.gatewayChargeId;
  const date = new Date(new Date(charge!.paidAt).getTime() + WIB_MS).toISOString().slice(0, 10);
  const extra = `ch_extra_${transactionId.slice(-8)}`;

  const planted = await page.request.post(`${sandboxUrl}/control/settlement/gateway`, {
    data: {
      date,
      alter: [{ reference: chargeId, amount: charge!.amount + 1_000 }],
      add: [
        {
          type: 'PAYMENT',
          reference: extra,
          charge_id: extra,
          order_id: 'unknown-order',
          channel: 'BNI',
          gross_amount: 77_000,
          fee: 4_000,
          net_amount: 73_000,
          settled_at: new Date().toISOString(),
        },
      ],
    },
  });
  expect(planted.status()).toBe(201);

  const adminContext = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const admin = await adminContext.newPage();
  await admin.goto('/admin/reconciliation');
  await expect(admin.getByRole('heading', { name: 'Rekonsiliasi', level: 1 })).toBeVisible();
  await admin.getByRole('combobox', { name: /Penyedia/ }).selectOption('GATEWAY');
  await admin.getByLabel('Tanggal settlement (WIB)').fill(date);
  await admin.getByText('Ambil dari penyedia', { exact: true }).click();
  await admin.getByRole('button', { name: 'Impor dan cocokkan' }).click();
  await expect(admin).toHaveURL(/\/admin\/reconciliation\/[a-z0-9]+$/, { timeout: 20_000 });

  const ours = admin.locator(`tr[data-reference="${chargeId}"]`);
  const theirs = admin.locator(`tr[data-reference="${extra}"]`);
  await expect(ours.getByText('Nominal berbeda')).toBeVisible();
  await expect(ours.getByRole('link', { name: /Transaksi/ })).toHaveAttribute(
    'href',
    `/admin/transactions/${transactionId}`,
  );
  await expect(ours).toContainText('Rp1.000');
  await expect(theirs.getByText('Hanya di penyedia')).toBeVisible();
  await expect(theirs).toContainText('Rp77.000');
  await admin.screenshot({ path: 'test-results/reconciliation-run.png', fullPage: true });

  // A note that is too short is refused in place; a real one resolves the row.
  const note = ours.getByRole('textbox');
  await note.fill('ok');
  await ours.getByRole('button', { name: 'Selesaikan' }).click();
  await expect(ours.getByText('Tulis catatan minimal 5 karakter.')).toBeVisible();
  await note.fill('Gateway mencatat lebih Rp1.000; klaim ke gateway.');
  await ours.getByRole('button', { name: 'Selesaikan' }).click();
  await expect(ours.getByText('Gateway mencatat lebih Rp1.000; klaim ke gateway.')).toBeVisible();
  await expect(theirs.getByRole('button', { name: 'Selesaikan' })).toBeVisible();

  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByRole('link', { name: 'Ekspor CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`reconciliation-gateway-${date}.csv`);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  expect(csv).toContain(
    `AMOUNT_DIFFERS,${chargeId},${transactionId},${charge!.amount + 1_000},${charge!.amount},1000,RESOLVED,`,
  );
  expect(csv).toContain('Gateway mencatat lebih Rp1.000; klaim ke gateway.');
  expect(csv).toContain(`ONLY_THEIRS,${extra},,77000,,,OPEN`);
  await admin.screenshot({ path: 'test-results/reconciliation-resolved.png', fullPage: true });
  await adminContext.close();
});
