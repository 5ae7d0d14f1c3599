/** What one tab tells the others: a scenario or plan record was written (saved, renamed, deleted, restored). */
export type TabMessage = {
  readonly type: 'scenario/saved' | 'plan/saved';
  readonly id: string;
  readonly revision: number;
  readonly tab: string;
};

export type TabSync = {
  readonly tab: string;
  readonly post: (message: Omit<TabMessage, 'tab'>) => void;
  readonly subscribe: (listener: (message: TabMessage) => void) => () => void;
  readonly close: () => void;
};

export const CHANNEL_NAME = 'budgetverkstad-scenarier';

const isTabMessage = (value: unknown): value is TabMessage =>
  typeof value === 'object' &&
  value !== null &&
  'type' in value &&
  (value.type === 'scenario/saved' || value.type === 'plan/saved') &&
  'id' in value &&
  typeof value.id === 'string' &&
  'revision' in value &&
  typeof value.revision === 'number' &&
  'tab' in value &&
  typeof value.tab === 'string';

/**
 * Tells other tabs of the same origin about saves over a BroadcastChannel; a no-op where there is none.
 * Each tab has its own id, so it ignores its own messages.
 */
export const createTabSync = (
  tab: string = crypto.randomUUID(),
  channelName: string = CHANNEL_NAME,
): TabSync => {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : undefined;
  const listeners = new Set<(message: TabMessage) => void>();
  if (channel)
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!isTabMessage(event.data) || event.data.tab === tab) return;
      for (const listener of listeners) listener(event.data);
    };
  return {
    tab,
    post: (message) => channel?.postMessage({ ...message, tab }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => channel?.close(),
  };
};
