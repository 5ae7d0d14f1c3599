import { describe, expect, it } from 'vitest';
import { splitPastedRow } from '../../src/format/pastedCells';
import { checkDraft } from '../../src/format/planDraftCheck';
import { pasteBlock, type PasteOutcome } from '../../src/format/planDraftPaste';
import { draftGridRows, resolvePending } from '../../src/format/planDraftRows';
import { draftYears, readDraft, type PlanDraft } from '../../src/model/planDraft';
import { matchLabel, normaliseLabel } from '../../src/model/planDraftMatch';
import { newDraft, withKind } from '../../src/model/planDraftPresets';
import { internalWords } from '../internalWords';
import { SJOBO_RESULTATBUDGET_TSV } from '../sjoboResultatbudget';

const sjoboSetup = (): PlanDraft => ({
  ...newDraft('kommun'),
  organisation: { name: 'Sjöbo kommun', kind: 'kommun', code: '1265' },
  planName: 'Budget 2024 med plan 2025–2027',
  years: { firstBudget: '2024', budget: 4, kalkyl: 0, history: 2 },
});

const YEARS = [2022, 2023, 2024, 2025, 2026, 2027];

const pasted = (draft: PlanDraft, text: string): { outcome: PasteOutcome; draft: PlanDraft } => {
  const rows = draftGridRows('resultatbudget', draft.statements.resultatbudget).map((r) => r.id);
  const outcome = pasteBlock(draft.statements.resultatbudget, splitPastedRow(text), {
    statement: 'resultatbudget',
    rowIds: rows,
    years: YEARS,
    row: 0,
    column: 0,
  });
  return {
    outcome,
    draft: {
      ...draft,
      statements: { ...draft.statements, resultatbudget: outcome.statement },
      pending: [...draft.pending, ...outcome.pending],
    },
  };
};

const withRate = (draft: PlanDraft): PlanDraft => ({
  ...draft,
  drivers: { ...draft.drivers, skattesats: { 2024: '20,92', 2025: '20,92', 2026: '20,92', 2027: '20,92' } },
});

describe('the years of a new plan', () => {
  it('Sjöbo: budget 2024–2027 with two history years, base 2023', () => {
    const years = draftYears(sjoboSetup());
    expect(years).toMatchObject({
      ok: true,
      base: 2023,
      history: [2022, 2023],
      budget: [2024, 2025, 2026, 2027],
    });
  });
  it('refuses more than ten budget and kalkyl years, and a year that is not four digits, in Swedish', () => {
    const years = draftYears({ years: { firstBudget: '24', budget: 5, kalkyl: 6, history: 0 } });
    expect(years.ok).toBe(false);
    if (years.ok) return;
    expect(years.problems.firstBudget).toMatch(/fyra siffror/);
    expect(years.problems.kalkyl).toMatch(/Högst 10 budget- och kalkylår/);
  });
});

describe('label matching', () => {
  it('exact, normalised, close, and no match', () => {
    expect(matchLabel('Skatteintäkter', 'resultatbudget')).toEqual({ id: 'skatteintakter', how: 'exact' });
    expect(matchLabel('SUMMA TILLGÅNGAR', 'balansbudget')).toEqual({
      id: 'summa_tillgangar',
      how: 'normalised',
    });
    expect(matchLabel('Skatteintäkter (not 3)', 'resultatbudget')?.how).toBe('normalised');
    expect(matchLabel('Verksamhetens intäkte', 'resultatbudget')).toEqual({
      id: 'verksamhetens_intakter',
      how: 'close',
    });
    expect(matchLabel('varav jämförelsestörande post', 'resultatbudget')).toBeUndefined();
    expect(matchLabel('Lönekostnader nämnderna', 'resultatbudget')).toBeUndefined();
  });
  it('normalising is idempotent', () => {
    for (const label of ['  SUMMA Tillgångar (mnkr) ', 'Skatteintäkter not 3', 'Summa summa x. 12'])
      expect(normaliseLabel(normaliseLabel(label))).toBe(normaliseLabel(label));
  });
});

describe('pasting Sjöbo’s resultatbudget with its labels', () => {
  it('matches every standard row, skips the heading, and lists the two varav rows with the row above', () => {
    const { outcome } = pasted(sjoboSetup(), SJOBO_RESULTATBUDGET_TSV);
    expect(Object.keys(outcome.statement.cells).sort()).toEqual(
      [
        'verksamhetens_intakter',
        'verksamhetens_kostnader',
        'avskrivningar',
        'verksamhetens_nettokostnad',
        'skatteintakter',
        'generella_statsbidrag',
        'verksamhetens_resultat',
        'finansiella_intakter',
        'finansiella_kostnader',
        'resultat_efter_finansiella_poster',
        'extraordinara_intakter',
        'extraordinara_kostnader',
        'arets_resultat',
        'realisationsvinster',
        'orealiserade_vinster_vardepapper',
        'aterforing_orealiserade_forluster',
        'resultat_efter_balanskravsjusteringar',
        'reservation_resultatreserv',
        'anvandning_resultatutjamningsreserv',
        'balanskravsresultat',
      ].sort(),
    );
    // The "Not" column has no year: 2022 is the first figure, not the note number.
    expect(outcome.statement.cells.skatteintakter).toEqual({
      2022: '922,7',
      2023: '951,2',
      2024: '995,3',
      2025: '1 042,8',
      2026: '1 091,4',
      2027: '1 134,0',
    });
    expect(outcome.statement.cells.aterforing_orealiserade_forluster).toEqual({ 2022: '0,0' });
    expect(outcome.statement.labels.verksamhetens_nettokostnad).toBe('Verksamhetens nettokostnader');
    expect(outcome.pending.map((p) => [p.label, p.after])).toEqual([
      ['varav jämförelsestörande post', 'verksamhetens_intakter'],
      ['varav jämförelsestörande post', 'verksamhetens_kostnader'],
    ]);
  });

  it('a wrong subtotal is named with its row, year and difference; corrected, the plan saves as published', () => {
    const wrong = SJOBO_RESULTATBUDGET_TSV.replace('-1 358,3', '-1 358,4');
    let { draft } = pasted(withRate(sjoboSetup()), wrong);
    const before = checkDraft(draft);
    // The wrong figure is also a part of Verksamhetens resultat: −1 358,4 + 995,3 + 327,0 = −36,1, printed −36,0.
    expect(before.mismatches.map((m) => [m.rowId, m.year])).toEqual([
      ['verksamhetens_nettokostnad', 2024],
      ['verksamhetens_resultat', 2024],
    ]);
    // 335,6 − 1 656,2 − 37,7 = −1 358,3 (hand sum), printed −1 358,4: a difference of −0,1.
    expect(before.mismatches[0]?.text).toBe(
      'Verksamhetens nettokostnader 2024: 335,6 − 1\u00a0656,2 − 37,7 = −1\u00a0358,3, skrivet −1\u00a0358,4 (skillnad −0,1)',
    );
    const cells = draft.statements.resultatbudget.cells;
    draft = {
      ...draft,
      statements: {
        resultatbudget: {
          ...draft.statements.resultatbudget,
          cells: {
            ...cells,
            verksamhetens_nettokostnad: { ...cells.verksamhetens_nettokostnad, 2024: '-1 358,3' },
          },
        },
      },
    };
    for (const p of draft.pending)
      draft = resolvePending(draft, p.key, { take: 'own', kind: 'varav', parent: p.after ?? '' });
    const after = checkDraft(draft);
    expect(after.mismatches).toEqual([]);
    expect(after.refused).toEqual([]);
    const rb = after.plan?.statements.resultatbudget.rows ?? [];
    expect(rb.find((r) => r.id === 'balanskravsresultat')?.values).toEqual({
      2022: 59.7,
      2023: -4.8,
      2024: -18.6,
      2025: 40,
      2026: 44,
      2027: 38,
    });
    const varav = rb.filter((r) => r.kind === 'varav');
    expect(varav.map((r) => r.of)).toEqual([['verksamhetens_intakter'], ['verksamhetens_kostnader']]);
    expect(after.plan?.drivers.skattesats.source).toEqual({ kind: 'entered', note: 'inmatad av användaren' });
    expect(after.plan?.goals.map((g) => g.kind)).toEqual(['balanskrav']);
  });

  it('without a skattesats, saving is refused in Swedish naming the field and the years', () => {
    const { draft } = pasted(sjoboSetup(), SJOBO_RESULTATBUDGET_TSV);
    const check = checkDraft(draft);
    expect(check.plan).toBeUndefined();
    expect(check.refused).toContain('Skattesats: värden saknas för 2024, 2025, 2026, 2027');
  });

  it('a cell that is not a number is listed with its message and left out', () => {
    const { draft } = pasted(withRate(sjoboSetup()), SJOBO_RESULTATBUDGET_TSV.replace('995,3', '995.3.1'));
    const check = checkDraft(draft);
    expect(check.cells).toEqual([expect.stringMatching(/^Resultatbudget, Skatteintäkter 2024: /)]);
    expect(check.refused.join('\n')).toMatch(/Skatteintäkter: värden saknas för 2024/);
  });
});

describe('presets per kind', () => {
  it('a region gets LPIK and a resultat goal of 1–3 %, ticked goals saved as the user’s own entry', () => {
    const region = withKind(newDraft('kommun'), 'region');
    expect(region.drivers.prisindexName).toBe('LPIK');
    expect(region.goals.find((g) => g.preset === 'resultat')).toMatchObject({ min: '1', max: '3' });
    const kommun = newDraft('kommun');
    expect(kommun.drivers.prisindexName).toBe('Pris- och lönekompensation');
    const chosen = {
      ...pasted(withRate(sjoboSetup()), SJOBO_RESULTATBUDGET_TSV).draft,
      goals: kommun.goals.map((g) => (g.preset === 'resultat' ? { ...g, chosen: true, min: '2,5' } : g)),
    };
    const plan = checkDraft({ ...chosen, pending: [] }).plan;
    expect(plan?.goals.find((g) => g.id === 'resultat')).toEqual({
      id: 'resultat',
      kind: 'resultatandel',
      row: 'arets_resultat',
      min: 2.5,
      source: { kind: 'entered', note: 'inmatad av användaren' },
    });
  });
});

describe('what the page says before saving', () => {
  it('names rows and fields in Swedish, never an id or a field path', () => {
    const pastedSjobo = pasted(sjoboSetup(), SJOBO_RESULTATBUDGET_TSV).draft;
    const drafts: PlanDraft[] = [
      newDraft('kommun'),
      sjoboSetup(),
      { ...sjoboSetup(), years: { firstBudget: '20x4', budget: 4, kalkyl: 0, history: 0 } },
      pastedSjobo,
      {
        ...withRate(pastedSjobo),
        drivers: { ...withRate(pastedSjobo).drivers, befolkning: { 2024: '19 549' } },
        statements: {
          resultatbudget: {
            ...pastedSjobo.statements.resultatbudget,
            cells: { ...pastedSjobo.statements.resultatbudget.cells, avskrivningar: { 2024: '-37,7' } },
          },
        },
      },
    ];
    const messages = drafts.flatMap((draft) => {
      const check = checkDraft(draft);
      return [...check.refused, ...check.mismatches.map((m) => m.text), ...check.cells];
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        'Resultatbudget: skriv eller klistra in minst en rad',
        'Resultatbudget, Avskrivningar: värden saknas för 2025, 2026, 2027',
        'Befolkning: värden saknas för 2025, 2026, 2027',
      ]),
    );
    for (const message of messages) expect(internalWords(message), message).toEqual([]);
    for (const message of messages) expect(message, message).not.toMatch(/statements\.|drivers\.|rows\.\d/);
  });
});

describe('implausible figures are questioned, not taken', () => {
  it('a skattesats of 209,2 kr (a misplaced comma) holds the plan back until the person confirms it', () => {
    const draft = pasted(withRate(sjoboSetup()), SJOBO_RESULTATBUDGET_TSV).draft;
    const slip: PlanDraft = {
      ...draft,
      pending: [],
      drivers: { ...draft.drivers, skattesats: { ...draft.drivers.skattesats, 2025: '209,2' } },
    };
    const asked = checkDraft(slip);
    expect(asked.plan).toBeUndefined();
    expect(asked.questions.map((q) => q.text)).toEqual([
      'Skattesats 2025: 209,2? Det ser ovanligt ut: kommunernas skattesatser ligger mellan 17 och 24 kr.',
    ]);
    const confirmed = checkDraft({ ...slip, confirmed: asked.questions.map((q) => q.key) });
    expect(confirmed.questions).toEqual([]);
    expect(confirmed.plan?.drivers.skattesats.values['2025']).toBe(209.2);
    // The plausible 20,92 of the other years is not asked about.
    expect(checkDraft({ ...draft, pending: [] }).questions).toEqual([]);
  });
});

describe('a pasted row the person decides on', () => {
  it('a close match is taken only when confirmed; an own line enters its sum; a stored draft reads back', () => {
    const typo = SJOBO_RESULTATBUDGET_TSV.replace('Avskrivningar', 'Avskrivningarr');
    let { draft } = pasted(withRate(sjoboSetup()), typo);
    const pending = draft.pending.find((p) => p.label === 'Avskrivningarr');
    expect(pending?.suggestion).toBe('avskrivningar');
    expect(draft.statements.resultatbudget.cells.avskrivningar).toBeUndefined();
    draft = resolvePending(draft, pending?.key ?? '', { take: 'suggestion' });
    expect(draft.statements.resultatbudget.cells.avskrivningar?.['2024']).toBe('-37,7');
    expect(draft.statements.resultatbudget.labels.avskrivningar).toBe('Avskrivningarr');
    for (const p of draft.pending) draft = resolvePending(draft, p.key, { take: 'skip' });
    expect(checkDraft(draft).mismatches).toEqual([]);
    // An own line of −1,0 in Verksamhetens nettokostnad: the printed sum is now 1,0 off, named so.
    const { draft: withLine } = pasted(draft, 'Omställningskostnader\t\t\t-1,0\t-1,0\t-1,0\t-1,0');
    const line = withLine.pending[0];
    const added = resolvePending(withLine, line?.key ?? '', {
      take: 'own',
      kind: 'line',
      parent: 'verksamhetens_nettokostnad',
    });
    const check = checkDraft(added);
    expect(
      check.plan?.statements.resultatbudget.rows.find((r) => r.label === 'Omställningskostnader'),
    ).toMatchObject({
      kind: 'line',
      in: 'verksamhetens_nettokostnad',
      values: { 2024: -1, 2025: -1, 2026: -1, 2027: -1 },
    });
    expect(check.mismatches.map((m) => [m.rowId, m.year])).toContainEqual([
      'verksamhetens_nettokostnad',
      2024,
    ]);
    expect(readDraft(JSON.parse(JSON.stringify(added)))).toEqual(added);
    expect(readDraft({ organisation: {} })).toBeUndefined();
  });
});
