import { z } from 'zod';
import { WIB_TIME_ZONE } from '../datetime';
import { checkNik, type NikCheck, type Sex } from './nik';
import type { IdentityStatus } from './verification-steps';

// What a customer hands in to verify their identity: the text as printed on the KTP, checked
// against the NIK's own rules, and two photos. Messages are keys of the `validation` namespace.

/** What the customer's pages show: never the plain NIK. */
export type IdentityStatusView = {
  status: IdentityStatus;
  emailVerified: boolean;
  verifiedAt: Date | null;
  latest: {
    id: string;
    nikMasked: string;
    fullName: string;
    submittedAt: Date;
    rejectionReason: string | null;
  } | null;
};

export const IDENTITY_IMAGE_KINDS = ['ktp', 'selfie'] as const;
export type IdentityImageKind = (typeof IDENTITY_IMAGE_KINDS)[number];

export const IDENTITY_IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const IDENTITY_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type IdentityImageType = (typeof IDENTITY_IMAGE_TYPES)[number];
/** For `<input type="file" accept>`. */
export const IDENTITY_IMAGE_ACCEPT = IDENTITY_IMAGE_TYPES.join(',');

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

/** The image type from the file's first bytes; the name and the browser's word do not count. */
export function detectImageType(bytes: Uint8Array): IdentityImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  return null;
}

/** A KTP is issued from 17 (or on marriage); we ask for the age. */
export const IDENTITY_MINIMUM_AGE = 17;
const EARLIEST_BIRTH_YEAR = 1900;

/** Today's calendar date in Jakarta as YYYY-MM-DD, whatever the machine's zone. */
export function jakartaDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: WIB_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCDate() === day && year >= EARLIEST_BIRTH_YEAR;
}

const birthDateSchema = (now: () => Date) =>
  z
    .string()
    .trim()
    .min(1, { error: 'birthDateRequired', abort: true })
    .refine(isCalendarDate, { error: 'birthDateInvalid', abort: true })
    .refine((value) => value <= jakartaDate(now()), { error: 'birthDateFuture', abort: true })
    .refine(
      (value) => {
        const year = Number(value.slice(0, 4)) + IDENTITY_MINIMUM_AGE;
        return `${year}${value.slice(4)}` <= jakartaDate(now());
      },
      { error: 'birthDateTooYoung' },
    );

const singleSpaced = (value: string) => value.replace(/\s+/g, ' ');

const identityFieldsShape = (now: () => Date) => ({
  nik: z.string().trim().min(1, 'nikRequired'),
  fullName: z
    .string()
    .trim()
    .min(2, 'fullNameTooShort')
    .max(100, 'fullNameTooLong')
    .regex(/^[\p{L}\s.,'-]+$/u, 'fullNameInvalid')
    .transform(singleSpaced),
  birthPlace: z
    .string()
    .trim()
    .min(2, 'birthPlaceRequired')
    .max(60, 'birthPlaceTooLong')
    .transform(singleSpaced),
  birthDate: birthDateSchema(now),
  sex: z.enum(['MALE', 'FEMALE'], { error: 'sexRequired' }),
  address: z.string().trim().min(10, 'addressTooShort').max(300, 'addressTooLong'),
});

type NikError = Extract<NikCheck, { ok: false }>['error'];

/** Where each NIK problem is shown: the date mismatch is most often a slip in the date typed. */
const NIK_ERROR_FIELD: Record<NikError, 'nik' | 'birthDate'> = {
  nikLength: 'nik',
  nikDigits: 'nik',
  nikProvince: 'nik',
  nikDate: 'nik',
  nikSerial: 'nik',
  nikBirthDateMismatch: 'birthDate',
};

// Found without the birth date, so shown even while the date is still missing or wrong.
const NIK_FORMAT_ERRORS = new Set<NikError>(['nikLength', 'nikDigits', 'nikProvince']);

const hasIssueOn = (payload: z.core.ParsePayload, field: string) =>
  payload.issues.some((issue) => issue.path?.[0] === field);

/**
 * Checks the NIK against the typed birth date and sex. Runs even when other fields have
 * problems, so the form shows every error at once; each part only once its inputs are readable.
 */
function refineNik<T extends { nik: string; birthDate: string; sex: Sex }>() {
  return [
    (value: T, ctx: z.RefinementCtx<T>) => {
      const dateReadable = !hasIssueOn(ctx, 'birthDate');
      const check = checkNik(value.nik, dateReadable ? value.birthDate : '');
      if (!check.ok) {
        if (dateReadable || NIK_FORMAT_ERRORS.has(check.error)) {
          ctx.addIssue({
            code: 'custom',
            message: check.error,
            path: [NIK_ERROR_FIELD[check.error]],
          });
        }
      } else if (!hasIssueOn(ctx, 'sex') && check.sex !== value.sex) {
        const message = check.sex === 'FEMALE' ? 'nikSaysFemale' : 'nikSaysMale';
        ctx.addIssue({ code: 'custom', message, path: ['sex'] });
      }
    },
    { when: (payload: z.core.ParsePayload) => !hasIssueOn(payload, 'nik') },
  ] as const;
}

const normalizeNik = <T extends { nik: string }>(value: T): T => ({
  ...value,
  nik: value.nik.replace(/[\s.-]/g, ''),
});

/** The text fields, for the server; `now` is injectable so the age rules can be tested. */
export function makeIdentityFieldsSchema(now: () => Date = () => new Date()) {
  return z
    .object(identityFieldsShape(now))
    .superRefine(...refineNik())
    .transform(normalizeNik);
}

export const identityFieldsSchema = makeIdentityFieldsSchema();
export type IdentityFieldsInput = z.input<typeof identityFieldsSchema>;
export type IdentityFields = z.output<typeof identityFieldsSchema>;

/**
 * A chosen photo, as the browser sees it: a quick check before a slow upload. The type here is
 * the browser's guess from the name; the server checks the content again.
 */
export const imageFileSchema = z
  .custom<File>((value) => typeof File !== 'undefined' && value instanceof File, 'imageRequired')
  .refine((file) => file.size > 0, { error: 'imageRequired', abort: true })
  .refine((file) => (IDENTITY_IMAGE_TYPES as readonly string[]).includes(file.type), {
    error: 'imageType',
    abort: true,
  })
  .refine((file) => file.size <= IDENTITY_IMAGE_MAX_BYTES, { error: 'imageTooLarge' });

/** The whole form in the browser: the same text rules plus the two photos. */
export function makeIdentityFormSchema(now: () => Date = () => new Date()) {
  return z
    .object({
      ...identityFieldsShape(now),
      ktpImage: imageFileSchema,
      selfieImage: imageFileSchema,
    })
    .superRefine(...refineNik())
    .transform(normalizeNik);
}
