import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/domain/locale';
import { renderEmail } from '@/lib/server/outbox/templates';

const PAYMENT = 'https://loket.id/home/payments/cm123';
const SAVED = 'https://loket.id/home/saved';

/** The text part as one line per paragraph, for matching across the layout's line breaks. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the payment-failed e-mail', () => {
  const payload = {
    name: 'Siti',
    biller: 'PLN Tagihan Listrik',
    customerNo: '••••••••0002',
    amount: 156_500,
    reason: 'UNKNOWN_CUSTOMER',
    delayed: false,
    url: PAYMENT,
  };

  it.each(LOCALES)(
    'renders in %s: why, what comes back, and a link to the payment',
    async (locale) => {
      const email = await renderEmail('payment-failed', locale, payload);
      const id = locale === 'id';
      expect(email.subject).toBe(
        id
          ? 'Pembayaran PLN Tagihan Listrik gagal, dana Anda dikembalikan'
          : 'Your PLN Tagihan Listrik payment failed, your money is coming back',
      );
      for (const part of [email.text, email.html]) {
        expect(part).toContain('Siti');
        expect(part).toContain('Rp156.500');
        expect(part).toContain('••••••••0002');
        expect(part).toMatch(
          id ? /nomor pelanggan tidak dikenal/ : /does not know the customer number/,
        );
      }
      expect(flat(email.text)).toMatch(
        id ? /termasuk biaya admin, sedang kami kembalikan/ : /returning the full Rp156\.500/,
      );
      expect(email.text).toContain(PAYMENT);
      expect(email.html).toContain(`href="${PAYMENT}"`);
      expect(email.html).toContain(`lang="${locale}"`);
    },
  );

  it('says when the payment was held up before it failed', async () => {
    const email = await renderEmail('payment-failed', 'id', {
      ...payload,
      delayed: true,
      reason: 'BILLER_ERROR',
    });
    expect(email.text).toMatch(/sempat tertunda di biller/);
    expect(email.text).toMatch(/biller sedang mengalami gangguan/);
  });

  it('refuses a reason it does not know', async () => {
    await expect(
      renderEmail('payment-failed', 'id', { ...payload, reason: 'FAILED' }),
    ).rejects.toThrow();
  });
});

describe('the payment-refunded e-mail', () => {
  const payload = {
    name: 'Budi',
    biller: 'PDAM Tirtawening Kota Bandung',
    customerNo: '••••4321',
    amount: 92_000,
    method: 'VA',
    cause: 'BILLER_FAILED',
    url: PAYMENT,
  };

  it.each(LOCALES)(
    'renders in %s with the amount, the reason and where it went',
    async (locale) => {
      const email = await renderEmail('payment-refunded', locale, payload);
      const id = locale === 'id';
      expect(email.subject).toBe(
        id ? 'Dana Rp92.000 sudah dikembalikan' : 'Rp92.000 has been refunded',
      );
      for (const part of [email.text, email.html]) {
        expect(part).toContain('PDAM Tirtawening Kota Bandung');
        expect(part).toContain('Rp92.000');
        expect(part).toMatch(id ? /Rekening bank/ : /Bank account/);
        expect(part).toMatch(id ? /gagal di biller/ : /failed at the biller/);
      }
      expect(email.html).toContain(`href="${PAYMENT}"`);
    },
  );

  it('explains a refund of money that came too late', async () => {
    const email = await renderEmail('payment-refunded', 'en', {
      ...payload,
      method: 'CARD',
      cause: 'EXTRA_PAYMENT',
    });
    expect(email.text).toMatch(/arrived after the bill was paid/);
    expect(email.text).toContain('Refunded to: Credit/debit card');
  });
});

describe('the payment-held and payment-not-approved e-mails', () => {
  const payload = {
    name: 'Rina',
    biller: 'Telkomsel Pulsa',
    customerNo: '••••••••7788',
    amount: 2_501_500,
    url: PAYMENT,
  };

  it.each(LOCALES)(
    'held, in %s: the money arrived, nothing more to do, either outcome',
    async (locale) => {
      const email = await renderEmail('payment-held', locale, payload);
      const id = locale === 'id';
      expect(email.subject).toBe(
        id
          ? 'Pembayaran Telkomsel Pulsa Anda sedang diperiksa'
          : 'Your Telkomsel Pulsa payment is being checked',
      );
      for (const part of [email.text, email.html]) {
        expect(part).toContain('Rina');
        expect(part).toContain('Rp2.501.500');
        expect(part).toContain('••••••••7788');
        expect(part).toMatch(id ? /tidak perlu membayar tagihan ini lagi/ : /do not need to pay/);
        expect(part).not.toMatch(/fraud|limit|batas/i);
      }
      expect(email.html).toContain(`href="${PAYMENT}"`);
    },
  );

  it.each(LOCALES)('not approved, in %s: the bill is unpaid and all comes back', async (locale) => {
    const email = await renderEmail('payment-not-approved', locale, payload);
    const id = locale === 'id';
    expect(email.subject).toMatch(id ? /tidak dapat diteruskan/ : /could not go ahead/);
    expect(flat(email.text)).toMatch(
      id
        ? /belum terbayar.*Rp2\.501\.500, termasuk biaya admin/
        : /still unpaid.*full Rp2\.501\.500/,
    );
    expect(email.html).toContain(`href="${PAYMENT}"`);
  });

  it('refuses an amount of nothing', async () => {
    await expect(renderEmail('payment-held', 'id', { ...payload, amount: 0 })).rejects.toThrow();
  });
});

describe('the bill-reminder e-mail', () => {
  const payload = {
    name: 'Siti',
    label: 'Rumah <Ibu> & "Bapak"',
    biller: 'PLN Tagihan Listrik',
    customerNo: '••••••••0001',
    period: '2026-10',
    amount: 385_250,
    dueDate: '2026-11-20',
    url: SAVED,
  };

  it.each(LOCALES)(
    'renders in %s with period, amount, due date and the way to pay',
    async (locale) => {
      const email = await renderEmail('bill-reminder', locale, payload);
      const id = locale === 'id';
      expect(email.subject).toBe(
        id
          ? 'Tagihan PLN Tagihan Listrik periode Okt 2026 sudah terbit'
          : 'Your PLN Tagihan Listrik bill for Oct 2026 is out',
      );
      expect(email.text).toContain(id ? 'Jatuh tempo: 20 Nov 2026' : 'Due date: 20 Nov 2026');
      expect(email.text).toContain(id ? 'Jumlah tagihan: Rp385.250' : 'Bill amount: Rp385.250');
      expect(email.text).toContain('••••••••0001');
      expect(email.text).toContain(payload.label);
      expect(email.text).toContain(SAVED);
      expect(email.text).toMatch(id ? /Matikan “Ingatkan saya/ : /Turn off “Remind me/);
      // The customer's label is text, never markup.
      expect(email.html).toContain('Rumah &lt;Ibu&gt; &amp; &quot;Bapak&quot;');
      expect(email.html).not.toContain('<Ibu>');
      expect(email.html).toContain(`href="${SAVED}"`);
    },
  );

  it('leaves the due date out when the biller gives none', async () => {
    const email = await renderEmail('bill-reminder', 'id', { ...payload, dueDate: null });
    expect(email.text).not.toContain('Jatuh tempo');
    expect(email.html).not.toContain('Jatuh tempo');
  });

  it('refuses a period that is not a month', async () => {
    await expect(
      renderEmail('bill-reminder', 'id', { ...payload, period: '2026-10-01' }),
    ).rejects.toThrow();
  });
});
