/**
 * One pass of our remark-parse + remark-gfm (before the repairs that follow GitHub) must give
 * exactly the tree of the stock processor, on any input: emphasis and strikethrough are resolved
 * by our linear-time resolvers, and text that cannot hold a literal autolink skips the pass that
 * looks for them.
 */
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseGfm } from '../../src/parse/markdown.js';

const stock = unified().use(remarkParse).use(remarkGfm).freeze();

/** Characters that open, close or interrupt spans, and some words between them. */
const PIECES = ['*', '**', '***', '_', '__', '~', '~~', '~~~', 'a', 'b c', ' ', '\n', '[', ']', '(', ')', '!', '`', '\\', '.', 'x]: y\n', '<b>', '# ', 'www.x.io', 'HTTPS://a.b/c', 'a@b.co', '&#64;', '&commat;', '&amp;', '- [ ] '];
const markdown = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
/** Runs of delimiters of every length against letters: where leftover runs get paired again. */
const RUNS = ['*', '**', '***', '****', '_', '__', '~', '~~', 'a', ' ', 'a*', '*a', '_a', 'a_'];
const runs = fc.array(fc.constantFrom(...RUNS), { maxLength: 30 }).map((parts) => parts.join(''));

describe('parseGfm', () => {
  it.each([
    ['nested', '*a **b** c* and ***d*** and _e __f__ g_'],
    ['rule of three', '*foo**bar**baz*, **foo*bar*baz**, foo***bar***baz, *foo**bar*'],
    ['leftover runs', '***a* b** c *d** e*** f'],
    ['across links', '*a [b*](c) d* [e *f](g*) ~~h [i~~](j) k~~'],
    ['unmatched', `${'*a_ '.repeat(50)}${'a_ '.repeat(50)}${'~~a '.repeat(50)}`],
    ['strikethrough', '~a~ ~~b~~ ~~~c~~~ ~~d~ *~~e~~* ~~*f*~~ ~~g *h~~ i*'],
    ['literal autolinks', 'www.example.com, https://example.com/a?b and mail@example.com in *text*'],
    ['autolinks made by references', 'mail&#64;example.com and mail&commat;example.com and &#119;ww.example.com'],
    ['no autolink possible', '- [ ] plain task with *emphasis* & [a link](./x) but no address'],
  ])('gives the stock tree: %s', (_name, text) => {
    expect(parseGfm(text)).toEqual(stock.parse(text));
  });

  it.each([
    ['mixed markdown', markdown, 1500],
    ['delimiter runs', runs, 8000],
  ] as const)('gives the stock tree on generated input: %s', (_name, input, numRuns) => {
    fc.assert(
      fc.property(input, (text) => {
        expect(parseGfm(text)).toEqual(stock.parse(text));
      }),
      { numRuns },
    );
  });
});
