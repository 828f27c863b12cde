import type { ReactNode } from 'react';
import { requireBatchAccess } from './batch-access';

/** Checks the batch exists and is the viewer's to see before the loading skeleton streams (404 / 403). */
export default async function BatchLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  await requireBatchAccess((await params).id);
  return children;
}
