import type { z } from 'zod';
import { readBody, sendJson, type Route } from './http';

type FaultStore<Request> = {
  add(request: Request): { id: string };
  list(): readonly unknown[];
  clear(): unknown;
};

/** The control API every sandbox part offers for its fault switches: add, list, clear. */
export function faultRoutes<S extends z.ZodType>(
  path: string,
  schema: S,
  faults: FaultStore<z.output<S>>,
): Route[] {
  return [
    {
      method: 'POST',
      path,
      async handler(request, response) {
        let json: unknown;
        try {
          json = JSON.parse((await readBody(request)) ?? '');
        } catch {
          return sendJson(response, 400, { error: 'invalid_json' });
        }
        const parsed = schema.safeParse(json);
        if (!parsed.success) {
          const issues = parsed.error.issues.map(
            (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
          );
          return sendJson(response, 400, { error: 'invalid_fault', issues });
        }
        sendJson(response, 201, { id: faults.add(parsed.data).id });
      },
    },
    {
      method: 'GET',
      path,
      handler: (_request, response) => sendJson(response, 200, { faults: faults.list() }),
    },
    {
      method: 'DELETE',
      path,
      handler(_request, response) {
        const cleared = faults.list().length;
        faults.clear();
        sendJson(response, 200, { cleared });
      },
    },
  ];
}
