import { formatRupiah } from '@/lib/domain/money';
import { isLedgerAccountType, normalBalance } from '@/lib/domain/ledger';
import { accountBalances } from '@/lib/server/ledger/account-balances';
import { checkLedger, type LedgerProblem } from '@/lib/server/ledger/check-ledger';

// `npm run ledger:check`: prints every account and whatever does not add up. Exit code 0 when
// the ledger is clean, 1 when anything does not add up, 2 when the check itself failed.

function describe(problem: LedgerProblem): string {
  switch (problem.kind) {
    case 'UNBALANCED_TRANSACTION':
      return (
        `transaction ${problem.ledgerTransactionId} (${problem.idempotencyKey}): ` +
        `${problem.lines} lines, debits ${problem.debit} != credits ${problem.credit}`
      );
    case 'MALFORMED_ENTRY':
      return (
        `entry ${problem.entryId} of ${problem.ledgerTransactionId}: ` +
        `debit ${problem.debit}, credit ${problem.credit} (need exactly one positive)`
      );
    case 'TRIAL_BALANCE':
      return `trial balance: total debits ${problem.debit} != total credits ${problem.credit}`;
    case 'CACHED_BALANCE_MISMATCH':
      return (
        `account ${problem.accountCode}: cached balance ${problem.cached} != ` +
        `${problem.derived} from its entries`
      );
    case 'NEGATIVE_DEPOSIT':
      return `account ${problem.accountCode}: owes the outlet ${problem.owed}, below zero`;
    case 'DEPOSIT_HOLDS_MISMATCH':
      return (
        `outlet ${problem.outletId}: HELD deposit holds add up to ${problem.held}, ` +
        `its holds account owes ${problem.ledger}`
      );
  }
}

function row(cells: string[]): string {
  const widths = [28, 10, 18, 18, 18];
  return cells
    .map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
    .join(' ');
}

async function main(): Promise<number> {
  const accounts = await accountBalances();
  const report = await checkLedger();
  console.log('Ledger accounts (Dr-Cr: debits minus credits; held/owed: on the normal side)\n');
  console.log(row(['code', 'type', 'Dr-Cr cached', 'Dr-Cr entries', 'held/owed']));
  for (const account of accounts) {
    const normal = isLedgerAccountType(account.type)
      ? formatRupiah(normalBalance(account.type, account.balance))
      : '?';
    const cells = [String(account.balance), String(account.derivedBalance), normal];
    console.log(row([account.code, account.type, ...cells]));
  }
  console.log(`\nTotal debits ${report.totals.debit}, total credits ${report.totals.credit}`);
  if (report.ok) {
    console.log('Ledger OK: every transaction balances and every cached balance matches.');
    return 0;
  }
  console.log(`\n${report.problems.length} problem(s):`);
  for (const problem of report.problems) console.log(`  - ${describe(problem)}`);
  return 1;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error('Ledger check failed to run:', error);
    process.exitCode = 2;
  });
