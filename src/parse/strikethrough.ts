/**
 * GFM strikethrough (`~~a~~`) resolved in linear time (see `openers.ts`): the pairing and the
 * events of micromark-extension-gfm-strikethrough 2.1.0 (`lib/syntax.js`, MIT), found without
 * its quadratic walk, so that `~~a` repeated no longer takes time quadratic in its length.
 */
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { splice } from 'micromark-util-chunked';
import { resolveAll } from 'micromark-util-resolve-all';
import type { Construct, Event, Extension, Resolver, Token, TokenizeContext } from 'micromark-util-types';
import { type PairRules, replacing, resolvePairs } from './openers.js';

const TILDE = 126;

function strikethroughRules(context: TokenizeContext): PairRules {
  const size = (token: Token): number => token.end.offset - token.start.offset;
  return {
    type: 'strikethroughSequenceTemporary',
    kind: size,
    fits: (opener, closer) => size(opener) === size(closer),
    pair(events, open, index) {
      const opener = events[open]![1];
      const closer = events[index]![1];
      closer.type = 'strikethroughSequence';
      opener.type = 'strikethroughSequence';
      const strikethrough: Token = { type: 'strikethrough', start: { ...opener.start }, end: { ...closer.end } };
      const text: Token = { type: 'strikethroughText', start: { ...opener.end }, end: { ...closer.start } };
      const next: Event[] = [
        ['enter', strikethrough, context],
        ['enter', opener, context],
        ['exit', opener, context],
        ['enter', text, context],
      ];
      const insideSpan = context.parser.constructs.insideSpan.null;
      if (insideSpan) splice(next, next.length, 0, resolveAll(insideSpan, events.slice(open + 1, index), context));
      splice(next, next.length, 0, [
        ['exit', text, context],
        ['enter', closer, context],
        ['exit', closer, context],
        ['exit', strikethrough, context],
      ]);
      return { events: next, leftover: 0 };
    },
  };
}

const resolveAllStrikethrough: Resolver = (events, context) => resolvePairs(events, strikethroughRules(context));

/** The stock construct, for its tokenizer (remark-gfm's default: single tildes allowed). */
const stock = gfmStrikethrough().text![TILDE] as Construct;

const linearStrikethrough: Construct = {
  name: 'linearStrikethrough',
  tokenize: stock.tokenize,
  resolveAll: resolveAllStrikethrough,
};

/** The micromark extension that puts it in place of the stock strikethrough; it must come after
 *  remark-gfm's, so that it is ahead of the stock one among the span resolvers. */
export const linearStrikethroughExtension: Extension = replacing('strikethrough', [TILDE], linearStrikethrough);
