import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_OUTLET } from '../../prisma/demo-accounts';
import { STORAGE_STATE } from './support/accounts';
import { queryOne } from './support/db';

const SHOTS = 'test-results/admin-deposit-adjustment';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const rupiah = (amount: number) => `Rp${new Intl.NumberFormat('id-ID').format(amount)}`;
const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('[ADMIN][DEPOSIT_ADJUSTMENT] an admin adds to an outlet deposit with a reason; the owner reads it on the statement', async ({
  browser,
}) => {
  // The demo outlet's deposit is shared with the counter and top-up journeys running alongside,
  // so balances are checked against what the adjustment itself recorded, not a fixed figure.
  const reason = `Kompensasi gangguan biller ${randomUUID().slice(0, 8)}`;
  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin, viewport: DESKTOP });
  const page = await admin.newPage();

  await page.goto('/admin/outlets');
  await page.getByRole('link', { name: DEMO_OUTLET.name }).click();
  await expect(page.getByRole('heading', { name: DEMO_OUTLET.name, level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Agus Wijaya' })).toHaveAttribute(
    'href',
    /^\/admin\/users\/.+/,
  );
  await expect(page.getByText('Rp2.000 per transaksi')).toBeVisible();

  // Nothing typed: the form says what is missing and nothing is sent.
  await page.getByRole('button', { name: 'Periksa penyesuaian' }).click();
  await expect(page.getByText('Isi jumlah penyesuaian.')).toBeVisible();
  await expect(page.getByText(/Tulis alasan minimal 10 karakter/)).toBeVisible();

  await page.getByRole('radio', { name: /Tambah deposit/ }).check();
  await page.getByLabel('Jumlah').fill('125.000');
  await page.getByLabel('Alasan').fill(reason);
  const shown = digits(await page.getByTestId('outlet-available').textContent());
  await page.getByRole('button', { name: 'Periksa penyesuaian' }).click();
  const confirm = page.getByRole('dialog', {
    name: `Tambah Rp125.000 ke deposit ${DEMO_OUTLET.name}?`,
  });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByTestId('adjust-available-after')).toHaveText(rupiah(shown + 125_000));
  await expect(confirm.getByText(reason)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/confirm-desktop.png` });
  await confirm.getByRole('button', { name: 'Simpan penyesuaian' }).click();
  await expect(confirm).toBeHidden();

  // One adjustment, one posting and one audit entry, whose balance the page reports.
  await expect
    .poll(() => queryOne('SELECT id FROM DepositAdjustment WHERE reason = ?', reason))
    .toBeTruthy();
  const saved = queryOne<{ id: string; amount: number; changes: string }>(
    `SELECT d.id, d.amount, a.changes FROM DepositAdjustment d
     JOIN AuditEntry a ON a.action = 'deposit.adjusted' AND a.changes LIKE '%' || d.id || '%'
     WHERE d.reason = ?`,
    reason,
  )!;
  expect(saved.amount).toBe(125_000);
  const { before, after } = JSON.parse(saved.changes) as {
    before: { available: number };
    after: { available: number };
  };
  expect(after.available).toBe(before.available + 125_000);
  expect(
    queryOne<{ n: number }>(
      'SELECT COUNT(*) AS n FROM LedgerTransaction WHERE idempotencyKey = ?',
      `deposit-adjustment:${saved.id}`,
    )?.n,
  ).toBe(1);
  await expect(page.getByText(`Saldo tersedia ${rupiah(after.available)}.`)).toBeVisible();

  const history = page.getByTestId('adjustments');
  const row = history.getByRole('row', { name: new RegExp(reason) });
  await expect(row).toContainText('+Rp125.000');
  await expect(row).toContainText('Admin Loket');
  await expect(row).toContainText('WIB');
  const line = page.getByTestId('statement').getByRole('row', { name: new RegExp(reason) });
  await expect(line).toContainText('Penyesuaian oleh admin Loket');
  await expect(line).toContainText(rupiah(after.available));

  await page.screenshot({ path: `${SHOTS}/outlet-desktop.png`, fullPage: true });
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await page.setViewportSize(PHONE);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/outlet-phone.png`, fullPage: true });
  await admin.close();

  // The owner's statement shows the adjustment with its reason and the balance after it.
  const agent = await browser.newContext({ storageState: STORAGE_STATE.agent, viewport: PHONE });
  const owner = await agent.newPage();
  await owner.goto('/agent/deposit#statement');
  const ownerLine = owner.getByTestId('statement').getByRole('row', { name: new RegExp(reason) });
  await expect(ownerLine).toContainText('Penyesuaian oleh admin Loket');
  await expect(ownerLine).toContainText(`Alasan: ${reason}`);
  await expect(ownerLine).toContainText('+Rp125.000');
  await expect(ownerLine).toContainText(rupiah(after.available));
  await owner.screenshot({ path: `${SHOTS}/agent-statement-phone.png`, fullPage: true });
  expect(await overflow(owner)).toBeLessThanOrEqual(0);
  await agent.close();
});

test('[ADMIN][DEPOSIT_ADJUSTMENT] an unknown outlet is not found', async ({ browser }) => {
  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const page = await admin.newPage();
  await page.goto('/admin/outlets/tidak-ada');
  await expect(page.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeVisible();
  await admin.close();
});
