/**
 * An article with 30 cross-origin iframes, as news and blog pages carry them: ads, video and
 * social embeds, comment widgets. Five have a status code (a code sample, a status widget, a
 * comment about an error); the other 25 have numbers that are not codes (prices, sizes, counts,
 * dates) or none. Each frame is served from another port of 127.0.0.1 than the article.
 */

export const FRAME_COUNT = 30;
/** Frames whose text has a status code. */
export const CODE_FRAMES: ReadonlySet<number> = new Set([3, 9, 16, 22, 28]);

const AD_LINES = [
  'Winter sale: wool coats from $129, free returns for 30 days.',
  'Noise-cancelling headphones, 40 hours of battery, now $249.',
  'Learn to bake sourdough in 6 weeks: 12 lessons, 1 starter kit.',
  'Flights to Lisbon from 89 EUR, this week only.',
];
const COMMENT_LINES = [
  'Great write-up, thanks! We tried this on our team of 12 and it worked.',
  'I disagree with the second point; our numbers were closer to 250 a month.',
  'Bookmarked. Page 3 of the guide is the one I keep coming back to.',
  'We moved in 2019 and never looked back.',
  'Does this still apply to version 4? Asking for a friend with 300 servers.',
];
const CODE_TEXTS = [
  '<pre>$ curl -i https://api.example.com/v1/orders\nHTTP/1.1 404 Not Found\ncontent-type: application/json</pre>',
  '<p>Status: all systems normal. Yesterday the API answered 503 Service Unavailable for 20 minutes.</p>',
  '<p>Same here, the upload keeps failing with 413 Payload Too Large since the update.</p>',
  '<p>Our login page returned 500 Internal Server Error after the deploy; rolled back.</p>',
  '<p>Tip: a 301 Moved Permanently is cached by browsers, so test with 302 first.</p>',
];

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body{font:14px sans-serif;margin:8px}</style></head><body>${body}</body></html>`;

/** The document of frame `i`: an ad, a video embed or a comment widget, with a code or not. */
export function framePage(i: number): string {
  if (CODE_FRAMES.has(i)) {
    const text = CODE_TEXTS[[...CODE_FRAMES].indexOf(i) % CODE_TEXTS.length] as string;
    return page(`Embed ${i}`, `<h3>From the community</h3>${text}`);
  }
  if (i % 3 === 0) {
    const line = AD_LINES[i % AD_LINES.length] as string;
    return page(`Ad ${i}`, `<a href="#">${line}</a><small> Sponsored · 300×250</small>`);
  }
  if (i % 3 === 1) {
    return page(
      `Video ${i}`,
      `<h3>How we rebuilt our kitchen</h3><p>1.2M views · 14:07 · ${(i % 28) + 1} March 2024</p>`,
    );
  }
  const comments = Array.from(
    { length: 6 },
    (_, k) =>
      `<li><b>reader${i * 7 + k}</b> · ${k + 1} h ago<p>${COMMENT_LINES[(i + k) % COMMENT_LINES.length]}</p><small>${(i * k) % 90} likes</small></li>`,
  ).join('');
  return page(`Comments ${i}`, `<h3>${40 + i} comments</h3><ul>${comments}</ul>`);
}

const PARAGRAPH =
  'The town council met on Tuesday to discuss the new cycle lanes, which the mayor promised ' +
  'would be finished before the summer. Residents on both sides of the river spoke, some for ' +
  'the plan and some against it, and the meeting ran late into the evening.';

/**
 * The article: a paragraph, then a frame, and so on. `frameUrl(i)` is where frame `i` comes
 * from; each frame tells the page when it loaded (`benchFrameLoads`, on the page's clock).
 */
export function framesArticle(frameUrl: (i: number) => string): string {
  const blocks = Array.from(
    { length: FRAME_COUNT },
    (_, i) =>
      `<p>${PARAGRAPH}</p><iframe src="${frameUrl(i)}" width="600" height="${i % 3 === 2 ? 320 : 250}" ` +
      `onload="benchFrameLoads[${i}] = performance.now()"></iframe>`,
  );
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cycle lanes</title>' +
    '<script>window.benchFrameLoads = []</script></head>' +
    `<body><h1>Cycle lanes for the river</h1>${blocks.join('')}<p>${PARAGRAPH}</p></body></html>`
  );
}
