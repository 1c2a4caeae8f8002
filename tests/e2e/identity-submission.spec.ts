import path from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { STORAGE_STATE, uniqueEmail } from './support/accounts';
import { execute, queryOne } from './support/db';
import { drawIdentityPhotos } from './support/identity-photos';

const shots = path.resolve(__dirname, '../../test-results');
let ktpPhoto = '';
let selfiePhoto = '';

test.beforeAll(async () => {
  ({ ktpPhoto, selfiePhoto } = await drawIdentityPhotos());
});

test.use({ viewport: { width: 390, height: 844 } });

test('[CUSTOMER][IDENTITY] a new customer sends their KTP and selfie, and the photos stay private', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const email = uniqueEmail('ktp');
  await page.goto('/register');
  await page.getByLabel('Nama lengkap').fill('Budi Santoso');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill('kopi susu gula aren');
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page).toHaveURL(/\/home$/);

  await page.goto('/home/identity');
  await expect(page.getByText('Verifikasi e-mail Anda dulu')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Buka halaman Akun' })).toHaveAttribute(
    'href',
    '/home/account',
  );
  execute(
    'UPDATE User SET emailVerifiedAt = ? WHERE email = ?',
    new Date().toISOString().replace('Z', '+00:00'),
    email,
  );
  await page.reload();

  await page.getByRole('textbox', { name: 'NIK', exact: true }).fill('3273 0117 0890 0001');
  await expect(page.getByText('Tanggal lahir menurut NIK: 17-08-90 (laki-laki)')).toBeVisible();
  await page.getByLabel('Nama lengkap sesuai KTP').fill('BUDI SANTOSO');
  await page.getByLabel('Tempat lahir').fill('Bandung');
  await page.getByLabel('Tanggal lahir').fill('1990-08-17');
  await page.getByRole('radio', { name: 'Laki-laki' }).check();
  await page
    .getByLabel('Alamat sesuai KTP')
    .fill('Jl. Merdeka No. 12, RT 01/RW 02, Babakan Ciamis, Sumur Bandung');

  // A PDF is refused in the browser, before any upload.
  await page.getByLabel('Foto KTP: Dari galeri').setInputFiles({
    name: 'ktp.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
  });
  await expect(page.getByText('Foto harus berformat JPEG, PNG, atau WebP.')).toBeVisible();

  // Text named .jpg passes the browser's guess; the server reads the content and refuses it.
  await page.getByLabel('Foto KTP: Dari galeri').setInputFiles({
    name: 'ktp.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('ini bukan foto KTP'),
  });
  await expect(page.getByText('Foto harus berformat JPEG, PNG, atau WebP.')).toBeHidden();
  await page.getByLabel('Swafoto memegang KTP: Dari galeri').setInputFiles(selfiePhoto);
  await page.getByRole('button', { name: 'Kirim untuk ditinjau' }).click();
  await expect(page.getByText('Foto harus berformat JPEG, PNG, atau WebP.')).toBeVisible();
  await page.getByText('Foto harus berformat JPEG, PNG, atau WebP.').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'identity-error-phone.png') });
  await expect(page.getByRole('textbox', { name: 'NIK', exact: true })).toHaveValue(
    '3273 0117 0890 0001',
  );
  const user = queryOne<{ id: string }>('SELECT id FROM User WHERE email = ?', email);
  expect(
    queryOne<{ count: number }>(
      'SELECT COUNT(*) AS count FROM IdentitySubmission WHERE userId = ?',
      user?.id,
    )?.count,
  ).toBe(0);

  await page.getByLabel('Foto KTP: Dari galeri').setInputFiles(ktpPhoto);
  await expect(page.getByRole('img', { name: 'Pratinjau Foto KTP' })).toBeVisible();
  await expect(page.getByText(/^ktp\.jpg · /)).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'identity-form-phone.png'), fullPage: true });

  await page.getByRole('button', { name: 'Kirim untuk ditinjau' }).click();
  await expect(page.getByText('Data identitas Anda sedang ditinjau')).toBeVisible();
  await expect(page.getByText('3273********0001')).toBeVisible();
  await expect(page.getByText('3273011708900001')).toHaveCount(0);
  await page.screenshot({ path: path.join(shots, 'identity-pending-phone.png'), fullPage: true });

  const submission = queryOne<{ id: string; status: string; nikMasked: string }>(
    'SELECT id, status, nikMasked FROM IdentitySubmission WHERE userId = ?',
    user?.id,
  );
  expect(submission).toMatchObject({ status: 'PENDING', nikMasked: '3273********0001' });
  expect(
    queryOne<{ s: string }>('SELECT identityStatus AS s FROM User WHERE id = ?', user?.id)?.s,
  ).toBe('PENDING');

  const imageUrl = `/api/identity/submissions/${submission?.id}/images/ktp`;
  const own = await page.request.get(imageUrl);
  expect(own.status()).toBe(200);
  expect(own.headers()).toMatchObject({
    'content-type': 'image/jpeg',
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
    'content-disposition': 'inline',
  });
  expect((await sharp(await own.body()).metadata()).format).toBe('jpeg');

  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get(imageUrl)).status()).toBe(401);
  const otherCustomer = await playwright.request.newContext({
    baseURL,
    storageState: STORAGE_STATE.customer,
  });
  const refused = await otherCustomer.get(imageUrl);
  expect(refused.status()).toBe(404);
  expect(await refused.json()).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  const admin = await playwright.request.newContext({ baseURL, storageState: STORAGE_STATE.admin });
  expect((await admin.get(imageUrl)).status()).toBe(200);
  expect(
    queryOne<{ count: number }>(
      "SELECT COUNT(*) AS count FROM AuditEntry WHERE action = 'identity.image.viewed' AND targetId = ?",
      submission?.id,
    )?.count,
  ).toBe(1);
  await Promise.all([anonymous.dispose(), otherCustomer.dispose(), admin.dispose()]);
});
