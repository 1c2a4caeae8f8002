'use server';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { publicAction } from '@/lib/actions/safe-action';
import { LOCALE_COOKIE, LOCALES } from '@/lib/domain/locale';
import { updateLocale } from '@/lib/server/accounts/update-locale';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export const setLocale = publicAction(
  z.object({ locale: z.enum(LOCALES) }),
  async (input, { actor }) => {
    (await cookies()).set(LOCALE_COOKIE, input.locale, {
      path: '/',
      maxAge: ONE_YEAR_SECONDS,
      sameSite: 'lax',
    });
    if (actor) await updateLocale({ actor, locale: input.locale });
    return { locale: input.locale };
  },
);
