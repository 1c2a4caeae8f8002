import { getLocale, getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import { CopyButton } from '@/components/shell/copy-button';
import { cn } from '@/components/ui/cn';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import {
  billerName,
  receiptLines,
  receiptThermalLines,
  type ReceiptLine,
  type ReceiptTexts,
  type ReceiptView,
} from '@/lib/domain/receipt';
import { thermalText } from '@/lib/domain/thermal-text';

export type ReceiptPaperSize = 'a4' | '58';

// One receipt, as the customer's page shows it and as the agent's counter will print it: a
// document for A4 (and the screen), or 32 monospace columns for a 58 mm thermal printer. The
// lines come from lib/domain/receipt, the same ones the e-mail and the PDF use.

// Printed sizes of the 58 mm receipt, in millimetres: 32 columns of a 2.45 mm monospace font
// fill about 47 mm of the roll's 58.
const THERMAL = { line: 3.4, qr: 30, gap: 3, padding: 3, slack: 4 };

/**
 * The printed page. A4: a document with margins. 58 mm: the roll, as wide as the paper and as
 * long as this receipt (browsers ignore `size: 58mm auto`, so the length is worked out from the
 * number of lines), no margins: the printer keeps its own.
 */
function pageCss(paper: ReceiptPaperSize, lines: number): string {
  if (paper === 'a4') return '@page { size: A4; margin: 16mm; }';
  const { line, qr, gap, padding, slack } = THERMAL;
  const length = Math.ceil(2 * padding + lines * line + gap + qr + slack);
  return `@page { size: 58mm ${length}mm; margin: 0; }
@media print { html, body { width: 58mm; } }`;
}

async function qrSvg(url: string) {
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}

function Row({ line, label }: { line: ReceiptLine; label: string }) {
  const total = line.emphasis === 'total';
  return (
    <div
      className={cn('flex justify-between gap-4 py-0.5', total && 'pt-1.5 text-base font-semibold')}
    >
      <dt className={total ? 'text-slate-900' : 'text-slate-500'}>{label}</dt>
      <dd className="text-right break-words tabular-nums" data-receipt-line={line.label}>
        {line.value}
      </dd>
    </div>
  );
}

export async function ReceiptPaper({
  receipt,
  paper,
  heading = [],
}: {
  receipt: ReceiptView;
  paper: ReceiptPaperSize;
  /** Centred lines above the receipt, e.g. the counter's name and a "customer copy" mark. */
  heading?: readonly string[];
}) {
  const [t, locale] = await Promise.all([getTranslations('receipt'), getLocale().then(toLocale)]);
  const texts: ReceiptTexts = (key) => t(key);
  const svg = await qrSvg(receipt.verifyUrl);
  const qr = (
    <div
      role="img"
      aria-label={t('page.qrAlt', { number: receipt.number })}
      className="[&>svg]:h-auto [&>svg]:w-full"
      data-testid="receipt-qr"
      data-verify-url={receipt.verifyUrl}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );

  if (paper === '58') {
    const text = thermalText([
      ...heading.map((line) => ({ kind: 'center' as const, text: line })),
      ...(heading.length > 0 ? [{ kind: 'blank' as const }] : []),
      ...receiptThermalLines(receipt, locale, texts),
    ]);
    return (
      <article
        aria-label={t('page.title', { number: receipt.number })}
        className="mx-auto w-fit bg-white px-3 py-4 text-black shadow-sm ring-1 ring-slate-200 print:w-[58mm] print:px-[3mm] print:py-[3mm] print:shadow-none print:ring-0"
      >
        <style>{pageCss('58', text.split('\n').length)}</style>
        <pre
          className="font-mono text-[13px] leading-snug whitespace-pre print:text-[2.45mm] print:leading-[3.4mm]"
          data-testid="receipt-thermal"
        >
          {text}
        </pre>
        <div className="mx-auto mt-3 w-36 print:mt-[3mm] print:w-[30mm]">{qr}</div>
      </article>
    );
  }

  const token = receipt.data.token;
  return (
    <article
      aria-label={t('page.title', { number: receipt.number })}
      className="rounded-card border border-slate-200 bg-white p-5 text-sm shadow-sm sm:p-8 print:border-0 print:p-0 print:shadow-none"
    >
      <style>{pageCss('a4', 0)}</style>
      <header>
        {heading.map((line) => (
          <p key={line} className="text-center font-medium">
            {line}
          </p>
        ))}
        <div className="flex items-baseline justify-between gap-4">
          <p className="text-brand-700 text-2xl font-bold tracking-tight">Loket</p>
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t('title')}</p>
        </div>
        <h1 className="mt-3 text-lg font-semibold">{billerName(receipt.data, locale)}</h1>
        <p className="text-slate-500">
          {t('number')}{' '}
          <span className="font-mono whitespace-nowrap text-slate-900" data-testid="receipt-number">
            {receipt.number}
          </span>
        </p>
        <p className="text-slate-500">{formatDateTimeWib(new Date(receipt.issuedAt), locale)}</p>
      </header>
      {receiptLines(receipt.data, locale).map((group, index) => (
        <dl key={index} className="mt-4 border-t border-slate-200 pt-4">
          {group.map((line) =>
            line.emphasis === 'token' && token ? (
              <div
                key={line.label}
                className="my-3 rounded-lg bg-slate-50 p-4 text-center print:border print:border-slate-300"
              >
                <dt className="text-xs tracking-wide text-slate-500 uppercase">
                  {t('labels.token')}
                </dt>
                <dd
                  className="mt-1 font-mono text-xl font-semibold tracking-wide sm:text-2xl"
                  data-testid="receipt-token"
                >
                  {line.value}
                </dd>
                <dd className="mt-3 print:hidden">
                  <CopyButton
                    value={token}
                    label={t('page.copyToken')}
                    copiedLabel={t('page.copied')}
                  />
                </dd>
              </div>
            ) : (
              <Row key={line.label} line={line} label={t(`labels.${line.label}`)} />
            ),
          )}
        </dl>
      ))}
      <footer className="mt-4 flex items-center gap-4 border-t border-slate-200 pt-4">
        <div className="flex-1 space-y-1">
          <p>{t('keep')}</p>
          <p className="text-slate-500">{t('page.qrCaption')}</p>
        </div>
        <div className="w-28 shrink-0 sm:w-32">{qr}</div>
      </footer>
    </article>
  );
}
