import type { ServerResponse } from 'node:http';
import type { Route } from '../http';
import type { Charge } from './charge';
import type { Gateway } from './gateway';
import { messagePage, outcomePage } from './pages/charge-pages';
import { rupiah } from './pages/html';
import { simulatorPage } from './pages/simulator-page';
import { scanQris } from './qris';
import { readForm, sendPage } from './web';

const back = { href: '/gateway/simulator', text: 'Kembali ke simulator' };

const refuse = (response: ServerResponse, status: number, title: string, message: string) =>
  sendPage(response, status, messagePage(title, message, back));

function settle(gateway: Gateway, response: ServerResponse, charge: Charge, amount: number) {
  if (amount !== charge.amount) {
    const message = `Jumlah harus tepat ${rupiah(charge.amount)} (the exact amount).`;
    return refuse(response, 400, 'Jumlah tidak sesuai', message);
  }
  const paid = gateway.pay(charge);
  if (!paid.ok) return sendPage(response, 409, outcomePage(charge, paid.message));
  sendPage(response, 200, outcomePage(charge, `Dibayar lewat simulator (${charge.channel}).`));
}

// The simulator stands in for the bank teller and the customer's banking or wallet app.
export function simulatorRoutes(gateway: Gateway): Route[] {
  return [
    {
      method: 'GET',
      path: '/gateway/simulator',
      handler: (_request, response) => sendPage(response, 200, simulatorPage(gateway.open())),
    },
    {
      method: 'POST',
      path: '/gateway/simulator/va',
      async handler(request, response) {
        const form = await readForm(request);
        const number = (form.get('number') ?? '').replace(/\s/g, '');
        const charge = gateway.byVaNumber(number);
        if (!charge)
          return refuse(response, 404, 'VA tidak dikenal', `No charge has VA ${number}.`);
        settle(gateway, response, charge, Number(form.get('amount')?.replace(/[.\s]/g, '')));
      },
    },
    {
      method: 'POST',
      path: '/gateway/simulator/qris',
      async handler(request, response) {
        const scan = scanQris((await readForm(request)).get('payload') ?? '');
        if (!scan.ok) return refuse(response, 400, 'Kode QRIS tidak valid', scan.error);
        const charge = gateway.find(scan.reference);
        if (charge?.channel !== 'QRIS') {
          return refuse(response, 404, 'Tagihan tidak ditemukan', 'No QRIS charge has this code.');
        }
        settle(gateway, response, charge, scan.amount);
      },
    },
  ];
}
