import { useEffect, useId, useRef, useState } from 'react';
import type { ScenarioHistory } from '../../model/history/scenarioHistory';
import { standingOf } from '../../model/history/standing';
import type { ScenarioDocument } from '../../model/scenarioDocument';
import { allScenariosFile, excelFile, scenarioFile, shareLink } from '../../scenarios/transfer';
import { useScenarioStore } from '../../scenarios/useScenario';
import { formatSavedAt } from '../library/formatSavedAt';
import { downloadFile } from './downloadFile';

type Props = {
  /** Every saved scenario, for 'Spara alla som fil'; without it only the open one can be saved. */
  readonly getAllDocuments?: () => readonly ScenarioDocument[];
  readonly lastExportedAt?: string | undefined;
  /** Called after a scenario file was saved (not after Excel or a link: those cannot be read back in full). */
  readonly onExported?: (date: Date) => void;
  /** The open scenario's history, for its file. */
  readonly loadHistory?: () => Promise<ScenarioHistory | undefined>;
  /** The histories of the given scenarios, for the file of all of them. */
  readonly loadHistories?: (
    documents: readonly ScenarioDocument[],
  ) => Promise<ReadonlyMap<string, ScenarioHistory>>;
};

const quoted = (names: readonly string[]) => names.map((name) => `”${name}”`).join(', ');

/** What 'Spara alla som fil' says, naming any scenario whose history did not fit in the file. */
const savedAllMessage = (count: number, withoutHistory: readonly string[]) =>
  withoutHistory.length === 0
    ? `${count} scenarier sparade i en fil.`
    : `${count} scenarier sparade i en fil. Historiken för ${quoted(withoutHistory)} fick inte plats; ` +
      'spara de scenarierna var för sig med ”Spara som fil” för att få med den.';

/** 'Exportera': the open scenario or all of them as a file, as Excel, or as a link to send. */
export const ExportMenu = ({
  getAllDocuments,
  lastExportedAt,
  onExported,
  loadHistory,
  loadHistories,
}: Props) => {
  const store = useScenarioStore();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [link, setLink] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus(await action());
    } catch {
      setStatus('Exporten misslyckades. Försök igen.');
    } finally {
      setBusy(false);
    }
  };

  const saveFile = (all: boolean) =>
    run(async () => {
      const now = new Date();
      if (all && getAllDocuments) {
        const documents = getAllDocuments();
        // Every scenario's history with it, as far as the import limit allows (a link never carries one).
        const file = allScenariosFile(documents, now, await loadHistories?.(documents));
        downloadFile(file);
        onExported?.(now);
        return savedAllMessage(documents.length, file.withoutHistory);
      }
      // One scenario's file carries its history (the versions, the status).
      downloadFile(scenarioFile(store.getState().document, now, await loadHistory?.()));
      onExported?.(now);
      return 'Scenariot är sparat som fil.';
    });

  const saveExcel = () =>
    run(async () => {
      setStatus('Skapar Excelfilen …');
      downloadFile(await excelFile(store.getState(), new Date()));
      return 'Excelfilen är skapad.';
    });

  const copyLink = () =>
    run(async () => {
      // The link carries the status and decision note, not the versions.
      const history = await loadHistory?.();
      const standing = history ? standingOf(history) : undefined;
      const url = await shareLink(location.href, store.getState().document, new Date(), standing);
      setLink(url);
      const copied = await navigator.clipboard?.writeText(url).then(
        () => true,
        () => false,
      );
      return copied ? 'Delningslänken är kopierad.' : 'Kopiera länken nedan.';
    });

  return (
    <div className="export-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-meny`}
        onClick={() => setOpen(!open)}
      >
        Exportera
      </button>
      <div id={`${id}-meny`} className="export-panel" hidden={!open}>
        <ul role="list">
          <li>
            <button type="button" disabled={busy} onClick={() => void saveFile(false)}>
              Spara som fil
            </button>
          </li>
          {getAllDocuments ? (
            <li>
              <button type="button" disabled={busy} onClick={() => void saveFile(true)}>
                Spara alla som fil
              </button>
            </li>
          ) : null}
          <li>
            <button type="button" disabled={busy} onClick={() => void saveExcel()}>
              Exportera till Excel
            </button>
          </li>
          <li>
            <button type="button" disabled={busy} onClick={() => void copyLink()}>
              Kopiera delningslänk
            </button>
          </li>
        </ul>
        {link ? (
          <label className="share-link">
            Delningslänk
            <input type="text" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
          </label>
        ) : null}
        <p className="export-status" role="status">
          {status}
        </p>
        <p className="export-last">
          {lastExportedAt
            ? `Senast exporterad: ${formatSavedAt(lastExportedAt)}`
            : 'Senast exporterad: aldrig'}
        </p>
      </div>
    </div>
  );
};
