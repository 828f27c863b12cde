import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '..');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

describe('stylesheets', () => {
  it('take their colours from the tokens of globals.css, each with a light and a dark value, so dark mode reaches everything', () => {
    const literals: string[] = [];
    for (const file of [...cssFiles(path.join(ROOT, 'app')), ...cssFiles(path.join(ROOT, 'components'))]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (/light-dark\(/.test(line)) return;
          if (/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i.test(line))
            literals.push(`${path.relative(ROOT, file)}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(literals).toEqual([]);
  });

  it('are the only global styles: every other stylesheet is a CSS module beside the component it styles', () => {
    const globals = [...cssFiles(path.join(ROOT, 'app')), ...cssFiles(path.join(ROOT, 'components'))]
      .map((file) => path.relative(ROOT, file))
      .filter((file) => !file.endsWith('.module.css'));
    expect(globals).toEqual(['app/globals.css']);
  });
});
