import { randomUUID } from 'node:crypto';
import { getActor } from '@/lib/auth/actor';
import { clientIp } from '@/lib/auth/client-ip';
import { SETTLEMENT_FILE_MAX_BYTES } from '@/lib/domain/reconciliation';
import { errorResponse } from '@/lib/http/error-response';
import { formText, fromOurOrigin, readMultipartForm } from '@/lib/http/multipart-upload';
import { assertRole, type Actor } from '@/lib/server/actor';
import { importSettlement } from '@/lib/server/admin/reconciliation/import-settlement';
import { AppError, isAppError } from '@/lib/server/errors';

// A day's settlement file can be a few MB, more than a server action's body may carry, so the
// import form posts multipart data here: the provider, the day, and either the file or a request
// to fetch it from the provider. Only an admin's body is read, and only up to this size.
const MAX_BODY_BYTES = SETTLEMENT_FILE_MAX_BYTES + 64 * 1024;

async function readForm(request: Request): Promise<FormData> {
  try {
    return await readMultipartForm(request, MAX_BODY_BYTES);
  } catch (error) {
    // The shared reader names the identity upload in its errors: say it of the settlement file.
    if (isAppError(error) && error.messageKey === 'identityUploadTooLarge') {
      throw new AppError('VALIDATION', 'settlementFileTooLarge');
    }
    if (isAppError(error) && error.messageKey === 'identityUploadInvalid') {
      throw new AppError('VALIDATION', 'settlementFileMissing');
    }
    throw error;
  }
}

export async function POST(request: Request) {
  const requestId = randomUUID();
  let actor: Actor | null = null;
  try {
    actor = await getActor();
    if (!fromOurOrigin(request)) throw new AppError('FORBIDDEN', 'forbidden');
    assertRole(actor, ['ADMIN']);
    const form = await readForm(request);
    const upload = form.get('file');
    const file =
      formText(form, 'mode') === 'upload'
        ? upload instanceof File && upload.size > 0
          ? { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) }
          : null
        : undefined;
    if (file === null) throw new AppError('VALIDATION', 'settlementFileMissing');
    const result = await importSettlement({
      actor,
      source: formText(form, 'source') ?? '',
      settlementDate: formText(form, 'settlementDate') ?? '',
      file,
      ipAddress: clientIp(request.headers),
    });
    return Response.json(
      { ok: true, data: result },
      { status: result.created ? 201 : 200, headers: { 'Cache-Control': 'private, no-store' } },
    );
  } catch (error) {
    return errorResponse(error, { requestId, actorId: actor?.id });
  }
}
