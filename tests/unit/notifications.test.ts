import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '@/lib/domain/locale';
import {
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
};

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
      const body = t(`kinds.${kind}.body`, example.params as Record<string, string>);
      expect(title.length).toBeGreaterThan(5);
      expect(title).not.toMatch(/kinds\.|\{\w+\}/);
      expect(body).not.toContain('kinds.');
      for (const [name, value] of Object.entries(example.params)) {
        expect(body).not.toContain(`{${name}}`);
        // Parameter values come through as written, braces and all.
        expect(body).toContain(value);
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
