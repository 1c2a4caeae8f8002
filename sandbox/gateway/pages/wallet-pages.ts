import type { Charge } from '../charge';
import { summary } from './charge-pages';
import { escapeHtml, layout } from './html';

const WALLETS: Record<string, string> = {
  GOPAY: 'GoPay',
  OVO: 'OVO',
  DANA: 'DANA',
  SHOPEEPAY: 'ShopeePay',
};

/** What the wallet app would show: approve or decline this payment. */
export function approvalPage(charge: Charge): string {
  const wallet = WALLETS[charge.channel] ?? charge.channel;
  return layout(
    `${wallet}: setujui pembayaran`,
    `${summary(charge)}
<form method="post" action="/gateway/pay/ewallet/${escapeHtml(charge.id)}">
  <button type="submit" name="decision" value="approve">Setujui (approve)</button>
  <button type="submit" name="decision" value="decline" class="secondary">Tolak (decline)</button>
</form>`,
  );
}

/** The code to scan, refreshed until it is paid. */
export function qrisPage(charge: Charge, svg: string): string {
  return layout(
    'Bayar dengan QRIS',
    `${summary(charge)}
<div aria-label="QRIS">${svg}</div>
<label for="payload">Isi kode (payload)</label>
<textarea id="payload" class="code" rows="4" readonly>${escapeHtml(charge.qr?.string ?? '')}</textarea>
<p class="note">Pindai dengan aplikasi pembayaran, atau tempel isi kode di
<a href="/gateway/simulator">simulator</a>. Halaman ini diperbarui sendiri.</p>`,
    { refreshSeconds: 5 },
  );
}
