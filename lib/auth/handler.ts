import NextAuth from 'next-auth';
import { authOptions } from './options';

export const authHandler = NextAuth(authOptions);
