import { useTranslations } from 'next-intl';
import { type FormEvent, useState, useTransition } from 'react';
import { createUserAction, type OneTimePasswordResult } from '@/app/(app)/users/actions';
import { ROLES } from '@/lib/auth/roles';
import styles from './user-admin-table.module.css';

/** Email, optional name and role of a new user; the server answers with their one-time password. */
export function AddUserForm({ onAdded }: { onAdded: (result: OneTimePasswordResult) => void }) {
  const t = useTranslations();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setError(null);
    startTransition(async () => {
      const result = await createUserAction({
        email: String(form.get('email') ?? '').trim(),
        name: String(form.get('name') ?? ''),
        role: String(form.get('role') ?? 'viewer') as (typeof ROLES)[number],
      });
      if (!result.ok) {
        // The only field the server can refuse is the email; it is told in the viewer's language here.
        setError(result.fieldErrors?.email ? t('users.invalidEmail') : result.error.message);
        return;
      }
      formElement.reset();
      onAdded(result.data);
    });
  };

  return (
    <section className={`card ${styles.add}`} aria-labelledby="add-user-title">
      <h2 id="add-user-title">{t('users.add.title')}</h2>
      <p className={styles.muted}>{t('users.add.intro')}</p>
      <form className={styles.addForm} onSubmit={submit} noValidate>
        <label className="field">
          <span>{t('users.add.email')}</span>
          <input name="email" type="email" required maxLength={320} autoComplete="off" />
        </label>
        <label className="field">
          <span>{t('users.add.name')}</span>
          <input name="name" type="text" maxLength={200} autoComplete="off" />
        </label>
        <label className="field">
          <span>{t('users.add.role')}</span>
          <select name="role" defaultValue="editor">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`users.roleNames.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {isPending ? t('users.add.working') : t('users.add.submit')}
        </button>
      </form>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
