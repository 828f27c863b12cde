import { formatMachine, type MachineInfo } from './machine';
import { formatNumber } from './rows';
import type { BenchRow, GroupName } from './types';

export interface GroupProblem {
  group: GroupName;
  reason: string;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  /** The arguments the suite ran with, to reproduce it. */
  command: string;
  quick: boolean;
  machine: MachineInfo;
  /** 1-minute load average when the run ended; with machine.loadAverage, how busy the machine was. */
  loadAverageAtEnd: number;
  rows: BenchRow[];
  /** Groups whose prerequisite was missing. */
  skipped: GroupProblem[];
  /** Groups that crashed. */
  failed: GroupProblem[];
}

const HEADERS = [
  'Group',
  'Benchmark',
  'Median',
  'Spread (min–max)',
  'Runs',
  'Target',
  'Met',
  'Baseline',
  'Ratio',
];

function formatRatio(row: BenchRow): string {
  if (row.ratio === null || !row.baseline) return '';
  return row.baseline.ratioFormat === 'percent'
    ? `${(row.ratio * 100).toFixed(1)} %`
    : `${row.ratio.toFixed(2)}×`;
}

// A factor reads "2.24×", everything else "575 videos/s".
const withUnit = (value: number, unit: string) => `${formatNumber(value)}${unit === '×' ? '' : ' '}${unit}`;

function cells(row: BenchRow): string[] {
  return [
    row.group,
    row.name,
    withUnit(row.value, row.unit),
    row.runs > 1 ? `${formatNumber(row.spread.min)}–${formatNumber(row.spread.max)}` : '',
    String(row.runs),
    row.target ?? '',
    row.met,
    row.baseline ? `${row.baseline.label}: ${withUnit(row.baseline.value, row.baseline.unit)}` : '',
    formatRatio(row),
  ];
}

/** The rows as an aligned plain-text table for a terminal. */
export function renderTable(rows: readonly BenchRow[]): string {
  const body = rows.map(cells);
  const widths = HEADERS.map((header, i) => Math.max(header.length, ...body.map((line) => line[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((value, i) => value.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(HEADERS), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/** The rows as a Markdown table, for the README. */
export function renderMarkdown(rows: readonly BenchRow[]): string {
  const line = (values: string[]) => `| ${values.map((value) => value.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(HEADERS), line(HEADERS.map(() => '---')), ...rows.map((row) => line(cells(row)))].join('\n');
}

/** The whole report for a terminal: machine, table, then what was skipped or failed. */
export function renderReport(report: BenchReport): string {
  const lines = [
    `Machine: ${formatMachine(report.machine)} (load at the end ${report.loadAverageAtEnd})`,
    `Mode: ${report.quick ? 'quick (smallest sizes, for CI)' : 'full'}; command: ${report.command}`,
    '',
    report.rows.length > 0 ? renderTable(report.rows) : '(no rows)',
  ];
  for (const { group, reason } of report.skipped) lines.push(`skipped ${group}: ${reason}`);
  for (const { group, reason } of report.failed) lines.push(`FAILED ${group}: ${reason}`);
  const missed = report.rows.filter((row) => row.met === 'no');
  lines.push(
    '',
    `${report.rows.length} benchmarks, ${report.rows.filter((row) => row.met === 'yes').length} targets met, ${missed.length} missed${missed.length > 0 ? ` (${missed.map((row) => `${row.group}: ${row.name}`).join('; ')})` : ''}.`,
  );
  return lines.join('\n');
}
