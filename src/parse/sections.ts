/**
 * Where a markdown file may be cut into sections that parse alone exactly as they parse in place.
 *
 * A cut before line L is sound when every block is closed at L and nothing at L depends on what
 * came before: an ATX heading in column 1 ends every container and paragraph, so the only
 * blocks that can swallow it are a fenced code block or an HTML block open at the top level.
 * The line after a top-level setext heading or thematic break starts afresh too. This scanner
 * proposes such cuts from a line-by-line model of fences and HTML blocks that ignores
 * containers; it can be wrong (a fence opened inside a list item looks like a top-level one), so
 * the parser checks every cut it takes (see `sectioned.ts`) and tells the scanner the truth
 * when it was wrong (`reopen`).
 */

/** A block that is open across lines and may swallow a heading. */
export type OpenBlock =
  | { kind: 'fence'; marker: '`' | '~'; length: number }
  | { kind: 'html'; end: RegExp | 'blank' };

/** A proposed cut: a section may start at `line` (0-based). */
export interface Cut {
  line: number;
  /** `heading`: line `line` is an ATX heading; `leaf`: line `line - 1` may close a setext
   *  heading or be a thematic break. They are verified differently. */
  kind: 'heading' | 'leaf';
}

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
/** A setext underline or a thematic break: a one-line leaf after which a new block starts. */
const LEAF_LINE = /^ {0,3}(?:=+|-+|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const BLANK = /^[ \t]*$/;

/** HTML block starts (CommonMark 4.6) and the line that ends each; kinds 6 and 7 end at a blank
 *  line, and are taken together here, which errs towards "open". */
const HTML_STARTS: ReadonlyArray<readonly [RegExp, RegExp | 'blank']> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<\/?[A-Za-z]/, 'blank'],
];

/** The HTML block a line starts, if any (whether or not the same line ends it). */
export function htmlBlockAt(line: string): Extract<OpenBlock, { kind: 'html' }> | undefined {
  for (const [start, end] of HTML_STARTS) if (start.test(line)) return { kind: 'html', end };
  return undefined;
}

/** Whether the line an HTML block starts on already ends it: the end marker after the `<`. */
export function endsOnFirstLine(block: Extract<OpenBlock, { kind: 'html' }>, line: string): boolean {
  return block.end !== 'blank' && block.end.test(line.slice(line.indexOf('<') + 2));
}

/** The fence a line opens, if any. */
export function fenceAt(line: string): OpenBlock | undefined {
  const match = FENCE_OPEN.exec(line);
  if (!match) return undefined;
  const run = match[1]!;
  // A backtick fence's info string may not hold a backtick: that line is inline code.
  if (run[0] === '`' && match[2]!.includes('`')) return undefined;
  return { kind: 'fence', marker: run[0] as '`' | '~', length: run.length };
}

/** Whether `line` closes the block. */
export function closes(block: OpenBlock, line: string): boolean {
  if (block.kind === 'html') return block.end === 'blank' ? BLANK.test(line) : block.end.test(line);
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return match !== null && match[1]![0] === block.marker && match[1]!.length >= block.length;
}

/** The lines of a text, with the offset each starts at; line endings as CommonMark has them. */
export class Lines {
  readonly starts: number[] = [0];

  constructor(readonly text: string) {
    const ending = /\r\n|\r|\n/g;
    let match: RegExpExecArray | null;
    while ((match = ending.exec(text))) this.starts.push(match.index + match[0].length);
    // A final line ending does not begin another line.
    if (this.starts.length > 1 && this.starts.at(-1) === text.length) this.starts.pop();
  }

  get count(): number {
    return this.starts.length;
  }

  /** Line `i` (0-based) without its line ending. */
  line(i: number): string {
    const end = i + 1 < this.starts.length ? this.starts[i + 1]! : this.text.length;
    return this.text.slice(this.starts[i], end).replace(/\r?\n$|\r$/, '');
  }

  /** Offset where line `i` starts; the text's length for `i === count`. */
  offset(i: number): number {
    return i < this.starts.length ? this.starts[i]! : this.text.length;
  }
}

/** Walks the lines once, proposing cuts; `reopen` corrects its model where the parser saw more. */
export class CutScanner {
  private position = 0;
  private open: OpenBlock | undefined;
  /** The ATX heading at `position` was already proposed as a cut. */
  private proposed = false;

  constructor(private readonly lines: Lines) {}

  /** The next cut after `after`, or undefined at the end of the text. */
  next(after: number): Cut | undefined {
    while (this.position < this.lines.count) {
      const index = this.position;
      const line = this.lines.line(index);
      if (!this.open && !this.proposed && index > after && ATX_HEADING.test(line)) {
        this.proposed = true;
        return { line: index, kind: 'heading' };
      }
      this.proposed = false;
      this.position++;
      if (this.open) {
        if (closes(this.open, line)) this.open = undefined;
        continue;
      }
      const html = htmlBlockAt(line);
      this.open = fenceAt(line) ?? (html && !endsOnFirstLine(html, line) ? html : undefined);
      // A line starting with U+FEFF would lose it as a byte order mark at a section's start.
      const following = index + 1 < this.lines.count ? this.lines.line(index + 1) : '';
      if (!this.open && index + 1 > after && index + 1 < this.lines.count && LEAF_LINE.test(line) && !following.startsWith('\uFEFF')) {
        return { line: index + 1, kind: 'leaf' };
      }
    }
    return undefined;
  }

  /** The parser found `block` open at the cut just proposed: scan on from there inside it. */
  reopen(block: OpenBlock): void {
    this.open = block;
    this.proposed = false;
  }
}
