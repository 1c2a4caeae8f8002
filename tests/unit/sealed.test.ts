import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyedHash, seal, sealText, unseal, unsealText } from '@/lib/server/identity/sealed';

describe('sealed identity values', () => {
  it('round-trips, and never shows the plain value', () => {
    const sealed = sealText('3201014501900001');
    expect(sealed).not.toContain('3201014501900001');
    expect(Buffer.from(sealed, 'base64').includes('3201014501900001')).toBe(false);
    expect(unsealText(sealed)).toBe('3201014501900001');
  });

  it('seals the same value differently each time', () => {
    expect(sealText('3201014501900001')).not.toBe(sealText('3201014501900001'));
  });

  it('refuses an altered value and a value sealed with another key', () => {
    const sealed = seal(Buffer.from('KTP'));
    const altered = Buffer.from(sealed);
    altered[altered.length - 1] = (altered.at(-1) ?? 0) ^ 1;
    expect(() => unseal(altered)).toThrow();
    expect(() => unseal(seal(Buffer.from('KTP'), randomBytes(32)))).toThrow();
    expect(() => unseal(Buffer.from('not sealed'))).toThrow();
  });

  it('hashes the same NIK the same way, and different NIKs differently', () => {
    expect(keyedHash('3201014501900001')).toBe(keyedHash('3201014501900001'));
    expect(keyedHash('3201014501900001')).not.toBe(keyedHash('3201014501900002'));
  });
});
