import { describe, expect, it } from 'vitest';
import { missingVerification } from '@/lib/domain/identity/verification-steps';

describe('missingVerification', () => {
  it('asks for nothing once both are verified', () => {
    expect(
      missingVerification({
        emailVerified: true,
        identityVerified: true,
        identityStatus: 'APPROVED',
      }),
    ).toEqual([]);
  });

  it('lists the e-mail first, then the identity with its review status', () => {
    expect(
      missingVerification({
        emailVerified: false,
        identityVerified: false,
        identityStatus: 'NONE',
      }),
    ).toEqual([{ step: 'EMAIL' }, { step: 'IDENTITY', status: 'NONE' }]);
    expect(
      missingVerification({
        emailVerified: true,
        identityVerified: false,
        identityStatus: 'PENDING',
      }),
    ).toEqual([{ step: 'IDENTITY', status: 'PENDING' }]);
    expect(
      missingVerification({
        emailVerified: true,
        identityVerified: false,
        identityStatus: 'REJECTED',
      }),
    ).toEqual([{ step: 'IDENTITY', status: 'REJECTED' }]);
  });

  it('never reports a review for an unknown or inconsistent status', () => {
    expect(
      missingVerification({
        emailVerified: true,
        identityVerified: false,
        identityStatus: 'APPROVED',
      }),
    ).toEqual([{ step: 'IDENTITY', status: 'NONE' }]);
    expect(
      missingVerification({ emailVerified: true, identityVerified: false, identityStatus: 'odd' }),
    ).toEqual([{ step: 'IDENTITY', status: 'NONE' }]);
  });
});
