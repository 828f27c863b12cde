import type { FieldIssue } from '@/lib/edits/validate';

/** VOD-style English wording for a lib/edits field issue, completing "UpdateContent[i].Field …". */
export function describeIssue(issue: FieldIssue): string {
  switch (issue.code) {
    case 'required':
      return 'must not be empty';
    case 'tooLong':
      return `is ${issue.bytes} bytes long; the maximum is ${issue.maxBytes} bytes`;
    case 'tooManyTags':
      return `has ${issue.count} tags; the maximum is ${issue.max}`;
    case 'tagTooLong':
      return `has a tag longer than ${issue.maxBytes} bytes`;
    case 'tagHasComma':
      return 'has a tag containing a comma';
    case 'controlCharacter':
      return 'contains a control character';
    case 'referenceIdPattern':
      return 'must be 6 to 64 letters, digits, hyphens or underscores';
    case 'referenceIdNotRemovable':
      return 'cannot be removed once set';
    case 'referenceIdDuplicate':
      return `is already used by video ${issue.videoId}`;
    case 'coverUrlNotHttp':
      return 'must be an http or https URL';
    case 'categoryUnknown':
      return `names category ${issue.cateId}, which does not exist`;
    case 'categoryNotRemovable':
      return 'cannot be removed';
  }
}
