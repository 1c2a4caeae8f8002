import { afterEach, describe, expect, it, vi } from 'vitest';
import { log } from '@/lib/log';

afterEach(() => vi.restoreAllMocks());

function captured(spy: { mock: { calls: unknown[][] } }) {
  return JSON.parse(String(spy.mock.calls[0]?.[0])) as Record<string, unknown>;
}

describe('log', () => {
  it('writes one JSON line with dates as ISO strings and secrets redacted', () => {
    const spy = vi.spyOn(console, 'log').mockImplementation(() => {});
    log('info', 'charge created', {
      at: new Date('2026-11-24T12:00:00Z'),
      password: 'rahasia',
      nested: { cardNumber: '4811111111111114', nik: '3273011708900001' },
    });
    const line = captured(spy);
    expect(line).toMatchObject({
      level: 'info',
      message: 'charge created',
      at: '2026-11-24T12:00:00.000Z',
    });
    expect(line.password).toBe('[redacted]');
    expect(line.nested).toEqual({ cardNumber: '[redacted]', nik: '[redacted]' });
  });

  it('keeps its own message and level whatever the context holds', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    log('error', 'switch answered', { message: 'from the switch', level: 'debug' });
    expect(captured(spy)).toMatchObject({ level: 'error', message: 'switch answered' });
  });
});
