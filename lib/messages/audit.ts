/** Human names of audit actions; an action without one is shown by its code. */
const actionLabels: Record<string, string> = {
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Sign-in failed',
  'user.created': 'User created',
  'user.role_changed': 'Role changed',
  'user.disabled': 'User disabled',
  'user.enabled': 'User enabled',
  'user.password_reset': 'Password reset',
  'batch.created': 'Batch created',
  'batch.started': 'Batch started',
  'batch.finished': 'Batch finished',
  'batch.interrupted': 'Batch interrupted',
  'batch.resumed': 'Batch resumed',
  'batch.retried': 'Batch retried',
  'batch.reverted': 'Batch reverted',
};

/** audit texts (English). Keep every user-facing string of this area here. */
export const auditMessages = {
  pageTitle: 'Audit trail',
  intro: 'Who did what and when. The trail is append-only: nothing in the app can change or delete an entry.',
  actionLabel: (action: string) => actionLabels[action] ?? action,
  columns: {
    at: 'When',
    actor: 'Who',
    action: 'What',
    target: 'On',
    details: 'Details',
    ip: 'From address',
  },
  filters: {
    legend: 'Filter the audit trail',
    actor: 'Who',
    anyActor: 'Anyone',
    action: 'What',
    anyAction: 'Any action',
    from: 'From',
    to: 'To',
    apply: 'Apply',
    clear: 'Clear',
  },
  tableCaption: 'Audit events, newest first',
  noEvents: 'No audit events match these filters.',
  pages: 'Pages',
  nextPage: 'Next page',
  firstPage: 'Newest',
  batchTarget: (id: string) => `Batch ${id.slice(0, 8)}`,
} as const;
