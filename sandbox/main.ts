import { loadSandboxConfig } from './config';
import { createMail } from './mail';
import { createSandboxServer } from './server';

const config = loadSandboxConfig(process.env);
const mail = createMail({ host: config.SANDBOX_HOST, smtpPort: config.SANDBOX_SMTP_PORT });
const server = createSandboxServer(config, mail);

// SMTP first: once the HTTP health check answers, the whole sandbox is up.
mail.listen().then(
  () =>
    server.listen(config.SANDBOX_PORT, config.SANDBOX_HOST, () => {
      console.log(
        JSON.stringify({
          level: 'info',
          message: 'sandbox listening',
          url: `http://${config.SANDBOX_HOST}:${config.SANDBOX_PORT}`,
          smtp: `smtp://${config.SANDBOX_HOST}:${config.SANDBOX_SMTP_PORT}`,
        }),
      );
    }),
  (error: unknown) => {
    console.error(
      JSON.stringify({ level: 'error', message: 'sandbox smtp failed', error: String(error) }),
    );
    process.exit(1);
  },
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    const http = new Promise<void>((resolve) => server.close(() => resolve()));
    // Requests held open on purpose (the "timeout" fault) would otherwise keep it running.
    server.closeAllConnections();
    void Promise.all([http, mail.close()]).then(() => process.exit(0));
  });
}
