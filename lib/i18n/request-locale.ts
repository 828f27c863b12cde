import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { getCurrentUser } from '@/lib/auth/session';
import { getUserPreference } from '@/lib/db/queries/preferences';
import {
  DEFAULT_LOCALE,
  isLocale,
  LOCALE_COOKIE,
  LOCALE_PREFERENCE,
  type Locale,
  negotiateLocale,
} from './locales';

/**
 * This request's locale: the signed-in user's saved choice, else this browser's last choice (the cookie a
 * signed-out visitor sets on the sign-in page), else Accept-Language, else English.
 */
export const getRequestLocale = cache(async (): Promise<Locale> => {
  const user = await getCurrentUser();
  if (user) {
    const saved = await getUserPreference<unknown>(user.id, LOCALE_PREFERENCE);
    if (isLocale(saved)) return saved;
  }
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get('accept-language')) ?? DEFAULT_LOCALE;
});
