import { readFileSync } from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/db';
import { CATALOGUE } from './data/catalogue';

// The demo's counter terms: an outlet earns two fifths of the admin fee on each sale (Rp1.000 of
// Rp2.500), in whole hundreds, and may add up to Rp3.000 of biaya loket.
const counterTerms = (adminFee: number) => ({
  agentCommission: Math.floor((adminFee * 2) / 5 / 100) * 100,
  maxOutletMarkup: 3_000,
});

// Creates what is missing and leaves existing rows alone, so admins' edits survive a re-seed.
export async function seedCatalogue() {
  for (const [index, biller] of CATALOGUE.entries()) {
    const { products = [], referenceRule, cutOffWindows = [], ...fields } = biller;
    const row = await db.biller.upsert({
      where: { code: biller.code },
      update: {},
      create: {
        ...fields,
        ...counterTerms(fields.adminFee),
        referenceRule: JSON.stringify(referenceRule),
        cutOffWindows: JSON.stringify(cutOffWindows),
        sortOrder: index,
      },
    });
    for (const [order, product] of products.entries()) {
      await db.product.upsert({
        where: { code: product.code },
        update: {},
        create: { ...product, billerId: row.id, sortOrder: order },
      });
    }
  }
}

export async function seedOperatorPrefixes() {
  const file = path.join(__dirname, 'data/operator-prefixes.json');
  const prefixes = JSON.parse(readFileSync(file, 'utf8')) as { prefix: string; operator: string }[];
  for (const entry of prefixes) {
    await db.operatorPrefix.upsert({ where: { prefix: entry.prefix }, update: {}, create: entry });
  }
}
