import type { FrameChange } from '../scenarioChanges';
import type { ScenarioDocument } from '../scenarioDocument';

/** The frame change fields a user describes it by (its amounts and its switch are told apart below). */
export const FRAME_FIELDS = ['name', 'namnd', 'kind', 'note'] as const;
export type FrameField = (typeof FRAME_FIELDS)[number];

/**
 * One difference between two versions of a scenario. An input's `from`/`to` is `undefined` where that
 * version keeps the plan's value; a frame change is named by its state in the later version.
 */
export type DocumentChange =
  | { readonly kind: 'name'; readonly from: string; readonly to: string }
  | {
      readonly kind: 'plan';
      readonly from: ScenarioDocument['plan'];
      readonly to: ScenarioDocument['plan'];
    }
  | {
      readonly kind: 'input';
      readonly input: string;
      readonly year: string;
      readonly from: number | undefined;
      readonly to: number | undefined;
    }
  | { readonly kind: 'frameAdded'; readonly change: FrameChange }
  | { readonly kind: 'frameRemoved'; readonly change: FrameChange }
  | {
      readonly kind: 'frameAmount';
      readonly change: FrameChange;
      readonly year: string;
      readonly from: number | undefined;
      readonly to: number | undefined;
    }
  | { readonly kind: 'frameActive'; readonly change: FrameChange; readonly active: boolean }
  | {
      readonly kind: 'frameField';
      readonly change: FrameChange;
      readonly field: FrameField;
      readonly from: string | undefined;
      readonly to: string | undefined;
    }
  | {
      readonly kind: 'note';
      readonly key: string;
      readonly from: string | undefined;
      readonly to: string | undefined;
    };

const unionKeys = (a: object, b: object): string[] =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();

const inputChanges = (from: ScenarioDocument, to: ScenarioDocument): DocumentChange[] =>
  unionKeys(from.changes.inputs, to.changes.inputs).flatMap((input) => {
    const before = from.changes.inputs[input] ?? {};
    const after = to.changes.inputs[input] ?? {};
    return unionKeys(before, after)
      .filter((year) => !Object.is(before[year], after[year]))
      .map((year) => ({ kind: 'input' as const, input, year, from: before[year], to: after[year] }));
  });

const frameDifferences = (before: FrameChange, after: FrameChange): DocumentChange[] => [
  ...FRAME_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    kind: 'frameField' as const,
    change: after,
    field,
    from: before[field],
    to: after[field],
  })),
  ...unionKeys(before.amounts, after.amounts)
    .filter((year) => !Object.is(before.amounts[year], after.amounts[year]))
    .map((year) => ({
      kind: 'frameAmount' as const,
      change: after,
      year,
      from: before.amounts[year],
      to: after.amounts[year],
    })),
  ...(before.active === after.active
    ? []
    : [{ kind: 'frameActive' as const, change: after, active: after.active }]),
];

const frameChanges = (from: ScenarioDocument, to: ScenarioDocument): DocumentChange[] => {
  const before = new Map(from.changes.frameChanges.map((c) => [c.id, c]));
  const after = new Map(to.changes.frameChanges.map((c) => [c.id, c]));
  return [
    ...from.changes.frameChanges
      .filter((c) => !after.has(c.id))
      .map((change) => ({ kind: 'frameRemoved' as const, change })),
    ...to.changes.frameChanges.flatMap((change): DocumentChange[] => {
      const old = before.get(change.id);
      return old ? frameDifferences(old, change) : [{ kind: 'frameAdded', change }];
    }),
  ];
};

const noteChanges = (from: ScenarioDocument, to: ScenarioDocument): DocumentChange[] =>
  unionKeys(from.notes, to.notes)
    .filter((key) => from.notes[key] !== to.notes[key])
    .map((key) => ({ kind: 'note' as const, key, from: from.notes[key], to: to.notes[key] }));

/**
 * Every difference between two versions of a scenario, in a stable order: the name, the plan, the inputs (by id and
 * year), the frame changes (removed, then added or changed, in the later version's order) and the notes.
 * Pure: the text in Swedish is `describeDocumentChanges` (src/format).
 *
 * @example
 *   diffDocuments(before, after);
 *   // [{ kind: 'input', input: 'skattesats', year: '2026', from: undefined, to: 11.54 }]
 */
export const diffDocuments = (from: ScenarioDocument, to: ScenarioDocument): readonly DocumentChange[] => [
  ...(from.name === to.name ? [] : [{ kind: 'name' as const, from: from.name, to: to.name }]),
  ...(from.plan.id === to.plan.id && from.plan.version === to.plan.version
    ? []
    : [{ kind: 'plan' as const, from: from.plan, to: to.plan }]),
  ...inputChanges(from, to),
  ...frameChanges(from, to),
  ...noteChanges(from, to),
];
