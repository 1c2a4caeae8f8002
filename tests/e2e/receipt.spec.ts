import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, STORAGE_STATE } from './support/accounts';
import { queryOne } from './support/db';

test.use({ storageState: STORAGE_STATE.customer });
// A whole payment round a gateway, a webhook and a biller, then mail: give it room.
test.describe.configure({ timeout: 120_000 });

const sandboxUrl = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 4110}`;
const cardExpiry = `12/${String((new Date().getUTCFullYear() + 3) % 100).padStart(2, '0')}`;
const customerEmail = DEMO_ACCOUNTS.customer.email;

type InboxMessage = {
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string }[];
};

async function payPlnTokenByCard(page: Page, meterNo: string) {
  await page.goto('/home/billers/PLN_PREPAID');
  await page.getByRole('textbox').first().fill(meterNo);
  await page.getByRole('button', { name: /^(Cek tagihan|Lanjut)$/ }).click();
  await expect(page).toHaveURL(/\/home\/inquiries\//);
  const id = page.url().split('/').pop() as string;
  await page.getByText('Token PLN 50.000').click();
  await page.getByText('Visa / Mastercard', { exact: true }).click();
  await page.getByRole('button', { name: /^Bayar Rp/ }).click();

  await expect(page).toHaveURL(/\/gateway\/pay\/card\//);
  await page.getByLabel(/Nomor kartu/).fill('4811 1111 1111 1114');
  await page.getByLabel(/Berlaku hingga/).fill(cardExpiry);
  await page.getByLabel('CVV').fill('123');
  await page.getByLabel(/Nama di kartu/).fill('SITI RAHAYU');
  await page.getByRole('button', { name: 'Bayar (pay)' }).click();
  await page.getByLabel(/Kode OTP/).fill('123456');
  await page.getByRole('button', { name: /Verifikasi/ }).click();
  await expect(page).toHaveURL(new RegExp(`/home/payments/${id}`));
  return id;
}

test('[CUSTOMER][RECEIPT] pay a PLN token: the receipt is e-mailed, printable on A4 and 58 mm, and its QR verifies', async ({
  page,
  browser,
  request,
}) => {
  const id = await payPlnTokenByCard(page, '14000000021');
  const token = page.getByTestId('pln-token');
  await expect(token).toHaveText(/^\d{4}-\d{4}-\d{4}-\d{4}-\d{4}$/, { timeout: 45_000 });
  const tokenText = (await token.textContent()) ?? '';
  // Rp52.500 and the card's fee (Rp2.000 + 2.9%).
  const total = (await page.getByTestId('charged-amount').textContent()) ?? '';
  expect(total).toBe('Rp56.023');
  const stored = queryOne<{ number: string }>(
    'SELECT number FROM Receipt WHERE transactionId = ?',
    id,
  );
  expect(stored?.number).toMatch(/^LKT-\d{4}-\d{8}$/);
  const number = stored?.number ?? '';

  // The receipt e-mail reaches the sandbox inbox with the total, the token and the PDF.
  let mail: InboxMessage | undefined;
  await expect
    .poll(
      async () => {
        const inbox = await request.get(
          `${sandboxUrl}/control/mail/messages?to=${encodeURIComponent(customerEmail)}`,
        );
        const { messages } = (await inbox.json()) as { messages: InboxMessage[] };
        mail = messages.find((message) => message.subject.includes(number));
        return mail?.subject ?? '';
      },
      { timeout: 30_000 },
    )
    .toBe(`Struk pembayaran PLN Token Listrik – ${total} – ${number}`);
  expect(mail?.text).toContain(`Total bayar: ${total}`);
  expect(mail?.text).toContain(tokenText);
  expect(mail?.attachments).toEqual([
    expect.objectContaining({ filename: `${number}.pdf`, contentType: 'application/pdf' }),
  ]);
  const inboxPage = await page.context().newPage();
  await inboxPage.goto(`${sandboxUrl}/mail`);
  await expect(inboxPage.getByText(number).first()).toBeVisible();
  await inboxPage.close();

  // The receipt page, from the success page.
  await page.getByRole('link', { name: 'Lihat struk' }).click();
  await expect(page).toHaveURL(new RegExp(`/home/payments/${id}/receipt$`));
  await expect(page.getByTestId('receipt-number')).toHaveText(number);
  await expect(page.locator('[data-receipt-line="total"]')).toHaveText(total);
  await expect(page.getByTestId('receipt-token')).toHaveText(tokenText);
  await expect(page.getByRole('button', { name: 'Salin token' })).toBeVisible();
  const pdf = await page.request.get(`/home/payments/${id}/receipt/pdf`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/receipt/receipt-phone.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  // A4 as printed: no app header, no bottom navigation, no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Beranda' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Cetak A4' })).toBeHidden();
  await page.screenshot({ path: 'test-results/receipt/receipt-a4-print.png', fullPage: true });

  // 58 mm as printed: 32 monospace columns on a 58 mm roll, nothing cut off.
  await page.emulateMedia({ media: 'screen' });
  // "Cetak 58 mm" switches to the 58 mm view and opens the print dialog there.
  await page.getByRole('button', { name: 'Cetak 58 mm' }).click();
  await expect(page).toHaveURL(/\?paper=58$/);
  await expect(page.getByRole('link', { name: 'Tampilan 58 mm' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const thermal = page.getByTestId('receipt-thermal');
  await expect(thermal).toContainText(number);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 240, height: 900 });
  const lines = ((await thermal.textContent()) ?? '').split('\n');
  expect(lines.length).toBeGreaterThan(20);
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(32);
  expect(lines).toContain(`    ${tokenText}`);
  const fits = await thermal.evaluate(
    (element) =>
      element.scrollWidth <= element.clientWidth &&
      element.getBoundingClientRect().right <= document.documentElement.clientWidth,
  );
  expect(fits).toBe(true);
  await page.screenshot({ path: 'test-results/receipt/receipt-58mm-print.png', fullPage: true });
  const printed = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  // One page, 58 mm (164.4 points) wide and as long as the receipt.
  expect(printed.match(/\/Type \/Page\b/g)).toHaveLength(1);
  expect(printed).toMatch(/\/MediaBox \[0 0 16[34](\.\d+)? \d+(\.\d+)?\]/);

  // The QR's page, for anyone: genuine; with one character changed: not valid.
  const verifyUrl = (await page.getByTestId('receipt-qr').getAttribute('data-verify-url')) ?? '';
  expect(verifyUrl).toContain(`/verify/${number}.`);
  const stranger = await browser.newContext({ storageState: undefined });
  const visitor = await stranger.newPage();
  await visitor.goto(new URL(verifyUrl).pathname);
  await expect(visitor.getByRole('heading', { name: 'Struk asli' })).toBeVisible();
  await expect(visitor.getByText(total)).toBeVisible();
  await expect(visitor.getByText('•••••••0021')).toBeVisible();
  await visitor.screenshot({ path: 'test-results/receipt/verify-genuine.png', fullPage: true });
  const last = verifyUrl.at(-1) === 'A' ? 'B' : 'A';
  await visitor.goto(new URL(verifyUrl.slice(0, -1) + last).pathname);
  await expect(visitor.getByRole('heading', { name: 'Tidak valid' })).toBeVisible();
  await expect(visitor.getByText(number)).toBeHidden();
  await visitor.screenshot({ path: 'test-results/receipt/verify-invalid.png', fullPage: true });
  await stranger.close();
});
