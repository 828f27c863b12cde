/**
 * Type-level tests of the field registry, checked by `tsc` (npm run typecheck), not run: each
 * `@ts-expect-error` below must meet an error, so a table that stops failing on a missing field fails the
 * typecheck itself.
 */
import type { z } from 'zod';
import type { GridColumn } from '@/components/grid/columns';
import type { EditableField, FieldDefinition, FieldRegistry } from './fields';
import { fieldChangesSchema } from './fields';

declare const text: FieldDefinition<string>;
declare const tags: FieldDefinition<string[]>;
declare const category: FieldDefinition<number | null>;

// The registry itself: every field, with a definition of the right value type.
export const complete: FieldRegistry = {
  title: text,
  description: text,
  tags,
  cateId: category,
  coverUrl: text,
  referenceId: text,
};

// @ts-expect-error a registry without referenceId does not typecheck
export const missingField: FieldRegistry = {
  title: text,
  description: text,
  tags,
  cateId: category,
  coverUrl: text,
};

// @ts-expect-error a field whose definition has the wrong value type does not typecheck
export const wrongType: FieldRegistry = { ...complete, tags: text };

// Every table keyed by field is a Record over EditableField, so a missing key fails.
// @ts-expect-error labels without cateId do not typecheck
export const labels: Record<EditableField, string> = {
  title: '',
  description: '',
  tags: '',
  coverUrl: '',
  referenceId: '',
};

// The derived schema parses exactly the registry's fields, with the registry's value types.
const changes = fieldChangesSchema(1);
type Changes = z.infer<typeof changes>;
export const parsedTags: Changes['tags'] = ['news'];
// @ts-expect-error the derived schema keeps each field's value type
export const parsedWrong: Changes['cateId'] = 'News';
// @ts-expect-error the derived schema knows no field the registry lacks
export const parsedUnknown: Changes['duration'] = 1;

// The grid's editable columns name a registry field.
export const column: GridColumn['field'] = 'cateId';
// @ts-expect-error a column cannot name a field the registry lacks
export const columnUnknown: GridColumn['field'] = 'duration';
