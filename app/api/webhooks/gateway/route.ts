import { after } from 'next/server';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';
import type { EventOutcome } from '@/lib/server/payments/apply-gateway-event';
import { payBiller } from '@/lib/server/payments/pay-biller';
import { receiveGatewayWebhook } from '@/lib/server/payments/receive-gateway-webhook';

// The gateway's signed notifications. The raw body is read as text: the signature covers the
// exact bytes. Paying the biller starts after the answer, so the gateway is not kept waiting;
// the worker picks up anything this misses.
const TELLS_THE_CUSTOMER = new Set<EventOutcome>(['ON_HOLD', 'REFUNDED']);

export async function POST(request: Request) {
  const answer = await receiveGatewayWebhook({
    rawBody: await request.text(),
    headers: request.headers,
  });
  if (answer.status === 401) return Response.json({ error: 'invalid_signature' }, { status: 401 });
  const paid = answer.paidTransactionId;
  // A paid bill's receipt e-mail, or the customer's word that a payment is held or refunded,
  // goes out at once; the worker retries whatever this misses.
  if (paid || TELLS_THE_CUSTOMER.has(answer.outcome)) {
    after(async () => {
      if (paid) await payBiller({ transactionId: paid });
      await deliverOutbox();
    });
  }
  return Response.json({ received: true, outcome: answer.outcome });
}
