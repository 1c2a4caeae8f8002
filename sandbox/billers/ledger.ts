import type { PaymentBody } from './protocol';

// What one switch instance remembers: every refId it took, and which bills are paid.

/** How a payment the switch accepted ends: after `pendingAdvices` "still pending" advices. */
export type Plan = {
  pendingAdvices: number;
  finalStatus: 'success' | 'failed';
  failRc?: '02' | '44';
};

type Receipt = { billerRef: string; token?: string; kwh?: number; paidAt: string };

type InquiryRecord = {
  kind: 'inquiry';
  refId: string;
  productCode: string;
  customerNo: string;
  requests: number;
  createdAt: string;
};

export type PaymentRecord = Omit<PaymentBody, 'refId'> & {
  kind: 'payment';
  refId: string;
  status: 'pending' | 'success' | 'failed' | 'reversed';
  rc: '00' | '02' | '03' | '44' | '74';
  /** Payment requests received with this refId (a retry answers the same transaction). */
  requests: number;
  advices: number;
  /** How many times money moved to the biller for this refId: never more than one. */
  timesPaid: number;
  plan: Plan;
  /** Postpaid bills are marked paid under this key; prepaid purchases have none. */
  billKey?: string;
  receipt?: Receipt;
  createdAt: string;
};

type SwitchRecord = InquiryRecord | PaymentRecord;

export function createLedger() {
  const records = new Map<string, SwitchRecord>();
  const paidBills = new Set<string>();
  let sequence = 0;
  return {
    records,
    paidBills,
    nextBillerRef(): string {
      sequence += 1;
      const day = new Date().toISOString().slice(2, 10).replaceAll('-', '');
      return `SBX${day}${String(sequence).padStart(6, '0')}`;
    },
  };
}

export type Ledger = ReturnType<typeof createLedger>;
