import { z } from 'zod';
import type { WireUpdateItem, WireVideo } from '@/lib/vod-wire/shapes';
import { LIMITS } from './limits';
import type { TagOperation } from './tag-ops';
import {
  type FieldIssue,
  validateCategory,
  validateCoverUrl,
  validateReferenceId,
  validateTags,
  validateText,
} from './validate';

/**
 * The editable metadata of a video, defined once. Every table about the fields (the save request's
 * schema, the draft schema, VOD's wire shape, the grid's columns and editors, labels, change texts, the
 * emulator's item schema) is derived from FIELDS below, so a field added here is either handled
 * everywhere or fails the typecheck. docs/architecture.md lists the places.
 */

export const EDITABLE_FIELDS = ['title', 'description', 'tags', 'cateId', 'coverUrl', 'referenceId'] as const;

export type EditableField = (typeof EDITABLE_FIELDS)[number];

export interface EditableValues {
  title: string;
  description: string;
  tags: string[];
  /** null when the video has no category; VOD cannot unset one, so null is never sent. */
  cateId: number | null;
  coverUrl: string;
  referenceId: string;
}

/** Only the fields that change, as sent to UpdateVideoInfos. */
export type FieldChanges = Partial<EditableValues>;

/**
 * One video's change as it travels from the grid through the save request and the batch store to VOD:
 * the values of the changed fields as loaded (`base`) and as edited (`changes`).
 */
export interface SaveItem {
  videoId: string;
  /** The video's title when the change was made, so a batch's items can be found by it. */
  title: string;
  base: FieldChanges;
  changes: FieldChanges;
  /** "Add tags"/"Remove tags" as an operation on VOD's tags, instead of an absolute `changes.tags`. */
  tagOps?: TagOperation | null;
}

/** One editable value, whichever field it belongs to. */
export type FieldValue = EditableValues[EditableField];

/** How a field is edited in the grid; the grid maps each kind to its editor and cell. */
export type EditorKind = 'text' | 'longText' | 'tags' | 'category';

/** The keys of UpdateVideoInfos' items that carry an editable field (ReferenceId doubles as a locator). */
export type WireFieldKey = Exclude<keyof WireUpdateItem, 'VideoId'>;

/**
 * The headers people type for one spreadsheet column, in English and in Chinese (more languages may
 * follow). A header matches when it equals one of them ignoring case, spaces, `_`, `-`, `.` and `:`.
 */
export interface SheetHeaders {
  en: readonly string[];
  zh: readonly string[];
}

/**
 * The spreadsheet columns that write a field: one named after the field, and for tags and categories the
 * other forms editors use (tag operations; a category's path beside its ID).
 */
interface ExtraSheetColumns {
  tags: 'tags' | 'addTags' | 'removeTags';
  cateId: 'category' | 'cateId';
}
/** The spreadsheet columns of one field. */
export type SheetColumnOf<F extends EditableField> = F extends keyof ExtraSheetColumns
  ? ExtraSheetColumns[F]
  : F;

/** Every spreadsheet column that writes an editable field. */
export type FieldSheetColumn = SheetColumnOf<EditableField>;

/** What turns a category into text and back; the grid supplies its loaded category tree. */
export interface CategoryText {
  pathOf(cateId: number): string | null;
  /** A category id from its id, path or unique name, or null when the text names none. */
  resolve(text: string): number | null;
}

/** Everything the product knows about one editable field; `C` names its spreadsheet columns. */
export interface FieldDefinition<V extends FieldValue, C extends string = string> {
  /** Its key in UpdateVideoInfos' UpdateContent items and in GetVideoInfos' videos. */
  wireKey: WireFieldKey;
  editor: EditorKind;
  /** The value of a cleared cell. */
  empty: V;
  /** Whether an editor may clear it once it has a value (VOD cannot unset a category or Reference ID). */
  clearable: boolean;
  /**
   * The structural schema of a value; strings and lists are capped at `slack` times their VOD limit, in
   * UTF-16 units, so nothing valid is refused and nothing huge is counted byte by byte.
   */
  schema(slack: number): z.ZodType<V>;
  /** The issue with a new value against VOD's limits; `base` is the value loaded from VOD. */
  validate(value: V, base?: V): FieldIssue | null;
  equals(a: V, b: V): boolean;
  /** The value as text: what an editor starts with, what is copied and exported. */
  format(value: V, categories: CategoryText): string;
  /** Typed, pasted or imported text as a value, or null when the text is no value of this field. */
  parse(text: string, categories: CategoryText): V | null;
  /** The value as VOD stores it on a video. */
  fromWire(video: Partial<Pick<WireVideo, WireFieldKey>>): V;
  /** The value as UpdateVideoInfos takes it, or undefined when it is not sent (a removed category). */
  toWire(value: V): string | number | undefined;
  /** The schema of the wire value VOD accepts in UpdateContent (the emulator checks requests with it). */
  wireSchema: z.ZodType<string | number>;
  /** The spreadsheet columns that write it, each with the headers an import recognises. */
  sheetColumns: Readonly<Record<C, SheetHeaders>>;
}

/** Categories by id only, where no category tree is at hand (exports, the history, the server). */
export const CATEGORY_IDS: CategoryText = {
  pathOf: () => null,
  resolve: (text) => (/^\d{1,15}$/.test(text.trim()) ? Number(text.trim()) : null),
};

/** The registry's shape: one definition per editable field, no more, no less. */
export type FieldRegistry = {
  readonly [F in EditableField]: FieldDefinition<EditableValues[F], SheetColumnOf<F>>;
};

/** Splits a comma-separated tag string the way VOD stores it: trimmed, empty pieces dropped. */
export function parseTags(value: string): string[] {
  return value
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
}

/** Joins tags into VOD's comma-separated form. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(',');
}

const TAG_UNIT_CAP = 4 * LIMITS.tagMaxBytes;
const wireText = z.string({ error: 'must be a string' });
// VOD's older examples send CateId as a numeric string; both forms are accepted.
const wireInteger = z.union(
  [
    z.number().int().safe(),
    z
      .string()
      .regex(/^-?\d{1,15}$/)
      .transform(Number),
  ],
  { error: 'must be an integer' },
);

const sameText = (a: string, b: string) => a === b;

/** A plain text field: the same on the wire as in the app. */
function textField<C extends string>(options: {
  wireKey: WireFieldKey;
  editor: 'text' | 'longText';
  maxUnits: number;
  clearable: boolean;
  trim: boolean;
  validate: (value: string, base?: string) => FieldIssue | null;
  sheetColumns: Record<C, SheetHeaders>;
}): FieldDefinition<string, C> {
  return {
    wireKey: options.wireKey,
    editor: options.editor,
    empty: '',
    clearable: options.clearable,
    schema: (slack) => z.string().max(slack * options.maxUnits),
    validate: options.validate,
    equals: sameText,
    format: (value) => value,
    parse: (text) => (options.trim ? text.trim() : text),
    fromWire: (video) => (video[options.wireKey] as string | undefined) ?? '',
    toWire: (value) => value,
    wireSchema: wireText,
    sheetColumns: options.sheetColumns,
  };
}

export const FIELDS: FieldRegistry = {
  title: textField({
    wireKey: 'Title',
    editor: 'text',
    maxUnits: LIMITS.titleMaxBytes,
    clearable: false,
    trim: false,
    validate: (value) =>
      validateText(value, { required: true, maxBytes: LIMITS.titleMaxBytes, singleLine: true }),
    sheetColumns: {
      title: { en: ['Title', 'Name', 'Video title'], zh: ['标题', '视频标题', '名称'] },
    },
  }),
  description: textField({
    wireKey: 'Description',
    editor: 'longText',
    maxUnits: LIMITS.descriptionMaxBytes,
    clearable: true,
    trim: false,
    validate: (value) =>
      validateText(value, { required: false, maxBytes: LIMITS.descriptionMaxBytes, singleLine: false }),
    sheetColumns: {
      description: { en: ['Description', 'Desc', 'Video description'], zh: ['描述', '简介', '视频描述'] },
    },
  }),
  tags: {
    wireKey: 'Tags',
    editor: 'tags',
    empty: [],
    clearable: true,
    schema: (slack) => z.array(z.string().max(slack * TAG_UNIT_CAP)).max(slack * LIMITS.tagsMaxCount),
    validate: validateTags,
    // Tags compare as ordered lists of trimmed tags.
    equals: (a, b) => a.length === b.length && a.every((tag, i) => tag.trim() === b[i]!.trim()),
    format: (value) => value.join(', '),
    parse: parseTags,
    fromWire: (video) => parseTags(video.Tags ?? ''),
    toWire: (value) => formatTags(value.map((tag) => tag.trim())),
    wireSchema: wireText,
    // Add tags / Remove tags become tag operations that merge like the grid's bulk actions.
    sheetColumns: {
      tags: { en: ['Tags', 'Tag', 'Keywords'], zh: ['标签', '视频标签'] },
      addTags: { en: ['Add tags', 'Add tag', 'Tags to add'], zh: ['添加标签', '增加标签', '新增标签'] },
      removeTags: {
        en: ['Remove tags', 'Remove tag', 'Delete tags', 'Tags to remove'],
        zh: ['删除标签', '移除标签'],
      },
    },
  },
  cateId: {
    wireKey: 'CateId',
    editor: 'category',
    empty: null,
    clearable: false,
    schema: () => z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable(),
    validate: validateCategory,
    equals: (a, b) => a === b,
    format: (value, categories) => (value === null ? '' : (categories.pathOf(value) ?? String(value))),
    // Text naming no category is refused, so a paste never invents one.
    parse: (text, categories) => (text.trim() === '' ? null : categories.resolve(text)),
    // VOD reports "no category" as an absent CateId or -1.
    fromWire: (video) => {
      const id = video.CateId === undefined ? -1 : Number(video.CateId);
      return Number.isSafeInteger(id) && id > 0 ? id : null;
    },
    toWire: (value) => value ?? undefined,
    wireSchema: wireInteger,
    // A category is imported by its path (or name) or by its ID.
    sheetColumns: {
      category: {
        en: ['Category', 'Category path', 'Category name', 'CateName'],
        zh: ['分类', '分类路径', '分类名称', '类目'],
      },
      cateId: { en: ['CateId', 'Category ID'], zh: ['分类ID', '类目ID'] },
    },
  },
  coverUrl: textField({
    wireKey: 'CoverURL',
    editor: 'text',
    maxUnits: LIMITS.coverUrlMaxBytes,
    clearable: false,
    trim: true,
    validate: validateCoverUrl,
    sheetColumns: {
      coverUrl: {
        en: ['CoverURL', 'Cover', 'Thumbnail', 'Thumbnail URL', 'Poster'],
        zh: ['封面', '封面URL', '封面地址', '封面链接'],
      },
    },
  }),
  referenceId: textField({
    wireKey: 'ReferenceId',
    editor: 'text',
    maxUnits: LIMITS.referenceIdMaxLength,
    clearable: false,
    trim: true,
    validate: validateReferenceId,
    sheetColumns: {
      referenceId: {
        en: ['ReferenceId', 'Reference', 'Ref ID', 'Custom ID'],
        zh: ['自定义ID', '参考ID', '外部ID'],
      },
    },
  }),
};

/** The definition of one field, typed by its name. */
export function fieldDefinition<F extends EditableField>(field: F): FieldDefinition<EditableValues[F]> {
  return FIELDS[field] as FieldDefinition<EditableValues[F]>;
}

/** Whether two values of the same field are equal. */
export function fieldEquals<F extends EditableField>(
  field: F,
  a: EditableValues[F],
  b: EditableValues[F],
): boolean {
  return fieldDefinition(field).equals(a, b);
}

/** Checks one field's new value against VOD's limits; `base` is the value loaded from VOD. */
export function validateField<F extends EditableField>(
  field: F,
  value: EditableValues[F],
  base?: EditableValues[F],
): FieldIssue | null {
  return fieldDefinition(field).validate(value, base);
}

/** The fields present in a set of changes, in registry order. */
export function changedFields(changes: FieldChanges): EditableField[] {
  return EDITABLE_FIELDS.filter((field) => changes[field] !== undefined);
}

/** A strict schema of field changes (any subset of the fields), values capped at `slack` × their limit. */
export function fieldChangesSchema(slack: number) {
  const shape = Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, FIELDS[field].schema(slack)])) as {
    [F in EditableField]: z.ZodType<EditableValues[F]>;
  };
  return z.strictObject(shape).partial();
}

/** The editable values of a video as VOD reports it. */
export function valuesFromWire(video: Partial<Pick<WireVideo, WireFieldKey>>): EditableValues {
  return Object.fromEntries(
    EDITABLE_FIELDS.map((field) => [field, FIELDS[field].fromWire(video)]),
  ) as unknown as EditableValues;
}

/** The UpdateContent keys for a set of changes; fields whose wire value is undefined are left out. */
export function changesToWire(changes: FieldChanges): Omit<WireUpdateItem, 'VideoId'> {
  const item: Record<string, string | number> = {};
  for (const field of changedFields(changes)) {
    const wire = fieldDefinition(field).toWire(changes[field] as never);
    if (wire !== undefined) item[FIELDS[field].wireKey] = wire;
  }
  return item as Omit<WireUpdateItem, 'VideoId'>;
}
