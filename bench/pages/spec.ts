import { dice, shell, type Dice } from './common.ts';

const TERMS = [
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
const IDL = ['Document', 'HTMLElement', 'Window', 'EventTarget', 'Response', 'Node'];
const WORDS =
  'the user agent must then run the following steps if is set to and return otherwise let be a new of'.split(
    ' ',
  );
const STATUS_SENTENCES = [
  `If <var>response</var>'s <a href="#concept-response-status">status</a> is 301, 302, 303, 307, or 308, then run the redirect steps.`,
  `Return a <a href="#network-error">network error</a> if the status is 404 Not Found or 410.`,
  `Set <var>response</var>'s status to 200 and its status message to \`<code>OK</code>\`.`,
];

/** Runs of words, each followed by a piece of inline markup as the standard's prose has. */
function runs({ pick, between: n }: Dice): (count: number) => string {
  const inline = (): string => {
    switch (n(0, 9)) {
      case 0:
        return `<a href="#${pick(TERMS).replace(/ /g, '-')}">${pick(TERMS)}</a>`;
      case 1:
        return `<code><a href="#dom-${pick(IDL).toLowerCase()}">${pick(IDL)}</a></code>`;
      case 2:
        return `<var>${pick(['x', 'node', 'request', 'response', 'result'])}</var>`;
      case 3:
        return `<span data-x="${pick(TERMS)}">${pick(TERMS)}</span>`;
      case 4:
        return `<dfn id="t${n(1, 99_999)}">${pick(TERMS)}</dfn>`;
      case 5:
        return `<i>${pick(WORDS)}</i> ${pick(['0x20', 'U+0020', `${n(2, 64)}`, 'null', 'true'])}`;
      default:
        return `<a href="#${pick(TERMS)}">${pick(WORDS)}</a>`;
    }
  };
  const prose = () => Array.from({ length: n(1, 4) }, () => pick(WORDS)).join(' ');
  return (count) => Array.from({ length: count }, () => `${prose()} ${inline()}`).join(' ');
}

/** A numbered heading, five paragraphs, an ordered list, a code block and a table. */
function section(
  { random, pick, between: n }: Dice,
  run: (count: number) => string,
  s: number,
): string {
  const parts = [`<section><h2 id="sec-${s}"><span class="secno">${s}.</span> ${pick(TERMS)}</h2>`];
  for (let p = 0; p < 5; p++) {
    parts.push(`<p>${run(n(18, 26))}${random() < 0.04 ? ` ${pick(STATUS_SENTENCES)}` : ''}</p>`);
  }
  parts.push(
    `<ol>${Array.from({ length: 6 }, () => `<li><p>${run(n(6, 10))}</p></li>`).join('')}</ol>`,
  );
  parts.push(
    `<pre><code class="js"><span class="k">const</span> x <span class="o">=</span> <span class="n">${n(0, 999)}</span>;\n</code></pre>`,
  );
  parts.push(
    `<table><tr>${Array.from({ length: 4 }, () => `<td><code>${pick(IDL)}</code></td><td>${run(1)}</td>`).join('')}</tr></table></section>`,
  );
  return parts.join('\n');
}

/** Shaped like the one-page HTML standard: deep, dense inline markup, about 300 000 elements. */
export function specPage(): string {
  const d = dice(3);
  const run = runs(d);
  const parts: string[] = [
    '<header><h1>HTML Living Standard</h1><p>Fetching resources: a 404 Not Found page is a response like any other.</p></header>',
  ];
  for (let s = 1; s <= 1380; s++) parts.push(section(d, run, s));
  parts.push('<p id="last">If the status is 503 Service Unavailable, retry later.</p>');
  return shell('HTML Standard', parts.join('\n'));
}
