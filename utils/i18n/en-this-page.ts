/** The English texts of the popup's "this page" section (issue 19), part of en.ts. */
export const EN_THIS_PAGE = {
  showMoreFailed: {
    message: 'Show {0} more',
    description:
      'Button under the first few failed requests; shows the rest. {0} is how many requests it shows.',
  },
  showFewerFailed: {
    message: 'Show fewer',
    description: 'The same button once the whole list of failed requests shows; folds it again.',
  },
  copyChain: {
    message: 'Copy',
    description:
      'Short label of the button beside “Redirects that led here” that copies the chain.',
  },
  copyChainName: {
    message: 'Copy the redirect chain',
    description:
      'Accessible name of that button; must contain its label. What it copies reads “301 https://a.example/ → 200 https://b.example/”.',
  },
  copyChainDone: {
    message: 'Copied the redirect chain',
    description: 'Said by screen readers once the redirect chain is on the clipboard.',
  },
  kindDocument: {
    message: 'document',
    description:
      'Kind of a failed request: a page or a frame. Lower case, beside the method (GET).',
  },
  kindScript: { message: 'script', description: 'Kind of a failed request: a script.' },
  kindStylesheet: { message: 'stylesheet', description: 'Kind of a failed request: a stylesheet.' },
  kindImage: { message: 'image', description: 'Kind of a failed request: an image.' },
  kindFont: { message: 'font', description: 'Kind of a failed request: a web font.' },
  kindFetch: {
    message: 'fetch/XHR',
    description: 'Kind of a failed request: one a script made with fetch() or XMLHttpRequest.',
  },
  kindMedia: { message: 'media', description: 'Kind of a failed request: audio or video.' },
  kindOther: {
    message: 'other',
    description: 'Kind of a failed request: any other (beacon, WebSocket, report, plug-in…).',
  },
  requestKindTitle: {
    message: 'Resource type',
    description: 'Tooltip of the kind of a failed request (script, image…).',
  },
  requestMethodTitle: {
    message: 'HTTP method',
    description: 'Tooltip of the method of a request (GET, POST…).',
  },
};
