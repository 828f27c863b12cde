import type { Translator } from '@/lib/i18n/translator';
import { isBatchError } from './types';

/** A refused request about a batch, as the browser hears it (the same from actions and route handlers). */
export interface BatchProblem {
  code: 'not_found' | 'conflict';
  status: 404 | 409;
  message: string;
}

/**
 * The one mapping from the batches boundary's errors to what the browser is told, or null for any other
 * error. A batch the user may not touch is answered like a missing one: its existence is not theirs to
 * know. The message is in the language of `t`.
 */
export function batchProblem(error: unknown, t: Translator<'batches'>): BatchProblem | null {
  if (!isBatchError(error)) return null;
  if (error.code === 'unfinished') return { code: 'conflict', status: 409, message: t('actions.unfinished') };
  return { code: 'not_found', status: 404, message: t('actions.notYours') };
}
