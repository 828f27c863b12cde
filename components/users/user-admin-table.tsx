'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import {
  changeUserRoleAction,
  endUserSessionsAction,
  type OneTimePasswordResult,
  resetUserPasswordAction,
  resetUserTwoStepAction,
  setUserDisabledAction,
} from '@/app/(app)/users/actions';
import { LocalTime } from '@/components/ui/local-time';
import type { ActionResult } from '@/lib/auth/action';
import { ROLES, type Role } from '@/lib/auth/roles';
import type { UserSummary } from '@/lib/auth/users';
import { AddUserForm } from './add-user-form';
import { ConfirmChangeDialog, type PendingChange } from './confirm-change-dialog';
import { OneTimePasswordDialog } from './one-time-password-dialog';
import styles from './user-admin-table.module.css';

type Notice = { kind: 'status' | 'error'; text: string };

/**
 * The Users page: add a user, and change each user's role, enabled state or password. Every change is
 * confirmed in a dialog naming its effect; the viewer's own row cannot be demoted or disabled.
 */
export function UserAdminTable({ users, currentUserId }: { users: UserSummary[]; currentUserId: string }) {
  const t = useTranslations();
  const [rows, setRows] = useState(users);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<PendingChange | null>(null);
  const [secret, setSecret] = useState<{ email: string; password: string } | null>(null);
  const [isBusy, startTransition] = useTransition();

  const upsert = (user: UserSummary) =>
    setRows((current) =>
      current.some((row) => row.id === user.id)
        ? current.map((row) => (row.id === user.id ? user : row))
        : [...current, user].sort((a, b) => a.email.localeCompare(b.email)),
    );

  function run<T extends UserSummary | OneTimePasswordResult>(
    action: () => Promise<ActionResult<T>>,
    done: (data: T) => string,
  ) {
    setNotice(null);
    startTransition(async () => {
      const result = await action();
      setPending(null);
      if (!result.ok) {
        setNotice({ kind: 'error', text: result.error.message });
        return;
      }
      const data: UserSummary | OneTimePasswordResult = result.data;
      if ('oneTimePassword' in data) {
        upsert(data.user);
        setSecret({ email: data.user.email, password: data.oneTimePassword });
      } else {
        upsert(data);
      }
      setNotice({ kind: 'status', text: done(result.data) });
    });
  }

  const askRole = (user: UserSummary, role: Role) =>
    setPending({
      title: t('users.confirm.roleTitle', { email: user.email, role }),
      effect: t(`users.confirm.roleEffect.${role}`),
      confirmLabel: t('users.confirm.confirmRole'),
      isDanger: role !== 'admin',
      run: () =>
        run(
          () => changeUserRoleAction({ userId: user.id, role }),
          (u) => t('users.roleChanged', { email: u.email, role: u.role }),
        ),
    });

  const askDisabled = (user: UserSummary) =>
    setPending({
      title: user.disabled
        ? t('users.confirm.enableTitle', { email: user.email })
        : t('users.confirm.disableTitle', { email: user.email }),
      effect: user.disabled ? t('users.confirm.enableEffect') : t('users.confirm.disableEffect'),
      confirmLabel: user.disabled ? t('users.confirm.confirmEnable') : t('users.confirm.confirmDisable'),
      isDanger: !user.disabled,
      run: () =>
        run(
          () => setUserDisabledAction({ userId: user.id, disabled: !user.disabled }),
          (u) =>
            u.disabled
              ? t('users.userDisabled', { email: u.email })
              : t('users.userEnabled', { email: u.email }),
        ),
    });

  const askReset = (user: UserSummary) =>
    setPending({
      title: t('users.confirm.resetTitle', { email: user.email }),
      effect: t('users.confirm.resetEffect'),
      confirmLabel: t('users.confirm.confirmReset'),
      isDanger: true,
      run: () =>
        run(
          () => resetUserPasswordAction({ userId: user.id }),
          (r) => t('users.passwordReset', { email: r.user.email }),
        ),
    });

  return (
    <>
      <AddUserForm
        onAdded={(result) => {
          upsert(result.user);
          setSecret({ email: result.user.email, password: result.oneTimePassword });
          setNotice({ kind: 'status', text: t('users.userAdded', { email: result.user.email }) });
        }}
      />
      <div className={styles.notice} aria-live="polite">
        {notice?.kind === 'status' && <p role="status">{notice.text}</p>}
        {notice?.kind === 'error' && (
          <p className="alert" role="alert">
            {notice.text}
          </p>
        )}
      </div>
      {rows.length === 0 ? (
        <p>{t('users.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('users.columnEmail')}</th>
              <th scope="col">{t('users.columnName')}</th>
              <th scope="col">{t('users.columnRole')}</th>
              <th scope="col">{t('users.columnSignIn')}</th>
              <th scope="col">{t('users.columnStatus')}</th>
              <th scope="col">{t('users.columnLastSignIn')}</th>
              <th scope="col">{t('users.twoStepColumn')}</th>
              <th scope="col">{t('users.columnActions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((user) => {
              const isSelf = user.id === currentUserId;
              return (
                <tr key={user.id} className={user.disabled ? styles.disabledRow : undefined}>
                  <td>
                    {user.email} {isSelf && <span className={styles.muted}>{t('users.youSuffix')}</span>}
                  </td>
                  <td>{user.name}</td>
                  <td>
                    <select
                      aria-label={t('users.roleLabel', { email: user.email })}
                      value={user.role}
                      disabled={isBusy}
                      onChange={(event) => askRole(user, event.target.value as Role)}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`users.roleNames.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <SignInMethods user={user} />
                  </td>
                  <td>{user.disabled ? t('users.statusDisabled') : t('users.statusActive')}</td>
                  <td>
                    {user.lastSignInAt ? <LocalTime iso={user.lastSignInAt} /> : t('users.neverSignedIn')}
                  </td>
                  <td>{user.hasTwoStep ? t('users.twoStepOn') : t('users.twoStepOff')}</td>
                  <td>
                    <div className={styles.rowActions}>
                      {!isSelf && (
                        <button
                          type="button"
                          className={user.disabled ? 'btn' : 'btn btn-danger'}
                          aria-label={
                            user.disabled
                              ? t('users.enableLabel', { email: user.email })
                              : t('users.disableLabel', { email: user.email })
                          }
                          disabled={isBusy}
                          onClick={() => askDisabled(user)}
                        >
                          {user.disabled ? t('users.enable') : t('users.disable')}
                        </button>
                      )}
                      {!isSelf && user.hasPassword && (
                        <button
                          type="button"
                          className="btn"
                          aria-label={t('users.resetPasswordLabel', { email: user.email })}
                          disabled={isBusy}
                          onClick={() => askReset(user)}
                        >
                          {t('users.resetPassword')}
                        </button>
                      )}
                      <button
                        type="button"
                        className="btn"
                        aria-label={t('users.signOutEverywhereLabel', { email: user.email })}
                        disabled={isBusy}
                        onClick={() =>
                          run(
                            () => endUserSessionsAction({ userId: user.id }),
                            (u) => t('users.signedOutEverywhere', { email: u.email }),
                          )
                        }
                      >
                        {t('users.signOutEverywhere')}
                      </button>
                      {user.hasTwoStep && (
                        <button
                          type="button"
                          className="btn"
                          aria-label={t('users.resetTwoStepLabel', { email: user.email })}
                          disabled={isBusy}
                          onClick={() =>
                            run(
                              () => resetUserTwoStepAction({ userId: user.id }),
                              (u) => t('users.twoStepReset', { email: u.email }),
                            )
                          }
                        >
                          {t('users.resetTwoStep')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {pending && <ConfirmChangeDialog change={pending} isBusy={isBusy} onCancel={() => setPending(null)} />}
      {secret && (
        <OneTimePasswordDialog
          email={secret.email}
          password={secret.password}
          onClose={() => setSecret(null)}
        />
      )}
    </>
  );
}

function SignInMethods({ user }: { user: UserSummary }) {
  const t = useTranslations();
  const methods = [
    user.hasPassword
      ? user.mustChangePassword
        ? t('users.signInOneTime')
        : t('users.signInPassword')
      : null,
    user.hasSso ? t('users.signInSso') : null,
  ].filter(Boolean);
  return <>{methods.length > 0 ? methods.join(' · ') : t('users.signInNone')}</>;
}
