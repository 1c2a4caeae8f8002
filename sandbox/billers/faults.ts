import { z } from 'zod';
import { ENDPOINTS, type Endpoint } from './protocol';

// Faults injected through the control API: the next matching requests misbehave on purpose.

const FAULT_KINDS = [
  'timeout',
  'slow',
  'http500',
  'malfunction',
  'pending',
  'failed',
  'duplicate',
  'cutoff',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

// Where each fault makes sense; a fault without `endpoint` applies to all of these.
const APPLIES_TO: Record<FaultKind, readonly Endpoint[]> = {
  timeout: ENDPOINTS,
  slow: ENDPOINTS,
  http500: ENDPOINTS,
  malfunction: ENDPOINTS,
  duplicate: ENDPOINTS,
  cutoff: ['inquiry', 'payment'],
  failed: ['inquiry', 'payment'],
  pending: ['payment'],
};

// Faults after which the payment is still taken, so how it ends can be chosen.
const SETTLING: readonly FaultKind[] = ['pending', 'timeout', 'slow'];

export const faultRequest = z
  .strictObject({
    match: z
      .strictObject({
        productCode: z.string().min(1).optional(),
        customerNo: z.string().min(1).optional(),
      })
      .default({}),
    fault: z.enum(FAULT_KINDS),
    times: z.number().int().positive().optional(),
    endpoint: z.enum(ENDPOINTS).optional(),
    pendingAdvices: z.number().int().min(0).max(100).optional(),
    finalStatus: z.enum(['success', 'failed']).optional(),
  })
  .refine((f) => !f.endpoint || APPLIES_TO[f.fault].includes(f.endpoint), {
    message: 'this fault does not apply to that endpoint',
    path: ['endpoint'],
  })
  .refine(
    (f) =>
      SETTLING.includes(f.fault) || (f.pendingAdvices === undefined && f.finalStatus === undefined),
    { message: 'pendingAdvices and finalStatus go with pending, timeout or slow only' },
  );

export type Fault = Omit<z.infer<typeof faultRequest>, 'times'> & {
  id: string;
  /** Matching requests it still applies to; null: until cleared. */
  remaining: number | null;
};

export type Subject = { productCode?: string; customerNo?: string };

export function createFaultStore() {
  let faults: Fault[] = [];
  let created = 0;

  const applies = (fault: Fault, endpoint: Endpoint, subject: Subject) =>
    (fault.endpoint ? fault.endpoint === endpoint : APPLIES_TO[fault.fault].includes(endpoint)) &&
    (!fault.match.productCode || fault.match.productCode === subject.productCode) &&
    (!fault.match.customerNo || fault.match.customerNo === subject.customerNo);

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
    /** The oldest fault for this request, counted as used. */
    take(endpoint: Endpoint, subject: Subject): Fault | undefined {
      const fault = faults.find((candidate) => applies(candidate, endpoint, subject));
      if (fault?.remaining != null) {
        fault.remaining -= 1;
        if (fault.remaining === 0) faults = faults.filter((other) => other !== fault);
      }
      return fault;
    },
  };
}
