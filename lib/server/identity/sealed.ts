import 'server-only';
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

// Authenticated encryption for identity data (NIK, KTP photo, selfie): AES-256-GCM with a fresh
// 12-byte IV per value. A sealed value is: version (1 byte) | IV (12) | tag (16) | ciphertext.
// The version byte leaves room to rotate keys without guessing which key sealed what.

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

const encryptionKey = () => Buffer.from(env.IDENTITY_ENCRYPTION_KEY, 'base64');

export function seal(plain: Buffer, key: Buffer = encryptionKey()): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

/** Throws when the value was altered, truncated, or sealed with another key. */
export function unseal(sealed: Buffer, key: Buffer = encryptionKey()): Buffer {
  if (sealed.length < HEADER_BYTES || sealed[0] !== VERSION) {
    throw new Error('Not a sealed value of a known version');
  }
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
}

export const sealText = (plain: string): string =>
  seal(Buffer.from(plain, 'utf8')).toString('base64');

export const unsealText = (sealed: string): string =>
  unseal(Buffer.from(sealed, 'base64')).toString('utf8');

/**
 * Keyed hash for equality lookups on a sealed value (is this NIK verified on another account?):
 * stable for the same input, useless to someone who has the database but not the key.
 */
export function keyedHash(value: string): string {
  return createHmac('sha256', Buffer.from(env.IDENTITY_HASH_KEY, 'base64'))
    .update(value)
    .digest('hex');
}
