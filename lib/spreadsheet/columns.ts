import { EDITABLE_FIELDS, FIELDS, type FieldSheetColumn, type SheetHeaders } from '@/lib/edits/fields';

/**
 * The columns a spreadsheet of videos may hold: the VideoId locator, the columns that write an editable
 * field (each brings its header aliases from the field registry, lib/edits/fields.ts), read-only columns
 * and ignored ones. The headers the export writes (spreadsheet.headers in the catalogs, in either
 * language) are among the aliases.
 */
export type SheetColumnKind = 'videoId' | FieldSheetColumn | 'readOnly' | 'ignore';

type FieldColumnEntry = readonly [FieldSheetColumn, SheetHeaders];

const FIELD_COLUMNS: readonly FieldColumnEntry[] = EDITABLE_FIELDS.flatMap(
  (field) => Object.entries(FIELDS[field].sheetColumns) as FieldColumnEntry[],
);

/** The columns that are no editable field: the locator and the values VOD sets, which an import skips. */
const OTHER_COLUMNS: Record<'videoId' | 'readOnly', SheetHeaders> = {
  videoId: { en: ['VideoId', 'Video', 'ID', 'VID', 'Media ID'], zh: ['视频ID', '视频编号', '媒体ID'] },
  readOnly: {
    en: ['Status', 'Duration', 'Modified', 'Modification time', 'Creation time', 'Created', 'Size'],
    zh: ['状态', '时长', '修改时间', '创建时间', '大小'],
  },
};

/** Every column kind, in the order the mapping step offers them: the locators first. */
export const SHEET_COLUMN_KINDS: readonly SheetColumnKind[] = [
  'videoId',
  'referenceId',
  ...FIELD_COLUMNS.map(([kind]) => kind).filter((kind) => kind !== 'referenceId'),
  'readOnly',
  'ignore',
];

/** A header reduced to what the aliases compare: lower case, without spaces, `_`, `-`, `.`, `:` or a BOM. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\s_.\-:：]+/g, '');
}

/** Every header alias with the column it names, as written (the registry's tests check they are unique). */
export const HEADER_ALIASES: readonly (readonly [string, SheetColumnKind])[] = [
  ...(Object.entries(OTHER_COLUMNS) as [SheetColumnKind, SheetHeaders][]),
  ...FIELD_COLUMNS,
].flatMap(([kind, headers]) => [...headers.en, ...headers.zh].map((alias) => [alias, kind] as const));

const BY_ALIAS: ReadonlyMap<string, SheetColumnKind> = new Map(
  HEADER_ALIASES.map(([alias, kind]) => [normaliseHeader(alias), kind]),
);

/** The column a header means, or null when it is not recognised. */
export function matchHeader(header: string): SheetColumnKind | null {
  return BY_ALIAS.get(normaliseHeader(header)) ?? null;
}

/** A header with the column kind it was recognised or mapped as. */
export type ColumnMapping = readonly (SheetColumnKind | null)[];

export type MappingProblem = { code: 'noIdColumn' } | { code: 'duplicateColumn'; kind: SheetColumnKind };

/** Why a complete mapping cannot be used: no locator column, or one kind mapped twice. */
export function mappingProblem(mapping: ColumnMapping): MappingProblem | null {
  const seen = new Set<SheetColumnKind>();
  for (const kind of mapping) {
    if (kind === null || kind === 'ignore' || kind === 'readOnly') continue;
    if (seen.has(kind)) return { code: 'duplicateColumn', kind };
    seen.add(kind);
  }
  return seen.has('videoId') || seen.has('referenceId') ? null : { code: 'noIdColumn' };
}

/** Where a row's video is found: the VideoId column, else the ReferenceId column (then not an edit). */
export function locatorOf(mapping: ColumnMapping): { kind: 'videoId' | 'referenceId'; index: number } | null {
  const videoId = mapping.indexOf('videoId');
  if (videoId >= 0) return { kind: 'videoId', index: videoId };
  const referenceId = mapping.indexOf('referenceId');
  return referenceId >= 0 ? { kind: 'referenceId', index: referenceId } : null;
}

/** A short stable key for a header row, under which a chosen mapping is remembered. */
export function headerKey(headers: readonly string[]): string {
  // FNV-1a over the normalised headers: collisions only cost a wrong mapping suggestion, shown for review.
  let hash = 0x811c9dc5;
  const text = headers.map(normaliseHeader).join('\u0001');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${headers.length}-${(hash >>> 0).toString(36)}`;
}
