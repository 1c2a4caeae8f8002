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
import { AppError } from '@/lib/server/errors';
import { submitIdentity } from '@/lib/server/identity/submit-identity';

// Two photos of up to 5 MB each are more than a server action's body may carry, so the identity
// form posts multipart data here. Only a signed-in customer's body is read, and only up to this
// size; the use case checks every field and both photos again.
const MAX_BODY_BYTES = 2 * IDENTITY_IMAGE_MAX_BYTES + 256 * 1024;
const TEXT_FIELDS = ['nik', 'fullName', 'birthPlace', 'birthDate', 'sex', 'address'] as const;

export async function POST(request: Request) {
  const requestId = randomUUID();
  let actor: Actor | null = null;
  try {
    actor = await getActor();
    if (!fromOurOrigin(request)) throw new AppError('FORBIDDEN', 'forbidden');
    assertRole(actor, ['CUSTOMER']);
    const form = await readMultipartForm(request, MAX_BODY_BYTES);
    const fields = Object.fromEntries(TEXT_FIELDS.map((name) => [name, formText(form, name)]));
    const submission = await submitIdentity({
      actor,
      fields,
      ktpImage: await formFileBytes(form, 'ktpImage'),
      selfieImage: await formFileBytes(form, 'selfieImage'),
    });
    return Response.json(
      { ok: true, data: submission },
      { status: 201, headers: { 'Cache-Control': 'private, no-store' } },
    );
  } catch (error) {
    return errorResponse(error, { requestId, actorId: actor?.id });
  }
}
