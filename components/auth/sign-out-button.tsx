'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { messages } from '@/lib/messages';

/** Ends the session and returns to the sign-in page. */
export function SignOutButton() {
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
      {messages.common.signOut}
    </button>
  );
}
