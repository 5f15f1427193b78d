/**
 * Pure functions of a string, remembered. A roadmap repeats its words — the same section titles
 * on every milestone's path, the same Timeline values — and a monorepo repeats its roadmaps, so
 * the regex work behind tiers and dates is done once per distinct text. Bounded, so a hostile
 * input cannot grow it without limit.
 */
export function memoise<T>(compute: (text: string) => T, limit = 10_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const found = known.get(text);
    if (found !== undefined || known.has(text)) return found as T;
    const value = compute(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}

/** Anchors are dates, never empty: '' stands for none. */
const NO_ANCHOR = '';

/** `compute(text, anchor)`, remembered per anchor and text; bounded like `memoise`. */
export function memoiseAnchored<T>(compute: (text: string, anchor: string | null) => T): (text: string, anchor: string | null) => T {
  const byAnchor = memoise((anchor) => memoise((text) => compute(text, anchor === NO_ANCHOR ? null : anchor), 1_000), 100);
  return (text, anchor) => byAnchor(anchor ?? NO_ANCHOR)(text);
}
