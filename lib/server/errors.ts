import 'server-only';
import type messages from '@/messages/id';

export type ErrorMessageKey = keyof (typeof messages)['errors'];

export type AppErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'LOCKED';

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
      fieldErrors?: Record<string, string[]>;
      internal?: string;
    } = {},
  ) {
    super(options.internal ?? `${code}: ${messageKey}`);
    this.name = 'AppError';
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
