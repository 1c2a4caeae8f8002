import { loadSandboxConfig } from './config';
import { createSandboxServer } from './server';

const config = loadSandboxConfig(process.env);
const server = createSandboxServer(config);

server.listen(config.SANDBOX_PORT, config.SANDBOX_HOST, () => {
  console.log(
    JSON.stringify({
      level: 'info',
      message: 'sandbox listening',
      url: `http://${config.SANDBOX_HOST}:${config.SANDBOX_PORT}`,
    }),
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Requests held open on purpose (the "timeout" fault) would otherwise keep it running.
    server.closeAllConnections();
  });
}
