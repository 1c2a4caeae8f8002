import { z } from 'zod';
import { wibDayStart } from './history';

// Settlement reconciliation: a provider's settlement file for one WIB day against what Loket
// recorded. The files are read row by row with zod; one bad row rejects the whole file (the line
// says where), so a half-read file never becomes a run.

export const RECONCILIATION_SOURCES = ['BILLER', 'GATEWAY'] as const;
export type ReconciliationSource = (typeof RECONCILIATION_SOURCES)[number];

export const RECONCILIATION_OUTCOMES = [
  'AMOUNT_DIFFERS',
  'ONLY_THEIRS',
  'ONLY_OURS',
  'MATCHED',
] as const;
export type ReconciliationOutcome = (typeof RECONCILIATION_OUTCOMES)[number];

export const ITEM_STATUSES = ['OPEN', 'RESOLVED'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const RECONCILIATION_PAGE_SIZE = 50;
/** A day's settlement file is a few MB at most; anything larger is refused before it is read. */
export const SETTLEMENT_FILE_MAX_BYTES = 5 * 1024 * 1024;
export const SETTLEMENT_MAX_ROWS = 50_000;

export const BILLER_COLUMNS = [
  'switch_ref',
  'biller_ref',
  'customer_no',
  'product',
  'amount',
  'paid_at',
] as const;
export const GATEWAY_COLUMNS = [
  'type',
  'reference',
  'charge_id',
  'order_id',
  'channel',
  'gross_amount',
  'fee',
  'net_amount',
  'settled_at',
] as const;

/** One settled payment or refund as either side knows it. */
export type SettlementEntry = { reference: string; amount: number; transactionId?: string | null };

export type SettlementProblem =
  | { kind: 'empty' }
  | { kind: 'tooManyRows'; max: number }
  | { kind: 'header'; line: 1; column: string }
  | { kind: 'row'; line: number; column: string }
  | { kind: 'duplicate'; line: number; column: string; reference: string };

export type SettlementParse =
  { ok: true; entries: SettlementEntry[] } | { ok: false; problem: SettlementProblem };

const text = (max: number) => z.string().trim().min(1).max(max);
const rupiah = z
  .string()
  .regex(/^-?\d{1,13}$/)
  .transform(Number);
const instant = z.iso.datetime({ offset: true });

const billerRow = z.object({
  switch_ref: text(100),
  biller_ref: text(100),
  customer_no: text(40),
  product: text(60),
  amount: rupiah.refine((amount) => amount > 0),
  paid_at: instant,
});

const gatewayRow = z.object({
  type: z.enum(['PAYMENT', 'REFUND']),
  reference: text(100),
  charge_id: text(100),
  order_id: z.string().max(100),
  channel: z.string().max(40),
  gross_amount: rupiah.refine((amount) => amount > 0),
  fee: rupiah,
  net_amount: rupiah,
  settled_at: instant,
});

const FORMATS = {
  BILLER: { columns: BILLER_COLUMNS, schema: billerRow, reference: 'switch_ref', amount: 'amount' },
  GATEWAY: {
    columns: GATEWAY_COLUMNS,
    schema: gatewayRow,
    reference: 'reference',
    amount: 'gross_amount',
  },
} as const;

/** RFC 4180 records (quoted cells may hold commas, quotes and line breaks), with their line. */
export function csvRecords(content: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const source = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') records.push({ line: startLine, cells });
    cells = [];
    cell = '';
    startLine = line;
  };
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      line += 1;
      endRecord();
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

/** A provider's settlement file, every row checked; the first problem rejects the file. */
export function parseSettlement(source: ReconciliationSource, content: string): SettlementParse {
  const format = FORMATS[source];
  const [header, ...rows] = csvRecords(content);
  if (!header) return { ok: false, problem: { kind: 'empty' } };
  if (rows.length > SETTLEMENT_MAX_ROWS) {
    return { ok: false, problem: { kind: 'tooManyRows', max: SETTLEMENT_MAX_ROWS } };
  }
  const names = header.cells.map((name) => name.trim().toLowerCase());
  const missing = format.columns.find((column) => !names.includes(column));
  if (missing) return { ok: false, problem: { kind: 'header', line: 1, column: missing } };
  const entries: SettlementEntry[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const record = Object.fromEntries(names.map((name, index) => [name, row.cells[index] ?? '']));
    const parsed = format.schema.safeParse(record);
    if (!parsed.success) {
      const column = String(parsed.error.issues[0]?.path[0] ?? format.reference);
      return { ok: false, problem: { kind: 'row', line: row.line, column } };
    }
    const data = parsed.data as Record<string, unknown>;
    const reference = String(data[format.reference]);
    // One payment settles once: a reference twice in one file is the provider's error to fix,
    // not something to match against whichever of the two comes first.
    if (seen.has(reference)) {
      return {
        ok: false,
        problem: { kind: 'duplicate', line: row.line, column: format.reference, reference },
      };
    }
    seen.add(reference);
    entries.push({ reference, amount: Number(data[format.amount]) });
  }
  return { ok: true, entries };
}

export type MatchedItem = {
  outcome: ReconciliationOutcome;
  reference: string;
  transactionId: string | null;
  theirAmount: number | null;
  ourAmount: number | null;
};

/**
 * Their entries against ours, by reference first, then by amount: MATCHED, AMOUNT_DIFFERS,
 * ONLY_THEIRS (they settled what we have no record of) or ONLY_OURS (we recorded what they did
 * not settle). Differences come first, each group in reference order.
 */
export function matchSettlement(
  theirs: readonly SettlementEntry[],
  ours: readonly SettlementEntry[],
): MatchedItem[] {
  const ourByReference = new Map(ours.map((entry) => [entry.reference, entry]));
  const theirReferences = new Set(theirs.map((entry) => entry.reference));
  const items: MatchedItem[] = theirs.map((their) => {
    const our = ourByReference.get(their.reference);
    return {
      outcome: !our ? 'ONLY_THEIRS' : our.amount === their.amount ? 'MATCHED' : 'AMOUNT_DIFFERS',
      reference: their.reference,
      transactionId: our?.transactionId ?? null,
      theirAmount: their.amount,
      ourAmount: our?.amount ?? null,
    };
  });
  for (const our of ours) {
    if (theirReferences.has(our.reference)) continue;
    items.push({
      outcome: 'ONLY_OURS',
      reference: our.reference,
      transactionId: our.transactionId ?? null,
      theirAmount: null,
      ourAmount: our.amount,
    });
  }
  const rank = (outcome: ReconciliationOutcome) => RECONCILIATION_OUTCOMES.indexOf(outcome);
  return items.sort(
    (a, b) => rank(a.outcome) - rank(b.outcome) || a.reference.localeCompare(b.reference),
  );
}

export function countOutcomes(
  items: readonly MatchedItem[],
): Record<ReconciliationOutcome, number> {
  const counts = { MATCHED: 0, AMOUNT_DIFFERS: 0, ONLY_THEIRS: 0, ONLY_OURS: 0 };
  for (const item of items) counts[item.outcome] += 1;
  return counts;
}

/** The import form: which provider, which WIB day; the file comes separately. */
export const importSettlementSchema = z.object({
  source: z.enum(RECONCILIATION_SOURCES, 'reconciliationSourceRequired'),
  settlementDate: z
    .string('reconciliationDateInvalid')
    .refine((value) => wibDayStart(value) !== null, 'reconciliationDateInvalid'),
});
export type ImportSettlementInput = z.input<typeof importSettlementSchema>;

export const RESOLUTION_NOTE_MIN = 5;
export const RESOLUTION_NOTE_MAX = 500;

export const resolveItemSchema = z.object({
  itemId: z.string('invalid').min(1, 'invalid').max(40, 'invalid'),
  note: z
    .string('resolutionNoteTooShort')
    .trim()
    .min(RESOLUTION_NOTE_MIN, 'resolutionNoteTooShort')
    .max(RESOLUTION_NOTE_MAX, 'resolutionNoteTooLong'),
});
export type ResolveItemInput = z.input<typeof resolveItemSchema>;

/** The run page's filters, as its URL carries them. */
export const runItemFiltersSchema = z.object({
  outcome: z.enum(RECONCILIATION_OUTCOMES).optional().catch(undefined),
  status: z.enum(ITEM_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type RunItemFilters = z.output<typeof runItemFiltersSchema>;

export const EXPORT_COLUMNS = [
  'outcome',
  'reference',
  'transaction_id',
  'their_amount',
  'our_amount',
  'difference',
  'status',
  'resolution_note',
  'resolved_by',
  'resolved_at',
] as const;
