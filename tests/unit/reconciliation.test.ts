import { describe, expect, it } from 'vitest';
import {
  countOutcomes,
  csvRecords,
  matchSettlement,
  parseSettlement,
  resolveItemSchema,
} from '@/lib/domain/reconciliation';

const GATEWAY_HEADER =
  'type,reference,charge_id,order_id,channel,gross_amount,fee,net_amount,settled_at\r\n';
const payment = (reference: string, amount: number) =>
  `PAYMENT,${reference},${reference},ord-${reference},BCA,${amount},4000,${amount - 4000},2026-11-24T03:00:00.000Z\r\n`;

describe('parseSettlement', () => {
  it('reads a gateway file into references and gross amounts', () => {
    const file = `\uFEFF${GATEWAY_HEADER}${payment('ch_1', 104_000)}${payment('ch_2', 60_500)}`;
    expect(parseSettlement('GATEWAY', file)).toEqual({
      ok: true,
      entries: [
        { reference: 'ch_1', amount: 104_000 },
        { reference: 'ch_2', amount: 60_500 },
      ],
    });
  });

  it('reads a biller file by switch reference, with quoted cells', () => {
    const file =
      'switch_ref,biller_ref,customer_no,product,amount,paid_at\n' +
      'PAY-1,SBX1,"530000,0001",PLN_POSTPAID,98000,2026-11-24T03:00:00Z\n';
    expect(parseSettlement('BILLER', file)).toEqual({
      ok: true,
      entries: [{ reference: 'PAY-1', amount: 98_000 }],
    });
  });

  it('names the line and column of the first bad row', () => {
    const file = `${GATEWAY_HEADER}${payment('ch_1', 104_000)}PAYMENT,ch_2,ch_2,o,BCA,12.5,0,0,2026-11-24T03:00:00Z\r\n`;
    expect(parseSettlement('GATEWAY', file)).toEqual({
      ok: false,
      problem: { kind: 'row', line: 3, column: 'gross_amount' },
    });
  });

  it('refuses a file without the expected columns, an empty file and a repeated reference', () => {
    expect(parseSettlement('BILLER', GATEWAY_HEADER)).toMatchObject({
      ok: false,
      problem: { kind: 'header', column: 'switch_ref' },
    });
    expect(parseSettlement('GATEWAY', '')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(
      parseSettlement('GATEWAY', `${GATEWAY_HEADER}${payment('ch_1', 1)}${payment('ch_1', 1)}`),
    ).toEqual({
      ok: false,
      problem: { kind: 'duplicate', line: 3, column: 'reference', reference: 'ch_1' },
    });
  });

  it('counts lines inside quoted line breaks', () => {
    expect(csvRecords('a,b\n"x\ny",z\nlast,1').map((record) => record.line)).toEqual([1, 2, 4]);
  });
});

describe('matchSettlement', () => {
  it('finds exactly the planted differences and matches the rest', () => {
    const ours = [
      { reference: 'A', amount: 100, transactionId: 't-a' },
      { reference: 'B', amount: 200, transactionId: 't-b' },
      { reference: 'C', amount: 300, transactionId: 't-c' },
      { reference: 'D', amount: 400, transactionId: 't-d' },
    ];
    const theirs = [
      { reference: 'A', amount: 100 },
      { reference: 'B', amount: 250 },
      { reference: 'D', amount: 400 },
      { reference: 'X', amount: 999 },
    ];
    const items = matchSettlement(theirs, ours);
    expect(items).toEqual([
      {
        outcome: 'AMOUNT_DIFFERS',
        reference: 'B',
        transactionId: 't-b',
        theirAmount: 250,
        ourAmount: 200,
      },
      {
        outcome: 'ONLY_THEIRS',
        reference: 'X',
        transactionId: null,
        theirAmount: 999,
        ourAmount: null,
      },
      {
        outcome: 'ONLY_OURS',
        reference: 'C',
        transactionId: 't-c',
        theirAmount: null,
        ourAmount: 300,
      },
      {
        outcome: 'MATCHED',
        reference: 'A',
        transactionId: 't-a',
        theirAmount: 100,
        ourAmount: 100,
      },
      {
        outcome: 'MATCHED',
        reference: 'D',
        transactionId: 't-d',
        theirAmount: 400,
        ourAmount: 400,
      },
    ]);
    expect(countOutcomes(items)).toEqual({
      MATCHED: 2,
      AMOUNT_DIFFERS: 1,
      ONLY_THEIRS: 1,
      ONLY_OURS: 1,
    });
  });
});

describe('resolveItemSchema', () => {
  it('wants a note of 5 to 500 characters', () => {
    expect(resolveItemSchema.safeParse({ itemId: 'i', note: ' ok ' }).success).toBe(false);
    expect(resolveItemSchema.safeParse({ itemId: 'i', note: 'x'.repeat(501) }).success).toBe(false);
    expect(resolveItemSchema.parse({ itemId: 'i', note: '  paid late  ' }).note).toBe('paid late');
  });
});
