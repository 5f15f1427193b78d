/**
 * The first field of a name, as findField (parse/fields.ts) gives it, with a plain loop: the
 * report looks fields up on every heading of every milestone's path, and a callback to
 * Array.prototype.find is one more object made for each lookup.
 */
import type { Field } from '../model/types.js';

export function fieldNamed(fields: readonly Field[], name: string): Field | undefined {
  for (let i = 0; i < fields.length; i++) if (fields[i]!.name === name) return fields[i];
  return undefined;
}
