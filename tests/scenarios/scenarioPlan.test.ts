import { describe, expect, it } from 'vitest';
import { listedWith } from '../../src/scenarios/scenarioPlan';

const v = (id: string, version: number) => ({ id, version });
const known = [v('p', 1), v('p', 2), v('q', 1)];

describe('which plan version lists a scenario (issue 16 §1: a scenario stays on its version)', () => {
  it('lists a scenario with the version it was made for, not with another version of the same plan', () => {
    expect(listedWith(v('p', 1), v('p', 1), known)).toBe(true);
    expect(listedWith(v('p', 1), v('p', 2), known)).toBe(false);
    expect(listedWith(v('p', 2), v('p', 1), known)).toBe(false);
  });

  it('lists a scenario whose version is not here with every version of its plan, never with another plan', () => {
    expect(listedWith(v('p', 7), v('p', 1), known)).toBe(true);
    expect(listedWith(v('p', 7), v('p', 2), known)).toBe(true);
    expect(listedWith(v('p', 7), v('q', 1), known)).toBe(false);
  });

  it('lists a scenario of a plan that is not here with every plan, so it can say which plan it needs', () => {
    expect(listedWith(v('gone', 1), v('p', 1), known)).toBe(true);
    expect(listedWith(v('gone', 1), v('q', 1), known)).toBe(true);
    expect(listedWith(v('q', 1), v('p', 1), known)).toBe(false);
  });
});
