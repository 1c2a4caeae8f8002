// Mobile operators by number prefix. Operators merge and prefixes move: kept as data.

export type Operator = 'TELKOMSEL' | 'INDOSAT' | 'XL' | 'AXIS' | 'TRI' | 'SMARTFREN';

const PREFIXES: Record<Operator, readonly string[]> = {
  TELKOMSEL: ['0811', '0812', '0813', '0821', '0822', '0823', '0851', '0852', '0853'],
  INDOSAT: ['0814', '0815', '0816', '0855', '0856', '0857', '0858'],
  XL: ['0817', '0818', '0819', '0859', '0877', '0878'],
  AXIS: ['0831', '0832', '0833', '0838'],
  TRI: ['0895', '0896', '0897', '0898', '0899'],
  SMARTFREN: ['0881', '0882', '0883', '0884', '0885', '0886', '0887', '0888', '0889'],
};

/** The switch expects numbers already normalised to 08..., 10 to 13 digits. */
export function operatorOf(customerNo: string): Operator | undefined {
  if (!/^08\d{8,11}$/.test(customerNo)) return undefined;
  const prefix = customerNo.slice(0, 4);
  return (Object.keys(PREFIXES) as Operator[]).find((operator) =>
    PREFIXES[operator].includes(prefix),
  );
}
