// Takes screenshots of the main pages on a phone and a desktop screen, for the README and for
// looking at the pages. Needs a running app: `npm run demo`, then `npm run screenshots`.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, devices, type Browser, type BrowserContextOptions } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../prisma/demo-accounts';

const baseURL = process.argv[2] ?? 'http://localhost:3000';
const outDir = path.resolve(__dirname, '../docs/screenshots');

type Shot = { name: string; path: string; as?: keyof typeof DEMO_ACCOUNTS; locale?: 'id' | 'en' };

const shots: Shot[] = [
  { name: 'landing', path: '/' },
  { name: 'login', path: '/login' },
  { name: 'register-errors', path: '/register' },
  { name: 'customer-home', path: '/home', as: 'newCustomer' },
  { name: 'customer-home-en', path: '/home', as: 'customer', locale: 'en' },
  { name: 'agent-counter', path: '/agent', as: 'agent' },
  { name: 'admin-users', path: '/admin/users', as: 'admin' },
  { name: 'forbidden', path: '/admin', as: 'customer' },
];

const screens: Record<string, BrowserContextOptions> = {
  phone: { ...devices['Pixel 7'] },
  desktop: { viewport: { width: 1280, height: 800 } },
};

async function take(browser: Browser, shot: Shot, screen: string) {
  const context = await browser.newContext({ ...screens[screen], baseURL, locale: 'id-ID' });
  if (shot.locale) {
    await context.addCookies([{ name: 'loket_locale', value: shot.locale, url: baseURL }]);
  }
  const page = await context.newPage();
  if (shot.as) {
    await page.goto('/login');
    await page.getByLabel(/E-mail/).fill(DEMO_ACCOUNTS[shot.as].email);
    await page.getByLabel(/Kata sandi|Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /^(Masuk|Log in)$/ }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    if (shot.locale) {
      await context.addCookies([{ name: 'loket_locale', value: shot.locale, url: baseURL }]);
    }
  }
  await page.goto(shot.path);
  if (shot.name === 'register-errors') {
    await page.getByLabel('E-mail').fill('rina@contoh');
    await page.getByLabel('Kata sandi').fill('pendek');
    await page.getByRole('button', { name: 'Daftar' }).click();
    await page.getByText('Kata sandi minimal 10 karakter.').waitFor();
  }
  await page.screenshot({ path: path.join(outDir, `${shot.name}-${screen}.png`), fullPage: true });
  await context.close();
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  for (const shot of shots) {
    for (const screen of Object.keys(screens)) await take(browser, shot, screen);
  }
  await browser.close();
  console.log(`Screenshots written to ${outDir}`);
}

void main();
