// `node scripts/release-notes.mjs vX.Y.Z`: the CHANGELOG.md section of that release, for the
// release's notes. Exits 1 with one line when the tag is not package.json's version or the
// changelog has no section for it, so a release cannot go out with a stale version or no notes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const tag = process.argv[2] ?? '';
const version = tag.replace(/^v/, '');
const fail = (message) => {
  process.stderr.write(`release-notes: ${message}\n`);
  process.exit(1);
};

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) fail(`"${tag}" is not a semver tag (vX.Y.Z)`);
if (version !== pkg.version) fail(`the tag is ${version}, package.json's version is ${pkg.version}`);

const lines = readFileSync(join(root, 'CHANGELOG.md'), 'utf8').split('\n');
const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
if (start < 0) fail(`CHANGELOG.md has no "## [${version}]" section`);
const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
process.stdout.write(`${lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim()}\n`);
