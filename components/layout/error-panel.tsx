import { messages } from '@/lib/messages';

/** What an unexpected error shows: no stack trace, just the reference the logs can be searched by. */
export function ErrorPanel({ digest, reset }: { digest: string | undefined; reset: () => void }) {
  return (
    <main className="page" role="alert">
      <h1>{messages.common.errorTitle}</h1>
      <p>
        {messages.common.errorBody} <code>{digest ?? 'n/a'}</code>
      </p>
      <button type="button" className="btn" onClick={reset}>
        {messages.common.retry}
      </button>
    </main>
  );
}
