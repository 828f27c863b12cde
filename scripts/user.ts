import os from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { generatePassword } from '@/lib/auth/password';
import { checkPassword } from '@/lib/auth/password-policy';
import { isRole, ROLES, type Role } from '@/lib/auth/roles';
import { resetTwoStep } from '@/lib/auth/two-step';
import {
  type ChangeContext,
  changeUserRole,
  createUser,
  endUserSessions,
  findUser,
  listUsers,
  resetUserPassword,
  setUserDisabled,
} from '@/lib/auth/users';
import { loadDatabaseConfig } from '@/lib/config';
import { type Database, openDatabase } from '@/lib/db';

/**
 * `npm run user -- <command>`: user administration from the command line. This is how the first admin of
 * a production install is made, and the way back in when every admin is locked out.
 */

const USAGE = `Usage: npm run user -- <command> [options]

Commands:
  add --email E --role ${ROLES.join('|')} [--name N] [--password P | --no-password]
      Create a user. Without --password a password is generated and printed once;
      --no-password makes an account that signs in only through single sign-on.
  set-role --email E --role ${ROLES.join('|')}
  disable --email E          Disable a user and end their sessions.
  enable --email E
  reset-password --email E [--password P]
      Set a new password (printed once when generated) and end the user's sessions.
  sign-out-everywhere --email E   End every session of a user.
  reset-two-step --email E        Remove a user's two-step sign-in (a lost phone); they set it up again.
  list                       List every user.

The database is the one the app uses: DATABASE_URL, or the embedded one under DATA_DIR (default .data).`;

class UsageError extends Error {}

const options = {
  email: { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
  password: { type: 'string' },
  'no-password': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Options = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

type Command = (db: Database, context: ChangeContext) => Promise<void>;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  const [name, ...extra] = positionals;
  if (values.help || !name) {
    console.log(USAGE);
    return;
  }
  if (extra.length > 0) throw new UsageError(`Unexpected argument: ${extra[0]}`);
  // Everything is checked before the database is opened, so a typo fails fast.
  const command = parseCommand(name, values);
  const open = await openDatabase(loadDatabaseConfig(process.env));
  try {
    await command(open.db, { actor: { id: null, email: `cli:${os.userInfo().username}` }, db: open.db });
  } finally {
    await open.close();
  }
}

function parseCommand(name: string, values: Options): Command {
  switch (name) {
    case 'add': {
      if (values.password !== undefined && values['no-password']) {
        throw new UsageError('Give either --password or --no-password, not both');
      }
      const email = validEmail(values.email);
      const role = requiredRole(values.role);
      const generated = values['no-password'] || values.password !== undefined ? null : generatePassword();
      const password = values['no-password']
        ? null
        : validPassword(values.password ?? generated ?? '', email);
      return async (_db, context) => {
        const user = await createUser({ email, name: values.name ?? null, role, password }, context);
        console.log(`Created ${user.role} ${user.email}.`);
        if (generated !== null) printPassword(generated);
      };
    }
    case 'set-role': {
      const email = requiredEmail(values.email);
      const role = requiredRole(values.role);
      return async (db, context) => {
        const user = await changeUserRole((await findUser(email, db)).id, role, context);
        console.log(`${user.email} is now ${user.role}.`);
      };
    }
    case 'disable':
    case 'enable': {
      const email = requiredEmail(values.email);
      const disabled = name === 'disable';
      return async (db, context) => {
        const user = await setUserDisabled((await findUser(email, db)).id, disabled, context);
        console.log(`${user.email} is ${disabled ? 'disabled' : 'enabled'}.`);
      };
    }
    case 'reset-password': {
      const email = requiredEmail(values.email);
      const password = validPassword(values.password ?? generatePassword(), email);
      return async (db, context) => {
        const user = await resetUserPassword((await findUser(email, db)).id, password, context);
        console.log(`Password of ${user.email} reset; their sessions have ended.`);
        if (values.password === undefined) printPassword(password);
      };
    }
    case 'sign-out-everywhere': {
      const email = requiredEmail(values.email);
      return async (db, context) => {
        const user = await endUserSessions((await findUser(email, db)).id, context);
        console.log(`${user.email} is signed out everywhere.`);
      };
    }
    case 'reset-two-step': {
      const email = requiredEmail(values.email);
      return async (db, context) => {
        const user = await resetTwoStep((await findUser(email, db)).id, context);
        console.log(`Two-step sign-in of ${user.email} is reset.`);
      };
    }
    case 'list':
      return async (db) => printUsers(await listUsers(db));
    default:
      throw new UsageError(`Unknown command: ${name}`);
  }
}

function requiredEmail(email: string | undefined): string {
  if (!email) throw new UsageError('--email is required');
  return email;
}

function validEmail(email: string | undefined): string {
  const parsed = z.email().safeParse(requiredEmail(email).trim());
  if (!parsed.success) throw new UsageError(`Not an email address: ${email}`);
  return parsed.data;
}

function requiredRole(role: string | undefined): Role {
  if (!isRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  return role;
}

function validPassword(password: string, email: string): string {
  const check = checkPassword(password, [email]);
  if (!check.ok) throw new UsageError(check.message);
  return password;
}

function printPassword(password: string): void {
  console.log(`Password (shown only now): ${password}`);
}

function printUsers(users: Awaited<ReturnType<typeof listUsers>>): void {
  if (users.length === 0) {
    console.log(
      'No users. Create the first admin with: npm run user -- add --email you@example.com --role admin',
    );
    return;
  }
  const rows = users.map((user) => [
    user.email,
    user.role,
    user.disabled ? 'disabled' : 'active',
    user.passwordHash ? 'password' : 'sso only',
    user.lastSignInAt?.toISOString() ?? 'never',
  ]);
  const header = ['EMAIL', 'ROLE', 'STATUS', 'SIGN-IN', 'LAST SIGN-IN'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  for (const row of [header, ...rows])
    console.log(
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // One line for the person at the terminal (a stack trace helps nobody here); usage when it was misused.
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof UsageError ? `${message}\n\n${USAGE}` : message);
  process.exit(1);
});
