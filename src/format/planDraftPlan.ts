import { parseSvNumber } from './parseSvNumber';
import { draftYears, organisationProblems, type DraftCells, type PlanDraft } from '../model/planDraft';
import { goalPreset } from '../model/planDraftPresets';
import { cellValues, statementRows } from './planDraftRows';
import {
  PLAN_FORMAT,
  PLAN_SCHEMA_VERSION,
  STATEMENT_KINDS,
  type Goal,
  type Plan,
  type Source,
} from '../model/planSchema';

/** Everything the person typed that is their own entry, not a published figure, says so. */
export const ENTERED: Source = { kind: 'entered', note: 'inmatad av användaren' };
const SKATTESATS_DOCUMENT = 'dokument-1';

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

const hasAny = (cells: DraftCells) => Object.values(cells).some((text) => text.trim() !== '');
const one = (text: string): number | undefined => {
  const parsed = parseSvNumber(text);
  return text.trim() !== '' && parsed.ok ? parsed.value : undefined;
};

const draftGoals = (draft: PlanDraft): Goal[] => {
  const goals: Goal[] = [{ id: 'balanskrav', kind: 'balanskrav', source: ENTERED }];
  for (const chosen of draft.goals) {
    const preset = goalPreset(draft.organisation.kind, chosen.preset);
    const min = one(chosen.min);
    if (!chosen.chosen || !preset || min === undefined) continue;
    const max = one(chosen.max);
    const base = { id: preset.id, source: ENTERED, min };
    const f = preset.fields;
    if (preset.kind === 'resultatandel')
      goals.push({
        ...base,
        kind: 'resultatandel',
        row: (f.row ?? 'arets_resultat') as 'arets_resultat',
        ...(max !== undefined ? { max } : {}),
      });
    else if (preset.kind === 'soliditet')
      goals.push({
        ...base,
        kind: 'soliditet',
        model: f.model === 'blandmodell' ? 'blandmodell' : 'fullfondering',
      });
    else if (preset.kind === 'sjalvfinansieringsgrad')
      goals.push({
        ...base,
        kind: 'sjalvfinansieringsgrad',
        definition: f.definition === 'resultat' ? 'resultat' : 'kassaflode',
      });
  }
  return goals;
};

const drivers = (
  draft: PlanDraft,
  modelled: readonly number[],
  budget: readonly number[],
): Plan['drivers'] => {
  const d = draft.drivers;
  const rate = ['procent', 'kr'] as const;
  const skattesatsSource: Source =
    d.skattesatsDocument.trim() !== ''
      ? {
          kind: 'document',
          document: SKATTESATS_DOCUMENT,
          section: d.skattesatsSection.trim() || 'skattesatsen',
        }
      : ENTERED;
  const single = (text: string) => {
    const value = one(text);
    return value === undefined ? undefined : { value, source: ENTERED };
  };
  const avskrivningstid = single(d.avskrivningstid);
  const effekt = single(d.effekt);
  return {
    skattesats: { values: cellValues(d.skattesats, modelled, rate), source: skattesatsSource },
    ...(hasAny(d.befolkning)
      ? {
          befolkning: {
            values: cellValues(d.befolkning, modelled, ['invanare']),
            source: ENTERED,
            date: d.befolkningDate.trim() || 'okänt datum',
          },
        }
      : {}),
    ...(hasAny(d.skatteunderlag)
      ? {
          skatteunderlagstillvaxt: {
            values: cellValues(d.skatteunderlag, modelled, ['procent']),
            source: ENTERED,
          },
        }
      : {}),
    prisindex: {
      name: d.prisindexName.trim() || 'Prisindex',
      label: d.prisindexLabel.trim() || d.prisindexName.trim() || 'Prisindex',
      source: ENTERED,
      ...(hasAny(d.prisindex) ? { values: cellValues(d.prisindex, modelled, ['procent']) } : {}),
    },
    ...(hasAny(d.investeringar)
      ? { investeringar: { source: ENTERED, materiella: cellValues(d.investeringar, budget) } }
      : {}),
    ...(avskrivningstid ? { avskrivningstid } : {}),
    ...(effekt ? { effektPer100Invanare: effekt } : {}),
  };
};

/**
 * The draft as a plan file: every figure that is a number, read through the one Swedish parser; cells that
 * are not numbers and rows the plan does not print are left out. `undefined` when the years are not set.
 * The result is not yet a plan: it becomes one only through parsePlan.
 *
 * @example
 *   const plan = draftToPlan(draft); // { format: 'budgetverkstad.plan', schemaVersion: 2, id: 'sjobo-kommun-2024', … }
 */
export const draftToPlan = (draft: PlanDraft): Plan | undefined => {
  const years = draftYears(draft);
  if (!years.ok) return undefined;
  const org = draft.organisation;
  const code = org.code.trim();
  const decided = [draft.decidedBy.trim(), draft.decidedWhen.trim()].filter(Boolean).join(', ');
  const statements: Record<string, unknown> = {};
  for (const kind of STATEMENT_KINDS) {
    const statement = draft.statements[kind];
    if (!statement) continue;
    const rows = statementRows(kind, statement, years.columns);
    if (kind !== 'resultatbudget' && rows.length === 0) continue;
    statements[kind] = { source: ENTERED, unit: 'mnkr', rows };
  }
  const document = draft.drivers.skattesatsDocument.trim();
  return {
    format: PLAN_FORMAT,
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: slug(`${org.name} ${years.budget[0] ?? ''}`) || 'egen-plan',
    version: 1,
    name: draft.planName.trim(),
    organisation: { name: org.name.trim(), kind: org.kind, ...(code ? { code } : {}) },
    ...(decided ? { decided } : {}),
    unit: 'mnkr',
    years: {
      base: years.base,
      ...(years.history.length > 0 ? { history: [...years.history] } : {}),
      budget: [...years.budget],
      kalkyl: [...years.kalkyl],
    },
    documents: document ? { [SKATTESATS_DOCUMENT]: { title: document.slice(0, 200) } } : {},
    statements: statements as Plan['statements'],
    drivers: drivers(draft, years.modelled, years.budget),
    goals: draftGoals(draft),
  };
};

/** Field problems of the first step (organisation and years), for the summary before saving. */
export const setupProblems = (draft: PlanDraft): string[] => {
  const years = draftYears(draft);
  return [...Object.values(organisationProblems(draft)), ...(years.ok ? [] : Object.values(years.problems))];
};
