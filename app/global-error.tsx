'use client';

import { ErrorPanel } from '@/components/layout/error-panel';
import './globals.css';

/** The last boundary, for errors in the root layout itself: it replaces the whole document. */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body>
        <ErrorPanel digest={error.digest} reset={reset} />
      </body>
    </html>
  );
}
