import 'server-only';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import { billerName, receiptLines, type Receipt } from '@/lib/domain/receipt';
import { receiptTranslator } from './receipt-translator';

// The receipt as a one-page A5 PDF, attached to the receipt e-mail: the same lines as the page,
// Geist embedded from the installed package (no font is fetched, none is assumed on the reader's
// machine), and the QR code that opens the public verification page.

const FONTS = path.join(process.cwd(), 'node_modules', 'geist', 'dist', 'fonts');
const FONT = {
  regular: path.join(FONTS, 'geist-sans', 'Geist-Regular.ttf'),
  bold: path.join(FONTS, 'geist-sans', 'Geist-SemiBold.ttf'),
  mono: path.join(FONTS, 'geist-mono', 'GeistMono-Medium.ttf'),
};
const BRAND = '#0f766e';
const MUTED = '#5b6270';
const INK = '#1c1f24';
const RULE = '#d5d9e0';
const MARGIN = 32;
const QR_SIZE = 96;

export async function renderReceiptPdf(
  receipt: Receipt,
  locale: Locale,
  verifyUrl: string,
): Promise<Buffer> {
  const t = receiptTranslator(locale);
  const qr = await QRCode.toBuffer(verifyUrl, {
    type: 'png',
    margin: 1,
    width: 300,
    errorCorrectionLevel: 'M',
  });
  const doc = new PDFDocument({
    size: 'A5',
    margin: MARGIN,
    font: FONT.regular,
    lang: locale,
    displayTitle: true,
    info: { Title: `${t('title')} ${receipt.number}`, Author: 'Loket', Creator: 'Loket' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const rule = (gap = 8) => {
    doc.y += gap;
    doc
      .moveTo(left, doc.y)
      .lineTo(left + width, doc.y)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke();
    doc.y += gap;
  };

  doc.font(FONT.bold).fontSize(20).fillColor(BRAND).text('Loket', left, MARGIN);
  doc
    .font(FONT.regular)
    .fontSize(9)
    .fillColor(MUTED)
    .text(t('title').toUpperCase(), left, MARGIN + 8, { width, align: 'right' });
  doc.y = MARGIN + 34;
  doc.font(FONT.bold).fontSize(13).fillColor(INK).text(billerName(receipt.data, locale), left);
  doc
    .font(FONT.regular)
    .fontSize(9.5)
    .fillColor(MUTED)
    .text(`${t('number')} ${receipt.number}`, left)
    .text(formatDateTimeWib(new Date(receipt.issuedAt), locale), left);

  const labelWidth = width * 0.42;
  for (const group of receiptLines(receipt.data, locale)) {
    rule();
    for (const line of group) {
      const label = t(`labels.${line.label}`);
      if (line.emphasis === 'token') {
        const top = doc.y + 4;
        doc.roundedRect(left, top, width, 48, 6).fillColor('#f1f5f9').fill();
        doc.font(FONT.regular).fontSize(8.5).fillColor(MUTED);
        doc.text(label.toUpperCase(), left, top + 7, { width, align: 'center' });
        doc.font(FONT.mono).fontSize(17).fillColor(INK);
        doc.text(line.value, left, top + 20, { width, align: 'center' });
        doc.y = top + 56;
        continue;
      }
      const total = line.emphasis === 'total';
      doc.font(total ? FONT.bold : FONT.regular).fontSize(total ? 11.5 : 9.5);
      const y = doc.y;
      doc.fillColor(total ? INK : MUTED).text(label, left, y, { width: labelWidth });
      const labelBottom = doc.y;
      doc.fillColor(INK).text(line.value, left + labelWidth, y, {
        width: width - labelWidth,
        align: 'right',
      });
      doc.y = Math.max(labelBottom, doc.y) + 3;
    }
  }
  rule();

  const top = doc.y + 4;
  doc.image(qr, left + width - QR_SIZE, top, { width: QR_SIZE, height: QR_SIZE });
  const textWidth = width - QR_SIZE - 16;
  doc
    .font(FONT.regular)
    .fontSize(9)
    .fillColor(INK)
    .text(t('keep'), left, top, { width: textWidth });
  doc.moveDown(0.5).fillColor(MUTED).text(t('verifyHint'), { width: textWidth });
  doc.moveDown(0.3).fontSize(7).text(verifyUrl, { width: textWidth, link: verifyUrl });

  doc.end();
  return done;
}
