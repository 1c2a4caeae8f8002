import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/domain/locale';
import { renderEmail, type EmailTemplateName } from '@/lib/server/outbox/templates';

const TEMPLATES: { name: EmailTemplateName; subject: Record<string, string>; hours: RegExp }[] = [
  {
    name: 'verify-email',
    subject: { id: 'Verifikasi e-mail Anda', en: 'Verify your e-mail address' },
    hours: /24 (jam|hours)/,
  },
  {
    name: 'password-reset',
    subject: { id: 'Atur ulang kata sandi Loket Anda', en: 'Reset your Loket password' },
    hours: /1 (jam|hour)\b/,
  },
];
const URL_WITH_QUERY = 'https://loket.id/akun/token?value=abc123&next=/bayar';

describe.each(TEMPLATES)('the $name e-mail', ({ name, subject, hours }) => {
  it.each(LOCALES)('renders in %s with subject, link, validity and both parts', async (locale) => {
    const email = await renderEmail(name, locale, { name: 'Siti Rahayu', url: URL_WITH_QUERY });
    expect(email.subject).toBe(subject[locale]);
    expect(email.text).toContain('Siti Rahayu');
    expect(email.text).toContain(URL_WITH_QUERY);
    expect(email.text).toMatch(hours);
    expect(email.html).toContain(`lang="${locale}"`);
    expect(email.html).toContain('https://loket.id/akun/token?value=abc123&amp;next=/bayar');
    expect(email.html).toMatch(hours);
    expect(email.html).toContain('name="viewport"');
    expect(email.attachments).toBeUndefined();
  });

  it.each(LOCALES)('escapes the name in the HTML part (%s)', async (locale) => {
    const hostile = 'Budi <script>alert("x")</script> & "Co"';
    const email = await renderEmail(name, locale, { name: hostile, url: URL_WITH_QUERY });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain(
      'Budi &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot;',
    );
    // The plain-text part is not HTML: it shows the name as typed.
    expect(email.text).toContain(hostile);
  });

  it('refuses a payload the template cannot read', async () => {
    await expect(renderEmail(name, 'id', { name: 'Siti' })).rejects.toThrow();
    await expect(
      renderEmail(name, 'id', { name: 'Siti', url: 'javascript:alert(1)' }),
    ).rejects.toThrow();
  });
});

describe('renderEmail', () => {
  it('throws on an unknown template: a programming mistake', async () => {
    await expect(renderEmail('receipt-v9', 'id', {})).rejects.toThrow(/Unknown e-mail template/);
    await expect(renderEmail('toString', 'id', {})).rejects.toThrow(/Unknown e-mail template/);
  });
});

describe('the password-changed e-mail', () => {
  const payload = {
    name: 'Siti Rahayu',
    url: 'https://loket.id/forgot-password',
    changedAt: '2026-11-24T12:05:00.000Z',
  };
  const expected = {
    id: { subject: 'Kata sandi Loket Anda telah diubah', when: '24 Nov 2026 19.05 WIB' },
    en: { subject: 'Your Loket password has been changed', when: '24 Nov 2026 19:05 WIB' },
  };

  it.each(LOCALES)('renders in %s with the time in WIB and a way to reset', async (locale) => {
    const email = await renderEmail('password-changed', locale, payload);
    expect(email.subject).toBe(expected[locale].subject);
    for (const part of [email.text, email.html]) {
      expect(part).toContain('Siti Rahayu');
      expect(part).toContain(expected[locale].when);
      expect(part).toContain(payload.url);
    }
    expect(email.html).toContain(`lang="${locale}"`);
  });

  it('refuses a payload without the time of the change', async () => {
    await expect(
      renderEmail('password-changed', 'id', { name: 'Siti', url: payload.url }),
    ).rejects.toThrow();
  });
});
