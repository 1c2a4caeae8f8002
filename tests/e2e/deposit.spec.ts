import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { STORAGE_STATE } from './support/accounts';
import { queryOne } from './support/db';

test.use({ storageState: STORAGE_STATE.agent });
// A gateway, its webhook and an admin's review: give the journey room on a busy machine.
test.describe.configure({ timeout: 120_000 });

const sandboxUrl = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 4110}`;
const shots = path.resolve(__dirname, '../../test-results/deposit');

const rupiah = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
const available = async (page: Page) =>
  rupiah(await page.getByTestId('deposit-available').textContent());

/** A phone screenshot of a transfer receipt, drawn at test time. */
async function drawTransferProof(): Promise<string> {
  const folder = path.resolve(__dirname, '../../test-results/deposit-fixtures', randomUUID());
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'bukti-transfer.png');
  const receipt = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="540" height="960">
      <rect width="540" height="960" fill="#f1f5f9"/>
      <rect x="40" y="80" width="460" height="90" rx="12" fill="#0f766e"/>
      <rect x="40" y="220" width="460" height="500" rx="12" fill="#ffffff"/>
      <rect x="80" y="270" width="300" height="24" fill="#334155"/>
      <rect x="80" y="330" width="380" height="40" fill="#0f172a"/>
      <rect x="80" y="420" width="260" height="18" fill="#64748b"/>
      <rect x="80" y="470" width="320" height="18" fill="#64748b"/>
    </svg>`,
  );
  await sharp(receipt).png().toFile(file);
  return file;
}

const topUp = (id: string) =>
  queryOne<{ status: string; amount: number }>(
    'SELECT status, amount FROM DepositTopUp WHERE id = ?',
    id,
  );

test('[AGENT][DEPOSIT] top up by VA paid on the bank simulator and by a manual transfer an admin approves', async ({
  page,
  browser,
}) => {
  mkdirSync(shots, { recursive: true });
  await page.goto('/agent/deposit');
  await expect(page.getByRole('heading', { name: 'Deposit', level: 1 })).toBeVisible();
  const before = await available(page);
  expect(before).toBeGreaterThan(0);

  // A VA for Rp2.000.000, paid from the sandbox's bank simulator.
  await page.getByLabel('Jumlah').first().fill('2.000.000');
  await page.getByLabel('Bank').first().selectOption('BCA');
  await page.getByRole('button', { name: 'Buat nomor VA' }).click();
  const pending = page.getByTestId('pending-va');
  await expect(pending).toBeVisible();
  const vaNumber = ((await pending.getByTestId('va-number').textContent()) ?? '').trim();
  expect(vaNumber).toMatch(/^39358\d{11}$/);
  expect(rupiah(await pending.getByTestId('va-amount').textContent())).toBe(2_000_000);
  await expect(pending.getByRole('link', { name: 'Buka simulator bank' })).toHaveAttribute(
    'href',
    `${sandboxUrl}/gateway/simulator`,
  );
  await page.screenshot({ path: path.join(shots, 'deposit-va-pending.png'), fullPage: true });
  const vaTopUp = queryOne<{ id: string }>(
    'SELECT id FROM DepositTopUp WHERE vaNumber = ?',
    vaNumber,
  );
  expect(vaTopUp && topUp(vaTopUp.id)).toEqual({ status: 'PENDING', amount: 2_000_000 });

  const bank = await page.context().newPage();
  await bank.goto(`${sandboxUrl}/gateway/simulator`);
  await bank.getByLabel('Nomor VA').fill(vaNumber);
  await bank.getByLabel(/Jumlah/).fill('2000000');
  await bank.getByRole('button', { name: 'Bayar (pay)' }).first().click();
  // Closed once the simulator has answered: closing it mid-submit can stall the browser.
  await expect(bank.getByText(/Dibayar lewat simulator/)).toBeVisible();
  await bank.close();

  // The page refreshes itself until the webhook has credited the deposit.
  await expect(pending).toBeHidden({ timeout: 45_000 });
  expect(topUp(vaTopUp!.id)?.status).toBe('PAID');
  const afterVa = await available(page);
  // Counter sales of other tests may spend meanwhile, never Rp1.000.000 in a few seconds.
  expect(afterVa).toBeGreaterThan(before + 1_000_000);

  // A manual transfer with its proof.
  const reference = `TRF E2E ${randomUUID().slice(0, 6).toUpperCase()}`;
  const manual = page.locator('form', {
    has: page.getByRole('button', { name: 'Kirim bukti transfer' }),
  });
  await manual.getByLabel('Jumlah').fill('500.000');
  await manual.getByLabel('Bank tujuan').selectOption('BNI');
  await manual.getByLabel('Nama pengirim atau nomor referensi').fill(reference);
  await manual.locator('input[type="file"]').setInputFiles(await drawTransferProof());
  await expect(manual.getByText('bukti-transfer.png')).toBeVisible();
  await manual.getByRole('button', { name: 'Kirim bukti transfer' }).click();
  await expect(page.getByText('Bukti transfer terkirim. Admin akan memeriksanya.')).toBeVisible();
  const row = page.getByTestId('top-ups').getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText('Menunggu');
  await expect(row).toContainText('Transfer BNI');
  const manualTopUp = queryOne<{ id: string; status: string; proofImageKey: string }>(
    'SELECT id, status, proofImageKey FROM DepositTopUp WHERE transferRef = ?',
    reference,
  );
  expect(manualTopUp).toMatchObject({ status: 'PENDING', proofImageKey: expect.any(String) });

  // The demo admin finds it in the queue, with the proof, and approves it.
  const adminContext = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const admin = await adminContext.newPage();
  await admin.goto('/admin/deposits');
  await expect(admin.getByRole('link', { name: 'Deposit', exact: true })).toBeVisible();
  const card = admin.getByTestId('top-up-review').filter({ hasText: reference });
  await expect(card).toContainText('Rp500.000');
  await expect(card).toContainText('Loket Berkah Jaya');
  const proof = card.getByRole('img', { name: /Bukti transfer/ });
  await expect(proof).toBeVisible();
  await expect
    .poll(() => proof.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
  await admin.screenshot({ path: path.join(shots, 'admin-deposits.png'), fullPage: true });
  await card.getByRole('button', { name: 'Setujui dan kreditkan' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Setujui dan kreditkan' }).click();
  await expect(admin.getByText(/Rp500\.000 dikreditkan ke Loket Berkah Jaya/)).toBeVisible();
  await expect(admin.getByTestId('top-up-review').filter({ hasText: reference })).toHaveCount(0);
  expect(topUp(manualTopUp!.id)?.status).toBe('PAID');
  const audited = queryOne<{ count: number }>(
    "SELECT COUNT(*) AS count FROM AuditEntry WHERE targetId = ? AND action = 'deposit.topup.proof.viewed'",
    manualTopUp!.id,
  );
  expect(audited?.count).toBeGreaterThan(0);
  await adminContext.close();

  // The balance rises again, and the statement lists both top-ups with the balance after each.
  await page.reload();
  expect(await available(page)).toBeGreaterThan(afterVa + 250_000);
  await expect(row).toContainText('Masuk');
  const statement = page.getByTestId('statement');
  await expect(
    statement.getByRole('row').filter({ hasText: 'Transfer BNI' }).first(),
  ).toContainText('+Rp500.000');
  await expect(statement.getByRole('row').filter({ hasText: 'VA BCA' }).first()).toContainText(
    '+Rp2.000.000',
  );
  await page.screenshot({ path: path.join(shots, 'deposit.png'), fullPage: true });
});

test('[AGENT][DEPOSIT] the owner sets the low-balance warning; a bad threshold is refused', async ({
  page,
}) => {
  await page.goto('/agent/deposit');
  const threshold = page.getByLabel('Batas saldo');
  await threshold.fill('200.000.000');
  await page.getByRole('button', { name: 'Simpan batas' }).click();
  await expect(page.getByText('Batas saldo maksimal Rp100.000.000.')).toBeVisible();
  await threshold.fill('100.000');
  await page.getByRole('button', { name: 'Simpan batas' }).click();
  await expect(page.getByText('Batas peringatan disimpan.')).toBeVisible();
  expect(
    queryOne<{ lowBalanceThreshold: number }>(
      "SELECT o.lowBalanceThreshold FROM Outlet o JOIN User u ON u.id = o.ownerId WHERE u.email = 'agen@demo.loket.id'",
    )?.lowBalanceThreshold,
  ).toBe(100_000);
});
