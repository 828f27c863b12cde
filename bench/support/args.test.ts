import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';

describe('[bench][args]', () => {
  it('runs every group in suite order when none is named', () => {
    expect(parseArgs([]).groups).toEqual([
      'emulator',
      'vod',
      'save',
      'store',
      'overview',
      'grid',
      'review',
      'spreadsheet',
      'bundle',
      'cluster',
    ]);
  });

  it('keeps suite order for named groups and reads the flags', () => {
    expect(parseArgs(['grid', '--quick', 'vod', 'grid'])).toEqual({
      groups: ['vod', 'grid'],
      quick: true,
      reference: false,
      help: false,
    });
  });

  it('rejects unknown arguments and a quick reference run', () => {
    expect(() => parseArgs(['--fast'])).toThrow(UsageError);
    expect(() => parseArgs(['--quick', '--reference'])).toThrow(/full run/);
  });
});
