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
  UserAdminError,
} from '@/lib/auth/users';
import { loadDatabaseConfig } from '@/lib/config';
import { type Database, openDatabase } from '@/lib/db';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale, localeFromEnvironment } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';

/**
 * `npm run user -- <command>`: user administration from the command line. This is how the first admin of
 * a production install is made, and the way back in when every admin is locked out. It speaks the language
 * of `--lang`, else of the POSIX locale (LC_ALL, LC_MESSAGES, LANG), else English.
 */

// The language is known before the arguments are checked, so even a usage error reads in it.
const locale: Locale =
  languageOf(process.argv.slice(2)) ?? localeFromEnvironment(process.env) ?? DEFAULT_LOCALE;
const t = translatorFor(locale, 'cli');
const usage = () => t('usage', { roles: ROLES.join('|') });

class UsageError extends Error {}

const options = {
  email: { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
  password: { type: 'string' },
  'no-password': { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Options = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

type Command = (db: Database, context: ChangeContext) => Promise<void>;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  const [name, ...extra] = positionals;
  if (values.lang !== undefined && !isLocale(values.lang)) {
    throw new UsageError(t('badLanguage', { locales: LOCALES.join(', ') }));
  }
  if (values.help || !name) {
    console.log(usage());
    return;
  }
  if (extra.length > 0) throw new UsageError(t('unexpectedArgument', { argument: extra[0] ?? '' }));
  // Everything is checked before the database is opened, so a typo fails fast.
  const command = parseCommand(name, values);
  const open = await openDatabase(loadDatabaseConfig(process.env));
  try {
    await command(open.db, {
      actor: { id: null, email: `cli:${os.userInfo().username}` },
      db: open.db,
      locale,
    });
  } catch (error) {
    if (error instanceof UserAdminError) throw new Error(userAdminText(error, values.email?.trim() ?? ''));
    throw error;
  } finally {
    await open.close();
  }
}

function parseCommand(name: string, values: Options): Command {
  switch (name) {
    case 'add': {
      if (values.password !== undefined && values['no-password']) {
        throw new UsageError(t('passwordOrNone'));
      }
      const email = validEmail(values.email);
      const role = requiredRole(values.role);
      const generated = values['no-password'] || values.password !== undefined ? null : generatePassword();
      const password = values['no-password']
        ? null
        : validPassword(values.password ?? generated ?? '', email);
      return async (_db, context) => {
        const user = await createUser({ email, name: values.name ?? null, role, password }, context);
        console.log(t('created', { role: user.role, email: user.email }));
        if (generated !== null) printPassword(generated);
      };
    }
    case 'set-role': {
      const email = requiredEmail(values.email);
      const role = requiredRole(values.role);
      return async (db, context) => {
        const user = await changeUserRole((await findUser(email, db)).id, role, context);
        console.log(t('roleChanged', { email: user.email, role: user.role }));
      };
    }
    case 'disable':
    case 'enable': {
      const email = requiredEmail(values.email);
      const disabled = name === 'disable';
      return async (db, context) => {
        const user = await setUserDisabled((await findUser(email, db)).id, disabled, context);
        console.log(t(disabled ? 'disabled' : 'enabled', { email: user.email }));
      };
    }
    case 'reset-password': {
      const email = requiredEmail(values.email);
      const password = validPassword(values.password ?? generatePassword(), email);
      return async (db, context) => {
        const user = await resetUserPassword((await findUser(email, db)).id, password, context);
        console.log(t('passwordReset', { email: user.email }));
        if (values.password === undefined) printPassword(password);
      };
    }
    case 'sign-out-everywhere': {
      const email = requiredEmail(values.email);
      return async (db, context) => {
        const user = await endUserSessions((await findUser(email, db)).id, context);
        console.log(t('signedOutEverywhere', { email: user.email }));
      };
    }
    case 'reset-two-step': {
      const email = requiredEmail(values.email);
      return async (db, context) => {
        const user = await resetTwoStep((await findUser(email, db)).id, context);
        console.log(t('twoStepReset', { email: user.email }));
      };
    }
    case 'list':
      return async (db) => printUsers(await listUsers(db));
    default:
      throw new UsageError(t('unknownCommand', { command: name }));
  }
}

function requiredEmail(email: string | undefined): string {
  if (!email) throw new UsageError(t('emailRequired'));
  return email;
}

function validEmail(email: string | undefined): string {
  const parsed = z.email().safeParse(requiredEmail(email).trim());
  if (!parsed.success) throw new UsageError(t('notEmail', { email: email ?? '' }));
  return parsed.data;
}

function requiredRole(role: string | undefined): Role {
  if (!isRole(role)) throw new UsageError(t('roleRequired', { roles: ROLES.join(', ') }));
  return role;
}

function validPassword(password: string, email: string): string {
  const check = checkPassword(password, [email], locale);
  if (!check.ok) throw new UsageError(check.message);
  return password;
}

function printPassword(password: string): void {
  console.log(t('passwordShown', { password }));
}

function printUsers(users: Awaited<ReturnType<typeof listUsers>>): void {
  if (users.length === 0) {
    console.log(t('noUsers'));
    return;
  }
  const rows = users.map((user) => [
    user.email,
    user.role,
    user.disabled ? t('statusDisabled') : t('statusActive'),
    user.passwordHash ? t('signInPassword') : t('signInSsoOnly'),
    user.lastSignInAt?.toISOString() ?? t('never'),
  ]);
  const header = ['email', 'role', 'status', 'signIn', 'lastSignIn'] as const;
  const titles = header.map((column) => t(`columns.${column}`));
  const widths = titles.map((title, i) => Math.max(width(title), ...rows.map((row) => width(row[i] ?? ''))));
  for (const row of [titles, ...rows])
    console.log(
      row
        .map((cell, i) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(cell))))
        .join('  ')
        .trimEnd(),
    );
}

/** Columns a text takes in a terminal: CJK characters take two. */
function width(text: string): number {
  return [...text].reduce(
    (sum, char) =>
      sum +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        char,
      )
        ? 2
        : 1),
    0,
  );
}

/** The language asked for with --lang (checked later with the other arguments), or null. */
function languageOf(argv: string[]): Locale | null {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value =
    index < 0 ? undefined : argv[index]?.includes('=') ? argv[index]?.split('=')[1] : argv[index + 1];
  return isLocale(value) ? value : null;
}

/** A refusal of lib/auth in this tool's language, by its code (the email is the one the command named). */
function userAdminText(error: UserAdminError, email: string): string {
  if (error.code === 'not_found') return t('noSuchUser', { email });
  if (error.code === 'conflict') return t('emailTaken', { email });
  if (error.code === 'last_admin') return t('lastAdmin', { email });
  return error.message;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // One line for the person at the terminal (a stack trace helps nobody here); usage when it was misused.
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof UsageError ? `${message}\n\n${usage()}` : message);
  process.exit(1);
});
