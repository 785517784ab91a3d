import { describe, expect, it, vi } from 'vitest';
import { listen } from './listen.ts';

/** A browser event as the browser gives it: listeners added and removed by hand. */
type Listener = (value: number) => void;
function fakeEvent() {
  const listeners = new Set<Listener>();
  return {
    listeners,
    addListener: vi.fn<(listener: Listener, filter?: string) => void>((listener) => {
      listeners.add(listener);
    }),
    removeListener: (listener: Listener) => listeners.delete(listener),
    fire: (value: number) => listeners.forEach((listener) => listener(value)),
  };
}

describe('listen', () => {
  it('hears the event, with what the event takes after the listener, until the signal aborts', () => {
    const event = fakeEvent();
    const controller = new AbortController();
    const heard: number[] = [];
    listen(event, controller.signal, (value) => heard.push(value), 'filter');
    expect(event.addListener).toHaveBeenCalledWith(expect.any(Function), 'filter');
    event.fire(1);
    controller.abort();
    event.fire(2);
    expect(heard).toEqual([1]);
    expect(event.listeners.size).toBe(0);
  });

  it('adds nothing once the signal has aborted', () => {
    const event = fakeEvent();
    listen(event, AbortSignal.abort(), () => undefined);
    expect(event.addListener).not.toHaveBeenCalled();
  });
});
