import 'server-only';
import { type AuditActor, recordAudit } from '@/lib/audit/record';
import type { OidcConfig } from '@/lib/config';
import type { Database } from '@/lib/db';
import { resolveDb } from '@/lib/db/queries/executor';
import {
  getUserByEmail,
  getUserByOidcSubject,
  insertUser,
  normalizeEmail,
  updateUserOidcSubject,
  updateUserRole,
} from '@/lib/db/queries/users';
import type { UserRow } from '@/lib/db/schema';
import { isRole, ROLES, type Role } from './roles';
import { recordSignIn } from './sign-in-audit';

export interface OidcIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean | null;
  name: string | null;
  claims: Record<string, unknown>;
}

const IDENTITY_PROVIDER: AuditActor = { id: null, email: 'system:single-sign-on' };

/**
 * The role the identity provider grants: the role claim (a role name, or a list of them: the highest wins),
 * else the admin and editor email lists; null when none applies.
 */
export function mapOidcRole(claims: Record<string, unknown>, email: string, config: OidcConfig): Role | null {
  const claim = claims[config.roleClaim];
  const claimed = (Array.isArray(claim) ? claim : [claim]).filter(isRole);
  const fromClaim = [...ROLES].reverse().find((role) => claimed.includes(role));
  if (fromClaim) return fromClaim;
  const normalized = normalizeEmail(email);
  if (config.adminEmails.includes(normalized)) return 'admin';
  if (config.editorEmails.includes(normalized)) return 'editor';
  return null;
}

/**
 * Finds or creates the user for a single sign-on identity and records the sign-in; null when the
 * identity may not sign in (no verified email, or a disabled account). A role the provider grants is
 * applied at every sign-in, so the provider stays the source of truth; without one, the role set here stays.
 */
export async function provisionOidcUser(
  identity: OidcIdentity,
  config: OidcConfig,
  ip: string | null,
  db?: Database,
): Promise<UserRow | null> {
  if (!identity.email || identity.emailVerified === false) return null;
  const email = normalizeEmail(identity.email);
  const grantedRole = mapOidcRole(identity.claims, email, config);

  return (await resolveDb(db)).transaction(async (tx) => {
    let user = (await getUserByOidcSubject(identity.subject, tx)) ?? (await getUserByEmail(email, tx));
    if (!user) {
      user = await insertUser(
        { email, name: identity.name, role: grantedRole ?? 'viewer', oidcSubject: identity.subject },
        tx,
      );
      if (!user) return null;
      await recordAudit(
        {
          actor: IDENTITY_PROVIDER,
          action: 'user.created',
          targetType: 'user',
          targetId: user.id,
          details: { email, role: user.role, source: 'oidc' },
          ip,
        },
        tx,
      );
    } else if (user.oidcSubject === null) {
      await updateUserOidcSubject(user.id, identity.subject, tx);
    } else if (user.oidcSubject !== identity.subject) {
      // The email belongs to an account linked to a different identity: never merge the two.
      return null;
    }

    if (user.disabled) {
      await recordAudit(
        {
          actor: { id: user.id, email: user.email },
          action: 'auth.sign_in_failed',
          targetType: 'user',
          targetId: user.id,
          details: { method: 'oidc', reason: 'disabled' },
          ip,
        },
        tx,
      );
      return null;
    }

    if (grantedRole && grantedRole !== user.role) {
      const from = user.role;
      user = (await updateUserRole(user.id, grantedRole, tx)) ?? user;
      await recordAudit(
        {
          actor: IDENTITY_PROVIDER,
          action: 'user.role_changed',
          targetType: 'user',
          targetId: user.id,
          details: { email: user.email, from, to: grantedRole, source: 'oidc' },
          ip,
        },
        tx,
      );
    }

    await recordSignIn(user, 'oidc', ip, tx);
    return user;
  });
}
