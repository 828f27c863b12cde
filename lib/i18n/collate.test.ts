import { describe, expect, it } from 'vitest';
import { textComparer } from './collate';

describe('textComparer', () => {
  it('sorts Chinese titles by pinyin in zh-CN', () => {
    const titles = ['张家界航拍', '北京新闻', '阿里云峰会', '成都美食'];
    expect(titles.sort(textComparer('zh-CN'))).toEqual(['阿里云峰会', '北京新闻', '成都美食', '张家界航拍']);
  });

  it('sorts English titles alphabetically, whatever their case', () => {
    expect(['banana', 'Apple', 'cherry'].sort(textComparer('en'))).toEqual(['Apple', 'banana', 'cherry']);
  });
});
