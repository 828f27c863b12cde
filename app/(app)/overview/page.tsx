import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OverviewDashboard } from '@/components/overview/overview-dashboard';
import { requireUser } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('overview'))('pageTitle') };
}

export default async function OverviewPage() {
  await requireUser('admin', '/overview');
  const t = await getTranslations('overview');
  return (
    <div className="page">
      <h1>{t('pageTitle')}</h1>
      <p>{t('intro')}</p>
      <OverviewDashboard />
    </div>
  );
}
