import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startSandbox } from '../support/sandbox-process';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.stop());

// The configuration is read once per module graph, so each case loads the modules afresh.
async function checkHealthWithSandboxAt(url: string) {
  process.env.SANDBOX_URL = url;
  const { vi } = await import('vitest');
  vi.resetModules();
  const { checkHealth } = await import('@/lib/server/health');
  return checkHealth();
}

describe('checkHealth', () => {
  it('reports the database and the real sandbox as up', async () => {
    const health = await checkHealthWithSandboxAt(sandbox.url);
    expect(health).toMatchObject({
      status: 'ok',
      database: 'up',
      sandbox: 'up',
      worker: 'unknown',
    });
  });

  it('says degraded when the sandbox does not answer', async () => {
    const health = await checkHealthWithSandboxAt(`http://127.0.0.1:${await freePort()}`);
    expect(health).toMatchObject({ status: 'degraded', database: 'up', sandbox: 'down' });
  });

  it('sees the worker once it has ticked', async () => {
    process.env.SANDBOX_URL = sandbox.url;
    const { runWorkerTick } = await import('@/lib/server/jobs/worker-tick');
    const { checkHealth } = await import('@/lib/server/health');
    await runWorkerTick();
    expect((await checkHealth()).worker).toBe('up');
  });
});
