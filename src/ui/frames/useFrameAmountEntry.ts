import { useState } from 'react';
import { interpretCellInput } from '../../format/interpretCellInput';
import { interpretPaste, splitPastedRow } from '../../format/pastedCells';
import type { FrameChange } from '../../model/scenarioChanges';
import { useScenario, useScenarioStore } from '../../scenarios/useScenario';

/** What one amount field shows under it: a refusal, a question about a typed value, or about a paste. */
export type AmountProblem =
  | { readonly kind: 'refused'; readonly year: number; readonly text: string; readonly message: string }
  | {
      readonly kind: 'question';
      readonly year: number;
      readonly text: string;
      readonly question: string;
      readonly reason: string;
      readonly use: { readonly label: string; readonly value: number };
    }
  | {
      readonly kind: 'paste';
      readonly year: number;
      readonly text: string;
      readonly questions: readonly string[];
      readonly amounts: Readonly<Record<string, number>>;
    };

/**
 * Typing and pasting a frame change's amounts through the one parser, with the registry's rules for a frame
 * amount (`rows.frameChangeAmount`): a refused text stays in its field with the message, an implausible one
 * is asked about (Enter again or "Använd …" takes it), and a row pasted from Excel fills this change's years
 * from the field it lands in, asking first about any implausible cell. Each change is one command.
 */
export const useFrameAmountEntry = (change: FrameChange, years: readonly number[]) => {
  const store = useScenarioStore();
  const spec = useScenario((state) => state.workbook.rows.frameChangeAmount);
  const [problem, setProblem] = useState<AmountProblem | undefined>();
  const setAmounts = (amounts: Readonly<Record<string, number>>) => {
    setProblem(undefined);
    store.dispatch({ type: 'scenario/updateFrameChange', change: { ...change, amounts } });
  };

  /** Enter (`confirm`) or leaving the field: empty removes the amount; a question is taken only on Enter. */
  const commit = (year: number, text: string, confirm: boolean) => {
    const key = String(year);
    if (text.trim() === '') {
      const { [key]: _removed, ...rest } = change.amounts;
      setProblem(undefined);
      if (key in change.amounts) setAmounts(rest);
      return;
    }
    const result = interpretCellInput(text, spec, { year, current: change.amounts[key] ?? 0, plan: 0 });
    if (result.kind === 'refused')
      return setProblem({ kind: 'refused', year, text, message: result.message });
    const asked = problem?.kind === 'question' && problem.year === year && problem.text === text;
    if (result.kind === 'question' && !(asked && confirm)) {
      const { question, reason, use } = result;
      return setProblem({ kind: 'question', year, text, question, reason, use });
    }
    if (change.amounts[key] === result.value) return setProblem(undefined);
    setAmounts({ ...change.amounts, [key]: result.value });
  };

  /** A pasted block: several cells fill the years from `year`; returns false for one cell (typed as usual). */
  const paste = (year: number, text: string): boolean => {
    const rows = splitPastedRow(text);
    if (rows.flat().length < 2) return false;
    const from = years.indexOf(year);
    const result = interpretPaste(rows, (r, c) => {
      const target = years[from + c];
      if (r > 0) return 'Klistra in en rad i taget: en ramförändring har en rad belopp.';
      if (target === undefined) return 'Ramförändringen har inte så många år.';
      return {
        key: target,
        name: `Belopp ${target}`,
        spec,
        cell: { year: target, current: change.amounts[String(target)] ?? 0, plan: 0 },
      };
    });
    if (result.kind === 'refused') {
      setProblem({ kind: 'refused', year, text: '', message: result.message });
      return true;
    }
    const amounts = { ...change.amounts };
    for (const { key, value } of result.values) amounts[String(key)] = value;
    if (result.questions.length > 0)
      setProblem({ kind: 'paste', year, text: '', questions: result.questions, amounts });
    else setAmounts(amounts);
    return true;
  };

  return {
    problem,
    commit,
    paste,
    /** An answer: take the asked value or the pasted row, or leave everything as it was. */
    answer: (take: boolean) => {
      if (take && problem?.kind === 'paste') return setAmounts(problem.amounts);
      if (take && problem?.kind === 'question')
        return setAmounts({ ...change.amounts, [String(problem.year)]: problem.use.value });
      setProblem(undefined);
    },
  };
};
