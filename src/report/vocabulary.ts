/**
 * The words that name tiers and blocking (DESIGN.md §2, §3), extended by configuration.
 * Matching is whole-word and case-insensitive; `short-term` may also be written `short term`.
 */
import { memoise } from './memoise.js';
import type { Settings, Tier } from '../model/types.js';

type RankedTier = Exclude<Tier, 'unprioritized'>;

/** Values of a Priority field. */
const PRIORITY_WORDS: Record<RankedTier, string[]> = {
  critical: ['critical', 'crit', 'blocker', 'p0', 'urgent'],
  high: ['high', 'p1', 'important'],
  medium: ['medium', 'med', 'normal', 'moderate', 'p2'],
  low: ['low', 'minor', 'p3', 'p4', 'nice to have'],
};

/** Words in a heading title that name a tier or horizon. */
const HEADING_WORDS: Record<RankedTier, string[]> = {
  critical: ['critical', 'blocking', 'blocker'],
  high: ['short-term', 'now'],
  medium: ['medium-term', 'next'],
  low: ['long-term', 'later', 'future', 'vision', 'someday', 'backlog'],
};

/** Words that mark a heading or a Status as release-blocking. */
const BLOCKING_WORDS = ['blocking', 'blocker', 'release blocker'];

export interface Vocabulary {
  /** The tier a Priority value names, or undefined when it names none. */
  priority(value: string): RankedTier | undefined;
  /** The tier named by the leftmost tier word in a heading title. */
  headingTier(title: string): RankedTier | undefined;
  /** Whether a heading title or Status value says the release is blocked by it. */
  saysBlocking(text: string): boolean;
  /** Every Priority word, for did-you-mean suggestions. */
  priorityWords(): string[];
}

export function buildVocabulary(settings: Pick<Settings, 'tierWords' | 'blockingWords'>): Vocabulary {
  const priorityTable = tableOf(PRIORITY_WORDS, settings.tierWords);
  const headingTable = tableOf(HEADING_WORDS, settings.tierWords);
  const priorityPattern = wordPattern(priorityTable.map(([word]) => word));
  const headingPattern = wordPattern(headingTable.map(([word]) => word));
  const blockingPattern = wordPattern([...BLOCKING_WORDS, ...settings.blockingWords]);
  const lookup = (table: Array<[string, RankedTier]>, word: string): RankedTier | undefined => {
    const folded = foldedOf(word);
    return table.find(([candidate]) => foldedOf(candidate) === folded)?.[1];
  };

  return {
    priority: memoise((value) => {
      const match = priorityPattern.exec(value.toLowerCase());
      return match ? lookup(priorityTable, match[1]!) : undefined;
    }),
    headingTier: memoise((title) => {
      const match = headingPattern.exec(title.toLowerCase());
      return match ? lookup(headingTable, match[1]!) : undefined;
    }),
    saysBlocking: memoise((text) => blockingPattern.test(text.toLowerCase())),
    priorityWords() {
      return priorityTable.map(([word]) => word);
    },
  };
}

function tableOf(base: Record<RankedTier, string[]>, extra: Settings['tierWords']): Array<[string, RankedTier]> {
  const table: Array<[string, RankedTier]> = [];
  for (const tier of Object.keys(base) as RankedTier[]) {
    for (const word of [...base[tier], ...extra[tier]]) table.push([word.toLowerCase(), tier]);
  }
  return table;
}

/** A word the way the pattern matches it: case, separators and a plural `s` aside. */
function fold(word: string): string {
  return word.toLowerCase().replace(/[\s‐-–-]+/g, '-').replace(/s$/, '');
}

/** `fold`, worked out once per word: a report looks the same few words up for every heading. */
const foldedWords = new Map<string, string>();
function foldedOf(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= 10_000) foldedWords.clear();
    foldedWords.set(word, (folded = fold(word)));
  }
  return folded;
}

/**
 * One regex for a list of words: whole words (a hyphen joined to a word, as in `non-blocking`,
 * does not make a boundary), case-insensitive, a plural `s` allowed, and a hyphen in a word
 * also matching a space or an en dash. The leftmost match wins; on a tie, the longer word.
 */
function wordPattern(words: string[]): RegExp {
  const alternatives = [...new Set(words.map((w) => w.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      word
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join('[\\s‐–-]?'),
    );
  // Matched against lower-cased text rather than with the `i` flag: case-insensitive classes as
  // wide as WORD take V8 three times as long to compile, on every run.
  return new RegExp(`(?<![${WORD}-])(${alternatives.join('|')})s?(?![${WORD}]|-[${WORD}])`);
}

/**
 * Characters that continue a word: ASCII letters, digits and `_`, and the letters of the other
 * scripts, as ranges that leave out punctuation blocks (general punctuation such as dashes and
 * curly quotes, CJK punctuation) and emoji. Written as ranges rather than `\p{L}`: a
 * case-insensitive Unicode property class costs about a millisecond to compile, paid every run.
 */
const WORD =
  'A-Za-z0-9_\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2070-\\u2FFF\\u3040-\\uD7FF\\uF900-\\uFEFE\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF66-\\uFFDC';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
