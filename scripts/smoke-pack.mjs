// The package as users get it: `npm pack`, installed into a fresh project, run through its bin
// on a copy of the seed fixture. Exits non-zero when anything on that path fails.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'roadmap-pack-'));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').at(-1);
  const app = join(work, 'app');
  mkdirSync(join(app, 'roadmap'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true }));
  cpSync(join(root, 'test', 'fixtures', 'seed', 'vnext.md'), join(app, 'roadmap', 'vnext.md'));
  run('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball)], app);
  const json = JSON.parse(run(join(app, 'node_modules', '.bin', 'roadmap'), ['status', '--json'], app));
  const tiers = json.tiers.map((t) => `${t.tier} ${t.done}/${t.total}`).join(', ');
  if (tiers !== 'critical 0/5, high 0/10, medium 0/25, low 0/10, unprioritized 0/0' || json.blocked !== true) {
    throw new Error(`the installed package read the seed as: ${tiers}`);
  }
  console.log(`npm pack: ${tarball} installs and runs (${tiers}; blocked)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
