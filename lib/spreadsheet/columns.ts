/**
 * The columns a spreadsheet of videos may hold, the header aliases people type for each (English and
 * Chinese, matched case-insensitively and ignoring spaces, underscores, hyphens and dots). The headers the
 * export writes (spreadsheet.headers in the catalogs, in either language) are among them.
 */

export const SHEET_COLUMN_KINDS = [
  'videoId',
  'referenceId',
  'title',
  'description',
  'tags',
  'addTags',
  'removeTags',
  'category',
  'cateId',
  'coverUrl',
  'readOnly',
  'ignore',
] as const;

export type SheetColumnKind = (typeof SHEET_COLUMN_KINDS)[number];

const ALIASES: Record<Exclude<SheetColumnKind, 'ignore'>, readonly string[]> = {
  videoId: ['videoid', 'video', 'id', 'vid', '视频id', '视频编号', '媒体id', 'mediaid'],
  referenceId: ['referenceid', 'reference', 'refid', 'customid', '自定义id', '参考id', '外部id'],
  title: ['title', 'name', 'videotitle', '标题', '视频标题', '名称'],
  description: ['description', 'desc', 'videodescription', '描述', '简介', '视频描述'],
  tags: ['tags', 'tag', 'keywords', '标签', '视频标签'],
  addTags: ['addtags', 'addtag', 'tagstoadd', '添加标签', '增加标签', '新增标签'],
  removeTags: ['removetags', 'removetag', 'deletetags', 'tagstoremove', '删除标签', '移除标签'],
  category: ['category', 'categorypath', 'categoryname', 'catename', '分类', '分类路径', '分类名称', '类目'],
  cateId: ['cateid', 'categoryid', '分类id', '类目id'],
  coverUrl: [
    'coverurl',
    'cover',
    'thumbnail',
    'thumbnailurl',
    'poster',
    '封面',
    '封面url',
    '封面地址',
    '封面链接',
  ],
  readOnly: [
    'status',
    'duration',
    'modified',
    'modificationtime',
    'creationtime',
    'created',
    'size',
    '状态',
    '时长',
    '修改时间',
    '创建时间',
    '大小',
  ],
};

/** A header reduced to what the aliases compare: lower case, without spaces, `_`, `-`, `.` or a BOM. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\s_.\-:：]+/g, '');
}

const BY_ALIAS: ReadonlyMap<string, SheetColumnKind> = new Map(
  Object.entries(ALIASES).flatMap(([kind, aliases]) =>
    aliases.map((alias) => [alias, kind as SheetColumnKind] as const),
  ),
);

/** The column a header means, or null when it is not recognised. */
export function matchHeader(header: string): SheetColumnKind | null {
  return BY_ALIAS.get(normaliseHeader(header)) ?? null;
}

/** Kinds that hold a value to apply, i.e. everything but locators, read-only and ignored columns. */
export const VALUE_KINDS = [
  'title',
  'description',
  'tags',
  'addTags',
  'removeTags',
  'category',
  'cateId',
  'coverUrl',
] as const satisfies readonly SheetColumnKind[];

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
