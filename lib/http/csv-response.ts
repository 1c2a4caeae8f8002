import 'server-only';
import { log } from '@/lib/log';
import { NO_STORE, type ErrorStatuses } from './error-response';

/**
 * What a CSV download answers when refused: a bad filter is a plain 400; any other refusal the
 * export did not expect is a 500 like an unexpected error.
 */
export const CSV_EXPORT_STATUSES: ErrorStatuses = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  VALIDATION: 400,
};

/**
 * A CSV file as a download, never cached nor sniffed. The body is the whole file (the export
 * has put the byte order mark first), or its chunks as a generator, which is streamed: the
 * headers are sent before the last row is read, so an error midway breaks the download, and a
 * partial file is never taken for a whole one.
 */
export function csvResponse(
  filename: string,
  body: string | AsyncGenerator<string>,
  context: { requestId: string; actorId?: string },
): Response {
  return new Response(typeof body === 'string' ? body : csvStream(body, context), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'X-Content-Type-Options': 'nosniff',
      ...NO_STORE,
    },
  });
}

function csvStream(
  chunks: AsyncGenerator<string>,
  context: { requestId: string; actorId?: string },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        log('error', 'CSV export failed midway', { ...context, error });
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
