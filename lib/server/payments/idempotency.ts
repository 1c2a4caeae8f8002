import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { AppError } from '../errors';
import { isUniqueViolation } from '../prisma-errors';

const WAIT_STEP_MS = 50;
const WAIT_LIMIT_MS = 30_000;

const digest = (request: unknown) =>
  createHash('sha256').update(JSON.stringify(request)).digest('hex');

/**
 * Runs `work` once per key. The key is claimed by inserting its row (a unique constraint, so
 * concurrent requests on any database agree on one winner); the others wait for the winner's
 * answer and return it. The same key with a different request is refused. If the work fails,
 * the claim is released so the customer can try again with the same key.
 */
export async function withIdempotency<T>(
  key: string,
  request: unknown,
  work: () => Promise<T>,
): Promise<T> {
  const requestHash = digest(request);
  try {
    await db.idempotencyRecord.create({ data: { key, requestHash } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return awaitFirstAnswer<T>(key, requestHash);
  }
  try {
    const response = await work();
    await db.idempotencyRecord.update({
      where: { key },
      data: { response: JSON.stringify(response) },
    });
    return response;
  } catch (error) {
    await db.idempotencyRecord.delete({ where: { key } });
    throw error;
  }
}

async function awaitFirstAnswer<T>(key: string, requestHash: string): Promise<T> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  while (Date.now() < deadline) {
    const record = await db.idempotencyRecord.findUnique({ where: { key } });
    if (!record) throw new AppError('CONFLICT', 'requestInProgress');
    if (record.requestHash !== requestHash) throw new AppError('CONFLICT', 'idempotencyKeyReused');
    if (record.response !== null) return JSON.parse(record.response) as T;
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
  throw new AppError('CONFLICT', 'requestInProgress');
}
