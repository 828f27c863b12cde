import { z } from 'zod';

/** Columns the viewer may hide, reorder, resize and sort; the row-header columns always stay. */
export const CONFIGURABLE_COLUMN_IDS = [
  'cover',
  'videoId',
  'title',
  'description',
  'tags',
  'category',
  'coverUrl',
  'referenceId',
  'status',
  'duration',
  'modified',
] as const;

export type ConfigurableColumnId = (typeof CONFIGURABLE_COLUMN_IDS)[number];

const columnIdSchema = z.enum(CONFIGURABLE_COLUMN_IDS);

export const gridPreferencesSchema = z.object({
  version: z.literal(1),
  /** Columns the viewer hid. */
  hidden: z.array(columnIdSchema).max(CONFIGURABLE_COLUMN_IDS.length),
  /** Display order; columns missing here keep their default place after the listed ones. */
  order: z.array(columnIdSchema).max(CONFIGURABLE_COLUMN_IDS.length),
  /** Widths in CSS pixels. */
  sizes: z.partialRecord(columnIdSchema, z.number().int().min(40).max(2000)),
  sort: z.array(z.object({ id: columnIdSchema, desc: z.boolean() })).max(1),
  /** Columns kept in view at the left when the grid scrolls sideways; absent in older preferences. */
  pinned: z.array(columnIdSchema).max(CONFIGURABLE_COLUMN_IDS.length).optional(),
});

/** Column visibility, order, widths and sort of the videos grid; plain JSON, persisted per user. */
export type GridPreferences = z.infer<typeof gridPreferencesSchema>;

export const DEFAULT_GRID_PREFERENCES: GridPreferences = {
  version: 1,
  hidden: [],
  order: [...CONFIGURABLE_COLUMN_IDS],
  sizes: {},
  sort: [],
  pinned: ['videoId', 'title'],
};

/** The pinned columns of the preferences; older preferences without the list get the default ones. */
export function pinnedColumns(preferences: GridPreferences): readonly ConfigurableColumnId[] {
  return preferences.pinned ?? DEFAULT_GRID_PREFERENCES.pinned!;
}

/** Parses stored preferences, or null when they are missing or from an incompatible version. */
export function parseGridPreferences(value: unknown): GridPreferences | null {
  const parsed = gridPreferencesSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
