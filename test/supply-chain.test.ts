import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAudit } from '../scripts/audit.mjs';
import { allowedExpression, declaredLicense } from '../scripts/check-licenses.mjs';

const ROOT = join(__dirname, '..');

describe('package.json', () => {
  it('pins every dependency to one exact version', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const ranges = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies }).filter(
      ([, version]) => !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(String(version)),
    );
    expect(ranges).toEqual([]);
  });
});

describe('the license check', () => {
  it.each([
    ['MIT', true],
    ['BlueOak-1.0.0', true],
    ['(MIT OR GPL-3.0-only)', true],
    ['(GPL-3.0-only OR MIT)', true],
    ['MIT AND ISC', true],
    ['MIT AND GPL-3.0-only', false],
    ['(MIT AND (ISC OR GPL-2.0))', true],
    ['Apache-2.0 WITH LLVM-exception', true],
    ['GPL-2.0+', false],
    ['GPL-3.0-only', false],
    ['SEE LICENSE IN LICENSE.txt', false],
    ['UNLICENSED', false],
    ['', false],
    ['(MIT', false],
  ])('%j allowed: %s', (expression, allowed) => {
    expect(allowedExpression(expression)).toBe(allowed);
  });

  it.each([
    [{ license: 'MIT' }, 'MIT'],
    [{ license: { type: 'ISC' } }, 'ISC'],
    [{ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] }, '(MIT OR Apache-2.0)'],
    [{}, undefined],
  ])('reads %j as %j', (manifest, license) => {
    expect(declaredLicense(manifest)).toBe(license);
  });
});

describe('the audit', () => {
  it('reads the counts of a report', () => {
    const report = {
      auditReportVersion: 2,
      vulnerabilities: {},
      metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 2, critical: 0, total: 3 } },
    };
    expect(readAudit(JSON.stringify(report))).toEqual({ reached: true, counts: report.metadata.vulnerabilities });
  });

  it.each([
    ['an error from the service', JSON.stringify({ statusCode: 405, message: '405 Method Not Allowed', error: {} }), 'the service answered 405'],
    ['an error without a status', JSON.stringify({ error: { summary: 'offline' } }), 'no audit report'],
    ['no JSON', 'npm ERR! network', 'npm audit printed no JSON'],
  ])('knows when no report came: %s', (_name, stdout, reason) => {
    expect(readAudit(stdout)).toEqual({ reached: false, reason });
  });
});
