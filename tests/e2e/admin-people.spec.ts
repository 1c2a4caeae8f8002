import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { STORAGE_STATE, uniqueEmail } from './support/accounts';
import { queryOne } from './support/db';

const sandboxUrl = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 4110}`;
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/people-${name}.png`, fullPage: true });

/** The set-password link of the invitation the sandbox inbox holds for `email`. */
async function inviteLinkFor(request: APIRequestContext, email: string): Promise<string> {
  let link = '';
  await expect
    .poll(
      async () => {
        const inbox = await request.get(
          `${sandboxUrl}/control/mail/messages?to=${encodeURIComponent(email)}`,
        );
        const { messages } = (await inbox.json()) as {
          messages: { subject: string; text: string }[];
        };
        const invite = messages.find((message) => /akun staf/i.test(message.subject));
        link = /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(invite?.text ?? '')?.[0] ?? '';
        return link;
      },
      { timeout: 20_000 },
    )
    .not.toBe('');
  return link.slice(link.indexOf('/reset-password'));
}

test('[ADMIN][PEOPLE] an admin creates an agent and their outlet; the agent sets a password from the invitation and logs in', async ({
  browser,
  request,
}) => {
  const email = uniqueEmail('agen-undangan');
  const outletName = `Loket Melati ${email.slice(14, 20)}`;
  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const page = await admin.newPage();

  await page.goto('/admin/users');
  await page.getByRole('link', { name: 'Buat akun agen/admin' }).click();
  await expect(page.getByRole('heading', { name: 'Akun agen atau admin baru' })).toBeVisible();
  await page.getByRole('button', { name: 'Buat akun dan kirim undangan' }).click();
  await expect(page.getByText('Nama minimal 2 karakter.')).toBeVisible();
  await page.getByLabel('Nama lengkap').fill('Sari Undangan');
  await page.getByLabel(/^E-mail/).fill(email);
  await page.getByLabel('Peran').selectOption('AGENT');
  await shot(page, 'new-staff');
  await page.getByRole('button', { name: 'Buat akun dan kirim undangan' }).click();
  await expect(page.getByRole('heading', { name: 'Sari Undangan' })).toBeVisible();
  await expect(page.getByText('Tidak diperlukan untuk staf')).toBeVisible();
  expect(queryOne<{ role: string }>('SELECT role FROM User WHERE email = ?', email)?.role).toBe(
    'AGENT',
  );

  // The same e-mail again is refused on its field.
  await page.goto('/admin/users/new');
  await page.getByLabel('Nama lengkap').fill('Sari Lagi');
  await page.getByLabel(/^E-mail/).fill(email.toUpperCase());
  await page.getByRole('button', { name: 'Buat akun dan kirim undangan' }).click();
  await expect(page.getByText('E-mail ini sudah terdaftar')).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Outlet' }).click();
  await page.getByRole('link', { name: 'Outlet baru' }).click();
  await page.getByLabel('Nama outlet').fill(outletName);
  await page.getByLabel('Alamat').fill('Jl. Melati No. 7, Bogor');
  await page.getByLabel('Pemilik (agen)').selectOption({ label: `Sari Undangan (${email})` });
  await page.getByRole('button', { name: 'Buat outlet' }).click();
  await expect(page).toHaveURL(/\/admin\/outlets$/);
  const row = page.getByRole('row', { name: new RegExp(outletName) });
  await expect(row.getByRole('link', { name: 'Sari Undangan' })).toBeVisible();
  await shot(page, 'outlets');
  expect(
    queryOne<{ role: string }>(
      'SELECT m.role FROM OutletMember m JOIN User u ON u.id = m.userId WHERE u.email = ?',
      email,
    )?.role,
  ).toBe('OWNER');

  await row.getByRole('link', { name: 'Sari Undangan' }).click();
  await expect(page.getByText(`${outletName} (Pemilik)`)).toBeVisible();
  await expect(page.getByText('user.staff.create')).toBeVisible();
  await shot(page, 'user-detail');
  await admin.close();

  const agent = await browser.newContext();
  const agentPage = await agent.newPage();
  await agentPage.goto(await inviteLinkFor(request, email));
  await expect(agentPage.getByRole('heading', { name: 'Buat kata sandi baru' })).toBeVisible();
  const password = 'melati putih di pagi hari';
  await agentPage.getByLabel(/^Kata sandi baru/).fill(password);
  await agentPage.getByLabel('Ulangi kata sandi baru').fill(password);
  await agentPage.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
  await expect(agentPage.getByText('Kata sandi diubah')).toBeVisible();

  await agentPage.goto('/login');
  await agentPage.getByLabel('E-mail').fill(email);
  await agentPage.getByLabel('Kata sandi').fill(password);
  await agentPage.getByRole('button', { name: 'Masuk' }).click();
  await expect(agentPage).toHaveURL(/\/agent/);
  await expect(agentPage.getByText(outletName).first()).toBeVisible();
  await shot(agentPage, 'agent-home');
  expect(
    queryOne<{ v: string | null }>('SELECT emailVerifiedAt AS v FROM User WHERE email = ?', email)
      ?.v,
  ).not.toBeNull();
  await agent.close();
});

test('[ADMIN][PEOPLE] a role change asks first, ends sessions and refuses one made from a stale page', async ({
  browser,
}) => {
  const email = uniqueEmail('peran');
  const customer = await browser.newContext();
  const customerPage = await customer.newPage();
  await customerPage.goto('/register');
  await customerPage.getByLabel('Nama lengkap').fill('Tono Peran');
  await customerPage.getByLabel('E-mail').fill(email);
  await customerPage.getByLabel('Kata sandi').fill('jeruk nipis segar');
  await customerPage.getByRole('button', { name: 'Daftar' }).click();
  await expect(customerPage).toHaveURL(/\/home$/);
  const id = queryOne<{ id: string }>('SELECT id FROM User WHERE email = ?', email)!.id;

  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const page = await admin.newPage();
  const stale = await admin.newPage();
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}&role=CUSTOMER&status=ACTIVE`);
  await page.getByRole('link', { name: 'Tono Peran' }).click();
  await expect(page.getByRole('heading', { name: 'Tono Peran' })).toBeVisible();
  await stale.goto(`/admin/users/${id}`);

  await page.getByLabel('Peran baru').selectOption('AGENT');
  await page.getByRole('button', { name: 'Ubah peran' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ubah peran Tono Peran?' });
  await expect(dialog.getByText('Dari Pelanggan menjadi Agen.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Ubah peran' }).click();
  await expect(page.getByText('Peran Tono Peran sekarang Agen.')).toBeVisible();
  expect(queryOne<{ role: string }>('SELECT role FROM User WHERE id = ?', id)?.role).toBe('AGENT');

  // The customer's open session has ended.
  await customerPage.goto('/home');
  await expect(customerPage).toHaveURL(/\/login/);

  await stale.getByLabel('Peran baru').selectOption('ADMIN');
  await stale.getByRole('button', { name: 'Ubah peran' }).click();
  await stale
    .getByRole('dialog', { name: 'Ubah peran Tono Peran?' })
    .getByRole('button', { name: 'Ubah peran' })
    .click();
  await expect(stale.getByText('sudah diubah admin lain')).toBeVisible();
  expect(queryOne<{ role: string }>('SELECT role FROM User WHERE id = ?', id)?.role).toBe('AGENT');
  await admin.close();
  await customer.close();
});
