import { z } from 'zod';
import type { Locale } from './locale';
import { PAYMENT_FAILURE_REASONS, REFUND_CAUSES } from './payment-notices';
import { PAYMENT_METHODS } from './payment-methods';

// In-app notices. A notice stores only its kind and parameters; its title and body come from the
// `notifications` message catalogue (`kinds.<KIND>.title` / `.body`), so it reads in the
// reader's language whenever it is shown. A new kind is one entry here plus its two messages.

// Names and periods are stored in both languages (`billerNameId`, `billerNameEn`), since a
// notice is read in whichever language the reader uses that day; the messages read the one of
// their language as `{billerName}` (messageParams). Amounts are formatted rupiah, the same in
// both. Choices (`yes`/`no`, reasons) pick a sentence in the message.
const LOCALIZED = ['billerName', 'period'] as const;
type Localized = (typeof LOCALIZED)[number];
const text = z.string().min(1).max(200);
const localized = <Name extends Localized>(name: Name) =>
  ({ [`${name}Id`]: text, [`${name}En`]: text }) as Record<`${Name}Id` | `${Name}En`, typeof text>;
const rupiah = z.string().regex(/^Rp\d{1,3}(\.\d{3})*$/);
const yesNo = z.enum(['yes', 'no']);

const PARAMS = {
  IDENTITY_APPROVED: z.strictObject({}),
  IDENTITY_REJECTED: z.strictObject({ reason: z.string().min(1).max(500) }),
  /** The biller was paid; `token`: a PLN token is ready on the receipt (never in the notice). */
  PAYMENT_SUCCEEDED: z.strictObject({
    ...localized('billerName'),
    amount: rupiah,
    token: yesNo,
    delayed: yesNo,
  }),
  /** The biller refused: why, and that the money is on its way back. */
  PAYMENT_FAILED: z.strictObject({
    ...localized('billerName'),
    amount: rupiah,
    reason: z.enum(PAYMENT_FAILURE_REASONS),
    delayed: yesNo,
  }),
  /** The money arrived and the payment waits for a review before the biller is paid. */
  PAYMENT_HELD: z.strictObject({ ...localized('billerName'), amount: rupiah }),
  /** The review did not approve it: the biller is not paid, the money goes back. */
  PAYMENT_NOT_APPROVED: z.strictObject({ ...localized('billerName'), amount: rupiah }),
  PAYMENT_REFUNDED: z.strictObject({
    ...localized('billerName'),
    amount: rupiah,
    method: z.enum(PAYMENT_METHODS),
    cause: z.enum(REFUND_CAUSES),
  }),
  /** A saved bill's new period is out (monthly reminder). */
  BILL_AVAILABLE: z.strictObject({
    ...localized('billerName'),
    ...localized('period'),
    label: z.string().min(1).max(40),
    amount: rupiah,
  }),
} satisfies Record<string, z.ZodType<Record<string, string | number>>>;

export type NotificationKind = keyof typeof PARAMS;
export const NOTIFICATION_KINDS = Object.keys(PARAMS) as NotificationKind[];

export type NotificationParams<Kind extends NotificationKind> = z.output<(typeof PARAMS)[Kind]>;

/** One notice as a caller raises it: the kind decides the parameters it needs. */
export type NotificationEvent = {
  [Kind in NotificationKind]: { kind: Kind; params: NotificationParams<Kind> };
}[NotificationKind];

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(PARAMS, value);
}

/** Checks parameters before they are stored; throws on a programming mistake. */
export function serializeNotificationParams(event: NotificationEvent): string {
  return JSON.stringify(PARAMS[event.kind].parse(event.params));
}

/**
 * A stored notice read back for display, or null when this version cannot show it (a kind
 * written by a newer version, or parameters that no longer fit): the list skips it rather than
 * show a message key.
 */
export function readNotification(kind: string, params: string): NotificationEvent | null {
  if (!isNotificationKind(kind)) return null;
  let json: unknown;
  try {
    json = JSON.parse(params);
  } catch {
    return null;
  }
  const parsed = PARAMS[kind].safeParse(json);
  return parsed.success ? ({ kind, params: parsed.data } as NotificationEvent) : null;
}

/** The parameters a notice's messages read in `locale`: `billerNameId` or `...En` as `billerName`. */
export function messageParams(
  params: Record<string, string | number>,
  locale: Locale,
): Record<string, string | number> {
  const result: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    const name = LOCALIZED.find((base) => key === `${base}Id` || key === `${base}En`);
    if (!name) result[key] = value;
    else if (key === `${name}${locale === 'id' ? 'Id' : 'En'}`) result[name] = value;
  }
  return result;
}
