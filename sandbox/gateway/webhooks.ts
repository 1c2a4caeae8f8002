import { createHmac } from 'node:crypto';
import type { EventType, GatewayEvent } from './events';

// Signed webhook deliveries, retried with exponential backoff until the merchant answers 2xx.

const ATTEMPT_TIMEOUT_MS = 10_000;
const MAX_DELAY_MS = 5 * 60_000;

type Attempt = {
  at: string;
  status?: number;
  error?: string;
  /** `counted-as-failed`: answered, but the fail-first-n fault pretends the answer was lost. */
  result: 'delivered' | 'failed' | 'counted-as-failed';
};

type Delivery = {
  id: string;
  eventId: string;
  type: EventType;
  chargeId: string;
  orderId: string;
  url: string;
  state: 'pending' | 'delivered' | 'gave-up';
  attempts: Attempt[];
  event: GatewayEvent;
};

const signWebhook = (secret: string, timestamp: string, body: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  if (typeof cause === 'string') return cause;
  return error instanceof Error ? error.name : String(error);
}

export function createWebhookSender(options: {
  secret: string;
  retryBaseMs: number;
  maxAttempts: number;
}) {
  const deliveries: Delivery[] = [];

  async function post(url: string, body: string): Promise<{ status: number } | { error: string }> {
    const timestamp = String(Math.floor(Date.now() / 1000));
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'loket-sandbox-gateway',
          'X-Gateway-Timestamp': timestamp,
          'X-Gateway-Signature': signWebhook(options.secret, timestamp, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      await response.arrayBuffer().catch(() => undefined);
      return { status: response.status };
    } catch (error) {
      return { error: reasonOf(error) };
    }
  }

  /** Settles once the event is delivered or given up on. */
  function send(event: GatewayEvent, url: string, failFirst = 0): Promise<void> {
    const delivery: Delivery = {
      id: `delivery-${deliveries.length + 1}`,
      eventId: event.id,
      type: event.type,
      chargeId: event.data.chargeId,
      orderId: event.data.orderId,
      url,
      state: 'pending',
      attempts: [],
      event,
    };
    deliveries.push(delivery);
    const body = JSON.stringify(event);
    return new Promise((resolve) => {
      const attempt = async () => {
        const outcome = await post(url, body);
        const number = delivery.attempts.length + 1;
        const answered = 'status' in outcome && outcome.status >= 200 && outcome.status < 300;
        const lost = answered && number <= failFirst;
        delivery.attempts.push({
          at: new Date().toISOString(),
          ...outcome,
          result: lost ? 'counted-as-failed' : answered ? 'delivered' : 'failed',
        });
        if (answered && !lost) {
          delivery.state = 'delivered';
          return resolve();
        }
        if (number >= options.maxAttempts) {
          delivery.state = 'gave-up';
          console.error(
            JSON.stringify({
              level: 'warn',
              message: 'gateway gave up a webhook',
              eventId: event.id,
              type: event.type,
              url,
              attempts: number,
            }),
          );
          return resolve();
        }
        const delayMs = Math.min(options.retryBaseMs * 2 ** (number - 1), MAX_DELAY_MS);
        setTimeout(() => void attempt(), delayMs).unref();
      };
      void attempt();
    });
  }

  return { send, list: (): readonly Delivery[] => deliveries };
}

export type WebhookSender = ReturnType<typeof createWebhookSender>;
