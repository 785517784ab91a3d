/** Beside a meaning's title: copy its number, English phrase, Korean name or a Markdown link. */
import type { StatusMeaning } from '../data/types.ts';
import { CopyButton } from './CopyButton.tsx';
import { useT } from './lang.ts';

/** `[429 Too Many Requests](https://developer.mozilla.org/…)`: MDN's page, or the spec's. */
export function markdownLink(m: StatusMeaning): string {
  return `[${m.code} ${m.phrase}](${m.mdn ?? m.spec.url})`;
}

export function CopyActions({ meaning: m }: { meaning: StatusMeaning }) {
  const tr = useT();
  return (
    <div class="copy-actions" role="group" aria-label={tr('copyGroup')}>
      <CopyButton text={String(m.code)} />
      <CopyButton text={m.phrase} lang="en" />
      <CopyButton text={m.ko.name} lang="ko" />
      <CopyButton
        text={markdownLink(m)}
        label={tr('copyMarkdown')}
        announce={tr('copyAnnounce', tr('copyMarkdown'))}
      />
    </div>
  );
}
