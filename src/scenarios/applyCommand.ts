import { synnerligaSkalNoteKey } from '../model/balanskravStatus';
import { SYNNERLIGA_SKAL } from '../model/rows/balanskravChainRows';
import type { ScenarioChanges } from '../model/scenarioChanges';
import type { ScenarioDocument } from '../model/scenarioDocument';
import type { Command } from './commands';

const withInputYears = (
  changes: ScenarioChanges,
  id: string,
  update: (years: Readonly<Record<string, number>>) => Readonly<Record<string, number>>,
): ScenarioChanges => {
  const years = update(changes.inputs[id] ?? {});
  const { [id]: _removed, ...others } = changes.inputs;
  return { ...changes, inputs: Object.keys(years).length > 0 ? { ...others, [id]: years } : others };
};

/**
 * The pure reducer: a document and an editing command in, the next document out. Undo, redo and load are
 * the store's business (they move between documents), so they return the document unchanged here.
 *
 * @example
 *   applyCommand(doc, { type: 'scenario/setInput', id: 'skattesats', year: 2025, value: 11.44 }).changes.inputs;
 *   // { skattesats: { 2025: 11.44 } }
 */
export const applyCommand = (document: ScenarioDocument, command: Command): ScenarioDocument => {
  const changes = document.changes;
  switch (command.type) {
    case 'scenario/setInput':
      return {
        ...document,
        changes: withInputYears(changes, command.id, (years) => {
          const { [String(command.year)]: _old, ...others } = years;
          return command.value === undefined ? others : { ...others, [String(command.year)]: command.value };
        }),
      };
    case 'scenario/setInputs':
      return {
        ...document,
        changes: Object.entries(command.inputs).reduce(
          (next, [id, values]) =>
            withInputYears(next, id, (years) =>
              Object.fromEntries(
                Object.entries({ ...years, ...values }).filter(
                  (entry): entry is [string, number] => entry[1] !== null,
                ),
              ),
            ),
          changes,
        ),
      };
    case 'scenario/addFrameChange':
      return {
        ...document,
        changes: { ...changes, frameChanges: [...changes.frameChanges, command.change] },
      };
    case 'scenario/updateFrameChange':
      return {
        ...document,
        changes: {
          ...changes,
          frameChanges: changes.frameChanges.map((c) => (c.id === command.change.id ? command.change : c)),
        },
      };
    case 'scenario/removeFrameChange':
      return {
        ...document,
        changes: { ...changes, frameChanges: changes.frameChanges.filter((c) => c.id !== command.id) },
      };
    case 'scenario/setNote': {
      const { [command.key]: _old, ...notes } = document.notes;
      return { ...document, notes: command.note.trim() ? { ...notes, [command.key]: command.note } : notes };
    }
    case 'scenario/setSynnerligaSkal': {
      const key = synnerligaSkalNoteKey(command.year);
      const { [key]: _old, ...notes } = document.notes;
      const withInput = applyCommand(document, {
        type: 'scenario/setInput',
        id: SYNNERLIGA_SKAL,
        year: command.year,
        value: command.amount,
      });
      const reason = command.reason.trim();
      return {
        ...withInput,
        notes: command.amount !== undefined && reason ? { ...notes, [key]: reason } : notes,
      };
    }
    case 'scenario/rename':
      return { ...document, name: command.name };
    case 'scenario/resetToPlan':
      return { ...document, changes: { inputs: {}, frameChanges: [] } };
    case 'scenario/load':
    case 'scenario/replace':
      return command.document;
    case 'scenario/undo':
    case 'scenario/redo':
      return document;
  }
};
