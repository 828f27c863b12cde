import type { ReactNode } from 'react';
import { AccessGate } from '@/components/layout/access-gate';

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <AccessGate minRole="admin" returnTo="/overview">
      {children}
    </AccessGate>
  );
}
