import type { EditableField } from '@/lib/edits/fields';
import type { FieldIssue } from '@/lib/edits/validate';
import type { VideoStatus } from '@/lib/vod';

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** grid texts (English). Keep every user-facing string of this area here. */
export const gridMessages = {
  gridLabel: 'Videos',
  columns: {
    select: 'Select',
    outcome: 'Result',
    cover: 'Cover',
    videoId: 'VideoId',
    status: 'Status',
    duration: 'Duration',
    modified: 'Modified',
  },
  statuses: {
    Uploading: 'Uploading',
    UploadFail: 'Upload failed',
    UploadSucc: 'Uploaded',
    Transcoding: 'Transcoding',
    TranscodeFail: 'Transcoding failed',
    Checking: 'In review',
    Blocked: 'Blocked',
    Normal: 'Normal',
    ProduceFail: 'Production failed',
    Unknown: 'Unknown',
  } satisfies Record<VideoStatus, string>,
  noCategory: 'No category',
  unknownCategory: (id: number) => `Unknown category ${id}`,
  changed: 'changed',
  invalid: 'invalid',
  selectRow: (title: string) => `Select row ${title}`,
  selectAllLoaded: 'Select all loaded rows',
  selectAllMatching: (total: number) => `Select all ${total.toLocaleString('en')} matching`,
  clearSelection: 'Clear selection',
  selectedCount: (count: number) => `${plural(count, 'video', 'videos')} selected`,
  allMatchingSelected: (count: number) =>
    `All ${plural(count, 'matching video', 'matching videos')} selected`,
  loadingRest: (loaded: number, total: number) =>
    `Loading the remaining videos (${loaded.toLocaleString('en')} of ${total.toLocaleString('en')})…`,
  revertRow: (title: string) => `Revert changes to ${title}`,
  copyVideoId: (id: string) => `Copy video ID ${id}`,
  copied: 'Copied',
  sortAscending: 'sorted ascending',
  sortDescending: 'sorted descending',
  resizeColumn: (label: string) => `Resize ${label} column`,
  undo: 'Undo',
  redo: 'Redo',
  changeSummary: (changes: number, videos: number) =>
    `${plural(changes, 'change', 'changes')} in ${plural(videos, 'video', 'videos')}`,
  noChanges: 'No unsaved changes',
  outsideView: (changes: number) => ` · ${changes.toLocaleString('en')} outside this view`,
  changedOnly: 'Changed only',
  invalidSummary: (cells: number) => `${plural(cells, 'cell needs', 'cells need')} fixing`,
  reviewChanges: 'Review changes',
  columnsMenu: 'Columns',
  columnsMenuTitle: 'Show, hide and order columns',
  moveColumnUp: (label: string) => `Move ${label} earlier`,
  moveColumnDown: (label: string) => `Move ${label} later`,
  resetColumns: 'Reset columns',
  pinColumn: (label: string) => `Pin ${label}`,
  pinnedHint: 'Pinned: stays in view when the grid scrolls sideways. Click to unpin.',
  unpinnedHint: 'Click to keep this column in view when the grid scrolls sideways.',
  focusedCellIssue: (column: string, message: string) => `${column}: ${message}`,
  cellStatusLabel: 'About the focused cell',
  readOnlyNotice: 'Read-only: your role can view videos but not edit them.',
  editorHint: 'Enter or Tab to save and move on, Shift with either to go back, Escape to cancel',
  descriptionEditorHint: 'Enter to save, Shift+Enter for a new line, Escape to cancel',
  categoryPicker: {
    filterPlaceholder: 'Type to filter categories',
    noMatches: 'No category matches',
    treeLabel: 'Categories',
  },
  issues: {
    required: 'This field cannot be empty.',
    tooLong: (maxBytes: number, bytes: number) => `Too long: ${bytes} of ${maxBytes} bytes allowed.`,
    tooManyTags: (max: number, count: number) => `Too many tags: ${count} of ${max} allowed.`,
    tagTooLong: (tag: string, maxBytes: number) => `Tag “${tag}” is longer than ${maxBytes} bytes.`,
    tagHasComma: (tag: string) => `Tag “${tag}” contains a comma.`,
    controlCharacter: 'Contains a control character that VOD does not accept.',
    referenceIdPattern: 'Use 6 to 64 letters, digits, hyphens or underscores.',
    referenceIdNotRemovable: 'A Reference ID cannot be removed once set.',
    referenceIdDuplicate: (videoId: string) => `Another video (${videoId}) already uses this Reference ID.`,
    coverUrlNotHttp: 'Enter an absolute http:// or https:// address.',
    categoryUnknown: (cateId: number) => `Category ${cateId} does not exist.`,
    categoryNotRemovable: 'A category cannot be removed, only changed.',
  },
  announce: {
    filled: (cells: number) => `Filled ${plural(cells, 'cell', 'cells')} down.`,
    cleared: (cells: number) => `Cleared ${plural(cells, 'cell', 'cells')}.`,
    copied: (cells: number) => `Copied ${plural(cells, 'cell', 'cells')}.`,
    undone: 'Undone.',
    redone: 'Redone.',
    nothingChanged: 'Nothing changed.',
    bulkApplied: (cells: number, videos: number) =>
      `Changed ${plural(cells, 'cell', 'cells')} in ${plural(videos, 'video', 'videos')}.`,
    rowReverted: 'Row reverted.',
    restored: (count: number) => `Restored ${plural(count, 'unsaved change', 'unsaved changes')}.`,
  },
  notices: {
    dismiss: 'Dismiss',
    cleared: (cells: number) => (cells > 0 ? `Cleared ${plural(cells, 'cell', 'cells')}.` : ''),
    notCleared: (label: string, cells: number, reason: string) =>
      `${label} was not cleared in ${plural(cells, 'cell', 'cells')}: ${reason}`,
    readOnlyLeft: (cells: number) =>
      cells === 1
        ? '1 read-only cell was left as it is.'
        : `${cells.toLocaleString('en')} read-only cells were left as they are.`,
    /** Why Delete keeps a field's value, where VOD's rule says it better than the validation message. */
    cannotClear: {
      title: 'VOD requires a title.',
      cateId: 'VOD cannot remove a category, only change it.',
      coverUrl: 'VOD cannot remove a cover URL, only replace it with another http(s) address.',
      referenceId: 'VOD cannot remove a Reference ID once set.',
    } satisfies Partial<Record<EditableField, string>>,
    pasted: (cells: number) => `Pasted ${plural(cells, 'cell', 'cells')}.`,
    rowsBelow: (rows: number) =>
      `${plural(rows, 'row', 'rows')} did not fit below the last row and ${rows === 1 ? 'was' : 'were'} left out.`,
    columnsPast: (columns: number) =>
      `${plural(columns, 'column', 'columns')} did not fit right of the last column and ${columns === 1 ? 'was' : 'were'} left out.`,
    readOnlySkipped: (cells: number) =>
      `${plural(cells, 'cell is', 'cells are')} in read-only columns and ${cells === 1 ? 'was' : 'were'} skipped.`,
    unreadableSkipped: (cells: number) =>
      `${plural(cells, 'value', 'values')} could not be read (for example a category that does not exist) and ${cells === 1 ? 'was' : 'were'} skipped.`,
    loadAndPaste: (rows: number) => `Load more rows and paste the ${plural(rows, 'row', 'rows')} left out`,
  },
  bulk: {
    barLabel: 'Bulk actions',
    addTags: 'Add tags',
    removeTags: 'Remove tags',
    replaceTags: 'Replace all tags',
    setCategory: 'Set category',
    findReplace: 'Find and replace',
    affix: 'Add prefix or suffix',
    tagsInput: 'Tags (comma-separated)',
    find: 'Find',
    replaceWith: 'Replace with',
    inTitle: 'Title',
    inDescription: 'Description',
    searchIn: 'Search in',
    useRegex: 'Regular expression',
    matchCase: 'Match case',
    prefix: 'Prefix',
    suffix: 'Suffix',
    apply: 'Apply',
    affected: (cells: number) => `${plural(cells, 'cell', 'cells')} will change`,
    touches: (fields: readonly string[]) =>
      fields.length === 0
        ? 'Choose the fields to search in.'
        : `Changes ${fields.join(' and ')} only; every other field stays as it is.`,
    sampleCaption: (shown: number, total: number) =>
      `First ${shown.toLocaleString('en')} of ${plural(total, 'change', 'changes')}`,
    sampleVideo: 'Video',
    appliesTo: (videos: number) => `Applies to ${plural(videos, 'selected video', 'selected videos')}`,
    emptyFind: 'Enter the text to find.',
    invalidRegex: (detail: string) => `Invalid regular expression: ${detail}`,
    chooseCategory: 'Choose a category',
  },
  review: {
    title: 'Review changes',
    summary: (changes: number, videos: number, selected: number) =>
      `${plural(changes, 'change', 'changes')} in ${plural(videos, 'video', 'videos')}; ${selected.toLocaleString('en')} selected to save`,
    includeVideo: (title: string) => `Include ${title} in the save`,
    selectAll: 'Select all',
    selectNone: 'Select none',
    excludeInvalid: 'Untick videos with problems',
    before: 'Before',
    after: 'After',
    added: 'Added',
    removed: 'Removed',
    tagOperation: 'Applied to the tags in VOD when saving —',
    addTags: 'Add',
    removeTags: 'Remove',
    save: 'Save',
    saving: 'Saving…',
    close: 'Close',
    blocked: (cells: number) =>
      `Saving is blocked: ${plural(cells, 'invalid cell', 'invalid cells')} in selected videos. Fix them or untick those videos.`,
    nothingSelected: 'Select at least one video to save.',
    note: 'Note (optional)',
    noteHint: 'Says why, for whoever reads the batch later.',
    fieldChanges: (count: number) => plural(count, 'field', 'fields'),
    search: 'Search changes',
    fieldFilter: 'Field',
    allFields: 'All fields',
    problemFilter: 'Problems',
    allVideos: 'All videos',
    withProblems: 'With problems',
    withoutProblems: 'Without problems',
    shown: (shown: number, total: number) =>
      `Showing ${shown.toLocaleString('en')} of ${plural(total, 'video', 'videos')}`,
    groupLabel: (field: string, change: string, videos: number) =>
      `${field} ${change} · ${plural(videos, 'video', 'videos')}`,
    includeGroup: (label: string) => `Include ${label} in the save`,
    groupSample: (titles: readonly string[], more: number) =>
      more > 0 ? `${titles.join(', ')} and ${more.toLocaleString('en')} more` : titles.join(', '),
  },
  outcomes: {
    summaryLabel: 'Save results',
    pending: 'Saving…',
    updated: 'Saved',
    forbidden: 'No permission to edit this video',
    not_found: 'This video no longer exists',
    reference_not_found: 'The Reference ID is not known to VOD',
    failed: 'Saving failed',
    conflict: 'Changed in VOD since you loaded it',
    counts: {
      pending: (n: number) => `${n.toLocaleString('en')} saving`,
      updated: (n: number) => `${n.toLocaleString('en')} saved`,
      forbidden: (n: number) => `${n.toLocaleString('en')} without permission`,
      not_found: (n: number) => `${n.toLocaleString('en')} no longer exist`,
      reference_not_found: (n: number) => `${n.toLocaleString('en')} unknown Reference ID`,
      failed: (n: number) => `${n.toLocaleString('en')} failed`,
      conflict: (n: number) => `${n.toLocaleString('en')} in conflict`,
    },
    showOnlyProblems: 'Show only problems',
    rowFailed: (label: string) => `This row: ${label}.`,
    details: (code: string | null, requestId: string | null) =>
      [code ? `Error code ${code}` : null, requestId ? `Request ID ${requestId}` : null]
        .filter(Boolean)
        .join(', '),
    retryable: 'You can try saving again.',
    reviewConflict: 'Review conflict',
    conflictTitle: (title: string) => `Conflict: ${title}`,
    conflictIntro: 'Someone changed this video in VOD after you loaded it.',
    mine: 'Your value',
    theirs: 'Current value in VOD',
    field: 'Field',
    keepMine: 'Keep mine',
    takeTheirs: 'Take theirs',
  },
  draft: {
    regionLabel: 'Unsaved changes from an earlier visit',
    offer: (count: number, savedAt: string) =>
      `Restore ${plural(count, 'unsaved change', 'unsaved changes')} from ${savedAt}?`,
    restore: 'Restore',
    discard: 'Discard',
  },
} as const;

/** Turns a validation issue code into a sentence for the viewer. */
export function issueMessage(issue: FieldIssue): string {
  const m = gridMessages.issues;
  switch (issue.code) {
    case 'required':
      return m.required;
    case 'tooLong':
      return m.tooLong(issue.maxBytes, issue.bytes);
    case 'tooManyTags':
      return m.tooManyTags(issue.max, issue.count);
    case 'tagTooLong':
      return m.tagTooLong(issue.tag, issue.maxBytes);
    case 'tagHasComma':
      return m.tagHasComma(issue.tag);
    case 'controlCharacter':
      return m.controlCharacter;
    case 'referenceIdPattern':
      return m.referenceIdPattern;
    case 'referenceIdNotRemovable':
      return m.referenceIdNotRemovable;
    case 'referenceIdDuplicate':
      return m.referenceIdDuplicate(issue.videoId);
    case 'coverUrlNotHttp':
      return m.coverUrlNotHttp;
    case 'categoryUnknown':
      return m.categoryUnknown(issue.cateId);
    case 'categoryNotRemovable':
      return m.categoryNotRemovable;
  }
}
