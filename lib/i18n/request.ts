import { getRequestConfig } from 'next-intl/server';
import { catalogs } from './messages';
import { getRequestLocale } from './request-locale';

// next-intl's per-request configuration (wired in next.config.js). Dates are not formatted through it:
// <LocalTime> formats them in the browser, in the viewer's own time zone.
export default getRequestConfig(async () => {
  const locale = await getRequestLocale();
  return { locale, messages: catalogs[locale] };
});
