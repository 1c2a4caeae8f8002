import 'server-only';
import { env } from '@/lib/env';
import { AppError } from '@/lib/server/errors';

// Uploads too large for a server action's body (photos up to 5 MB) are posted as multipart
// data to route handlers, which read them with these.

/** Browsers send Origin with every POST: a form on another site cannot submit here. */
export function fromOurOrigin(request: Request): boolean {
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

/** The multipart form of the request, read up to `limit` bytes. */
export async function readMultipartForm(request: Request, limit: number): Promise<FormData> {
  const body = await readBody(request, limit);
  if (!body) throw new AppError('VALIDATION', 'identityUploadTooLarge');
  try {
    return await new Response(body, {
      headers: { 'Content-Type': request.headers.get('content-type') ?? '' },
    }).formData();
  } catch {
    throw new AppError('VALIDATION', 'identityUploadInvalid');
  }
}

/** The named file's bytes, or null when the form has no file under that name. */
export async function formFileBytes(form: FormData, name: string): Promise<Uint8Array | null> {
  const value = form.get(name);
  return value instanceof Blob ? new Uint8Array(await value.arrayBuffer()) : null;
}

/** The named text field, or undefined. */
export function formText(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
}
