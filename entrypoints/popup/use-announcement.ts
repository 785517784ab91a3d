import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** How long a message stays before the key hints come back. */
const SHOWN_MS = 2500;

/**
 * A short message for a status region (what was copied): set, then cleared after a moment.
 * Returns the message and the function that says one.
 */
export function useAnnouncement(ms = SHOWN_MS): readonly [string, (text: string) => void] {
  const [text, setText] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const say = useCallback(
    (next: string) => {
      clearTimeout(timer.current);
      setText(next);
      timer.current = setTimeout(() => setText(''), ms);
    },
    [ms],
  );
  return [text, say];
}
