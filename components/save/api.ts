/**
 * A refusal the server answered (a 4xx or 5xx with its JSON error body), as opposed to no answer at all.
 * Its message is the server's sentence, or empty when the body had none (the caller words it).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * GETs JSON from the app's own API. Throws ApiError when the server answered with an error, and lets a
 * network failure through as it is, so callers can tell "refused" from "unreachable".
 */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' }, cache: 'no-store' });
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  throw new ApiError(response.status, body?.error?.code ?? 'internal', body?.error?.message ?? '');
}
