import { dice, shell, type Dice } from './common.ts';

const WORDS = (
  'the team measured cost of storage network latency and release in quarter budget while a ' +
  'report shows that our users spent on average for each new laptop with memory over year'
).split(' ');

/** Sentences of words, numbers that are not status codes and, rarely, one that is. */
function sentences({ random, pick, between: n }: Dice): () => string {
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
  return () => {
    const parts: string[] = [];
    const len = n(10, 22);
    for (let i = 0; i < len; i++) {
      if (random() < 0.12) parts.push(random() < 0.06 ? pick(codes)() : pick(noise)());
      else parts.push(pick(WORDS));
    }
    const s = parts.join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };
}

/** A heading, four paragraphs and a list; every fifth section a table of sizes and prices. */
function section({ pick, between: n }: Dice, sentence: () => string, index: number): string {
  const paragraph = () =>
    `<p>${Array.from({ length: n(3, 6) }, sentence).join(' ')} See <a href="#s${n(1, 99)}">section ${n(1, 99)}</a>.</p>`;
  const block = [`<h2 id="s${index}">Section ${index}: ${n(100, 999)} findings</h2>`];
  for (let i = 0; i < 4; i++) block.push(paragraph());
  block.push(`<ul>${Array.from({ length: 4 }, () => `<li>${sentence()}</li>`).join('')}</ul>`);
  if (index % 5 === 0) {
    const rows = Array.from(
      { length: 6 },
      () => `<tr><td>${pick(WORDS)}</td><td>${n(100, 999)} GB</td><td>$${n(100, 999)}</td></tr>`,
    );
    block.push(`<table><tr><th>Item</th><th>Size</th><th>Price</th></tr>${rows.join('')}</table>`);
  }
  return block.join('\n');
}

/** A long technical article, about 0.7 MB of text: many numbers, few of them status codes. */
export function prosePage(): string {
  const d = dice(2);
  const sentence = sentences(d);
  const parts: string[] = [
    '<h1>Hardware, budgets and the web in numbers</h1>',
    '<p>Our proxy logged <b>404</b> Not Found for 120 of 250 links; the rest were HTTP/1.1 200 OK.</p>',
  ];
  let length = 0;
  for (let index = 1; length < 640_000; index++) {
    const html = section(d, sentence, index);
    length += html.replace(/<[^>]+>/g, '').length;
    parts.push(html);
  }
  parts.push('<p>Last check: the origin returned 502 Bad Gateway.</p>');
  return shell('Numbers', parts.join('\n'));
}
