import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { IDENTITY_IMAGE_MAX_BYTES } from '@/lib/domain/identity/submission';
import { prepareIdentityImage } from '@/lib/server/identity/identity-images';

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#2f6db5' } });

/** A phone photo: rotated by its EXIF orientation, with the camera and the place it was taken. */
const phoneJpeg = () =>
  photo(800, 500)
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'KameraUji', Model: 'Seri-12345', Copyright: 'rahasia-pribadi' },
      IFD3: {
        GPSLatitudeRef: 'S',
        GPSLatitude: '6/1 54/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '107/1 36/1 0/1',
      },
    })
    .toBuffer();

const prepared = async (bytes: Uint8Array) => {
  const result = await prepareIdentityImage(bytes);
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.image;
};

describe('prepareIdentityImage', () => {
  it('stands a phone photo upright and strips every piece of metadata, GPS included', async () => {
    const original = await phoneJpeg();
    const before = await sharp(original).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.includes('rahasia-pribadi')).toBe(true);

    const image = await prepared(original);
    const after = await sharp(image.bytes).metadata();
    expect(after).toMatchObject({ format: 'jpeg', width: 500, height: 800 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    for (const trace of ['Exif', 'KameraUji', 'Seri-12345', 'rahasia-pribadi']) {
      expect(image.bytes.includes(trace)).toBe(false);
    }
  });

  it('re-encodes PNG and WebP as JPEG, with transparency on white, and caps the long side', async () => {
    const png = await sharp({
      create: {
        width: 3000,
        height: 1200,
        channels: 4,
        background: { r: 0, g: 0, b: 0, alpha: 0 },
      },
    })
      .png()
      .toBuffer();
    const fromPng = await prepared(png);
    expect(await sharp(fromPng.bytes).metadata()).toMatchObject({
      format: 'jpeg',
      width: 2000,
      height: 800,
      hasAlpha: false,
    });
    const { dominant } = await sharp(fromPng.bytes).stats();
    expect(dominant.r).toBeGreaterThan(240);

    const webp = await photo(640, 480).webp().toBuffer();
    expect(await sharp((await prepared(webp)).bytes).metadata()).toMatchObject({
      format: 'jpeg',
      width: 640,
      height: 480,
    });
  });

  it('goes by the content: a PNG named .jpg is a PNG, a text file named .jpg is refused', async () => {
    const png = await photo(640, 480).png().toBuffer();
    const asJpgName = new File([new Uint8Array(png)], 'ktp.jpg', { type: 'image/jpeg' });
    expect((await prepareIdentityImage(new Uint8Array(await asJpgName.arrayBuffer()))).ok).toBe(
      true,
    );
    const text = new File(['ini bukan foto KTP'], 'ktp.jpg', { type: 'image/jpeg' });
    expect(await prepareIdentityImage(new Uint8Array(await text.arrayBuffer()))).toEqual({
      ok: false,
      error: 'imageType',
    });
  });

  it('refuses other formats sharp could read: GIF, SVG, TIFF', async () => {
    for (const format of ['gif', 'tiff'] as const) {
      const bytes = await photo(640, 480).toFormat(format).toBuffer();
      expect(await prepareIdentityImage(bytes)).toEqual({ ok: false, error: 'imageType' });
    }
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><rect width="640" height="480"/></svg>',
    );
    expect(await prepareIdentityImage(svg)).toEqual({ ok: false, error: 'imageType' });
  });

  it('refuses an empty, oversized, truncated, tiny or enormous image', async () => {
    expect(await prepareIdentityImage(null)).toEqual({ ok: false, error: 'imageRequired' });
    expect(await prepareIdentityImage(new Uint8Array())).toEqual({
      ok: false,
      error: 'imageRequired',
    });

    const jpeg = await photo(640, 480).jpeg().toBuffer();
    const oversized = Buffer.concat([
      jpeg,
      Buffer.alloc(IDENTITY_IMAGE_MAX_BYTES + 1 - jpeg.length),
    ]);
    expect(oversized.length).toBe(IDENTITY_IMAGE_MAX_BYTES + 1);
    expect(await prepareIdentityImage(oversized)).toEqual({ ok: false, error: 'imageTooLarge' });

    const truncated = jpeg.subarray(0, Math.floor(jpeg.length / 2));
    expect(await prepareIdentityImage(truncated)).toEqual({ ok: false, error: 'imageUnreadable' });

    const tiny = await photo(300, 200).jpeg().toBuffer();
    expect(await prepareIdentityImage(tiny)).toEqual({ ok: false, error: 'imageTooSmall' });

    // A decompression bomb: a small file that would decode to 100 megapixels.
    const bomb = await sharp({
      create: { width: 10_000, height: 10_000, channels: 3, background: '#ffffff' },
      limitInputPixels: false,
    })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(IDENTITY_IMAGE_MAX_BYTES);
    expect(await prepareIdentityImage(bomb)).toEqual({ ok: false, error: 'imageTooManyPixels' });
  });
});
