import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../prisma/demo-accounts';

export const STORAGE_STATE = {
  customer: path.resolve(__dirname, '../../../test-results/.auth/customer.json'),
  agent: path.resolve(__dirname, '../../../test-results/.auth/agent.json'),
  admin: path.resolve(__dirname, '../../../test-results/.auth/admin.json'),
} as const;

export const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@uji.loket.id`;

/** Logs in over HTTP the way the browser's form does, leaving the session cookie in `request`. */
export async function logInOverHttp(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as {
    csrfToken: string;
  };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, json: 'true' },
  });
  if (!response.ok()) throw new Error(`log-in failed for ${email}: ${response.status()}`);
  const session = (await (await request.get('/api/auth/session')).json()) as {
    user?: { id?: string };
  };
  if (!session.user?.id) throw new Error(`no session after logging in as ${email}`);
}
