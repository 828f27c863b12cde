import { errorMessages as m } from '@/lib/messages/errors';

/**
 * An error in words: what happened and the next step, with the technical detail (code, request ID,
 * the raw message) behind a "Details" toggle for support.
 */
export function ErrorDetails({
  sentence,
  nextStep,
  code,
  requestId,
  technical,
}: {
  sentence: string;
  nextStep: string;
  code: string | null;
  requestId: string | null;
  technical: string | null;
}) {
  const hasDetails = Boolean(code || requestId || technical);
  return (
    <span className="ui-error">
      <span className="ui-error__sentence">
        {sentence} {nextStep}
      </span>
      {hasDetails ? (
        <details className="ui-error__details">
          <summary>{m.details}</summary>
          <dl className="ui-error__list">
            {code ? (
              <>
                <dt>{m.code}</dt>
                <dd>
                  <code>{code}</code>
                </dd>
              </>
            ) : null}
            {requestId ? (
              <>
                <dt>{m.requestId}</dt>
                <dd>
                  <code>{requestId}</code>
                </dd>
              </>
            ) : null}
            {technical ? (
              <>
                <dt>{m.technical}</dt>
                <dd>
                  <code>{technical}</code>
                </dd>
              </>
            ) : null}
          </dl>
        </details>
      ) : null}
    </span>
  );
}
