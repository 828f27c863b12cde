import { z } from 'zod';

/**
 * Runs in the browser before the app's own code (Next.js instrumentation-client). Zod's compiled parsers
 * probe for eval with `new Function`, which the Content-Security-Policy forbids (and reports as a
 * violation); the interpreted parsers are fast enough for what the browser validates.
 */
z.config({ jitless: true });
