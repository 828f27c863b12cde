import { UserAdminTable } from '@/components/users/user-admin-table';
import { requireUser } from '@/lib/auth/session';
import { listUsers, toUserSummary } from '@/lib/auth/users';
import { messages } from '@/lib/messages';

export const dynamic = 'force-dynamic';
export const metadata = { title: messages.users.pageTitle };

export default async function UsersPage() {
  const me = await requireUser('admin', '/users');
  const users = (await listUsers()).map(toUserSummary);
  return (
    <div className="page">
      <h1>{messages.users.pageTitle}</h1>
      <p>{messages.users.intro}</p>
      <UserAdminTable users={users} currentUserId={me.id} />
    </div>
  );
}
