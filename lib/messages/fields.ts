import type { EditableField } from '@/lib/edits/fields';
import { en } from '@/lib/i18n/messages/en';

/**
 * The field labels in English, for the grid areas that do not take the viewer's language yet (phase 2 of
 * issue #18 moves them to useTranslations('fields')). The text lives in the catalog (lib/i18n/messages).
 */
export const fieldMessages = {
  labels: en.fields.labels satisfies Record<EditableField, string>,
  /** Shown for an empty value in before/after displays. */
  empty: en.fields.empty,
};
