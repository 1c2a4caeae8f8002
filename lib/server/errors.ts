import 'server-only';
import type messages from '@/messages/id';

export type ErrorMessageKey = keyof (typeof messages)['errors'];

/**
 * A field error: a key of the `validation` namespace, or a full catalogue key with parameters
 * (for messages such as "this utility's numbers have {length} digits").
 */
export type FieldErrorMessage = string | { key: string; params?: Record<string, string | number> };

export type AppErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'LOCKED'
  | 'UNAVAILABLE';

/**
 * An error meant for the user: `messageKey` names a message in the `errors` catalogue namespace.
 * `internal` is for logs only. Anything that is not an AppError is answered generically.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: ErrorMessageKey,
    readonly options: {
      params?: Record<string, string | number>;
      fieldErrors?: Record<string, FieldErrorMessage[]>;
      internal?: string;
    } = {},
  ) {
    super(options.internal ?? `${code}: ${messageKey}`);
    this.name = 'AppError';
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
