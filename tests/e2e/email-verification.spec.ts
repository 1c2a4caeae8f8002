import { expect, test } from '@playwright/test';
import { uniqueEmail } from './support/accounts';
import { queryOne } from './support/db';

const sandboxUrl = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 4110}`;

test('[CUSTOMER][EMAIL] registering sends a real e-mail whose link verifies the address', async ({
  page,
  request,
}) => {
  const email = uniqueEmail('verifikasi');
  await page.goto('/register');
  await page.getByLabel('Nama lengkap').fill('Wulan Sari');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill('hujan sore di bogor');
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page).toHaveURL(/\/home$/);

  let link = '';
  await expect
    .poll(
      async () => {
        const inbox = await request.get(
          `${sandboxUrl}/control/mail/messages?to=${encodeURIComponent(email)}`,
        );
        const { messages } = (await inbox.json()) as { messages: { text: string }[] };
        link =
          /https?:\/\/\S+\/verify-email\?token=[\w-]+/.exec(messages[0]?.text ?? '')?.[0] ?? '';
        return link;
      },
      { timeout: 20_000 },
    )
    .not.toBe('');

  await page.goto(`/verify-email${link.slice(link.indexOf('?'))}`);
  await page.getByRole('button', { name: 'Verifikasi e-mail saya' }).click();
  await expect(page.getByText('E-mail terverifikasi')).toBeVisible();
  expect(
    queryOne<{ v: string | null }>('SELECT emailVerifiedAt AS v FROM User WHERE email = ?', email)
      ?.v,
  ).not.toBeNull();

  await page.goto('/home/account');
  await expect(page.getByText('Terverifikasi', { exact: true }).first()).toBeVisible();
});
