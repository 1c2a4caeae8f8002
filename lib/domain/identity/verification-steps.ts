// What still stands between a customer and the pay step. Paying needs a verified e-mail and an
// approved identity; the identity step says where its review stands, so the page can tell the
// customer whether to act (send the KTP, resubmit) or to wait.

export const IDENTITY_STATUSES = ['NONE', 'PENDING', 'APPROVED', 'REJECTED'] as const;
export type IdentityStatus = (typeof IDENTITY_STATUSES)[number];

export type MissingVerification =
  { step: 'EMAIL' } | { step: 'IDENTITY'; status: Exclude<IdentityStatus, 'APPROVED'> };

export function toIdentityStatus(value: string): IdentityStatus {
  return (IDENTITY_STATUSES as readonly string[]).includes(value)
    ? (value as IdentityStatus)
    : 'NONE';
}

export function missingVerification(user: {
  emailVerified: boolean;
  identityVerified: boolean;
  identityStatus: string;
}): MissingVerification[] {
  const steps: MissingVerification[] = [];
  if (!user.emailVerified) steps.push({ step: 'EMAIL' });
  if (!user.identityVerified) {
    const status = toIdentityStatus(user.identityStatus);
    // Approved without a verification time cannot happen through the review; treat it as not
    // submitted rather than letting the page claim a review is running.
    steps.push({ step: 'IDENTITY', status: status === 'APPROVED' ? 'NONE' : status });
  }
  return steps;
}
