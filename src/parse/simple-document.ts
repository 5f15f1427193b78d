/**
 * A roadmap file whose whole body is in the fast path's subset (`simple-markdown.ts`) →
 * its RoadmapDocument, the one `parseRoadmap` gives; any other file → null. It never loads remark,
 * and it runs in linear time, so it needs no time budget: the CLI reads such files in its own
 * thread and sends only the others to parse workers.
 */
import { DEFAULT_SETTINGS } from '../model/tier.js';
import type { RoadmapDocument, SourceFile } from '../model/types.js';
import { parseFrontMatter } from './front-matter.js';
import { type ParseSettings, readBody } from './read-body.js';
import { parseSimpleMarkdown } from './simple-markdown.js';

export function parseSimpleRoadmap(source: SourceFile, settings: ParseSettings = DEFAULT_SETTINGS): RoadmapDocument | null {
  const front = parseFrontMatter(source.path, source.text);
  const tree = parseSimpleMarkdown(front.body);
  if (!tree) return null;
  return readBody(source, front, tree.children, settings, [...source.diagnostics, ...front.diagnostics]);
}
