import 'server-only';
import { paymentGateway } from '@/lib/integrations/payment-gateway';
import type { PaymentGateway, WebhookInput } from '@/lib/integrations/payment-gateway/types';
import { log } from '@/lib/log';
import { applyGatewayEvent, type EventOutcome } from './apply-gateway-event';

export type WebhookAnswer =
  | { status: 200; outcome: EventOutcome; transactionId?: string; paidTransactionId?: string }
  | { status: 401; reason: string };

/**
 * A gateway notification: verified (signature, freshness, shape) before anything is read, then
 * applied once. An unverified call changes nothing and says only that it was refused.
 */
export async function receiveGatewayWebhook(
  input: WebhookInput & { gateway?: PaymentGateway },
): Promise<WebhookAnswer> {
  const verification = (input.gateway ?? paymentGateway()).verifyWebhook(input);
  if (!verification.ok) {
    log('warn', 'gateway webhook refused', { reason: verification.reason });
    return { status: 401, reason: verification.reason };
  }
  const { event } = verification;
  const outcome = await applyGatewayEvent(event, input.now);
  log('info', 'gateway webhook applied', { eventId: event.id, type: event.type, outcome });
  return {
    status: 200,
    outcome,
    transactionId: event.data.orderId,
    ...(outcome === 'PAID' ? { paidTransactionId: event.data.orderId } : {}),
  };
}
