import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

// Stand-ins for real photos, drawn at test time: a KTP-shaped card, and a portrait holding it.
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

/** Writes a KTP photo (JPEG) and a selfie holding it (PNG) into test-results; returns paths. */
export async function drawIdentityPhotos(): Promise<{ ktpPhoto: string; selfiePhoto: string }> {
  // A folder per caller: specs running side by side never read each other's half-written file.
  const folder = path.resolve(__dirname, '../../../test-results/identity-fixtures', randomUUID());
  mkdirSync(folder, { recursive: true });
  const ktpPhoto = path.join(folder, 'ktp.jpg');
  const selfiePhoto = path.join(folder, 'selfie.png');
  await sharp(card(856, 540)).jpeg().toFile(ktpPhoto);
  await sharp({ create: { width: 600, height: 800, channels: 3, background: '#d9a066' } })
    .composite([{ input: card(420, 265), top: 480, left: 90 }])
    .png()
    .toFile(selfiePhoto);
  return { ktpPhoto, selfiePhoto };
}
