import { z } from 'zod';
import { wibDayStart } from './history';

// The audit log's filters, as its GET form puts them in the URL. A bad value is reported on its
// field (messages are keys of the `validation` namespace) and lists nothing.

export const AUDIT_PAGE_SIZE = 25;
export const AUDIT_TEXT_MAX = 100;

/** The kinds of thing audit entries are about; the filter offers these. */
export const AUDIT_TARGET_TYPES = [
  'Biller',
  'Product',
  'User',
  'IdentitySubmission',
  'Outlet',
  'Shift',
  'Transaction',
  'DepositTopUp',
] as const;

/** An empty field is no filter; of repeated values the first counts. */
function param<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    const first: unknown = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' && first.trim() === '' ? undefined : first;
  }, schema);
}

const text = param(z.string('invalid').trim().max(AUDIT_TEXT_MAX, 'auditFilterTooLong').optional());
const date = param(
  z
    .string('historyDateInvalid')
    .refine((value) => wibDayStart(value) !== null, 'historyDateInvalid')
    .optional(),
);
const cursor = param(
  z
    .string('invalid')
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid')
    .optional(),
);

export const auditFiltersSchema = z
  .object({
    actor: text,
    action: param(
      z
        .string('invalid')
        .trim()
        .regex(/^[a-zA-Z0-9_.-]{1,64}$/, 'auditActionInvalid')
        .optional(),
    ),
    targetType: param(z.enum(AUDIT_TARGET_TYPES, 'invalid').optional()),
    targetId: cursor,
    q: text,
    from: date,
    to: date,
    after: cursor,
    before: cursor,
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ['to'],
    message: 'historyDateOrder',
  });

export type AuditFilters = z.output<typeof auditFiltersSchema>;
export type AuditFilterField = keyof AuditFilters;

/** The query string of a view of the log, with a page cursor or none (the newest entries). */
export function auditQuery(
  filters: AuditFilters,
  page: { after?: string; before?: string } = {},
): string {
  const params = new URLSearchParams();
  for (const field of ['actor', 'action', 'targetType', 'targetId', 'q', 'from', 'to'] as const) {
    const value = filters[field];
    if (value) params.set(field, value);
  }
  if (page.after) params.set('after', page.after);
  if (page.before) params.set('before', page.before);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function isAuditFiltered(filters: AuditFilters): boolean {
  return Boolean(
    filters.actor ||
    filters.action ||
    filters.targetType ||
    filters.targetId ||
    filters.q ||
    filters.from ||
    filters.to,
  );
}
