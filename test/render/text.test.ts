import { describe, expect, it } from 'vitest';
import { clip, plural } from '../../src/render/text.js';

describe('clip', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['eleven char', 10, 'eleven ch…'],
    ['😀😀😀😀', 3, '😀😀…'],
    ['', 1, ''],
  ])('clip(%j, %i) = %j', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
  });
});

describe('plural', () => {
  it.each([
    [0, 'open task', '0 open tasks'],
    [1, 'open task', '1 open task'],
    [2, 'more blocker', '2 more blockers'],
  ])('plural(%i, %j) = %j', (count, noun, expected) => {
    expect(plural(count, noun)).toBe(expected);
  });
});
