// `npm audit` for CI: production dependencies fail at `high`, development dependencies (which run
// in CI, next to its secrets) at `critical`. When the advisory service cannot be reached, say so
// loudly and go on, unless ROADMAP_AUDIT_REQUIRED=1: a registry mirror without the audit
// endpoint must not block every build, but it must not pass silently either.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHECKS = [
  { name: 'production dependencies', args: ['--omit=dev', '--audit-level=high'] },
  { name: 'all dependencies', args: ['--audit-level=critical'] },
];

/** What one `npm audit --json` run says: a report with its counts, or that no report came. */
export function readAudit(stdout) {
  let json;
  try {
    json = JSON.parse(stdout);
  } catch {
    return { reached: false, reason: 'npm audit printed no JSON' };
  }
  if (json?.auditReportVersion === undefined || json.metadata?.vulnerabilities === undefined) {
    const status = json?.statusCode ?? json?.error?.code;
    return { reached: false, reason: status ? `the service answered ${status}` : 'no audit report' };
  }
  return { reached: true, counts: json.metadata.vulnerabilities };
}

function main() {
  const root = resolve(fileURLToPath(import.meta.url), '..', '..');
  let failed = false;
  for (const check of CHECKS) {
    const run = spawnSync('npm', ['audit', '--json', ...check.args], { cwd: root, encoding: 'utf8' });
    const audit = readAudit(run.stdout);
    if (!audit.reached) {
      const line = `audit (${check.name}): the advisory service gave no report (${audit.reason})`;
      if (process.env.ROADMAP_AUDIT_REQUIRED === '1') {
        process.stderr.write(`${line}\n`);
        failed = true;
      } else {
        process.stderr.write(`WARNING ${line}; not checked\n`);
      }
      continue;
    }
    const { critical = 0, high = 0, moderate = 0, low = 0 } = audit.counts;
    const summary = `audit (${check.name}): ${critical} critical, ${high} high, ${moderate} moderate, ${low} low`;
    // npm audit exits non-zero exactly when something is at or above --audit-level.
    if (run.status !== 0) {
      process.stderr.write(`${summary}: over the limit (npm audit ${check.args.join(' ')} for details)\n`);
      failed = true;
    } else {
      process.stdout.write(`${summary}\n`);
    }
  }
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
