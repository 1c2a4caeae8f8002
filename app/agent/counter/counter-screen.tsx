'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { formatRupiah } from '@/lib/domain/money';
import type { OperatorPrefixTable } from '@/lib/domain/references/operators';
import type { CounterInquiryView } from '@/lib/server/counter/get-counter-inquiry';
import type { CounterPaymentResult } from '@/lib/server/counter/pay-at-counter';
import type { CounterBiller } from '@/lib/server/outlets/get-counter-desk';
import type { ReceiptPrintKind } from '@/lib/server/receipts/record-receipt-print';
import {
  counterInquiryAction,
  payAtCounterAction,
  recordReceiptPrintAction,
  selectCounterProductAction,
} from './actions';
import { BillSummary } from './bill-summary';
import { BillerPicker } from './biller-picker';
import { CashField } from './cash-field';
import { PrintFrame, type PrintJob } from './print-frame';
import { ProductList } from './product-list';
import { ReferenceField } from './reference-field';
import { SaleOutcome } from './sale-outcome';
import { ShortcutsHelp } from './shortcuts-help';
import { useCounterKeys } from './use-counter-keys';

type Phase = 'biller' | 'reference' | 'product' | 'cash' | 'outcome';

/** An idempotency key; getRandomValues also works on a plain-http counter PC in the LAN. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The counter, keyboard first: biller (F1-F4, a digit, or type a name) → customer number (Enter
 * checks it) → denomination for prepaid → cash received (Enter pays) → outcome (Enter or N for
 * the next customer). Escape steps back. Every amount shown comes from the server's inquiry.
 */
export function CounterScreen({
  billers,
  operatorPrefixes,
  available,
}: {
  billers: CounterBiller[];
  operatorPrefixes: OperatorPrefixTable;
  /** The deposit's available balance, to warn before a sale it cannot cover. */
  available: number;
}) {
  const t = useTranslations('counter');
  const router = useRouter();
  const [biller, setBiller] = useState<CounterBiller | null>(null);
  const [reference, setReference] = useState('');
  const [checking, setChecking] = useState(false);
  const [referenceError, setReferenceError] = useState<string | null>(null);
  const [inquiry, setInquiry] = useState<CounterInquiryView | null>(null);
  const [choosingProduct, setChoosingProduct] = useState(false);
  const [productBusy, setProductBusy] = useState(false);
  const [payKey, setPayKey] = useState('');
  const [paying, setPaying] = useState(false);
  const [cashError, setCashError] = useState<string | null>(null);
  const [saleError, setSaleError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<CounterPaymentResult | null>(null);
  const [printJob, setPrintJob] = useState<PrintJob | null>(null);
  const [printNotice, setPrintNotice] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);

  const billerRef = useRef<HTMLInputElement>(null);
  const referenceRef = useRef<HTMLInputElement>(null);
  const productsRef = useRef<HTMLUListElement>(null);
  const cashRef = useRef<HTMLInputElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  const prepaid = inquiry?.biller.kind === 'PREPAID';
  const phase: Phase = outcome
    ? 'outcome'
    : inquiry
      ? prepaid && (choosingProduct || !inquiry.product)
        ? 'product'
        : 'cash'
      : biller
        ? 'reference'
        : 'biller';

  useEffect(() => {
    const target = {
      biller: billerRef,
      reference: referenceRef,
      product: productsRef,
      cash: cashRef,
      outcome: outcomeRef,
    }[phase].current;
    target?.focus();
  }, [phase, inquiry?.id, biller?.code]);

  const openHelp = useCallback(() => setHelpOpen(true), []);

  const pickBiller = useCallback((next: CounterBiller) => {
    setBiller(next);
    setReference('');
    setReferenceError(null);
    setInquiry(null);
    setSaleError(null);
  }, []);

  const backToReference = () => {
    setInquiry(null);
    setChoosingProduct(false);
    setSaleError(null);
    setCashError(null);
  };

  const nextCustomer = useCallback(() => {
    setOutcome(null);
    setInquiry(null);
    setBiller(null);
    setReference('');
    setReferenceError(null);
    setChoosingProduct(false);
    setSaleError(null);
    setCashError(null);
    setPrintNotice(null);
  }, []);

  const print = useCallback(
    async (transactionId: string, kind: ReceiptPrintKind) => {
      const result = await recordReceiptPrintAction({ transactionId, kind });
      if (!result.ok) {
        setPrintNotice(result.message);
        return;
      }
      setPrintJob({ transactionId, copy: kind === 'CUSTOMER_COPY', nonce: newKey() });
      setPrintNotice(
        kind === 'CUSTOMER_COPY'
          ? t('printingCopy')
          : t('printing', { left: result.data.reprintsLeft }),
      );
    },
    [t],
  );

  const inquire = async (customerNo: string) => {
    if (!biller) return;
    setChecking(true);
    setReferenceError(null);
    const result = await counterInquiryAction({ billerCode: biller.code, customerNo });
    setChecking(false);
    if (!result.ok) {
      setReferenceError(result.fieldErrors?.customerNo?.[0] ?? result.message);
      return;
    }
    setPayKey(newKey());
    setChoosingProduct(false);
    setInquiry(result.data);
  };

  const chooseProduct = async (productCode: string) => {
    if (!inquiry) return;
    setProductBusy(true);
    setSaleError(null);
    const result = await selectCounterProductAction({ transactionId: inquiry.id, productCode });
    setProductBusy(false);
    if (!result.ok) {
      setSaleError(result.fieldErrors?.productCode?.[0] ?? result.message);
      return;
    }
    setChoosingProduct(false);
    setInquiry(result.data);
  };

  const pay = async (cashText: string) => {
    if (!inquiry || paying) return;
    setPaying(true);
    setCashError(null);
    setSaleError(null);
    const result = await payAtCounterAction({
      transactionId: inquiry.id,
      cashReceived: cashText,
      idempotencyKey: payKey,
    });
    setPaying(false);
    if (!result.ok) {
      const field = result.fieldErrors?.cashReceived?.[0];
      if (field) setCashError(field);
      else setSaleError(result.message);
      return;
    }
    setOutcome(result.data);
    router.refresh();
    if (result.data.status === 'SUCCESS') await print(result.data.transactionId, 'ORIGINAL');
  };

  useCounterKeys({
    billers,
    canPickBiller: (phase === 'biller' || phase === 'reference') && !checking,
    outcome: phase === 'outcome' ? outcome : null,
    helpOpen,
    openHelp,
    pickBiller,
    nextCustomer,
    print,
  });

  return (
    <div className="grid min-h-[32rem] gap-4 lg:grid-cols-[18rem_1fr]">
      <section className="rounded-card flex min-h-0 flex-col border border-slate-200 bg-white p-3 lg:max-h-[calc(100dvh-14rem)]">
        <BillerPicker
          inputRef={billerRef}
          billers={billers}
          selected={biller}
          disabled={phase === 'outcome' || paying || checking}
          onPick={pickBiller}
        />
      </section>
      <section className="rounded-card flex flex-col gap-5 border border-slate-200 bg-white p-4 lg:p-5">
        {phase === 'outcome' && outcome ? (
          <SaleOutcome panelRef={outcomeRef} result={outcome} printNotice={printNotice} />
        ) : biller ? (
          <>
            <ReferenceField
              key={biller.code}
              inputRef={referenceRef}
              biller={biller}
              operatorPrefixes={operatorPrefixes}
              value={reference}
              onChange={(value) => {
                setReference(value);
                setReferenceError(null);
                if (inquiry) backToReference();
              }}
              onSubmit={(value) => void inquire(value)}
              onBack={() => setBiller(null)}
              checking={checking}
              settled={inquiry !== null}
              disabled={paying}
              serverError={referenceError}
            />
            {inquiry ? (
              <div className="space-y-5 border-t border-slate-200 pt-4" data-testid="sale-panel">
                <BillSummary inquiry={inquiry} />
                {inquiry.depositCharge > available && !saleError ? (
                  <Alert tone="warning">
                    {t('depositShort', {
                      needed: formatRupiah(inquiry.depositCharge),
                      available: formatRupiah(available),
                    })}
                  </Alert>
                ) : null}
                {saleError ? <Alert tone="danger">{saleError}</Alert> : null}
                {phase === 'product' ? (
                  <ProductList
                    key={inquiry.id}
                    listRef={productsRef}
                    options={inquiry.productOptions}
                    chosen={inquiry.product?.code ?? null}
                    busy={productBusy}
                    onChoose={(code) => void chooseProduct(code)}
                    onBack={backToReference}
                  />
                ) : (
                  <CashField
                    key={`${inquiry.id}:${inquiry.totalToCollect}`}
                    inputRef={cashRef}
                    total={inquiry.totalToCollect}
                    paying={paying}
                    serverError={cashError}
                    onPay={(text) => void pay(text)}
                    onBack={() => (prepaid ? setChoosingProduct(true) : backToReference())}
                  />
                )}
              </div>
            ) : null}
          </>
        ) : (
          <div className="grid flex-1 place-items-center text-center text-slate-500">
            <p>{t('pickBillerFirst')}</p>
          </div>
        )}
      </section>
      <ShortcutsHelp open={helpOpen} onOpenChange={setHelpOpen} />
      <PrintFrame job={printJob} />
    </div>
  );
}
