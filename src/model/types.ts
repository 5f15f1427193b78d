/** Types inferred from the schemas: the vocabulary every stage speaks. */
import type { z } from 'zod';
import type * as schema from './schema.js';
import type { History } from '../history/index.js';

export type Tier = z.infer<typeof schema.Tier>;
export type TierSource = z.infer<typeof schema.TierSource>;
export type Marker = z.infer<typeof schema.Marker>;
export type Severity = z.infer<typeof schema.Severity>;
export type RuleId = z.infer<typeof schema.RuleId>;
export type Position = z.infer<typeof schema.Position>;
export type Diagnostic = z.infer<typeof schema.Diagnostic>;
export type Field = z.infer<typeof schema.Field>;
export type Task = z.infer<typeof schema.Task>;
export type HeadingRef = z.infer<typeof schema.HeadingRef>;
export type Milestone = z.infer<typeof schema.Milestone>;
export type Comparator = z.infer<typeof schema.Comparator>;
export type Metric = z.infer<typeof schema.Metric>;
export type FrontMatter = z.infer<typeof schema.FrontMatter>;
export type RoadmapDocument = z.infer<typeof schema.RoadmapDocument>;

/** A file as loaded: its path for messages, and its decoded text. */
export interface SourceFile {
  /** Path relative to the working directory, `/`-separated. */
  path: string;
  /** Decoded text, BOM removed. */
  text: string;
  /** Problems found while reading (encoding, binary), reported with the file. */
  diagnostics: Diagnostic[];
}
export type Progress = z.infer<typeof schema.Progress>;
export type TierProgress = z.infer<typeof schema.TierProgress>;
export type Blocker = z.infer<typeof schema.Blocker>;
export type ReportedMilestone = z.infer<typeof schema.ReportedMilestone>;
export type Review = z.infer<typeof schema.Review>;
export type RoadmapReport = z.infer<typeof schema.RoadmapReport>;
export type ReleaseVerdict = z.infer<typeof schema.ReleaseVerdict>;
export type Report = z.infer<typeof schema.Report>;
export type Config = z.infer<typeof schema.Config>;
export type Settings = z.infer<typeof schema.Settings>;

/** What every renderer is given besides the report. Grows by new optional fields only. */
export interface RenderContext {
  /** Whether ANSI colour may be used. */
  color: boolean;
  /** Display columns a terminal view may take (the terminal's width, else `COLUMNS`, else 80). */
  width?: number;
  /** List every open task, not only blockers. */
  verbose: boolean;
  /**
   * For reports that link to roadmap files: the working directory and the folder the report is
   * written to, both absolute. Links are made relative to that folder; without it (a report on
   * stdout), relative to the working directory.
   */
  links?: LinkBase;
  /**
   * Where the working directory lies in the repository, `/`-separated, '' at its root: GitHub
   * annotations name files from the repository root.
   */
  pathPrefix?: string;
  /** The Actions variables that make absolute links to the commit (`GITHUB_SERVER_URL`,
   *  `GITHUB_REPOSITORY`, `GITHUB_SHA`), for the job summary. */
  github?: Readonly<Record<string, string | undefined>>;
  /** The most UTF-8 bytes the output may take (a job summary has a limit). */
  maxBytes?: number;
  /** `report --history`: the roadmap replayed through git, for its burn-up and forecast. */
  history?: History;
  /** `check --fail-on-overdue`: an overdue milestone fails the gate, and verdicts say so. */
  failOnOverdue?: boolean;
}

export interface LinkBase {
  /** The working directory, which file paths in the report are relative to. */
  cwd: string;
  /** The folder the report lies in. */
  reportDir: string;
}

/** A renderer: report in, string out. No I/O. */
export type Renderer = (report: Report, context: RenderContext) => string;
