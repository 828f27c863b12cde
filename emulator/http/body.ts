import type { IncomingMessage } from 'node:http';
import { vodErrors } from '../errors';

// A body this far over the limit is not drained any more: the connection is cut instead.
const DRAIN_LIMIT_FACTOR = 32;

/**
 * Reads a request body (Content-Length or chunked) up to `maxBytes`. A larger body is read to its end
 * and discarded, so the client sees the JSON error rather than a reset connection.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        tooLarge = true;
        chunks.length = 0;
        if (size > maxBytes * DRAIN_LIMIT_FACTOR) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) reject(vodErrors.bodyTooLarge(maxBytes));
      else resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    });
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(vodErrors.badRequest('The request body ended early.'));
    });
  });
}
