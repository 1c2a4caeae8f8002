import 'server-only';
import sharp from 'sharp';
import {
  detectImageType,
  IDENTITY_IMAGE_MAX_BYTES,
  type IdentityImageType,
} from '@/lib/domain/identity/submission';
import { log } from '@/lib/log';
import { fileStore, newFileKey, type FileStore } from '@/lib/integrations/file-store';
import { seal, unseal } from './sealed';

// KTP photos and selfies: checked from their content, re-encoded so nothing but pixels survives
// (no EXIF, GPS, camera serials or embedded payloads), then sealed before they touch the disk.

/** 50 megapixels: more than any phone camera's JPEG, far less than a decompression bomb. */
const MAX_INPUT_PIXELS = 50_000_000;
/** A smaller photo cannot show the KTP's text legibly. */
const MIN_SHORT_SIDE = 320;
/** Long side of the stored photo: enough to read a KTP, small enough to review quickly. */
const STORED_LONG_SIDE = 2000;
const SHARP_FORMAT: Record<IdentityImageType, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
};

export type ImageRefusal =
  | 'imageRequired'
  | 'imageTooLarge'
  | 'imageType'
  | 'imageUnreadable'
  | 'imageTooSmall'
  | 'imageTooManyPixels';

export type PreparedImage = {
  bytes: Buffer;
  contentType: 'image/jpeg';
  width: number;
  height: number;
};

export type PrepareResult = { ok: true; image: PreparedImage } | { ok: false; error: ImageRefusal };

const decoder = (bytes: Uint8Array) =>
  sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', pages: 1 }).timeout({
    seconds: 20,
  });

/**
 * Checks an uploaded photo and re-encodes it as a metadata-free JPEG, upright by its EXIF
 * orientation and at most STORED_LONG_SIDE px long. Only bytes that start like a JPEG, PNG or
 * WebP ever reach the decoder (which also knows SVG, TIFF and more).
 */
export async function prepareIdentityImage(bytes: Uint8Array | null): Promise<PrepareResult> {
  if (!bytes || bytes.length === 0) return { ok: false, error: 'imageRequired' };
  if (bytes.length > IDENTITY_IMAGE_MAX_BYTES) return { ok: false, error: 'imageTooLarge' };
  const type = detectImageType(bytes);
  if (!type) return { ok: false, error: 'imageType' };
  try {
    // The header alone, so a decompression bomb is named as such rather than "unreadable".
    const metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (metadata.format !== SHARP_FORMAT[type]) return { ok: false, error: 'imageType' };
    const { width, height } = metadata;
    if (width * height > MAX_INPUT_PIXELS) return { ok: false, error: 'imageTooManyPixels' };
    if (Math.min(width, height) < MIN_SHORT_SIDE) return { ok: false, error: 'imageTooSmall' };
    // Without withMetadata()/keepExif(), sharp writes no EXIF, XMP, IPTC or ICC data.
    const { data, info } = await decoder(bytes)
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .resize({
        width: STORED_LONG_SIDE,
        height: STORED_LONG_SIDE,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return {
      ok: true,
      image: { bytes: data, contentType: 'image/jpeg', width: info.width, height: info.height },
    };
  } catch {
    // Truncated or corrupt data, or a decoder limit hit: the person can take the photo again.
    return { ok: false, error: 'imageUnreadable' };
  }
}

/** Seals the prepared photo and stores it under a new random key, which it returns. */
export async function storeIdentityImage(
  image: PreparedImage,
  store: FileStore = fileStore(),
): Promise<string> {
  const key = newFileKey();
  await store.put(key, seal(image.bytes));
  return key;
}

/** The photo's JPEG bytes, or null when no file is stored under the key. */
export async function readIdentityImage(
  key: string,
  store: FileStore = fileStore(),
): Promise<Buffer | null> {
  const sealed = await store.get(key);
  return sealed ? unseal(sealed) : null;
}

/** Best effort: used to leave nothing behind when a submission does not go through. */
export async function deleteIdentityImages(
  keys: readonly string[],
  store: FileStore = fileStore(),
): Promise<void> {
  const results = await Promise.allSettled(keys.map((key) => store.delete(key)));
  for (const result of results) {
    if (result.status === 'rejected') {
      log('error', 'identity image left behind', { error: result.reason });
    }
  }
}
