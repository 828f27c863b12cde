import type { Translator } from '@/lib/i18n/translator';

/**
 * The codes a sign-in failure reaches the browser as (next-auth passes them in `error`), and their texts.
 * Shared by the server, which sets them, and the sign-in form, which shows them.
 */
export const signInErrorCode = {
  throttled: (retryAfterSeconds: number) => `throttled:${retryAfterSeconds}`,
  unavailable: 'unavailable',
  twoStepRequired: 'two_step_required',
  twoStepInvalid: 'two_step_invalid',
} as const;

/** The message for a next-auth error code; every unknown code reads as the generic credentials message. */
export function signInErrorMessage(t: Translator<'auth'>, code: string | null | undefined): string | null {
  if (!code) return null;
  const throttled = /^throttled:(\d{1,6})$/.exec(code);
  if (throttled) {
    const seconds = Number(throttled[1]);
    return seconds < 90
      ? t('throttled', { seconds })
      : t('throttledMinutes', { minutes: Math.ceil(seconds / 60) });
  }
  if (code === signInErrorCode.unavailable) return t('signInUnavailable');
  if (code === signInErrorCode.twoStepRequired) return t('twoStepPrompt');
  if (code === signInErrorCode.twoStepInvalid) return t('twoStepInvalid');
  if (code === 'AccessDenied' || code === 'OAuthSignin' || code === 'OAuthCallback' || code === 'Callback') {
    return t('ssoDenied');
  }
  return t('invalidCredentials');
}
