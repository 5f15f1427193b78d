// Writes schema/roadmap.config.schema.json from the zod schema, through the built library
// (run by `npm run schema`, which builds first).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_SCHEMA_FILE, renderConfigJsonSchema } from '../dist/index.js';

const target = fileURLToPath(new URL(`../${CONFIG_SCHEMA_FILE}`, import.meta.url));
await mkdir(dirname(target), { recursive: true });
await writeFile(target, renderConfigJsonSchema());
console.log(`wrote ${CONFIG_SCHEMA_FILE}`);
