/**
 * Status markers at the start of a heading: real emoji, and the mojibake some files carry — the
 * emoji's UTF-8 bytes decoded as Johab (CP1361). Only the four markers below survive that
 * decoding as text; the others have no such form.
 */
import type { Marker } from '../model/types.js';

const EMOJI: ReadonlyArray<readonly [string, Marker]> = [
  ['🔴', 'red'],
  ['🟠', 'orange'],
  ['🟡', 'yellow'],
  ['🟢', 'green'],
  ['🔵', 'blue'],
  ['⚪', 'white'],
  ['✅', 'done'],
  ['⛔', 'stop'],
];

/** The emoji each marker is written as, for views that show the file's own marker. */
export const MARKER_EMOJI = Object.fromEntries(EMOJI.map(([emoji, marker]) => [marker, emoji])) as Record<Marker, string>;

/** Mojibake form → the emoji it should have been. Exported for `lint --fix`. */
export const MOJIBAKE: ReadonlyArray<readonly [string, string, Marker]> = [
  ['游댮', '🔴', 'red'],
  ['游리', '🟡', 'yellow'],
  ['游릭', '🟢', 'green'],
  ['游댯', '🔵', 'blue'],
];

export interface MarkerMatch {
  marker: Marker | null;
  mojibake: boolean;
  /** The title with the marker and the space after it removed. */
  title: string;
}

const VARIATION_SELECTOR = '\uFE0F';

export function splitMarker(title: string): MarkerMatch {
  const trimmed = title.trimStart();
  for (const [emoji, marker] of EMOJI) {
    if (trimmed.startsWith(emoji)) return { marker, mojibake: false, title: rest(trimmed, emoji.length) };
  }
  for (const [broken, , marker] of MOJIBAKE) {
    if (trimmed.startsWith(broken)) return { marker, mojibake: true, title: rest(trimmed, broken.length) };
  }
  return { marker: null, mojibake: false, title: title.trim() };
}

function rest(text: string, length: number): string {
  let after = text.slice(length);
  if (after.startsWith(VARIATION_SELECTOR)) after = after.slice(1);
  return after.trim();
}
