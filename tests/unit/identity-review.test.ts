import { describe, expect, it } from 'vitest';
import {
  formatWaitingTime,
  identityChecks,
  REJECTION_PRESETS,
  rejectIdentitySchema,
  rejectionReasonSchema,
  waitingTime,
} from '@/lib/domain/identity/review';
import en from '@/messages/en';
import id from '@/messages/id';

describe('the rejection reason', () => {
  it('is trimmed and needs 10 to 500 characters', () => {
    expect(rejectionReasonSchema.parse('   Foto KTP buram.   ')).toBe('Foto KTP buram.');
    expect(rejectionReasonSchema.safeParse('x'.repeat(500)).success).toBe(true);
  });

  it.each([
    ['', 'rejectionReasonTooShort'],
    ['Buram', 'rejectionReasonTooShort'],
    // Ten characters only counting the spaces around them: not enough.
    ['   buram    ', 'rejectionReasonTooShort'],
    ['x'.repeat(501), 'rejectionReasonTooLong'],
  ])('refuses %j with the message %s', (reason, message) => {
    const result = rejectIdentitySchema.safeParse({ submissionId: 'sub_1', reason });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['reason'], message });
  });

  it('has its error messages in both languages', () => {
    for (const key of ['rejectionReasonTooShort', 'rejectionReasonTooLong'] as const) {
      expect(id.validation[key]).toBeTruthy();
      expect(en.validation[key]).toBeTruthy();
    }
  });

  it('offers presets that are valid reasons themselves, in both languages', () => {
    for (const preset of REJECTION_PRESETS) {
      for (const catalogue of [id, en]) {
        expect(
          rejectionReasonSchema.safeParse(catalogue.identityReview.presets[preset]).success,
        ).toBe(true);
        expect(catalogue.identityReview.presetLabels[preset]).toBeTruthy();
      }
    }
  });
});

describe('automatic identity checks', () => {
  it('passes a NIK that fits the typed birth date and sex', () => {
    expect(identityChecks('3273011708900001', '1990-08-17', 'MALE')).toEqual({
      nikFormat: { ok: true },
      birthDateMatches: true,
      sexMatches: true,
    });
    expect(identityChecks('3578025703950002', '1995-03-17', 'FEMALE')).toMatchObject({
      sexMatches: true,
    });
  });

  it('flags a sex that does not fit the day (+40 for women)', () => {
    expect(identityChecks('3273011708900001', '1990-08-17', 'FEMALE').sexMatches).toBe(false);
    // Wrong birth date, but the day still tells the sex.
    expect(identityChecks('3578025703950002', '1995-03-18', 'MALE')).toEqual({
      nikFormat: { ok: true },
      birthDateMatches: false,
      sexMatches: false,
    });
  });

  it('names the format error, and leaves what it cannot judge open', () => {
    expect(identityChecks('9973011708900001', '1990-08-17', 'MALE')).toEqual({
      nikFormat: { ok: false, error: 'nikProvince' },
      birthDateMatches: null,
      sexMatches: null,
    });
    expect(identityChecks(null, '1990-08-17', 'MALE')).toEqual({
      nikFormat: null,
      birthDateMatches: null,
      sexMatches: null,
    });
  });

  it('has a text for every format error', () => {
    for (const error of [
      'nikLength',
      'nikDigits',
      'nikProvince',
      'nikDate',
      'nikSerial',
    ] as const) {
      expect(id.identityReview.nikErrors[error]).toBeTruthy();
    }
  });
});

describe('waiting time', () => {
  const since = new Date('2026-11-24T01:00:00Z');
  const after = (minutes: number) => new Date(since.getTime() + minutes * 60_000);

  it('uses the largest whole unit, at least one minute', () => {
    expect(waitingTime(since, since)).toEqual({ unit: 'minute', value: 1 });
    expect(waitingTime(since, after(59))).toEqual({ unit: 'minute', value: 59 });
    expect(waitingTime(since, after(60))).toEqual({ unit: 'hour', value: 1 });
    expect(waitingTime(since, after(24 * 60 - 1))).toEqual({ unit: 'hour', value: 23 });
    expect(waitingTime(since, after(3 * 24 * 60 + 5))).toEqual({ unit: 'day', value: 3 });
  });

  it('reads in both languages', () => {
    expect(formatWaitingTime({ unit: 'hour', value: 3 }, 'id')).toBe('3 jam');
    expect(formatWaitingTime({ unit: 'hour', value: 3 }, 'en')).toBe('3 hours');
    expect(formatWaitingTime({ unit: 'day', value: 1 }, 'en')).toBe('1 day');
  });
});
