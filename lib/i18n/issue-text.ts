import type { EditableField } from '@/lib/edits/fields';
import type { FieldIssue } from '@/lib/edits/validate';
import type { Translator } from './translator';

/** A validation issue of a field as a sentence in the translator's language (lengths in bytes, as VOD counts). */
export function issueText(t: Translator, field: EditableField, issue: FieldIssue): string {
  switch (issue.code) {
    case 'tooLong':
      return t('grid.issues.tooLong', {
        field: t(`fields.labels.${field}`),
        maxBytes: issue.maxBytes,
        bytes: issue.bytes,
      });
    case 'tooManyTags':
      return t('grid.issues.tooManyTags', { max: issue.max, count: issue.count });
    case 'tagTooLong':
      return t('grid.issues.tagTooLong', { tag: issue.tag, maxBytes: issue.maxBytes });
    case 'tagHasComma':
      return t('grid.issues.tagHasComma', { tag: issue.tag });
    case 'referenceIdDuplicate':
      return t('grid.issues.referenceIdDuplicate', { videoId: issue.videoId });
    case 'categoryUnknown':
      return t('grid.issues.categoryUnknown', { cateId: String(issue.cateId) });
    default:
      return t(`grid.issues.${issue.code}`);
  }
}
