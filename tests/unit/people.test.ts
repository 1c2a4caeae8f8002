import { describe, expect, it } from 'vitest';
import { changeRoleSchema, createStaffSchema, roleChangeRefusal } from '@/lib/domain/people';

const base = { actorId: 'admin', userId: 'user', outletMember: false } as const;

describe('role change rules', () => {
  it('allows moving between customer, agent and admin', () => {
    expect(roleChangeRefusal({ ...base, from: 'CUSTOMER', to: 'AGENT' })).toBeNull();
    expect(roleChangeRefusal({ ...base, from: 'AGENT', to: 'ADMIN' })).toBeNull();
    expect(roleChangeRefusal({ ...base, from: 'ADMIN', to: 'CUSTOMER' })).toBeNull();
  });

  it('refuses the same role, one’s own role, and an outlet member leaving agent', () => {
    expect(roleChangeRefusal({ ...base, from: 'AGENT', to: 'AGENT' })).toBe('sameRole');
    expect(roleChangeRefusal({ ...base, userId: 'admin', from: 'ADMIN', to: 'AGENT' })).toBe(
      'cannotChangeOwnRole',
    );
    expect(roleChangeRefusal({ ...base, outletMember: true, from: 'AGENT', to: 'CUSTOMER' })).toBe(
      'memberMustStayAgent',
    );
  });
});

describe('people forms', () => {
  it('only creates agents and admins, with a normalized e-mail', () => {
    expect(
      createStaffSchema.parse({ name: 'Bima', email: ' Bima@Contoh.ID ', role: 'ADMIN' }),
    ).toEqual({ name: 'Bima', email: 'bima@contoh.id', role: 'ADMIN', locale: 'id' });
    const customer = createStaffSchema.safeParse({
      name: 'Bima',
      email: 'b@c.id',
      role: 'CUSTOMER',
    });
    expect(customer.error?.issues[0]?.message).toBe('roleRequired');
  });

  it('refuses an unknown role in a change', () => {
    expect(changeRoleSchema.safeParse({ userId: 'u', from: 'AGENT', to: 'ROOT' }).success).toBe(
      false,
    );
  });
});
