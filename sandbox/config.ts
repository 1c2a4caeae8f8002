import { z } from 'zod';

// The sandbox is a separate program (it stands in for the outside world), so it has its own
// configuration and shares no code with Loket.
const schema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(1).max(65_535).default(4010),
  SANDBOX_HOST: z.string().min(1).default('127.0.0.1'),
  // The mail inbox's SMTP port (on SANDBOX_HOST); Loket's SMTP_URL points here by default.
  SANDBOX_SMTP_PORT: z.coerce.number().int().min(1).max(65_535).default(2525),
  // The biller switch's published test key for partner `loket` (docs/sandbox.md).
  SANDBOX_BILLER_KEY: z.string().min(16).default('sandbox-biller-key-not-a-secret'),
  // How late a "slow" answer comes: longer than Loket's timeouts, so the client gives up first.
  SANDBOX_SLOW_MS: z.coerce.number().int().min(0).default(15_000),
  // The payment gateway's published test server key and webhook secret (docs/gateway.md).
  SANDBOX_GATEWAY_KEY: z.string().min(16).default('sandbox-gateway-key-not-a-secret'),
  SANDBOX_GATEWAY_WEBHOOK_SECRET: z.string().min(16).default('sandbox-webhook-secret-not-a-secret'),
  // Where webhooks go when a charge names no notifyUrl: Loket's webhook route.
  SANDBOX_GATEWAY_WEBHOOK_URL: z.url().default('http://127.0.0.1:3000/api/webhooks/gateway'),
  // The first retry's delay; each next one doubles. Tests make it small.
  SANDBOX_WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(1_000),
  SANDBOX_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(10),
  // The address browsers reach the hosted pages at; blank: the host the merchant called.
  SANDBOX_PUBLIC_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.url().optional(),
  ),
});

export type SandboxConfig = z.infer<typeof schema>;

export function loadSandboxConfig(source: Record<string, string | undefined>): SandboxConfig {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid sandbox configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
