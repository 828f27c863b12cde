/** Roles, weakest first: viewer sees the grid, editor also saves, admin also manages users and every batch. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

const rank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** Whether the user holds at least `minRole`; false for no user. */
export function hasRole(user: { role: Role } | null | undefined, minRole: Role): boolean {
  return user != null && rank[user.role] >= rank[minRole];
}

/** Whether a value (e.g. an identity provider's claim) names one of our roles. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
