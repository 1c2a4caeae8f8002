import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { profileSchema } from '@/lib/domain/profile';
import { authenticate } from '@/lib/server/accounts/authenticate';
import { CHANGE_PASSWORD_LIMIT, changePassword } from '@/lib/server/accounts/change-password';
import { getAccountProfile } from '@/lib/server/accounts/get-account-profile';
import { loadActor } from '@/lib/server/accounts/load-actor';
import { updateProfile } from '@/lib/server/accounts/update-profile';
import { parseInput } from '@/lib/server/validation';
import { createUser, TEST_PASSWORD } from '../support/factories';

const NEW_PASSWORD = 'sepeda tua di sawah';
let ipCounter = 0;
const logIn = (email: string, password: string) =>
  authenticate({ credentials: { email, password }, ipAddress: `203.0.113.${++ipCounter}` });

const stateOf = (id: string) =>
  db.user.findUniqueOrThrow({
    where: { id },
    select: { passwordHash: true, sessionVersion: true, name: true, phone: true, locale: true },
  });

describe('change password', () => {
  it.each(['CUSTOMER', 'AGENT', 'ADMIN'] as const)(
    'a %s changes it: other sessions end, the old password stops working, a notice is queued',
    async (role) => {
      const { user, actor } = await createUser({ role });
      const result = await changePassword({
        actor,
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(result).toEqual({ sessionVersion: user.sessionVersion + 1 });
      expect(await loadActor({ userId: user.id, sessionVersion: user.sessionVersion })).toBeNull();
      expect(
        await loadActor({ userId: user.id, sessionVersion: result.sessionVersion }),
      ).toMatchObject({ id: user.id });
      expect(await logIn(user.email, TEST_PASSWORD)).toEqual({ ok: false, reason: 'INVALID' });
      expect(await logIn(user.email, NEW_PASSWORD)).toMatchObject({ ok: true });
      const notice = await db.outboxMessage.findFirstOrThrow({
        where: { recipient: user.email, template: 'password-changed' },
      });
      expect(notice.payload).not.toContain(NEW_PASSWORD);
    },
  );

  it('refuses a wrong current password and changes nothing', async () => {
    const { user, actor } = await createUser();
    const before = await stateOf(user.id);
    await expect(
      changePassword({ actor, currentPassword: 'bukan kata sandinya', newPassword: NEW_PASSWORD }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      options: { fieldErrors: { currentPassword: ['currentPasswordWrong'] } },
    });
    expect(await stateOf(user.id)).toEqual(before);
    expect(await db.outboxMessage.count({ where: { recipient: user.email } })).toBe(0);
  });

  it('stops guessing after a few wrong attempts, even with the right password', async () => {
    const { user, actor } = await createUser();
    for (let i = 0; i < CHANGE_PASSWORD_LIMIT.limit; i++) {
      await expect(
        changePassword({ actor, currentPassword: `tebakan salah ${i}`, newPassword: NEW_PASSWORD }),
      ).rejects.toMatchObject({ code: 'VALIDATION' });
    }
    await expect(
      changePassword({ actor, currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED', messageKey: 'tooManyPasswordAttempts' });
    expect((await stateOf(user.id)).sessionVersion).toBe(user.sessionVersion);
  });

  it('refuses the same password and a common one', async () => {
    const { user, actor } = await createUser();
    const before = await stateOf(user.id);
    await expect(
      changePassword({ actor, currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }),
    ).rejects.toMatchObject({
      options: { fieldErrors: { newPassword: ['passwordSameAsCurrent'] } },
    });
    await expect(
      changePassword({ actor, currentPassword: TEST_PASSWORD, newPassword: 'Bismillah123' }),
    ).rejects.toMatchObject({ options: { fieldErrors: { newPassword: ['passwordTooCommon'] } } });
    expect(await stateOf(user.id)).toEqual(before);
  });

  it('needs a signed-in person', async () => {
    await expect(
      changePassword({ actor: null, currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('profile', () => {
  it('saves a name, a normalised mobile number and a language', async () => {
    const { user, actor } = await createUser({ role: 'AGENT' });
    const profile = parseInput(profileSchema, {
      name: ' Agus Wijaya ',
      phone: '0812 3456 7890',
      locale: 'en',
    });
    await updateProfile({ actor, profile });
    expect(await getAccountProfile({ actor })).toEqual({
      name: 'Agus Wijaya',
      email: user.email,
      phone: '+6281234567890',
      locale: 'en',
    });

    await updateProfile({ actor, profile: parseInput(profileSchema, { ...profile, phone: '' }) });
    expect((await getAccountProfile({ actor })).phone).toBeNull();
  });

  it('refuses a bad mobile number or name with field errors, and changes nothing', async () => {
    const { user } = await createUser();
    const before = await stateOf(user.id);
    for (const [input, fieldErrors] of [
      [{ name: 'Siti', phone: '0221234567', locale: 'id' }, { phone: ['phoneInvalid'] }],
      [{ name: 'S', phone: '', locale: 'id' }, { name: ['nameTooShort'] }],
      [{ name: 'Siti', phone: '', locale: 'fr' }, { locale: ['invalid'] }],
    ] as const) {
      expect(() => parseInput(profileSchema, input)).toThrow(
        expect.objectContaining({ code: 'VALIDATION', options: { fieldErrors } }),
      );
    }
    expect(await stateOf(user.id)).toEqual(before);
  });

  it('needs a signed-in person', async () => {
    await expect(
      updateProfile({ actor: null, profile: { name: 'Siti', phone: null, locale: 'id' } }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
