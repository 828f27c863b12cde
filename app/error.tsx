'use client';

import { ErrorPanel } from '@/components/layout/error-panel';

/** The retry boundary for unexpected errors in a page. */
export default function ErrorBoundary({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ErrorPanel digest={error.digest} reset={reset} />;
}
