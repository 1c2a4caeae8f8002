import { z } from 'zod';
import type { Locale } from '../locale';
import { checkNik, type NikCheck } from './nik';

// Rules of the admin's identity review: the rejection reason the customer will read, and how
// long a submission has waited.

export const REJECTION_REASON_MIN = 10;
export const REJECTION_REASON_MAX = 500;

/** Validation messages are keys of the `validation` message namespace. */
export const rejectionReasonSchema = z
  .string()
  .trim()
  .min(REJECTION_REASON_MIN, 'rejectionReasonTooShort')
  .max(REJECTION_REASON_MAX, 'rejectionReasonTooLong');

export const submissionIdSchema = z.string().min(1).max(64);

export const decideIdentitySchema = z.object({ submissionId: submissionIdSchema });

export const rejectIdentitySchema = z.object({
  submissionId: submissionIdSchema,
  reason: rejectionReasonSchema,
});
export type RejectIdentityInput = z.input<typeof rejectIdentitySchema>;

/** Common reasons the reviewer can start from; their texts are in `identityReview.presets`. */
export const REJECTION_PRESETS = [
  'blurryPhoto',
  'selfieWithoutKtp',
  'dataMismatch',
  'notKtp',
  'faceMismatch',
] as const;
export type RejectionPreset = (typeof REJECTION_PRESETS)[number];

export const IDENTITY_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type IdentitySubmissionStatus = (typeof IDENTITY_STATUSES)[number];

export type WaitingTime = { unit: 'minute' | 'hour' | 'day'; value: number };

/** How long a submission has waited, in the largest whole unit (at least one minute). */
export function waitingTime(since: Date, now: Date): WaitingTime {
  const minutes = Math.max(1, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return { unit: 'minute', value: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hour', value: hours };
  return { unit: 'day', value: Math.floor(hours / 24) };
}

/** "3 jam" / "3 hours": the unit names come from the platform's own catalogue. */
export function formatWaitingTime({ unit, value }: WaitingTime, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(value);
}

export type NikFormatError = Exclude<
  Extract<NikCheck, { ok: false }>['error'],
  'nikBirthDateMismatch'
>;

/** Automatic checks re-run for the reviewer; null: could not be judged (see the other checks). */
export type IdentityChecks = {
  nikFormat: { ok: true } | { ok: false; error: NikFormatError } | null;
  birthDateMatches: boolean | null;
  sexMatches: boolean | null;
};

/**
 * The automatic checks, re-run for the reviewer: the NIK's shape (length, digits, province,
 * date, serial), its date part against the typed birth date, and its sex (day + 40 for women)
 * against the typed sex. A check that cannot be judged (the NIK could not be read) is null.
 */
export function identityChecks(nik: string | null, birthDate: string, sex: string): IdentityChecks {
  if (nik === null) return { nikFormat: null, birthDateMatches: null, sexMatches: null };
  const check = checkNik(nik, birthDate);
  if (check.ok) {
    return { nikFormat: { ok: true }, birthDateMatches: true, sexMatches: check.sex === sex };
  }
  if (check.error !== 'nikBirthDateMismatch') {
    return {
      nikFormat: { ok: false, error: check.error },
      birthDateMatches: null,
      sexMatches: null,
    };
  }
  const nikSex = Number(nik.replace(/[\s.-]/g, '').slice(6, 8)) > 40 ? 'FEMALE' : 'MALE';
  return { nikFormat: { ok: true }, birthDateMatches: false, sexMatches: nikSex === sex };
}
