/** The extension API as seen by code that tests run inside extension pages or the worker. */
declare const chrome: {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    reload(): void;
    onMessage: {
      addListener(listener: (message: unknown, sender: { tab?: { id?: number } }) => void): void;
    };
  };
  tabs: {
    query(q: {
      active?: boolean;
      lastFocusedWindow?: boolean;
    }): Promise<{ id?: number; url?: string; incognito?: boolean; status?: string }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
    update(tabId: number, props: { active?: boolean }): Promise<{ id?: number; windowId: number }>;
    create(props: { url: string; windowId?: number; active?: boolean }): Promise<{ id?: number }>;
  };
  windows: {
    create(props: { url: string; incognito?: boolean }): Promise<{ id?: number }>;
  };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(details: { tabId: number }): Promise<number[]>;
  };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    session: {
      /** `null`: everything stored. */
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};
