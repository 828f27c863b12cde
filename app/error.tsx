'use client';

import { messages } from '@/lib/messages';

/** The retry boundary for unexpected errors: no stack trace, just a reference the logs can be searched by. */
export default function ErrorBoundary({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="page" role="alert">
      <h1>{messages.common.errorTitle}</h1>
      <p>
        {messages.common.errorBody} <code>{error.digest ?? 'n/a'}</code>
      </p>
      <button type="button" className="btn" onClick={reset}>
        {messages.common.retry}
      </button>
    </main>
  );
}
