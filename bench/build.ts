/**
 * The production build the bench measures: rebuilt when a source is newer than it, then
 * copied to bench/.out/, so a rebuild started meanwhile (by a watcher, a test run) cannot
 * change the extension under a running measurement.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Each browser's build, and the script that makes it. */
const BUILDS = {
  chrome: { dir: 'chrome-mv3', script: 'build' },
  firefox: { dir: 'firefox-mv2', script: 'build:firefox' },
} as const;
const SOURCES = [
  'entrypoints',
  'utils',
  'components',
  'data',
  'public',
  'wxt.config.ts',
  'package.json',
];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (max, entry) => Math.max(max, newest(join(path, entry))),
    stat.mtimeMs,
  );
}

export interface Build {
  readonly dir: string;
  /** True when this run built it. */
  readonly built: boolean;
}

export function prepareBuild(
  options: { build: boolean; browser?: keyof typeof BUILDS },
  log: (line: string) => void,
): Build {
  const { dir, script } = BUILDS[options.browser ?? 'chrome'];
  const build = resolve('.output', dir);
  const snapshot = resolve('bench/.out', dir);
  const manifest = join(build, 'manifest.json');
  const stale =
    !existsSync(manifest) || statSync(manifest).mtimeMs < Math.max(...SOURCES.map(newest));
  let built = false;
  if (options.build && stale) {
    log(`building the extension (npm run ${script})…`);
    const result = spawnSync('npm', ['run', '-s', script], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`npm run ${script} failed`);
    built = true;
  } else if (stale) {
    log('warning: the build is older than the sources (measuring it anyway: --no-build)');
  }
  if (!existsSync(manifest)) throw new Error(`no build at ${build}`);
  rmSync(snapshot, { recursive: true, force: true });
  cpSync(build, snapshot, { recursive: true });
  return { dir: snapshot, built };
}
