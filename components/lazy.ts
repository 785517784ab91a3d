/**
 * Data a page loads on first use, each module a chunk of its own (the comparisons, the
 * snippets): asked once for the page's life, shared by every view that shows it.
 */
import { useEffect, useState } from 'preact/hooks';

/** `load` called once; every later call gets the same promise. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}

/**
 * What `load` resolves to, undefined until then. A chunk that fails to load leaves the view
 * without its section rather than broken.
 */
export function useLoaded<T>(load: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => live && setValue(() => loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [load]);
  return value;
}
