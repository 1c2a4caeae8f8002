'use server';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { roleAction } from '@/lib/actions/safe-action';
import { decideIdentitySchema, rejectIdentitySchema } from '@/lib/domain/identity/review';
import { approveIdentity } from '@/lib/server/identity/approve-identity';
import { rejectIdentity } from '@/lib/server/identity/reject-identity';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';

// The decision e-mail goes out now rather than at the worker's next round; the queue and the
// navigation badge show the new count.
function afterDecision() {
  after(() => deliverOutbox().then(() => undefined));
  revalidatePath('/admin', 'layout');
}

export const approveIdentityAction = roleAction(
  ['ADMIN'],
  decideIdentitySchema,
  async (input, { actor, ipAddress }) => {
    const result = await approveIdentity({ actor, submissionId: input.submissionId, ipAddress });
    afterDecision();
    return result;
  },
);

export const rejectIdentityAction = roleAction(
  ['ADMIN'],
  rejectIdentitySchema,
  async (input, { actor, ipAddress }) => {
    const result = await rejectIdentity({ actor, ...input, ipAddress });
    afterDecision();
    return result;
  },
);
