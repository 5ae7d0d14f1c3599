import { useLibrary, useScenarioLibrary } from '../../scenarios/useLibrary';
import { ExportMenu } from './ExportMenu';
import { ImportDialog } from './ImportDialog';
import { SharedScenarioBanner } from './SharedScenarioBanner';
import type { SharedScenario } from './useSharedScenario';
import type { ScenarioDocument } from '../../model/scenarioDocument';

/** Saves imported copies in the library and opens the first one. */
const useImportCopies = () => {
  const library = useScenarioLibrary();
  return async (documents: readonly ScenarioDocument[]) => {
    const saved = await library.importCopies(documents);
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
        lastExportedAt={lastExportedAt}
        onExported={(date) => void library.markExported(date)}
      />
      <ImportDialog onImport={importCopies} />
    </div>
  );
};

/** A page opened with a share link: the scenario, and a copy saved in the library on request. */
export const SharedLink = (shared: SharedScenario) => {
  const importCopies = useImportCopies();
  return <SharedScenarioBanner {...shared} onSaveCopy={(document) => importCopies([document])} />;
};
