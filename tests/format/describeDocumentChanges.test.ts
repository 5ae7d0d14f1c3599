import { describe, expect, it } from 'vitest';
import { describeDocumentChanges } from '../../src/format/describeDocumentChanges';
import { diffDocuments } from '../../src/model/history/documentDiff';
import { modelRows } from '../../src/model/modelRows';
import type { ScenarioDocument } from '../../src/model/scenarioDocument';
import { newScenario } from '../../src/scenarios/newScenario';
import { frameChange, plan } from '../helpers';

const rows = modelRows(plan);
const AT = new Date('2026-12-01T09:00:00.000Z');
const planOnly = newScenario(plan, 'Förslag', 'a', AT);
const vard = frameChange({
  id: 'f-vard',
  name: 'Fler vårdplatser',
  namnd: 'Hälso- och sjukvårdsnämnden',
  amounts: { '2027': 12 },
});
const edited = (
  patch: Partial<ScenarioDocument['changes']>,
  more: Partial<ScenarioDocument> = {},
): ScenarioDocument => ({
  ...planOnly,
  ...more,
  changes: { ...planOnly.changes, ...patch },
});
const said = (from: ScenarioDocument, to: ScenarioDocument) =>
  describeDocumentChanges(rows, diffDocuments(from, to));

// Expected texts are written from the plan as printed (skattesats 11,34 kr every year, Norrbotten's
// Strategisk plan 2025–2027, Antaganden) and sv-SE typography: no-break space before a unit, U+2212 minus.
describe('Vad har ändrats sedan …', () => {
  it('says nothing between a version and itself', () => {
    expect(said(planOnly, { ...planOnly, updatedAt: '2026-12-02T00:00:00.000Z' })).toEqual([]);
  });

  it('names an input by its label and year, from the plan’s value, in the row’s unit and decimals', () => {
    expect(said(planOnly, edited({ inputs: { skattesats: { '2026': 11.54 } } }))).toEqual([
      'Skattesats 2026: 11,34 → 11,54\u00a0kr',
    ]);
    expect(
      said(
        edited({ inputs: { skattesats: { '2026': 11.54 } } }),
        edited({ inputs: { befolkning: { '2026': 249276 } } }),
      ),
    ).toEqual([
      'Befolkning 1 november året innan budgetåret 2026: 248\u00a0276 → 249\u00a0276\u00a0invånare',
      'Skattesats 2026: 11,54 → 11,34\u00a0kr (planens värde)',
    ]);
    expect(said(planOnly, edited({ inputs: { prisindex: { '2026': -1.25 } } }))).toEqual([
      'LPIK (uppräkning av ramar) 2026: 0,8 → \u22121,3\u00a0%',
    ]);
  });

  it('tells a new, changed, switched-off and removed frame change, with signed mnkr to a tenth', () => {
    const added = edited({ frameChanges: [vard] });
    expect(said(planOnly, added)).toEqual([
      'Ny ram för Hälso- och sjukvårdsnämnden, ”Fler vårdplatser” (kostnad): 2027: +12,0\u00a0mnkr',
    ]);
    const changed = edited({
      frameChanges: [{ ...vard, active: false, kind: 'intakt', amounts: { '2026': -4.5, '2027': 15 } }],
    });
    expect(said(added, changed)).toEqual([
      'Ram för Hälso- och sjukvårdsnämnden, ”Fler vårdplatser”: slag kostnad → intäkt',
      'Ram för Hälso- och sjukvårdsnämnden, ”Fler vårdplatser” 2026: inget belopp → \u22124,5\u00a0mnkr',
      'Ram för Hälso- och sjukvårdsnämnden, ”Fler vårdplatser” 2027: +12,0\u00a0mnkr → +15,0\u00a0mnkr',
      'Ram för Hälso- och sjukvårdsnämnden, ”Fler vårdplatser”: avstängd (räknas inte)',
    ]);
    expect(said(added, planOnly)).toEqual([
      'Borttagen: ram för Hälso- och sjukvårdsnämnden, ”Fler vårdplatser” (2027: +12,0\u00a0mnkr)',
    ]);
  });

  it('tells a new name and the notes, never an internal key', () => {
    const noted = edited(
      {},
      { name: 'Förslag V', notes: { skattesats: 'Finansierar vårdplatserna', x_okand: 'Annat' } },
    );
    expect(said(planOnly, noted)).toEqual([
      'Namn: ”Förslag” → ”Förslag V”',
      'Anteckningen för Skattesats: ny, ”Finansierar vårdplatserna”',
      'En anteckning: ny, ”Annat”',
    ]);
    expect(said(noted, planOnly).slice(1)).toEqual([
      'Anteckningen för Skattesats: borttagen',
      'En anteckning: borttagen',
    ]);
  });
});
