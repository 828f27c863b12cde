import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderReport, renderTable } from './report';
import { toRow } from './rows';

const rows = [
  toRow({
    group: 'save',
    name: 'save 2,000 videos',
    unit: 'videos/s',
    samples: [550, 560],
    target: { op: 'ge', threshold: 540, unit: 'videos/s' },
    baseline: {
      baseline: { label: 'API limit', value: 600, unit: 'videos/s', ratioFormat: 'percent' },
      ratios: [550 / 600, 560 / 600],
    },
  }),
  toRow({ group: 'bundle', name: 'a | b', unit: 'kB', samples: [200, 200] }),
];

describe('[bench][report]', () => {
  it('aligns every column of the plain table', () => {
    const lines = renderTable(rows).split('\n');
    expect(lines).toHaveLength(4);
    const metAt = lines[0]!.indexOf('Met');
    expect(lines[2]!.slice(metAt, metAt + 3)).toBe('yes');
    expect(lines[2]).toContain('92.5 %');
  });

  it('escapes pipes in Markdown cells', () => {
    const markdown = renderMarkdown(rows);
    expect(markdown).toContain('a \\| b');
    expect(markdown.split('\n')[1]).toMatch(/^\| --- \|/);
  });

  it('lists skipped and failed groups and the missed targets', () => {
    const text = renderReport({
      startedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: '2026-01-01T00:01:00.000Z',
      command: 'npm run bench',
      quick: false,
      machine: {
        cpuModel: 'Test CPU',
        cores: 2,
        memoryGb: 4,
        node: 'v20.0.0',
        platform: 'Linux',
        loadAverage: 0.5,
        commit: null,
      },
      loadAverageAtEnd: 0.7,
      rows: [{ ...rows[0]!, met: 'no' }],
      skipped: [{ group: 'grid', reason: 'no build' }],
      failed: [{ group: 'vod', reason: 'boom' }],
    });
    expect(text).toContain('Test CPU, 2 cores');
    expect(text).toContain('skipped grid: no build');
    expect(text).toContain('FAILED vod: boom');
    expect(text).toContain('1 missed (save: save 2,000 videos)');
  });
});
