import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import id from '@/messages/id';
import {
  detectImageType,
  IDENTITY_IMAGE_MAX_BYTES,
  jakartaDate,
  makeIdentityFieldsSchema,
  makeIdentityFormSchema,
} from '@/lib/domain/identity/submission';

// 24 Nov 2026, 23:30 WIB (16:30 UTC).
const now = () => new Date('2026-11-24T16:30:00Z');
const schema = makeIdentityFieldsSchema(now);

// A man born 17 Aug 1990 in Kota Bandung (32 73 01).
const valid = {
  nik: '3273011708900001',
  fullName: 'Budi Santoso',
  birthPlace: 'Bandung',
  birthDate: '1990-08-17',
  sex: 'MALE',
  address: 'Jl. Merdeka No. 12, Sumur Bandung, Kota Bandung',
};

function fieldErrors(input: Record<string, unknown>) {
  const result = schema.safeParse({ ...valid, ...input });
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe('identity submission fields', () => {
  it('accepts a KTP as typed, with the NIK in groups and extra spaces in the name', () => {
    expect(
      schema.parse({ ...valid, nik: '3273 0117 0890 0001', fullName: '  Budi   Santoso ' }),
    ).toEqual({ ...valid, nik: '3273011708900001', fullName: 'Budi Santoso' });
  });

  it.each([
    ['', 'nik', 'nikRequired'],
    ['327301170890001', 'nik', 'nikLength'],
    ['3273O11708900001', 'nik', 'nikDigits'],
    ['9973011708900001', 'nik', 'nikProvince'],
    ['3273000000900001', 'nik', 'nikDate'],
    ['3273011708900000', 'nik', 'nikSerial'],
    ['3273011808900001', 'birthDate', 'nikBirthDateMismatch'],
  ])('NIK %s is refused on %s with %s', (nik, field, key) => {
    expect(fieldErrors({ nik })).toEqual({ [field]: [key] });
  });

  it('an impossible date in the NIK (31 Feb) is a NIK error', () => {
    expect(fieldErrors({ nik: '3273013102900001', birthDate: '1990-02-28' })).toEqual({
      nik: ['nikDate'],
    });
  });

  it('reads a woman’s NIK with 40 added to the day, and checks the sex chosen', () => {
    const woman = { nik: '3578025703950002', birthDate: '1995-03-17', sex: 'FEMALE' };
    expect(fieldErrors(woman)).toEqual({});
    expect(fieldErrors({ ...woman, sex: 'MALE' })).toEqual({ sex: ['nikSaysFemale'] });
    expect(fieldErrors({ sex: 'FEMALE' })).toEqual({ sex: ['nikSaysMale'] });
    expect(fieldErrors({ ...woman, birthDate: '1995-03-18' })).toEqual({
      birthDate: ['nikBirthDateMismatch'],
    });
  });

  it('refuses a birth date that is not a date, in the future, or under 17 years ago', () => {
    expect(fieldErrors({ birthDate: '' })).toEqual({ birthDate: ['birthDateRequired'] });
    expect(fieldErrors({ birthDate: '1990-02-30' })).toEqual({ birthDate: ['birthDateInvalid'] });
    expect(fieldErrors({ birthDate: '17-08-1990' })).toEqual({ birthDate: ['birthDateInvalid'] });
    expect(fieldErrors({ birthDate: '2026-11-25' })).toEqual({ birthDate: ['birthDateFuture'] });
    // 17 on 25 Nov 2026: not yet.
    expect(fieldErrors({ nik: '3273012511090001', birthDate: '2009-11-25' })).toEqual({
      birthDate: ['birthDateTooYoung'],
    });
    // 17 today (in Jakarta, where it is already the 24th).
    expect(fieldErrors({ nik: '3273012411090001', birthDate: '2009-11-24' })).toEqual({});
  });

  it('shows every problem at once: the NIK is still checked when other fields are wrong', () => {
    expect(
      fieldErrors({ nik: '9973011708900001', fullName: 'B', address: 'Bandung', sex: undefined }),
    ).toEqual({
      nik: ['nikProvince'],
      fullName: ['fullNameTooShort'],
      address: ['addressTooShort'],
      sex: ['sexRequired'],
    });
  });

  it('takes names as printed on a KTP, not markup or digits', () => {
    expect(fieldErrors({ fullName: "Ni Luh Putu Ayu D'Amelia, S.E." })).toEqual({});
    expect(fieldErrors({ fullName: '<b>Budi</b>' })).toEqual({ fullName: ['fullNameInvalid'] });
    expect(fieldErrors({ fullName: 'Budi 2' })).toEqual({ fullName: ['fullNameInvalid'] });
    expect(fieldErrors({ fullName: 'x'.repeat(101) })).toEqual({ fullName: ['fullNameTooLong'] });
  });

  it('every error key it can report has a message', () => {
    const source = [
      'nikRequired',
      'nikLength',
      'nikDigits',
      'nikProvince',
      'nikDate',
      'nikSerial',
      'nikBirthDateMismatch',
      'nikSaysFemale',
      'nikSaysMale',
      'nikTaken',
      'fullNameTooShort',
      'fullNameTooLong',
      'fullNameInvalid',
      'birthPlaceRequired',
      'birthPlaceTooLong',
      'birthDateRequired',
      'birthDateInvalid',
      'birthDateFuture',
      'birthDateTooYoung',
      'sexRequired',
      'addressTooShort',
      'addressTooLong',
      'imageRequired',
      'imageTooLarge',
      'imageType',
      'imageUnreadable',
      'imageTooSmall',
      'imageTooManyPixels',
    ];
    for (const key of source) expect(Object.keys(id.validation)).toContain(key);
  });
});

describe('the form in the browser', () => {
  const form = makeIdentityFormSchema(now);
  const file = (size: number, type: string, name = 'ktp.jpg') =>
    new File([new Uint8Array(size)], name, { type });
  const errors = (images: Record<string, unknown>) => {
    const result = form.safeParse({ ...valid, ...images });
    return result.success ? {} : z.flattenError(result.error).fieldErrors;
  };

  it('wants both photos, of an allowed type, up to 5 MB', () => {
    const photo = file(1000, 'image/jpeg');
    expect(errors({ ktpImage: photo, selfieImage: photo })).toEqual({});
    expect(errors({ ktpImage: photo })).toEqual({ selfieImage: ['imageRequired'] });
    expect(
      errors({ ktpImage: file(1000, 'application/pdf', 'ktp.pdf'), selfieImage: photo }),
    ).toEqual({ ktpImage: ['imageType'] });
    expect(
      errors({ ktpImage: photo, selfieImage: file(IDENTITY_IMAGE_MAX_BYTES + 1, 'image/png') }),
    ).toEqual({ selfieImage: ['imageTooLarge'] });
  });
});

describe('detectImageType', () => {
  const bytes = (...values: (number | string)[]) =>
    Uint8Array.from(
      values.flatMap((value) =>
        typeof value === 'string' ? [...value].map((c) => c.charCodeAt(0)) : [value],
      ),
    );

  it('knows JPEG, PNG and WebP by their first bytes, whatever the file is called', () => {
    expect(detectImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(detectImageType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe('image/png');
    expect(detectImageType(bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses text, PDF, GIF, SVG, and other RIFF files such as WAV', () => {
    expect(detectImageType(new TextEncoder().encode('bukan foto, hanya teks'))).toBeNull();
    expect(detectImageType(bytes('%PDF-1.7'))).toBeNull();
    expect(detectImageType(bytes('GIF89a'))).toBeNull();
    expect(detectImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
    expect(detectImageType(bytes('RIFF', 0x24, 0, 0, 0, 'WAVEfmt '))).toBeNull();
    expect(detectImageType(bytes(0xff, 0xd8))).toBeNull();
    expect(detectImageType(new Uint8Array())).toBeNull();
  });
});

describe('jakartaDate', () => {
  it('is the calendar date in Jakarta (UTC+7), not the machine’s', () => {
    expect(jakartaDate(new Date('2026-11-24T16:59:59Z'))).toBe('2026-11-24');
    expect(jakartaDate(new Date('2026-11-24T17:00:00Z'))).toBe('2026-11-25');
  });
});
