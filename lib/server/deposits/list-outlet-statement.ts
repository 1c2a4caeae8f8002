import 'server-only';
import type { Statement, StatementFilters } from '@/lib/domain/deposit';
import type { Locale } from '@/lib/domain/locale';
import { assertRole, type Actor } from '../actor';
import { readDepositStatement } from './list-deposit-statement';

/** An outlet's deposit statement for the back office: the same lines its owner reads. */
export async function listOutletStatement(input: {
  actor: Actor | null;
  outletId: string;
  filters: StatementFilters;
  locale: Locale;
}): Promise<Statement> {
  assertRole(input.actor, ['ADMIN']);
  return readDepositStatement(input.outletId, input.filters, input.locale);
}
