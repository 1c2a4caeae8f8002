import type { CardSummary, Charge } from '../charge';
import { summary } from './charge-pages';
import { escapeHtml, layout } from './html';

// The hosted card form and the 3-D Secure challenge. The form never echoes what was typed.

export function cardFormPage(charge: Charge, error?: string): string {
  const problem = error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : '';
  return layout(
    'Kartu kredit/debit (card)',
    `${summary(charge)}${problem}
<form method="post" action="/gateway/pay/card/${escapeHtml(charge.id)}" autocomplete="off">
  <label for="number">Nomor kartu (card number)</label>
  <input id="number" name="number" inputmode="numeric" autocomplete="cc-number" required>
  <label for="expiry">Berlaku hingga (expiry, MM/YY)</label>
  <input id="expiry" name="expiry" placeholder="MM/YY" autocomplete="cc-exp" required>
  <label for="cvv">CVV</label>
  <input id="cvv" name="cvv" inputmode="numeric" autocomplete="cc-csc" required>
  <label for="name">Nama di kartu (name on card)</label>
  <input id="name" name="name" autocomplete="cc-name" required>
  <button type="submit">Bayar (pay)</button>
</form>
<p class="note">Kartu uji: lihat docs/gateway.md (test cards).</p>`,
  );
}

export function challengePage(charge: Charge, card: CardSummary): string {
  return layout(
    'Verifikasi 3-D Secure',
    `${summary(charge)}
<p>${escapeHtml(card.brand)} •••• ${escapeHtml(card.last4)}</p>
<form method="post" action="/gateway/pay/card/${escapeHtml(charge.id)}/3ds" autocomplete="off">
  <label for="otp">Kode OTP dari bank Anda (one-time password)</label>
  <input id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code" required>
  <button type="submit">Verifikasi (verify)</button>
</form>
<p class="note">Sandbox: OTP <code>123456</code> menyetujui; kode lain menolak.</p>`,
  );
}
