/**
 * Browser events (`browser.tabs.onUpdated`, …) take no `AbortSignal`: this adds a listener and
 * removes it when the signal aborts, so a module's teardown is one `abort()` as for the DOM.
 */
interface BrowserEvent<Listener, Extra extends unknown[]> {
  addListener(listener: Listener, ...extra: Extra): void;
  removeListener(listener: Listener): void;
}

/** Listens to `event` until `signal` aborts; `extra` is what the event takes after the listener. */
export function listen<Listener, Extra extends unknown[]>(
  event: BrowserEvent<Listener, Extra>,
  signal: AbortSignal,
  listener: NoInfer<Listener>,
  ...extra: Extra
): void {
  if (signal.aborted) return;
  event.addListener(listener, ...extra);
  signal.addEventListener('abort', () => event.removeListener(listener), { once: true });
}
