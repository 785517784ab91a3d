import { useState } from 'preact/hooks';
import { useT } from './lang.ts';

/** Copies a text to the clipboard and says so for a moment. */
export function CopyButton({ text }: { text: string }) {
  const tr = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <button type="button" class="copy" onClick={() => void copy()} aria-live="polite">
      {copied ? tr('copied') : tr('copyCode', text)}
    </button>
  );
}
