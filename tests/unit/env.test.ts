import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'loket-env-'));

describe('parseEnv', () => {
  it('needs no variables for the embedded demo and keeps generated secrets in the data folder', () => {
    const dataDir = tempDir();
    const first = parseEnv({ DATA_DIR: dataDir });
    expect(first.DATABASE_URL).toBe(`file:${path.join(dataDir, 'loket.db')}`);
    expect(first.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')).AUTH_SECRET).toBe(
      first.AUTH_SECRET,
    );
    expect(parseEnv({ DATA_DIR: dataDir }).AUTH_SECRET).toBe(first.AUTH_SECRET);
  });

  it('names the bad variable', () => {
    expect(() => parseEnv({ DATA_DIR: tempDir(), APP_URL: 'not a url' })).toThrow(/APP_URL/);
    expect(() => parseEnv({ DATA_DIR: tempDir(), DATABASE_URL: 'postgres://x' })).toThrow(
      /DATABASE_URL/,
    );
    expect(() => parseEnv({ DATA_DIR: tempDir(), LOGIN_LIMIT_PER_IP: '-3' })).toThrow(EnvError);
  });

  it('requires a real secret in production unless running the demo', () => {
    expect(() => parseEnv({ DATA_DIR: tempDir(), NODE_ENV: 'production' })).toThrow(/AUTH_SECRET/);
    expect(
      parseEnv({ DATA_DIR: tempDir(), NODE_ENV: 'production', LOKET_DEMO: '1' }).LOKET_DEMO,
    ).toBe(true);
  });

  it('treats blank values as missing', () => {
    expect(parseEnv({ DATA_DIR: tempDir(), SANDBOX_URL: '' }).SANDBOX_URL).toBe(
      'http://127.0.0.1:4010',
    );
  });
});

describe('biller switch configuration', () => {
  it('reaches the sandbox with its published test key by default', () => {
    const env = parseEnv({ DATA_DIR: tempDir(), SANDBOX_URL: 'http://127.0.0.1:5555' });
    expect(env.BILLER_SWITCH_URL).toBe('http://127.0.0.1:5555/h2h');
    expect(env.BILLER_SWITCH_KEY).toBe('sandbox-biller-key-not-a-secret');
  });

  it('refuses to run production against the sandbox key', () => {
    const production = {
      DATA_DIR: tempDir(),
      NODE_ENV: 'production',
      AUTH_SECRET: 'x'.repeat(40),
      GATEWAY_SERVER_KEY: 'g'.repeat(32),
      GATEWAY_WEBHOOK_SECRET: 'w'.repeat(32),
      IDENTITY_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      IDENTITY_HASH_KEY: Buffer.alloc(32, 2).toString('base64'),
      RECEIPT_SIGNING_KEY: Buffer.alloc(32, 3).toString('base64'),
    };
    expect(() => parseEnv(production)).toThrow(/BILLER_SWITCH_KEY/);
    expect(parseEnv({ ...production, BILLER_SWITCH_KEY: 'k'.repeat(32) }).BILLER_SWITCH_KEY).toBe(
      'k'.repeat(32),
    );
  });
});

describe('identity data keys', () => {
  it('generates both keys once for the demo and keeps them in the data folder', () => {
    const dataDir = tempDir();
    const first = parseEnv({ DATA_DIR: dataDir });
    expect(Buffer.from(first.IDENTITY_ENCRYPTION_KEY, 'base64')).toHaveLength(32);
    expect(first.IDENTITY_HASH_KEY).not.toBe(first.IDENTITY_ENCRYPTION_KEY);
    expect(parseEnv({ DATA_DIR: dataDir }).IDENTITY_ENCRYPTION_KEY).toBe(
      first.IDENTITY_ENCRYPTION_KEY,
    );
    expect(first.PRIVATE_FILES_DIR).toBe(path.join(dataDir, 'private'));
  });

  it('refuses a key of the wrong length, and production without keys', () => {
    expect(() =>
      parseEnv({
        DATA_DIR: tempDir(),
        IDENTITY_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64'),
      }),
    ).toThrow(/IDENTITY_ENCRYPTION_KEY/);
    expect(() =>
      parseEnv({
        DATA_DIR: tempDir(),
        NODE_ENV: 'production',
        AUTH_SECRET: 'x'.repeat(40),
        BILLER_SWITCH_KEY: 'k'.repeat(32),
        GATEWAY_SERVER_KEY: 'g'.repeat(32),
        GATEWAY_WEBHOOK_SECRET: 'w'.repeat(32),
      }),
    ).toThrow(/IDENTITY_HASH_KEY/);
  });
});

describe('receipt signing key', () => {
  it('is generated once for the demo, refused when short, and required in production', () => {
    const dataDir = tempDir();
    const first = parseEnv({ DATA_DIR: dataDir }).RECEIPT_SIGNING_KEY;
    expect(Buffer.from(first, 'base64')).toHaveLength(32);
    expect(parseEnv({ DATA_DIR: dataDir }).RECEIPT_SIGNING_KEY).toBe(first);
    expect(() =>
      parseEnv({ DATA_DIR: tempDir(), RECEIPT_SIGNING_KEY: Buffer.alloc(8).toString('base64') }),
    ).toThrow(/RECEIPT_SIGNING_KEY/);
    expect(() =>
      parseEnv({
        DATA_DIR: tempDir(),
        NODE_ENV: 'production',
        AUTH_SECRET: 'x'.repeat(40),
        BILLER_SWITCH_KEY: 'k'.repeat(32),
        GATEWAY_SERVER_KEY: 'g'.repeat(32),
        GATEWAY_WEBHOOK_SECRET: 'w'.repeat(32),
        IDENTITY_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
        IDENTITY_HASH_KEY: Buffer.alloc(32, 2).toString('base64'),
      }),
    ).toThrow(/RECEIPT_SIGNING_KEY/);
  });
});
