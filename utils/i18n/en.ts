/**
 * Interface text in English, the source of truth: each message carries a note for translators.
 * Split by surface: the options page in en-options.ts, the detail and reference page in
 * en-detail.ts, the popup's keys and notices in en-popup.ts, the tooltip in en-tooltip.ts, the
 * popup's "this page" section in en-this-page.ts.
 */
import { EN_CHOOSE } from './en-choose.ts';
import { EN_DETAIL } from './en-detail.ts';
import { EN_OPTIONS } from './en-options.ts';
import { EN_POPUP } from './en-popup.ts';
import { EN_SNIPPETS } from './en-snippets.ts';
import { EN_THIS_PAGE } from './en-this-page.ts';
import { EN_TOOLTIP } from './en-tooltip.ts';
import { EN_COMPARE } from './en-compare.ts';

interface Source {
  readonly message: string;
  readonly description: string;
}

export const EN = {
  omniboxDefault: {
    message: 'Type a status code or words: 404, 5xx, rate limit, 너무 많은',
    description: 'Address-bar hint after the keyword "http".',
  },
  omniboxNoMatch: {
    message: 'No status code matches “{0}”. Press Enter to search the full list.',
    description: 'Address-bar line when nothing matches; {0} is the typed text.',
  },
  omniboxUnknownCode: {
    message: '{0} is not a registered status code. Press Enter to see what its class means.',
    description: 'Address-bar line for a three-digit number with no entry; {0} is the number.',
  },
  class1: { message: 'Informational', description: 'Heading of the 1xx class.' },
  class2: { message: 'Success', description: 'Heading of the 2xx class.' },
  class3: { message: 'Redirection', description: 'Heading of the 3xx class.' },
  class4: { message: 'Client error', description: 'Heading of the 4xx class.' },
  class5: { message: 'Server error', description: 'Heading of the 5xx class.' },
  nonStandard: {
    message: 'Non-standard',
    description: 'Label of codes outside the IANA registry.',
  },
  appTitle: {
    message: 'HTTP status codes',
    description: 'Reference page title, as in the seed page.',
  },
  appIntro: {
    message: 'Look up and search the meaning of every HTTP status code.',
    description: 'Reference page intro line, as in the seed page.',
  },
  searchLabel: {
    message: 'Search status codes',
    description: 'Accessible label of the search box.',
  },
  searchPlaceholder: {
    message: 'Code, name or words: 404, 5xx, rate limit',
    description: 'Placeholder in the search box.',
  },
  filterLabel: { message: 'Filter by class', description: 'Accessible label of the class chips.' },
  filterAll: { message: 'All', description: 'Chip that removes the class filter.' },
  resultsLabel: { message: 'Results', description: 'Accessible label of the result list.' },
  resultCount: { message: '{0} codes', description: 'Number of results; {0} is a number.' },
  popular: {
    message: 'Common codes',
    description: 'Heading of the codes listed before typing: a fixed list we chose, not a count.',
  },
  recent: { message: 'Your recent lookups', description: 'Heading of the recent lookups.' },
  clearRecent: { message: 'Clear', description: 'Button that forgets recent lookups.' },
  noResults: { message: 'No status code matches “{0}”.', description: '{0} is the query.' },
  nearMatches: { message: 'Close to what you typed', description: 'Heading of near matches.' },
  unknownCode: {
    message: '{0} is not a registered HTTP status code.',
    description: 'A three-digit number with no entry; {0} is the number.',
  },
  unknownCodeClass: {
    message: 'Codes starting with {0} mean: {1}.',
    description: '{0} is the class digit, {1} the class name.',
  },
  back: { message: 'Back to results', description: 'Button leaving the detail view.' },
  sectionWhat: { message: 'What it means', description: 'Detail section heading.' },
  sectionCauses: { message: 'Common causes', description: 'Detail section heading.' },
  sectionClientFixes: {
    message: 'If you are calling the API or loading the page',
    description: 'Detail section heading: fixes for the client side.',
  },
  sectionServerFixes: {
    message: 'If you run the server',
    description: 'Detail section heading: fixes for the server side.',
  },
  sectionHeaders: { message: 'Related headers', description: 'Detail section heading.' },
  sectionRetry: { message: 'Retrying', description: 'Detail section heading.' },
  sectionSpec: { message: 'Specification', description: 'Detail section heading.' },
  mdn: { message: 'MDN reference', description: 'Link to MDN.' },
  copyCode: { message: 'Copy {0}', description: 'Copy button; {0} is what gets copied.' },
  openInReference: { message: 'Open in the full list', description: 'Link to the reference page.' },
  cacheable: {
    message: 'Cacheable by default',
    description: 'Tag: heuristically cacheable per RFC 9110 §15.1.',
  },
  notCacheable: {
    message: 'Not cached by default',
    description: 'Tag: not heuristically cacheable.',
  },
  statusPermanent: { message: 'Registered', description: 'Registry status tag.' },
  statusTemporary: { message: 'Temporary registration', description: 'Registry status tag.' },
  statusUnused: { message: 'Unused (reserved)', description: 'Registry status tag.' },
  statusDeprecated: { message: 'Deprecated', description: 'Registry status tag.' },
  statusObsoleted: { message: 'Obsoleted', description: 'Registry status tag.' },
  statusNonStandard: { message: 'Non-standard: {0}', description: 'Tag; {0} is the vendor.' },
  retryNotNeeded: { message: 'Nothing to retry', description: 'Retry advice tag.' },
  retryFollow: { message: 'Follow the new location', description: 'Retry advice tag.' },
  retryAfterChange: { message: 'Fix the request first', description: 'Retry advice tag.' },
  retryAfterDelay: { message: 'Retry later', description: 'Retry advice tag.' },
  retryIdempotentOnly: { message: 'Retry idempotent requests', description: 'Retry advice tag.' },
  retryNever: { message: 'Do not retry', description: 'Retry advice tag.' },
  vendorSection: {
    message: 'Non-standard codes by vendor',
    description: 'Reference page heading.',
  },
  highlightSite: {
    message: 'Highlight codes on {0}',
    description: 'Popup switch; {0} is a host name.',
  },
  highlightAll: {
    message: 'Highlight codes on web pages',
    description: 'Popup switch for all sites.',
  },
  settings: { message: 'Settings', description: 'Link to the options page.' },
  thisPage: {
    message: 'This page',
    description:
      'Popup heading of the section about the page in the current tab: its status, the redirects that led to it, its failed requests.',
  },
  thisPageUnknown: {
    message: 'Reload the page to see its status code.',
    description: 'The page loaded before the extension started, so its status is not known.',
  },
  pageRedirects: {
    message: 'Redirects that led here',
    description: 'Heading of the chain of redirects that led to the page, e.g. 301 → 302 → 200.',
  },
  pageFailed: {
    message: 'Failed requests ({0})',
    description:
      'Heading of the requests on the page that failed with 4xx or 5xx; {0} is their number.',
  },
  requestsOne: {
    message: '1 request',
    description: 'How many requests failed with one code, when it is one.',
  },
  requestsMany: {
    message: '{0} requests',
    description: 'How many requests failed with one code; {0} is a number, 2 or more.',
  },
  moreRequests: {
    message: '{0} more not listed',
    description: 'Under a shortened list of failed URLs; {0} is the number of requests left out.',
  },
  explainCode: {
    message: 'Explain {0}',
    description:
      'Accessible label of a status-code button; {0} is the code and its name, e.g. “404 Not Found”.',
  },
  explainSelection: {
    message: 'Explain HTTP status',
    description: 'Context-menu item for selected text: explains the status code in it.',
  },
  loading: { message: 'Loading…', description: 'Shown while waiting for the background.' },
  errorBackground: {
    message: 'The extension did not answer. Reload the page and try again.',
    description: 'Shown when the background worker fails.',
  },
  ...EN_OPTIONS,
  // detail and reference (issue 19)
  ...EN_DETAIL,
  // popup (issue 19)
  ...EN_POPUP,
  // tooltip (issue 19)
  ...EN_TOOLTIP,
  // this page (issue 19)
  ...EN_THIS_PAGE,
  // comparisons (issue 20)
  ...EN_COMPARE,
  // snippets (issue 20)
  ...EN_SNIPPETS,
  // guided choice (issue 20)
  ...EN_CHOOSE,
} satisfies Record<string, Source>;

export type MessageKey = keyof typeof EN;
