import type { Messages, NamespaceKeys, NestedKeyOf } from 'next-intl';
// The React-free core: this module also runs in the command line and in tests, outside any React build.
import { createTranslator } from 'use-intl/core';
import type { Locale } from './locales';
import { catalogs } from './messages';

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/** A translator bound to one area of the catalog, as useTranslations, getTranslations and translatorFor give it. */
export type Translator<NS extends Namespace = never> = ReturnType<typeof createTranslator<Messages, NS>>;

/** A translator outside React and outside a request (command line, exports, tests). */
export function translatorFor<NS extends Namespace = never>(locale: Locale, namespace?: NS): Translator<NS> {
  return createTranslator({ locale, messages: catalogs[locale], namespace });
}
