import type { ServerResponse } from 'node:http';
import type { Charge } from './charge';
import type { Gateway } from './gateway';
import { notFoundPage, outcomePage } from './pages/charge-pages';
import { redirect, sendPage } from './web';

/** Back to the merchant's returnUrl (with `chargeId`), or a page saying how the charge ended. */
export function finish(response: ServerResponse, charge: Charge): void {
  if (!charge.returnUrl) return sendPage(response, 200, outcomePage(charge));
  const url = new URL(charge.returnUrl);
  url.searchParams.set('chargeId', charge.id);
  redirect(response, url.toString());
}

/**
 * The charge a hosted page is about, when it can still be paid there. Otherwise the page that
 * says why has been sent, and the result is undefined.
 */
export function payableCharge(
  gateway: Gateway,
  response: ServerResponse,
  id: string,
  fits: (charge: Charge) => boolean,
): Charge | undefined {
  const charge = gateway.find(id);
  if (!charge || !fits(charge)) {
    sendPage(response, 404, notFoundPage());
    return undefined;
  }
  if (charge.status !== 'PENDING') {
    sendPage(response, 200, outcomePage(charge));
    return undefined;
  }
  return charge;
}
