/**
 * One roadmap file → a RoadmapDocument (`read-body.ts` says what it holds). Pure and total: bad
 * input becomes diagnostics, never an exception.
 */
import { DEFAULT_SETTINGS } from '../model/tier.js';
import type { Diagnostic, RoadmapDocument, SourceFile } from '../model/types.js';
import { parseFrontMatter } from './front-matter.js';
import { asParseLimit } from './limits.js';
import { parseMarkdown } from './markdown/index.js';
import { type ParseSettings, readBody } from './read-body.js';

export function parseRoadmap(source: SourceFile, settings: ParseSettings = DEFAULT_SETTINGS): RoadmapDocument {
  const front = parseFrontMatter(source.path, source.text);
  const diagnostics: Diagnostic[] = [...source.diagnostics, ...front.diagnostics];
  try {
    return readBody(source, front, parseMarkdown(front.body).children, settings, diagnostics);
  } catch (error) {
    // Input the parser cannot finish is a fact about the file, reported on it; the rest of the
    // run goes on, and the gate treats the file as not judged.
    const limit = asParseLimit(error);
    diagnostics.push({ file: source.path, line: limit.line, column: 1, severity: 'error', rule: 'parse-limit', message: limit.message });
    return readBody(source, front, [], settings, diagnostics);
  }
}
