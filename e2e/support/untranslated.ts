import type { Page } from '@playwright/test';

/**
 * Finds English left on a page that should be all Chinese: every visible text (screen-reader-only text
 * included), the accessible names and hints in attributes, and the document title. Text explicitly marked
 * `lang="en"` (the language switch's "English") is English by design and skipped.
 */

/** Words that stay as they are in Chinese: product, API and format names Alibaba Cloud's console keeps. */
export const ALLOWED_ENGLISH = new Set([
  'VOD',
  'VideoId',
  'ID',
  'CSV',
  'JSON',
  'RequestId',
  'UpdateVideoInfos',
  'TOTP',
  'OpenID',
  'Connect',
  // Chinese writes the time standard as UTC too (the server's render of a time, before the browser's).
  'UTC',
]);

// User data and machine identifiers: emails, UUIDs (batch ids), VOD video and request ids, ISO dates,
// short batch ids, and a two-step key with its otpauth:// link.
const MACHINE_TEXT = [
  /otpauth:\/\/\S+/g,
  /\b[A-Z2-7]{16,}\b/g,
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g,
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /\b[0-9a-f]{32}\b/gi,
  /\b\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?\b/g,
  /\b[0-9a-f]{8}\b/g,
];

/** The page's user-facing texts, as the browser renders them. */
async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const isEnglish = (element: Element | null) => element?.closest('[lang]')?.getAttribute('lang') === 'en';
    // Keys (<kbd>) read as printed on the keyboard, in every language.
    const isShown = (element: Element) =>
      element.checkVisibility({ visibilityProperty: true }) &&
      !element.closest('script, style, noscript, template, kbd');
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && isShown(parent) && !isEnglish(parent) && node.textContent?.trim())
        texts.push(node.textContent);
    }
    const attributes = [
      'aria-label',
      'aria-description',
      'aria-roledescription',
      'title',
      'placeholder',
      'alt',
    ];
    for (const element of document.body.querySelectorAll('*')) {
      if (!isShown(element) || isEnglish(element)) continue;
      for (const name of attributes) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
      if (element instanceof HTMLInputElement && ['submit', 'button'].includes(element.type))
        texts.push(element.value);
    }
    return texts;
  });
}

/**
 * The English words on the page outside the allow-list, each with the text it was found in. `userData`
 * lists the values of this test's data (titles, tags, names) that are English on purpose.
 */
export async function findUntranslated(page: Page, userData: readonly string[] = []): Promise<string[]> {
  const found: string[] = [];
  const data = [...userData].filter(Boolean).sort((a, b) => b.length - a.length);
  for (const text of await pageTexts(page)) {
    let rest = text;
    for (const value of data) rest = rest.split(value).join(' ');
    for (const pattern of MACHINE_TEXT) rest = rest.replace(pattern, ' ');
    for (const word of rest.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) {
      if (!ALLOWED_ENGLISH.has(word)) found.push(`${word}  ←  ${text.trim().slice(0, 120)}`);
    }
  }
  return [...new Set(found)];
}
