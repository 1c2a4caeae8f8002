import 'server-only';

/** A posting would take an account guarded by `forbidNegative` below zero on its normal side. */
export class InsufficientBalanceError extends Error {
  override name = 'InsufficientBalanceError';
  constructor(
    readonly accountCode: string,
    readonly amount: number,
  ) {
    super(`Ledger account ${accountCode} cannot cover ${amount}`);
  }
}

/** An idempotency key that was already used for a different posting. */
export class IdempotencyConflictError extends Error {
  override name = 'IdempotencyConflictError';
  constructor(readonly idempotencyKey: string) {
    super(`Ledger idempotency key ${idempotencyKey} was already used for a different posting`);
  }
}
