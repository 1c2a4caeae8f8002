import { findProduct } from './catalogue';
import type { Ledger, PaymentRecord } from './ledger';
import { answer, type Reply } from './protocol';

/** Ends a taken payment as its plan says: the money reaches the biller, or it does not. */
export function settle(record: PaymentRecord, ledger: Ledger): void {
  if (record.plan.finalStatus === 'failed') {
    record.status = 'failed';
    record.rc = record.plan.failRc ?? '02';
    if (record.billKey) ledger.paidBills.delete(record.billKey);
    return;
  }
  const product = findProduct(record.productCode);
  const voucher = product?.voucher?.(product.describe(record.customerNo), record.refId);
  record.status = 'success';
  record.rc = '00';
  record.timesPaid += 1;
  record.receipt = {
    billerRef: ledger.nextBillerRef(),
    ...voucher,
    paidAt: new Date().toISOString(),
  };
}

/** The answer to a payment or an advice: the transaction as the switch knows it now. */
export function paymentAnswer(record: PaymentRecord): Reply {
  switch (record.status) {
    case 'success':
      return answer('00', record.refId, { payment: record.receipt });
    case 'pending':
      return answer('03', record.refId);
    case 'failed':
      return answer(record.rc, record.refId);
    case 'reversed':
      return answer('74', record.refId);
  }
}
