import { getRequestConfig } from 'next-intl/server';
import { catalogs } from './messages';
import { getRequestLocale } from './request-locale';

// next-intl's per-request configuration (wired in next.config.js). The server cannot know the viewer's time
// zone, so dates are not formatted through next-intl: <LocalTime> formats them in the browser, in the
// viewer's zone. The UTC here only keeps next-intl from guessing one (and warning about it).
export default getRequestConfig(async () => {
  const locale = await getRequestLocale();
  return { locale, messages: catalogs[locale], timeZone: 'UTC' };
});
