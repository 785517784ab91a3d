/**
 * The benchmark's pages, generated from a fixed seed so every run measures the same bytes:
 * a 5 MB access log, a 0.7 MB prose article full of numbers that are not status codes, and a
 * page shaped like the single-page HTML standard (about 300 000 elements, 4 MB of text).
 * Every page ends with a status code in its last block, so "the last highlight appeared" is
 * also "the scan reached the end of the page".
 */

export type PageName = 'log' | 'prose' | 'spec';

export interface BenchPage {
  readonly name: PageName;
  readonly html: string;
}

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pick = <T>(items: readonly T[]) => T;
const picker =
  (random: () => number): Pick =>
  (items) =>
    items[Math.floor(random() * items.length)] as (typeof items)[number];

const shell = (title: string, body: string): string =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body{font:15px/1.5 sans-serif;margin:2em;max-width:60em}pre,.log{font:12px/1.4 monospace;white-space:pre}</style>` +
  `</head><body>${body}</body></html>\n`;

/** Mixed into a log that is mostly 200s. */
const OTHER_STATUSES = [
  304, 304, 304, 301, 302, 302, 404, 404, 404, 404, 500, 502, 503, 401, 403, 429, 201, 204,
];
const two = (n: number) => String(n).padStart(2, '0');

/**
 * 50 000 lines of a combined-format access log, one element per line as log viewers show
 * them, about 5 MB. (One <pre> holding a single 5 MB text node is quadratic for mark.js,
 * which splits the node once per match: it does not finish in minutes.)
 */
function logPage(): string {
  const random = rng(1);
  const pick = picker(random);
  const statuses = [...Array<number>(60).fill(200), ...OTHER_STATUSES];
  const methods = ['GET', 'GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE', 'HEAD'];
  const paths = ['/', '/api/users', '/api/orders', '/app.js', '/logo.png', '/login', '/search'];
  const agents = ['curl/8.5.0', 'Mozilla/5.0', 'Go-http-client/1.1', 'python-requests/2.31'];
  const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  const lines: string[] = [];
  for (let i = 0; i < 50_000; i++) {
    // Octets, sizes and query ids are three-digit numbers too: candidates that are not codes.
    const ip = `${pick([10, 172, 192, 203])}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}`;
    const date = `${two(1 + (i % 28))}/${pick(months)}/2025:${two(i % 24)}:${two(i % 60)}:${two((i * 7) % 60)} +0000`;
    const path = `${pick(paths)}${random() < 0.3 ? `?id=${Math.floor(random() * 1000)}` : ''}`;
    const size = Math.floor(random() < 0.3 ? random() * 1000 : random() * 60_000);
    const line = `${ip} - - [${date}] "${pick(methods)} ${path} HTTP/1.1" ${pick(statuses)} ${size} "-" "${pick(agents)}"`;
    lines.push(line);
  }
  lines.push(
    '127.0.0.1 - - [31/Dec/2025:23:59:59 +0000] "GET /end HTTP/1.1" 503 0 "-" "curl/8.5.0"',
  );
  return shell(
    'access.log',
    `<div class="log">${lines.map((l) => `<div>${l}</div>`).join('')}</div>`,
  );
}

/** A long technical article, about 0.7 MB of text: many numbers, few of them status codes. */
function prosePage(): string {
  const random = rng(2);
  const pick = picker(random);
  const n = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const noise: (() => string)[] = [
    () => `${n(100, 999)} MB`,
    () => `$${n(100, 599)}`,
    () => `€${n(100, 499)}.${n(10, 99)}`,
    () => `${n(100, 599)} ms`,
    () => `in ${n(1990, 2025)}`,
    () => `about ${n(100, 599)} people`,
    () => `${n(100, 500)} km`,
    () => `page ${n(100, 599)}`,
    () => `<b>${n(100, 599)}</b> units`,
    () => `${n(1, 9)}.${n(0, 9)} GHz`,
    () => `${n(100, 599)}px`,
    () => `port ${pick([443, 587, 143, 110])}`,
  ];
  const codes: (() => string)[] = [
    () => `the server answered <code>404 Not Found</code>`,
    () => `a <b>301</b> Moved Permanently`,
    () => `HTTP 503 errors`,
    () => `status code ${pick([200, 429, 500, 502])}`,
    () => `a 5xx response`,
  ];
  const words = (
    'the team measured cost of storage network latency and release in quarter budget while a ' +
    'report shows that our users spent on average for each new laptop with memory over year'
  ).split(' ');
  const sentence = (): string => {
    const parts: string[] = [];
    const len = n(10, 22);
    for (let i = 0; i < len; i++) {
      if (random() < 0.12) parts.push(random() < 0.06 ? pick(codes)() : pick(noise)());
      else parts.push(pick(words));
    }
    const s = parts.join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };
  const paragraph = () =>
    `<p>${Array.from({ length: n(3, 6) }, sentence).join(' ')} See <a href="#s${n(1, 99)}">section ${n(1, 99)}</a>.</p>`;
  const parts: string[] = [
    '<h1>Hardware, budgets and the web in numbers</h1>',
    '<p>Our proxy logged <b>404</b> Not Found for 120 of 250 links; the rest were HTTP/1.1 200 OK.</p>',
  ];
  let length = 0;
  for (let section = 1; length < 640_000; section++) {
    const block = [`<h2 id="s${section}">Section ${section}: ${n(100, 999)} findings</h2>`];
    for (let i = 0; i < 4; i++) block.push(paragraph());
    block.push(`<ul>${Array.from({ length: 4 }, () => `<li>${sentence()}</li>`).join('')}</ul>`);
    if (section % 5 === 0) {
      const rows = Array.from(
        { length: 6 },
        () => `<tr><td>${pick(words)}</td><td>${n(100, 999)} GB</td><td>$${n(100, 999)}</td></tr>`,
      );
      block.push(
        `<table><tr><th>Item</th><th>Size</th><th>Price</th></tr>${rows.join('')}</table>`,
      );
    }
    const html = block.join('\n');
    length += html.replace(/<[^>]+>/g, '').length;
    parts.push(html);
  }
  parts.push('<p>Last check: the origin returned 502 Bad Gateway.</p>');
  return shell('Numbers', parts.join('\n'));
}

/** Shaped like the one-page HTML standard: deep, dense inline markup, about 300 000 elements. */
function specPage(): string {
  const random = rng(3);
  const pick = picker(random);
  const n = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const terms = [
    'document',
    'node',
    'element',
    'browsing context',
    'request',
    'response',
    'origin',
    'URL',
    'event loop',
    'task',
  ];
  const idl = ['Document', 'HTMLElement', 'Window', 'EventTarget', 'Response', 'Node'];
  const words =
    'the user agent must then run the following steps if is set to and return otherwise let be a new of'.split(
      ' ',
    );
  const inline = (): string => {
    switch (n(0, 9)) {
      case 0:
        return `<a href="#${pick(terms).replace(/ /g, '-')}">${pick(terms)}</a>`;
      case 1:
        return `<code><a href="#dom-${pick(idl).toLowerCase()}">${pick(idl)}</a></code>`;
      case 2:
        return `<var>${pick(['x', 'node', 'request', 'response', 'result'])}</var>`;
      case 3:
        return `<span data-x="${pick(terms)}">${pick(terms)}</span>`;
      case 4:
        return `<dfn id="t${n(1, 99_999)}">${pick(terms)}</dfn>`;
      case 5:
        return `<i>${pick(words)}</i> ${pick(['0x20', 'U+0020', `${n(2, 64)}`, 'null', 'true'])}`;
      default:
        return `<a href="#${pick(terms)}">${pick(words)}</a>`;
    }
  };
  const prose = () => Array.from({ length: n(1, 4) }, () => pick(words)).join(' ');
  const run = (count: number) =>
    Array.from({ length: count }, () => `${prose()} ${inline()}`).join(' ');
  const statusSentence = () =>
    pick([
      `If <var>response</var>'s <a href="#concept-response-status">status</a> is 301, 302, 303, 307, or 308, then run the redirect steps.`,
      `Return a <a href="#network-error">network error</a> if the status is 404 Not Found or 410.`,
      `Set <var>response</var>'s status to 200 and its status message to \`<code>OK</code>\`.`,
    ]);
  const parts: string[] = [
    '<header><h1>HTML Living Standard</h1><p>Fetching resources: a 404 Not Found page is a response like any other.</p></header>',
  ];
  for (let s = 1; s <= 1380; s++) {
    const section = [
      `<section><h2 id="sec-${s}"><span class="secno">${s}.</span> ${pick(terms)}</h2>`,
    ];
    for (let p = 0; p < 5; p++) {
      section.push(`<p>${run(n(18, 26))}${random() < 0.04 ? ` ${statusSentence()}` : ''}</p>`);
    }
    section.push(
      `<ol>${Array.from({ length: 6 }, () => `<li><p>${run(n(6, 10))}</p></li>`).join('')}</ol>`,
    );
    section.push(
      `<pre><code class="js"><span class="k">const</span> x <span class="o">=</span> <span class="n">${n(0, 999)}</span>;\n</code></pre>`,
    );
    section.push(
      `<table><tr>${Array.from({ length: 4 }, () => `<td><code>${pick(idl)}</code></td><td>${run(1)}</td>`).join('')}</tr></table></section>`,
    );
    parts.push(section.join('\n'));
  }
  parts.push('<p id="last">If the status is 503 Service Unavailable, retry later.</p>');
  return shell('HTML Standard', parts.join('\n'));
}

const GENERATORS: Record<PageName, () => string> = {
  log: logPage,
  prose: prosePage,
  spec: specPage,
};

export const PAGE_NAMES: readonly PageName[] = ['log', 'prose', 'spec'];

export function generatePage(name: PageName): BenchPage {
  return { name, html: GENERATORS[name]() };
}
