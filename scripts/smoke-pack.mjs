// The package as users get it: `npm pack` (which builds through `prepare`), installed into a fresh
// project, run as `npx roadmap` on a copy of the seed fixture, and imported as a library with its
// type declarations. Exits non-zero when anything on that path fails.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'roadmap-pack-'));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const SEED_TIERS = 'critical 0/5, high 0/10, medium 0/25, low 0/10, unprioritized 0/0';

try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').at(-1);
  const app = join(work, 'app');
  mkdirSync(join(app, 'roadmap'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  cpSync(join(root, 'test', 'fixtures', 'seed', 'vnext.md'), join(app, 'roadmap', 'vnext.md'));
  run('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball)], app);

  // The command, as the README tells users to run it.
  const json = JSON.parse(run('npx', ['--no-install', 'roadmap', 'status', '--json'], app));
  const tiers = json.tiers.map((t) => `${t.tier} ${t.done}/${t.total}`).join(', ');
  if (tiers !== SEED_TIERS || json.blocked !== true) throw new Error(`npx roadmap read the seed as: ${tiers}`);

  // The library, by the package's name, and its declarations.
  writeFileSync(
    join(app, 'use.mjs'),
    "import { run } from 'roadmap-cli';\nconst result = await run({ cwd: process.cwd(), today: '2026-11-27' });\nconsole.log(result.report.blocked);\n",
  );
  const blocked = run(process.execPath, ['use.mjs'], app).trim();
  if (blocked !== 'true') throw new Error(`import { run } from 'roadmap-cli' read the seed as blocked: ${blocked}`);
  if (!existsSync(join(app, 'node_modules', 'roadmap-cli', 'dist', 'types', 'index.d.ts'))) throw new Error('the package has no dist/types/index.d.ts');

  console.log(`npm pack: ${tarball} installs; npx roadmap and import 'roadmap-cli' read the seed (${tiers}; blocked)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
