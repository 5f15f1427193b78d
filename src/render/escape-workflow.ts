/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), and the only escaping of
 * them in the code base. The escaping is the Actions toolkit's own (@actions/core command.ts,
 * escapeData and escapeProperty), so the runner's unescaping gives back exactly what we meant.
 * Text from a roadmap must go through `neutralise` before it gets here: escaping keeps a command
 * on one line, it does not remove control characters.
 */

/** The message of a command: `%`, CR and LF are percent-encoded (`%` first, so it stays reversible). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as data, and also `:` and `,`, which end a property or the property list. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type WorkflowCommandName = 'error' | 'warning' | 'notice';

/** Annotation properties in the order the runner documents them; empty values are left out, as the toolkit does. */
export interface AnnotationProperties {
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

/** One workflow command line, without its line end: `::name key=value,key=value::message`. */
export function workflowCommand(name: WorkflowCommandName, properties: AnnotationProperties, message: string): string {
  const pairs: string[] = [];
  for (const key of ['file', 'line', 'col', 'title'] as const) {
    const value = properties[key];
    if (value !== undefined && value !== '') pairs.push(`${key}=${escapeProperty(String(value))}`);
  }
  return `::${name}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}

// The runner reads a line as a command when, after leading white space, it starts with `::`, and
// (legacy syntax) when `##[` appears anywhere in it. A backslash after `##[` makes the command
// name unknown, so the runner prints the line as it is: its own defence against `##[start-action`
// in user output works the same way.
const LEADING_COMMAND = /^[\s\u0085]*::/;

/**
 * A log line that is not meant as a workflow command, made unable to act as one. Use it for every
 * line of plain output that carries roadmap text or file names, after `neutralise`. Such lines
 * begin with a file name; one that begins with `::` is written `./::…`, the same file.
 */
export function defuseLogLine(line: string): string {
  // Idempotent: a line already defused (`##[\`, `./::`) is left as it is, so writers may nest.
  const defused = line.replace(/##\[(?!\\)/g, '##[\\');
  return LEADING_COMMAND.test(defused) ? `./${defused}` : defused;
}

/** `defuseLogLine` for each line of a block of text; the runner ends a line at CR, LF or CRLF. */
export function defuseLog(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, index) => (index % 2 === 0 ? defuseLogLine(part) : part))
    .join('');
}
