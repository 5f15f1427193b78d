/**
 * The JSON Schema of `roadmap.config.json`, generated from the zod schema so that the two cannot
 * drift apart. `npm run schema` writes it to schema/roadmap.config.schema.json (published with
 * the package); a test checks that the committed file is current. Draft-07, which editors
 * support most widely.
 */
import { z } from 'zod';
import { Config } from './schema.js';

/** Where the schema is committed and published, relative to the package root. */
export const CONFIG_SCHEMA_FILE = 'schema/roadmap.config.schema.json';

export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Config, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
}

/** The file's exact text: two-space indented, with a final newline. */
export function renderConfigJsonSchema(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
