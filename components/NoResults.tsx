/** What to show when nothing matches: say so, explain an unknown number, offer near matches. */
import { useEffect, useState } from 'preact/hooks';
import type { StatusCode } from '../data/types.ts';
import type { DataApi } from './client.ts';
import type { ParsedQuery } from '../utils/search/query.ts';
import { classKey, classOf } from '../utils/status-class.ts';
import { CodeBadge } from './CodeBadge.tsx';
import { useLang, useT } from './lang.ts';

interface Props {
  readonly api: DataApi;
  readonly query: string;
  readonly parsed: ParsedQuery;
  readonly onPick: (entry: StatusCode) => void;
}

/** Codes near what was typed: numerically nearest for a number, each word on its own for text. */
export async function nearMatches(
  api: DataApi,
  query: string,
  parsed: ParsedQuery,
): Promise<StatusCode[]> {
  if (parsed.kind === 'code') {
    const all = await api.listCodes();
    return [...all]
      .sort((a, b) => Math.abs(a.code - parsed.code) - Math.abs(b.code - parsed.code))
      .slice(0, 5);
  }
  const words = query
    .trim()
    .split(/\s+/u)
    .filter((w) => w.length > 1);
  if (words.length < 2) return [];
  const answers = await Promise.all(words.map((w) => api.search(w, 3)));
  const seen = new Map<number, StatusCode>();
  for (const hit of answers.flatMap((a) => a.hits))
    if (!seen.has(hit.code)) seen.set(hit.code, hit.entry);
  return [...seen.values()].slice(0, 5);
}

export function NoResults({ api, query, parsed, onPick }: Props) {
  const tr = useT();
  const lang = useLang();
  const [near, setNear] = useState<StatusCode[]>([]);
  useEffect(() => {
    void nearMatches(api, query, parsed).then(setNear);
  }, [api, query, parsed]);
  const digit = parsed.kind === 'code' ? classOf(parsed.code) : undefined;
  return (
    <section class="no-results" aria-live="polite">
      {parsed.kind === 'code' ? (
        <p>
          {tr('unknownCode', parsed.code)}
          {digit !== undefined && ` ${tr('unknownCodeClass', digit, tr(classKey(digit)))}`}
        </p>
      ) : (
        <p>{tr('noResults', query.trim())}</p>
      )}
      {near.length > 0 && (
        <>
          <h2>{tr('nearMatches')}</h2>
          <ul class="near">
            {near.map((e) => (
              <li key={e.code}>
                <button type="button" class="near-item" onClick={() => onPick(e)}>
                  <CodeBadge code={e.code} /> {e.meanings[0][lang].name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
