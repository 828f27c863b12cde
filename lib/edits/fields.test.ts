import { describe, expect, it } from 'vitest';
import { GRID_COLUMNS } from '@/components/grid/columns';
import { en } from '@/lib/i18n/messages/en';
import { HEADER_ALIASES, normaliseHeader } from '@/lib/spreadsheet/columns';
import { reshapeChange, reshapeVideo } from '@/lib/vod';
import {
  CATEGORY_IDS,
  changesToWire,
  EDITABLE_FIELDS,
  type EditableValues,
  FIELDS,
  fieldChangesSchema,
  valuesFromWire,
} from './fields';

const sample: EditableValues = {
  title: 'A title',
  description: 'Line one\nline two',
  tags: ['news', 'world'],
  cateId: 42,
  coverUrl: 'https://example.com/cover.jpg',
  referenceId: 'ref-000123',
};

describe('field registry', () => {
  it('derives every table from one entry per field', () => {
    expect(Object.keys(FIELDS)).toEqual([...EDITABLE_FIELDS]);
    expect(Object.keys(en.fields.labels).sort()).toEqual([...EDITABLE_FIELDS].sort());
    expect(Object.keys(fieldChangesSchema(1).shape)).toEqual([...EDITABLE_FIELDS]);
    const columnFields = GRID_COLUMNS.flatMap((column) => (column.field ? [column.field] : []));
    expect(columnFields.sort()).toEqual([...EDITABLE_FIELDS].sort());
    const wireKeys = new Set(EDITABLE_FIELDS.map((field) => FIELDS[field].wireKey));
    expect(wireKeys.size).toBe(EDITABLE_FIELDS.length);
  });

  it('round-trips every value through VOD’s wire shape', () => {
    const wire = changesToWire(sample);
    expect(wire).toEqual({
      Title: 'A title',
      Description: 'Line one\nline two',
      Tags: 'news,world',
      CateId: 42,
      CoverURL: 'https://example.com/cover.jpg',
      ReferenceId: 'ref-000123',
    });
    expect(valuesFromWire(wire)).toEqual(sample);
    const video = reshapeVideo({
      VideoId: 'v1',
      Status: 'Normal',
      CreationTime: '2026-01-01T00:00:00Z',
      ...wire,
      Title: 'A title',
    });
    expect(reshapeChange({ videoId: 'v1', changes: { tags: video.tags } })).toEqual({
      VideoId: 'v1',
      Tags: 'news,world',
    });
  });

  it('formats and parses each value as text, and parses what it formats', () => {
    for (const field of EDITABLE_FIELDS) {
      const definition = FIELDS[field] as (typeof FIELDS)['title'];
      const value = sample[field] as string;
      expect(definition.parse(definition.format(value, CATEGORY_IDS), CATEGORY_IDS)).toEqual(value);
    }
  });

  it('leaves a removed category out of the request, since VOD cannot unset one', () => {
    expect(changesToWire({ cateId: null, title: 'x' })).toEqual({ Title: 'x' });
    expect(valuesFromWire({ CateId: -1 }).cateId).toBeNull();
  });

  it('refuses keys outside the registry in a change set', () => {
    expect(fieldChangesSchema(1).safeParse({ title: 'x', duration: 3 }).success).toBe(false);
    expect(fieldChangesSchema(1).safeParse({ title: 'x'.repeat(129) }).success).toBe(false);
    expect(fieldChangesSchema(1).safeParse({ title: 'x', tags: ['a'] }).success).toBe(true);
  });

  it('brings each field’s spreadsheet headers, in English and Chinese, unique across every column', () => {
    const han = /\p{Script=Han}/u;
    for (const field of EDITABLE_FIELDS) {
      const columns = Object.entries(FIELDS[field].sheetColumns);
      expect(columns.length, field).toBeGreaterThan(0);
      for (const [column, headers] of columns) {
        expect(headers.en.filter((alias) => /^[ -~]+$/.test(alias)).length, column).toBeGreaterThan(0);
        expect(headers.zh.filter((alias) => han.test(alias)).length, column).toBeGreaterThan(0);
      }
    }
    const owners = new Map<string, string[]>();
    for (const [alias, column] of HEADER_ALIASES) {
      const key = normaliseHeader(alias);
      owners.set(key, [...(owners.get(key) ?? []), column]);
    }
    expect([...owners].filter(([, columns]) => columns.length > 1)).toEqual([]);
  });
});
