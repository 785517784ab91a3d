/** The English texts of comparisons (issue 20), part of en.ts. */
export const EN_COMPARE = {
  compareHeading: {
    message: 'Compare {0}',
    description:
      'Heading of a side-by-side of codes no written comparison covers; {0}: "401 · 410".',
  },
  compareUnwritten: {
    message:
      'No written comparison covers these codes: here they are side by side from their entries.',
    description: 'Under the heading of a side-by-side built from the codes alone.',
  },
  compareTableLabel: {
    message: 'Comparison of {0}',
    description: 'Accessible label of a comparison table; {0}: "401 · 403 · 404".',
  },
  compareAspect: { message: 'Aspect', description: 'Header of the column naming each row.' },
  compareMeaning: { message: 'Meaning', description: 'Row: what each code means.' },
  compareFault: { message: 'Whose move', description: 'Row: who has to act (client, server…).' },
  compareMethod: {
    message: 'Method when followed',
    description: 'Row: what happens to the request method when a redirect is followed.',
  },
  compareCache: { message: 'Cached by default', description: 'Row: heuristically cacheable.' },
  compareRetry: { message: 'Retry', description: 'Row: whether to retry.' },
  compareSenders: { message: 'Typically sent by', description: 'Row: who sends the code.' },
  compareUseWhen: {
    message: 'Which one',
    description: 'Heading of the list "Send 401 when …" under a comparison table.',
  },
  compareSources: { message: 'Sources', description: 'Heading of the references of a comparison.' },
  compareBack: {
    message: 'Back',
    description: 'Button leaving a comparison for the previous view.',
  },
  yes: { message: 'Yes', description: 'A table cell.' },
  no: { message: 'No', description: 'A table cell.' },
  faultNone: { message: 'Nobody: it worked', description: 'Fault cell for 2xx/3xx.' },
  faultClient: { message: 'Client: change the request', description: 'Fault cell for 4xx.' },
  faultServer: { message: 'The server that answered', description: 'Fault cell for 5xx.' },
  faultUpstream: {
    message: 'A server behind the proxy',
    description: 'Fault cell: the upstream of a gateway.',
  },
  faultClientGone: {
    message: 'Client gave up first',
    description: 'Fault cell: the client closed the connection (nginx 499).',
  },
  methodKept: { message: 'Kept, with the body', description: 'Redirect method cell (307, 308).' },
  methodPostMayBecomeGet: {
    message: 'POST may become GET',
    description: 'Redirect method cell (301, 302): browsers change POST to GET.',
  },
  methodBecomesGet: { message: 'Becomes GET', description: 'Redirect method cell (303).' },
  senderApp: { message: 'Your application', description: 'Sender cell.' },
  senderWebServer: { message: 'Web server', description: 'Sender cell (nginx, Apache, IIS).' },
  senderProxy: { message: 'Proxy or gateway', description: 'Sender cell.' },
  senderLoadBalancer: { message: 'Load balancer', description: 'Sender cell.' },
  senderCdn: { message: 'CDN', description: 'Sender cell.' },
  senderBrowser: { message: 'Browser', description: 'Sender cell (a code the browser makes up).' },
  confusedWith: {
    message: 'Often confused with',
    description: 'Heading of the chips that open comparisons of this code with others.',
  },
  confusedChip: {
    message: 'Compare {0}',
    description: 'Accessible name of a chip that opens a comparison; {0}: "401 · 403 · 404".',
  },
  compareOption: {
    message: 'Side by side: meaning, whose move, retry, and when to send which',
    description: 'Summary of the search result that opens a comparison, shown when it is active.',
  },
  comparisonsSection: {
    message: 'Codes often confused',
    description: 'Reference page heading of the comparisons, and its jump-bar link.',
  },
  omniboxCompare: {
    message: 'Compare {0}: meaning, whose move, retry, and when to send which. Press Enter.',
    description: 'Address-bar line opening a comparison; {0}: "401 · 403".',
  },
};
