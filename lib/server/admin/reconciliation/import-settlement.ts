import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import {
  countOutcomes,
  importSettlementSchema,
  matchSettlement,
  parseSettlement,
  SETTLEMENT_FILE_MAX_BYTES,
  type SettlementProblem,
} from '@/lib/domain/reconciliation';
import { billerSettlement } from '@/lib/integrations/biller-switch';
import { gatewaySettlement } from '@/lib/integrations/payment-gateway';
import type { SettlementFeed } from '@/lib/integrations/settlement-feed';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { AppError } from '../../errors';
import { isUniqueViolation } from '../../prisma-errors';
import { parseInput } from '../../validation';
import { ourSettlement } from './our-settlement';

const FILE_NAME_MAX = 200;

function fileProblem(problem: SettlementProblem): AppError {
  switch (problem.kind) {
    case 'empty':
      return new AppError('VALIDATION', 'settlementFileEmpty');
    case 'tooManyRows':
      return new AppError('VALIDATION', 'settlementFileTooManyRows', {
        params: { max: problem.max },
      });
    case 'header':
      return new AppError('VALIDATION', 'settlementFileHeader', {
        params: { column: problem.column },
      });
    case 'row':
      return new AppError('VALIDATION', 'settlementFileRow', {
        params: { line: problem.line, column: problem.column },
      });
    case 'duplicate':
      return new AppError('VALIDATION', 'settlementFileDuplicate', {
        params: { line: problem.line, reference: problem.reference },
      });
  }
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('VALIDATION', 'settlementFileNotText');
  }
}

/**
 * Imports a provider's settlement file for one WIB day, uploaded or fetched from the provider,
 * and matches it against what Loket recorded for that day. The run, its items and the audit
 * entry are written in one DB transaction; the same file for the same day is one run, so a
 * second import answers the first. A file with one bad row changes nothing.
 */
export async function importSettlement(input: {
  /** As typed: parsed here, so a form's field errors come back. */
  source: string;
  settlementDate: string;
  actor: Actor | null;
  /** The uploaded file; without one, the file is fetched from the provider. */
  file?: { name: string; bytes: Uint8Array } | null;
  feed?: SettlementFeed;
  ipAddress?: string;
}): Promise<{ runId: string; created: boolean }> {
  const actor = assertRole(input.actor, ['ADMIN']);
  const { source, settlementDate } = parseInput(importSettlementSchema, {
    source: input.source,
    settlementDate: input.settlementDate,
  });
  let fileName: string;
  let content: string;
  if (input.file) {
    if (input.file.bytes.byteLength > SETTLEMENT_FILE_MAX_BYTES) {
      throw new AppError('VALIDATION', 'settlementFileTooLarge');
    }
    fileName = input.file.name.trim().slice(0, FILE_NAME_MAX) || `${source}-${settlementDate}.csv`;
    content = decode(input.file.bytes);
  } else {
    const feed = input.feed ?? (source === 'BILLER' ? billerSettlement() : gatewaySettlement());
    const fetched = await feed.fetchSettlement(settlementDate);
    if (fetched.kind !== 'file') {
      throw new AppError('UNAVAILABLE', 'settlementUnavailable', { internal: fetched.reason });
    }
    fileName = fetched.fileName.slice(0, FILE_NAME_MAX);
    content = fetched.content;
  }
  const parsed = parseSettlement(source, content);
  if (!parsed.ok) throw fileProblem(parsed.problem);
  const fileSha256 = createHash('sha256').update(content).digest('hex');
  const key = { source, settlementDate, fileSha256 };
  const existing = await db.reconciliationRun.findUnique({
    where: { source_settlementDate_fileSha256: key },
    select: { id: true },
  });
  if (existing) return { runId: existing.id, created: false };

  const items = matchSettlement(parsed.entries, await ourSettlement(source, settlementDate));
  const counts = countOutcomes(items);
  try {
    return await db.$transaction(async (tx) => {
      const run = await tx.reconciliationRun.create({
        data: {
          ...key,
          fileName,
          importedById: actor.id,
          matchedCount: counts.MATCHED,
          differCount: counts.AMOUNT_DIFFERS,
          onlyTheirsCount: counts.ONLY_THEIRS,
          onlyOursCount: counts.ONLY_OURS,
        },
        select: { id: true },
      });
      await tx.reconciliationItem.createMany({
        data: items.map((item) => ({
          ...item,
          runId: run.id,
          status: item.outcome === 'MATCHED' ? 'RESOLVED' : 'OPEN',
        })),
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'reconciliation.import',
        targetType: 'ReconciliationRun',
        targetId: run.id,
        ipAddress: input.ipAddress,
        before: null,
        after: { source, settlementDate, fileName, fileSha256, ...counts },
      });
      return { runId: run.id, created: true };
    });
  } catch (error) {
    // Another admin imported the same file a moment earlier: theirs is the run.
    if (!isUniqueViolation(error)) throw error;
    const run = await db.reconciliationRun.findUniqueOrThrow({
      where: { source_settlementDate_fileSha256: key },
      select: { id: true },
    });
    return { runId: run.id, created: false };
  }
}
