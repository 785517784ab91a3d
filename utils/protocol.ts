/**
 * The one message protocol between the background and the pages and content scripts: each
 * message declared once, as a function signature; the background validates what arrives.
 */
import type { Browser, WxtBrowser } from 'wxt/browser';
import type { StatusCode } from '../data/types.ts';
import type { ParsedQuery } from './search/query.ts';
import type { PageStatus } from './background/tab-record.ts';

export interface SearchResponseHit {
  readonly code: number;
  readonly meaning: number;
  readonly score: number;
  readonly entry: StatusCode;
}

export interface SearchResponse {
  /** What the query asked for; for words, `readAs` when the hits come from another reading. */
  readonly parsed: ParsedQuery;
  readonly hits: readonly SearchResponseHit[];
}

/** One code as a tooltip shows it, already in the user's language. */
export interface TooltipEntry {
  readonly code: number;
  readonly meanings: readonly {
    name: string;
    phrase: string;
    summary: string;
    tag: string;
    /** The registry's former reason phrases (English), under a label in the user's language. */
    formerly?: { readonly label: string; readonly phrases: readonly string[] };
  }[];
}

export interface TooltipData {
  readonly lang: string;
  readonly linkLabel: string;
  /** Names of the classes 1xx–5xx, index 0 for 1xx. */
  readonly classNames: readonly string[];
  readonly entries: readonly TooltipEntry[];
}

export interface ProtocolMap {
  /** Ranked search over every code. */
  search(data: { query: string; limit?: number }): SearchResponse;
  /** The known codes among the given numbers (the popup's popular and recent lists). */
  getCodes(data: { codes: number[] }): StatusCode[];
  /** Every code, for the reference page. */
  listCodes(data: Record<string, never>): StatusCode[];
  /** Tooltip text for the codes a page contains, in the user's language. */
  describeCodes(data: { codes: number[] }): TooltipData;
  /** Opens the reference page at a code, in a new tab. */
  openReference(data: { code: number }): null;
  /**
   * What the browser saw of a tab's page (status, redirects, failed requests); null when
   * nothing is known. Extension pages only: it tells what another tab loaded.
   */
  tabStatus(data: { tabId: number }): PageStatus | null;
}

export type MessageType = keyof ProtocolMap;
export type MessageData<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
export type MessageReturn<K extends MessageType> = ReturnType<ProtocolMap[K]>;
export type Message = { [K in MessageType]: { type: K; data: MessageData<K> } }[MessageType];
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCode = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1000;
const isLimit = (v: unknown): boolean =>
  v === undefined || (Number.isInteger(v) && (v as number) > 0 && (v as number) <= 200);
/** The longest query the search accepts. */
export const MAX_QUERY = 200;
const MAX_CODES = 1000;
const validCodes = (v: unknown): string | undefined =>
  Array.isArray(v) && v.length <= MAX_CODES && v.every(isCode)
    ? undefined
    : `codes must be an array of at most ${MAX_CODES} integers from 0 to 999`;

/** Checks a message's shape; the reason when it is not one of ours. */
const VALIDATORS: { [K in MessageType]: (data: Record<string, unknown>) => string | undefined } = {
  search: (d) =>
    typeof d['query'] !== 'string' || d['query'].length > MAX_QUERY
      ? `query must be a string of at most ${MAX_QUERY} characters`
      : isLimit(d['limit'])
        ? undefined
        : 'limit must be an integer from 1 to 200',
  getCodes: (d) => validCodes(d['codes']),
  listCodes: () => undefined,
  describeCodes: (d) => validCodes(d['codes']),
  openReference: (d) => (isCode(d['code']) ? undefined : 'code must be an integer from 0 to 999'),
  tabStatus: (d) =>
    Number.isSafeInteger(d['tabId']) && (d['tabId'] as number) >= 0
      ? undefined
      : 'tabId must be a non-negative integer',
};

/** Messages that only the extension's own pages may send, never a content script. */
const PAGES_ONLY: ReadonlySet<MessageType> = new Set(['tabStatus']);

/** Who sent a message, as the background sees it. */
export interface MessageOrigin {
  /** One of the extension's pages (popup, reference, options), not a content script. */
  readonly extensionPage: boolean;
  /** The tab the sender is in; none for the popup. */
  readonly tabId?: number;
}

/** A runtime message's sender: one of the extension's pages when its URL is under `extensionBase`. */
export function originOf(
  sender: Pick<Browser.runtime.MessageSender, 'url' | 'tab'>,
  extensionBase: string,
): MessageOrigin {
  const extensionPage = sender.url?.startsWith(extensionBase) ?? false;
  const tabId = sender.tab?.id;
  return tabId === undefined ? { extensionPage } : { extensionPage, tabId };
}

export function validateMessage(
  message: unknown,
): { ok: true; message: Message } | { ok: false; error: string } {
  if (
    !isRecord(message) ||
    typeof message['type'] !== 'string' ||
    !Object.hasOwn(VALIDATORS, message['type'])
  ) {
    return { ok: false, error: 'unknown message type' };
  }
  const data = message['data'] ?? {};
  if (!isRecord(data)) return { ok: false, error: 'data must be an object' };
  const problem = VALIDATORS[message['type'] as MessageType](data);
  if (problem !== undefined) return { ok: false, error: `${message['type']}: ${problem}` };
  return { ok: true, message: { type: message['type'], data } as Message };
}

export type Handlers = {
  [K in MessageType]: (
    data: MessageData<K>,
    origin?: MessageOrigin,
  ) => MessageReturn<K> | Promise<MessageReturn<K>>;
};

/**
 * Validates a message and runs its handler; never throws, always answers with an envelope.
 * `origin` says who sent it (by default, a sender that is none of the extension's pages).
 */
export async function dispatch(
  handlers: Handlers,
  raw: unknown,
  origin: MessageOrigin = { extensionPage: false },
): Promise<Envelope<unknown>> {
  const checked = validateMessage(raw);
  if (!checked.ok) return checked;
  const { type, data } = checked.message;
  if (PAGES_ONLY.has(type) && !origin.extensionPage)
    return { ok: false, error: `${type}: only the extension's pages may ask` };
  try {
    const handler = handlers[type] as (d: typeof data, o: MessageOrigin) => unknown;
    return { ok: true, value: await handler(data, origin) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${type}: ${reason}` };
  }
}

/** Asks the background; rejects with the background's reason when it refuses. */
export async function sendMessage<K extends MessageType>(
  type: K,
  data: MessageData<K>,
  runtime: Pick<WxtBrowser['runtime'], 'sendMessage'>,
): Promise<MessageReturn<K>> {
  const reply = (await runtime.sendMessage({ type, data })) as
    Envelope<MessageReturn<K>> | undefined;
  if (reply === undefined) throw new Error(`${type}: no answer from the background`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Messages the background sends to a tab's content script. */
export type ContentMessage = { type: 'nextCode' };

export function isContentMessage(message: unknown): message is ContentMessage {
  return isRecord(message) && message['type'] === 'nextCode';
}
