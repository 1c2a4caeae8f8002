import type { Charge } from '../charge';
import { escapeHtml, layout, rupiah, wib } from './html';

// Pages every payment method shares: what is being paid, and how it ended.

export function summary(charge: Charge): string {
  return `<p class="note">LOKET PPOB · pesanan <code>${escapeHtml(charge.orderId)}</code></p>
<p class="amount">${rupiah(charge.amount)}</p>
<p class="note">Bayar sebelum ${wib(charge.expiresAt)}</p>`;
}

function returnLink(charge: Charge): string {
  if (!charge.returnUrl) return '';
  const url = new URL(charge.returnUrl);
  url.searchParams.set('chargeId', charge.id);
  return `<p><a href="${escapeHtml(url.toString())}">Kembali ke toko (back to the merchant)</a></p>`;
}

const OUTCOMES: Record<Charge['status'], string> = {
  PENDING: 'Menunggu pembayaran (awaiting payment)',
  PAID: 'Pembayaran berhasil (paid)',
  EXPIRED: 'Pembayaran kedaluwarsa (expired)',
  FAILED: 'Pembayaran gagal (failed)',
  REFUNDED: 'Dana dikembalikan (refunded)',
  PARTIALLY_REFUNDED: 'Dana dikembalikan sebagian (partially refunded)',
};

/** Where a charge stands, with a way back to the merchant. */
export function outcomePage(charge: Charge, detail = ''): string {
  const failure = charge.failureCode
    ? `<p class="error">Kode: <code>${escapeHtml(charge.failureCode)}</code></p>`
    : '';
  const text = detail ? `<p>${escapeHtml(detail)}</p>` : '';
  return layout(
    OUTCOMES[charge.status],
    `${summary(charge)}${text}${failure}${returnLink(charge)}`,
  );
}

export function messagePage(
  title: string,
  message: string,
  link?: { href: string; text: string },
): string {
  const back = link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : '';
  return layout(title, `<p>${escapeHtml(message)}</p>${back}`);
}

export const notFoundPage = () =>
  messagePage('Tagihan tidak ditemukan (charge not found)', 'Periksa tautan pembayaran Anda.');
