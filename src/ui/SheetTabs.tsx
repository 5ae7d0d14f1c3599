import type { StatementSheet } from '../model/rowSpec';

/** Views other than the statement grids. */
export type OtherViewId = 'Ramförändringar' | 'Jämför' | 'VadKravs' | 'VarforSkiljer';
export type ViewId = StatementSheet | OtherViewId;

const OTHER_VIEWS: readonly string[] = [
  'Ramförändringar',
  'Jämför',
  'VadKravs',
  'VarforSkiljer',
] satisfies readonly OtherViewId[];
export const isStatementView = (view: ViewId): view is StatementSheet => !OTHER_VIEWS.includes(view);

export const VIEWS: readonly { id: ViewId; label: string; intro?: string }[] = [
  {
    id: 'Antaganden',
    label: 'Antaganden',
    intro: 'Drivarna och planens övriga nivåer, och hur de blir siffror i budgeten.',
  },
  { id: 'Resultatbudget', label: 'Resultatbudget', intro: 'Budget 2025–2027 och kalkyl 2028–2030, mnkr.' },
  { id: 'Balansbudget', label: 'Balansbudget', intro: 'Budgetåren 2025–2027, mnkr.' },
  {
    id: 'Finansieringsbudget',
    label: 'Finansieringsbudget',
    intro: 'Kassaflödet under budgetåren 2025–2027, mnkr.',
  },
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
  { id: 'Plan', label: 'Planens värden', intro: 'Publicerade värden som scenariots ändringar mäts mot.' },
];

/** Tabs for the statements (WAI-ARIA tabs: arrow keys move between them). */
export const SheetTabs = ({ current, onSelect }: { current: ViewId; onSelect: (view: ViewId) => void }) => {
  const move = (offset: number) => {
    const index = VIEWS.findIndex((view) => view.id === current);
    const next = VIEWS[(index + offset + VIEWS.length) % VIEWS.length];
    if (next) {
      onSelect(next.id);
      document.getElementById(`flik-${next.id}`)?.focus();
    }
  };
  return (
    <nav className="tabs" role="tablist" aria-label="Vyer">
      {VIEWS.map((view) => (
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
