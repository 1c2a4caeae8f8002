import { z } from 'zod';

// Faults injected through the control API, so Loket's retries can be seen working:
// - down: every connection is refused with `421` before the greeting (the server is unavailable);
// - reject: every message is refused after its data, `451` (try again later) or, with
//   `permanent: true`, `550` (will never be accepted).
// `times` counts connections (down) or messages (reject); without it, until cleared.

export const mailFaultRequest = z
  .strictObject({
    fault: z.enum(['down', 'reject']),
    times: z.number().int().positive().optional(),
    permanent: z.boolean().optional(),
  })
  .refine((fault) => fault.permanent === undefined || fault.fault === 'reject', {
    message: 'permanent goes with reject only',
    path: ['permanent'],
  });

export type MailFault = Omit<z.infer<typeof mailFaultRequest>, 'times'> & {
  id: string;
  /** Connections or messages it still applies to; null: until cleared. */
  remaining: number | null;
};

export function createMailFaults() {
  let faults: MailFault[] = [];
  let created = 0;
  return {
    add({ times, ...request }: z.infer<typeof mailFaultRequest>): MailFault {
      created += 1;
      const fault: MailFault = {
        id: `mail-fault-${created}`,
        ...request,
        remaining: times ?? null,
      };
      faults.push(fault);
      return fault;
    },
    list: (): readonly MailFault[] => faults,
    clear(): number {
      const cleared = faults.length;
      faults = [];
      return cleared;
    },
    /** The oldest fault of this kind, counted as used. */
    take(kind: MailFault['fault']): MailFault | undefined {
      const fault = faults.find((candidate) => candidate.fault === kind);
      if (fault && fault.remaining !== null) {
        fault.remaining -= 1;
        if (fault.remaining === 0) faults = faults.filter((other) => other !== fault);
      }
      return fault;
    },
  };
}

export type MailFaults = ReturnType<typeof createMailFaults>;
