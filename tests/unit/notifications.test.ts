import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '@/lib/domain/locale';
import {
  messageParams,
  NOTIFICATION_KINDS,
  readNotification,
  serializeNotificationParams,
  type NotificationEvent,
} from '@/lib/domain/notifications';
import en from '@/messages/en';
import id from '@/messages/id';

const catalogues = { id, en };

// The translator the pages use, failing loudly on a missing message or parameter.
function translator(locale: Locale) {
  return createTranslator({
    locale,
    messages: catalogues[locale],
    namespace: 'notifications',
    onError(error) {
      throw error;
    },
  });
}

const EXAMPLES: {
  [Kind in NotificationEvent['kind']]: Extract<NotificationEvent, { kind: Kind }>;
} = {
  IDENTITY_APPROVED: { kind: 'IDENTITY_APPROVED', params: {} },
  IDENTITY_REJECTED: {
    kind: 'IDENTITY_REJECTED',
    params: { reason: 'Foto KTP buram {tidak terbaca}' },
  },
  PAYMENT_SUCCEEDED: {
    kind: 'PAYMENT_SUCCEEDED',
    params: {
      billerNameId: 'PLN Tagihan Listrik',
      billerNameEn: 'PLN electricity bill',
      amount: 'Rp156.500',
      token: 'no',
      delayed: 'no',
    },
  },
  PAYMENT_FAILED: {
    kind: 'PAYMENT_FAILED',
    params: {
      billerNameId: 'PDAM Tirtawening Kota Bandung',
      billerNameEn: 'PDAM Tirtawening, Bandung',
      amount: 'Rp88.000',
      reason: 'UNKNOWN_CUSTOMER',
      delayed: 'yes',
    },
  },
  PAYMENT_HELD: {
    kind: 'PAYMENT_HELD',
    params: {
      billerNameId: 'Telkomsel Pulsa',
      billerNameEn: 'Telkomsel airtime',
      amount: 'Rp2.501.500',
    },
  },
  PAYMENT_NOT_APPROVED: {
    kind: 'PAYMENT_NOT_APPROVED',
    params: {
      billerNameId: 'Telkomsel Pulsa',
      billerNameEn: 'Telkomsel airtime',
      amount: 'Rp2.501.500',
    },
  },
  PAYMENT_REFUNDED: {
    kind: 'PAYMENT_REFUNDED',
    params: {
      billerNameId: 'BPJS Kesehatan',
      billerNameEn: 'BPJS Kesehatan (health insurance)',
      amount: 'Rp1.204.000',
      method: 'CARD',
      cause: 'BILLER_FAILED',
    },
  },
  BILL_AVAILABLE: {
    kind: 'BILL_AVAILABLE',
    params: {
      billerNameId: 'Telkom / IndiHome',
      billerNameEn: 'Telkom / IndiHome',
      periodId: 'Okt 2026',
      periodEn: 'Oct 2026',
      label: 'Rumah {Ibu}',
      amount: 'Rp385.000',
    },
  },
};

/** Parameters that choose a sentence rather than appear in it. */
const CHOICES = new Set(['token', 'delayed', 'reason', 'method', 'cause']);

describe('notification kinds', () => {
  it('every kind has an example here, so none ships without a rendering test', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  describe.each(LOCALES)('in %s', (locale) => {
    const t = translator(locale);
    it.each(NOTIFICATION_KINDS)('%s renders a title and a body from stored params', (kind) => {
      const example = EXAMPLES[kind];
      const stored = readNotification(kind, serializeNotificationParams(example));
      expect(stored).toEqual(example);
      const title = t(`kinds.${kind}.title`);
      const params = messageParams(example.params, locale);
      const body = t(`kinds.${kind}.body`, params);
      expect(title.length).toBeGreaterThan(5);
      expect(title).not.toMatch(/kinds\.|\{\w+\}/);
      expect(body).not.toContain('kinds.');
      expect(body).not.toMatch(/ {2}|\s[.,:]/);
      for (const [name, value] of Object.entries(params)) {
        expect(body).not.toContain(`{${name}}`);
        // Parameter values come through as written, braces and all; choices pick words.
        if (!CHOICES.has(name)) expect(body).toContain(value);
      }
    });
  });

  it('renders the rejection reason in both languages', () => {
    const params = { reason: 'Swafoto tidak memperlihatkan KTP.' };
    expect(translator('id')('kinds.IDENTITY_REJECTED.body', params)).toMatch(
      /^Alasan: Swafoto tidak memperlihatkan KTP\./,
    );
    expect(translator('en')('kinds.IDENTITY_REJECTED.body', params)).toMatch(
      /^Reason: Swafoto tidak memperlihatkan KTP\./,
    );
  });
});

describe('payment and bill notices', () => {
  const names = { billerNameId: 'PLN Token Listrik', billerNameEn: 'PLN electricity token' };
  const body = (locale: Locale, event: NotificationEvent) =>
    translator(locale)(`kinds.${event.kind}.body`, messageParams(event.params, locale));

  it("reads the biller name of the reader's language", () => {
    expect(messageParams({ ...names, amount: 'Rp52.500' }, 'id')).toEqual({
      billerName: 'PLN Token Listrik',
      amount: 'Rp52.500',
    });
    expect(messageParams({ ...names, amount: 'Rp52.500' }, 'en')).toEqual({
      billerName: 'PLN electricity token',
      amount: 'Rp52.500',
    });
  });

  it('says a token is ready without showing it, and when success came after a delay', () => {
    const event = (token: 'yes' | 'no', delayed: 'yes' | 'no'): NotificationEvent => ({
      kind: 'PAYMENT_SUCCEEDED',
      params: { ...names, amount: 'Rp52.500', token, delayed },
    });
    expect(body('id', event('yes', 'no'))).toBe(
      'Pembayaran PLN Token Listrik sebesar Rp52.500 sudah diterima biller. Token listrik Anda sudah siap: buka struk untuk melihatnya.',
    );
    expect(body('en', event('no', 'yes'))).toBe(
      'Your PLN electricity token payment of Rp52.500 has reached the biller after a delay. Your receipt is ready.',
    );
  });

  it.each([
    ['UNKNOWN_CUSTOMER', /nomor pelanggan tidak dikenal/, /does not know the customer number/],
    ['ALREADY_PAID', /sudah dibayar/, /already been paid/],
    ['NOT_AVAILABLE_YET', /belum terbit/, /not out yet/],
    ['CUT_OFF', /cut-off/, /cut-off/],
    ['BILLER_ERROR', /gangguan/, /had a problem/],
  ] as const)('says why a payment failed (%s) and that the money comes back', (reason, id, en) => {
    const event: NotificationEvent = {
      kind: 'PAYMENT_FAILED',
      params: { ...names, amount: 'Rp52.500', reason, delayed: 'no' },
    };
    expect(body('id', event)).toMatch(id);
    expect(body('id', event)).toMatch(/sedang kami kembalikan/);
    expect(body('en', event)).toMatch(en);
    expect(body('en', event)).toMatch(/returning your money/);
  });

  it('names where a refund went', () => {
    const event = (method: 'VA' | 'CARD' | 'EWALLET'): NotificationEvent => ({
      kind: 'PAYMENT_REFUNDED',
      params: { ...names, amount: 'Rp52.500', method, cause: 'EXTRA_PAYMENT' },
    });
    expect(body('id', event('VA'))).toMatch(
      /^Dana Rp52\.500 untuk PLN Token Listrik sudah dikembalikan ke rekening bank Anda\. Dana itu masuk setelah/,
    );
    expect(body('en', event('EWALLET'))).toMatch(
      /returned to your e-wallet\. The money arrived after/,
    );
  });
});

describe('a payment held for review', () => {
  const names = { billerNameId: 'PLN Token Listrik', billerNameEn: 'PLN electricity token' };
  const body = (locale: Locale, event: NotificationEvent) =>
    translator(locale)(`kinds.${event.kind}.body`, messageParams(event.params, locale));

  it('tells the customer not to pay again while it is checked, and never why it is held', () => {
    const held: NotificationEvent = {
      kind: 'PAYMENT_HELD',
      params: { ...names, amount: 'Rp52.500' },
    };
    expect(body('id', held)).toMatch(/tidak perlu membayar lagi/);
    expect(body('en', held)).toMatch(/do not need to pay again/);
    for (const locale of LOCALES) expect(body(locale, held)).not.toMatch(/fraud|limit|batas/i);
  });

  it('says a refund came back because the payment was not approved', () => {
    const event: NotificationEvent = {
      kind: 'PAYMENT_REFUNDED',
      params: { ...names, amount: 'Rp52.500', method: 'CARD', cause: 'NOT_APPROVED' },
    };
    expect(body('id', event)).toMatch(/tidak dapat diteruskan setelah pemeriksaan/);
    expect(body('en', event)).toMatch(/could not go ahead after our check/);
  });
});

describe('stored notices', () => {
  it('refuses parameters that do not fit the kind before they are stored', () => {
    expect(() =>
      serializeNotificationParams({
        kind: 'IDENTITY_REJECTED',
        params: {} as { reason: string },
      }),
    ).toThrow();
    expect(() =>
      serializeNotificationParams({
        kind: 'IDENTITY_APPROVED',
        params: { extra: 'x' } as never,
      }),
    ).toThrow();
  });

  it('skips what this version cannot show instead of showing a message key', () => {
    expect(readNotification('PAYMENT_FROM_THE_FUTURE', '{}')).toBeNull();
    expect(readNotification('toString', '{}')).toBeNull();
    expect(readNotification('IDENTITY_REJECTED', '{}')).toBeNull();
    expect(readNotification('IDENTITY_REJECTED', 'not json')).toBeNull();
    expect(readNotification('IDENTITY_APPROVED', '{}')).toEqual({
      kind: 'IDENTITY_APPROVED',
      params: {},
    });
  });
});
