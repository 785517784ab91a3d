/**
 * Start-up of several builds of the extension, side by side: `npm run -s bench:ab -- DIR…`
 * (each an unpacked Chromium build, `.output/chrome-mv3` or a copy changed in one place). Each
 * build runs in its own Chromium; the page without codes (`startup.ts`) is loaded in each in turn,
 * one traced load per build per round, the order turning every round, so that the machine's
 * drift falls on every build alike. Prints compile and first run per build (median and spread)
 * and, per round, each build against the first: the figures `docs/performance.md` compares
 * builds by. `--rounds N` (default 30), `--page plain|status`.
 */
import { launchChromium, type ChromiumSession } from '../e2e/harness/chromium.ts';
import { startServer } from '../e2e/harness/server.ts';
import { pageRoute } from './browsers.ts';
import { ourScriptEvents, PLAIN_PAGE, STATUS_PAGE } from './startup.ts';
import { ms, spread, summarize } from './stats.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const rounds = Number(option('--rounds') ?? 30);
const page = option('--page') === 'status' ? STATUS_PAGE : PLAIN_PAGE;
const dirs = args;
if (dirs.length === 0) {
  process.stderr.write('usage: npm run -s bench:ab -- [--rounds N] [--page plain|status] DIR…\n');
  process.exit(2);
}

const server = await startServer([pageRoute(new Map([['page', page]]))]);
const url = server.url('/bench/page.html');
const sessions: ChromiumSession[] = [];
for (const extension of dirs) sessions.push(await launchChromium({ extension }));
const times = dirs.map(() => ({ compile: [] as number[], firstRun: [] as number[] }));
try {
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < dirs.length; k++) {
      const i = (r + k) % dirs.length;
      const { compile, firstRun } = await ourScriptEvents(sessions[i] as ChromiumSession, url);
      times[i]?.compile.push(compile);
      times[i]?.firstRun.push(firstRun);
    }
  }
} finally {
  for (const s of sessions) await s.close();
  void server.close();
}
const base = times[0];
for (const [i, dir] of dirs.entries()) {
  const t = times[i];
  if (!t || !base) continue;
  const both = t.compile.map((c, r) => c + (t.firstRun[r] ?? NaN));
  const against = both.map((b, r) => b - ((base.compile[r] ?? NaN) + (base.firstRun[r] ?? NaN)));
  process.stdout.write(
    `${dir}: compile ${spread(summarize(t.compile))} ms · first run ${spread(summarize(t.firstRun))} ms · both ${spread(summarize(both))} ms` +
      (i > 0 ? ` · against the first, per round ${ms(summarize(against).median)} ms` : '') +
      '\n',
  );
}
