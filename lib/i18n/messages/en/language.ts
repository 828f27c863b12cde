/** language texts (English). */
export const language = {
  label: 'Language',
  names: { 'zh-CN': '中文', en: 'English' },
  failed: 'The language could not be saved. Try again.',
} as const;
