import type { ActionResult } from '@/lib/actions/result';

export type SubmitResult = ActionResult<{ id: string }>;

function isResult(value: unknown): value is SubmitResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  );
}

/**
 * Posts the identity form with upload progress (fetch cannot report it). Null when the
 * connection failed or the answer was not ours.
 */
export function postIdentitySubmission(
  body: FormData,
  onProgress: (fraction: number) => void,
): Promise<SubmitResult | null> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/identity/submissions');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => resolve(isResult(request.response) ? request.response : null);
    request.onerror = () => resolve(null);
    request.onabort = () => resolve(null);
    request.send(body);
  });
}
