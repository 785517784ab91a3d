/**
 * Where the tests and the bench find the two browsers: `CHROMIUM_PATH` / `FIREFOX_PATH`, else
 * the usual install paths. Never downloads one. `node e2e/harness/browser-paths.ts` prints what
 * is found or, for what is missing, the command that installs it.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface Wanted {
  readonly name: string;
  readonly env: string;
  readonly paths: readonly string[];
  readonly install: string;
}

// Branded Google Chrome ignores --load-extension since version 137: Chromium only.
const CHROMIUM: Wanted = {
  name: 'Chromium',
  env: 'CHROMIUM_PATH',
  paths: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  ],
  install:
    'Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk · macOS: brew install --cask chromium · or set CHROMIUM_PATH',
};

// Firefox 140 or later (the CSS Custom Highlight API; wxt.config.ts strict_min_version).
const FIREFOX: Wanted = {
  name: 'Firefox',
  env: 'FIREFOX_PATH',
  paths: [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/snap/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
    'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
  ],
  install:
    'Debian: sudo apt-get install firefox-esr · macOS: brew install --cask firefox · or set FIREFOX_PATH',
};

function find(wanted: Wanted): string | undefined {
  const fromEnv = process.env[wanted.env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return wanted.paths.find((p) => existsSync(p));
}

function required(wanted: Wanted): string {
  const path = find(wanted);
  if (path) return path;
  throw new Error(
    `${wanted.name} not found (${wanted.env}=${process.env[wanted.env] ?? 'unset'}; looked in ${wanted.paths.join(', ')}). Install it: ${wanted.install}`,
  );
}

export const chromiumPath = (): string => required(CHROMIUM);
export const firefoxPath = (): string => required(FIREFOX);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const missing = [CHROMIUM, FIREFOX].filter((w) => {
    const path = find(w);
    process.stdout.write(`${w.name}: ${path ?? 'missing'}\n`);
    return !path;
  });
  for (const w of missing) process.stderr.write(`Install ${w.name}: ${w.install}\n`);
  process.exitCode = missing.length > 0 ? 1 : 0;
}
