/**
 * GFM strikethrough (`~~a~~`) resolved in linear time, for the reason and in the way of
 * `attention.ts`: micromark-extension-gfm-strikethrough 2.1.0 (`lib/syntax.js`, MIT) walks back
 * over every earlier event for each closing run it cannot pair, so `~~a` repeated is quadratic.
 * Same tokenizer, same pairing; a closing run of a given length stops where the last run of that
 * length that found nothing started.
 */
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { splice } from 'micromark-util-chunked';
import { resolveAll } from 'micromark-util-resolve-all';
import type { Construct, Event, Extension, Resolver, Token } from 'micromark-util-types';

const TILDE = 126;

const resolveAllStrikethrough: Resolver = (events, context) => {
  // Per length of closing run: every event at or below this index has been tried by such a run.
  const bottom = new Map<number, number>();
  let index = -1;

  while (++index < events.length) {
    const closer = events[index]![1];
    if (events[index]![0] !== 'enter' || closer.type !== 'strikethroughSequenceTemporary' || !closer._close) continue;
    const size = closer.end.offset - closer.start.offset;
    const floor = bottom.get(size) ?? -1;
    let open = index;
    let matched = false;

    while (--open > floor) {
      const opener = events[open]![1];
      if (
        events[open]![0] !== 'exit' ||
        opener.type !== 'strikethroughSequenceTemporary' ||
        !opener._open ||
        opener.end.offset - opener.start.offset !== size
      ) {
        continue;
      }
      closer.type = 'strikethroughSequence';
      opener.type = 'strikethroughSequence';
      const strikethrough: Token = { type: 'strikethrough', start: { ...opener.start }, end: { ...closer.end } };
      const text: Token = { type: 'strikethroughText', start: { ...opener.end }, end: { ...closer.start } };
      const nextEvents: Event[] = [
        ['enter', strikethrough, context],
        ['enter', opener, context],
        ['exit', opener, context],
        ['enter', text, context],
      ];
      const insideSpan = context.parser.constructs.insideSpan.null;
      if (insideSpan) {
        splice(nextEvents, nextEvents.length, 0, resolveAll(insideSpan, events.slice(open + 1, index), context));
      }
      splice(nextEvents, nextEvents.length, 0, [
        ['exit', text, context],
        ['enter', closer, context],
        ['exit', closer, context],
        ['exit', strikethrough, context],
      ]);
      splice(events, open - 1, index - open + 3, nextEvents);
      // Everything from `open - 1` on was replaced: no length may skip over it any more.
      for (const [key, value] of bottom) if (value > open - 2) bottom.set(key, open - 2);
      index = open + nextEvents.length - 2;
      matched = true;
      break;
    }
    if (!matched) bottom.set(size, index);
  }

  index = -1;
  while (++index < events.length) {
    if (events[index]![1].type === 'strikethroughSequenceTemporary') events[index]![1].type = 'data';
  }
  return events;
};

/** The stock construct, for its tokenizer (remark-gfm's default: single tildes allowed). */
const stock = gfmStrikethrough().text![TILDE] as Construct;

const linearStrikethrough: Construct = {
  name: 'linearStrikethrough',
  tokenize: stock.tokenize,
  resolveAll: resolveAllStrikethrough,
};

/**
 * The micromark extension: turns the stock construct off and puts this one in its place. It must
 * come after remark-gfm's, so that it is first among the span resolvers, ahead of the stock one
 * (which then finds nothing left).
 */
export const linearStrikethroughExtension: Extension = {
  disable: { null: ['strikethrough'] },
  text: { [TILDE]: linearStrikethrough },
  insideSpan: { null: [linearStrikethrough] },
};
