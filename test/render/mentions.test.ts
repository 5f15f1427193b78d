/** @mentions in markdown that may be posted as a comment become inline code, which never notifies. */
import { describe, expect, it } from 'vitest';
import { paragraph, quietMentions, stringifyMarkdown } from '../../src/render/mdast.js';

const rendered = (value: string) => stringifyMarkdown({ type: 'root', children: [paragraph(...quietMentions(value))] });

describe('quietMentions', () => {
  it.each([
    ['no mention', 'Ship the API', 'Ship the API'],
    ['a user', 'Ship the API @alice', 'Ship the API `@alice`'],
    ['a team', 'Review with @acme/security-team first', 'Review with `@acme/security-team` first'],
    ['two, in brackets and after punctuation', '(@bob, @carol-d)', '(`@bob`, `@carol-d`)'],
    ['an e-mail address is none (remark-gfm escapes its @ so that it stays text)', 'mail ops@example.com', 'mail ops\\@example.com'],
    ['a lone @ or one before punctuation', 'meet @ 10, ping @-x', 'meet @ 10, ping @-x'],
    ['a trailing dash is not part of the name', 'ask @dave-', 'ask `@dave`-'],
    ['markdown in the text stays text', '*not* @eve <b>', '\\*not\\* `@eve` \\<b>'],
  ])('%s', (_, value, markdown) => {
    expect(rendered(value)).toBe(markdown);
  });
});
