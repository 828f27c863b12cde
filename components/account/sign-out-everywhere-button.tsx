'use client';

import { signOut } from 'next-auth/react';
import { useState, useTransition } from 'react';
import { signOutEverywhereAction } from '@/app/(app)/account/actions';
import { messages } from '@/lib/messages';

/** Ends every session of the signed-in user on the server, then this browser's too. */
export function SignOutEverywhereButton() {
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
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
          {messages.account.signOutEverywhere}
        </button>
      </div>
    </>
  );
}
