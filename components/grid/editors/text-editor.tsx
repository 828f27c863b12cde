import { useTranslations } from 'next-intl';
import { type KeyboardEvent, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import type { EditableField } from '@/lib/edits/fields';
import { issueText } from '@/lib/i18n/issue-text';
import { parseValue } from '../ops/cell-values';
import { IME_KEY_CODE } from '../ops/keyboard';
import { type MoveAfterCommit, useGridContext } from '../state/grid-context';
import styles from './editors.module.css';
import { usePopupPlacement } from './use-popup-placement';

export interface TextEditorProps {
  videoId: string;
  field: EditableField;
  label: string;
  initialText: string;
  /** A typed character that started editing; it replaces the content. */
  seed: string | null;
  multiline: boolean;
}

const TEXTAREA_HEIGHT = 150;

/**
 * Edits one cell as text. The draft lives in local state only: the grid and its columns never see a
 * keystroke, so the input keeps its focus and every character (TanStack/table#1346).
 */
export function TextEditor({ videoId, field, label, initialText, seed, multiline }: TextEditorProps) {
  const t = useTranslations();
  const { actions, validator, editStore, categories } = useGridContext();
  const [draft, setDraft] = useState(seed ?? initialText);
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const isClosed = useRef(false);
  const messageId = useId();
  const hintId = useId();
  const placement = usePopupPlacement(frameRef, multiline ? TEXTAREA_HEIGHT : 60);

  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    input.focus({ preventScroll: true });
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);

  const parsed = useMemo(() => parseValue(field, draft, categories), [field, draft, categories]);
  const issue = useMemo(
    () => (parsed.ok ? validator.draftIssue(editStore.getState(), videoId, field, parsed.value) : null),
    [parsed, validator, editStore, videoId, field],
  );

  const commit = (move: MoveAfterCommit) => {
    if (isClosed.current || !parsed.ok) return;
    isClosed.current = true;
    actions.commitEdit(videoId, field, parsed.value, move);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Every key belongs to the editor; the grid's own shortcuts must not see it.
    event.stopPropagation();
    // Safari sends the Enter that confirms a composition after compositionend, marked only by keyCode 229.
    if (event.nativeEvent.isComposing || event.nativeEvent.keyCode === IME_KEY_CODE) return;
    // Enter commits and moves down, Shift+Enter up; in a description Shift+Enter and Alt+Enter are new lines.
    if (event.key === 'Enter' && !(multiline && (event.shiftKey || event.altKey))) {
      event.preventDefault();
      commit(event.shiftKey ? 'up' : 'down');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      commit(event.shiftKey ? 'left' : 'right');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      isClosed.current = true;
      actions.cancelEdit();
    }
  };

  const common = {
    ref: inputRef,
    className: multiline ? styles.textarea : styles.input,
    'aria-label': label,
    'aria-invalid': issue ? true : undefined,
    'aria-describedby': issue ? `${messageId} ${hintId}` : hintId,
    value: draft,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onKeyDown,
    onBlur: () => {
      // Switching windows blurs too; the edit should still be open on return.
      if (document.hasFocus()) commit('none');
    },
    // Copy, paste and undo inside the input are the browser's, not the grid's.
    onCopy: (event: { stopPropagation: () => void }) => event.stopPropagation(),
    onPaste: (event: { stopPropagation: () => void }) => event.stopPropagation(),
  };

  return (
    <div
      ref={frameRef}
      data-cell-editor
      className={multiline && placement === 'up' ? `${styles.editor} ${styles.tallUp}` : styles.editor}
    >
      {multiline ? (
        <textarea {...common} style={{ height: TEXTAREA_HEIGHT }} />
      ) : (
        <input {...common} type="text" />
      )}
      <VisuallyHidden id={hintId}>
        {multiline ? t('grid.descriptionEditorHint') : t('grid.editorHint')}
      </VisuallyHidden>
      {issue ? (
        <span
          id={messageId}
          className={placement === 'up' ? `${styles.issue} ${styles.issueUp}` : styles.issue}
          role="status"
        >
          <span aria-hidden="true">⚠ </span>
          {issueText(t, field, issue)}
        </span>
      ) : null}
    </div>
  );
}
