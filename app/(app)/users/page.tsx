import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { UserAdminTable } from '@/components/users/user-admin-table';
import { requireUser } from '@/lib/auth/session';
import { listUsers, toUserSummary } from '@/lib/auth/users';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('users'))('pageTitle') };
}

export default async function UsersPage() {
  const me = await requireUser('admin', '/users');
  const users = (await listUsers()).map(toUserSummary);
  const t = await getTranslations('users');
  return (
    <div className="page">
      <h1>{t('pageTitle')}</h1>
      <p>{t('intro')}</p>
      <UserAdminTable users={users} currentUserId={me.id} />
    </div>
  );
}
