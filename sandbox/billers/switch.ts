import type { z } from 'zod';
import { createFaultStore, type Fault, type Subject } from './faults';
import { createLedger, type Plan } from './ledger';
import { magicFault } from './magic';
import {
  answer,
  inquiryBody,
  paymentBody,
  referenceBody,
  refIdIn,
  type Endpoint,
  type Reply,
} from './protocol';
import { advise, inquire, pay, reverse } from './transactions';

/** How a payment hit by an injected fault ends, when the fault says so. */
function planOf(fault: Fault | undefined): Plan | undefined {
  if (fault?.fault === 'failed') return { pendingAdvices: 0, finalStatus: 'failed' };
  if (fault?.fault === 'pending') {
    return {
      pendingAdvices: fault.pendingAdvices ?? 2,
      finalStatus: fault.finalStatus ?? 'success',
    };
  }
  if (fault?.pendingAdvices === undefined && fault?.finalStatus === undefined) return undefined;
  return { pendingAdvices: fault.pendingAdvices ?? 0, finalStatus: fault.finalStatus ?? 'success' };
}

/** One switch: its own ledger and faults, so several sandboxes never share state. */
export function createBillerSwitch(slowMs: number) {
  const ledger = createLedger();
  const faults = createFaultStore();

  function guarded<Body extends { refId: string }>(
    endpoint: Endpoint,
    raw: string,
    schema: z.ZodType<Body>,
    subjectOf: (body: Body) => Subject,
    run: (body: Body, fault: Fault | undefined) => Reply,
  ): Reply {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return answer('40', '', { message: 'BAD PAYLOAD: NOT JSON' });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const message = parsed.error.issues.map((issue) => issue.message).join('; ');
      return answer('40', refIdIn(raw), { message: `BAD PAYLOAD: ${message}` });
    }
    const body = parsed.data;
    const subject = subjectOf(body);
    const injected = faults.take(endpoint, subject);
    const business = endpoint === 'inquiry' || endpoint === 'payment';
    const fault = injected?.fault ?? (business ? magicFault(subject.customerNo ?? '') : undefined);
    switch (fault) {
      case 'http500':
        return { kind: 'broken' };
      case 'malfunction':
        return answer('96', body.refId);
      case 'duplicate':
        return answer('49', body.refId);
      case 'cutoff':
        return answer('90', body.refId);
    }
    // A timed-out or slow request is still carried out: only the answer is lost or late.
    const reply = run(body, injected);
    if (fault === 'timeout') return { kind: 'silent' };
    if (fault === 'slow' && reply.kind === 'json') return { ...reply, delayMs: slowMs };
    return reply;
  }

  const recorded = ({ refId }: { refId: string }): Subject => {
    const record = ledger.records.get(refId);
    return record ? { productCode: record.productCode, customerNo: record.customerNo } : {};
  };

  function handle(endpoint: Endpoint, raw: string): Reply {
    switch (endpoint) {
      case 'inquiry':
        return guarded(
          endpoint,
          raw,
          inquiryBody,
          (body) => body,
          (body, fault) =>
            fault?.fault === 'failed' ? answer('02', body.refId) : inquire(body, ledger),
        );
      case 'payment':
        return guarded(
          endpoint,
          raw,
          paymentBody,
          (body) => body,
          (body, fault) => pay(body, ledger, planOf(fault)),
        );
      case 'advice':
        return guarded(endpoint, raw, referenceBody, recorded, (body) =>
          advise(body.refId, ledger),
        );
      case 'reversal':
        return guarded(endpoint, raw, referenceBody, recorded, (body) =>
          reverse(body.refId, ledger),
        );
    }
  }

  return { ledger, faults, handle };
}

export type BillerSwitch = ReturnType<typeof createBillerSwitch>;
