/** Messages in and out of the worker: protocol requests answered, the keyboard command passed on. */
import type { browser } from 'wxt/browser';
import { dispatch, originOf, type ContentMessage, type Handlers } from '../protocol.ts';
import { listen } from '../listen.ts';

/** Answers every protocol message with an envelope, knowing who sent it. */
export function answerMessages(
  handlers: Handlers,
  runtime: Pick<typeof browser.runtime, 'onMessage' | 'getURL'>,
  signal: AbortSignal,
): void {
  const extensionBase = runtime.getURL('/');
  listen(runtime.onMessage, signal, (message, sender, sendResponse) => {
    void dispatch(handlers, message, originOf(sender, extensionBase)).then(sendResponse);
    // The answer comes later: the channel stays open until it does.
    return true;
  });
}

export interface CommandDeps {
  readonly commands: Pick<typeof browser.commands, 'onCommand'>;
  readonly tabs: Pick<typeof browser.tabs, 'query' | 'sendMessage'>;
}

/** The keyboard command steps through the codes on the page: the top frame's content script does it. */
export function listenToCommands({ commands, tabs }: CommandDeps, signal: AbortSignal): void {
  listen(commands.onCommand, signal, (command) => {
    if (command !== 'next-status-code') return;
    void tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      const message: ContentMessage = { type: 'nextCode' };
      if (tab?.id !== undefined)
        void tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
    });
  });
}
