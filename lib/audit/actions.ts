/** Every action the audit trail records. Areas add theirs here so the trail's vocabulary stays closed. */
export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'auth.locked',
  'auth.unlocked',
  'auth.recovery_code_used',
  'user.sessions_ended',
  'user.two_step_enabled',
  'user.two_step_reset',
  'user.created',
  'user.role_changed',
  'user.disabled',
  'user.enabled',
  'user.password_reset',
  'user.password_changed',
  'batch.created',
  'batch.finished',
  'batch.retried',
  'batch.reverted',
  'batch.resumed',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
