import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchReport } from './report';

/** Writes the report as bench/results/<timestamp>.json (and reference.json when asked); returns the paths. */
export function writeResults(root: string, report: BenchReport, asReference: boolean): string[] {
  const dir = path.join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const stamp = report.startedAt.replaceAll(':', '-').replace(/\.\d+Z$/, 'Z');
  const files = [path.join(dir, `${stamp}${report.quick ? '-quick' : ''}.json`)];
  if (asReference) files.push(path.join(dir, 'reference.json'));
  for (const file of files) writeFileSync(file, json);
  return files;
}
