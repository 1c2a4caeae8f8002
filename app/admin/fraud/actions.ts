'use server';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { roleAction } from '@/lib/actions/safe-action';
import {
  blockReferenceSchema,
  rejectHoldSchema,
  releaseHoldSchema,
  unblockReferenceSchema,
  updateFraudRuleSchema,
} from '@/lib/domain/fraud-rules';
import { blockReference, unblockReference } from '@/lib/server/admin/fraud/blocklist';
import { updateFraudRule } from '@/lib/server/admin/fraud/fraud-rules';
import { rejectHold } from '@/lib/server/admin/fraud/reject-hold';
import { releaseHold } from '@/lib/server/admin/fraud/release-hold';
import { sendRefunds } from '@/lib/server/jobs/send-refunds';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';

const refresh = () => revalidatePath('/admin/fraud');

export const updateFraudRuleAction = roleAction(
  ['ADMIN'],
  updateFraudRuleSchema,
  async (input, { actor, ipAddress }) => {
    const rule = await updateFraudRule({ actor, ...input, ipAddress });
    refresh();
    return { version: rule.version };
  },
);

export const blockReferenceAction = roleAction(
  ['ADMIN'],
  blockReferenceSchema,
  async (input, { actor, ipAddress }) => {
    const result = await blockReference({ actor, ...input, ipAddress });
    refresh();
    return result;
  },
);

export const unblockReferenceAction = roleAction(
  ['ADMIN'],
  unblockReferenceSchema,
  async (input, { actor, ipAddress }) => {
    await unblockReference({ actor, ...input, ipAddress });
    refresh();
    return null;
  },
);

export const releaseHoldAction = roleAction(
  ['ADMIN'],
  releaseHoldSchema,
  async (input, { actor, ipAddress }) => {
    const result = await releaseHold({ actor, ...input, ipAddress });
    after(() => deliverOutbox());
    refresh();
    return result;
  },
);

export const rejectHoldAction = roleAction(
  ['ADMIN'],
  rejectHoldSchema,
  async (input, { actor, ipAddress }) => {
    const result = await rejectHold({ actor, ...input, ipAddress });
    // The refund goes to the gateway now rather than at the worker's next round.
    after(async () => {
      await sendRefunds();
      await deliverOutbox();
    });
    refresh();
    return result;
  },
);
