import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA_FILE, configJsonSchema, renderConfigJsonSchema } from '../../src/model/config-json-schema.js';
import { Config } from '../../src/model/schema.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('the published JSON Schema of roadmap.config.json', () => {
  it('is the committed file, byte for byte (run `npm run schema` after changing the zod schema)', () => {
    expect(readFileSync(join(ROOT, CONFIG_SCHEMA_FILE), 'utf8')).toBe(renderConfigJsonSchema());
  });

  it('describes every key of the zod schema, and no other', () => {
    const schema = configJsonSchema() as { properties: Record<string, unknown>; additionalProperties: boolean };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(Config.shape).sort());
    expect(schema.additionalProperties).toBe(false);
  });

  it('is published with the package', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.files).toContain(CONFIG_SCHEMA_FILE.split('/')[0]);
    expect(pkg.scripts.schema).toContain('scripts/schema.mjs');
  });
});
