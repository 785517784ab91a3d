/**
 * The store packages themselves: the Chromium zip unpacked into a fresh profile and the
 * Firefox zip installed into a fresh Firefox ESR profile both start and work.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium.ts';
import { launchFirefox } from './harness/firefox.ts';
import { waitForHighlights } from './harness/highlights.ts';
import { startServer, type FixtureServer } from './harness/server.ts';

const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { name: string; version: string };
const archive = (target: string) => resolve(`.output/${pkg.name}-${pkg.version}-${target}.zip`);

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

describe('the Chromium package', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'http-status-zip-'));
    const zip = await JSZip.loadAsync(await readFile(archive('chrome')));
    for (const file of Object.values(zip.files)) {
      if (file.dir) continue;
      await mkdir(dirname(join(dir, file.name)), { recursive: true });
      await writeFile(join(dir, file.name), await file.async('nodebuffer'));
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('installs and works in a fresh profile', async () => {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
      version: string;
    };
    expect(manifest.version).toBe(pkg.version);
    const chromium = await launchChromium({ extension: dir });
    const page = await chromium.context.newPage();
    await page.goto(server.url('/nginx-404.html'));
    await waitForHighlights(page, 1);
    const popup = await chromium.context.newPage();
    await popup.goto(chromium.extensionUrl('popup.html'));
    await popup.getByRole('combobox').fill('teapot');
    await expect.poll(() => popup.getByRole('option').first().textContent()).toContain('418');
    await chromium.close();
  });
});

describe('the Firefox package', () => {
  it('installs and works in a fresh profile', async () => {
    const firefox = await launchFirefox(archive('firefox'));
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/nginx-404.html'));
    await page.waitForFunction(() => (CSS.highlights.get('http-status-4xx')?.size ?? 0) > 0, {
      timeout: 15_000,
    });
    await firefox.close();
  });

  it('comes with the sources archive reviewers ask for', async () => {
    const zip = await JSZip.loadAsync(await readFile(archive('sources')));
    const names = Object.keys(zip.files);
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'README.md',
      'entrypoints/background.ts',
      'data/index.ts',
    ]) {
      expect(names).toContain(needed);
    }
    expect(names.some((n) => n.startsWith('node_modules/') || n.startsWith('.output/'))).toBe(
      false,
    );
  });
});
