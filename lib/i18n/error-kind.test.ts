import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/messages/en';
import { zhCN } from '@/lib/i18n/messages/zh-CN';
import { LOCAL_ERROR_CODES } from '@/lib/vod';
import { errorKindOf, outcomeErrorKind } from './error-kind';

const errorMessages = en.errors;
const explainErrorCode = (code: string | null) => en.errors[errorKindOf(code)];
const explainOutcome = (kind: Parameters<typeof outcomeErrorKind>[0], code: string | null) =>
  en.errors[outcomeErrorKind(kind, code)];

describe('explainErrorCode', () => {
  it('says a refused connection in words, with the next step and no technical text', () => {
    const explained = explainErrorCode('ConnectionFailed');
    expect(explained).toEqual(errorMessages.connection);
    expect(`${explained.sentence} ${explained.nextStep}`).not.toMatch(/ECONN|127\.0\.0\.1|ConnectionFailed/);
  });

  it('has a sentence of its own for every code the app makes itself except the catch-all', () => {
    for (const code of Object.values(LOCAL_ERROR_CODES)) {
      const explained = explainErrorCode(code);
      if (code === LOCAL_ERROR_CODES.unknown) expect(explained).toBe(errorMessages.unknown);
      else expect(explained).not.toBe(errorMessages.unknown);
    }
  });

  it('reads VOD’s codes by family', () => {
    expect(explainErrorCode('Throttling.User')).toBe(errorMessages.throttled);
    expect(explainErrorCode('Http429')).toBe(errorMessages.throttled);
    expect(explainErrorCode('ServiceUnAvailable')).toBe(errorMessages.unavailable);
    expect(explainErrorCode('Http502')).toBe(errorMessages.unavailable);
    expect(explainErrorCode('Forbidden.RAM')).toBe(errorMessages.forbidden);
    expect(explainErrorCode('InvalidAccessKeyId.NotFound')).toBe(errorMessages.credentials);
    expect(explainErrorCode('InvalidParameter')).toBe(errorMessages.refused);
    expect(explainErrorCode('CountExceededMax')).toBe(errorMessages.refused);
    expect(explainErrorCode('InvalidVideo.NotFound')).toBe(errorMessages.notFound);
    expect(explainErrorCode('InvalidCharacter')).toBe(errorMessages.invalidCharacter);
  });

  it('falls back to a sentence that points at the details for codes it does not know', () => {
    expect(explainErrorCode('SomethingNew')).toBe(errorMessages.unknown);
    expect(explainErrorCode(null)).toBe(errorMessages.unknown);
  });
});

describe('explainOutcome', () => {
  it('explains the outcomes VOD reports per video without a code', () => {
    expect(explainOutcome('forbidden', null)).toBe(errorMessages.forbidden);
    expect(explainOutcome('not_found', null)).toBe(errorMessages.notFound);
    expect(explainOutcome('reference_not_found', null)).toBe(errorMessages.referenceNotFound);
  });

  it('prefers the code when there is one', () => {
    expect(explainOutcome('failed', 'RequestTimeout')).toBe(errorMessages.timeout);
  });
});

describe('the errors catalog', () => {
  it('has a Chinese sentence and next step for every kind', () => {
    for (const [kind, text] of Object.entries(zhCN.errors)) {
      if (typeof text === 'string') continue;
      expect(text.sentence, kind).toMatch(/[\u4e00-\u9fff]/);
      expect(text.nextStep, kind).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
