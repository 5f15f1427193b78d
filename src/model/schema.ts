/**
 * The zod schemas of every shape that crosses a stage boundary. Types are inferred from these in
 * `types.ts`; nothing else in the code base defines a data shape that leaves its module.
 */
import { z } from 'zod';

/** Priority tiers, highest first. The order is the gate's order (see `tier.ts`). */
export const Tier = z.enum(['critical', 'high', 'medium', 'low', 'unprioritized']);

/** Which rule of DESIGN.md §2 decided a milestone's tier. */
export const TierSource = z.enum(['explicit', 'inherited', 'none']);

/** Status markers a heading may start with, by name. */
export const Marker = z.enum(['red', 'orange', 'yellow', 'green', 'blue', 'white', 'done', 'stop']);

export const Severity = z.enum(['error', 'warning']);

/** Stable ids of diagnostics (DESIGN.md §5). */
export const RuleId = z.enum([
  'unknown-priority',
  'front-matter',
  'status-mismatch',
  'duplicate-milestone',
  'empty-milestone',
  'mojibake',
  'missing-reference',
  'timeline',
  'encoding',
  'binary',
  'hidden-task',
  'parse-limit',
  'unreadable',
]);

/** A place in a roadmap file; lines and columns are 1-based. */
export const Position = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});

export const Diagnostic = z.object({
  /** Path relative to the working directory, `/`-separated. */
  file: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  severity: Severity,
  rule: RuleId,
  message: z.string(),
  /** Set by whichever stage could not fully read the file (bytes, front matter, markdown): its
   *  tasks may not all be counted, so the gate cannot pass it. Not in the public JSON, where
   *  `judged: false` on the roadmap says the same. */
  unjudged: z.boolean().optional(),
});

/** A `**Key**: value` line: in a document's preamble, or under a heading. */
export const Field = z.object({
  /** The key as written, without its emphasis. */
  key: z.string(),
  /** The key normalised for lookup: lower case, punctuation dropped, spaces single. */
  name: z.string(),
  /** The value as plain text. */
  value: z.string(),
  /** Inline code and link targets in the value: files, URLs or identifiers it points at. */
  references: z.array(z.object({ target: z.string(), line: z.number(), column: z.number() })),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});

/** A GFM task-list item. */
export const Task = z.object({
  /** The item's own text (its first paragraph), annotations kept. */
  text: z.string(),
  checked: z.boolean(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  /** How many task items it lies inside: 0 for a task of its own, 1 for a subtask, and so on. */
  depth: z.number().int().nonnegative(),
  /** `@name` annotations, without the `@`. */
  owners: z.array(z.string()),
  /** `#tag` annotations, without the `#`. */
  tags: z.array(z.string()),
  /** `(due 2026-01-15)` or `📅 2026-01-15`. */
  due: z.string().nullable(),
});

/** A heading on a milestone's path, as far as tier and gate resolution need it. */
export const HeadingRef = z.object({
  title: z.string(),
  depth: z.number().int().min(1).max(6),
  line: z.number().int().positive(),
  fields: z.array(Field),
});

/** A heading with tasks or milestone fields: the unit progress is reported for. */
export const Milestone = z.object({
  title: z.string(),
  /** The H2 the milestone lies in (its own title when it is an H2); null above the first H2. */
  section: z.string().nullable(),
  marker: Marker.nullable(),
  /** Whether the marker was written as mojibake (the emoji's UTF-8 read as Johab). */
  markerMojibake: z.boolean(),
  depth: z.number().int().min(0).max(6),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  /** True for the milestone of tasks above any heading of milestone depth. */
  implicit: z.boolean(),
  /** Milestone fields (Priority, Timeline, Status, ...). */
  fields: z.array(Field),
  /** Headings above this one, nearest first (the milestone's own heading is not among them). */
  ancestors: z.array(HeadingRef),
  tasks: z.array(Task),
});

export const Comparator = z.enum(['>', '>=', '<', '<=', '=', '~']);

/** A success metric: `Name: label comparator target unit`. */
export const Metric = z.object({
  name: z.string(),
  label: z.string().nullable(),
  comparator: Comparator.nullable(),
  target: z.union([z.number(), z.string()]).nullable(),
  unit: z.string().nullable(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});

/** Front matter, once validated. Unknown keys are allowed and ignored. */
export const FrontMatter = z.looseObject({
  title: z.string().optional(),
  release: z.union([z.string(), z.number()]).transform(String).optional(),
  generated: z.union([z.string(), z.date()]).optional(),
  updated: z.union([z.string(), z.date()]).optional(),
  next_review: z.union([z.string(), z.date()]).optional(),
  owner: z.union([z.string(), z.array(z.string())]).optional(),
  priority: z.string().optional(),
  blocking: z.boolean().optional(),
});

/** One roadmap file as the parser understood it: plain data, as `--json` writes it. */
export const RoadmapDocument = z.object({
  file: z.string(),
  title: z.string(),
  release: z.string(),
  /** Front matter `priority`, the default tier of every milestone in the file. */
  priority: z.string().nullable(),
  /** Front matter `blocking: true` marks every milestone of the file as release-blocking. */
  blocking: z.boolean(),
  /** Document fields (`**Generated**: ...`) and front matter dates, by normalised name. */
  fields: z.array(Field),
  milestones: z.array(Milestone),
  metrics: z.array(Metric),
  diagnostics: z.array(Diagnostic),
});

// ── Report: what the report stage works out from documents ─────────────────────────────────

export const Progress = z.object({ done: z.number().int(), total: z.number().int() });

export const TierProgress = z.object({ tier: Tier, done: z.number().int(), total: z.number().int() });

/** An open task that holds its release back. */
export const Blocker = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  text: z.string(),
  milestone: z.string(),
  tier: Tier,
});

export const ReportedMilestone = z.object({
  file: z.string(),
  title: z.string(),
  section: z.string().nullable(),
  marker: Marker.nullable(),
  tier: Tier,
  tierSource: TierSource,
  /** A heading on its path, or its own Status, says it blocks the release. */
  blocking: z.boolean(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  done: z.number().int(),
  total: z.number().int(),
  /** The value of its Status field, if any. */
  status: z.string().nullable(),
  /** Its open tasks, for `--verbose` views. */
  open: z.array(Task),
  /** Its due date, `YYYY-MM-DD`; null when none can be derived (DESIGN.md §4). */
  due: z.string().nullable(),
  /** The day work on it is taken to begin: its Start field, else the first day of the period its
   *  due date names (`Q3 2026`), else the anchor its span counts from. For charts. */
  start: z.string().nullable(),
  /** Due before today while tasks are open. */
  overdue: z.boolean(),
});

/** A document's `Next Review` date, and how many days it has passed (0 until it has). */
export const Review = z.object({
  next: z.string(),
  overdueDays: z.number().int().nonnegative(),
  /** Where the date is written, so that a stale review can be pointed at. */
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});

export const RoadmapReport = z.object({
  file: z.string(),
  title: z.string(),
  release: z.string(),
  blocked: z.boolean(),
  /** False when the file could not be fully read: no verdict on it may be "clear". */
  judged: z.boolean(),
  /** Null when the document names no next review. */
  review: Review.nullable(),
  totals: Progress,
  tiers: z.array(TierProgress),
  milestones: z.array(ReportedMilestone),
  blockers: z.array(Blocker),
  metrics: z.array(Metric),
  diagnostics: z.array(Diagnostic),
});

/** A release: the roadmaps that name it, judged together. */
export const ReleaseVerdict = z.object({
  name: z.string(),
  blocked: z.boolean(),
  /** False when a file of the release could not be fully read. */
  judged: z.boolean(),
  files: z.array(z.string()),
  totals: Progress,
  blockers: z.array(Blocker),
});

export const Report = z.object({
  /** The day the report was made for, `YYYY-MM-DD`. */
  today: z.string(),
  /** The lowest tier whose open tasks block a release. */
  failOn: Tier,
  blocked: z.boolean(),
  /** False when any file could not be fully read. */
  judged: z.boolean(),
  totals: Progress,
  tiers: z.array(TierProgress),
  releases: z.array(ReleaseVerdict),
  roadmaps: z.array(RoadmapReport),
  /** Every diagnostic of every file, in file order. */
  diagnostics: z.array(Diagnostic),
});

// ── Settings: the vocabulary and policy a team may configure (DESIGN.md §6) ───────────────

/** The longest word or phrase of the vocabulary: far past any real one, and short enough that
 *  matching it against every heading and Priority stays cheap. */
export const MAX_WORD_LENGTH = 200;

/** A word or phrase of the configurable vocabulary: a blank one would match every text. */
const Word = z.string().max(MAX_WORD_LENGTH, `must be at most ${MAX_WORD_LENGTH} characters`).regex(/\S/, 'must not be blank');

const words = (description: string) => z.array(Word).optional().meta({ description });

export const TierWords = z
  .strictObject({
    critical: words('Extra words for the critical tier.'),
    high: words('Extra words for the high tier.'),
    medium: words('Extra words for the medium tier.'),
    low: words('Extra words for the low tier.'),
  })
  .meta({ description: 'Extra words per tier, matched in Priority values and in heading titles (whole words, any case).' });

/** `roadmap.config.json`. Strict: an unknown key is an error that names it. */
export const Config = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'The JSON Schema this file follows, for editors.' }),
    /** Globs or paths read when none are given on the command line. */
    include: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .meta({ description: 'Files, folders or globs to read when none are given on the command line (default: roadmap/**/*.md).' }),
    /** Extra words per tier, for Priority values and heading titles. */
    tiers: TierWords.optional(),
    /** Extra words that mark a heading or Status as release-blocking. */
    blockingWords: words('Extra words that mark a heading or a Status as release-blocking (besides blocking, blocker, release blocker).'),
    gate: z
      .strictObject({
        failOn: Tier.exclude(['unprioritized'])
          .optional()
          .meta({ description: 'The lowest tier whose open tasks block a release (default: critical).' }),
      })
      .optional()
      .meta({ description: 'The release gate.' }),
    /** The smallest heading depth that can be a milestone (default 2). */
    milestoneDepth: z
      .number()
      .int()
      .min(1)
      .max(6)
      .optional()
      .meta({ description: 'The smallest heading depth that can be a milestone (default: 2).' }),
  })
  .meta({ title: 'roadmap configuration', description: 'roadmap.config.json: the vocabulary and release gate of the roadmap CLI.' });

/** What parse and report need to know of the configuration, resolved with defaults. */
export const Settings = z.object({
  milestoneDepth: z.number().int(),
  tierWords: z.object({
    critical: z.array(z.string()),
    high: z.array(z.string()),
    medium: z.array(z.string()),
    low: z.array(z.string()),
  }),
  blockingWords: z.array(z.string()),
  failOn: Tier,
});
