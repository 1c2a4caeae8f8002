import { z } from 'zod';

// The switch side of docs/biller-switch-protocol.md: request bodies, response codes, answers.

export const ENDPOINTS = ['inquiry', 'payment', 'advice', 'reversal'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

const refId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'refId: 1-40 of [A-Za-z0-9_-]');
const code = z.string().min(1).max(40);

export const inquiryBody = z.object({ refId, productCode: code, customerNo: code });
export const paymentBody = inquiryBody.extend({
  amount: z.number().int().positive(),
  inquiryRefId: refId.optional(),
});
export const referenceBody = z.object({ refId });

export type InquiryBody = z.infer<typeof inquiryBody>;
export type PaymentBody = z.infer<typeof paymentBody>;

const MESSAGES = {
  '00': 'SUCCESS',
  '02': 'TRANSACTION FAILED',
  '03': 'TRANSACTION PENDING',
  '14': 'WRONG CUSTOMER NUMBER',
  '40': 'BAD PAYLOAD',
  '41': 'BAD SIGNATURE',
  '44': 'INSUFFICIENT DEPOSIT',
  '49': 'DUPLICATE REFERENCE',
  '54': 'BILL ALREADY PAID',
  '60': 'BILL NOT AVAILABLE YET',
  '63': 'TRANSACTION NOT FOUND',
  '74': 'TRANSACTION REVERSED',
  '90': 'CUT-OFF IN PROGRESS',
  '96': 'SYSTEM MALFUNCTION',
} as const;

type Rc = keyof typeof MESSAGES;

export type Reply =
  | { kind: 'json'; status: number; body: Record<string, unknown>; delayMs?: number }
  /** HTTP 500 with an HTML error page, as a crashed switch behind a proxy would answer. */
  | { kind: 'broken' }
  /** Accept the request and never answer. */
  | { kind: 'silent' };

export function answer(
  rc: Rc,
  refId: string,
  extra: { message?: string; inquiry?: unknown; payment?: unknown } = {},
): Reply {
  const { message, ...payload } = extra;
  const status = rc === '40' ? 400 : rc === '41' ? 401 : 200;
  return {
    kind: 'json',
    status,
    body: { rc, message: message ?? MESSAGES[rc], refId, ...payload },
  };
}

/** The refId of a body that may not even be JSON, to echo it in a refusal. */
export function refIdIn(raw: string): string {
  try {
    const body: unknown = JSON.parse(raw);
    const refId = (body as { refId?: unknown } | null)?.refId;
    return typeof refId === 'string' ? refId.slice(0, 40) : '';
  } catch {
    return '';
  }
}
