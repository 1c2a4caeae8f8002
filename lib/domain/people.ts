import { z } from 'zod';
import { emailSchema } from './account';
import { LOCALES } from './locale';
import { ROLES, type Role } from './roles';

// Admin forms about people: staff accounts, outlets and role changes. Messages are keys of the
// `validation` namespace.

export const STAFF_ROLES = ['AGENT', 'ADMIN'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

const nameSchema = z.string().trim().min(2, 'nameTooShort').max(100, 'nameTooLong');

/** A staff account: no password is typed; the person sets one through the e-mailed link. */
export const createStaffSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  role: z.enum(STAFF_ROLES, 'roleRequired'),
  locale: z.enum(LOCALES).default('id'),
});
export type CreateStaffInput = z.input<typeof createStaffSchema>;
export type CreateStaffOutput = z.output<typeof createStaffSchema>;

export const createOutletSchema = z.object({
  name: z.string().trim().min(2, 'outletNameTooShort').max(100, 'outletNameTooLong'),
  address: z.string().trim().min(5, 'outletAddressTooShort').max(300, 'addressTooLong'),
  ownerId: z.string().trim().min(1, 'ownerRequired').max(64, 'ownerRequired'),
});
export type CreateOutletInput = z.input<typeof createOutletSchema>;
export type CreateOutletOutput = z.output<typeof createOutletSchema>;

/** `from` is the role the admin saw: the change applies only if it is still the role. */
export const changeRoleSchema = z.object({
  userId: z.string().min(1).max(64),
  from: z.enum(ROLES),
  to: z.enum(ROLES),
});
export type ChangeRoleInput = z.input<typeof changeRoleSchema>;

export type RoleChangeRefusal = 'sameRole' | 'cannotChangeOwnRole' | 'memberMustStayAgent';

/**
 * Why a role change may not happen, or null when it may. An admin never changes their own role
 * (so at least one admin always remains); an outlet member stays an agent while a member.
 */
export function roleChangeRefusal(input: {
  actorId: string;
  userId: string;
  from: Role;
  to: Role;
  outletMember: boolean;
}): RoleChangeRefusal | null {
  if (input.from === input.to) return 'sameRole';
  if (input.actorId === input.userId) return 'cannotChangeOwnRole';
  if (input.outletMember && input.from === 'AGENT') return 'memberMustStayAgent';
  return null;
}
