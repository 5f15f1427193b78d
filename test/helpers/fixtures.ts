/** Fixture folders, and throwaway project folders for tests that write files. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export function fixturePath(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

/** The seed roadmap (a real user's file, with its mojibake markers). */
export function seedText(): string {
  return readFileSync(fixturePath('seed', 'vnext.md'), 'utf8');
}

/** A temporary project folder holding `files` (path → content); returns its path. */
export function project(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-test-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A temporary copy of a fixture folder. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-test-'));
  cpSync(fixturePath(name), dir, { recursive: true });
  return dir;
}

/** A project whose roadmap/vnext.md is the seed, optionally transformed. */
export function seedProject(transform: (text: string) => string | Uint8Array = (text) => text): string {
  return project({ 'roadmap/vnext.md': transform(seedText()) });
}
