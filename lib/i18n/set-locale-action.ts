'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';
import { setUserPreference } from '@/lib/db/queries/preferences';
import { LOCALE_COOKIE, LOCALE_PREFERENCE, LOCALES } from './locales';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
const localeSchema = z.enum(LOCALES);

/**
 * Saves the viewer's language: in their profile when signed in (so it follows them to any browser), and in
 * a cookie either way (so the sign-in page of this browser speaks it too). The caller refreshes the page.
 */
export async function setLocaleAction(input: unknown): Promise<{ ok: boolean }> {
  const locale = localeSchema.safeParse(input);
  if (!locale.success) return { ok: false };
  const user = await getCurrentUser();
  if (user) await setUserPreference(user.id, LOCALE_PREFERENCE, locale.data);
  (await cookies()).set(LOCALE_COOKIE, locale.data, {
    maxAge: ONE_YEAR_SECONDS,
    path: '/',
    sameSite: 'lax',
    httpOnly: true,
    secure: getConfig().auth.url?.startsWith('https://') ?? false,
  });
  return { ok: true };
}
