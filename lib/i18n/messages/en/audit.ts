/** audit texts (English). */
export const audit = {
  pageTitle: 'Audit trail',
  intro: 'Who did what and when. The trail is append-only: nothing in the app can change or delete an entry.',
  rawDetails: 'Raw details',
  exportCsv: 'Export CSV',
  exportFailed: 'The export could not be made.',
  columns: {
    at: 'When',
    event: 'What happened',
    actor: 'Who',
    action: 'Kind',
    target: 'On',
    details: 'Details',
    ip: 'From address',
  },
  filters: {
    legend: 'Filter the audit trail',
    actor: 'Who',
    anyActor: 'Anyone',
    action: 'Kind',
    anyAction: 'Any kind',
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
  batchTarget: 'Batch {id}',
  userTarget: 'User',
  aUser: 'a user',
  role: '{role, select, admin {admin} editor {editor} viewer {viewer} other {unknown}}',
  /** Human names of audit actions; an action without one is shown by its code. */
  actions: {
    auth: {
      sign_in: 'Signed in',
      sign_in_failed: 'Sign-in failed',
      sign_out: 'Signed out',
      locked: 'Sign-in locked',
      unlocked: 'Sign-in unlocked',
      recovery_code_used: 'Recovery code used',
    },
    user: {
      sessions_ended: 'Signed out everywhere',
      two_step_enabled: 'Two-step sign-in turned on',
      two_step_reset: 'Two-step sign-in reset',
      created: 'User created',
      role_changed: 'Role changed',
      disabled: 'User disabled',
      enabled: 'User enabled',
      password_reset: 'Password reset',
      password_changed: 'Password changed',
    },
    batch: {
      created: 'Batch created',
      started: 'Batch started',
      finished: 'Batch finished',
      interrupted: 'Batch interrupted',
      resumed: 'Batch resumed',
      retried: 'Batch retried',
      reverted: 'Batch reverted',
    },
  },
  /** One event as a sentence: "editor@demo.local added tag bulk-2025 to 50 videos". */
  sentences: {
    auth: {
      sign_in: '{actor} signed in{sso, select, yes { with single sign-on} other {}}',
      sign_in_failed:
        'A sign-in as {actor} failed{locked, select, yes {, and further attempts are paused} other {}}',
    },
    user: {
      created: '{actor} added {email} as {role}',
      role_changed: '{actor} changed the role of {email} from {from} to {to}',
      disabled: '{actor} disabled {email}',
      enabled: '{actor} enabled {email}',
      password_reset:
        '{actor} reset the password of {email}{oneTime, select, yes { to a one-time password} other {}}',
      password_changed: '{actor} chose a new password',
    },
    batch: {
      created:
        '{actor} {kind, select, retry {retried: } revert {reverted: } other {}}{phrase}{hasNote, select, yes { (“{note}”)} other {}}',
      finished:
        'A batch finished: {updated, number} of {total, plural, one {# video} other {# videos}} updated{problems, plural, =0 {} other {, # with problems}}',
      retried: '{actor} sent {items, plural, one {# video} other {# videos}} of a batch again',
      reverted: '{actor} put back the before-values of {items, plural, one {# video} other {# videos}}',
      resumed: '{actor} resumed a batch with {pending, plural, one {# video} other {# videos}} left to send',
    },
  },
  fallbackSentence: '{actor}: {action}',
  /** Who acted when no person did (the actor's code in the trail is system or system:<what>). */
  systemActors: {
    system: 'The app',
    demoSeed: 'Demo setup',
    signInThrottle: 'Sign-in throttling',
    singleSignOn: 'Single sign-on',
  },
} as const;
