'use client';

import { useState, useTransition } from 'react';
import {
  changeUserRoleAction,
  endUserSessionsAction,
  resetUserTwoStepAction,
  setUserDisabledAction,
} from '@/app/(app)/users/actions';
import { LocalTime } from '@/components/ui/local-time';
import type { ActionResult } from '@/lib/auth/action';
import { ROLES, type Role } from '@/lib/auth/roles';
import type { UserSummary } from '@/lib/auth/users';
import { messages } from '@/lib/messages';
import styles from './user-admin-table.module.css';

const t = messages.users;
const roleNames: Record<Role, string> = { viewer: t.roleViewer, editor: t.roleEditor, admin: t.roleAdmin };

type Notice = { kind: 'status' | 'error'; text: string };

/** The Users page's table: each row's role and enabled state can be changed, except the viewer's own. */
export function UserAdminTable({ users, currentUserId }: { users: UserSummary[]; currentUserId: string }) {
  const [rows, setRows] = useState(users);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [, startTransition] = useTransition();

  function run(
    userId: string,
    action: () => Promise<ActionResult<UserSummary>>,
    successText: (u: UserSummary) => string,
  ) {
    setBusyId(userId);
    setNotice(null);
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setRows((current) => current.map((row) => (row.id === result.data.id ? result.data : row)));
        setNotice({ kind: 'status', text: successText(result.data) });
      } else {
        setNotice({ kind: 'error', text: result.error.message });
      }
      setBusyId(null);
    });
  }

  if (rows.length === 0) return <p>{t.empty}</p>;

  return (
    <>
      <div className={styles.notice} aria-live="polite">
        {notice?.kind === 'status' && <p role="status">{notice.text}</p>}
        {notice?.kind === 'error' && (
          <p className="alert" role="alert">
            {notice.text}
          </p>
        )}
      </div>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t.columnEmail}</th>
            <th scope="col">{t.columnName}</th>
            <th scope="col">{t.columnRole}</th>
            <th scope="col">{t.columnStatus}</th>
            <th scope="col">{t.columnLastSignIn}</th>
            <th scope="col">{t.twoStepColumn}</th>
            <th scope="col">{t.columnActions}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((user) => {
            const isSelf = user.id === currentUserId;
            const isBusy = busyId === user.id;
            return (
              <tr key={user.id} className={user.disabled ? styles.disabledRow : undefined}>
                <td>
                  {user.email} {isSelf && <span className={styles.muted}>{t.youSuffix}</span>}
                </td>
                <td>{user.name}</td>
                <td>
                  <select
                    aria-label={t.roleLabel(user.email)}
                    value={user.role}
                    disabled={isSelf || isBusy}
                    onChange={(event) => {
                      const role = event.target.value as Role;
                      run(
                        user.id,
                        () => changeUserRoleAction({ userId: user.id, role }),
                        (u) => t.roleChanged(u.email, roleNames[u.role]),
                      );
                    }}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {roleNames[role]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{user.disabled ? t.statusDisabled : t.statusActive}</td>
                <td>{user.lastSignInAt ? <LocalTime iso={user.lastSignInAt} /> : t.neverSignedIn}</td>
                <td>{user.hasTwoStep ? t.twoStepOn : t.twoStepOff}</td>
                <td className={styles.actions}>
                  {!isSelf && (
                    <button
                      type="button"
                      className={user.disabled ? 'btn' : 'btn btn-danger'}
                      aria-label={user.disabled ? t.enableLabel(user.email) : t.disableLabel(user.email)}
                      disabled={isBusy}
                      onClick={() =>
                        run(
                          user.id,
                          () => setUserDisabledAction({ userId: user.id, disabled: !user.disabled }),
                          (u) => (u.disabled ? t.userDisabled(u.email) : t.userEnabled(u.email)),
                        )
                      }
                    >
                      {user.disabled ? t.enable : t.disable}
                    </button>
                  )}
                  <button
                    type="button"
                    className="btn"
                    aria-label={t.signOutEverywhereLabel(user.email)}
                    disabled={isBusy}
                    onClick={() =>
                      run(
                        user.id,
                        () => endUserSessionsAction({ userId: user.id }),
                        (u) => t.signedOutEverywhere(u.email),
                      )
                    }
                  >
                    {t.signOutEverywhere}
                  </button>
                  {user.hasTwoStep && (
                    <button
                      type="button"
                      className="btn"
                      aria-label={t.resetTwoStepLabel(user.email)}
                      disabled={isBusy}
                      onClick={() =>
                        run(
                          user.id,
                          () => resetUserTwoStepAction({ userId: user.id }),
                          (u) => t.twoStepReset(u.email),
                        )
                      }
                    >
                      {t.resetTwoStep}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
