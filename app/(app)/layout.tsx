import type { ReactNode } from 'react';
import { AppHeader } from '@/components/layout/app-header';
import { QueryProvider } from '@/components/providers/query-provider';
import { requireUser } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';

export const dynamic = 'force-dynamic';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <div className="app-shell">
      <AppHeader user={user} mode={getConfig().mode} />
      <main id="main">
        <QueryProvider>{children}</QueryProvider>
      </main>
    </div>
  );
}
