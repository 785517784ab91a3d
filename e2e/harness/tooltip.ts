/**
 * The tooltip from a test: its shadow root is closed, so a page script (and `page.evaluate`)
 * cannot reach inside. The browsers' automation protocols can: Chromium's DevTools protocol
 * and WebDriver BiDi in Firefox (`includeShadowTree: 'all'`). Its link opens a tab only on a
 * real click, at the point `linkCenter` gives.
 */
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';

/** In the shadow root: what the tooltip shows, '' while hidden. */
export const shownText = (root: ShadowRoot): string =>
  getComputedStyle(root.host).display === 'none' ? '' : (root.textContent ?? '');

/** In the shadow root: the middle of its link, as JSON (`null` without one). */
export const linkCenter = (root: ShadowRoot): string => {
  const box = root.querySelector('a')?.getBoundingClientRect();
  return JSON.stringify(box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null);
};

/** In the shadow root: the tooltip box's background colour. */
export const boxBackground = (root: ShadowRoot): string => {
  const box = root.querySelector('.tip');
  return box ? getComputedStyle(box).backgroundColor : '';
};

type Point = { x: number; y: number };
export const parsePoint = (json: string): Point => {
  const point = JSON.parse(json || 'null') as Point | null;
  if (!point) throw new Error('no link in the tooltip');
  return point;
};

interface CdpNode {
  readonly localName?: string;
  readonly backendNodeId: number;
  readonly children?: readonly CdpNode[];
  readonly shadowRoots?: readonly CdpNode[];
  readonly contentDocument?: CdpNode;
}
/** The first tooltip host, in the page or (with `inFrames`) in its same-process frames. */
const findHost = (node: CdpNode, inFrames: boolean): CdpNode | undefined => {
  if (node.localName === 'http-status-tooltip') return node;
  const below = [
    ...(node.children ?? []),
    ...(inFrames && node.contentDocument ? [node.contentDocument] : []),
  ];
  for (const child of below) {
    const found = findHost(child, inFrames);
    if (found) return found;
  }
  return undefined;
};

/**
 * Chromium: runs `fn` on the tooltip's closed shadow root through the DevTools protocol.
 * Its result as a string; '' without a tooltip.
 */
export async function inChromiumTooltip(
  page: Page,
  fn: (root: ShadowRoot) => string,
  { inFrames = false } = {},
): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const shadow = findHost(root as CdpNode, inFrames)?.shadowRoots?.[0];
    if (!shadow) return '';
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    if (!object.objectId) return '';
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () { return (${fn.toString()})(this); }`,
      returnByValue: true,
    });
    return String(result.value ?? '');
  } finally {
    await cdp.detach();
  }
}

/** Puppeteer's WebDriver BiDi realm, whose serialization can include closed shadow roots. */
interface BidiRealm {
  callFunction(
    fn: string,
    awaitPromise: boolean,
    options: Record<string, unknown>,
  ): Promise<{ result?: { value?: unknown } }>;
}

/** Firefox: `inChromiumTooltip` through WebDriver BiDi (`includeShadowTree: 'all'`). */
export async function inFirefoxTooltip(
  page: FirefoxPage,
  fn: (root: ShadowRoot) => string,
): Promise<string> {
  const frame = page.mainFrame() as unknown as { mainRealm(): { realm: BidiRealm } };
  const realm = frame.mainRealm().realm;
  const host = await realm.callFunction(
    '() => document.querySelector("http-status-tooltip")',
    false,
    { serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' }, resultOwnership: 'none' },
  );
  const node = host.result?.value as { shadowRoot?: { sharedId?: string } } | undefined;
  const shadow = node?.shadowRoot;
  if (!shadow?.sharedId) return '';
  const result = await realm.callFunction(fn.toString(), false, {
    arguments: [{ sharedId: shadow.sharedId }],
    resultOwnership: 'none',
  });
  return String(result.result?.value ?? '');
}

/** Waits until the tooltip shows `text` (Chromium). */
export async function waitForChromiumTooltip(
  page: Page,
  text: string,
  timeout = 10_000,
): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await inChromiumTooltip(page, shownText)).includes(text)) {
    if (Date.now() > until) throw new Error(`the tooltip never showed ${text}`);
    await page.waitForTimeout(100);
  }
}

/**
 * In the shadow root: lets the page's own scripts see it as an open shadow root, so that
 * axe-core, run in the page, checks the tooltip too. Tests only: the extension keeps it closed.
 */
export const exposeToPage = (root: ShadowRoot): string => {
  Object.defineProperty(root.host, 'shadowRoot', { value: root, configurable: true });
  return 'exposed';
};

/** In the shadow root: the computed line breaking of the tooltip box, as JSON. */
export const boxTypography = (root: ShadowRoot): string => {
  const box = root.querySelector('.tip');
  if (!box) return 'null';
  const style = getComputedStyle(box);
  return JSON.stringify({
    lang: (box as HTMLElement).lang,
    wordBreak: style.wordBreak,
    overflowWrap: style.overflowWrap,
    lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
  });
};
