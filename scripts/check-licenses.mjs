// The licenses of everything `npm install roadmap-cli` brings in, checked against an allow-list of
// permissive licenses. Prints each package whose license is not allowed (or not declared) and
// exits 1; prints one summary line and exits 0 otherwise. Reads installed package.json files,
// so it needs `npm ci` first and no network.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ALLOWED = new Set([
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'BlueOak-1.0.0',
  'CC0-1.0',
  // argparse (markdown-it's option parser) is a port of Python's and keeps its permissive license.
  'Python-2.0',
]);

/**
 * Whether an SPDX expression is satisfied by allowed licenses: `A OR B` needs one of them,
 * `A AND B` needs both; `WITH` exceptions and `+` only widen a license, so they keep its verdict.
 */
export function allowedExpression(expression, allowed = ALLOWED) {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  const or = () => {
    let ok = and();
    while (tokens[at] === 'OR') {
      at++;
      ok = and() || ok;
    }
    return ok;
  };
  const and = () => {
    let ok = term();
    while (tokens[at] === 'AND') {
      at++;
      ok = term() && ok;
    }
    return ok;
  };
  const term = () => {
    const token = tokens[at++];
    let ok;
    if (token === '(') {
      ok = or();
      if (tokens[at++] !== ')') return false;
    } else {
      ok = token !== undefined && allowed.has(token.replace(/\+$/, ''));
    }
    if (tokens[at] === 'WITH') at += 2;
    return ok;
  };
  const ok = or();
  return ok && at === tokens.length;
}

/** The declared license of a package.json: `license`, or the old `licenses` array. */
export function declaredLicense(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license && typeof manifest.license.type === 'string') return manifest.license.type;
  if (Array.isArray(manifest.licenses)) {
    const types = manifest.licenses.map((entry) => (typeof entry === 'string' ? entry : entry?.type)).filter(Boolean);
    if (types.length > 0) return types.length === 1 ? types[0] : `(${types.join(' OR ')})`;
  }
  return undefined;
}

function productionPackages(root) {
  const output = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8' });
  // The first line is the project itself.
  return [...new Set(output.split('\n').filter(Boolean).slice(1))].sort();
}

function main() {
  const root = resolve(fileURLToPath(import.meta.url), '..', '..');
  const refused = [];
  const packages = productionPackages(root);
  for (const dir of packages) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const license = declaredLicense(manifest);
    if (license === undefined || !allowedExpression(license)) {
      refused.push(`${manifest.name}@${manifest.version}: ${license ?? 'no license declared'}`);
    }
  }
  if (refused.length > 0) {
    process.stderr.write(`licenses not on the allow-list:\n${refused.map((line) => `  ${line}\n`).join('')}`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`licenses: ${packages.length} production packages, all allowed\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
