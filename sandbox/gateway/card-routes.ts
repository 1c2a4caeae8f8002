import type { Route } from '../http';
import { OTP, readCardForm } from './cards';
import type { Gateway } from './gateway';
import { finish, payableCharge } from './hosted';
import { cardFormPage, challengePage } from './pages/card-pages';
import { messagePage, outcomePage } from './pages/charge-pages';
import { readForm, sendPage } from './web';

// The hosted card page: card form, then 3-D Secure, then back to the merchant. The card number
// and CVV live only inside the form request; the charge keeps brand, last 4 digits and a token.
export function cardRoutes(gateway: Gateway): Route[] {
  const path = '/gateway/pay/card/:chargeId';
  const isCard = (charge: { method: string }) => charge.method === 'CARD';
  return [
    {
      method: 'GET',
      path,
      handler(_request, response, { chargeId = '' }) {
        const charge = payableCharge(gateway, response, chargeId, isCard);
        if (charge) sendPage(response, 200, cardFormPage(charge));
      },
    },
    {
      method: 'POST',
      path,
      async handler(request, response, { chargeId = '' }) {
        const form = await readForm(request);
        const charge = payableCharge(gateway, response, chargeId, isCard);
        if (!charge) return;
        const read = readCardForm(
          {
            number: form.get('number') ?? '',
            expiry: form.get('expiry') ?? '',
            cvv: form.get('cvv') ?? '',
            name: form.get('name') ?? '',
          },
          new Date(),
        );
        if (!read.ok) return sendPage(response, 400, cardFormPage(charge, read.error));
        charge.authentication = { card: read.card, issuerCode: read.issuerCode };
        sendPage(response, 200, challengePage(charge, read.card));
      },
    },
    {
      method: 'POST',
      path: `${path}/3ds`,
      async handler(request, response, { chargeId = '' }) {
        const form = await readForm(request);
        const charge = payableCharge(gateway, response, chargeId, isCard);
        if (!charge) return;
        const { authentication } = charge;
        if (!authentication) {
          const back = {
            href: `/gateway/pay/card/${charge.id}`,
            text: 'Formulir kartu (card form)',
          };
          return sendPage(
            response,
            409,
            messagePage('Masukkan kartu dulu', 'Enter the card before the OTP.', back),
          );
        }
        if (form.get('otp')?.trim() !== OTP) {
          gateway.fail(charge, 'AUTHENTICATION_FAILED');
          const why = 'Verifikasi 3-D Secure gagal: OTP salah. (3-D Secure failed: wrong OTP.)';
          return sendPage(response, 200, outcomePage(charge, why));
        }
        if (authentication.issuerCode !== '00') {
          gateway.fail(charge, authentication.issuerCode);
        } else {
          const paid = gateway.pay(charge, authentication.card);
          if (!paid.ok) return sendPage(response, 409, outcomePage(charge, paid.message));
        }
        finish(response, charge);
      },
    },
  ];
}
