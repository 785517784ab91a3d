/** Esc leaves a popup view: one listener on the window for the view's life. */
import { useLayoutEffect } from 'preact/hooks';

export function useEscape(onEscape: () => void): void {
  useLayoutEffect(() => {
    const listening = new AbortController();
    addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onEscape();
      },
      { signal: listening.signal },
    );
    return () => listening.abort();
  }, [onEscape]);
}
