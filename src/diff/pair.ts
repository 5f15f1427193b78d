/**
 * Pairing the items of two versions of a list: first those that are the same by a key, in order
 * (the first `Plan` before with the first `Plan` after), then the most alike of what is left.
 * Each item is paired at most once, so a task matched across a move or an edit is one change.
 */

/** Items of each side not yet paired, and the pairs so far (before → after). */
export class Pairing<B, A> {
  readonly pairs = new Map<B, A>();
  readonly #pairedAfter = new Set<A>();
  /** Comparisons left for `bySimilarity`, over all its calls. */
  #budget: number;

  constructor(
    readonly before: readonly B[],
    readonly after: readonly A[],
    comparisons = 1_000_000,
  ) {
    this.#budget = comparisons;
  }

  add(b: B, a: A): void {
    this.pairs.set(b, a);
    this.#pairedAfter.add(a);
  }

  isPaired(item: B | A, side: 'before' | 'after'): boolean {
    return side === 'before' ? this.pairs.has(item as B) : this.#pairedAfter.has(item as A);
  }

  unpairedBefore(): B[] {
    return this.before.filter((b) => !this.pairs.has(b));
  }

  unpairedAfter(): A[] {
    return this.after.filter((a) => !this.#pairedAfter.has(a));
  }

  /** Pairs unpaired items whose keys are equal, first with first; a null key pairs with nothing. */
  byKey(keyBefore: (b: B) => string | null, keyAfter: (a: A) => string | null): void {
    const waiting = new Map<string, B[]>();
    for (const b of this.unpairedBefore()) {
      const key = keyBefore(b);
      if (key === null) continue;
      const queue = waiting.get(key);
      if (queue) queue.push(b);
      else waiting.set(key, [b]);
    }
    for (const a of this.unpairedAfter()) {
      const key = keyAfter(a);
      const b = key === null ? undefined : waiting.get(key)?.shift();
      if (b !== undefined) this.add(b, a);
    }
  }

  /**
   * Pairs the most alike first, among the unpaired of `bs` × `as`, while their score reaches
   * `threshold`. Skipped when the comparisons left (the constructor's budget) would not cover
   * them: past that, items stay unpaired (an addition and a removal) rather than a rewritten
   * roadmap of 100,000 tasks taking minutes.
   */
  bySimilarity(bs: readonly B[], as: readonly A[], score: (b: B, a: A) => number, threshold: number): void {
    const free = (list: readonly B[] | readonly A[], side: 'before' | 'after') => list.filter((item) => !this.isPaired(item, side));
    const left = free(bs, 'before') as B[];
    const right = free(as, 'after') as A[];
    if (left.length === 0 || right.length === 0 || left.length * right.length > this.#budget) return;
    this.#budget -= left.length * right.length;
    const candidates: Array<{ b: B; a: A; score: number; order: number }> = [];
    left.forEach((b, i) =>
      right.forEach((a, j) => {
        const value = score(b, a);
        if (value >= threshold) candidates.push({ b, a, score: value, order: Math.abs(i - j) });
      }),
    );
    // Most alike first; of equals, those nearest in their lists.
    candidates.sort((x, y) => y.score - x.score || x.order - y.order);
    for (const { b, a } of candidates) {
      if (this.pairs.has(b) || this.#pairedAfter.has(a)) continue;
      this.add(b, a);
    }
  }
}
