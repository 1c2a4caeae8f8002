import { expect, test } from '@playwright/test';
import { STORAGE_STATE } from './support/accounts';
import { execute, queryOne } from './support/db';

test.use({ storageState: STORAGE_STATE.customer });

type Stored = {
  status: string;
  billAmount: number;
  penalty: number;
  adminFee: number;
  totalAmount: number;
};
const storedInquiry = (url: string) =>
  queryOne<Stored>(
    'SELECT status, billAmount, penalty, adminFee, totalAmount FROM "Transaction" WHERE id = ?',
    url.split('/').pop(),
  );

test('[CUSTOMER][INQUIRY] checks a PLN postpaid bill and sees the total computed by the server', async ({
  page,
}) => {
  await page.goto('/home');
  await page.getByRole('link', { name: 'Listrik PLN' }).click();
  await page.getByRole('link', { name: /PLN Tagihan Listrik/ }).click();
  await page.getByLabel('ID pelanggan PLN').fill('5321 0000 0012');
  await page.getByRole('button', { name: 'Cek tagihan' }).click();

  await expect(page).toHaveURL(/\/home\/inquiries\//);
  await expect(page.getByRole('heading', { name: 'PLN Tagihan Listrik' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /2026|2025/ }).first()).toBeVisible();
  const stored = storedInquiry(page.url());
  expect(stored?.status).toBe('INQUIRED');
  expect(stored?.totalAmount).toBe(
    (stored?.billAmount ?? 0) + (stored?.penalty ?? 0) + (stored?.adminFee ?? 0),
  );
  const shownTotal = `Rp${new Intl.NumberFormat('id-ID').format(stored?.totalAmount ?? 0)}`;
  await expect(page.getByTestId('inquiry-total')).toHaveText(shownTotal);
});

test('[CUSTOMER][INQUIRY] a PLN token: the meter owner first, then the denomination, up to payment', async ({
  page,
}) => {
  await page.goto('/home');
  await page.getByRole('searchbox', { name: 'Cari layanan' }).fill('token');
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: /PLN Token Listrik/ }).click();
  const meter = page.getByLabel(/Nomor meter/);
  await meter.fill('1400000');
  await meter.blur();
  await expect(page.getByText(/11 digit/).first()).toBeVisible();
  await meter.fill('14000000001');
  await page.getByRole('button', { name: 'Lanjut' }).click();

  await expect(page.getByText('Nama pelanggan')).toBeVisible();
  await expect(page.getByText('Tarif/daya')).toBeVisible();
  await expect(page.getByText('Pilih nominal untuk melihat total yang dibayar.')).toBeVisible();
  await page.getByText('Token PLN 100.000').click();
  await expect(page.getByTestId('inquiry-total')).toHaveText('Rp102.500');
  await expect(page.getByText('Tagihan siap dibayar')).toBeVisible();
  expect(storedInquiry(page.url())).toMatchObject({
    status: 'INQUIRED',
    billAmount: 100_000,
    totalAmount: 102_500,
  });
});

test('[CUSTOMER][INQUIRY] a PDAM bill: pick the water utility, then its own number rule', async ({
  page,
}) => {
  await page.goto('/home/billers?category=water');
  await page.getByRole('link', { name: /PDAM Tirtawening Kota Bandung/ }).click();
  const number = page.getByLabel(/Nomor pelanggan/);
  await number.fill('123456789');
  await page.getByRole('button', { name: 'Cek tagihan' }).click();
  await expect(page.getByText(/8 digit/).first()).toBeVisible();
  await number.fill('12345678');
  await page.getByRole('button', { name: 'Cek tagihan' }).click();
  await expect(page).toHaveURL(/\/home\/inquiries\//);
  await expect(page.getByText('Total bayar')).toBeVisible();
  expect(storedInquiry(page.url())?.status).toBe('INQUIRED');
});

test('[CUSTOMER][INQUIRY] phone credit: the operator shows as the number is typed', async ({
  page,
}) => {
  await page.goto('/home/billers?category=phone');
  await page.getByRole('link', { name: /^Pulsa/ }).click();
  await page.getByLabel(/Nomor HP/).fill('0812 3456 7890');
  await expect(page.getByText('Operator: Telkomsel')).toBeVisible();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page).toHaveURL(/\/home\/inquiries\//);
  await expect(page.getByText('Pulsa XL 10.000')).toHaveCount(0);
  await page.getByText('Pulsa Telkomsel 25.000').click();
  await expect(page.getByTestId('inquiry-total')).toHaveText('Rp26.500');
});

test('[CUSTOMER][INQUIRY] a biller in maintenance says so before anything is typed', async ({
  page,
}) => {
  execute(
    "UPDATE Biller SET status = 'MAINTENANCE', maintenanceMessageId = ? WHERE code = 'EVENT_TICKET'",
    'Sistem tiket sedang diperbarui sampai pukul 06.00 WIB.',
  );
  try {
    await page.goto('/home/billers?category=tickets');
    await expect(
      page.getByRole('link', { name: /Tiket Acara/ }).getByText('Pemeliharaan'),
    ).toBeVisible();
    await page.getByRole('link', { name: /Tiket Acara/ }).click();
    await expect(page.getByText('Sedang dalam pemeliharaan')).toBeVisible();
    await expect(
      page.getByText('Sistem tiket sedang diperbarui sampai pukul 06.00 WIB.'),
    ).toBeVisible();
    await expect(page.getByRole('textbox')).toBeDisabled();
  } finally {
    execute(
      "UPDATE Biller SET status = 'ACTIVE', maintenanceMessageId = NULL WHERE code = 'EVENT_TICKET'",
    );
  }
});

test('[CUSTOMER][SAVED] save a bill, check it again in one tap, then delete it', async ({
  page,
}) => {
  await page.goto('/home/billers/PDAM_SBY');
  await page.getByLabel(/Nomor pelanggan/).fill('1234567801');
  await page.getByRole('button', { name: 'Cek tagihan' }).click();
  await expect(page).toHaveURL(/\/home\/inquiries\//);
  const firstInquiry = page.url();
  await page.getByLabel('Nama tagihan').fill('Air rumah Surabaya');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Tersimpan sebagai tagihan')).toBeVisible();

  await page.goto('/home/saved');
  const item = page.getByRole('listitem').filter({ hasText: 'Air rumah Surabaya' });
  await item.getByRole('button', { name: 'Cek tagihan' }).click();
  await expect(page).toHaveURL(/\/home\/inquiries\//);
  expect(page.url()).not.toBe(firstInquiry);

  await page.goto('/home/saved');
  await item.getByRole('button', { name: /Hapus/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Hapus' }).click();
  await expect(page.getByText('Tagihan tersimpan dihapus.')).toBeVisible();
  await expect(item).toHaveCount(0);
});

test("[SECURITY][INQUIRY] another customer's inquiry is not found", async ({ browser, page }) => {
  await page.goto('/home/billers/TELKOM');
  await page.getByLabel(/Nomor/).first().fill('122334455667');
  await page.getByRole('button', { name: 'Cek tagihan' }).click();
  await expect(page).toHaveURL(/\/home\/inquiries\//);
  const other = await browser.newContext({ storageState: STORAGE_STATE.agent });
  const response = await (await other.newPage()).goto(page.url());
  expect(response?.status()).toBe(403);
  await other.close();
});
