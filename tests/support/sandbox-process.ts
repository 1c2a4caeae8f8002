import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts the real sandbox program on free ports (HTTP and its mail inbox's SMTP) and waits until
 * it answers. `env` adds to or overrides its configuration, e.g. `{ SANDBOX_SLOW_MS: '1500' }`.
 */
export async function startSandbox(options: { env?: Record<string, string> } = {}): Promise<{
  url: string;
  smtpPort: number;
  /** Where Loket's mailer reaches the sandbox's SMTP server. */
  smtpUrl: string;
  stop: () => Promise<void>;
}> {
  const port = await freePort();
  let smtpPort = await freePort();
  while (smtpPort === port) smtpPort = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'sandbox/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      ...options.env,
      SANDBOX_PORT: String(port),
      SANDBOX_SMTP_PORT: String(smtpPort),
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const smtpUrl = `smtp://127.0.0.1:${smtpPort}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, smtpPort, smtpUrl, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`The sandbox did not start on ${url} (exit code ${child.exitCode}).`);
}
