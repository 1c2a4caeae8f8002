'use client';
import { signIn, signOut } from 'next-auth/react';
import { parseLoginError, type LoginFailure } from './login-error';

export async function logIn(
  email: string,
  password: string,
): Promise<{ ok: true } | { ok: false; failure: LoginFailure }> {
  const response = await signIn('credentials', { email, password, redirect: false });
  if (response?.ok && !response.error) return { ok: true };
  return { ok: false, failure: parseLoginError(response?.error) };
}

export function logOut(): Promise<void> {
  return signOut({ callbackUrl: '/login' });
}
