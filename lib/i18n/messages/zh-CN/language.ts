import type { Catalog } from '../catalog';

/** language texts (简体中文). */
export const language: Catalog['language'] = {
  label: '语言',
  names: { 'zh-CN': '中文', en: 'English' },
  failed: '语言设置未能保存，请重试。',
};
