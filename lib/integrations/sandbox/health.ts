import 'server-only';
import { env } from '@/lib/env';

/** Whether the sandbox (standing in for billers, gateway and mail) answers its health check. */
export async function isSandboxReachable(timeoutMs = 2_000): Promise<boolean> {
  try {
    const response = await fetch(new URL('/health', env.SANDBOX_URL), {
      signal: AbortSignal.timeout(timeoutMs),
      cache: 'no-store',
    });
    return response.ok;
  } catch {
    return false;
  }
}
