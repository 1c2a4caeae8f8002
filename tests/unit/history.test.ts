import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvLine } from '@/lib/domain/csv';
import {
  csvDateTimeWib,
  customerStatus,
  historyCsvFilename,
  historyCsvHeader,
  historyCsvLine,
  historyFiltersSchema,
  historyQuery,
  isFiltered,
  referenceSearch,
  statusesOfGroup,
  wibDateRange,
  wibDayStart,
  type HistoryCsvRow,
  type HistoryCsvTexts,
} from '@/lib/domain/history';
import { TRANSACTION_STATUSES } from '@/lib/domain/transaction-state';
import { transactionTimeline, timelineStepKey } from '@/lib/domain/transaction-timeline';

const inRange = (instant: Date, range: { gte?: Date; lt?: Date }) =>
  (!range.gte || instant >= range.gte) && (!range.lt || instant < range.lt);

const parse = (params: Record<string, unknown>) => historyFiltersSchema.safeParse(params);
const fieldErrors = (params: Record<string, unknown>) => {
  const result = parse(params);
  if (result.success) throw new Error('expected the filters to be refused');
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('WIB calendar dates', () => {
  it('a day starts at 00:00 in Jakarta, which is 17:00 UTC the day before', () => {
    expect(wibDayStart('2026-11-24')?.toISOString()).toBe('2026-11-23T17:00:00.000Z');
  });

  it('a payment at 23:30 WIB on the 24th is on the 24th, and 00:30 WIB on the 25th is not', () => {
    const day = wibDateRange({ from: '2026-11-24', to: '2026-11-24' });
    expect(inRange(new Date('2026-11-24T16:30:00Z'), day)).toBe(true); // 23:30 WIB
    expect(inRange(new Date('2026-11-24T17:30:00Z'), day)).toBe(false); // 00:30 WIB on the 25th
    expect(inRange(new Date('2026-11-23T17:00:00Z'), day)).toBe(true); // 00:00 WIB
    expect(inRange(new Date('2026-11-23T16:59:59.999Z'), day)).toBe(false); // 23:59 WIB the 23rd
  });

  it('`to` takes in its whole day, up to the last millisecond', () => {
    const range = wibDateRange({ to: '2026-11-24' });
    expect(range).toEqual({ lt: new Date('2026-11-24T17:00:00Z') });
    expect(inRange(new Date('2026-11-24T16:59:59.999Z'), range)).toBe(true);
  });

  it('refuses dates that do not exist or are not written YYYY-MM-DD', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-2-3', '24-11-2026', '1999-01-01', 'x']) {
      expect(wibDayStart(bad), bad).toBeNull();
    }
    expect(wibDayStart('2028-02-29')).not.toBeNull();
  });

  it('writes CSV times and the file name in WIB', () => {
    const lateEvening = new Date('2026-11-24T16:30:00Z');
    expect(csvDateTimeWib(lateEvening)).toBe('2026-11-24 23:30');
    expect(csvDateTimeWib(new Date('2026-11-24T07:05:00Z'))).toBe('2026-11-24 14:05');
    expect(historyCsvFilename(new Date('2026-11-24T17:30:00Z'))).toBe('loket-riwayat-20261125.csv');
  });
});

describe('history filters from the URL', () => {
  it('an empty form is the default view', () => {
    const result = parse({ status: '', category: '', from: '', to: '', q: '  ' });
    expect(result.success && result.data).toEqual({ status: 'all', page: 1 });
    expect(result.success && isFiltered(result.data)).toBe(false);
  });

  it('reads each filter, trimming the search and taking the first of repeated values', () => {
    const result = parse({
      status: ['failed', 'all'],
      category: 'water',
      from: '2026-11-01',
      to: '2026-11-30',
      q: ' 5321 ',
      page: '3',
    });
    expect(result.success && result.data).toEqual({
      status: 'failed',
      category: 'water',
      from: '2026-11-01',
      to: '2026-11-30',
      q: '5321',
      page: 3,
    });
  });

  it('says which field is wrong, with a message key', () => {
    expect(fieldErrors({ from: '2026-02-30' })).toEqual({ from: 'historyDateInvalid' });
    expect(fieldErrors({ from: '2026-11-25', to: '2026-11-24' })).toEqual({
      to: 'historyDateOrder',
    });
    expect(fieldErrors({ q: '9'.repeat(65) })).toEqual({ q: 'historySearchTooLong' });
    expect(fieldErrors({ status: 'PAID' })).toEqual({ status: 'invalid' });
    expect(fieldErrors({ category: 'ELECTRICITY' })).toEqual({ category: 'invalid' });
    expect(fieldErrors({ page: '0' })).toEqual({ page: 'invalid' });
    expect(fieldErrors({ page: 'two' })).toEqual({ page: 'invalid' });
  });

  it('the same day as `from` and `to` is one day', () => {
    expect(parse({ from: '2026-11-24', to: '2026-11-24' }).success).toBe(true);
  });

  it('builds the links of a view, leaving out defaults', () => {
    expect(historyQuery({ status: 'all', page: 1 })).toBe('');
    expect(historyQuery({ status: 'success', q: 'a b&c', page: 1 }, 2)).toBe(
      '?status=success&q=a+b%26c&page=2',
    );
  });

  it('searches customer numbers as typed and without separators', () => {
    expect(referenceSearch('0812-3456 7890')).toEqual({
      fragments: ['0812-3456 7890', '081234567890'],
      transactionId: '0812-3456 7890',
      receiptNumber: '0812-3456 7890',
    });
    expect(referenceSearch('lkt-2026-00000042').receiptNumber).toBe('LKT-2026-00000042');
  });
});

describe('statuses as a customer reads them', () => {
  it('every state has a label, and bill checks never paid are not listed', () => {
    for (const status of TRANSACTION_STATUSES) expect(customerStatus(status).key).toBeTruthy();
    expect(statusesOfGroup('all')).not.toContain('INQUIRED');
    expect(statusesOfGroup('all')).toContain('EXPIRED');
    expect(statusesOfGroup('pending')).toEqual([
      'AWAITING_PAYMENT',
      'PAID',
      'PROCESSING',
      'PENDING_BILLER',
      'ON_HOLD',
    ]);
  });

  it('folds the states in motion into one "in progress"', () => {
    expect(customerStatus('PROCESSING')).toEqual(customerStatus('PENDING_BILLER'));
    // A fraud review reads as still being processed.
    expect(customerStatus('ON_HOLD')).toEqual(customerStatus('PROCESSING'));
    expect(customerStatus('AWAITING_PAYMENT').key).toBe('awaitingPayment');
  });
});

describe('the status timeline', () => {
  const at = (iso: string) => new Date(iso);

  it('lists states and refund steps oldest first, a biller-failure refund once', () => {
    const steps = transactionTimeline(
      [
        { toStatus: 'REFUNDED', createdAt: at('2026-11-24T08:05:00Z') },
        { toStatus: 'INQUIRED', createdAt: at('2026-11-24T08:00:00Z') },
        // Written in the same millisecond: the state machine's order decides.
        { toStatus: 'FAILED', createdAt: at('2026-11-24T08:01:00Z') },
        { toStatus: 'PROCESSING', createdAt: at('2026-11-24T08:01:00Z') },
      ],
      [
        {
          amount: 150_000,
          reason: 'BILLER_FAILED',
          status: 'SUCCEEDED',
          requestedAt: at('2026-11-24T08:01:00Z'),
          succeededAt: at('2026-11-24T08:05:00Z'),
        },
      ],
    );
    expect(steps.map(timelineStepKey)).toEqual([
      'INQUIRED',
      'PROCESSING',
      'FAILED',
      'refundRequested',
      'REFUNDED',
    ]);
  });

  it("an admin's refund in two parts: the first return is listed, the last is the REFUNDED state", () => {
    const refund = (amount: number, requested: string, returned: string) => ({
      amount,
      reason: 'ADMIN',
      status: 'SUCCEEDED',
      requestedAt: at(requested),
      succeededAt: at(returned),
    });
    const events = [
      { toStatus: 'INQUIRED', createdAt: at('2026-11-24T08:00:00Z') },
      { toStatus: 'SUCCESS', createdAt: at('2026-11-24T08:02:00Z') },
    ] as const;
    const partial = refund(50_000, '2026-11-24T10:00:00Z', '2026-11-24T10:01:00Z');
    const rest = refund(100_000, '2026-11-24T11:00:00Z', '2026-11-24T11:01:00Z');
    expect(transactionTimeline([...events], [partial]).map(timelineStepKey)).toEqual([
      'INQUIRED',
      'SUCCESS',
      'refundRequested',
      'refundReturned',
    ]);
    expect(
      transactionTimeline(
        [...events, { toStatus: 'REFUNDED', createdAt: at('2026-11-24T11:01:00Z') }],
        [rest, partial],
      ).map(timelineStepKey),
    ).toEqual([
      'INQUIRED',
      'SUCCESS',
      'refundRequested',
      'refundReturned',
      'refundRequested',
      'REFUNDED',
    ]);
  });

  it('a payment not approved after review: its refund back is the REFUNDED state', () => {
    const steps = transactionTimeline(
      [
        { toStatus: 'ON_HOLD', createdAt: at('2026-11-24T08:01:00Z') },
        { toStatus: 'FAILED', createdAt: at('2026-11-24T09:00:00Z') },
        { toStatus: 'REFUNDED', createdAt: at('2026-11-24T09:05:00Z') },
      ],
      [
        {
          amount: 150_000,
          reason: 'FRAUD_REJECTED',
          status: 'SUCCEEDED',
          requestedAt: at('2026-11-24T09:00:00Z'),
          succeededAt: at('2026-11-24T09:05:00Z'),
        },
      ],
    );
    expect(steps.map(timelineStepKey)).toEqual([
      'ON_HOLD',
      'FAILED',
      'refundRequested',
      'REFUNDED',
    ]);
  });

  it('shows the return of a late payment on an expired checkout', () => {
    const steps = transactionTimeline(
      [{ toStatus: 'EXPIRED', createdAt: at('2026-11-24T09:00:00Z') }],
      [
        {
          amount: 5_000,
          reason: 'LATE_PAYMENT',
          status: 'SUCCEEDED',
          requestedAt: at('2026-11-24T09:10:00Z'),
          succeededAt: at('2026-11-24T09:11:00Z'),
        },
      ],
    );
    expect(steps.map(timelineStepKey)).toEqual(['EXPIRED', 'refundRequested', 'refundReturned']);
  });
});

describe('CSV cells', () => {
  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+62812')).toBe("'+62812");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Jl. Merdeka, No. 1')).toBe('"Jl. Merdeka, No. 1"');
    expect(csvCell('PT "Maju"')).toBe('"PT ""Maju"""');
    expect(csvCell('baris\nbaru')).toBe('"baris\nbaru"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('writes amounts as plain integers and nothing as an empty cell', () => {
    expect(csvLine([150000, 0, null, undefined, 'x'])).toBe('150000,0,,,x\r\n');
    expect(() => csvCell(Number.NaN)).toThrow(RangeError);
  });

  it('starts the file with the UTF-8 byte order mark', () => {
    expect(CSV_BOM).toBe('\uFEFF');
    expect(new TextEncoder().encode(CSV_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe('history CSV rows', () => {
  const texts: HistoryCsvTexts = {
    column: (column) => column,
    status: (key) => `status:${key}`,
    category: (category) => `cat:${category}`,
  };
  const row: HistoryCsvRow = {
    createdAt: new Date('2026-11-24T16:30:00Z'),
    id: 'cm0abc',
    category: 'electricity',
    billerName: 'PLN Pascabayar',
    productName: null,
    customerNo: '532100000001',
    customerName: '=cmd|"/c calc"!A1, Budi',
    status: 'REFUNDED',
    billAmount: 150_000,
    penalty: 5_000,
    adminFee: 2_500,
    methodFee: 4_000,
    totalAmount: 157_500,
    paidWith: 'BCA Virtual Account',
    billerRef: null,
    receiptNumber: null,
  };

  it('has one header cell per column', () => {
    expect(historyCsvHeader(texts)).toBe(
      'date,transactionId,category,biller,product,customerNo,customerName,status,billAmount,' +
        'penalty,adminFee,methodFee,total,paidWith,billerRef,receiptNumber\r\n',
    );
  });

  it('writes the WIB time, the customer status, integer rupiah and a defused name', () => {
    expect(historyCsvLine(row, texts)).toBe(
      '2026-11-24 23:30,cm0abc,cat:electricity,PLN Pascabayar,,532100000001,' +
        `"'=cmd|""/c calc""!A1, Budi",status:refunded,150000,5000,2500,4000,161500,` +
        'BCA Virtual Account,,\r\n',
    );
  });
});
