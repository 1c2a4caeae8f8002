import { randomUUID } from 'node:crypto';
import { getActor } from '@/lib/auth/actor';
import { IDENTITY_IMAGE_MAX_BYTES } from '@/lib/domain/identity/submission';
import { errorResponse } from '@/lib/http/error-response';
import {
  formFileBytes,
  formText,
  fromOurOrigin,
  readMultipartForm,
} from '@/lib/http/multipart-upload';
import { assertRole, type Actor } from '@/lib/server/actor';
import { requestManualTopUp } from '@/lib/server/deposits/request-manual-top-up';
import { AppError } from '@/lib/server/errors';

// A manual transfer's proof image (up to 5 MB) is more than a server action's body may carry,
// so the form posts multipart data here. Only a signed-in agent's body is read, and only up to
// this size; the use case checks the outlet role, every field and the image again.
const MAX_BODY_BYTES = IDENTITY_IMAGE_MAX_BYTES + 64 * 1024;

export async function POST(request: Request) {
  const requestId = randomUUID();
  let actor: Actor | null = null;
  try {
    actor = await getActor();
    if (!fromOurOrigin(request)) throw new AppError('FORBIDDEN', 'forbidden');
    assertRole(actor, ['AGENT']);
    const form = await readMultipartForm(request, MAX_BODY_BYTES);
    const topUp = await requestManualTopUp({
      actor,
      fields: {
        amount: formText(form, 'amount'),
        bank: formText(form, 'bank'),
        transferRef: formText(form, 'transferRef'),
      },
      proofImage: await formFileBytes(form, 'proofImage'),
    });
    return Response.json(
      { ok: true, data: topUp },
      { status: 201, headers: { 'Cache-Control': 'private, no-store' } },
    );
  } catch (error) {
    return errorResponse(error, { requestId, actorId: actor?.id });
  }
}
