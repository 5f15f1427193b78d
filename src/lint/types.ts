/** The contract every lint rule follows. */
import type { Diagnostic, RoadmapDocument } from '../model/types.js';
import type { Vocabulary } from '../report/vocabulary.js';

/** What a rule may know besides the document. Grows by new fields only. */
export interface LintContext {
  /** The configured vocabulary: the same words the report judges tiers and blocking by. */
  vocabulary: Vocabulary;
  /**
   * Whether a path (relative to the working directory, `/`-separated, as `document.file` is)
   * exists. Looked up beforehand by load/, so that rules stay pure.
   */
  exists: (path: string) => boolean;
}

/** A lint rule: pure, one document in, its findings out. */
export type LintRule = (document: RoadmapDocument, context: LintContext) => Diagnostic[];
