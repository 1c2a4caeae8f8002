import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { countUnreadNotifications } from '@/lib/server/notifications/count-unread';
import {
  listNotifications,
  NOTIFICATIONS_PAGE_SIZE,
} from '@/lib/server/notifications/list-notifications';
import { markNotificationsRead } from '@/lib/server/notifications/mark-notifications-read';
import { notify } from '@/lib/server/notifications/notify';
import { createUser } from '../support/factories';

const rejected = (userId: string, key: string, reason = 'Foto KTP buram sekali.') =>
  db.$transaction((tx) =>
    notify(tx, {
      userId,
      kind: 'IDENTITY_REJECTED',
      params: { reason },
      href: '/home/identity',
      dedupeKey: key,
    }),
  );

describe('notify', () => {
  it('adds one notice per event: the same key again adds nothing', async () => {
    const { user } = await createUser();
    const key = `test:${user.id}:1`;
    await expect(rejected(user.id, key)).resolves.toBe(true);
    await expect(rejected(user.id, key, 'Alasan lain yang berbeda.')).resolves.toBe(false);
    const rows = await db.notification.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.params)).toEqual({ reason: 'Foto KTP buram sekali.' });
  });

  it('raced twice at once, still one notice', async () => {
    const { user } = await createUser();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => rejected(user.id, `test:${user.id}:race`)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(1);
  });

  it('rolls back with the change it tells about', async () => {
    const { user } = await createUser();
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, {
          userId: user.id,
          kind: 'IDENTITY_APPROVED',
          params: {},
          href: '/home',
          dedupeKey: `test:${user.id}:rollback`,
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(0);
  });

  it('refuses parameters the kind does not take, and links outside the app', async () => {
    const { user } = await createUser();
    await expect(
      db.$transaction((tx) =>
        notify(tx, {
          userId: user.id,
          kind: 'IDENTITY_REJECTED',
          params: {} as { reason: string },
          href: null,
          dedupeKey: `test:${user.id}:bad`,
        }),
      ),
    ).rejects.toThrow();
    for (const href of ['https://evil.example/', '//evil.example/x']) {
      await expect(
        db.$transaction((tx) =>
          notify(tx, {
            userId: user.id,
            kind: 'IDENTITY_APPROVED',
            params: {},
            href,
            dedupeKey: `test:${user.id}:${href}`,
          }),
        ),
      ).rejects.toThrow();
    }
  });
});

describe("a customer's notices", () => {
  it('lists only their own, newest first, a page at a time', async () => {
    const { user, actor } = await createUser();
    const { user: other, actor: otherActor } = await createUser();
    const total = NOTIFICATIONS_PAGE_SIZE + 3;
    for (let i = 0; i < total; i++) {
      await rejected(user.id, `test:${user.id}:${i}`, `Alasan ke-${i}.`);
      // Distinct times, so "newest first" has one right answer to check.
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await rejected(other.id, `test:${other.id}:0`);

    const first = await listNotifications({ actor });
    expect(first.items).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    expect(first.items[0]).toMatchObject({
      kind: 'IDENTITY_REJECTED',
      params: { reason: `Alasan ke-${total - 1}.` },
      href: '/home/identity',
      read: false,
    });
    expect(first.nextCursor).not.toBeNull();
    const second = await listNotifications({ actor, cursor: first.nextCursor! });
    expect(second.items.map((item) => item.params)).toEqual([
      { reason: 'Alasan ke-2.' },
      { reason: 'Alasan ke-1.' },
      { reason: 'Alasan ke-0.' },
    ]);
    expect(second.nextCursor).toBeNull();

    // Another customer's notice as a cursor starts from the top, showing nothing of theirs.
    const foreign = await db.notification.findFirstOrThrow({ where: { userId: other.id } });
    const fromTop = await listNotifications({ actor, cursor: foreign.id });
    expect(fromTop.items[0]?.id).toBe(first.items[0]?.id);
    expect((await listNotifications({ actor: otherActor })).items).toHaveLength(1);
  });

  it('marks one or all of their own read; another customer’s ids change nothing', async () => {
    const { user, actor } = await createUser();
    const { user: other, actor: otherActor } = await createUser();
    for (let i = 0; i < 3; i++) await rejected(user.id, `test:${user.id}:read:${i}`);
    await rejected(other.id, `test:${other.id}:read`);
    const [foreign] = await db.notification.findMany({ where: { userId: other.id } });
    const own = await db.notification.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(await countUnreadNotifications({ actor })).toBe(3);

    await expect(markNotificationsRead({ actor, ids: [foreign!.id] })).resolves.toBe(0);
    expect(await countUnreadNotifications({ actor: otherActor })).toBe(1);
    expect(
      (await db.notification.findUniqueOrThrow({ where: { id: foreign!.id } })).readAt,
    ).toBeNull();

    await expect(markNotificationsRead({ actor, ids: [own[0]!.id, foreign!.id] })).resolves.toBe(1);
    expect(await countUnreadNotifications({ actor })).toBe(2);
    const listed = await listNotifications({ actor });
    expect(listed.items.find((item) => item.id === own[0]!.id)?.read).toBe(true);

    await expect(markNotificationsRead({ actor, all: true })).resolves.toBe(2);
    expect(await countUnreadNotifications({ actor })).toBe(0);
    expect(await countUnreadNotifications({ actor: otherActor })).toBe(1);
  });

  it('is for signed-in customers only', async () => {
    const { actor: agent } = await createUser({ role: 'AGENT' });
    await expect(listNotifications({ actor: null })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(countUnreadNotifications({ actor: agent })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(markNotificationsRead({ actor: null, all: true })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});
