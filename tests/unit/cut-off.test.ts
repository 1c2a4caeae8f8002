import { describe, expect, it } from 'vitest';
import { activeCutOff, cutOffWindowSchema, cutOffWindowsSchema } from '@/lib/domain/cut-off';

// WIB is UTC+7: 23:00 WIB is 16:00 UTC, 00:00 WIB is 17:00 UTC the day before.
const wib = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

describe('activeCutOff across midnight (PLN 23:00-01:00)', () => {
  const pln = [{ start: '23:00', end: '01:00' }];
  const window = { start: '23:00', end: '01:00' };

  it('is not active just before the start', () => {
    expect(activeCutOff(pln, wib('2026-11-24T22:59:59.999'))).toBeNull();
  });

  it('starts at the start (inclusive) and ends tomorrow', () => {
    expect(activeCutOff(pln, wib('2026-11-24T23:00:00'))).toEqual({
      ...window,
      endsAt: wib('2026-11-25T01:00:00'),
    });
  });

  it('is active at midnight and after it, ending the same calendar day', () => {
    const expected = { ...window, endsAt: wib('2026-11-25T01:00:00') };
    expect(activeCutOff(pln, wib('2026-11-24T23:59:59.999'))).toEqual(expected);
    expect(activeCutOff(pln, wib('2026-11-25T00:00:00'))).toEqual(expected);
    expect(activeCutOff(pln, wib('2026-11-25T00:59:59.999'))).toEqual(expected);
  });

  it('ends at the end (exclusive)', () => {
    expect(activeCutOff(pln, wib('2026-11-25T01:00:00'))).toBeNull();
    expect(activeCutOff(pln, wib('2026-11-25T12:00:00'))).toBeNull();
  });

  it('uses Jakarta time whatever the instant is written in', () => {
    // 16:30 UTC is 23:30 WIB; 18:30 UTC is 01:30 WIB.
    expect(activeCutOff(pln, new Date('2026-11-24T16:30:00Z'))?.endsAt).toEqual(
      new Date('2026-11-24T18:00:00Z'),
    );
    expect(activeCutOff(pln, new Date('2026-11-24T18:30:00Z'))).toBeNull();
  });

  it('crosses month and year ends', () => {
    expect(activeCutOff(pln, wib('2026-12-31T23:30:00'))?.endsAt).toEqual(
      wib('2027-01-01T01:00:00'),
    );
    expect(activeCutOff(pln, wib('2027-01-01T00:30:00'))?.endsAt).toEqual(
      wib('2027-01-01T01:00:00'),
    );
  });
});

describe('activeCutOff within a day', () => {
  const noon = [{ start: '12:00', end: '12:30' }];

  it('is active from start (inclusive) to end (exclusive)', () => {
    expect(activeCutOff(noon, wib('2026-11-24T11:59:59.999'))).toBeNull();
    expect(activeCutOff(noon, wib('2026-11-24T12:00:00'))).toEqual({
      start: '12:00',
      end: '12:30',
      endsAt: wib('2026-11-24T12:30:00'),
    });
    expect(activeCutOff(noon, wib('2026-11-24T12:29:59.999'))).not.toBeNull();
    expect(activeCutOff(noon, wib('2026-11-24T12:30:00'))).toBeNull();
  });

  it('handles a window starting at midnight and one ending at midnight', () => {
    const early = [{ start: '00:00', end: '00:30' }];
    expect(activeCutOff(early, wib('2026-11-25T00:00:00'))?.endsAt).toEqual(
      wib('2026-11-25T00:30:00'),
    );
    expect(activeCutOff(early, wib('2026-11-24T23:59:59.999'))).toBeNull();
    const late = [{ start: '23:30', end: '00:00' }];
    expect(activeCutOff(late, wib('2026-11-24T23:45:00'))?.endsAt).toEqual(
      wib('2026-11-25T00:00:00'),
    );
    expect(activeCutOff(late, wib('2026-11-25T00:00:00'))).toBeNull();
  });

  it('returns null without windows', () => {
    expect(activeCutOff([], wib('2026-11-24T23:30:00'))).toBeNull();
  });

  it('picks the window that ends last when windows overlap', () => {
    const windows = [
      { start: '23:00', end: '00:30' },
      { start: '23:30', end: '01:00' },
      { start: '02:00', end: '03:00' },
    ];
    expect(activeCutOff(windows, wib('2026-11-24T23:45:00'))).toEqual({
      start: '23:30',
      end: '01:00',
      endsAt: wib('2026-11-25T01:00:00'),
    });
    expect(activeCutOff(windows, wib('2026-11-25T02:15:00'))?.start).toBe('02:00');
  });

  it('refuses a malformed time', () => {
    expect(() => activeCutOff([{ start: '9:00', end: '10:00' }], new Date())).toThrow(RangeError);
  });
});

describe('cutOffWindowSchema', () => {
  it.each([
    { start: '23:00', end: '01:00' },
    { start: '00:00', end: '23:59' },
  ])('accepts %j', (window) => {
    expect(cutOffWindowSchema.parse(window)).toEqual(window);
  });

  it.each([
    [{ start: '24:00', end: '01:00' }, 'cutOff.timeInvalid'],
    [{ start: '23:60', end: '01:00' }, 'cutOff.timeInvalid'],
    [{ start: '9:00', end: '10:00' }, 'cutOff.timeInvalid'],
    [{ start: '23:00', end: '1:00' }, 'cutOff.timeInvalid'],
    [{ start: '23:00', end: '23:00' }, 'cutOff.sameStartEnd'],
  ])('refuses %j with %s', (window, message) => {
    const result = cutOffWindowSchema.safeParse(window);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it('parses the stored list', () => {
    expect(cutOffWindowsSchema.parse(JSON.parse('[{"start":"23:00","end":"01:00"}]'))).toEqual([
      { start: '23:00', end: '01:00' },
    ]);
    expect(cutOffWindowsSchema.parse([])).toEqual([]);
  });
});
