import { z } from 'zod';
import { privateImageResponse } from '@/lib/http/private-image-response';
import { readTopUpProof } from '@/lib/server/deposits/read-top-up-proof';

const paramsSchema = z.object({ id: z.string().regex(/^[a-z0-9]{10,40}$/) });

// The proof image of a manual top-up, for the outlet's owner and for admins (each admin view is
// audited).
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  return privateImageResponse(request, context.params, {
    schema: paramsSchema,
    roles: ['AGENT', 'ADMIN'],
    read: ({ actor, params, ipAddress }) =>
      readTopUpProof({ actor, topUpId: params.id, ipAddress }),
  });
}
