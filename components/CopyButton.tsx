/**
 * A button that copies a text, says "Copied" for a moment without changing its width, and
 * announces what it copied in a live region.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from './lang.ts';

interface Props {
  /** What goes on the clipboard. */
  readonly text: string;
  /** What the button shows (the copied text itself by default). */
  readonly label?: string;
  /** The button's accessible name, which must contain `label` ("Copy 404"). */
  readonly name?: string;
  readonly class?: string;
  /** The label's language when it differs from the page's (a Korean name on an English page). */
  readonly lang?: string;
  /** What the live region says once copied ("Copied: 404" by default). */
  readonly announce?: string;
}

const SHOWN_MS = 1500;

export function CopyButton(props: Props) {
  const { text, label = text, name, class: extra = '', lang } = props;
  const tr = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    timer.current = setTimeout(() => setState('idle'), SHOWN_MS);
  };
  const copied = state === 'copied';
  const accessible = name ?? tr('copyCode', label);
  return (
    <>
      <button
        type="button"
        class={`copy ${extra}`.trim()}
        // Once copied, the name starts with what the button shows (axe: label-content-name-mismatch).
        aria-label={copied ? `${tr('copyDone')}: ${accessible}` : accessible}
        onClick={() => void copy()}
      >
        <CopyIcon />
        {/* Both labels fill one grid cell, so the button is as wide as the longer one. */}
        <span class="copy-labels">
          <span class={copied ? 'off' : ''} lang={lang}>
            {label}
          </span>
          <span class={copied ? '' : 'off'}>{tr('copyDone')}</span>
        </span>
      </button>
      <span class="visually-hidden" role="status">
        {state === 'copied'
          ? (props.announce ?? tr('copyAnnounce', label))
          : state === 'failed'
            ? tr('copyFailed')
            : ''}
      </span>
    </>
  );
}

function CopyIcon() {
  return (
    <svg class="copy-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
      <rect x="5.5" y="5.5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" />
      <path
        d="M10.5 3.5v-1a1 1 0 0 0-1-1h-7a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h1"
        fill="none"
        stroke="currentColor"
      />
    </svg>
  );
}
