import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { STORAGE_STATE, uniqueEmail } from './support/accounts';
import { queryOne } from './support/db';
import { drawIdentityPhotos } from './support/identity-photos';

// The whole road from a stranger to a customer who may pay, through the real inbox and the real
// review queue: register, verify the e-mail from the inbox, send the KTP, be turned down with a
// reason, send again, be approved, reach the pay step.

const sandboxUrl = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 4110}`;

async function mailTo(
  request: APIRequestContext,
  email: string,
  subject: RegExp,
): Promise<{ subject: string; text: string }> {
  let found: { subject: string; text: string } | undefined;
  await expect
    .poll(
      async () => {
        const inbox = await request.get(
          `${sandboxUrl}/control/mail/messages?to=${encodeURIComponent(email)}`,
        );
        const { messages } = (await inbox.json()) as {
          messages: { subject: string; text: string }[];
        };
        found = messages.find((message) => subject.test(message.subject));
        return found !== undefined;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return found as { subject: string; text: string };
}

async function sendIdentity(page: Page, photos: { ktpPhoto: string; selfiePhoto: string }) {
  await page.goto('/home/identity');
  // A woman born 5 May 1992: the NIK's day is 05 + 40 = 45.
  await page.getByRole('textbox', { name: 'NIK', exact: true }).fill('3578 0145 0592 0007');
  await page.getByLabel('Nama lengkap sesuai KTP').fill(KTP_NAME);
  await page.getByLabel('Tempat lahir').fill('Surabaya');
  await page.getByLabel('Tanggal lahir').fill('1992-05-05');
  await page.getByRole('radio', { name: 'Perempuan' }).check();
  await page
    .getByLabel('Alamat sesuai KTP')
    .fill('Jl. Darmo Permai III No. 8, RT 02/RW 05, Pradah Kalikendal, Dukuh Pakis');
  await page.getByLabel('Foto KTP: Dari galeri').setInputFiles(photos.ktpPhoto);
  await page.getByLabel('Swafoto memegang KTP: Dari galeri').setInputFiles(photos.selfiePhoto);
  await page.getByRole('button', { name: 'Kirim untuk ditinjau' }).click();
  await expect(page.getByText('Data identitas Anda sedang ditinjau')).toBeVisible();
}

const KTP_NAME = 'SEKAR AYU LARASATI';

async function openSubmissionAsAdmin(admin: Page, email: string) {
  await admin.goto(`/admin/identity?q=${encodeURIComponent(email)}`);
  await admin
    .getByRole('row')
    .filter({ hasText: email })
    .getByRole('link', { name: /Tinjau/ })
    .click();
  await expect(admin.getByRole('heading', { name: KTP_NAME })).toBeVisible();
}

test('[CUSTOMER][ADMIN][IDENTITY] register, verify the e-mail, send the KTP, rejected with a reason, resend, approved, and the pay step opens', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const photos = await drawIdentityPhotos();
  const email = uniqueEmail('perjalanan-kyc');
  const customer = await (
    await browser.newContext({ viewport: { width: 390, height: 844 } })
  ).newPage();

  await customer.goto('/register');
  await customer.getByLabel('Nama lengkap').fill('Sekar Larasati');
  await customer.getByLabel('E-mail').fill(email);
  await customer.getByLabel('Kata sandi').fill('rawon setan jam dua pagi');
  await customer.getByRole('button', { name: 'Daftar' }).click();
  await expect(customer).toHaveURL(/\/home$/);

  // The e-mail from the inbox verifies the address.
  const welcome = await mailTo(request, email, /Verifikasi e-mail/);
  const link = /https?:\/\/\S+\/verify-email\?token=[\w-]+/.exec(welcome.text)?.[0] ?? '';
  expect(link).not.toBe('');
  await customer.goto(`/verify-email${link.slice(link.indexOf('?'))}`);
  await customer.getByRole('button', { name: 'Verifikasi e-mail saya' }).click();
  await expect(customer.getByText('E-mail terverifikasi')).toBeVisible();

  // Before the identity is approved, the bill can be checked but the pay step says what is missing.
  await customer.goto('/home/billers/PLN_POSTPAID');
  await customer.getByLabel('ID pelanggan PLN').fill('5321 0000 0012');
  await customer.getByRole('button', { name: 'Cek tagihan' }).click();
  await expect(customer).toHaveURL(/\/home\/inquiries\//);
  const inquiryUrl = customer.url();
  const checklist = customer.getByTestId('verification-checklist');
  await expect(checklist).toContainText('Verifikasi identitas (KTP)');
  await expect(checklist).not.toContainText('Verifikasi e-mail');
  await expect(customer.getByText('BCA Virtual Account', { exact: true })).toHaveCount(0);
  await checklist.getByRole('link', { name: /Verifikasi identitas/ }).click();
  await expect(customer).toHaveURL(/\/home\/identity$/);

  await sendIdentity(customer, photos);
  await customer.goto(inquiryUrl);
  await expect(customer.getByTestId('verification-checklist')).toContainText('sedang ditinjau');

  // The admin turns it down with a reason; it reaches the customer by e-mail and in the app.
  const admin = await (await browser.newContext({ storageState: STORAGE_STATE.admin })).newPage();
  await openSubmissionAsAdmin(admin, email);
  await expect(admin.getByText('3578 0145 0592 0007')).toBeVisible();
  await admin
    .getByLabel('Alasan penolakan (dibaca pelanggan)')
    .fill('Swafoto tidak memperlihatkan KTP dengan jelas. Foto ulang sambil memegang KTP.');
  await admin.getByRole('button', { name: 'Tolak', exact: true }).click();
  await expect(admin.getByText(`Pengajuan ${KTP_NAME} ditolak.`)).toBeVisible();

  const rejection = await mailTo(request, email, /belum dapat disetujui/);
  expect(rejection.text).toContain('Swafoto tidak memperlihatkan KTP dengan jelas.');
  await customer.goto('/home/notifications');
  await expect(
    customer.getByRole('link', { name: /Verifikasi identitas belum disetujui/ }),
  ).toContainText('Swafoto tidak memperlihatkan KTP dengan jelas.');
  await customer.goto('/home/identity');
  await expect(customer.getByText(/Swafoto tidak memperlihatkan KTP dengan jelas/)).toBeVisible();

  // Sent again, approved this time.
  await sendIdentity(customer, photos);
  await openSubmissionAsAdmin(admin, email);
  await admin.getByRole('button', { name: 'Setujui', exact: true }).click();
  await admin
    .getByRole('dialog', { name: `Setujui identitas ${KTP_NAME}?` })
    .getByRole('button', { name: 'Setujui' })
    .click();
  await expect(admin.getByText(`Identitas ${KTP_NAME} disetujui.`)).toBeVisible();
  await mailTo(request, email, /telah terverifikasi/);

  // The pay step is open now: a fresh check shows the payment methods.
  await customer.goto('/home/billers/PLN_POSTPAID');
  await customer.getByLabel('ID pelanggan PLN').fill('5321 0000 0012');
  await customer.getByRole('button', { name: 'Cek tagihan' }).click();
  await expect(customer).toHaveURL(/\/home\/inquiries\//);
  await expect(customer.getByTestId('verification-checklist')).toHaveCount(0);
  await customer.getByText('BCA Virtual Account', { exact: true }).click();
  await expect(customer.getByRole('button', { name: /^Bayar Rp/ })).toBeVisible();
  await customer.screenshot({ path: 'test-results/identity-journey-pay-step.png', fullPage: true });
  expect(
    queryOne<{ identityStatus: string; verified: number }>(
      'SELECT identityStatus, identityVerifiedAt IS NOT NULL AS verified FROM User WHERE email = ?',
      email,
    ),
  ).toEqual({ identityStatus: 'APPROVED', verified: 1 });
});
