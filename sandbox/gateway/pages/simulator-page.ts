import type { Charge } from '../charge';
import { escapeHtml, layout, rupiah, wib } from './html';

// The simulator: what a bank teller or a customer's banking app would do to pay a charge.

function howToPay(charge: Charge): string {
  if (charge.va)
    return `VA ${escapeHtml(charge.va.bank)} <code>${escapeHtml(charge.va.number)}</code>`;
  if (charge.actionUrl) return `<a href="${escapeHtml(charge.actionUrl)}">halaman pembayaran</a>`;
  return '';
}

function openCharges(charges: readonly Charge[]): string {
  if (charges.length === 0)
    return '<p class="note">Tidak ada tagihan terbuka (no open charges).</p>';
  const rows = charges
    .map(
      (charge) => `<tr>
  <td><code>${escapeHtml(charge.id)}</code></td>
  <td>${escapeHtml(charge.orderId)}</td>
  <td>${escapeHtml(charge.channel)}</td>
  <td>${rupiah(charge.amount)}</td>
  <td>${howToPay(charge)}</td>
  <td>${wib(charge.expiresAt)}</td>
</tr>`,
    )
    .join('');
  return `<table>
<thead><tr><th>Charge</th><th>Order</th><th>Channel</th><th>Amount</th><th>Pay with</th><th>Expires</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

export function simulatorPage(charges: readonly Charge[]): string {
  return layout(
    'Simulator pembayaran (payment simulator)',
    `<h2>Tagihan terbuka (open charges)</h2>
${openCharges(charges)}
<h2>Bayar virtual account dari bank (pay a VA)</h2>
<form method="post" action="/gateway/simulator/va">
  <label for="number">Nomor VA</label>
  <input id="number" name="number" inputmode="numeric" required>
  <label for="amount">Jumlah (amount, rupiah)</label>
  <input id="amount" name="amount" inputmode="numeric" required>
  <button type="submit">Bayar (pay)</button>
</form>
<h2>Pindai QRIS (scan a QRIS code)</h2>
<form method="post" action="/gateway/simulator/qris">
  <label for="payload">Isi kode (payload)</label>
  <textarea id="payload" name="payload" class="code" rows="4" required></textarea>
  <button type="submit">Bayar (pay)</button>
</form>`,
    { wide: true },
  );
}
