import { z } from 'zod';

// The sandbox is a separate program (it stands in for the outside world), so it has its own
// configuration and shares no code with Loket.
const schema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(1).max(65_535).default(4010),
  SANDBOX_HOST: z.string().min(1).default('127.0.0.1'),
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
