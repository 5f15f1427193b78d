/**
 * Pairing delimiter runs in linear time, for `attention.ts` and `strikethrough.ts`. micromark's
 * resolvers walk back over every earlier event for each closing run that finds no opener, so a
 * paragraph of unpaired runs is quadratic. This is their loop with cmark's `openers_bottom`:
 * once a closing run of some kind has searched back and found nothing, later runs of the same
 * kind stop where it started. What pairs with what, and the events a pair becomes, are the
 * stock resolvers' own (`PairRules`).
 */
import { splice } from 'micromark-util-chunked';
import type { Construct, Event, Extension, Token } from 'micromark-util-types';

export interface PairRules {
  /** Token type of a run still waiting for its partner; left over, it becomes plain text. */
  type: string;
  /** Runs of one kind fit the same openers. */
  kind(closer: Token): number;
  /** Whether an opening run (below the closing one) can pair with it. */
  fits(opener: Token, closer: Token): boolean;
  /** The events that replace `events[open - 1]` to `events[index + 1]`, and how many of them, at
   *  the end, hold what is left of the closing run (to be looked at again). */
  pair(events: Event[], open: number, index: number): { events: Event[]; leftover: number };
}

export function resolvePairs(events: Event[], rules: PairRules): Event[] {
  // Per kind: every event at or below this index was tried by a closing run of that kind.
  const floors = new Map<number, number>();
  let index = -1;
  while (++index < events.length) {
    const [side, closer] = events[index]!;
    if (side !== 'enter' || closer.type !== rules.type || !closer._close) continue;
    const kind = rules.kind(closer);
    const floor = floors.get(kind) ?? -1;
    let open = index;
    while (--open > floor) {
      const [openSide, opener] = events[open]!;
      if (openSide === 'exit' && opener.type === rules.type && opener._open && rules.fits(opener, closer)) break;
    }
    if (open <= floor) {
      floors.set(kind, index);
      continue;
    }
    const paired = rules.pair(events, open, index);
    splice(events, open - 1, index - open + 3, paired.events);
    // Everything from `open - 1` on was replaced: no kind may skip over it any more.
    for (const [other, at] of floors) if (at > open - 2) floors.set(other, open - 2);
    index = open + paired.events.length - paired.leftover - 2;
  }
  for (const [, token] of events) if (token.type === rules.type) token.type = 'data';
  return events;
}

/**
 * A micromark extension that turns the stock construct named `stock` off and puts `construct`
 * in its place at `codes`, also first among the resolvers of span content (links, emphasis,
 * strikethrough), so the stock resolver later finds nothing left to do there.
 */
export function replacing(stock: string, codes: number[], construct: Construct): Extension {
  return {
    disable: { null: [stock] },
    text: Object.fromEntries(codes.map((code) => [code, construct])),
    insideSpan: { null: [construct] },
  };
}
