import 'server-only';
import { randomUUID } from 'node:crypto';
import diagnosticsChannel from 'node:diagnostics_channel';
import { processSlot } from '@/lib/process-slot';

/**
 * @alicloud/openapi-client throws on 4xx/5xx without the response headers, so VOD's x-acs-retry-after
 * would be lost. Node publishes every HTTP client response on a diagnostics channel; a per-call header
 * (unsigned, ignored by VOD) ties that response back to the call that is waiting for the hint.
 */

export const CALL_ID_HEADER = 'x-vod-bulk-editor-call';
const RETRY_AFTER_HEADER = 'x-acs-retry-after';

interface ResponseFinishMessage {
  request: { getHeader(name: string): unknown };
  response: { headers: Record<string, string | string[] | undefined> };
}

interface Registry {
  /** Calls in flight → the retry-after hint of their response (null until one arrives). */
  pending: Map<string, number | null>;
}

const processRegistry = processSlot<Registry>('retry-after');

// One diagnostics subscription per process, however many bundles load this module.
const registry = (): Registry => processRegistry.getOrCreate(createRegistry);

function createRegistry(): Registry {
  const created: Registry = { pending: new Map() };
  diagnosticsChannel.subscribe('http.client.response.finish', (message) => {
    const { request, response } = message as ResponseFinishMessage;
    const callId = request.getHeader(CALL_ID_HEADER);
    if (typeof callId !== 'string' || !created.pending.has(callId)) return;
    const raw = response.headers[RETRY_AFTER_HEADER];
    const ms = Number(Array.isArray(raw) ? raw[0] : raw);
    if (raw !== undefined && Number.isFinite(ms) && ms >= 0) created.pending.set(callId, ms);
  });
  return created;
}

export interface RetryAfterProbe {
  /** Headers to send with the call. */
  headers: Record<string, string>;
  /** The response's retry-after hint in ms, or null; call once, after the call settled. */
  take(): number | null;
}

/** Starts watching one call's response for an x-acs-retry-after header. */
export function watchRetryAfter(): RetryAfterProbe {
  const { pending } = registry();
  const callId = randomUUID();
  pending.set(callId, null);
  return {
    headers: { [CALL_ID_HEADER]: callId },
    take() {
      const value = pending.get(callId) ?? null;
      pending.delete(callId);
      return value;
    },
  };
}
