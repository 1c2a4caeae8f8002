import sharp from 'sharp';
import { db } from '@/lib/db';
import { submitIdentity } from '@/lib/server/identity/submit-identity';
import { DEMO_ACCOUNTS } from './demo-accounts';

// A KTP submission waiting in the admin's review queue, made through the same use case a
// customer's upload goes through (checked, re-encoded, sealed). The photos are drawings: a
// KTP-shaped card, and a portrait holding it.

const card = (width: number, height: number) =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 856 540">
      <rect width="856" height="540" rx="28" fill="#8ec5e8"/>
      <rect x="40" y="40" width="776" height="56" fill="#ffffff" opacity="0.6"/>
      <rect x="40" y="130" width="480" height="24" fill="#1e3a5f"/>
      <rect x="40" y="180" width="420" height="18" fill="#1e3a5f" opacity="0.7"/>
      <rect x="40" y="220" width="440" height="18" fill="#1e3a5f" opacity="0.7"/>
      <rect x="40" y="260" width="380" height="18" fill="#1e3a5f" opacity="0.7"/>
      <rect x="600" y="130" width="200" height="260" fill="#c0392b"/>
    </svg>`,
  );

async function drawings() {
  const ktp = await sharp(card(856, 540)).jpeg().toBuffer();
  const selfie = await sharp({
    create: { width: 600, height: 800, channels: 3, background: '#d9a066' },
  })
    .composite([{ input: card(420, 265), top: 480, left: 90 }])
    .jpeg()
    .toBuffer();
  return { ktp, selfie };
}

export async function seedIdentityInReview() {
  const user = await db.user.findUniqueOrThrow({
    where: { email: DEMO_ACCOUNTS.inReview.email },
  });
  if (user.identityStatus !== 'NONE') return;
  const { ktp, selfie } = await drawings();
  await submitIdentity({
    actor: { id: user.id, role: 'CUSTOMER', email: user.email, name: user.name, locale: 'id' },
    fields: {
      // A woman born 12 March 1995 in Yogyakarta: the NIK's day is 12 + 40 = 52.
      nik: '3471015203950003',
      fullName: 'RINA KARTIKA',
      birthPlace: 'Yogyakarta',
      birthDate: '1995-03-12',
      sex: 'FEMALE',
      address: 'Jl. Malioboro No. 56, RT 03/RW 01, Sosromenduran, Gedong Tengen, Yogyakarta',
    },
    ktpImage: ktp,
    selfieImage: selfie,
  });
}
