/** `roadmap init`: scaffold ./roadmap with a starter file. Never overwrites anything. */
import { lstat, mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import { resolvePaths } from '../../load/index.js';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { resolveToday, type SharedOptions, workingDirectory } from '../options.js';
import { STARTER_FILE, starterRoadmap } from '../starter.js';

export type InitOptions = Pick<SharedOptions, 'cwd' | 'today'>;

export async function initCommand(options: InitOptions, io: Io): Promise<ExitCode> {
  const cwd = workingDirectory(options, io);
  const today = resolveToday(options, io);
  const folder = dirname(STARTER_FILE);
  const target = resolve(cwd, STARTER_FILE);

  const existing = await resolvePaths([`${folder}/**/*.md`], cwd);
  if (existing.length > 0) {
    const named = existing.some((file) => file.display === STARTER_FILE) ? STARTER_FILE : existing[0]!.display;
    throw new InputError(`${named} already exists: init changes nothing`);
  }
  const found = await lstat(resolve(cwd, folder)).catch(() => undefined);
  if (found && !found.isDirectory()) throw new InputError(`${folder} exists and is not a folder: init changes nothing`);

  await mkdir(resolve(cwd, folder), { recursive: true });
  try {
    // `wx`: should the file appear meanwhile, it is not overwritten.
    await writeFile(target, starterRoadmap(today), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(`${STARTER_FILE}: ${code === 'EEXIST' ? 'already exists: init changes nothing' : `cannot be written (${code})`}`);
  }
  io.stdout(`created ${STARTER_FILE}\nedit it, then run: roadmap status\n`);
  return ExitCode.Ok;
}
