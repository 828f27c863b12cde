import type { ReactNode } from 'react';
import { AppHeader } from '@/components/layout/app-header';
import { QueryProvider } from '@/components/providers/query-provider';
import { requireUser } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';

export const dynamic = 'force-dynamic';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  // Each page checks the role (and two-step enrolment) itself; the shell only needs someone signed in.
  const user = await requireUser('viewer', undefined, { whileEnrolling: true });
  return (
    <div className="app-shell">
      <AppHeader user={user} mode={getConfig().mode} />
      <main id="main">
        <QueryProvider>{children}</QueryProvider>
      </main>
    </div>
  );
}
