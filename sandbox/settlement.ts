import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { readBody, sendJson, type Route } from './http';

// Settlement files as a provider sends them the next morning: one CSV per WIB day. Tests and
// demos plant differences in them through the control API (an amount changed, a row dropped, a
// row only the provider has), so a reconciliation has something to find.

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The WIB calendar day of an instant, as YYYY-MM-DD. */
export const wibDay = (iso: string) =>
  new Date(Date.parse(iso) + WIB_OFFSET_MS).toISOString().slice(0, 10);

/** The `date` query parameter, or null when it is not a real YYYY-MM-DD day. */
export function settlementDay(url: string | undefined): string | null {
  const date = new URL(url ?? '/', 'http://sandbox').searchParams.get('date') ?? '';
  return DAY.test(date) && wibDay(`${date}T00:00:00+07:00`) === date ? date : null;
}

const plantRequest = z
  .object({
    date: z.string().regex(DAY),
    alter: z
      .array(z.object({ reference: z.string().min(1), amount: z.number().int() }))
      .default([]),
    drop: z.array(z.string().min(1)).default([]),
    add: z.array(z.record(z.string(), z.union([z.string(), z.number()]))).default([]),
  })
  .strict();

type Plant = z.output<typeof plantRequest>;
export type SettlementRow = Record<string, string | number>;

/** Differences planted per day, applied to the rows a provider would otherwise send. */
export function createPlantStore() {
  const plants = new Map<string, Plant[]>();
  return {
    add(plant: Plant) {
      plants.set(plant.date, [...(plants.get(plant.date) ?? []), plant]);
    },
    list: () => [...plants.values()].flat(),
    clear: () => plants.clear(),
    /** The rows with the day's plants applied: `amountColumn` is what `alter` changes. */
    apply(date: string, rows: SettlementRow[], referenceColumn: string, amountColumn: string) {
      const dayPlants = plants.get(date) ?? [];
      const dropped = new Set(dayPlants.flatMap((plant) => plant.drop));
      const altered = new Map(
        dayPlants.flatMap((plant) => plant.alter.map((a) => [a.reference, a.amount] as const)),
      );
      const kept = rows
        .filter((row) => !dropped.has(String(row[referenceColumn])))
        .map((row) => {
          const amount = altered.get(String(row[referenceColumn]));
          return amount === undefined ? row : { ...row, [amountColumn]: amount };
        });
      return [...kept, ...dayPlants.flatMap((plant) => plant.add)];
    },
  };
}

export type PlantStore = ReturnType<typeof createPlantStore>;

/** A CSV document: a header line, then one line per row, CRLF line ends. */
export function toCsv(columns: readonly string[], rows: readonly SettlementRow[]): string {
  const cell = (value: string | number | undefined) => {
    const text = value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [columns, ...rows.map((row) => columns.map((column) => row[column]))]
    .map((line) => line.map(cell).join(',') + '\r\n')
    .join('');
}

export function sendCsv(response: ServerResponse, fileName: string, csv: string): void {
  response.writeHead(200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
  });
  response.end(csv);
}

/** `POST|GET|DELETE /control/settlement/{part}`: plant differences, list them, clear them. */
export function plantRoutes(part: string, store: PlantStore): Route[] {
  const path = `/control/settlement/${part}`;
  return [
    {
      method: 'POST',
      path,
      async handler(request, response) {
        let json: unknown;
        try {
          json = JSON.parse((await readBody(request)) ?? '');
        } catch {
          return sendJson(response, 400, { error: 'invalid_json' });
        }
        const parsed = plantRequest.safeParse(json);
        if (!parsed.success) {
          const issues = parsed.error.issues.map(
            (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
          );
          return sendJson(response, 400, { error: 'invalid_plant', issues });
        }
        store.add(parsed.data);
        sendJson(response, 201, { planted: parsed.data });
      },
    },
    {
      method: 'GET',
      path,
      handler: (_request, response) => sendJson(response, 200, { plants: store.list() }),
    },
    {
      method: 'DELETE',
      path,
      handler(_request, response) {
        const cleared = store.list().length;
        store.clear();
        sendJson(response, 200, { cleared });
      },
    },
  ];
}
