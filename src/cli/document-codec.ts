/**
 * RoadmapDocuments as a flat list of integers and a table of strings, for the parse cache.
 * A warm run spends its time making and collecting objects, far more than reading files: this
 * form is read as integers (in a pack, a view on the file's bytes) and one array of distinct
 * strings, and decodes into exactly the objects the parser made — every distinct string once per
 * pack, every heading and field list once per document (milestones share them, as the parser's
 * do) — with nothing in between.
 *
 * The field order below is the schema's (src/model/schema.ts); a test checks that every key of
 * every schema is written, so that a field added there cannot be dropped here unnoticed.
 */
import type { Diagnostic, Field, HeadingRef, Metric, Milestone, RoadmapDocument, Task } from '../model/types.js';

/** Numbers and string indices; null is -1 wherever a value may be null. */
export type Stream = number[];

/** Collects the strings of the documents it encodes, once each. */
export class StringTable {
  readonly strings: string[] = [];
  readonly #index = new Map<string, number>();

  of(text: string): number {
    let index = this.#index.get(text);
    if (index === undefined) {
      index = this.strings.push(text) - 1;
      this.#index.set(text, index);
    }
    return index;
  }
}

const NULL = -1;

export function encodeDocument(document: RoadmapDocument, table: StringTable, out: Stream): void {
  const s = (text: string): void => void out.push(table.of(text));
  const ns = (text: string | null): void => void out.push(text === null ? NULL : table.of(text));
  const n = (value: number): void => void out.push(value);
  const b = (value: boolean): void => void out.push(value ? 1 : 0);

  // Field lists and headings, each once per document, found again by what they encode to.
  const lists = new Map<string, number>();
  const listStream: Stream = [];
  const fieldList = (fields: readonly Field[]): number => {
    const own: Stream = [];
    for (const field of fields) encodeField(field, table, own);
    const key = `${fields.length}:${own.join(',')}`;
    let index = lists.get(key);
    if (index === undefined) {
      lists.set(key, (index = lists.size));
      listStream.push(fields.length);
      pushAll(listStream, own);
    }
    return index;
  };
  const headings = new Map<string, number>();
  const headingStream: Stream = [];
  const heading = (ref: HeadingRef): number => {
    const own = [table.of(ref.title), ref.depth, ref.line, fieldList(ref.fields)];
    const key = own.join(',');
    let index = headings.get(key);
    if (index === undefined) {
      headings.set(key, (index = headings.size));
      pushAll(headingStream, own);
    }
    return index;
  };

  // Milestones first, into their own stream: they fill the tables written before them.
  const body: Stream = [];
  const documentFields = fieldList(document.fields);
  body.push(document.milestones.length);
  for (const milestone of document.milestones) encodeMilestone(milestone, table, body, fieldList, heading);

  s(document.file);
  s(document.title);
  s(document.release);
  ns(document.priority);
  b(document.blocking);
  n(lists.size);
  pushAll(out, listStream);
  n(headings.size);
  pushAll(out, headingStream);
  n(documentFields);
  pushAll(out, body);
  n(document.metrics.length);
  for (const metric of document.metrics) encodeMetric(metric, table, out);
  n(document.diagnostics.length);
  for (const diagnostic of document.diagnostics) encodeDiagnostic(diagnostic, table, out);
}

function encodeMilestone(
  milestone: Milestone,
  table: StringTable,
  out: Stream,
  fieldList: (fields: readonly Field[]) => number,
  heading: (ref: HeadingRef) => number,
): void {
  out.push(
    table.of(milestone.title),
    milestone.section === null ? NULL : table.of(milestone.section),
    milestone.marker === null ? NULL : table.of(milestone.marker),
    milestone.markerMojibake ? 1 : 0,
    milestone.depth,
    milestone.line,
    milestone.column,
    milestone.implicit ? 1 : 0,
    fieldList(milestone.fields),
    milestone.ancestors.length,
  );
  for (const ref of milestone.ancestors) out.push(heading(ref));
  out.push(milestone.tasks.length);
  for (const task of milestone.tasks) encodeTask(task, table, out);
}

/**
 * A task is text, line and a word of flags, then only what is unusual about it: most tasks sit
 * in column 1 with no owner, tag or due date, and tasks are most of a document.
 */
const TASK_CHECKED = 1;
const TASK_COLUMN = 2;
const TASK_OWNERS = 4;
const TASK_TAGS = 8;
const TASK_DUE = 16;

function encodeTask(task: Task, table: StringTable, out: Stream): void {
  const flags =
    (task.checked ? TASK_CHECKED : 0) |
    (task.column !== 1 ? TASK_COLUMN : 0) |
    (task.owners.length > 0 ? TASK_OWNERS : 0) |
    (task.tags.length > 0 ? TASK_TAGS : 0) |
    (task.due !== null ? TASK_DUE : 0);
  out.push(table.of(task.text), task.line, flags);
  if (flags & TASK_COLUMN) out.push(task.column);
  if (flags & TASK_OWNERS) out.push(task.owners.length);
  for (const owner of task.owners) out.push(table.of(owner));
  if (flags & TASK_TAGS) out.push(task.tags.length);
  for (const tag of task.tags) out.push(table.of(tag));
  if (task.due !== null) out.push(table.of(task.due));
}

function encodeField(field: Field, table: StringTable, out: Stream): void {
  out.push(table.of(field.key), table.of(field.name), table.of(field.value), field.references.length);
  for (const reference of field.references) out.push(table.of(reference.target), reference.line, reference.column);
  out.push(field.line, field.column);
}

/**
 * A target is a number, a string or null: a tag says which. A number is written as its text, so
 * that the stream holds small integers only (V8 then stores it unboxed, and reads no boxed number
 * back into every line and column), and so that Infinity, which JSON has no word for, survives.
 */
const TARGET_NULL = 0;
const TARGET_NUMBER = 1;
const TARGET_STRING = 2;

function encodeMetric(metric: Metric, table: StringTable, out: Stream): void {
  out.push(table.of(metric.name), metric.label === null ? NULL : table.of(metric.label));
  out.push(metric.comparator === null ? NULL : table.of(metric.comparator));
  if (metric.target === null) out.push(TARGET_NULL);
  else if (typeof metric.target === 'number') out.push(TARGET_NUMBER, table.of(String(metric.target)));
  else out.push(TARGET_STRING, table.of(metric.target));
  out.push(metric.unit === null ? NULL : table.of(metric.unit), metric.line, metric.column);
}

function encodeDiagnostic(diagnostic: Diagnostic, table: StringTable, out: Stream): void {
  out.push(
    table.of(diagnostic.file),
    diagnostic.line,
    diagnostic.column,
    table.of(diagnostic.severity),
    table.of(diagnostic.rule),
    table.of(diagnostic.message),
  );
}

/** `push(...items)` overflows the stack past some hundred thousand items. */
function pushAll(out: Stream, items: Stream): void {
  for (const item of items) out.push(item);
}

/** A stream that does not read as a document: the pack holding it is not used. */
export class CorruptStream extends Error {}

/** Arrays with nothing in them, one for all: most tasks have no owner, tag or due date. */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/**
 * Reads documents from a stream. Every value is checked as it is read — an index names a string,
 * a count fits in what is left, a flag is 0 or 1 — so that a damaged pack throws CorruptStream
 * instead of yielding a document with holes. Plain methods and loops, no callbacks: a warm run
 * decodes hundreds of documents once each, and this shape is optimised early and inlined whole.
 */
export class DocumentDecoder {
  #at = 0;

  constructor(
    /** A pack's view on its file, or an entry's array read from JSON (whose items may be anything). */
    private readonly stream: ArrayLike<unknown>,
    private readonly strings: readonly unknown[],
  ) {}

  /** The document at `start`, or undefined when the stream does not read as one there. */
  tryDocument(start: number): RoadmapDocument | undefined {
    try {
      return this.document(start);
    } catch (error) {
      if (error instanceof CorruptStream) return undefined;
      throw error;
    }
  }

  document(start: number): RoadmapDocument {
    this.#at = start;
    const file = this.string();
    const title = this.string();
    const release = this.string();
    const priority = this.nullable();
    const blocking = this.flag();
    const lists: Field[][] = new Array(this.count());
    for (let i = 0; i < lists.length; i++) lists[i] = this.fields();
    const headings: HeadingRef[] = new Array(this.count());
    for (let i = 0; i < headings.length; i++) {
      headings[i] = { title: this.string(), depth: this.int(), line: this.int(), fields: this.pick(lists) };
    }
    const fields = this.pick(lists);
    const milestones: Milestone[] = new Array(this.count());
    for (let i = 0; i < milestones.length; i++) milestones[i] = this.milestone(lists, headings);
    const metrics: Metric[] = new Array(this.count());
    for (let i = 0; i < metrics.length; i++) metrics[i] = this.metric();
    const diagnostics: Diagnostic[] = new Array(this.count());
    for (let i = 0; i < diagnostics.length; i++) diagnostics[i] = this.diagnostic();
    return { file, title, release, priority, blocking, fields, milestones, metrics, diagnostics };
  }

  private milestone(lists: readonly Field[][], headings: readonly HeadingRef[]): Milestone {
    const title = this.string();
    const section = this.nullable();
    const marker = this.nullable() as Milestone['marker'];
    const markerMojibake = this.flag();
    const depth = this.int();
    const line = this.int();
    const column = this.int();
    const implicit = this.flag();
    const fields = this.pick(lists);
    const ancestors: HeadingRef[] = new Array(this.count());
    for (let i = 0; i < ancestors.length; i++) ancestors[i] = this.pick(headings);
    const tasks: Task[] = new Array(this.count());
    for (let i = 0; i < tasks.length; i++) tasks[i] = this.task();
    return { title, section, marker, markerMojibake, depth, line, column, implicit, fields, ancestors, tasks };
  }

  private task(): Task {
    const text = this.string();
    const line = this.int();
    const flags = this.int();
    if (flags >>> 5 !== 0) throw new CorruptStream();
    return {
      text,
      checked: (flags & TASK_CHECKED) !== 0,
      line,
      column: flags & TASK_COLUMN ? this.int() : 1,
      owners: flags & TASK_OWNERS ? this.strings_() : NONE,
      tags: flags & TASK_TAGS ? this.strings_() : NONE,
      due: flags & TASK_DUE ? this.string() : null,
    };
  }

  private fields(): Field[] {
    const count = this.count();
    if (count === 0) return NONE;
    const fields: Field[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const key = this.string();
      const name = this.string();
      const value = this.string();
      const references: Field['references'] = new Array(this.count());
      for (let j = 0; j < references.length; j++) references[j] = { target: this.string(), line: this.int(), column: this.int() };
      fields[i] = { key, name, value, references: references.length === 0 ? NONE : references, line: this.int(), column: this.int() };
    }
    return fields;
  }

  private metric(): Metric {
    const name = this.string();
    const label = this.nullable();
    const comparator = this.nullable() as Metric['comparator'];
    const tag = this.int();
    let target: Metric['target'];
    if (tag === TARGET_NULL) target = null;
    else if (tag === TARGET_NUMBER) target = Number(this.string());
    else if (tag === TARGET_STRING) target = this.string();
    else throw new CorruptStream();
    return { name, label, comparator, target, unit: this.nullable(), line: this.int(), column: this.int() };
  }

  private diagnostic(): Diagnostic {
    return {
      file: this.string(),
      line: this.int(),
      column: this.int(),
      severity: this.string() as Diagnostic['severity'],
      rule: this.string() as Diagnostic['rule'],
      message: this.string(),
    };
  }

  private int(): number {
    const value = this.stream[this.#at++];
    if (typeof value !== 'number' || (value | 0) !== value) throw new CorruptStream();
    return value;
  }

  /** A length: no more items than values left, so a damaged count cannot ask for a huge array. */
  private count(): number {
    const value = this.int();
    if (value < 0 || value > this.stream.length - this.#at) throw new CorruptStream();
    return value;
  }

  private flag(): boolean {
    const value = this.int();
    if (value !== 0 && value !== 1) throw new CorruptStream();
    return value === 1;
  }

  private string(): string {
    const value = this.strings[this.int()];
    if (typeof value !== 'string') throw new CorruptStream();
    return value;
  }

  private nullable(): string | null {
    if (this.stream[this.#at] !== NULL) return this.string();
    this.#at++;
    return null;
  }

  private strings_(): string[] {
    const count = this.count();
    if (count === 0) return NONE;
    const items: string[] = new Array(count);
    for (let i = 0; i < count; i++) items[i] = this.string();
    return items;
  }

  private pick<T>(items: readonly T[]): T {
    const item = items[this.int()];
    if (item === undefined) throw new CorruptStream();
    return item;
  }
}
