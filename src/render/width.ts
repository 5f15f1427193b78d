/**
 * Text measured as a terminal shows it: by display columns, not UTF-16 units. データ移行 takes
 * ten columns, a decomposed é one, 👩‍💻 two. string-width knows the Unicode tables; this file
 * only cuts, pads and wraps by it, one grapheme at a time so that no cluster is split.
 * Every function takes plain text: colour is added after the text is laid out.
 *
 * string-width costs 40-60 ms to load (ICU's segmenter and its Unicode property patterns), more
 * than the rest of a run on a small roadmap, so it is loaded only for a report that holds text
 * beyond ASCII: commands call `loadWidthTables(report)` before they lay it out.
 */

/** Printable ASCII and the view's own one-column glyphs: one column per character, no lookup. */
const NARROW = /^[\x20-\x7e…—✔○·█░]*$/;

/** Anything beyond printable ASCII. */
const BEYOND_ASCII = /[^\x20-\x7e]/;

let stringWidth: ((text: string) => number) | undefined;

/** Loads the Unicode width tables when `value` (a report, or any text in it) needs them. */
export async function loadWidthTables(value: unknown): Promise<void> {
  if (stringWidth === undefined && holdsWideText(value)) stringWidth = (await import('string-width')).default;
}

/** Whether any string in `value` has a character beyond ASCII. */
function holdsWideText(value: unknown): boolean {
  if (typeof value === 'string') return BEYOND_ASCII.test(value);
  if (Array.isArray(value)) return value.some(holdsWideText);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsWideText);
  return false;
}

export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  // Without the tables (a caller that did not load them), a column per code point.
  return stringWidth === undefined ? Array.from(text).length : stringWidth(text);
}

/** Made on first use: most runs cut no text. */
let segmenter: Intl.Segmenter | undefined;

function graphemesOf(text: string): Iterable<{ segment: string }> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter.segment(text);
}

/** At most `width` columns, ending in `…` when cut. */
export function truncateWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let kept = '';
  let used = 0;
  for (const { segment } of graphemesOf(text)) {
    const cells = displayWidth(segment);
    if (used + cells > width - 1) break;
    kept += segment;
    used += cells;
  }
  return `${kept.trimEnd()}…`;
}

/** `text` followed by spaces up to `width` columns. */
export function padEndWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Spaces, then `text`, to `width` columns. */
export function padStartWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/**
 * Lines of at most `width` columns, broken at spaces (the spaces at a break are dropped, others
 * kept as written); a word longer than a line is cut where it must be. Every line after the
 * first starts with `indent`.
 */
export function wrapWidth(text: string, width: number, indent = '', measure: (text: string) => number = displayWidth): string[] {
  if (measure(text) <= width) return [text];
  // An indent as wide as the line would leave no room for a word.
  if (measure(indent) >= width) indent = '';
  const lines: string[] = [];
  let line = '';
  // Words and the runs of spaces between them, in order: `["  ", "BLOCKED", "  ", "4", ...]`.
  for (const token of text.split(/( +)/)) {
    if (token === '') continue;
    const space = token.startsWith(' ');
    if (measure(line + token) <= width) {
      line += token;
      continue;
    }
    if (space) {
      // A break: the spaces go, and the next word starts a line.
      lines.push(line);
      line = indent;
      continue;
    }
    if (line.trim() !== '') {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += token;
    // A word alone too wide for its line is split by columns.
    while (measure(line) > width) {
      const head = takeWidth(line, width, measure);
      lines.push(head);
      line = `${indent}${line.slice(head.length)}`;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** The longest start of `text` that fits in `width` columns (at least one grapheme). */
function takeWidth(text: string, width: number, measure: (text: string) => number): string {
  let kept = '';
  let used = 0;
  for (const { segment } of graphemesOf(text)) {
    const cells = measure(segment);
    if (used + cells > width && kept !== '') break;
    kept += segment;
    used += cells;
  }
  return kept;
}

/** The narrowest view laid out; a terminal narrower than this gets lines of this width. */
export const MIN_WIDTH = 40;

/** The width to lay out for: the terminal's, else `COLUMNS`, else 80. */
export function terminalWidth(columns: number | undefined, env: Readonly<Record<string, string | undefined>>): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  const width = columns !== undefined && columns > 0 ? columns : Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 80;
  return Math.max(MIN_WIDTH, width);
}
