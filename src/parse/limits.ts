/**
 * What the parser refuses to attempt. micromark recurses once per nested container, so a line
 * such as `- - - - … a` or `> > > … a` a few thousand deep takes seconds and then overflows the
 * stack; markdown-it stops at 100 levels, and so do we — before parsing, in linear time.
 */

/** Containers (block quotes, list items) one line may open. */
export const MAX_NESTING = 1024;

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

/** `MAX_NESTING + 1` container markers at the start of one line. */
const TOO_DEEP = new RegExp(`^(?:[ \\t]*(?:>|(?:[*+-]|\\d{1,9}[.)])(?=[ \\t\\r\\n]|$))){${MAX_NESTING + 1}}`, 'm');

/** Throws ParseLimitError when a line nests more containers than MAX_NESTING. */
export function checkNesting(text: string): void {
  const match = TOO_DEEP.exec(text);
  if (match) {
    throw new ParseLimitError(`nested more than ${MAX_NESTING} levels deep: not parsed`, lineAt(text, match.index));
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

function lineAt(text: string, offset: number): number {
  const endings = text.slice(0, offset).match(/\r\n|\r|\n/g);
  return (endings?.length ?? 0) + 1;
}
