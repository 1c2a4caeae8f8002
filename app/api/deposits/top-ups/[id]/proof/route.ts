import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { getActor } from '@/lib/auth/actor';
import { clientIp } from '@/lib/auth/client-ip';
import { errorResponse } from '@/lib/http/error-response';
import { assertRole, type Actor } from '@/lib/server/actor';
import { readTopUpProof } from '@/lib/server/deposits/read-top-up-proof';
import { AppError } from '@/lib/server/errors';

const paramsSchema = z.object({ id: z.string().regex(/^[a-z0-9]{10,40}$/) });

// The proof image of a manual top-up, for the outlet's owner and for admins (each admin view is
// audited). Never cached, never sniffed into anything but the JPEG it is.
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const requestId = randomUUID();
  let actor: Actor | null = null;
  try {
    actor = await getActor();
    const params = paramsSchema.safeParse(await context.params);
    if (!params.success) {
      // A malformed id is answered like an unknown one, after the same role check.
      assertRole(actor, ['AGENT', 'ADMIN']);
      throw new AppError('NOT_FOUND', 'identityImageNotFound');
    }
    const image = await readTopUpProof({
      actor,
      topUpId: params.data.id,
      ipAddress: clientIp(request.headers),
    });
    return new Response(new Uint8Array(image.bytes), {
      headers: {
        'Content-Type': image.contentType,
        'Content-Length': String(image.bytes.length),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
        'Content-Disposition': 'inline',
      },
    });
  } catch (error) {
    return errorResponse(error, { requestId, actorId: actor?.id });
  }
}
