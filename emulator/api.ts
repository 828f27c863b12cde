import type { IncomingMessage, ServerResponse } from 'node:http';
import { VOD_API_VERSION } from '@/lib/edits/limits';
import type { EmulatorState } from './context';
import { MAX_BODY_BYTES } from './decisions';
import { asVodError, vodErrors } from './errors';
import { readBody } from './http/body';
import { hostIdOf, newRequestId, sendError, sendJson } from './http/respond';
import { OPERATIONS } from './operations';
import { SerializedBody } from './operations/context';
import { parseForm } from './signing/encode';

// RPC common parameters: part of the signature, not of the operation, and never recorded.
const COMMON_PARAMETERS = new Set([
  'Action',
  'Version',
  'Format',
  'Timestamp',
  'SignatureNonce',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureType',
  'AccessKeyId',
  'Signature',
  'SecurityToken',
  'RegionId',
]);

/**
 * Serves one VOD API call: parse, find the action, authenticate, throttle, inject faults, run the
 * operation, answer JSON. Whatever goes wrong is answered as a VOD JSON error and recorded.
 */
export async function handleVodRequest(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const requestId = newRequestId();
  const started = Date.now();
  let action = '';
  let accessKeyId: string | null = null;
  let business: Record<string, string> = {};
  let status = 200;
  let errorCode: string | null = null;
  // The log keeps the instant the throttle judged the call, so the log's one-second windows are the
  // throttle's own: a call whose body trickles in is counted when it is whole, not when its headers came.
  let countedAt: number | null = null;
  try {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'POST') throw vodErrors.methodNotAllowed(method);
    const url = req.url ?? '/';
    const mark = url.indexOf('?');
    const pathname = mark === -1 ? url : url.slice(0, mark);
    if (pathname !== '/') throw vodErrors.pathNotFound();
    const body = await readBody(req, MAX_BODY_BYTES);
    const query = parseForm(mark === -1 ? '' : url.slice(mark + 1));
    const signedParams = new Map(query);
    const params = mergeBody(req, body, signedParams);

    action = headerText(req, 'x-acs-action') || params.get('Action') || '';
    if (action === '') throw vodErrors.missingParameter('Action');
    const version = headerText(req, 'x-acs-version') || params.get('Version') || '';
    if (version === '') throw vodErrors.missingParameter('Version');
    if (version !== VOD_API_VERSION) throw vodErrors.invalidVersion();
    const operation = OPERATIONS.get(action);
    if (!operation) throw vodErrors.invalidAction();
    business = businessParameters(params);

    const principal = state.authenticator.authenticate(
      { method, pathname, query, params: signedParams, headers: req.headers, body },
      started,
    );
    accessKeyId = principal.accessKeyId;
    countedAt = Date.now();
    const admitted = state.throttle.admit(principal.accountId, action, countedAt);
    if (!admitted.ok) throw vodErrors.throttled(admitted.retryAfterMs);
    if (state.faults.shouldFail(action)) {
      const { failCode, failStatus } = state.faults.current;
      throw vodErrors.injected(failCode, failStatus);
    }
    const result = await operation({
      params,
      principal,
      store: state.store,
      searcher: state.searcher,
      now: Date.now(),
    });
    await delay(state.faults.delayFor(action));
    sendJson(res, 200, successBody(requestId, result), { 'x-acs-request-id': requestId });
  } catch (caught) {
    const error = asVodError(caught, 'VOD API');
    status = error.status;
    errorCode = error.code;
    if (action !== '') await delay(state.faults.delayFor(action));
    sendError(res, error, requestId, hostIdOf(req));
  }
  const at = countedAt ?? started;
  state.log.record(at, { action, accessKeyId, parameters: business, status, errorCode, requestId });
}

/** The body with RequestId first, as VOD sends it. */
function successBody(requestId: string, result: object): string {
  const members = result instanceof SerializedBody ? result.members : JSON.stringify(result).slice(1, -1);
  return `{"RequestId":"${requestId}"${members === '' ? '' : `,${members}`}}`;
}

/** Adds form-body (signed in V1) and JSON-body (V3 only) parameters; returns every business parameter. */
function mergeBody(
  req: IncomingMessage,
  body: Buffer,
  signedParams: Map<string, string>,
): Map<string, string> {
  if (body.length === 0) return signedParams;
  const type = headerText(req, 'content-type').toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded')) {
    parseForm(body.toString('utf8'), signedParams);
    return signedParams;
  }
  if (type.startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw vodErrors.badRequest('The request body is not valid JSON.');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw vodErrors.badRequest('The JSON request body must be an object.');
    }
    const params = new Map(signedParams);
    for (const [key, value] of Object.entries(parsed)) {
      params.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    return params;
  }
  return signedParams;
}

function businessParameters(params: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) if (!COMMON_PARAMETERS.has(key)) out[key] = value;
  return out;
}

function headerText(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
