import { dice, shell } from './common.ts';

/** Mixed into a log that is mostly 200s. */
const OTHER_STATUSES = [
  304, 304, 304, 301, 302, 302, 404, 404, 404, 404, 500, 502, 503, 401, 403, 429, 201, 204,
];
const METHODS = ['GET', 'GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE', 'HEAD'];
const PATHS = ['/', '/api/users', '/api/orders', '/app.js', '/logo.png', '/login', '/search'];
const AGENTS = ['curl/8.5.0', 'Mozilla/5.0', 'Go-http-client/1.1', 'python-requests/2.31'];
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const two = (n: number) => String(n).padStart(2, '0');

/**
 * 50 000 lines of a combined-format access log, one element per line as log viewers show
 * them, about 5 MB. (One <pre> holding a single 5 MB text node is quadratic for mark.js,
 * which splits the node once per match: it does not finish in minutes.)
 */
export function logPage(): string {
  const { random, pick } = dice(1);
  const statuses = [...Array<number>(60).fill(200), ...OTHER_STATUSES];
  const lines: string[] = [];
  for (let i = 0; i < 50_000; i++) {
    // Octets, sizes and query ids are three-digit numbers too: candidates that are not codes.
    const ip = `${pick([10, 172, 192, 203])}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}`;
    const date = `${two(1 + (i % 28))}/${pick(MONTHS)}/2025:${two(i % 24)}:${two(i % 60)}:${two((i * 7) % 60)} +0000`;
    const path = `${pick(PATHS)}${random() < 0.3 ? `?id=${Math.floor(random() * 1000)}` : ''}`;
    const size = Math.floor(random() < 0.3 ? random() * 1000 : random() * 60_000);
    const line = `${ip} - - [${date}] "${pick(METHODS)} ${path} HTTP/1.1" ${pick(statuses)} ${size} "-" "${pick(AGENTS)}"`;
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
