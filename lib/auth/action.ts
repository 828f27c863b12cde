import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { hasPrototypeKey } from '@/lib/http/prototype-keys';
import { hasRole, type Role } from './roles';
import { getCurrentUser, type SessionUser } from './session';

export type ActionErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'internal';

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ActionErrorCode; message: string }; fieldErrors?: Record<string, string[]> };

/** An expected failure inside an action: thrown by the action body, returned to the browser as a value. */
export class ActionError extends Error {
  constructor(
    readonly code: Exclude<ActionErrorCode, 'unauthenticated' | 'internal'>,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'ActionError';
  }
}

export interface ActionContext {
  user: SessionUser;
}

const failure = (code: ActionErrorCode, message: string): ActionResult<never> => ({
  ok: false,
  error: { code, message },
});

/**
 * Wraps a server action, which is a public POST endpoint: checks the session and role first, then parses
 * the input, then runs `fn`. A user holding a one-time password, or an admin who must enrol a second
 * factor first, may only run the actions that allow it. Expected failures (ActionError) come back as
 * values; anything else is logged and comes back as a generic 'internal' error, never as a stack trace.
 */
export function authedAction<S extends z.ZodType, T>(
  minRole: Role,
  schema: S,
  fn: (input: z.output<S>, context: ActionContext) => Promise<T>,
  options: { whileEnrolling?: boolean; allowPendingPasswordChange?: boolean } = {},
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    // The sentences are in the viewer's language; the codes stay for programs.
    const t = () => getTranslations('auth');
    try {
      const user = await getCurrentUser();
      if (!user) return failure('unauthenticated', (await t())('unauthenticated'));
      if (user.mustChangePassword && !options.allowPendingPasswordChange) {
        return failure('forbidden', (await t())('mustChangePassword'));
      }
      if (!hasRole(user, minRole)) return failure('forbidden', (await t())('forbidden'));
      if (user.mustEnrolTwoStep && !options.whileEnrolling) {
        return failure('forbidden', (await t())('twoStepRequired'));
      }
      if (hasPrototypeKey(input)) {
        return {
          ...failure('invalid_input', (await t())('invalidInput')),
          fieldErrors: { _: [(await t())('reservedKey')] },
        };
      }

      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        return {
          ...failure('invalid_input', (await t())('invalidInput')),
          fieldErrors: fieldErrorsOf(parsed.error),
        };
      }
      return { ok: true, data: await fn(parsed.data, { user }) };
    } catch (error) {
      // redirect(), notFound() and friends work by throwing; they must reach Next.js untouched.
      unstable_rethrow(error);
      if (error instanceof ActionError) {
        return {
          ...failure(error.code, error.message),
          ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
        };
      }
      console.error('[action] unexpected failure:', error);
      return failure('internal', (await t())('internal'));
    }
  };
}

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return fields;
}
