/**
 * A code on the wire and in seven frameworks: ARIA tabs (arrow keys, Home/End, roving
 * tabindex), the snippet with a copy button, and its note. The data loads on first use, so it
 * adds nothing to a page's first paint.
 */
import { useId, useRef, useState } from 'preact/hooks';
import type { CodeSnippets as Entry, SnippetTarget } from '../data/guide/types.ts';
import { CopyButton } from './CopyButton.tsx';
import { once, useLoaded } from './lazy.ts';
import { useLang, useT } from './lang.ts';
import './snippets.css';

type SnippetData = typeof import('../data/guide/snippets.ts');

/** One import for the page's life, shared by every detail that shows the section. */
const loadSnippets = once((): Promise<SnippetData> => import('../data/guide/snippets.ts'));

/** The target last chosen, so that the next detail opens on it (for the page's life, not stored). */
let lastTarget: SnippetTarget = 'wire';

const KEYS: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

export function CodeSnippets({ code }: { code: number }) {
  const data = useLoaded(loadSnippets);
  const entry = data?.SNIPPETS.find((s) => s.code === code);
  if (!data || !entry) return null;
  return <SnippetTabs data={data} entry={entry} />;
}

function SnippetTabs({ data, entry }: { data: SnippetData; entry: Entry }) {
  const tr = useT();
  const lang = useLang();
  const base = useId();
  const [active, setActive] = useState<SnippetTarget>(lastTarget);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const targets = data.SNIPPET_TARGETS;
  const label = (t: SnippetTarget) => (t === 'wire' ? tr('snippetWire') : data.FRAMEWORK_NAMES[t]);
  const choose = (t: SnippetTarget) => {
    lastTarget = t;
    setActive(t);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const move = KEYS[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const next = move(targets.indexOf(active), targets.length);
    choose(targets[next] as SnippetTarget);
    tabs.current[next]?.focus();
  };
  const snippet = entry.snippets[active];
  const text = snippet.lines.join('\n');
  const what = active === 'wire' ? tr('snippetWireName') : tr('snippetCode', label(active));
  const tabId = (t: SnippetTarget) => `${base}-tab-${t}`;
  return (
    <section class="detail-section snippets">
      <h3 id={`${base}-title`}>{tr('snippetsTitle')}</h3>
      <div role="tablist" class="snippet-tabs" aria-labelledby={`${base}-title`}>
        {targets.map((t, i) => (
          <button
            key={t}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={tabId(t)}
            aria-selected={t === active}
            aria-controls={`${base}-panel`}
            tabIndex={t === active ? 0 : -1}
            onClick={() => choose(t)}
            onKeyDown={onKeyDown}
          >
            {label(t)}
          </button>
        ))}
      </div>
      {/* The panel scrolls a long line into view, so it takes focus (APG: tabpanel tabindex 0). */}
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={tabId(active)}
        class="snippet-code"
        tabIndex={0}
      >
        <pre translate={false} dir="ltr">
          <code>{text}</code>
        </pre>
      </div>
      <div class="snippet-after">
        <CopyButton
          text={text}
          label={tr('snippetCopy')}
          name={tr('copyCode', what)}
          announce={tr('copyAnnounce', what)}
        />
        {snippet.note && <p class="snippet-note">{snippet.note[lang]}</p>}
      </div>
    </section>
  );
}
