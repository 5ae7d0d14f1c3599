import { useCallback, useEffect, useState } from 'react';
import type { HistoryChange, StoredHistory } from './scenarioHistoryActions';
import { useLibrary, useScenarioLibrary } from './useLibrary';

export type HistoryPanelState = {
  /** `undefined` while it loads. */
  readonly stored: StoredHistory | undefined;
  /** The last command's refusal, in Swedish. */
  readonly message: string | undefined;
  /** Runs a history command and reads the history again; its result, for a caller that goes on. */
  readonly run: (command: () => Promise<HistoryChange>) => Promise<HistoryChange>;
};

/** The open scenario's history for a panel: read when the open scenario changes or is saved, and after each command. */
export const useScenarioHistory = (): HistoryPanelState => {
  const library = useScenarioLibrary();
  const openId = useLibrary((s) => s.openId);
  const revision = useLibrary((s) => s.scenarios.find((e) => e.document.id === s.openId)?.revision);
  const [stored, setStored] = useState<StoredHistory | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const [commands, setCommands] = useState(0);
  useEffect(() => {
    let live = true;
    void library.history.load().then((next) => {
      if (live) setStored(next);
    });
    return () => {
      live = false;
    };
  }, [library, openId, revision, commands]);
  const run = useCallback(async (command: () => Promise<HistoryChange>) => {
    const result = await command();
    setMessage(result.ok ? undefined : result.message);
    setCommands((n) => n + 1);
    return result;
  }, []);
  return { stored, message, run };
};
