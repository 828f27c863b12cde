import 'server-only';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';

/**
 * The rule for every new password, whoever sets it (the command line, an admin, the user): 12 to 256
 * characters, and not guessable. Guessability is zxcvbn's estimate against the common-password, name and
 * English word lists shipped with the app, also penalising the account's own email and name. No
 * composition rules (NIST SP 800-63B, ASVS 2.1.9).
 */

// zxcvbn's score 3: "safely unguessable", about 10^8 guesses or more.
const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;

function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return factory;
}

export type PasswordCheck = { ok: true } | { ok: false; message: string };

/**
 * Whether a new password may be set; the message (in `locale`) says why not. `account` lists the email and
 * name.
 */
export function checkPassword(
  password: string,
  account: Array<string | null | undefined> = [],
  locale: Locale = DEFAULT_LOCALE,
): PasswordCheck {
  const t = translatorFor(locale, 'auth');
  if (password.length < PASSWORD_MIN_LENGTH) {
    return { ok: false, message: t('passwordTooShort', { min: PASSWORD_MIN_LENGTH }) };
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return { ok: false, message: t('passwordTooLong', { max: PASSWORD_MAX_LENGTH }) };
  }
  const userInputs = account.flatMap((value) => {
    const lower = value?.toLowerCase() ?? '';
    return [lower, lower.split('@')[0] ?? '', ...lower.split(/[@.\s_-]+/)].filter((part) => part.length >= 3);
  });
  const { score } = estimator().check(password, userInputs);
  return score >= MIN_SCORE ? { ok: true } : { ok: false, message: t('passwordTooGuessable') };
}
