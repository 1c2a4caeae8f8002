import { test as setup } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, logInOverHttp, STORAGE_STATE } from './support/accounts';

// One saved, logged-in state per role; journeys that are not about logging in start from these.
for (const role of ['customer', 'agent', 'admin'] as const) {
  setup(`log in as ${role}`, async ({ request }) => {
    await logInOverHttp(request, DEMO_ACCOUNTS[role].email, DEMO_PASSWORD);
    await request.storageState({ path: STORAGE_STATE[role] });
  });
}
