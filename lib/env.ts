import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// The only module that reads process.env. Everything else imports `env` from here, so a bad
// or missing variable fails at start-up with its name, not deep inside a request.

const booleanFromString = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const positiveInt = z.coerce.number().int().positive();

const KEY_BYTES = 32;
const base64Key = z
  .string()
  .refine(
    (value) => Buffer.from(value, 'base64').length === KEY_BYTES,
    `must be ${KEY_BYTES} random bytes in base64 (openssl rand -base64 ${KEY_BYTES})`,
  );

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, 'must be a SQLite file URL such as file:./data/loket.db')
    .optional(),
  APP_URL: z.url().default('http://localhost:3000'),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SANDBOX_URL: z.url().default('http://127.0.0.1:4010'),
  // Biller switch (aggregator host-to-host API); defaults reach the sandbox.
  BILLER_SWITCH_URL: z.url().optional(),
  BILLER_SWITCH_PARTNER_ID: z.string().min(1).default('loket'),
  BILLER_SWITCH_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  BILLER_INQUIRY_TIMEOUT_MS: positiveInt.default(8_000),
  BILLER_PAYMENT_TIMEOUT_MS: positiveInt.default(30_000),
  // Payment gateway (docs/gateway.md); defaults reach the sandbox.
  GATEWAY_URL: z.url().optional(),
  GATEWAY_SERVER_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  GATEWAY_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  GATEWAY_TIMEOUT_MS: positiveInt.default(10_000),
  // Outgoing mail (docs/sandbox.md#mail); the default reaches the sandbox's SMTP inbox.
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z
    .string()
    .regex(/^[^\r\n]*@[^\r\n]*$/, 'must be an address, e.g. Loket <no-reply@loket.id>')
    .default('Loket <no-reply@loket.id>'),
  // Identity data (NIK, KTP photo, selfie): AES-256-GCM key, and the key of the NIK's
  // uniqueness hash. Files live in PRIVATE_FILES_DIR (default: DATA_DIR/private), never public/.
  IDENTITY_ENCRYPTION_KEY: base64Key.optional(),
  IDENTITY_HASH_KEY: base64Key.optional(),
  PRIVATE_FILES_DIR: z.string().min(1).optional(),
  // Signs the verification code in every receipt's QR (HMAC-SHA256).
  RECEIPT_SIGNING_KEY: base64Key.optional(),
  OUTBOX_MAX_ATTEMPTS: positiveInt.max(50).default(8),
  INQUIRY_LIMIT_PER_USER: positiveInt.default(30),
  INQUIRY_LIMIT_WINDOW_SECONDS: positiveInt.default(10 * 60),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  WORKER_INTERVAL_MS: positiveInt.default(5_000),
  LOGIN_LIMIT_PER_ACCOUNT: positiveInt.default(5),
  LOGIN_LIMIT_PER_IP: positiveInt.default(30),
  LOGIN_LIMIT_WINDOW_SECONDS: positiveInt.default(15 * 60),
  REGISTER_LIMIT_PER_IP: positiveInt.default(10),
  REGISTER_LIMIT_WINDOW_SECONDS: positiveInt.default(60 * 60),
  // How many reverse proxies in front of the app append to X-Forwarded-For. 0: the app is
  // reached directly and the last address is the client's.
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).default(0),
  SECURE_COOKIES: booleanFromString.optional(),
  // Set by the demo command: lets a production build generate its own secrets into DATA_DIR.
  LOKET_DEMO: booleanFromString.default(false),
});

export type Env = z.infer<typeof schema> & {
  DATABASE_URL: string;
  AUTH_SECRET: string;
  SECURE_COOKIES: boolean;
  BILLER_SWITCH_URL: string;
  BILLER_SWITCH_KEY: string;
  GATEWAY_URL: string;
  GATEWAY_SERVER_KEY: string;
  GATEWAY_WEBHOOK_SECRET: string;
  SMTP_URL: string;
  IDENTITY_ENCRYPTION_KEY: string;
  IDENTITY_HASH_KEY: string;
  PRIVATE_FILES_DIR: string;
  RECEIPT_SIGNING_KEY: string;
};

// The sandbox's published test key (like a payment provider's documented test credentials):
// usable only outside production or in the demo.
export const SANDBOX_BILLER_KEY = 'sandbox-biller-key-not-a-secret';
export const SANDBOX_GATEWAY_KEY = 'sandbox-gateway-key-not-a-secret';
export const SANDBOX_WEBHOOK_SECRET = 'sandbox-webhook-secret-not-a-secret';
// The sandbox's SMTP inbox listens on this port, on the sandbox's host.
export const SANDBOX_SMTP_PORT = 2525;

export class EnvError extends Error {
  constructor(issues: z.core.$ZodIssue[]) {
    const lines = issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    super(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every variable.`);
    this.name = 'EnvError';
  }
}

/**
 * Secrets the embedded demo needs but nobody configured: generated once and kept in the data
 * folder (git-ignored), so sessions and encrypted data survive restarts. Each file is written
 * with O_EXCL so that processes starting together agree on one value.
 */
function demoSecrets<Secrets extends Record<string, string>>(
  dataDir: string,
  fileName: string,
  generate: () => Secrets,
): Secrets {
  const file = path.join(dataDir, fileName);
  mkdirSync(dataDir, { recursive: true });
  try {
    const fresh = generate();
    writeFileSync(file, JSON.stringify(fresh, null, 2), { flag: 'wx', mode: 0o600 });
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return JSON.parse(readFileSync(file, 'utf8')) as Secrets;
  }
}

const randomSecret = (bytes: number, encoding: BufferEncoding) =>
  randomBytes(bytes).toString(encoding);

export function parseEnv(source: Record<string, string | undefined>): Env {
  const blankAsMissing = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = schema.safeParse(blankAsMissing);
  if (!result.success) throw new EnvError(result.error.issues);
  const parsed = result.data;
  const dataDir = path.resolve(parsed.DATA_DIR);
  if (parsed.NODE_ENV === 'production' && !parsed.AUTH_SECRET && !parsed.LOKET_DEMO) {
    throw new EnvError([
      {
        code: 'custom',
        path: ['AUTH_SECRET'],
        message: 'is required in production (the demo sets LOKET_DEMO=1 to generate one)',
        input: undefined,
      },
    ]);
  }
  const productionLike = parsed.NODE_ENV === 'production' && !parsed.LOKET_DEMO;
  if (productionLike && !parsed.BILLER_SWITCH_KEY) {
    throw new EnvError([
      {
        code: 'custom',
        path: ['BILLER_SWITCH_KEY'],
        message: 'is required in production (the sandbox test key is for the demo only)',
        input: undefined,
      },
    ]);
  }
  const missingGatewaySecrets = (
    [
      'GATEWAY_SERVER_KEY',
      'GATEWAY_WEBHOOK_SECRET',
      'IDENTITY_ENCRYPTION_KEY',
      'IDENTITY_HASH_KEY',
      'RECEIPT_SIGNING_KEY',
    ] as const
  ).filter((name) => productionLike && !parsed[name]);
  if (missingGatewaySecrets.length > 0) {
    throw new EnvError(
      missingGatewaySecrets.map((name) => ({
        code: 'custom' as const,
        path: [name],
        message: 'is required in production (the demo generates its own)',
        input: undefined,
      })),
    );
  }
  const databaseUrl = parsed.DATABASE_URL ?? `file:${path.join(dataDir, 'loket.db')}`;
  return {
    ...parsed,
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.resolve(databaseUrl.slice('file:'.length))}`,
    AUTH_SECRET:
      parsed.AUTH_SECRET ??
      demoSecrets(dataDir, 'secrets.json', () => ({ AUTH_SECRET: randomSecret(32, 'base64url') }))
        .AUTH_SECRET,
    SECURE_COOKIES: parsed.SECURE_COOKIES ?? parsed.APP_URL.startsWith('https://'),
    BILLER_SWITCH_URL: parsed.BILLER_SWITCH_URL ?? new URL('/h2h', parsed.SANDBOX_URL).toString(),
    BILLER_SWITCH_KEY: parsed.BILLER_SWITCH_KEY ?? SANDBOX_BILLER_KEY,
    GATEWAY_URL: parsed.GATEWAY_URL ?? new URL('/gateway', parsed.SANDBOX_URL).toString(),
    GATEWAY_SERVER_KEY: parsed.GATEWAY_SERVER_KEY ?? SANDBOX_GATEWAY_KEY,
    GATEWAY_WEBHOOK_SECRET: parsed.GATEWAY_WEBHOOK_SECRET ?? SANDBOX_WEBHOOK_SECRET,
    SMTP_URL:
      parsed.SMTP_URL ?? `smtp://${new URL(parsed.SANDBOX_URL).hostname}:${SANDBOX_SMTP_PORT}`,
    ...identityKeys(parsed, dataDir),
    PRIVATE_FILES_DIR: path.resolve(parsed.PRIVATE_FILES_DIR ?? path.join(dataDir, 'private')),
    RECEIPT_SIGNING_KEY:
      parsed.RECEIPT_SIGNING_KEY ??
      demoSecrets(dataDir, 'receipt-key.json', () => ({
        RECEIPT_SIGNING_KEY: randomSecret(32, 'base64'),
      })).RECEIPT_SIGNING_KEY,
  };
}

function identityKeys(
  parsed: { IDENTITY_ENCRYPTION_KEY?: string | undefined; IDENTITY_HASH_KEY?: string | undefined },
  dataDir: string,
) {
  if (parsed.IDENTITY_ENCRYPTION_KEY && parsed.IDENTITY_HASH_KEY) {
    return {
      IDENTITY_ENCRYPTION_KEY: parsed.IDENTITY_ENCRYPTION_KEY,
      IDENTITY_HASH_KEY: parsed.IDENTITY_HASH_KEY,
    };
  }
  const generated = demoSecrets(dataDir, 'identity-keys.json', () => ({
    IDENTITY_ENCRYPTION_KEY: randomSecret(32, 'base64'),
    IDENTITY_HASH_KEY: randomSecret(32, 'base64'),
  }));
  return {
    IDENTITY_ENCRYPTION_KEY: parsed.IDENTITY_ENCRYPTION_KEY ?? generated.IDENTITY_ENCRYPTION_KEY,
    IDENTITY_HASH_KEY: parsed.IDENTITY_HASH_KEY ?? generated.IDENTITY_HASH_KEY,
  };
}

export const env: Env = parseEnv(process.env);

// next-auth reads its own variables; keep them in step with ours.
process.env.NEXTAUTH_URL ??= env.APP_URL;
process.env.NEXTAUTH_SECRET ??= env.AUTH_SECRET;
