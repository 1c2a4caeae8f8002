import { createCipheriv, createHmac, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { STORAGE_STATE, uniqueEmail } from './support/accounts';
import { execute, queryOne } from './support/db';

// Submissions are stored here the way the submission side stores them (NIK sealed with the
// app's identity key, keyed hash, masked copy), so the review can be tested on its own. The
// photos' keys lead nowhere: the page must still work, showing the photos' descriptions.

type IdentityKeys = { IDENTITY_ENCRYPTION_KEY: string; IDENTITY_HASH_KEY: string };
const keys = () =>
  JSON.parse(
    readFileSync(path.resolve(__dirname, '../../data/e2e/identity-keys.json'), 'utf8'),
  ) as IdentityKeys;

/** lib/server/identity/sealed.ts: version 1 | IV | tag | AES-256-GCM ciphertext, base64. */
function seal(text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv(
    'aes-256-gcm',
    Buffer.from(keys().IDENTITY_ENCRYPTION_KEY, 'base64'),
    iv,
  );
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([1]), iv, cipher.getAuthTag(), body]).toString('base64');
}

const keyedHash = (text: string) =>
  createHmac('sha256', Buffer.from(keys().IDENTITY_HASH_KEY, 'base64')).update(text).digest('hex');

/** The format the app's database driver writes dates in. */
const sqlDate = (date: Date) => date.toISOString().replace('Z', '+00:00');

function seedPendingSubmission(userEmail: string, fullName: string, createdAt: Date) {
  // A man born 17 Aug 1990 in Bandung, with a serial of its own.
  const nik = `327301170890${randomInt(1000, 10_000)}`;
  const user = queryOne<{ id: string }>('SELECT id FROM User WHERE email = ?', userEmail);
  if (!user) throw new Error(`no user ${userEmail}`);
  const id = `e2e${randomUUID().replaceAll('-', '')}`;
  execute("UPDATE User SET identityStatus = 'PENDING' WHERE id = ?", user.id);
  execute(
    `INSERT INTO IdentitySubmission (id, userId, status, nikCiphertext, nikHash, nikMasked,
       fullName, birthPlace, birthDate, sex, address, ktpImageKey, selfieImageKey, createdAt, updatedAt)
     VALUES (?, ?, 'PENDING', ?, ?, ?, ?, 'Bandung', '1990-08-17', 'MALE',
       'Jl. Braga No. 10, Sumur Bandung, Kota Bandung', 'e2e-missing-ktp-photo', 'e2e-missing-selfie-photo', ?, ?)`,
    id,
    user.id,
    seal(nik),
    keyedHash(nik),
    `${nik.slice(0, 4)}********${nik.slice(-4)}`,
    fullName,
    sqlDate(createdAt),
    sqlDate(createdAt),
  );
  return { id, nik, userId: user.id };
}

/** A customer who never logs in during the test: enough to own a submission. */
function seedCustomer(email: string, name: string) {
  const now = sqlDate(new Date());
  execute(
    `INSERT INTO User (id, email, name, passwordHash, role, locale, identityStatus, sessionVersion, createdAt, updatedAt)
     VALUES (?, ?, ?, '!', 'CUSTOMER', 'id', 'NONE', 1, ?, ?)`,
    `e2e${randomUUID().replaceAll('-', '')}`,
    email,
    name,
    now,
    now,
  );
}

async function register(page: Page, name: string, email: string) {
  await page.goto('/register');
  await page.getByLabel('Nama lengkap').fill(name);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill('lumpia semarang 1987 renyah');
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page).toHaveURL(/\/home$/);
}

test('[ADMIN][IDENTITY] a rejection reaches the customer with its reason; an approval leaves the queue', async ({
  browser,
}) => {
  const marker = `kyc${randomInt(1e6, 1e7)}`;
  const dewiEmail = uniqueEmail(`${marker}-dewi`);
  const bayuEmail = uniqueEmail(`${marker}-bayu`);
  const customer = await browser.newContext();
  const customerPage = await customer.newPage();
  await register(customerPage, 'Dewi Lestari', dewiEmail);
  seedCustomer(bayuEmail, 'Bayu Pratama');
  const hourAgo = new Date(Date.now() - 60 * 60_000);
  const dewi = seedPendingSubmission(dewiEmail, 'Dewi Lestari', hourAgo);
  const bayu = seedPendingSubmission(bayuEmail, 'Bayu Pratama', new Date());

  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const adminPage = await admin.newPage();
  await adminPage.goto(`/admin/identity?q=${marker}`);
  await expect(
    adminPage.getByRole('link', { name: /Identitas.*\d+.*menunggu tinjauan/ }),
  ).toBeVisible();
  const rows = adminPage.getByRole('row').filter({ hasText: marker });
  // The longest waiting first, NIK masked.
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Dewi Lestari');
  await expect(rows.first()).toContainText(`3273********${dewi.nik.slice(-4)}`);
  await expect(rows.first()).toContainText('1 jam');
  await expect(adminPage.getByText(dewi.nik)).toHaveCount(0);

  await rows
    .first()
    .getByRole('link', { name: /Tinjau/ })
    .click();
  await expect(adminPage).toHaveURL(new RegExp(`/admin/identity/${dewi.id}$`));
  await expect(adminPage.getByRole('heading', { name: 'Dewi Lestari' })).toBeVisible();
  await expect(adminPage.getByText(dewi.nik.replace(/(\d{4})(?=\d)/g, '$1 '))).toBeVisible();
  await expect(adminPage.getByText('lolos', { exact: true })).toHaveCount(3);
  await expect(
    adminPage.getByRole('img', { name: 'Foto KTP yang dikirim Dewi Lestari' }),
  ).toBeVisible();
  await expect(
    adminPage.getByRole('img', { name: 'Swafoto Dewi Lestari sambil memegang KTP' }),
  ).toBeVisible();
  expect(
    queryOne<{ count: number }>(
      "SELECT COUNT(*) AS count FROM AuditEntry WHERE targetId = ? AND action = 'identity.submission.viewed'",
      dewi.id,
    )?.count,
  ).toBeGreaterThanOrEqual(1);
  await adminPage.screenshot({ path: 'test-results/identity-review-detail.png', fullPage: true });

  // Too short a reason is refused on the spot; a preset fills in one the customer can act on.
  const reason = adminPage.getByLabel('Alasan penolakan (dibaca pelanggan)');
  await reason.fill('Buram');
  await adminPage.getByRole('button', { name: 'Tolak', exact: true }).click();
  await expect(adminPage.getByText('Tulis alasan penolakan minimal 10 karakter')).toBeVisible();
  await adminPage.getByRole('button', { name: 'Foto buram' }).click();
  await expect(reason).toHaveValue(/Foto KTP buram/);
  await reason.fill('Foto KTP buram, NIK tidak terbaca. Foto ulang di tempat terang.');
  await adminPage.getByRole('button', { name: 'Tolak', exact: true }).click();
  await expect(adminPage.getByText('Pengajuan Dewi Lestari ditolak.')).toBeVisible();
  await expect(adminPage).toHaveURL(/\/admin\/identity$/);
  expect(
    queryOne<{ status: string; rejectionReason: string }>(
      'SELECT status, rejectionReason FROM IdentitySubmission WHERE id = ?',
      dewi.id,
    ),
  ).toEqual({
    status: 'REJECTED',
    rejectionReason: 'Foto KTP buram, NIK tidak terbaca. Foto ulang di tempat terang.',
  });

  // The customer sees the notice with the reason, and the bell's count.
  await customerPage.setViewportSize({ width: 390, height: 844 });
  await customerPage.goto('/home/notifications');
  await expect(
    customerPage.getByRole('link', { name: 'Notifikasi, 1 belum dibaca' }),
  ).toBeVisible();
  const notice = customerPage.getByRole('link', { name: /Verifikasi identitas belum disetujui/ });
  await expect(notice).toContainText(
    'Alasan: Foto KTP buram, NIK tidak terbaca. Foto ulang di tempat terang.',
  );
  await expect(notice).toContainText('WIB');
  await customerPage.screenshot({ path: 'test-results/notifications-phone.png', fullPage: true });
  await notice.click();
  await expect(customerPage).toHaveURL(/\/home\/identity$/);
  await expect(customerPage.getByRole('link', { name: 'Notifikasi', exact: true })).toBeVisible();
  expect(
    queryOne<{ unread: number }>(
      'SELECT COUNT(*) AS unread FROM Notification WHERE userId = ? AND readAt IS NULL',
      dewi.userId,
    )?.unread,
  ).toBe(0);

  // The other submission is approved and leaves the queue.
  await adminPage.goto(`/admin/identity?q=${marker}`);
  await expect(rows).toHaveCount(1);
  await rows
    .first()
    .getByRole('link', { name: /Tinjau/ })
    .click();
  await expect(adminPage.getByRole('heading', { name: 'Bayu Pratama' })).toBeVisible();
  await adminPage.getByRole('button', { name: 'Setujui', exact: true }).click();
  const dialog = adminPage.getByRole('dialog', { name: 'Setujui identitas Bayu Pratama?' });
  await dialog.getByRole('button', { name: 'Setujui' }).click();
  await expect(adminPage.getByText('Identitas Bayu Pratama disetujui.')).toBeVisible();
  await expect(adminPage).toHaveURL(/\/admin\/identity$/);
  await adminPage.goto(`/admin/identity?q=${marker}`);
  await expect(adminPage.getByText('Tidak ada pengajuan yang cocok')).toBeVisible();
  expect(
    queryOne<{ identityStatus: string; verified: number }>(
      'SELECT identityStatus, identityVerifiedAt IS NOT NULL AS verified FROM User WHERE id = ?',
      bayu.userId,
    ),
  ).toEqual({ identityStatus: 'APPROVED', verified: 1 });

  await adminPage.goto(`/admin/identity?status=APPROVED&q=${marker}`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Bayu Pratama');

  await customer.close();
  await admin.close();
});
