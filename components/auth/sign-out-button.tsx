'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** Ends the session and returns to the sign-in page. */
export function SignOutButton() {
  const t = useTranslations('common');
  const [isPending, setIsPending] = useState(false);
  return (
    <button
      type="button"
      className="btn"
      disabled={isPending}
      onClick={() => {
        setIsPending(true);
        void signOut({ callbackUrl: '/sign-in' });
      }}
    >
      {t('signOut')}
    </button>
  );
}
