import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * lib/vod and lib/batches each offer one service through their index.ts. Nothing outside such a folder may
 * import past its index: the index is the folder's whole contract, so its insides can change freely.
 */
const SERVICES = ['lib/vod', 'lib/batches'];
const ROOT = join(__dirname, '..');
const SKIP = new Set(['node_modules', '.next', '.data', '.git', 'test-results', 'playwright-report']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every import that reaches into a service folder from outside it, as "file: specifier". */
function importsPastIndex(files: readonly string[], read: (file: string) => string): string[] {
  const found: string[] = [];
  for (const file of files) {
    const path = relative(ROOT, file);
    // This test's own examples of a violation are strings, not imports.
    if (path === 'test/module-edges.test.ts') continue;
    const text = read(file);
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"]@\/([^'"]+)['"]/g)) {
      const target = match[1]!;
      for (const service of SERVICES) {
        const isInside = path.startsWith(`${service}/`);
        if (!isInside && target.startsWith(`${service}/`)) found.push(`${path}: @/${target}`);
      }
    }
  }
  return found;
}

describe('module edges', () => {
  it('nothing imports past the index of lib/vod or lib/batches', () => {
    const files = sourceFiles(ROOT);
    expect(files.length).toBeGreaterThan(100);
    expect(importsPastIndex(files, (file) => readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('finds an import past an index', () => {
    const files = [join(ROOT, 'components/x.tsx'), join(ROOT, 'lib/vod/client.ts')];
    const source: Record<string, string> = {
      [files[0]!]: "import { x } from '@/lib/vod/transport';\nimport type { Video } from '@/lib/vod';",
      [files[1]!]: "import { y } from '@/lib/vod/retry';",
    };
    expect(importsPastIndex(files, (file) => source[file]!)).toEqual([
      'components/x.tsx: @/lib/vod/transport',
    ]);
  });
});
