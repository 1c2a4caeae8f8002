import 'server-only';
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { toLocale, type Locale } from '@/lib/domain/locale';
import type { Role } from '@/lib/domain/roles';
import { getActor } from '@/lib/auth/actor';
import { clientIp } from '@/lib/auth/client-ip';
import { log } from '@/lib/log';
import { assertRole, type Actor } from '@/lib/server/actor';
import { isAppError } from '@/lib/server/errors';
import { parseInput } from '@/lib/server/validation';
import type { ActionResult } from './result';
import { translateFailure } from './translate-error';

type Context = { ipAddress: string; requestId: string; locale: Locale };

type Handler<S extends z.ZodType, A, T> = (
  input: z.output<S>,
  context: Context & { actor: A },
) => Promise<T>;

/**
 * Every server action is built here: it finds the actor, enforces the role, parses the input
 * with the form's own schema, runs the use case and turns errors into a typed result. The
 * browser never sees an unexpected error's message, only a request id to quote.
 */
function build<S extends z.ZodType, A, T>(
  schema: S,
  resolveActor: () => Promise<A>,
  handler: Handler<S, A, T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (rawInput) => {
    const requestId = randomUUID();
    const t = await getTranslations('errors');
    let actorId: string | undefined;
    try {
      const actor = await resolveActor();
      actorId = (actor as Actor | null)?.id;
      const input = parseInput(schema, rawInput);
      const ipAddress = clientIp(await headers());
      const locale = toLocale(await getLocale());
      return { ok: true, data: await handler(input, { actor, ipAddress, requestId, locale }) };
    } catch (error) {
      if (isAppError(error)) {
        log('info', 'action refused', {
          requestId,
          actorId,
          code: error.code,
          reason: error.message,
        });
        return translateFailure(error);
      }
      log('error', 'action failed', { requestId, actorId, error });
      return { ok: false, code: 'INTERNAL', message: t('unexpected', { requestId }) };
    }
  };
}

/** An action anyone may call (log-in pages, registration). */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: Handler<S, Actor | null, T>,
) {
  return build(schema, getActor, handler);
}

/** An action only the given roles may call; the check runs on the server for every call. */
export function roleAction<S extends z.ZodType, T>(
  roles: readonly Role[],
  schema: S,
  handler: Handler<S, Actor, T>,
) {
  return build(schema, async () => assertRole(await getActor(), roles), handler);
}
