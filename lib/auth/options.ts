import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { authenticate } from '@/lib/server/accounts/authenticate';
import { clientIp } from './client-ip';
import { encodeRateLimited, LOGIN_ERROR } from './login-error';

const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: AuthOptions = {
  secret: env.AUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: env.SECURE_COOKIES,
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, request) {
        const result = await authenticate({
          credentials,
          ipAddress: clientIp(request.headers ?? {}),
        });
        if (result.ok) {
          return { id: result.user.id, role: result.user.role, sv: result.user.sessionVersion };
        }
        if (result.reason === 'RATE_LIMITED') {
          throw new Error(encodeRateLimited(result.retryAfterMinutes));
        }
        throw new Error(result.reason === 'LOCKED' ? LOGIN_ERROR.locked : LOGIN_ERROR.invalid);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sv;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { id: token.sub, role: token.role, sv: token.sv } };
    },
  },
};
