import type { FaultKind } from './faults';
import type { Plan } from './ledger';

// Magic references: the last 4 characters of a customer number or booking code choose how the
// switch behaves (docs/sandbox.md). Keep this table stable: tests and demo scripts rely on it.

type Magic =
  | { kind: 'refuse'; rc: '14' | '54' | '60' }
  /** Inquiry and payment: the same as the control API's fault of that name. */
  | { kind: 'fault'; fault: Extract<FaultKind, 'cutoff' | 'malfunction' | 'http500' | 'slow'> }
  /** Payment only: how an accepted payment ends. */
  | { kind: 'plan'; plan: Plan }
  | { kind: 'arrears'; months: number };

const TABLE: Record<string, Magic> = {
  '0000': { kind: 'refuse', rc: '14' },
  '0054': { kind: 'refuse', rc: '54' },
  '0060': { kind: 'refuse', rc: '60' },
  '0090': { kind: 'fault', fault: 'cutoff' },
  '0096': { kind: 'fault', fault: 'malfunction' },
  '0500': { kind: 'fault', fault: 'http500' },
  '0408': { kind: 'fault', fault: 'slow' },
  '0002': { kind: 'plan', plan: { pendingAdvices: 0, finalStatus: 'failed' } },
  '0003': { kind: 'plan', plan: { pendingAdvices: 2, finalStatus: 'success' } },
  '0004': { kind: 'plan', plan: { pendingAdvices: 2, finalStatus: 'failed' } },
  '0044': { kind: 'plan', plan: { pendingAdvices: 0, finalStatus: 'failed', failRc: '44' } },
  '0012': { kind: 'arrears', months: 3 },
};

const magicOf = (customerNo: string): Magic | undefined => TABLE[customerNo.slice(-4)];

export function magicRefusal(customerNo: string): '14' | '54' | '60' | undefined {
  const magic = magicOf(customerNo);
  return magic?.kind === 'refuse' ? magic.rc : undefined;
}

export function magicFault(customerNo: string): FaultKind | undefined {
  const magic = magicOf(customerNo);
  return magic?.kind === 'fault' ? magic.fault : undefined;
}

export function magicPlan(customerNo: string): Plan | undefined {
  const magic = magicOf(customerNo);
  return magic?.kind === 'plan' ? magic.plan : undefined;
}

export function magicMonths(customerNo: string): number | undefined {
  const magic = magicOf(customerNo);
  return magic?.kind === 'arrears' ? magic.months : undefined;
}
