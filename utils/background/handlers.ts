/** What the background answers to each protocol message, over one search index built once. */
import { getStatusCode, STATUS_CODES } from '../../data/index.ts';
import { plainText } from '../../data/markup.ts';
import type { Lang, StatusCode, StatusMeaning } from '../../data/types.ts';
import { VENDORS } from '../../data/vendors.ts';
import { t, type MessageKey } from '../i18n.ts';
import type { Handlers, TooltipEntry } from '../protocol.ts';
import type { SearchIndex } from '../search/search.ts';
import { CLASS_DIGITS, classKey } from '../status-class.ts';
import type { ReferencePage } from './reference-page.ts';
import type { PageStatus } from './tab-record.ts';

export interface HandlerDeps {
  readonly index: SearchIndex;
  /** The codes answered from; every code unless a test says otherwise. */
  readonly codes?: readonly StatusCode[];
  readonly settings: { language(): Lang };
  readonly reference: Pick<ReferencePage, 'openFor'>;
  /** What is known of each tab's page. */
  readonly pages: { get(tabId: number): PageStatus | undefined };
}

/** The source of a request from no tab (the popup), limited as one. */
const NO_TAB = -1;

const STATUS_KEYS: Record<Exclude<StatusMeaning['status'], 'non-standard'>, MessageKey> = {
  permanent: 'statusPermanent',
  temporary: 'statusTemporary',
  unused: 'statusUnused',
  deprecated: 'statusDeprecated',
  obsoleted: 'statusObsoleted',
};

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
      summary: plainText(m[lang].summary),
      tag: statusLabel(m, lang),
      // Servers and libraries still print the old names (413 Request Entity Too Large).
      ...(m.formerPhrases?.length
        ? { formerly: { label: t(lang, 'tooltipFormerly'), phrases: m.formerPhrases } }
        : {}),
    })),
  };
}

export function createHandlers({
  index,
  codes = STATUS_CODES,
  settings,
  reference,
  pages,
}: HandlerDeps): Handlers {
  const find = (code: number): StatusCode | undefined =>
    codes === STATUS_CODES ? getStatusCode(code) : codes.find((c) => c.code === code);
  const known = (wanted: readonly number[]) =>
    [...new Set(wanted)].flatMap((code) => find(code) ?? []);
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
    getCodes: ({ codes: wanted }) => known(wanted),
    listCodes: () => [...codes],
    describeCodes: ({ codes: wanted }) => {
      const lang = settings.language();
      return {
        lang,
        linkLabel: t(lang, 'openInReference'),
        classNames: CLASS_DIGITS.map((digit) => t(lang, classKey(digit))),
        entries: known(wanted).map((entry) => tooltipEntry(entry, lang)),
      };
    },
    // Rate-limited per tab: a page's script may be able to make the tooltip's link ask again and again.
    openReference: ({ code }, origin) => {
      void reference.openFor(origin?.tabId ?? NO_TAB, `#${code}`);
      return null;
    },
    tabStatus: ({ tabId }) => pages.get(tabId) ?? null,
  };
}
