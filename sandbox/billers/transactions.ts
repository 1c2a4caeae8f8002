import { billKeyOf, lookUpBill } from './bills';
import { findProduct } from './catalogue';
import type { Ledger, PaymentRecord, Plan } from './ledger';
import { magicPlan } from './magic';
import { answer, type InquiryBody, type PaymentBody, type Reply } from './protocol';
import { paymentAnswer, settle } from './settlement';

// The four requests, once signature, payload and injected faults have been dealt with.

const sameRequest = (a: Omit<PaymentBody, 'refId'>, b: Omit<PaymentBody, 'refId'>) =>
  a.productCode === b.productCode &&
  a.customerNo === b.customerNo &&
  a.amount === b.amount &&
  a.inquiryRefId === b.inquiryRefId;

export function inquire(body: InquiryBody, ledger: Ledger): Reply {
  const seen = ledger.records.get(body.refId);
  if (
    seen &&
    (seen.kind !== 'inquiry' ||
      seen.productCode !== body.productCode ||
      seen.customerNo !== body.customerNo)
  ) {
    return answer('49', body.refId);
  }
  const product = findProduct(body.productCode);
  if (!product) return answer('40', body.refId, { message: `UNKNOWN PRODUCT ${body.productCode}` });
  const bill = lookUpBill(product, body.customerNo, ledger);
  if (bill.rc !== '00') return answer(bill.rc, body.refId);
  if (seen) seen.requests += 1;
  else {
    ledger.records.set(body.refId, {
      kind: 'inquiry',
      refId: body.refId,
      productCode: body.productCode,
      customerNo: body.customerNo,
      requests: 1,
      createdAt: new Date().toISOString(),
    });
  }
  return answer('00', body.refId, { inquiry: bill.inquiry });
}

/** `plan` comes from an injected fault; otherwise the customer number's magic decides. */
export function pay(body: PaymentBody, ledger: Ledger, plan?: Plan): Reply {
  const seen = ledger.records.get(body.refId);
  if (seen) {
    if (seen.kind !== 'payment' || !sameRequest(seen, body)) return answer('49', body.refId);
    seen.requests += 1;
    return paymentAnswer(seen);
  }
  const product = findProduct(body.productCode);
  if (!product) return answer('40', body.refId, { message: `UNKNOWN PRODUCT ${body.productCode}` });
  const bill = lookUpBill(product, body.customerNo, ledger);
  if (bill.rc !== '00') return answer(bill.rc, body.refId);
  if (bill.due === undefined) {
    return answer('40', body.refId, { message: `${product.code} IS FOR INQUIRY ONLY` });
  }
  if (body.amount !== bill.due) {
    return answer('40', body.refId, { message: `AMOUNT MUST BE ${bill.due} (THE WHOLE BILL)` });
  }
  const record: PaymentRecord = {
    ...body,
    kind: 'payment',
    status: 'pending',
    rc: '03',
    requests: 1,
    advices: 0,
    timesPaid: 0,
    plan: {
      ...(plan ?? magicPlan(body.customerNo) ?? { pendingAdvices: 0, finalStatus: 'success' }),
    },
    billKey: billKeyOf(product, body.customerNo),
    createdAt: new Date().toISOString(),
  };
  ledger.records.set(body.refId, record);
  // Held while pending, so that nobody pays the same bill twice; released if it fails.
  if (record.billKey) ledger.paidBills.add(record.billKey);
  if (record.plan.pendingAdvices === 0) settle(record, ledger);
  return paymentAnswer(record);
}

export function advise(refId: string, ledger: Ledger): Reply {
  const record = ledger.records.get(refId);
  if (record?.kind !== 'payment') return answer('63', refId);
  record.advices += 1;
  if (record.status === 'pending') {
    if (record.plan.pendingAdvices > 0) record.plan.pendingAdvices -= 1;
    else settle(record, ledger);
  }
  return paymentAnswer(record);
}

export function reverse(refId: string, ledger: Ledger): Reply {
  const record = ledger.records.get(refId);
  if (record?.kind !== 'payment') return answer('63', refId);
  if (record.status === 'success') {
    record.status = 'reversed';
    record.rc = '74';
    if (record.billKey) ledger.paidBills.delete(record.billKey);
  }
  if (record.status === 'reversed') return answer('74', refId);
  const why = record.status === 'pending' ? 'STILL PENDING, ASK ADVICE' : 'PAYMENT FAILED';
  return answer('02', refId, { message: `REVERSAL REFUSED: ${why}` });
}
