import { useLibrary, useScenarioLibrary } from '../../scenarios/useLibrary';
import { ExportMenu } from './ExportMenu';
import { ImportDialog } from './ImportDialog';
import { SharedScenarioBanner } from './SharedScenarioBanner';
import type { SharedScenario } from './useSharedScenario';
import type { ScenarioHistory } from '../../model/history/scenarioHistory';
import { historyOfStanding } from '../../model/history/standing';
import type { ScenarioDocument } from '../../model/scenarioDocument';

/** Saves imported copies in the library and opens the first one. */
const useImportCopies = () => {
  const library = useScenarioLibrary();
  return async (
    documents: readonly ScenarioDocument[],
    histories?: readonly (ScenarioHistory | undefined)[],
  ) => {
    const saved = await library.importCopies(documents, histories);
    const first = saved[0];
    if (first) await library.open(first.id);
  };
};

/** The header's 'Exportera' and 'Importera', wired to the saved scenarios. */
export const TransferActions = () => {
  const library = useScenarioLibrary();
  const lastExportedAt = useLibrary((state) => state.lastExportedAt);
  const importCopies = useImportCopies();
  return (
    <div className="transfer-actions">
      <ExportMenu
        getAllDocuments={library.allDocuments}
        loadHistories={library.history.loadAll}
        lastExportedAt={lastExportedAt}
        onExported={(date) => void library.markExported(date)}
        loadHistory={() =>
          library.history.load().then((stored) => (stored.kind === 'history' ? stored.history : undefined))
        }
      />
      <ImportDialog onImport={importCopies} />
    </div>
  );
};

/** A page opened with a share link: the scenario, and a copy saved in the library on request. */
export const SharedLink = (shared: SharedScenario) => {
  const importCopies = useImportCopies();
  // The copy keeps the status and decision note the link carried.
  return (
    <SharedScenarioBanner
      {...shared}
      onSaveCopy={(document, standing) =>
        importCopies([document], [standing ? historyOfStanding(document.id, standing) : undefined])
      }
    />
  );
};
