import { z } from 'zod';
import { IDENTITY_IMAGE_KINDS } from '@/lib/domain/identity/submission';
import { privateImageResponse } from '@/lib/http/private-image-response';
import { readSubmissionImage } from '@/lib/server/identity/read-submission-image';

const paramsSchema = z.object({
  id: z.string().regex(/^[a-z0-9]{10,40}$/),
  kind: z.enum(IDENTITY_IMAGE_KINDS),
});

// A KTP photo or selfie, for its owner and for admins (each admin view is audited).
export async function GET(
  request: Request,
  context: { params: Promise<{ id: string; kind: string }> },
) {
  return privateImageResponse(request, context.params, {
    schema: paramsSchema,
    roles: ['CUSTOMER', 'ADMIN'],
    read: ({ actor, params, ipAddress }) =>
      readSubmissionImage({ actor, submissionId: params.id, kind: params.kind, ipAddress }),
  });
}
