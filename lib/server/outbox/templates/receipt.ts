import { z } from 'zod';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { billerName, receiptLines, receiptSchema, type ReceiptLine } from '@/lib/domain/receipt';
import { renderReceiptPdf } from '@/lib/server/receipts/receipt-pdf';
import { receiptTranslator } from '@/lib/server/receipts/receipt-translator';
import { escapeHtml, renderLayout } from './layout';
import type { EmailTranslator } from './translator';

// The receipt e-mail: the receipt's lines as a table (the PLN token large), the same as plain
// text, and the receipt as a PDF. The payload carries the receipt as issued, so an e-mail sent
// hours later (the mail server was down) shows exactly the figures of the receipt.

export const receiptEmailPayload = z.strictObject({
  name: z.string().trim().min(1).max(200),
  receipt: receiptSchema,
  receiptUrl: z.url({ protocol: /^https?$/ }),
  verifyUrl: z.url({ protocol: /^https?$/ }),
});

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
const CELL = `${FONT}font-size:14px;line-height:20px;padding:4px 0;vertical-align:top;`;

function rowHtml(line: ReceiptLine, label: string): string {
  if (line.emphasis === 'token') {
    return `<tr><td colspan="2" style="padding:12px 0;">
<div style="background:#eef4fb;border-radius:8px;padding:12px;text-align:center;">
<div style="${FONT}font-size:12px;color:#5b6270;text-transform:uppercase;letter-spacing:1px;">${escapeHtml(label)}</div>
<div style="font-family:'SFMono-Regular',Menlo,Consolas,monospace;font-size:19px;line-height:28px;font-weight:700;color:#1c1f24;white-space:nowrap;">${escapeHtml(line.value)}</div>
</div></td></tr>`;
  }
  const total = line.emphasis === 'total';
  const weight = total ? 'font-weight:700;font-size:16px;color:#1c1f24;' : '';
  return `<tr><td style="${CELL}color:#5b6270;${weight}padding-right:12px;white-space:nowrap;">${escapeHtml(label)}</td><td style="${CELL}color:#1c1f24;text-align:right;${weight}">${escapeHtml(line.value)}</td></tr>`;
}

export async function receiptEmail(
  { name, receipt, receiptUrl, verifyUrl }: z.output<typeof receiptEmailPayload>,
  t: EmailTranslator,
  locale: Locale,
) {
  const rt = receiptTranslator(locale);
  const groups = receiptLines(receipt.data, locale);
  const label = (line: ReceiptLine) => rt(`labels.${line.label}`);
  const params = {
    biller: billerName(receipt.data, locale),
    total: formatRupiah(receipt.data.total),
    number: receipt.number,
  };
  const divider = '<tr><td colspan="2" style="border-top:1px solid #e3e6eb;height:8px;"></td></tr>';
  const html = `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin:0 0 16px;border-collapse:collapse;">
<tr><td colspan="2" style="${CELL}color:#5b6270;">${escapeHtml(`${rt('number')} ${receipt.number}`)}</td></tr>
${groups.map((group) => divider + group.map((line) => rowHtml(line, label(line))).join('\n')).join('\n')}
</table>`;
  const text = groups
    .map((group) =>
      group
        .map((line) =>
          line.emphasis === 'token'
            ? `${rt('email.tokenIntro')}\n\n    ${line.value}\n`
            : `${label(line)}: ${line.value}`,
        )
        .join('\n'),
    )
    .join('\n\n');
  const pdf = await renderReceiptPdf(receipt, locale, verifyUrl);
  return {
    subject: rt('email.subject', params),
    ...renderLayout(
      {
        locale,
        name,
        preheader: rt('email.preheader', params),
        paragraphs: [rt('email.intro')],
        body: { html, text: `${rt('number')} ${receipt.number}\n\n${text}` },
        action: { label: rt('email.action'), url: receiptUrl },
        notes: [rt('email.verifyNote', { url: verifyUrl }), rt('email.notYou')],
      },
      t,
    ),
    attachments: [
      { filename: `${receipt.number}.pdf`, content: pdf, contentType: 'application/pdf' },
    ],
  };
}
