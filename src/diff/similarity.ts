/**
 * How alike two short texts are, from 0 to 1: the Sørensen–Dice coefficient of their character
 * pairs, case and runs of white space ignored. A task reworded in a small way ("4 critical" → "5
 * critical", a typo, a link added) keeps most of its pairs; a different task shares few.
 */

/** The form texts are compared in: white space collapsed and trimmed. */
export function normalText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function similarity(a: string, b: string): number {
  const x = normalText(a).toLowerCase();
  const y = normalText(b).toLowerCase();
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const pair = x.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const pair = y.slice(i, i + 2);
    const left = pairs.get(pair) ?? 0;
    if (left > 0) {
      shared++;
      pairs.set(pair, left - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + y.length - 1);
}

/**
 * How alike a task's text is to an edit of it within its milestone: as `similarity`, but a text
 * kept whole inside the other, at word boundaries, is a rewording however much was added or cut
 * ("Market expansion" → "Market expansion into Europe and Asia" shares only 0.59 of its pairs).
 * It scores `floor` then, so a closer edit of the same text still pairs first.
 */
export function rewordingSimilarity(a: string, b: string, floor: number): number {
  const score = similarity(a, b);
  if (score >= floor) return score;
  const x = ` ${normalText(a).toLowerCase()} `;
  const y = ` ${normalText(b).toLowerCase()} `;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  // Three letters at least: "a" or "ui" inside a longer task says nothing.
  return shorter.length >= 5 && longer.includes(shorter) ? floor : score;
}
