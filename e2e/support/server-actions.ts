import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';

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
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
    },
    data: body,
  });
}
