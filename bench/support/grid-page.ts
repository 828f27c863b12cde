import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import ts from 'typescript';
import type { GridGeometry, GridProbe, KeyCondition } from './grid-probe';

/**
 * The Node side of grid-probe.ts. The probe is transpiled with TypeScript itself rather than passed as
 * functions to page.evaluate: tsx would have wrapped those in helpers that do not exist in the page.
 */

let probeScript: string | null = null;

function compiledProbe(): string {
  probeScript ??= (() => {
    const source = readFileSync(path.join(__dirname, 'grid-probe.ts'), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS },
    });
    // The CommonJS wrapper needs an `exports` object; the probe only publishes window.__benchGrid.
    return `(function (exports) {\n${outputText}\n})({});`;
  })();
  return probeScript;
}

/** Installs the probe in every page the context opens from now on. */
export async function installGridProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: compiledProbe() });
}

/** Calls the probe in the page. */
export function probe(page: Page) {
  const call = <T>(expression: string): Promise<T> => page.evaluate(`window.__benchGrid.${expression}`);
  return {
    firstRowsAt: () => call<ReturnType<GridProbe['firstRowsAt']>>('firstRowsAt()'),
    idle: (frames: number) => call<number[]>(`idle(${frames})`),
    geometry: () => call<GridGeometry>('geometry()'),
    scroll: (frames: number, lastRow: number) =>
      call<Awaited<ReturnType<GridProbe['scroll']>>>(`scroll(${frames}, ${lastRow})`),
    scrollToTop: () => call<void>('scrollToTop()'),
    armKey: (condition: KeyCondition) => call<void>(`armKey(${JSON.stringify(condition)})`),
    keyResult: () => call<number>('keyResult()'),
    paste: (tsv: string, expect: { row: number; col: number; text: string }) =>
      call<number>(`paste(${JSON.stringify(tsv)}, ${JSON.stringify(expect)})`),
    columnIndex: (label: string) => call<number>(`columnIndex(${JSON.stringify(label)})`),
  };
}
