/** cli texts: `npm run user` (English). */
export const cli = {
  usage: `Usage: npm run user -- COMMAND [options]

Commands:
  add --email E --role {roles} [--name N] [--password P | --no-password]
      Create a user. Without --password a password is generated and printed once;
      --no-password makes an account that signs in only through single sign-on.
  set-role --email E --role {roles}
  disable --email E          Disable a user and end their sessions.
  enable --email E
  reset-password --email E [--password P]
      Set a new password (printed once when generated) and end the user's sessions.
  sign-out-everywhere --email E   End every session of a user.
  reset-two-step --email E        Remove a user's two-step sign-in (a lost phone); they set it up again.
  list                       List every user.

Options for every command:
  --lang zh-CN|en            The language of this tool's messages (default: from LC_ALL, LC_MESSAGES or LANG).

The database is the one the app uses: DATABASE_URL, or the embedded one under DATA_DIR (default .data).`,
  unexpectedArgument: 'Unexpected argument: {argument}',
  unknownCommand: 'Unknown command: {command}',
  badLanguage: '--lang must be one of {locales}',
  passwordOrNone: 'Give either --password or --no-password, not both',
  emailRequired: '--email is required',
  notEmail: 'Not an email address: {email}',
  roleRequired: '--role must be one of {roles}',
  created: 'Created {role} {email}.',
  roleChanged: '{email} is now {role}.',
  disabled: '{email} is disabled.',
  enabled: '{email} is enabled.',
  passwordReset: 'Password of {email} reset; their sessions have ended.',
  signedOutEverywhere: '{email} is signed out everywhere.',
  twoStepReset: 'Two-step sign-in of {email} is reset.',
  passwordShown: 'Password (shown only now): {password}',
  noUsers: 'No users. Create the first admin with: npm run user -- add --email you@example.com --role admin',
  noSuchUser: 'No user {email}',
  emailTaken: 'A user with the email {email} already exists',
  lastAdmin: '{email} is the last active admin',
  columns: { email: 'EMAIL', role: 'ROLE', status: 'STATUS', signIn: 'SIGN-IN', lastSignIn: 'LAST SIGN-IN' },
  statusActive: 'active',
  statusDisabled: 'disabled',
  signInPassword: 'password',
  signInSsoOnly: 'sso only',
  never: 'never',
} as const;
