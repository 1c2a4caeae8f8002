import { z } from 'zod';
import { ALL_CHANNELS } from './channels';
import type { Charge } from './charge';

// Faults injected through the control API: the next matching payments or webhooks misbehave.

const FAULT_KINDS = [
  'duplicate-webhook',
  'out-of-order',
  'late-webhook',
  'fail-first-n',
  'amount-mismatch',
  'decline',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

const DELAYABLE: readonly FaultKind[] = ['duplicate-webhook', 'out-of-order', 'late-webhook'];

export const faultRequest = z
  .strictObject({
    match: z
      .strictObject({
        orderId: z.string().min(1).optional(),
        chargeId: z.string().min(1).optional(),
        channel: z.enum(ALL_CHANNELS).optional(),
      })
      .default({}),
    fault: z.enum(FAULT_KINDS),
    times: z.number().int().positive().optional(),
    n: z.number().int().min(1).max(20).optional(),
    delayMs: z.number().int().min(0).max(60_000).optional(),
    failureCode: z
      .string()
      .regex(/^[A-Z0-9_]{2,32}$/)
      .optional(),
  })
  .refine((f) => f.n === undefined || f.fault === 'fail-first-n', {
    message: 'n goes with fail-first-n only',
    path: ['n'],
  })
  .refine((f) => f.failureCode === undefined || f.fault === 'decline', {
    message: 'failureCode goes with decline only',
    path: ['failureCode'],
  })
  .refine((f) => f.delayMs === undefined || DELAYABLE.includes(f.fault), {
    message: `delayMs goes with ${DELAYABLE.join(', ')} only`,
    path: ['delayMs'],
  });

export type Fault = Omit<z.infer<typeof faultRequest>, 'times'> & {
  id: string;
  /** Matching payments or events it still applies to; null: until cleared. */
  remaining: number | null;
};

export function createFaultStore() {
  let faults: Fault[] = [];
  let created = 0;

  const applies = (fault: Fault, kind: FaultKind, charge: Charge) =>
    fault.fault === kind &&
    (!fault.match.orderId || fault.match.orderId === charge.orderId) &&
    (!fault.match.chargeId || fault.match.chargeId === charge.id) &&
    (!fault.match.channel || fault.match.channel === charge.channel);

  function consume(fault: Fault): Fault {
    if (fault.remaining !== null) {
      fault.remaining -= 1;
      if (fault.remaining === 0) faults = faults.filter((other) => other !== fault);
    }
    return fault;
  }

  const find = (kind: FaultKind, charge: Charge) =>
    faults.find((candidate) => applies(candidate, kind, charge));

  return {
    add({ times, ...request }: z.infer<typeof faultRequest>): Fault {
      created += 1;
      const fault: Fault = { id: `fault-${created}`, ...request, remaining: times ?? null };
      faults.push(fault);
      return fault;
    },
    list: (): readonly Fault[] => faults,
    clear(): void {
      faults = [];
    },
    find,
    consume,
    /** The oldest fault of this kind for this charge, counted as used. */
    take(kind: FaultKind, charge: Charge): Fault | undefined {
      const fault = find(kind, charge);
      return fault && consume(fault);
    },
  };
}

export type FaultStore = ReturnType<typeof createFaultStore>;
