import { describe, expect, it } from 'vitest';
import { defuseLog, defuseLogLine, escapeData, escapeProperty, workflowCommand } from '../../src/render/escape-workflow.js';

// Expected values worked out from @actions/core's escapeData and escapeProperty.
describe('escapeData', () => {
  it.each([
    ['plain text', 'plain text'],
    ['', ''],
    ['100%', '100%25'],
    ['%0A is not a line end', '%250A is not a line end'],
    ['a\nb', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['a\rb', 'a%0Db'],
    ['keeps : and , and ::', 'keeps : and , and ::'],
    ['%%\n', '%25%25%0A'],
  ])('%j → %j', (input, expected) => {
    expect(escapeData(input)).toBe(expected);
  });
});

describe('escapeProperty', () => {
  it.each([
    ['roadmap/vnext.md', 'roadmap/vnext.md'],
    ['a:b', 'a%3Ab'],
    ['a,b', 'a%2Cb'],
    ['::error::x', '%3A%3Aerror%3A%3Ax'],
    ['50%, then: more\r\n', '50%25%2C then%3A more%0D%0A'],
    ['%3A stays text', '%253A stays text'],
  ])('%j → %j', (input, expected) => {
    expect(escapeProperty(input)).toBe(expected);
  });
});

describe('workflowCommand', () => {
  it.each([
    [
      'an annotation with every property',
      workflowCommand('error', { file: 'roadmap/a.md', line: 16, col: 1, title: 'critical blocker in X' }, 'Do it'),
      '::error file=roadmap/a.md,line=16,col=1,title=critical blocker in X::Do it',
    ],
    ['no properties', workflowCommand('notice', {}, '3 more'), '::notice::3 more'],
    ['empty values left out', workflowCommand('warning', { file: '', line: 2 }, 'm'), '::warning line=2::m'],
    [
      'properties and message escaped differently',
      workflowCommand('error', { file: 'a,b:c.md', title: 'x: y, z' }, 'a: b, c\nd'),
      '::error file=a%2Cb%3Ac.md,title=x%3A y%2C z::a: b, c%0Ad',
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('defuseLogLine', () => {
  it.each([
    ['ordinary text', 'ordinary text'],
    ['roadmap/a.md:3:1  ::error::x', 'roadmap/a.md:3:1  ::error::x'],
    ['::error::x.md:1:1  t', './::error::x.md:1:1  t'],
    ['  \t::warning::x', './  \t::warning::x'],
    ['\u00a0::notice::x', './\u00a0::notice::x'],
    ['\u0085::notice::x', './\u0085::notice::x'],
    ['text ##[error]boom', 'text ##[\\error]boom'],
    ['##[stop-commands]t and ##[add-mask]s', '##[\\stop-commands]t and ##[\\add-mask]s'],
    ['# heading [link]', '# heading [link]'],
  ])('%j → %j', (input, expected) => {
    expect(defuseLogLine(input)).toBe(expected);
  });

  it('treats CR, LF and CRLF as line ends in a block', () => {
    expect(defuseLog('a\n::x::1\r::y::2\r\n::z::3\n')).toBe('a\n./::x::1\r./::y::2\r\n./::z::3\n');
  });
});
