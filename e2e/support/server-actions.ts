import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, type APIResponse, expect, type Page } from '@playwright/test';

/** The content type a browser sends a server action's arguments with. */
const ACTION_CONTENT_TYPE = 'text/plain;charset=UTF-8';

interface ManifestEntry {
  filename: string;
  exportedName: string;
}

/** The id the production build gave a server action, from its server-reference manifest. */
export function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, ManifestEntry> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === filename && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`No server action ${exportedName} in ${filename} in the build`);
  return found[0];
}

/** Calls a server action over HTTP the way a browser does, with a raw body (JSON text of the arguments). */
export function postServerAction(
  context: APIRequestContext,
  pagePath: string,
  actionId: string,
  body: string,
): Promise<APIResponse> {
  return context.post(pagePath, {
    headers: {
      'next-action': actionId,
      'content-type': ACTION_CONTENT_TYPE,
      accept: 'text/x-component',
    },
    data: body,
  });
}

/** A server action call as the browser sent it. */
export interface CapturedAction {
  url: string;
  /** The action's id, from the `next-action` header. */
  actionId: string;
  contentType: string;
  body: string;
}

/**
 * Catches the first server action the page sends from `/videos` and stops it before it reaches the server.
 * Call `caught()` after whatever makes the page send it: it waits for the capture and answers it.
 */
export async function captureVideosAction(page: Page): Promise<{ caught(): Promise<CapturedAction> }> {
  let captured: CapturedAction | undefined;
  await page.route('**/videos**', async (route) => {
    const sent = route.request();
    const actionId = sent.headers()['next-action'];
    if (sent.method() === 'POST' && actionId && !captured) {
      captured = {
        url: sent.url(),
        actionId,
        contentType: sent.headers()['content-type'] ?? ACTION_CONTENT_TYPE,
        body: sent.postData() ?? '',
      };
      await route.abort();
      return;
    }
    await route.continue();
  });
  return {
    async caught() {
      await expect.poll(() => captured !== undefined).toBe(true);
      return captured!;
    },
  };
}
