import type messages from '@/messages/id';

type Namespace = keyof typeof messages;

// The message namespaces each part of the app sends to the browser: only those its client
// components read (server components translate on the server and send text). Every page gets
// the root ones; an area adds its own. A unit test reads the code and fails when a client
// component of an area uses a namespace its area does not send.
export const CLIENT_NAMESPACES = {
  root: ['common', 'validation', 'errors', 'account'],
  auth: ['auth'],
  customer: ['auth', 'checkout', 'identity', 'notifications', 'pay', 'reference', 'reminders'],
  agent: ['counter', 'deposit', 'reference'],
  admin: [
    'admin',
    'adminCatalogue',
    'adminSettings',
    'adminTransactions',
    'categories',
    'deposit',
    'fraud',
    'identityReview',
    'people',
    'reconciliation',
  ],
} as const satisfies Record<string, readonly Namespace[]>;

export type ClientArea = keyof typeof CLIENT_NAMESPACES;

/** The root namespaces and the area's own. */
export function clientNamespaces(area: ClientArea): Namespace[] {
  return [...new Set<Namespace>([...CLIENT_NAMESPACES.root, ...CLIENT_NAMESPACES[area]])];
}
