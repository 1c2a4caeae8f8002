import { z } from 'zod';

// In-app notices. A notice stores only its kind and parameters; its title and body come from the
// `notifications` message catalogue (`kinds.<KIND>.title` / `.body`), so it reads in the
// reader's language whenever it is shown. A new kind is one entry here plus its two messages.

const PARAMS = {
  IDENTITY_APPROVED: z.strictObject({}),
  IDENTITY_REJECTED: z.strictObject({ reason: z.string().min(1).max(500) }),
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
