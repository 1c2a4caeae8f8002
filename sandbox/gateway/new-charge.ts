import { randomBytes } from 'node:crypto';
import { DEFAULT_EXPIRY_SECONDS, isChannelOf, type Bank, type Channel } from './channels';
import type { Charge } from './charge';
import { dynamicQris } from './qris';
import type { CreateChargeBody } from './schemas';
import { newVaNumber } from './va';

const isBank = (channel: Channel): channel is Bank => isChannelOf('VA', channel);

/** A fresh PENDING charge with what its method needs: a VA number, a page to pay on, a QR. */
export function newCharge(
  body: CreateChargeBody,
  baseUrl: string,
  vaTaken: (number: string) => boolean,
): Charge {
  const id = `ch_${randomBytes(10).toString('hex')}`;
  const now = Date.now();
  const seconds = body.expiresInSeconds ?? DEFAULT_EXPIRY_SECONDS[body.method];
  const charge: Charge = {
    id,
    orderId: body.orderId,
    amount: body.amount,
    currency: body.currency,
    method: body.method,
    channel: body.channel,
    status: 'PENDING',
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + seconds * 1000).toISOString(),
    returnUrl: body.returnUrl,
    notifyUrl: body.notifyUrl,
    customer: body.customer,
    refunds: [],
  };
  const pages = `${baseUrl}/gateway/pay`;
  if (isBank(body.channel)) {
    charge.va = { bank: body.channel, number: newVaNumber(body.channel, vaTaken) };
  } else if (body.channel === 'CARD') {
    charge.actionUrl = `${pages}/card/${id}`;
  } else if (body.channel === 'QRIS') {
    charge.actionUrl = `${pages}/qris/${id}`;
    charge.qr = { string: dynamicQris(body.amount, id), imageUrl: `${pages}/qris/${id}/qr.svg` };
  } else {
    charge.actionUrl = `${pages}/ewallet/${id}`;
  }
  return charge;
}
