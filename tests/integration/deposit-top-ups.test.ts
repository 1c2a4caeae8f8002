import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { topUpOrderId } from '@/lib/domain/deposit';
import type { Actor } from '@/lib/server/actor';
import { getDepositOverview } from '@/lib/server/deposits/get-deposit-overview';
import { listDepositStatement } from '@/lib/server/deposits/list-deposit-statement';
import { listTopUps } from '@/lib/server/deposits/list-top-ups';
import { listTopUpsForReview } from '@/lib/server/deposits/list-top-ups-for-review';
import { readTopUpProof } from '@/lib/server/deposits/read-top-up-proof';
import { requestManualTopUp } from '@/lib/server/deposits/request-manual-top-up';
import { requestVaTopUp } from '@/lib/server/deposits/request-va-top-up';
import { reviewManualTopUp } from '@/lib/server/deposits/review-manual-top-up';
import { setLowBalanceThreshold } from '@/lib/server/deposits/set-low-balance-threshold';
import { readIdentityImage } from '@/lib/server/identity/identity-images';
import { reconcileCharges } from '@/lib/server/jobs/reconcile-charges';
import { depositOf, depositRunningBalances, outletWithCashier } from '../support/deposits';
import { createUser } from '../support/factories';
import {
  expectLedgerBalanced,
  signedHeaders,
  startPaymentHarness,
  waitFor,
  type PaymentHarness,
} from '../support/payments';

// This file's own private-files folder, set before any module reads the configuration.
const storeDir = await vi.hoisted(async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const { join } = await import('node:path');
  const dir = fs.mkdtempSync(join(os.tmpdir(), 'loket-private-'));
  process.env.PRIVATE_FILES_DIR = dir;
  return dir;
});

let h: PaymentHarness;
let proofPng: Buffer;

beforeAll(async () => {
  h = await startPaymentHarness();
  proofPng = await sharp({
    create: { width: 640, height: 900, channels: 3, background: '#e8f0fe' },
  })
    .png()
    .withExif({ IFD0: { Make: 'KameraUji', Copyright: 'rahasia-bank' } })
    .toBuffer();
});
afterAll(async () => {
  await h.stop();
  rmSync(storeDir, { recursive: true, force: true });
});

function vaTopUp(owner: Actor, amount: number, key = randomUUID(), bank = 'BCA') {
  return requestVaTopUp({
    actor: owner,
    amount,
    bank,
    idempotencyKey: key,
    gateway: h.gateway,
    notifyUrl: h.receiver.url,
  });
}

const chargeOf = async (topUpId: string) =>
  (await db.depositTopUp.findUniqueOrThrow({ where: { id: topUpId } })).gatewayChargeId!;

function manualTopUp(owner: Actor | null, overrides: Record<string, unknown> = {}) {
  return requestManualTopUp({
    actor: owner,
    fields: { amount: '250.000', bank: 'BNI', transferRef: 'TRF AGUS W 0912', ...overrides },
    proofImage: proofPng,
  });
}

describe('a VA top-up', () => {
  it('is credited once by the verified webhook, whatever is replayed or comes out of order', async () => {
    const { outlet, owner } = await outletWithCashier();
    const key = randomUUID();
    const va = await vaTopUp(owner, 500_000, key);
    expect(va).toMatchObject({ bank: 'BCA', amount: 500_000 });
    expect(va.vaNumber).toMatch(/^39358\d{11}$/);
    // A double submit returns the same VA.
    expect(await vaTopUp(owner, 500_000, key)).toEqual(va);
    expect(await db.depositTopUp.count({ where: { outletId: outlet.id } })).toBe(1);

    const orderId = topUpOrderId(va.id);
    await h.addGatewayFault({ match: { orderId }, fault: 'duplicate-webhook', times: 1 });
    await h.addGatewayFault({ match: { orderId }, fault: 'out-of-order', times: 1 });
    expect((await h.payCharge(await chargeOf(va.id))).status).toBe(200);
    await h.quiesce(orderId);
    expect(h.outcomes(orderId).sort()).toEqual([
      'charge.expired 200 IGNORED',
      'charge.paid 200 DUPLICATE',
      'charge.paid 200 TOPUP_CREDITED',
    ]);

    // Replayed twice more, freshly signed: nothing changes.
    for (const delivery of h.receiver.deliveries.filter((d) => d.orderId === orderId)) {
      for (let i = 0; i < 2; i++) {
        const answer = await h.receiver.deliver({
          rawBody: delivery.rawBody,
          headers: signedHeaders(delivery.rawBody),
        });
        expect(answer).toMatchObject({ status: 200, outcome: 'DUPLICATE' });
      }
    }
    expect(await depositOf(outlet.id)).toEqual({ available: 500_000, held: 0 });
    const topUp = await db.depositTopUp.findUniqueOrThrow({ where: { id: va.id } });
    expect(topUp).toMatchObject({ status: 'PAID', amount: 500_000 });
    expect(
      await db.ledgerTransaction.count({ where: { idempotencyKey: `topup:${va.id}:credited` } }),
    ).toBe(1);
    expect(await db.transaction.count({ where: { outletId: outlet.id } })).toBe(0);
    await expectLedgerBalanced();
  });

  it('a stale expiry after the payment changes nothing; a payment after expiry is still credited', async () => {
    const { outlet, owner } = await outletWithCashier();
    const va = await vaTopUp(owner, 100_000);
    const orderId = topUpOrderId(va.id);
    await h.addGatewayFault({ match: { orderId }, fault: 'late-webhook', times: 1 });
    expect((await h.payCharge(await chargeOf(va.id))).status).toBe(200);
    await h.quiesce(orderId);
    expect(h.outcomes(orderId)).toEqual([
      'charge.expired 200 EXPIRED',
      'charge.paid 200 TOPUP_CREDITED',
    ]);
    expect(await depositOf(outlet.id)).toEqual({ available: 100_000, held: 0 });
    await expectLedgerBalanced();
  });

  it('is credited by the status check when every webhook of its payment was lost', async () => {
    const { outlet, owner } = await outletWithCashier();
    const va = await vaTopUp(owner, 150_000);
    const orderId = topUpOrderId(va.id);
    h.receiver.captureOrders.add(orderId);
    expect((await h.payCharge(await chargeOf(va.id))).status).toBe(200);
    await h.quiesce(orderId);
    expect(await depositOf(outlet.id)).toEqual({ available: 0, held: 0 });
    const afterWindow = new Date(Date.parse(va.expiresAt) + 2 * 60_000);
    await reconcileCharges({ now: afterWindow, gateway: h.gateway });
    await reconcileCharges({ now: afterWindow, gateway: h.gateway });
    expect(await depositOf(outlet.id)).toEqual({ available: 150_000, held: 0 });
    expect((await db.depositTopUp.findUniqueOrThrow({ where: { id: va.id } })).status).toBe('PAID');
    await expectLedgerBalanced();
  });

  it('an unpaid VA expires, credits nothing, and is listed as expired', async () => {
    const { outlet, owner } = await outletWithCashier();
    const va = await vaTopUp(owner, 75_000);
    expect((await listTopUps({ actor: owner })).items[0]).toMatchObject({
      status: 'PENDING',
      vaNumber: va.vaNumber,
    });
    expect((await h.expireCharge(await chargeOf(va.id))).status).toBe(200);
    await h.quiesce(topUpOrderId(va.id));
    expect(await db.depositTopUp.findUniqueOrThrow({ where: { id: va.id } })).toMatchObject({
      status: 'EXPIRED',
    });
    expect((await listTopUps({ actor: owner })).items[0]).toMatchObject({
      status: 'EXPIRED',
      vaNumber: null,
    });
    expect(await depositOf(outlet.id)).toEqual({ available: 0, held: 0 });
  });

  it('a forged webhook is refused and credits nothing', async () => {
    const { outlet, owner } = await outletWithCashier();
    const va = await vaTopUp(owner, 1_000_000);
    const rawBody = JSON.stringify({
      id: `evt_forged_${randomUUID()}`,
      type: 'charge.paid',
      createdAt: new Date().toISOString(),
      data: {
        chargeId: await chargeOf(va.id),
        orderId: topUpOrderId(va.id),
        status: 'PAID',
        amount: 1_000_000,
        currency: 'IDR',
        method: 'VA',
        channel: 'BCA',
        paidAt: new Date().toISOString(),
      },
    });
    const headers = { ...signedHeaders(rawBody), 'x-gateway-signature': 'ab'.repeat(32) };
    expect(await h.receiver.deliver({ rawBody, headers })).toMatchObject({ status: 401 });
    expect(await depositOf(outlet.id)).toEqual({ available: 0, held: 0 });
    expect((await db.depositTopUp.findUniqueOrThrow({ where: { id: va.id } })).status).toBe(
      'PENDING',
    );
  });

  it('keeps the amount between Rp50.000 and Rp50.000.000', async () => {
    const { owner } = await outletWithCashier();
    await expect(vaTopUp(owner, 49_999)).rejects.toMatchObject({
      code: 'VALIDATION',
      options: { fieldErrors: { amount: ['topUpAmountTooSmall'] } },
    });
    await expect(vaTopUp(owner, 50_000_001)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(vaTopUp(owner, 60_000, randomUUID(), 'CARD')).rejects.toMatchObject({
      options: { fieldErrors: { bank: ['topUpBankRequired'] } },
    });
  });
});

describe('a manual top-up', () => {
  it('stores the proof sealed and credits once under two concurrent approvals', async () => {
    const { outlet, owner } = await outletWithCashier();
    const admins = await Promise.all([
      createUser({ role: 'ADMIN' }),
      createUser({ role: 'ADMIN' }),
    ]);
    const { id } = await manualTopUp(owner);
    const row = await db.depositTopUp.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      method: 'MANUAL',
      channel: 'BNI',
      amount: 250_000,
      transferRef: 'TRF AGUS W 0912',
      status: 'PENDING',
    });
    expect(await depositOf(outlet.id)).toEqual({ available: 0, held: 0 });

    // On disk: neither a PNG nor a JPEG, nothing a decoder can read; back out, a clean JPEG.
    const key = row.proofImageKey!;
    const onDisk = readFileSync(path.join(storeDir, key.slice(0, 2), key));
    expect(onDisk.subarray(1, 4).toString('latin1')).not.toBe('PNG');
    expect(onDisk.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
    await expect(sharp(onDisk).metadata()).rejects.toThrow();
    const image = (await readIdentityImage(key))!;
    expect((await sharp(image).metadata()).format).toBe('jpeg');
    expect((await sharp(image).metadata()).exif).toBeUndefined();
    expect(image.includes('rahasia-bank')).toBe(false);

    const queue = await listTopUpsForReview({ actor: admins[0].actor });
    expect(queue.items.map((item) => item.id)).toContain(id);

    const results = await Promise.allSettled(
      admins.map(({ actor }) =>
        reviewManualTopUp({ actor, decision: { topUpId: id, decision: 'APPROVE' } }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused && refused.reason).toMatchObject({ messageKey: 'topUpAlreadyReviewed' });
    expect(await depositOf(outlet.id)).toEqual({ available: 250_000, held: 0 });
    expect(await depositRunningBalances(outlet.id)).toEqual([250_000]);
    expect(
      await db.auditEntry.count({ where: { targetId: id, action: 'deposit.topup.approved' } }),
    ).toBe(1);
    await expectLedgerBalanced();
  });

  it('a rejection needs a reason, credits nothing, and the owner reads it', async () => {
    const { outlet, owner } = await outletWithCashier();
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    const { id } = await manualTopUp(owner);
    await expect(
      reviewManualTopUp({
        actor: admin,
        decision: { topUpId: id, decision: 'REJECT', reason: 'no' },
      }),
    ).rejects.toMatchObject({ options: { fieldErrors: { reason: ['topUpReasonTooShort'] } } });
    const reason = 'Dana belum masuk ke rekening BNI Loket.';
    expect(
      await reviewManualTopUp({
        actor: admin,
        decision: { topUpId: id, decision: 'REJECT', reason },
      }),
    ).toEqual({ status: 'REJECTED' });
    await expect(
      reviewManualTopUp({ actor: admin, decision: { topUpId: id, decision: 'APPROVE' } }),
    ).rejects.toMatchObject({ messageKey: 'topUpAlreadyReviewed' });
    expect((await listTopUps({ actor: owner })).items[0]).toMatchObject({
      status: 'REJECTED',
      rejectionReason: reason,
    });
    expect(await depositOf(outlet.id)).toEqual({ available: 0, held: 0 });
  });

  it('refuses a bad proof or bad fields with field errors, storing nothing', async () => {
    const { outlet, owner } = await outletWithCashier();
    await expect(
      requestManualTopUp({
        actor: owner,
        fields: { amount: '10.000', bank: 'BNI', transferRef: '' },
        proofImage: Buffer.from('%PDF-1.7 not an image'),
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      options: {
        fieldErrors: {
          amount: ['topUpAmountTooSmall'],
          transferRef: ['transferRefRequired'],
          proofImage: ['imageType'],
        },
      },
    });
    expect(await db.depositTopUp.count({ where: { outletId: outlet.id } })).toBe(0);
  });

  it('shows the proof to the owner and to admins (audited), to no one else', async () => {
    const { owner, cashier } = await outletWithCashier();
    const other = await outletWithCashier();
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    const { actor: customer } = await createUser();
    const { id } = await manualTopUp(owner);
    expect((await readTopUpProof({ actor: owner, topUpId: id })).contentType).toBe('image/jpeg');
    await readTopUpProof({ actor: admin, topUpId: id, ipAddress: '203.0.113.9' });
    expect(
      await db.auditEntry.findFirst({
        where: { targetId: id, action: 'deposit.topup.proof.viewed', actorId: admin.id },
      }),
    ).toMatchObject({ ipAddress: '203.0.113.9' });
    await expect(readTopUpProof({ actor: other.owner, topUpId: id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(readTopUpProof({ actor: cashier, topUpId: id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(readTopUpProof({ actor: customer, topUpId: id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(readTopUpProof({ actor: null, topUpId: id })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('who may top up', () => {
  it('only the owner: a cashier, a customer and anonymous are refused, nothing is created', async () => {
    const { outlet, cashier } = await outletWithCashier();
    const { actor: customer } = await createUser();
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    for (const actor of [cashier, customer, admin, null]) {
      await expect(vaTopUp(actor as Actor, 100_000)).rejects.toMatchObject({
        code: actor ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      });
      await expect(manualTopUp(actor)).rejects.toMatchObject({
        code: actor ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      });
    }
    await expect(
      reviewManualTopUp({ actor: cashier, decision: { topUpId: 'x', decision: 'APPROVE' } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await db.depositTopUp.count({ where: { outletId: outlet.id } })).toBe(0);
  });
});

describe('the deposit page data', () => {
  it('overview with the low-balance warning, and a statement with its running balance', async () => {
    const { outlet, owner, cashier } = await outletWithCashier();
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    expect(await getDepositOverview({ actor: cashier })).toMatchObject({
      balance: 0,
      low: true,
      lowBalanceThreshold: 100_000,
    });
    await expect(setLowBalanceThreshold({ actor: cashier, threshold: 5 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      setLowBalanceThreshold({ actor: owner, threshold: '100.000.001' }),
    ).rejects.toMatchObject({ options: { fieldErrors: { threshold: ['thresholdTooLarge'] } } });
    await setLowBalanceThreshold({ actor: owner, threshold: '300.000' });

    const va = await vaTopUp(owner, 200_000);
    await h.payCharge(await chargeOf(va.id));
    await waitFor(async () => (await depositOf(outlet.id)).available === 200_000, 'VA credit');
    const manual = await manualTopUp(owner);
    await reviewManualTopUp({
      actor: admin,
      decision: { topUpId: manual.id, decision: 'APPROVE' },
    });

    expect(await getDepositOverview({ actor: owner })).toEqual({
      balance: 450_000,
      held: 0,
      available: 450_000,
      lowBalanceThreshold: 300_000,
      low: false,
    });
    const statement = await listDepositStatement({ actor: owner, filters: { page: 1 } });
    expect(statement.lines.map((l) => [l.kind, l.amount, l.balanceAfter, l.topUp?.method])).toEqual(
      [
        ['topUp', 250_000, 450_000, 'MANUAL'],
        ['topUp', 200_000, 200_000, 'VA'],
      ],
    );
    await expect(
      listDepositStatement({ actor: cashier, filters: { page: 1 } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await h.quiesce(topUpOrderId(va.id));
  });
});
