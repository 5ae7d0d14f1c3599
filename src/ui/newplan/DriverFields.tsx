import type { NumberSuffix } from '../../format/parseSvNumber';
import { splitPastedRow } from '../../format/pastedCells';
import { pasteRow } from '../../format/planDraftPaste';
import { readCell } from '../../format/planDraftRows';
import type { DraftCells, DraftDrivers, DraftYears, PlanDraft } from '../../model/planDraft';
import type { UpdateDraft } from './NewPlanPage';
import { Field } from './SetupFields';

type CellsKey = 'skattesats' | 'befolkning' | 'prisindex' | 'skatteunderlag' | 'investeringar';
type TextKey = Exclude<keyof DraftDrivers, CellsKey>;

const UNITS: Readonly<Record<CellsKey, readonly NumberSuffix[]>> = {
  skattesats: ['procent', 'kr'],
  befolkning: ['invanare'],
  prisindex: ['procent'],
  skatteunderlag: ['procent'],
  investeringar: ['mnkr'],
};

/** One driver's values, a field per year, with "Samma alla år" to copy the first year's text. */
const YearRow = ({
  name,
  label,
  years,
  cells,
  onChange,
}: {
  name: CellsKey;
  label: string;
  years: readonly number[];
  cells: DraftCells;
  onChange: (cells: DraftCells) => void;
}) => {
  const first = cells[String(years[0])] ?? '';
  return (
    <tr data-driver={name}>
      <th scope="row">{label}</th>
      {years.map((year, column) => {
        const read = readCell(cells[String(year)], UNITS[name]);
        const problem = read && !read.ok ? read.message : undefined;
        return (
          <td key={year}>
            <input
              type="text"
              inputMode="decimal"
              aria-label={`${label} ${year}`}
              aria-invalid={problem ? true : undefined}
              title={problem}
              value={cells[String(year)] ?? ''}
              onChange={(event) => onChange({ ...cells, [String(year)]: event.target.value })}
              onPaste={(event) => {
                const text = event.clipboardData.getData('text/plain');
                if (!/[\t\n\r]/.test(text.trim())) return;
                event.preventDefault();
                onChange(pasteRow(cells, splitPastedRow(text), years, column));
              }}
            />
            {problem && <span className="np-cell-problem">{problem}</span>}
          </td>
        );
      })}
      <td>
        <button
          type="button"
          disabled={first.trim() === ''}
          onClick={() => onChange(Object.fromEntries(years.map((y) => [String(y), first])))}
        >
          Samma alla år<span className="visually-hidden"> ({label})</span>
        </button>
      </td>
    </tr>
  );
};

/** Step 3: the drivers, preset per kind and editable; only skattesats is required. */
export const DriverFields = ({
  draft,
  years,
  update,
}: {
  draft: PlanDraft;
  years: Extract<DraftYears, { ok: true }>;
  update: UpdateDraft;
}) => {
  const d = draft.drivers;
  const set = (key: CellsKey) => (cells: DraftCells) =>
    update((x) => ({ ...x, drivers: { ...x.drivers, [key]: cells } }));
  const text = (key: TextKey, label: string, hint?: string) => (
    <Field id={`np-${key}`} label={label} hint={hint}>
      <input
        id={`np-${key}`}
        type="text"
        value={d[key]}
        onChange={(event) => {
          const next = event.target.value;
          update((x) => ({ ...x, drivers: { ...x.drivers, [key]: next } }));
        }}
      />
    </Field>
  );
  const row = (key: CellsKey, label: string, ys: readonly number[] = years.modelled) => (
    <YearRow name={key} label={label} years={ys} cells={d[key]} onChange={set(key)} />
  );
  return (
    <section className="np-step" aria-labelledby="np-steg-3">
      <h2 id="np-steg-3">3. Drivare</h2>
      <p className="np-hint">
        Skattesatsen krävs. Övrigt är valfritt: det som lämnas tomt finns inte i planen och scenarierna ändrar
        det som ändringar mot planen.
      </p>
      <div className="np-grid-scroll">
        <table className="np-grid np-drivers" aria-label="Drivare per år">
          <thead>
            <tr>
              <th scope="col">Drivare</th>
              {years.modelled.map((year) => (
                <th key={year} scope="col">
                  {year}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Fyll i</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {row('skattesats', 'Skattesats (kr per 100 kr)')}
            {row('befolkning', 'Befolkning (invånare)')}
            {row('prisindex', `${d.prisindexName || 'Prisindex'} (%)`)}
            {row('skatteunderlag', 'Skatteunderlagstillväxt (%)')}
            {row('investeringar', 'Investeringar (mnkr)', years.budget)}
          </tbody>
        </table>
      </div>
      <div className="np-fields">
        {text('skattesatsDocument', 'Skattesatsens källa: dokument (valfritt)')}
        {text('skattesatsSection', 'Avsnitt (valfritt)')}
      </div>
      <p className="np-hint">Utan dokument sparas skattesatsen som ”inmatad av användaren”.</p>
      <div className="np-fields">
        {text('befolkningDate', 'Befolkningen räknas per')}
        {text('prisindexName', 'Prisindexets namn')}
        {text('prisindexLabel', 'Prisindexets beskrivning')}
        {text('avskrivningstid', 'Avskrivningstid, år (valfri)')}
        {text(
          'effekt',
          'Effekt per 100 invånare, mnkr (valfri)',
          d.effekt.trim() === '' ? 'Tom: räknas fram ur planens rader och visas som härledd.' : undefined,
        )}
      </div>
    </section>
  );
};
