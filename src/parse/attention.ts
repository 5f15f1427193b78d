/**
 * Emphasis (`*`, `_`) resolved in linear time. micromark's own resolver walks back over every
 * earlier event for each closing run that finds no opener, so a paragraph of `*a_ ` or `a_ `
 * takes time quadratic in its length. This is the same resolver (micromark-core-commonmark
 * 2.0.4, `lib/attention.js`, MIT) with cmark's `openers_bottom`: once a closing run of some kind
 * has searched back and found nothing, later runs of the same kind stop where it started.
 * The output is the same event list; a property test compares it with the original.
 */
import { attention } from 'micromark-core-commonmark';
import { push, splice } from 'micromark-util-chunked';
import { resolveAll } from 'micromark-util-resolve-all';
import type { Construct, Event, Extension, Point, Resolver, Token } from 'micromark-util-types';

const STAR = 42;
const UNDERSCORE = 95;

const resolveAllAttention: Resolver = (events, context) => {
  // Per kind of closing run (marker, whether it can also open, length mod 3 — the inputs of the
  // "rule of three"): every event at or below this index has been tried by a run of that kind.
  const bottom = new Map<number, number>();
  let index = -1;

  while (++index < events.length) {
    const closer = events[index]![1];
    if (events[index]![0] !== 'enter' || closer.type !== 'attentionSequence' || !closer._close) continue;
    const marker = context.sliceSerialize(closer).charCodeAt(0);
    const closeSize = closer.end.offset - closer.start.offset;
    const kind = marker * 6 + (closer._open ? 3 : 0) + (closeSize % 3);
    const floor = bottom.get(kind) ?? -1;
    let open = index;
    let matched = false;

    while (--open > floor) {
      const opener = events[open]![1];
      if (
        events[open]![0] !== 'exit' ||
        opener.type !== 'attentionSequence' ||
        !opener._open ||
        context.sliceSerialize(opener).charCodeAt(0) !== marker
      ) {
        continue;
      }
      const openSize = opener.end.offset - opener.start.offset;
      // If the opening can close or the closing can open, and the close size is not a multiple
      // of three but the sum of both sizes is, they do not match.
      if ((opener._close || closer._open) && closeSize % 3 && !((openSize + closeSize) % 3)) continue;

      const use = openSize > 1 && closeSize > 1 ? 2 : 1;
      const start: Point = { ...opener.end };
      const end: Point = { ...closer.start };
      movePoint(start, -use);
      movePoint(end, use);
      const openingSequence: Token = {
        type: use > 1 ? 'strongSequence' : 'emphasisSequence',
        start,
        end: { ...opener.end },
      };
      const closingSequence: Token = {
        type: use > 1 ? 'strongSequence' : 'emphasisSequence',
        start: { ...closer.start },
        end,
      };
      const text: Token = {
        type: use > 1 ? 'strongText' : 'emphasisText',
        start: { ...opener.end },
        end: { ...closer.start },
      };
      const group: Token = {
        type: use > 1 ? 'strong' : 'emphasis',
        start: { ...openingSequence.start },
        end: { ...closingSequence.end },
      };
      opener.end = { ...openingSequence.start };
      closer.start = { ...closingSequence.end };

      let nextEvents: Event[] = [];
      // More markers in the opening than used: they stay, before the group.
      if (opener.end.offset - opener.start.offset) {
        nextEvents = push(nextEvents, [
          ['enter', opener, context],
          ['exit', opener, context],
        ]);
      }
      nextEvents = push(nextEvents, [
        ['enter', group, context],
        ['enter', openingSequence, context],
        ['exit', openingSequence, context],
        ['enter', text, context],
      ]);
      nextEvents = push(
        nextEvents,
        resolveAll(context.parser.constructs.insideSpan.null ?? [], events.slice(open + 1, index), context),
      );
      nextEvents = push(nextEvents, [
        ['exit', text, context],
        ['enter', closingSequence, context],
        ['exit', closingSequence, context],
        ['exit', group, context],
      ]);
      let offset = 0;
      // More markers in the closing than used: they stay, after the group.
      if (closer.end.offset - closer.start.offset) {
        offset = 2;
        nextEvents = push(nextEvents, [
          ['enter', closer, context],
          ['exit', closer, context],
        ]);
      }
      splice(events, open - 1, index - open + 3, nextEvents);
      // Everything from `open - 1` on was replaced: no kind may skip over it any more.
      for (const [key, value] of bottom) if (value > open - 2) bottom.set(key, open - 2);
      index = open + nextEvents.length - offset - 2;
      matched = true;
      break;
    }
    if (!matched) bottom.set(kind, index);
  }

  // Runs that found no partner are plain text.
  index = -1;
  while (++index < events.length) {
    if (events[index]![1].type === 'attentionSequence') events[index]![1].type = 'data';
  }
  return events;
};

/** Tokenizes like micromark's emphasis, resolves in linear time. */
const linearAttention: Construct = {
  name: 'linearAttention',
  tokenize: attention.tokenize,
  resolveAll: resolveAllAttention,
};

/**
 * The micromark extension: turns the stock construct off and puts this one in its place, also
 * first among the resolvers of span content (links, emphasis, strikethrough), so the stock
 * resolver later finds nothing left to do there.
 */
export const linearAttentionExtension: Extension = {
  disable: { null: ['attention'] },
  text: { [STAR]: linearAttention, [UNDERSCORE]: linearAttention },
  insideSpan: { null: [linearAttention] },
};

/** Moves a point within a line (micromark's `movePoint`). */
function movePoint(point: Point, offset: number): void {
  point.column += offset;
  point.offset += offset;
  point._bufferIndex += offset;
}
