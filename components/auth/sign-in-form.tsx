'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { CREDENTIALS_PROVIDER_ID, OIDC_PROVIDER_ID } from '@/lib/auth/provider-ids';
import { signInErrorCode, signInErrorMessage } from '@/lib/auth/sign-in-errors';
import styles from './sign-in-form.module.css';

export interface SignInFormProps {
  /** Already reduced to a same-origin path by the page. */
  callbackUrl: string;
  hasSingleSignOn: boolean;
  initialError: string | null;
}

/** Email and password sign-in (plus single sign-on when configured); failures read the same whatever the cause. */
export function SignInForm({ callbackUrl, hasSingleSignOn, initialError }: SignInFormProps) {
  const t = useTranslations('auth');
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [isPending, setIsPending] = useState(false);
  // Once the password was right for an account with two-step sign-in, the form also asks for its code.
  const [needsCode, setNeedsCode] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsPending(true);
    setError(null);
    try {
      const result = await signIn(CREDENTIALS_PROVIDER_ID, {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        code: String(form.get('code') ?? ''),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      const code = result?.error ?? 'CredentialsSignin';
      if (code === signInErrorCode.twoStepRequired || code === signInErrorCode.twoStepInvalid)
        setNeedsCode(true);
      setError(signInErrorMessage(t, code));
    } catch {
      setError(t('signInUnavailable'));
    }
    setIsPending(false);
  }

  return (
    <div className={styles.wrap}>
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        <FormAlert message={error} />
        <div className="field">
          <label htmlFor="sign-in-email">{t('emailLabel')}</label>
          <input id="sign-in-email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{t('passwordLabel')}</label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </div>
        {needsCode && (
          <div className="field">
            <label htmlFor="sign-in-code">{t('twoStepCodeLabel')}</label>
            <input
              id="sign-in-code"
              name="code"
              type="text"
              inputMode="text"
              autoComplete="one-time-code"
              // biome-ignore lint/a11y/noAutofocus: the field appears because the person must type into it next.
              autoFocus
              required
            />
          </div>
        )}
        <button type="submit" className="btn btn-primary" disabled={isPending} aria-busy={isPending}>
          {t('signInButton')}
        </button>
        {isPending && (
          <span className={styles.status} role="status">
            {t('signingIn')}
          </span>
        )}
      </form>
      {hasSingleSignOn && (
        <>
          <p className={styles.divider}>{t('orDivider')}</p>
          <button type="button" className="btn" onClick={() => signIn(OIDC_PROVIDER_ID, { callbackUrl })}>
            {t('signInWithSso')}
          </button>
        </>
      )}
    </div>
  );
}
