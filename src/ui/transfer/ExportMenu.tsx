import { useEffect, useId, useRef, useState } from 'react';
import type { ScenarioHistory } from '../../model/history/scenarioHistory';
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
};

/** 'Exportera': the open scenario or all of them as a file, as Excel, or as a link to send. */
export const ExportMenu = ({ getAllDocuments, lastExportedAt, onExported, loadHistory }: Props) => {
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
      const documents = all && getAllDocuments ? getAllDocuments() : [store.getState().document];
      // One scenario's file carries its history (the versions, the status); a link never does.
      const history = all ? undefined : await loadHistory?.();
      downloadFile(
        all
          ? allScenariosFile(documents, now)
          : scenarioFile(documents[0] ?? store.getState().document, now, history),
      );
      onExported?.(now);
      return all ? `${documents.length} scenarier sparade i en fil.` : 'Scenariot är sparat som fil.';
    });

  const saveExcel = () =>
    run(async () => {
      setStatus('Skapar Excelfilen …');
      downloadFile(await excelFile(store.getState(), new Date()));
      return 'Excelfilen är skapad.';
    });

  const copyLink = () =>
    run(async () => {
      const url = await shareLink(location.href, store.getState().document, new Date());
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
