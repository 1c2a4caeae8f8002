// A separate process that pays the biller for one transaction, as the webhook route or the
// worker would, so that a test can kill it (SIGKILL) in the middle of the payment.
// node --conditions=react-server --import tsx tests/support/pay-biller-child.ts <transactionId> <sandboxUrl>
import { createHttpBillerSwitch } from '@/lib/integrations/biller-switch/http-biller-switch';
import { payBiller } from '@/lib/server/payments/pay-biller';

async function main() {
  const [transactionId, sandboxUrl] = process.argv.slice(2);
  if (!transactionId || !sandboxUrl) throw new Error('usage: <transactionId> <sandboxUrl>');
  const billerSwitch = createHttpBillerSwitch({
    baseUrl: `${sandboxUrl}/h2h`,
    partnerId: 'loket',
    key: 'sandbox-biller-key-not-a-secret',
    inquiryTimeoutMs: 30_000,
    paymentTimeoutMs: 30_000,
  });
  process.stdout.write('paying\n');
  const outcome = await payBiller({ transactionId, billerSwitch });
  process.stdout.write(`${outcome}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
