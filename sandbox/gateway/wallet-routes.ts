import QRCode from 'qrcode';
import type { Route } from '../http';
import { isApprovalWallet } from './channels';
import type { Charge } from './charge';
import type { Gateway } from './gateway';
import { finish, payableCharge } from './hosted';
import { notFoundPage, outcomePage } from './pages/charge-pages';
import { approvalPage, qrisPage } from './pages/wallet-pages';
import { readForm, sendPage } from './web';

const qrSvg = (charge: Charge) =>
  QRCode.toString(charge.qr?.string ?? '', { type: 'svg', margin: 2, width: 256 });

// E-wallets: an approval page as the wallet app would show it; QRIS: a code to scan.
export function walletRoutes(gateway: Gateway): Route[] {
  const approvable = (charge: Charge) => isApprovalWallet(charge.channel);
  const qris = (id: string) => {
    const charge = gateway.find(id);
    return charge?.channel === 'QRIS' ? charge : undefined;
  };
  return [
    {
      method: 'GET',
      path: '/gateway/pay/ewallet/:chargeId',
      handler(_request, response, { chargeId = '' }) {
        const charge = payableCharge(gateway, response, chargeId, approvable);
        if (charge) sendPage(response, 200, approvalPage(charge));
      },
    },
    {
      method: 'POST',
      path: '/gateway/pay/ewallet/:chargeId',
      async handler(request, response, { chargeId = '' }) {
        const decision = (await readForm(request)).get('decision');
        const charge = payableCharge(gateway, response, chargeId, approvable);
        if (!charge) return;
        if (decision === 'decline') {
          gateway.fail(charge, 'DECLINED');
        } else if (decision === 'approve') {
          const paid = gateway.pay(charge);
          if (!paid.ok) return sendPage(response, 409, outcomePage(charge, paid.message));
        } else {
          return sendPage(response, 400, approvalPage(charge));
        }
        finish(response, charge);
      },
    },
    {
      method: 'GET',
      path: '/gateway/pay/qris/:chargeId',
      async handler(_request, response, { chargeId = '' }) {
        const charge = qris(chargeId);
        if (!charge) return sendPage(response, 404, notFoundPage());
        if (charge.status !== 'PENDING') return finish(response, charge);
        sendPage(response, 200, qrisPage(charge, await qrSvg(charge)));
      },
    },
    {
      method: 'GET',
      path: '/gateway/pay/qris/:chargeId/qr.svg',
      async handler(_request, response, { chargeId = '' }) {
        const charge = qris(chargeId);
        if (!charge) return sendPage(response, 404, notFoundPage());
        response.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' });
        response.end(await qrSvg(charge));
      },
    },
  ];
}
