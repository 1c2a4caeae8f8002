import 'server-only';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { getActor } from '@/lib/auth/actor';
import { clientIp } from '@/lib/auth/client-ip';
import type { Role } from '@/lib/domain/roles';
import { assertRole, type Actor } from '@/lib/server/actor';
import { AppError } from '@/lib/server/errors';
import { errorResponse, NO_STORE } from './error-response';

type PrivateImage = { bytes: Uint8Array; contentType: string };

/**
 * A stored private image (a KTP photo, a transfer proof) for a GET route: the route's params are
 * checked first, and a malformed id is answered like an unknown one, after the same role check.
 * `read` checks who may see it and audits the view. Never cached, never sniffed into anything
 * but the type it is.
 */
export async function privateImageResponse<P>(
  request: Request,
  params: Promise<unknown>,
  route: {
    schema: z.ZodType<P>;
    roles: readonly Role[];
    read: (input: { actor: Actor | null; params: P; ipAddress: string }) => Promise<PrivateImage>;
  },
): Promise<Response> {
  const requestId = randomUUID();
  let actor: Actor | null = null;
  try {
    actor = await getActor();
    const parsed = route.schema.safeParse(await params);
    if (!parsed.success) {
      assertRole(actor, route.roles);
      throw new AppError('NOT_FOUND', 'identityImageNotFound');
    }
    const image = await route.read({
      actor,
      params: parsed.data,
      ipAddress: clientIp(request.headers),
    });
    return new Response(new Uint8Array(image.bytes), {
      headers: {
        'Content-Type': image.contentType,
        'Content-Length': String(image.bytes.length),
        ...NO_STORE,
        'X-Content-Type-Options': 'nosniff',
        'Content-Disposition': 'inline',
      },
    });
  } catch (error) {
    return errorResponse(error, { requestId, actorId: actor?.id });
  }
}
