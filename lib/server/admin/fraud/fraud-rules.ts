import 'server-only';
import { db } from '@/lib/db';
import {
  FRAUD_RULE_KINDS,
  updateFraudRuleSchema,
  type FraudRuleKind,
} from '@/lib/domain/fraud-rules';
import { isUniqueViolation } from '../../prisma-errors';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { parseInput } from '../../validation';
import { staleEdit } from '../billers/stale-edit';

export type FraudRuleView = {
  kind: FraudRuleKind;
  limit: number;
  active: boolean;
  /** 0: never saved (the rule is off). */
  version: number;
  updatedAt: Date | null;
};

// What a rule starts at before an admin saves it: off, with a limit that reads sensibly.
const DEFAULT_LIMITS: Record<FraudRuleKind, number> = {
  CUSTOMER_DAILY_COUNT: 20,
  CUSTOMER_DAILY_AMOUNT: 20_000_000,
  REFERENCE_DAILY_COUNT: 3,
  CARD_DAILY_COUNT: 10,
};

/** Every rule kind, saved or not, in a fixed order. */
export async function listFraudRules(input: { actor: Actor | null }): Promise<FraudRuleView[]> {
  assertRole(input.actor, ['ADMIN']);
  const saved = new Map((await db.fraudRule.findMany()).map((rule) => [rule.kind, rule]));
  return FRAUD_RULE_KINDS.map((kind) => {
    const rule = saved.get(kind);
    return rule
      ? {
          kind,
          limit: rule.limit,
          active: rule.active,
          version: rule.version,
          updatedAt: rule.updatedAt,
        }
      : { kind, limit: DEFAULT_LIMITS[kind], active: false, version: 0, updatedAt: null };
  });
}

/**
 * Saves one rule if nobody saved it since the admin loaded it (the version they saw), with its
 * audit entry in the same DB transaction. A stale save changes nothing and says so.
 */
export async function updateFraudRule(input: {
  actor: Actor | null;
  kind: string;
  limit: number | string;
  active: boolean;
  version: number;
  ipAddress?: string;
}): Promise<FraudRuleView> {
  const actor = assertRole(input.actor, ['ADMIN']);
  const { kind, limit, active, version } = parseInput(updateFraudRuleSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.fraudRule.findUnique({ where: { kind } });
      if ((before?.version ?? 0) !== version) throw staleEdit(`fraud rule ${kind} changed`);
      const saved = before
        ? await tx.fraudRule.updateMany({
            where: { kind, version },
            data: { limit, active, version: { increment: 1 } },
          })
        : await tx.fraudRule.create({ data: { kind, limit, active } }).then(() => ({ count: 1 }));
      if (saved.count === 0) throw staleEdit(`fraud rule ${kind} changed`);
      const after = await tx.fraudRule.findUniqueOrThrow({ where: { kind } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'fraudRule.update',
        targetType: 'FraudRule',
        targetId: kind,
        ipAddress: input.ipAddress,
        before: before ? { limit: before.limit, active: before.active } : null,
        after: { limit, active },
      });
      return { kind, limit, active, version: after.version, updatedAt: after.updatedAt };
    });
  } catch (error) {
    // Two admins saving a never-saved rule at once: the second create hits the unique kind.
    if (isUniqueViolation(error)) throw staleEdit(`fraud rule ${kind} created meanwhile`);
    throw error;
  }
}
