import type { Role } from '@/lib/auth/roles';
import { messages } from '@/lib/messages';

/** Each role's name as the Users page shows it. */
export const ROLE_NAMES: Record<Role, string> = {
  viewer: messages.users.roleViewer,
  editor: messages.users.roleEditor,
  admin: messages.users.roleAdmin,
};
