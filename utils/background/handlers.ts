/** What the background answers to each protocol message, over one search index built once. */
import { getStatusCode, STATUS_CODES } from '../../data/index.ts';
import type { Lang, StatusCode, StatusMeaning } from '../../data/types.ts';
import { VENDORS } from '../../data/vendors.ts';
import { t, type MessageKey } from '../i18n.ts';
import type { Handlers, TooltipEntry } from '../protocol.ts';
import type { SearchIndex } from '../search/search.ts';
import type { PageStatus } from './tab-record.ts';

export interface BackgroundEnv {
  readonly language: () => Lang;
  readonly openReference: (code: number) => void;
  /** What is known of a tab's page. */
  readonly pageStatus: (tabId: number) => PageStatus | undefined;
  /** Runs the explainer's script in a tab's frame (see `tooltip-slot.ts`). */
  readonly injectTooltip: (tabId: number, frameId: number) => Promise<void>;
}

const STATUS_KEYS: Record<Exclude<StatusMeaning['status'], 'non-standard'>, MessageKey> = {
  permanent: 'statusPermanent',
  temporary: 'statusTemporary',
  unused: 'statusUnused',
  deprecated: 'statusDeprecated',
  obsoleted: 'statusObsoleted',
};
const CLASS_KEYS: readonly MessageKey[] = ['class1', 'class2', 'class3', 'class4', 'class5'];

/** The registry status or vendor of a meaning, as a short label. */
export function statusLabel(m: StatusMeaning, lang: Lang): string {
  if (m.status === 'non-standard')
    return t(lang, 'statusNonStandard', m.vendor ? VENDORS[m.vendor].name[lang] : '');
  return t(lang, STATUS_KEYS[m.status]);
}

export function tooltipEntry(entry: StatusCode, lang: Lang): TooltipEntry {
  return {
    code: entry.code,
    meanings: entry.meanings.map((m) => ({
      name: m[lang].name,
      phrase: m.phrase,
      summary: m[lang].summary,
      tag: statusLabel(m, lang),
    })),
  };
}

export function createHandlers(
  index: SearchIndex,
  env: BackgroundEnv,
  codes: readonly StatusCode[] = STATUS_CODES,
): Handlers {
  const find = (code: number): StatusCode | undefined =>
    codes === STATUS_CODES ? getStatusCode(code) : codes.find((c) => c.code === code);
  return {
    search: ({ query, limit }) => {
      const { parsed, hits } = index.search(query, limit);
      // Someone is searching (the popup sends its empty query as it opens): word queries come next.
      index.prepare();
      return {
        parsed,
        hits: hits.flatMap((h) => {
          const entry = find(h.code);
          return entry ? [{ ...h, entry }] : [];
        }),
      };
    },
    getCode: ({ code }) => find(code) ?? null,
    getCodes: ({ codes: wanted }) =>
      [...new Set(wanted)].flatMap((code) => {
        const entry = find(code);
        return entry ? [entry] : [];
      }),
    listCodes: () => [...codes],
    describeCodes: ({ codes: wanted }) => {
      const lang = env.language();
      return {
        lang,
        linkLabel: t(lang, 'openInReference'),
        classNames: CLASS_KEYS.map((k) => t(lang, k)),
        entries: [...new Set(wanted)].flatMap((code) => {
          const entry = find(code);
          return entry ? [tooltipEntry(entry, lang)] : [];
        }),
      };
    },
    openReference: ({ code }) => {
      env.openReference(code);
      return null;
    },
    tabStatus: ({ tabId }) => env.pageStatus(tabId) ?? null,
    injectTooltip: async (_, origin) => {
      const { tabId, frameId } = origin ?? {};
      if (tabId === undefined || frameId === undefined) throw new Error('no frame to inject into');
      await env.injectTooltip(tabId, frameId);
      return null;
    },
  };
}
