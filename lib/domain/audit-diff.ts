// What an audit entry says changed: only the fields whose values differ, before and after.

export type Snapshot = Record<string, unknown>;
export type FieldChange = { field: string; before: unknown; after: unknown };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of JSON-like values (key order does not matter; undefined equals missing). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return false;
}

/** The two snapshots cut down to the fields that changed (a field missing on one side is null). */
export function changedFields(
  before: Snapshot,
  after: Snapshot,
): { before: Snapshot; after: Snapshot } {
  const changed: { before: Snapshot; after: Snapshot } = { before: {}, after: {} };
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (sameValue(before[field], after[field])) continue;
    changed.before[field] = before[field] ?? null;
    changed.after[field] = after[field] ?? null;
  }
  return changed;
}

/**
 * The field-by-field view of a stored `{ before, after }`: a creation has no before, a deletion
 * no after. Anything that is not an object on either side is shown as one unnamed change.
 */
export function fieldChanges(changes: { before: unknown; after: unknown }): FieldChange[] {
  const before = changes.before ?? {};
  const after = changes.after ?? {};
  if (!isPlainObject(before) || !isPlainObject(after)) {
    return sameValue(before, after) ? [] : [{ field: '', before, after }];
  }
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => !sameValue(before[field], after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** A stored `changes` column read back; unreadable text becomes an empty change. */
export function parseChanges(text: string): { before: unknown; after: unknown } {
  try {
    const parsed: unknown = JSON.parse(text);
    if (isPlainObject(parsed))
      return { before: parsed.before ?? null, after: parsed.after ?? null };
  } catch {
    // fall through: an entry written by hand or truncated
  }
  return { before: null, after: null };
}
