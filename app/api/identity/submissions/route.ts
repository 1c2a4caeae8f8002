import { randomUUID } from 'node:crypto';
import { getActor } from '@/lib/auth/actor';
import { IDENTITY_IMAGE_MAX_BYTES } from '@/lib/domain/identity/submission';
import { env } from '@/lib/env';
import { assertRole, type Actor } from '@/lib/server/actor';
import { AppError } from '@/lib/server/errors';
import { submitIdentity } from '@/lib/server/identity/submit-identity';
import { errorResponse } from '../error-response';

// Two photos of up to 5 MB each are more than a server action's body may carry, so the identity
// form posts multipart data here. Only a signed-in customer's body is read, and only up to this
// size; the use case checks every field and both photos again.
const MAX_BODY_BYTES = 2 * IDENTITY_IMAGE_MAX_BYTES + 256 * 1024;
const TEXT_FIELDS = ['nik', 'fullName', 'birthPlace', 'birthDate', 'sex', 'address'] as const;

/** Browsers send Origin with every POST: a form on another site cannot submit here. */
function fromOurOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = (request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? '')
    .split(',')[0]
    ?.trim();
  try {
    const { host: originHost } = new URL(origin);
    return originHost === host || originHost === new URL(env.APP_URL).host;
  } catch {
    return false;
  }
}

/** The body, or null as soon as it passes `limit` bytes (whatever Content-Length claimed). */
async function readBody(request: Request, limit: number): Promise<Buffer<ArrayBuffer> | null> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) return null;
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

async function readForm(request: Request): Promise<FormData> {
  const body = await readBody(request, MAX_BODY_BYTES);
  if (!body) throw new AppError('VALIDATION', 'identityUploadTooLarge');
  try {
    return await new Response(body, {
      headers: { 'Content-Type': request.headers.get('content-type') ?? '' },
    }).formData();
  } catch {
    throw new AppError('VALIDATION', 'identityUploadInvalid');
  }
}

async function fileBytes(form: FormData, name: string): Promise<Uint8Array | null> {
  const value = form.get(name);
  return value instanceof Blob ? new Uint8Array(await value.arrayBuffer()) : null;
}

export async function POST(request: Request) {
  const requestId = randomUUID();
  let actor: Actor | null = null;
  try {
    actor = await getActor();
    if (!fromOurOrigin(request)) throw new AppError('FORBIDDEN', 'forbidden');
    assertRole(actor, ['CUSTOMER']);
    const form = await readForm(request);
    const fields = Object.fromEntries(
      TEXT_FIELDS.map((name) => {
        const value = form.get(name);
        return [name, typeof value === 'string' ? value : undefined];
      }),
    );
    const submission = await submitIdentity({
      actor,
      fields,
      ktpImage: await fileBytes(form, 'ktpImage'),
      selfieImage: await fileBytes(form, 'selfieImage'),
    });
    return Response.json(
      { ok: true, data: submission },
      { status: 201, headers: { 'Cache-Control': 'private, no-store' } },
    );
  } catch (error) {
    return errorResponse(error, { requestId, actorId: actor?.id });
  }
}
