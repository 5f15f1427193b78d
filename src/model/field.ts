/**
 * The first field of a name. A plain loop rather than Array.prototype.find: the report looks
 * fields up on every heading of every milestone's path, and each callback is one more object.
 */
import type { Field } from './types.js';

export function findField(fields: readonly Field[], name: string): Field | undefined {
  for (let i = 0; i < fields.length; i++) if (fields[i]!.name === name) return fields[i];
  return undefined;
}
