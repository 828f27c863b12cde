import 'server-only';
import { NextResponse } from 'next/server';
import { translatorFor } from '@/lib/i18n/translator';
import { ACTION_BODY_LIMIT_BYTES, ACTION_BODY_LIMIT_LABEL } from './action-body-limit';

/**
 * Checks a server action's request body before Next.js decodes it, so a body that is too large, not JSON
 * or nested too deeply gets a clear error (`too_large`, `invalid_input`) instead of a bare HTTP 500, and
 * never reaches the action. Server actions send their arguments as JSON text (React's reply encoding).
 */

// The save request is four levels deep (request → items → item → values → tags) inside React's reply
// array; anything far deeper is not one of ours, and deep nesting is what overflows a recursive decoder.
const MAX_DEPTH = 32;

type Refusal = { code: 'too_large' | 'invalid_input'; message: string };

// The proxy answers before any page runs, so before the viewer's language is known: these stay English.
const t = translatorFor('en', 'save');

/** The refusal of a server action body, or null when it may go on to the action. */
export function checkActionBodyText(text: string): Refusal | null {
  if (text.length > ACTION_BODY_LIMIT_BYTES) {
    return { code: 'too_large', message: t('tooLargeBody', { limit: ACTION_BODY_LIMIT_LABEL }) };
  }
  if (nestingDepth(text) > MAX_DEPTH) return { code: 'invalid_input', message: t('invalidBody') };
  try {
    JSON.parse(text);
  } catch {
    return { code: 'invalid_input', message: t('invalidBody') };
  }
  return null;
}

/** For proxy.ts: answers a server action request whose body must not reach the action; else null. */
export async function refuseActionBody(request: Request): Promise<NextResponse | null> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return null;
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > ACTION_BODY_LIMIT_BYTES) {
    return refusal(413, {
      code: 'too_large',
      message: t('tooLargeBody', { limit: ACTION_BODY_LIMIT_LABEL }),
    });
  }
  // Form-encoded actions (file uploads, progressive forms) carry no JSON body; this app has none today.
  if ((request.headers.get('content-type') ?? '').startsWith('multipart/')) return null;
  const refused = checkActionBodyText(await request.clone().text());
  return refused ? refusal(refused.code === 'too_large' ? 413 : 400, refused) : null;
}

function refusal(status: number, error: Refusal): NextResponse {
  return NextResponse.json({ ok: false, error }, { status });
}

/** The deepest nesting of arrays and objects in JSON text, counted outside strings; O(n), no recursion. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}
