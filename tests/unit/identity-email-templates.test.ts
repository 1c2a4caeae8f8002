import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/domain/locale';
import { renderEmail } from '@/lib/server/outbox/templates';

const HOME = 'https://loket.id/home';
const IDENTITY = 'https://loket.id/home/identity';

describe('the identity-approved e-mail', () => {
  it.each(LOCALES)('renders in %s with a link home', async (locale) => {
    const email = await renderEmail('identity-approved', locale, { name: 'Siti', url: HOME });
    expect(email.subject).toBe(
      locale === 'id' ? 'Identitas Anda telah terverifikasi' : 'Your identity has been verified',
    );
    expect(email.text).toContain('Siti');
    expect(email.text).toContain(HOME);
    expect(email.html).toContain(`href="${HOME}"`);
    expect(email.html).toContain(`lang="${locale}"`);
  });
});

describe('the identity-rejected e-mail', () => {
  const reason = 'Foto KTP buram <b>& terpotong</b>.\nFoto ulang di tempat terang.';

  it.each(LOCALES)('renders in %s with the reason and a link to resubmit', async (locale) => {
    const email = await renderEmail('identity-rejected', locale, {
      name: 'Budi',
      reason,
      url: IDENTITY,
    });
    expect(email.subject).toMatch(
      locale === 'id' ? /belum dapat disetujui/ : /could not be approved/,
    );
    expect(email.text).toContain(reason);
    expect(email.text).toContain(IDENTITY);
    // The reviewer's words are text, never markup.
    expect(email.html).toContain(
      'Foto KTP buram &lt;b&gt;&amp; terpotong&lt;/b&gt;.<br>Foto ulang',
    );
    expect(email.html).not.toContain('<b>');
    expect(email.html).toContain(`href="${IDENTITY}"`);
  });

  it('refuses a payload without a reason', async () => {
    await expect(
      renderEmail('identity-rejected', 'id', { name: 'Budi', url: IDENTITY }),
    ).rejects.toThrow();
    await expect(
      renderEmail('identity-rejected', 'id', { name: 'Budi', reason: ' ', url: IDENTITY }),
    ).rejects.toThrow();
  });
});
