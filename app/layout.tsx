import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { messages } from '@/lib/messages';
import './globals.css';

export const metadata: Metadata = {
  title: { default: messages.common.appName, template: `%s · ${messages.common.appName}` },
  description: 'Bulk-edit ApsaraVideo VOD metadata in a spreadsheet-grade grid.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
