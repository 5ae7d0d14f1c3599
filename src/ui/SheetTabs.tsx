import type { StatementSheet } from '../model/rowSpec';

export const VIEWS: readonly { sheet: StatementSheet; label: string; intro?: string }[] = [
  {
    sheet: 'Antaganden',
    label: 'Antaganden',
    intro: 'Drivarna och planens övriga nivåer, och hur de blir siffror i budgeten.',
  },
  { sheet: 'Resultatbudget', label: 'Resultatbudget', intro: 'Budget 2025–2027 och kalkyl 2028–2030, mnkr.' },
  { sheet: 'Balansbudget', label: 'Balansbudget', intro: 'Budgetåren 2025–2027, mnkr.' },
  {
    sheet: 'Finansieringsbudget',
    label: 'Finansieringsbudget',
    intro: 'Kassaflödet under budgetåren 2025–2027, mnkr.',
  },
  { sheet: 'Nyckeltal', label: 'Nyckeltal och mål' },
  { sheet: 'Plan', label: 'Planens värden', intro: 'Publicerade värden som scenariots ändringar mäts mot.' },
];

/** Tabs for the statements (WAI-ARIA tabs: arrow keys move between them). */
export const SheetTabs = ({
  current,
  onSelect,
}: {
  current: StatementSheet;
  onSelect: (sheet: StatementSheet) => void;
}) => {
  const move = (offset: number) => {
    const index = VIEWS.findIndex((view) => view.sheet === current);
    const next = VIEWS[(index + offset + VIEWS.length) % VIEWS.length];
    if (next) {
      onSelect(next.sheet);
      document.getElementById(`flik-${next.sheet}`)?.focus();
    }
  };
  return (
    <nav className="tabs" role="tablist" aria-label="Vyer">
      {VIEWS.map((view) => (
        <button
          key={view.sheet}
          id={`flik-${view.sheet}`}
          role="tab"
          type="button"
          aria-selected={view.sheet === current}
          aria-controls="vy"
          tabIndex={view.sheet === current ? 0 : -1}
          onClick={() => onSelect(view.sheet)}
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
