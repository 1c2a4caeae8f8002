import type { Role } from '@/lib/domain/roles';

declare module 'next-auth' {
  interface Session {
    user: { id?: string; role?: Role; sv?: number };
  }

  interface User {
    role: Role;
    sv: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: Role;
    sv?: number;
  }
}
