/**
 * Choices about how the app looks that belong to this browser rather than to an account: kept in cookies,
 * so the server renders the page already in the chosen state and nothing jumps after the first paint.
 */

/** The colour schemes a viewer can choose; "system" follows the system's prefers-color-scheme. */
export const THEMES = ['light', 'dark', 'system'] as const;

export type Theme = (typeof THEMES)[number];

export const THEME_COOKIE = 'vod_theme';

/** Remembers that the /videos filter bar is folded to its one-line summary. */
export const FILTERS_COLLAPSED_COOKIE = 'vod_filters_collapsed';

/** The theme a cookie value names; anything else (none, tampered) follows the system. */
export function themeOf(value: string | undefined): Theme {
  return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : 'system';
}

/** Remembers that the editor dismissed the grid's first-visit hint. */
export const GRID_HINT_DISMISSED_COOKIE = 'vod_grid_hint_dismissed';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Writes one of these cookies from the browser; the values are fixed words, never user input. */
export function rememberInBrowser(
  name: typeof THEME_COOKIE | typeof FILTERS_COLLAPSED_COOKIE | typeof GRID_HINT_DISMISSED_COOKIE,
  value: string,
) {
  // biome-ignore lint/suspicious/noDocumentCookie: a plain first-party cookie the server reads before rendering; the Cookie Store API is not in every browser we support.
  document.cookie = `${name}=${value}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
}
