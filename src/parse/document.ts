/**
 * One roadmap file → a RoadmapDocument (`read-body.ts` says what it holds). Pure and total: bad
 * input becomes diagnostics, never an exception.
 */
import { DEFAULT_SETTINGS } from '../model/tier.js';
import type { RoadmapDocument, SourceFile } from '../model/types.js';
import { parseBody } from './body.js';
import { parseFrontMatter } from './front-matter.js';
import type { ParseSettings } from './read-body.js';

export function parseRoadmap(source: SourceFile, settings: ParseSettings = DEFAULT_SETTINGS): RoadmapDocument {
  return parseBody(source, parseFrontMatter(source.path, source.text), settings);
}
