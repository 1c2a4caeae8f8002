import { describe, expect, it } from 'vitest';
import { changedFields, fieldChanges, parseChanges, sameValue } from '@/lib/domain/audit-diff';
import { auditFiltersSchema, auditQuery, isAuditFiltered } from '@/lib/domain/audit-filters';

describe('changedFields', () => {
  it('keeps only the fields whose values differ', () => {
    expect(
      changedFields(
        { adminFee: 2_500, nameId: 'PLN', referenceRule: { kind: 'pdam', length: 8 }, max: null },
        { adminFee: 3_000, nameId: 'PLN', referenceRule: { length: 8, kind: 'pdam' }, max: 10 },
      ),
    ).toEqual({ before: { adminFee: 2_500, max: null }, after: { adminFee: 3_000, max: 10 } });
  });

  it('compares lists in order and notes fields missing on one side as null', () => {
    expect(
      changedFields(
        { cutOffWindows: [{ start: '23:00', end: '01:00' }] },
        { cutOffWindows: [], extra: 'x' },
      ),
    ).toEqual({
      before: { cutOffWindows: [{ start: '23:00', end: '01:00' }], extra: null },
      after: { cutOffWindows: [], extra: 'x' },
    });
    expect(changedFields({ a: [1, 2] }, { a: [1, 2] })).toEqual({ before: {}, after: {} });
  });

  it('sameValue treats dates by their instant', () => {
    expect(sameValue(new Date(5), new Date(5))).toBe(true);
    expect(sameValue(new Date(5), new Date(6))).toBe(false);
    expect(sameValue({ a: undefined }, {})).toBe(true);
  });
});

describe('fieldChanges', () => {
  it('lists a creation as fields without a before', () => {
    expect(fieldChanges({ before: null, after: { code: 'X', adminFee: 0 } })).toEqual([
      { field: 'code', before: null, after: 'X' },
      { field: 'adminFee', before: null, after: 0 },
    ]);
  });

  it('shows what is not an object as one unnamed change, and nothing when equal', () => {
    expect(fieldChanges({ before: 'a', after: 'b' })).toEqual([
      { field: '', before: 'a', after: 'b' },
    ]);
    expect(fieldChanges({ before: null, after: null })).toEqual([]);
  });

  it('reads the stored column, and survives text that is not JSON', () => {
    expect(parseChanges('{"before":{"a":1},"after":{"a":2}}')).toEqual({
      before: { a: 1 },
      after: { a: 2 },
    });
    expect(parseChanges('not json')).toEqual({ before: null, after: null });
    expect(parseChanges('[1]')).toEqual({ before: null, after: null });
  });
});

describe('audit filters', () => {
  it('reads an empty form as no filter', () => {
    const filters = auditFiltersSchema.parse({ actor: '', action: ' ', from: '', q: '' });
    expect(isAuditFiltered(filters)).toBe(false);
    expect(auditQuery(filters)).toBe('');
  });

  it('keeps the filters and the page cursor in the query', () => {
    const filters = auditFiltersSchema.parse({
      actor: 'admin@demo.loket.id',
      action: 'biller.',
      targetType: 'Biller',
      from: '2026-11-01',
      to: '2026-11-24',
      after: 'cm123',
    });
    expect(isAuditFiltered(filters)).toBe(true);
    expect(auditQuery(filters, { before: 'cm999' })).toBe(
      '?actor=admin%40demo.loket.id&action=biller.&targetType=Biller&from=2026-11-01&to=2026-11-24&before=cm999',
    );
  });

  it('reports bad values on their fields', () => {
    const result = auditFiltersSchema.safeParse({
      action: 'biller update;',
      targetType: 'Nope',
      from: '2026-02-30',
      q: 'x'.repeat(101),
      after: '../etc',
    });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path[0], issue.message]),
    );
    expect(fields).toEqual({
      action: 'auditActionInvalid',
      targetType: 'invalid',
      from: 'historyDateInvalid',
      q: 'auditFilterTooLong',
      after: 'invalid',
    });
    expect(
      auditFiltersSchema.safeParse({ from: '2026-11-24', to: '2026-11-01' }).error?.issues,
    ).toMatchObject([{ path: ['to'], message: 'historyDateOrder' }]);
  });
});
