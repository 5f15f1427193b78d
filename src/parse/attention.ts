/**
 * Emphasis (`*`, `_`) resolved in linear time (see `openers.ts`): the pairing and the events of
 * micromark-core-commonmark 2.0.4 (`lib/attention.js`, MIT), found without its quadratic walk,
 * so that a paragraph of `*a_ ` or `a_ ` no longer takes time quadratic in its length. The
 * output is the same event list; a property test compares it with the original.
 */
import { attention } from 'micromark-core-commonmark';
import { push } from 'micromark-util-chunked';
import { resolveAll } from 'micromark-util-resolve-all';
import type { Construct, Event, Extension, Point, Resolver, Token, TokenizeContext } from 'micromark-util-types';
import { type PairRules, replacing, resolvePairs } from './openers.js';

const STAR = 42;
const UNDERSCORE = 95;

function attentionRules(context: TokenizeContext): PairRules {
  const marker = (token: Token): number => context.sliceSerialize(token).charCodeAt(0);
  const size = (token: Token): number => token.end.offset - token.start.offset;
  return {
    type: 'attentionSequence',
    // The inputs of the "rule of three": marker, whether the closer can also open, size mod 3.
    kind: (closer) => marker(closer) * 6 + (closer._open ? 3 : 0) + (size(closer) % 3),
    fits(opener, closer) {
      if (marker(opener) !== marker(closer)) return false;
      // If the opening can close or the closing can open, and the close size is not a multiple
      // of three but the sum of both sizes is, they do not match.
      return !((opener._close || closer._open) && size(closer) % 3 && !((size(opener) + size(closer)) % 3));
    },
    pair(events, open, index) {
      const opener = events[open]![1];
      const closer = events[index]![1];
      const use = size(opener) > 1 && size(closer) > 1 ? 2 : 1;
      const start: Point = { ...opener.end };
      const end: Point = { ...closer.start };
      movePoint(start, -use);
      movePoint(end, use);
      const sequence = use > 1 ? 'strongSequence' : 'emphasisSequence';
      const openingSequence: Token = { type: sequence, start, end: { ...opener.end } };
      const closingSequence: Token = { type: sequence, start: { ...closer.start }, end };
      const text: Token = { type: use > 1 ? 'strongText' : 'emphasisText', start: { ...opener.end }, end: { ...closer.start } };
      const group: Token = {
        type: use > 1 ? 'strong' : 'emphasis',
        start: { ...openingSequence.start },
        end: { ...closingSequence.end },
      };
      opener.end = { ...openingSequence.start };
      closer.start = { ...closingSequence.end };

      let next: Event[] = [];
      // More markers in the opening than used: they stay, before the group.
      if (size(opener)) next = push(next, [['enter', opener, context], ['exit', opener, context]]);
      next = push(next, [
        ['enter', group, context],
        ['enter', openingSequence, context],
        ['exit', openingSequence, context],
        ['enter', text, context],
      ]);
      next = push(next, resolveAll(context.parser.constructs.insideSpan.null ?? [], events.slice(open + 1, index), context));
      next = push(next, [
        ['exit', text, context],
        ['enter', closingSequence, context],
        ['exit', closingSequence, context],
        ['exit', group, context],
      ]);
      // More markers in the closing than used: they stay, after the group, to pair again.
      if (!size(closer)) return { events: next, leftover: 0 };
      return { events: push(next, [['enter', closer, context], ['exit', closer, context]]), leftover: 2 };
    },
  };
}

const resolveAllAttention: Resolver = (events, context) => resolvePairs(events, attentionRules(context));

/** Tokenizes like micromark's emphasis, resolves in linear time. */
const linearAttention: Construct = {
  name: 'linearAttention',
  tokenize: attention.tokenize,
  resolveAll: resolveAllAttention,
};

/** The micromark extension that puts it in place of the stock emphasis. */
export const linearAttentionExtension: Extension = replacing('attention', [STAR, UNDERSCORE], linearAttention);

/** Moves a point within a line (micromark's `movePoint`). */
function movePoint(point: Point, offset: number): void {
  point.column += offset;
  point.offset += offset;
  point._bufferIndex += offset;
}
