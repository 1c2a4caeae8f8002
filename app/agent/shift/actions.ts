'use server';
import { z } from 'zod';
import { roleAction } from '@/lib/actions/safe-action';
import { closeShiftSchema } from '@/lib/domain/counter';
import { closeShift } from '@/lib/server/shifts/close-shift';

export const closeShiftAction = roleAction(
  ['AGENT'],
  closeShiftSchema.extend({ shiftId: z.string().min(1).max(64) }),
  (input, { actor, ipAddress }) => closeShift({ actor, ipAddress, ...input }),
);
