import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { STORAGE_STATE } from './support/accounts';
import { queryOne } from './support/db';

// Every test makes its own biller (other specs use the seeded ones and run in parallel).

const shots = 'test-results/admin-billers';

type StoredBiller = {
  id: string;
  status: string;
  adminFee: number;
  nameId: string;
  version: number;
  maintenanceMessageId: string | null;
};
const storedBiller = (code: string) =>
  queryOne<StoredBiller>(
    'SELECT id, status, adminFee, nameId, version, maintenanceMessageId FROM Biller WHERE code = ?',
    code,
  );
const auditActions = (targetId: string) =>
  queryOne<{ actions: string }>(
    'SELECT group_concat(action) AS actions FROM (SELECT action FROM AuditEntry WHERE targetId = ? ORDER BY createdAt, id)',
    targetId,
  )?.actions;

/** Fills the new-biller form the way an admin does and saves it; returns its code and name. */
async function createBillerInUi(page: Page, options: { screenshot?: boolean } = {}) {
  const suffix = randomUUID().slice(0, 6).toUpperCase();
  const code = `E2E_${suffix}`;
  const name = `Asuransi Uji ${suffix}`;
  await page.goto('/admin/billers');
  await page.getByRole('link', { name: 'Tambah biller' }).click();
  await expect(page.getByRole('heading', { name: 'Tambah biller' })).toBeVisible();
  await page.getByLabel('Kode biller').fill(code.toLowerCase());
  await page.getByLabel('Kategori').selectOption('INSURANCE');
  await page.getByLabel('Jenis').selectOption('POSTPAID');
  await page.getByLabel('Nama (Indonesia)').fill(name);
  await page.getByLabel('Nama (Inggris)').fill(`Test insurance ${suffix}`);
  await page.getByLabel('Kode produk cek tagihan').fill('BPJSKS');
  await page.getByRole('combobox', { name: 'Aturan', exact: true }).selectOption('bpjs');
  await page.getByLabel('Biaya admin').fill('2500');
  await page.getByLabel('Komisi agen').fill('1000');
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('ACTIVE');
  if (options.screenshot)
    await page.screenshot({ path: `${shots}/new-biller.png`, fullPage: true });
  await page.getByRole('button', { name: 'Simpan biller' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/billers\/[^/]+$/);
  return { code, name };
}

test('[ADMIN][BILLERS] maintenance with a message reaches the customer at once; enabling opens it again', async ({
  browser,
}) => {
  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const adminPage = await admin.newPage();
  const { code, name } = await createBillerInUi(adminPage, { screenshot: true });
  const biller = storedBiller(code);
  expect(biller).toMatchObject({ status: 'ACTIVE', adminFee: 2_500, version: 1 });

  const customer = await browser.newContext({ storageState: STORAGE_STATE.customer });
  const customerPage = await customer.newPage();
  await customerPage.goto(`/home/billers/${code}`);
  await expect(customerPage.getByRole('heading', { name })).toBeVisible();
  await expect(customerPage.getByRole('textbox')).toBeEnabled();

  const message = 'Sistem asuransi sedang diperbarui sampai pukul 06.00 WIB.';
  await adminPage.getByRole('button', { name: 'Pemeliharaan' }).click();
  const dialog = adminPage.getByRole('dialog', { name: `Pemeliharaan ${name}` });
  await dialog.getByRole('button', { name: 'Simpan dan mulai pemeliharaan' }).click();
  await expect(
    dialog.getByText('Tulis pesan yang dibaca pelanggan selama pemeliharaan.'),
  ).toHaveCount(2);
  await dialog.getByLabel('Pesan untuk pelanggan (Indonesia)').fill(message);
  await dialog.getByLabel('Pesan untuk pelanggan (Inggris)').fill('Being updated until 06:00 WIB.');
  await dialog.getByRole('button', { name: 'Simpan dan mulai pemeliharaan' }).click();
  await expect(adminPage.getByText(`${name} dalam pemeliharaan.`)).toBeVisible();
  await expect(adminPage.getByText(message).first()).toBeVisible();
  expect(storedBiller(code)).toMatchObject({
    status: 'MAINTENANCE',
    maintenanceMessageId: message,
    version: 2,
  });
  await adminPage.screenshot({ path: `${shots}/maintenance.png`, fullPage: true });

  // The customer's very next request shows it: nothing caches a biller's status.
  await customerPage.reload();
  await expect(customerPage.getByText('Sedang dalam pemeliharaan')).toBeVisible();
  await expect(customerPage.getByText(message)).toBeVisible();
  await expect(customerPage.getByRole('textbox')).toBeDisabled();
  await expect(customerPage.getByRole('button', { name: 'Cek tagihan' })).toBeDisabled();
  await customerPage.screenshot({ path: `${shots}/customer-maintenance.png`, fullPage: true });
  await customerPage.goto('/home/billers?category=insurance');
  await expect(
    customerPage.getByRole('link', { name: new RegExp(name) }).getByText('Pemeliharaan'),
  ).toBeVisible();

  await adminPage.getByRole('button', { name: 'Aktifkan', exact: true }).click();
  await adminPage
    .getByRole('dialog', { name: `Aktifkan ${name}?` })
    .getByRole('button', { name: 'Aktifkan', exact: true })
    .click();
  await expect(adminPage.getByText(`${name} diaktifkan.`)).toBeVisible();
  expect(storedBiller(code)).toMatchObject({ status: 'ACTIVE', version: 3 });

  await customerPage.goto(`/home/billers/${code}`);
  await expect(customerPage.getByText('Sedang dalam pemeliharaan')).toHaveCount(0);
  await expect(customerPage.getByRole('textbox')).toBeEnabled();

  expect(auditActions(biller!.id)).toBe('biller.create,biller.maintenance,biller.enable');
  await adminPage.goto(`/admin/billers?q=${code}`);
  await expect(adminPage.getByRole('link', { name })).toBeVisible();
  await adminPage.screenshot({ path: `${shots}/billers-list.png`, fullPage: true });
  await admin.close();
  await customer.close();
});

test('[ADMIN][BILLERS] disabling a biller: gone from the lists, its open page shows maintenance', async ({
  browser,
}) => {
  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const adminPage = await admin.newPage();
  const { code, name } = await createBillerInUi(adminPage);
  const biller = storedBiller(code);

  const customer = await browser.newContext({ storageState: STORAGE_STATE.customer });
  const customerPage = await customer.newPage();
  await customerPage.goto(`/home/billers/${code}`);
  await expect(customerPage.getByRole('textbox')).toBeEnabled();

  await adminPage.getByRole('button', { name: 'Nonaktifkan', exact: true }).click();
  await adminPage
    .getByRole('dialog', { name: `Nonaktifkan ${name}?` })
    .getByRole('button', { name: 'Nonaktifkan', exact: true })
    .click();
  await expect(adminPage.getByText(`${name} dinonaktifkan.`)).toBeVisible();
  expect(storedBiller(code)).toMatchObject({ status: 'DISABLED', version: 2 });

  await customerPage.reload();
  await expect(customerPage.getByText('Sedang dalam pemeliharaan')).toBeVisible();
  await expect(customerPage.getByRole('textbox')).toBeDisabled();
  await expect(customerPage.getByRole('button', { name: 'Cek tagihan' })).toBeDisabled();
  await customerPage.screenshot({ path: `${shots}/customer-disabled.png`, fullPage: true });
  await customerPage.goto('/home/billers?category=insurance');
  await expect(customerPage.getByRole('link', { name: new RegExp(name) })).toHaveCount(0);

  expect(auditActions(biller!.id)).toBe('biller.create,biller.disable');
  await admin.close();
  await customer.close();
});

test('[ADMIN][BILLERS] of two tabs editing the same biller, the second is told and keeps what was typed', async ({
  browser,
}) => {
  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const first = await admin.newPage();
  const { code, name } = await createBillerInUi(first);
  const second = await admin.newPage();
  await second.goto(first.url());

  // The form checks as it is filled: the commission comes out of the admin fee.
  await first.getByLabel('Komisi agen').fill('9000');
  await first.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(
    first.getByText('Komisi agen dibayar dari biaya admin, jadi tidak boleh melebihi biaya admin.'),
  ).toBeVisible();
  await first.getByLabel('Komisi agen').fill('1000');
  await first.getByLabel('Biaya admin').fill('3000');
  await first.getByRole('button', { name: 'Tambah jam tutup' }).click();
  await first.getByLabel('Mulai #1 (WIB)').fill('22:00');
  await first.getByLabel('Selesai #1 (WIB)').fill('23:30');
  await first.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(first.getByText(`Perubahan ${name} disimpan.`)).toBeVisible();
  expect(storedBiller(code)).toMatchObject({ adminFee: 3_000, version: 2 });

  await second.getByLabel('Nama (Indonesia)').fill(`${name} diubah`);
  await second.getByLabel('Biaya admin').fill('4000');
  await second.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(second.getByText('Biller ini sudah diubah admin lain')).toBeVisible();
  await expect(second.getByText(/Perubahan Anda belum disimpan/)).toBeVisible();
  await expect(second.getByLabel('Biaya admin')).toHaveValue('4000');
  await expect(second.getByLabel('Nama (Indonesia)')).toHaveValue(`${name} diubah`);
  expect(storedBiller(code)).toMatchObject({ adminFee: 3_000, nameId: name, version: 2 });
  await second.screenshot({ path: `${shots}/stale-edit.png`, fullPage: true });

  await second.getByRole('link', { name: 'Muat nilai terbaru' }).click();
  await expect(second.getByLabel('Biaya admin')).toHaveValue('3000');
  await expect(second.getByLabel('Nama (Indonesia)')).toHaveValue(name);
  await expect(second.getByText('Biller ini sudah diubah admin lain')).toHaveCount(0);
  await expect(second.getByRole('heading', { name: 'Perubahan terakhir' })).toBeVisible();
  await second.screenshot({ path: `${shots}/edit-page.png`, fullPage: true });

  const id = storedBiller(code)!.id;
  await second.goto(`/admin/audit?targetId=${id}`);
  const rows = second.getByRole('row');
  await expect(rows.filter({ hasText: 'Biller diubah' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Biller dibuat' })).toHaveCount(1);
  const update = rows.filter({ hasText: 'Biller diubah' });
  await expect(update.getByText('admin@demo.loket.id')).toBeVisible();
  await update.getByText('2 perubahan').click();
  await expect(
    update.getByRole('row', { name: /Biaya admin\s*Rp2\.500\s*Rp3\.000/ }),
  ).toBeVisible();
  await expect(update.getByRole('row', { name: /Jam tutup/ })).toContainText('22:00');
  await second.screenshot({ path: `${shots}/audit-log.png`, fullPage: true });

  await second.getByRole('searchbox', { name: 'Tindakan', exact: true }).fill('product.');
  await second.getByRole('button', { name: 'Terapkan' }).click();
  await expect(second.getByText('Tidak ada catatan yang cocok')).toBeVisible();
  await admin.close();
});

test('[ADMIN][PRODUCTS] add a product, change its price, take it off sale: each audited', async ({
  browser,
}) => {
  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const page = await admin.newPage();
  const { code } = await createBillerInUi(page);
  const productCode = `${code}_1`;

  await page.getByRole('button', { name: 'Tambah produk' }).click();
  const form = page.getByRole('form', { name: 'Tambah produk' });
  await form.getByLabel('Kode produk').fill(productCode.toLowerCase());
  await form.getByLabel('Nama (Indonesia)').fill('Iuran 1 bulan');
  await form.getByLabel('Nama (Inggris)').fill('One month');
  await form.getByLabel('Harga jual').fill('-5');
  await form.getByRole('button', { name: 'Tambah produk' }).click();
  await expect(form.getByText('Jumlah tidak boleh negatif.')).toBeVisible();
  await form.getByLabel('Nilai ke biller').fill('35000');
  await form.getByLabel('Harga jual').fill('35000');
  await form.getByRole('button', { name: 'Tambah produk' }).click();
  await expect(page.getByText(`Produk ${productCode} ditambahkan.`)).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(productCode) });
  await expect(row.getByText('Rp35.000').first()).toBeVisible();

  await row.getByRole('button', { name: `Ubah ${productCode}` }).click();
  await page.getByLabel('Harga jual').fill('36000');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByText(`Produk ${productCode} disimpan.`)).toBeVisible();
  await expect(row.getByText('Rp36.000')).toBeVisible();

  await row.getByRole('button', { name: `Hentikan ${productCode}` }).click();
  await expect(row.getByText('Tidak dijual')).toBeVisible();
  await page.screenshot({ path: `${shots}/products.png`, fullPage: true });

  const product = queryOne<{ id: string; price: number; active: number }>(
    'SELECT id, price, active FROM Product WHERE code = ?',
    productCode,
  );
  expect(product).toMatchObject({ price: 36_000, active: 0 });
  expect(auditActions(product!.id)).toBe('product.create,product.update,product.deactivate');
  await admin.close();
});
