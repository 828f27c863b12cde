import { OverviewDashboard } from '@/components/overview/overview-dashboard';
import { requireUser } from '@/lib/auth/session';
import { messages } from '@/lib/messages';

export const metadata = { title: `${messages.overview.pageTitle} · ${messages.common.appName}` };

const t = messages.overview;

export default async function OverviewPage() {
  await requireUser('admin', '/overview');
  return (
    <div className="page">
      <h1>{t.pageTitle}</h1>
      <p>{t.intro}</p>
      <OverviewDashboard />
    </div>
  );
}
