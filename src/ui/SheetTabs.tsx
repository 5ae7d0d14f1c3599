import type { ModelRows } from '../model/modelRows';
import type { StatementSheet } from '../model/rowSpec';
import type { WorkbookLayout } from '../model/workbookLayout';
import type { Year } from '../model/years';
import { selectHasBalanskrav } from '../scenarios/selectors';
import { useScenario } from '../scenarios/useScenario';

/** Views other than the statement grids. */
export type OtherViewId =
  'Ramförändringar' | 'Jämför' | 'VadKravs' | 'VarforSkiljer' | 'Balanskrav' | 'HurSakert';
export type ViewId = StatementSheet | OtherViewId;

const OTHER_VIEWS: readonly string[] = [
  'Ramförändringar',
  'Jämför',
  'VadKravs',
  'VarforSkiljer',
  'Balanskrav',
  'HurSakert',
] satisfies readonly OtherViewId[];
export const isStatementView = (view: ViewId): view is StatementSheet => !OTHER_VIEWS.includes(view);

export const VIEWS: readonly { id: ViewId; label: string; intro?: string }[] = [
  {
    id: 'Antaganden',
    label: 'Antaganden',
    intro: 'Drivarna och planens övriga nivåer, och hur de blir siffror i budgeten.',
  },
  { id: 'Resultatbudget', label: 'Resultatbudget' },
  { id: 'Balansbudget', label: 'Balansbudget' },
  { id: 'Finansieringsbudget', label: 'Finansieringsbudget' },
  { id: 'Nyckeltal', label: 'Nyckeltal', intro: 'Nyckeltalen och de finansiella målen per år.' },
  { id: 'Ramförändringar', label: 'Ramförändringar' },
  { id: 'Jämför', label: 'Jämför', intro: 'Två till fyra scenarier sida vid sida med planen.' },
  {
    id: 'VadKravs',
    label: 'Vad krävs?',
    intro: 'Vilken skattesats, effektivisering eller investeringsnivå når målet?',
  },
  {
    id: 'VarforSkiljer',
    label: 'Varför skiljer?',
    intro: 'Hur mycket varje ändring bidrar till skillnaden mot planen.',
  },
  {
    id: 'Balanskrav',
    label: 'Balanskrav',
    intro: 'Revisorns tre frågor: balanskravet, återställandet av underskott och reserven, år för år.',
  },
  {
    id: 'HurSakert',
    label: 'Hur säkert?',
    intro: 'Hur troligt det är att balanskravet och målen klaras när prognoserna slår fel som de brukar.',
  },
  { id: 'Plan', label: 'Planens värden', intro: 'Publicerade värden som scenariots ändringar mäts mot.' },
];

const span = (years: readonly Year[]) =>
  years.length > 1 ? `${years[0] ?? ''}–${years.at(-1) ?? ''}` : String(years[0] ?? '');

/** A statement's years in words, from the plan: "Budget 2024–2027, tidigare år 2022–2023, mnkr." */
const statementIntro = (view: StatementSheet, layout: WorkbookLayout): string | undefined => {
  const kalkyl = layout.years.filter((year) => layout.kindOf(year) === 'kalkyl');
  const history = layout.columnsOf(view).filter((year) => layout.kindOf(year) === 'history');
  const earlier = history.length > 0 ? `, tidigare år ${span(history)}` : '';
  if (view === 'Resultatbudget')
    return `Budget ${span(layout.budgetYears)}${kalkyl.length > 0 ? ` och kalkyl ${span(kalkyl)}` : ''}${earlier}, mnkr.`;
  if (view === 'Balansbudget') return `Budgetåren ${span(layout.budgetYears)}${earlier}, mnkr.`;
  if (view === 'Finansieringsbudget')
    return `Kassaflödet under budgetåren ${span(layout.budgetYears)}${earlier}, mnkr.`;
  return undefined;
};

/** Whether the open plan has a view: a statement it publishes; the balanskrav where it has a utredning. */
const offered = (view: ViewId, rows: ModelRows, hasBalanskrav: boolean) =>
  isStatementView(view) ? rows.ofSheet(view).length > 0 : view !== 'Balanskrav' || hasBalanskrav;

/**
 * The views the open plan has: a statement it does not publish (Sjöbo's finansieringsbudget, Västernorrland's
 * balansbudget) is not offered, nor the balanskrav without a balanskravsutredning; the statements' intros
 * name the plan's own years.
 */
export const viewsOf = (rows: ModelRows, layout: WorkbookLayout, hasBalanskrav: boolean): typeof VIEWS =>
  VIEWS.filter((view) => offered(view.id, rows, hasBalanskrav)).map((view) => {
    const intro = isStatementView(view.id) ? statementIntro(view.id, layout) : undefined;
    return intro ? { ...view, intro } : view;
  });

/** The view to show: the one chosen, or the resultatbudget when the open plan lacks the chosen view. */
export const shownView = (view: ViewId, rows: ModelRows, hasBalanskrav: boolean): ViewId =>
  offered(view, rows, hasBalanskrav) ? view : 'Resultatbudget';

/** Tabs for the statements (WAI-ARIA tabs: arrow keys move between them). */
export const SheetTabs = ({ current, onSelect }: { current: ViewId; onSelect: (view: ViewId) => void }) => {
  const rows = useScenario((state) => state.workbook.rows);
  const layout = useScenario((state) => state.workbook.layout);
  const hasBalanskrav = useScenario(selectHasBalanskrav);
  const views = viewsOf(rows, layout, hasBalanskrav);
  const move = (offset: number) => {
    const index = views.findIndex((view) => view.id === current);
    const next = views[(index + offset + views.length) % views.length];
    if (next) {
      onSelect(next.id);
      document.getElementById(`flik-${next.id}`)?.focus();
    }
  };
  return (
    <nav className="tabs" role="tablist" aria-label="Vyer">
      {views.map((view) => (
        <button
          key={view.id}
          id={`flik-${view.id}`}
          role="tab"
          type="button"
          aria-selected={view.id === current}
          aria-controls="vy"
          tabIndex={view.id === current ? 0 : -1}
          title={view.intro}
          onClick={() => onSelect(view.id)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowRight') move(1);
            if (event.key === 'ArrowLeft') move(-1);
          }}
        >
          {view.label}
        </button>
      ))}
    </nav>
  );
};
