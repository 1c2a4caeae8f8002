export const ROLES = ['CUSTOMER', 'AGENT', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

const HOME_PATH: Record<Role, string> = {
  CUSTOMER: '/home',
  AGENT: '/agent',
  ADMIN: '/admin',
};

/** Where a person lands after logging in. */
export function homePathFor(role: Role): string {
  return HOME_PATH[role];
}

/** Which roles may open each protected area of the app, by its first path segment. */
const AREA_ROLES: Record<string, readonly Role[]> = {
  home: ['CUSTOMER'],
  agent: ['AGENT'],
  admin: ['ADMIN'],
};

/** Roles allowed on a path, or null when the path is public. */
export function rolesForPath(pathname: string): readonly Role[] | null {
  const area = pathname.split('/')[1] ?? '';
  return AREA_ROLES[area] ?? null;
}

/**
 * A same-site path to return to after logging in, or null. Refuses other origins ("//evil",
 * "https://...") so the log-in page cannot be used to send people elsewhere, and paths the
 * role may not open.
 */
export function safeReturnPath(candidate: string | null | undefined, role: Role): string | null {
  if (!candidate || !candidate.startsWith('/') || /^\/[/\\]/.test(candidate)) return null;
  const roles = rolesForPath(candidate);
  if (roles && !roles.includes(role)) return null;
  return candidate;
}
