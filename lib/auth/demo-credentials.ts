import type { Role } from './roles';

/** The one password of every demo account. Demo accounts exist only against the emulator. */
export const DEMO_PASSWORD = 'demo-password';

export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: 'admin@demo.local', name: 'Demo Admin', role: 'admin' },
  { email: 'editor@demo.local', name: 'Demo Editor', role: 'editor' },
  { email: 'viewer@demo.local', name: 'Demo Viewer', role: 'viewer' },
];
