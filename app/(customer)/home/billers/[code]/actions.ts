'use server';
import { z } from 'zod';
import { roleAction } from '@/lib/actions/safe-action';
import { createInquiry } from '@/lib/server/inquiries/create-inquiry';

export const createInquiryAction = roleAction(
  ['CUSTOMER'],
  z.object({ billerCode: z.string().min(1).max(40), customerNo: z.string().max(40) }),
  (input, { actor, locale }) => createInquiry({ actor, locale, ...input }),
);
