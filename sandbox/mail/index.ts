import type { Route } from '../http';
import { createMailFaults } from './faults';
import { mailRoutes } from './routes';
import { createSmtpServer } from './smtp';
import { createMailStore } from './store';

export type MailOptions = { host: string; smtpPort: number };

/**
 * The mail part: an SMTP server that keeps what it receives, the inbox pages under `/mail`, and
 * the control API under `/control/mail`. Both sides share one in-memory inbox.
 */
export function createMail({ host, smtpPort }: MailOptions) {
  const store = createMailStore();
  const faults = createMailFaults();
  const smtp = createSmtpServer({ store, faults });
  const routes: Route[] = mailRoutes({ store, faults }, `${host}:${smtpPort}`);

  return {
    routes,
    /** Resolves once SMTP listens; rejects if it cannot (the port is taken, say). */
    listen: () =>
      new Promise<void>((resolve, reject) => {
        smtp.once('error', reject);
        smtp.listen(smtpPort, host, () => {
          smtp.off('error', reject);
          resolve();
        });
      }),
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

export type Mail = ReturnType<typeof createMail>;
