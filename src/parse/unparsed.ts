/** The document of a file whose markdown could not be read at all: its name and why. Light on
 *  purpose (no parser imported), for callers that stopped a parse from outside. */
import type { Diagnostic, RoadmapDocument, SourceFile } from '../model/types.js';

export function unparsedDocument(source: SourceFile, diagnostic: Diagnostic): RoadmapDocument {
  const title = fileStem(source.path);
  return {
    file: source.path,
    title,
    release: title,
    priority: null,
    blocking: false,
    fields: [],
    milestones: [],
    metrics: [],
    diagnostics: [...source.diagnostics, diagnostic],
  };
}

/** The file name without its markdown extension. */
export function fileStem(path: string): string {
  const base = path.split('/').at(-1) ?? path;
  return base.replace(/\.(md|markdown)$/i, '');
}
