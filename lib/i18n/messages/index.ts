import type { Messages } from 'next-intl';
import type { Locale } from '../locales';
import { en } from './en';
import { zhCN } from './zh-CN';

/**
 * Each locale's catalog. Messages is the English catalog's literal type (so tsc checks ICU arguments); the
 * Chinese one has its shape, checked by its Catalog type, with other texts.
 */
export const catalogs: Record<Locale, Messages> = { en, 'zh-CN': zhCN as Messages };
