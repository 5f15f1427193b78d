/**
 * Two kinds of failure: a user's mistake (a bad path, option or config) is a UserError, printed
 * as one line without a stack; anything else is a bug. Both exit 2; only the gate exits 1.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** A path, file or configuration that cannot be used. */
export class InputError extends UserError {
  override name = 'InputError';
}

/** Command-line usage: an unknown option, a bad option value. */
export class UsageError extends UserError {
  override name = 'UsageError';
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
