/**
 * Memory of our script, in each case against the same page in the plain browser, every figure
 * after two forced garbage collections (`heapAfterGc`): V8's heap (the tab's isolate: the page's
 * world and the content script's) and Blink's (ranges, highlights, DOM).
 *
 * - The 5 MB log read and scrolled end to end (three screens a step, two frames each, so every
 *   part of it is read): what ours adds, against a baseline of the ranges themselves, one live
 *   range per status of the log registered in one highlight, made by a page script in the plain
 *   browser (what any highlighter that kept them would hold at least).
 * - A page changed 10 000 times, as an hour of a single-page app (`mutateLikeAnApp`): what ours
 *   adds after its load and after the changes, and its own heap 3 s after they stopped.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { heapAfterGc, type Browsers, type HeapUsage } from './browsers.ts';
import { holdLogRanges, mutateLikeAnApp, scrollEndToEnd } from './in-page/memory.ts';

export interface MemoryRun {
  /** Heap ours adds on the log scrolled end to end (JS + Blink), bytes. */
  readonly logOurs: HeapUsage;
  /** The heap of one range per status of the log, and how many. */
  readonly ranges: HeapUsage;
  readonly rangeCount: number;
  /** Heap ours adds on the app page after its load, and after 10 000 changes. */
  readonly appLoaded: HeapUsage;
  readonly appChanged: HeapUsage;
  /** Our tab's heap 3 s after the changes stopped, minus right after them. */
  readonly appIdleGrowth: HeapUsage;
}

export const APP_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox</title></head>' +
  '<body><h1>Inbox</h1><p>Messages arrive as they come.</p></body></html>';

const minus = (a: HeapUsage, b: HeapUsage): HeapUsage => ({ js: a.js - b.js, dom: a.dom - b.dom });

async function settled(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForTimeout(1500);
  return page;
}

async function scrolledLog(context: BrowserContext, url: string): Promise<[Page, HeapUsage]> {
  const page = await settled(context, url);
  await page.evaluate(scrollEndToEnd, 3);
  await page.waitForTimeout(1000);
  return [page, await heapAfterGc(context, page)];
}

async function logFigures(b: Browsers) {
  const url = b.pageUrl('log');
  const [ours, oursHeap] = await scrolledLog(b.ours.context, url);
  await ours.close();
  const [plain, plainHeap] = await scrolledLog(b.plain, url);
  const rangeCount = await plain.evaluate(holdLogRanges, 'bench-baseline');
  const withRanges = await heapAfterGc(b.plain, plain);
  await plain.close();
  return { logOurs: minus(oursHeap, plainHeap), ranges: minus(withRanges, plainHeap), rangeCount };
}

/** Load, heap; 10 000 changes, heap; 3 s of nothing, heap. */
async function appSession(context: BrowserContext, url: string) {
  const page = await settled(context, url);
  const loaded = await heapAfterGc(context, page);
  await page.evaluate(mutateLikeAnApp, 10_000);
  const changed = await heapAfterGc(context, page);
  await page.waitForTimeout(3000);
  const idle = await heapAfterGc(context, page);
  await page.close();
  return { loaded, changed, idle };
}

export async function memoryRun(b: Browsers): Promise<MemoryRun> {
  const log = await logFigures(b);
  const ours = await appSession(b.ours.context, b.pageUrl('app'));
  const plain = await appSession(b.plain, b.pageUrl('app'));
  return {
    ...log,
    appLoaded: minus(ours.loaded, plain.loaded),
    appChanged: minus(ours.changed, plain.changed),
    appIdleGrowth: minus(ours.idle, ours.changed),
  };
}
