import type { EditableField } from '@/lib/edits/fields';

/** Texts about the editable fields themselves (English), shared by the grid, the review and batch pages. */
export const fieldMessages = {
  labels: {
    title: 'Title',
    description: 'Description',
    tags: 'Tags',
    cateId: 'Category',
    coverUrl: 'Cover URL',
    referenceId: 'Reference ID',
  } satisfies Record<EditableField, string>,
  /** Shown for an empty value in before/after displays. */
  empty: '(empty)',
};
