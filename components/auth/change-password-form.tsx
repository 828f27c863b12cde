'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { changeOwnPasswordAction } from '@/app/(auth)/change-password/actions';
import { FormAlert } from '@/components/ui/form-alert';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password-limits';
import { signInHref } from '@/lib/auth/sign-in-params';
import styles from './sign-in-form.module.css';

/** New password twice; on success the session ends and the sign-in page says to use the new password. */
export function ChangePasswordForm() {
  const t = useTranslations('auth');
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    if (password !== String(form.get('confirm') ?? '')) {
      setError(t('passwordsDiffer'));
      return;
    }
    setIsPending(true);
    setError(null);
    const result = await changeOwnPasswordAction({ password }).catch(() => null);
    if (result?.ok) {
      // Not through signOut's callbackUrl: next-auth's redirect callback never returns to the sign-in page.
      await signOut({ redirect: false });
      window.location.assign(signInHref({ passwordChanged: true }));
      return;
    }
    setError(result ? result.error.message : t('internal'));
    setIsPending(false);
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <FormAlert message={error} />
      <div className="field">
        <label htmlFor="new-password">{t('newPasswordLabel')}</label>
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          aria-describedby="new-password-rule"
          required
        />
        <small id="new-password-rule">{t('passwordRule', { min: PASSWORD_MIN_LENGTH })}</small>
      </div>
      <div className="field">
        <label htmlFor="confirm-password">{t('confirmPasswordLabel')}</label>
        <input id="confirm-password" name="confirm" type="password" autoComplete="new-password" required />
      </div>
      <button type="submit" className="btn btn-primary" disabled={isPending}>
        {isPending ? t('changingPassword') : t('changePasswordButton')}
      </button>
    </form>
  );
}
