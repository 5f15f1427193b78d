/**
 * Emphasis and strikethrough are resolved by our linear-time resolvers: they must give exactly
 * the tree the stock micromark resolvers give, on any input.
 */
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';

const stock = unified().use(remarkParse).use(remarkGfm).freeze();

/** Characters that open, close or interrupt spans, and some words between them. */
const PIECES = ['*', '**', '***', '_', '__', '~', '~~', '~~~', 'a', 'b c', ' ', '\n', '[', ']', '(', ')', '!', '`', '\\', '.', 'x]: y\n', '<b>', '# '];
const markdown = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
/** Runs of delimiters of every length against letters: where leftover runs get paired again. */
const RUNS = ['*', '**', '***', '****', '_', '__', '~', '~~', 'a', ' ', 'a*', '*a', '_a', 'a_'];
const runs = fc.array(fc.constantFrom(...RUNS), { maxLength: 30 }).map((parts) => parts.join(''));

describe('linear emphasis and strikethrough', () => {
  it.each([
    ['nested', '*a **b** c* and ***d*** and _e __f__ g_'],
    ['rule of three', '*foo**bar**baz*, **foo*bar*baz**, foo***bar***baz, *foo**bar*'],
    ['leftover runs', '***a* b** c *d** e*** f'],
    ['across links', '*a [b*](c) d* [e *f](g*) ~~h [i~~](j) k~~'],
    ['unmatched', `${'*a_ '.repeat(50)}${'a_ '.repeat(50)}${'~~a '.repeat(50)}`],
    ['strikethrough', '~a~ ~~b~~ ~~~c~~~ ~~d~ *~~e~~* ~~*f*~~ ~~g *h~~ i*'],
  ])('gives the stock tree: %s', (_name, text) => {
    expect(parseMarkdown(text)).toEqual(stock.parse(text));
  });

  it.each([
    ['mixed markdown', markdown, 1500],
    ['delimiter runs', runs, 8000],
  ] as const)('gives the stock tree on generated input: %s', (_name, input, numRuns) => {
    fc.assert(
      fc.property(input, (text) => {
        expect(parseMarkdown(text)).toEqual(stock.parse(text));
      }),
      { numRuns },
    );
  });
});
