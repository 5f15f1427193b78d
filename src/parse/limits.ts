/** What the parser refuses to attempt, as an error on the file rather than a crash. */

/** A file the parser will not or cannot finish: it becomes a `parse-limit` error on that file. */
export class ParseLimitError extends Error {
  override name = 'ParseLimitError';

  constructor(
    message: string,
    readonly line: number = 1,
  ) {
    super(message);
  }
}

/** The parser's errors that mean "this input is beyond what can be parsed", as ParseLimitError;
 *  anything else is a bug and is rethrown. */
export function asParseLimit(error: unknown): ParseLimitError {
  if (error instanceof ParseLimitError) return error;
  if (error instanceof RangeError) {
    // The call stack overflowed (deep nesting the line check cannot see), or an array or string
    // outgrew what V8 allows.
    return /call stack/i.test(error.message)
      ? new ParseLimitError('nested too deeply to parse')
      : new ParseLimitError(`too large to parse (${error.message})`);
  }
  throw error;
}

