'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { signOutEverywhereAction } from '@/app/(app)/account/actions';
import { FormAlert } from '@/components/ui/form-alert';

/** Ends every session of the signed-in user on the server, then this browser's too. */
export function SignOutEverywhereButton() {
  const t = useTranslations('account');
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <>
      <FormAlert message={error} />
      <div>
        <button
          type="button"
          className="btn btn-danger"
          disabled={isPending}
          onClick={() =>
            startTransition(async () => {
              const result = await signOutEverywhereAction({});
              if (result.ok) await signOut({ callbackUrl: '/sign-in' });
              else setError(result.error.message);
            })
          }
        >
          {t('signOutEverywhere')}
        </button>
      </div>
    </>
  );
}
