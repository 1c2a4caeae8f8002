import { createHash } from 'node:crypto';

// Sandbox customers are derived from a hash of what identifies them, so the same number always
// shows the same name and bill: tests and demos stay stable without any stored data.

export type Seed = {
  int(slot: number, min: number, max: number): number;
  pick<T>(slot: number, items: readonly T[]): T;
};

export function seedOf(...parts: string[]): Seed {
  const digest = createHash('sha512').update(parts.join(':')).digest();
  const word = (slot: number) => digest.readUInt32BE((slot % 16) * 4);
  return {
    int: (slot, min, max) => min + (word(slot) % (max - min + 1)),
    pick: <T>(slot: number, items: readonly T[]) => items[word(slot) % items.length] as T,
  };
}

const FIRST_NAMES = (
  'SITI BUDI AGUS DEWI RINA ANDI EKO SRI WAHYU PUTRI HENDRA NUR YULIA DIAN RUDI AYU JOKO INDAH ' +
  'FAJAR MEGA BAMBANG RATNA'
).split(' ');

const FAMILY_NAMES = (
  'RAHAYU SANTOSO SETIAWAN WIJAYA KURNIAWAN HIDAYAT SAPUTRA LESTARI PRATAMA NUGROHO SUSANTO ' +
  'HANDAYANI PURNOMO SIREGAR NASUTION HARAHAP GUNAWAN WIBOWO FIRMANSYAH MAULANA RAMADHAN PERMATA'
).split(' ');

/** An Indonesian name in capitals, as billers print it. */
export function personName(seed: Seed): string {
  return `${seed.pick(14, FIRST_NAMES)} ${seed.pick(15, FAMILY_NAMES)}`;
}
