import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, STORAGE_STATE } from './support/accounts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const SCREENS = 'test-results/admin-screens';

const ADMIN_PAGES = [
  '/admin',
  '/admin/transactions',
  '/admin/users',
  '/admin/outlets',
  '/admin/identity',
  '/admin/deposits',
  '/admin/billers',
  '/admin/fraud',
  '/admin/reports',
  '/admin/audit',
  '/admin/reconciliation',
  '/admin/settings',
  '/admin/account',
];

// Pages one level down, reached from their list's first link.
const DETAIL_PAGES = [
  { list: '/admin/users', link: 'a[href^="/admin/users/"]:not([href$="/new"])' },
  { list: '/admin/billers', link: 'a[href^="/admin/billers/"]:not([href$="/new"])' },
  { list: '/admin/users/new' },
  { list: '/admin/billers/new' },
];

const screenName = (path: string, size: string) =>
  `${SCREENS}/${path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'admin'}-${size}.png`;

async function pageOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function expectFitsAndCapture(page: Page, path: string) {
  await expect(page.locator('main h1').first()).toBeVisible();
  // Charts and forms settle once the page's scripts have run.
  await page.waitForLoadState('networkidle');
  await page.setViewportSize(PHONE);
  expect(await pageOverflow(page), `${path} is wider than a phone`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: screenName(path, 'phone'), fullPage: true });
  await page.setViewportSize(DESKTOP);
  expect(await pageOverflow(page), `${path} is wider than the desktop`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: screenName(path, 'desktop'), fullPage: true });
}

test.describe('admin back office on a phone', () => {
  test.use({ viewport: PHONE });

  test('[ADMIN][PHONE] log in, open the menu, go to a section; the menu closes behind it', async ({
    page,
  }) => {
    await page.goto('/login?callbackUrl=%2Fadmin');
    await page.getByLabel('E-mail').fill(DEMO_ACCOUNTS.admin.email);
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Dasbor' })).toBeVisible();
    // The Menu button works once the page's script has run.
    await page.waitForLoadState('networkidle');

    const menuButton = page.getByRole('button', { name: 'Menu' });
    const menu = page.getByRole('navigation', { name: 'Panel admin' });
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeHidden();
    await page.getByRole('banner').screenshot({ path: `${SCREENS}/menu-closed-phone.png` });

    await menuButton.click();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('list', { name: 'Operasional' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Dasbor' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.screenshot({ path: `${SCREENS}/menu-open-phone.png`, fullPage: true });

    await menu.getByRole('link', { name: 'Pengguna', exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pengguna' })).toBeVisible();
    await expect(menu).toBeHidden();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('main')).toBeFocused();

    // Escape closes the menu and gives focus back to its button.
    await menuButton.click();
    await expect(menu).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(menuButton).toBeFocused();

    // Keyboard only: open, tab into the list, follow a link.
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
    await menu.getByRole('link', { name: 'Log audit' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/admin\/audit$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Log audit' })).toBeVisible();
    await expect(menu).toBeHidden();

    // The header's name, language switch and log-out button fit a 360 px screen.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(page.getByRole('button', { name: 'Keluar' })).toBeInViewport();
    await expect(page.getByRole('group', { name: /bahasa/i })).toBeInViewport();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENS}/audit-360.png` });
  });
});

test.describe('admin pages fit a phone and a desktop', () => {
  test.use({ storageState: STORAGE_STATE.admin, viewport: PHONE });

  for (const path of ADMIN_PAGES) {
    test(`[ADMIN][LAYOUT] ${path} has no sideways page scroll`, async ({ page }) => {
      await page.goto(path);
      await expectFitsAndCapture(page, path);
    });
  }

  for (const { list, link } of DETAIL_PAGES) {
    test(`[ADMIN][LAYOUT] ${link ? `the first page behind ${list}` : list} has no sideways page scroll`, async ({
      page,
    }) => {
      await page.goto(list);
      let path = list;
      if (link) {
        const first = page.locator('main').locator(link).first();
        path = (await first.getAttribute('href')) ?? list;
        await first.click();
        await expect(page).toHaveURL(new RegExp(`${path}$`));
        path = `${list}/detail`;
      }
      await expectFitsAndCapture(page, path);
    });
  }
});
