import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { messages } from '@/lib/messages';
import './globals.css';

export const metadata: Metadata = {
  title: { default: messages.common.appName, template: `%s · ${messages.common.appName}` },
  description: 'Bulk-edit ApsaraVideo VOD metadata in a spreadsheet-grade grid.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, so Next.js can put this request's CSP nonce on its scripts.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
