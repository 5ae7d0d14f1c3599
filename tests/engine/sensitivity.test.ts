import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../src/engine/sensitivity';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { plan } from '../helpers';

const bar = (result: ReturnType<typeof sensitivity>, id: string) => {
  const found = result.bars.find((b) => b.driverId === id);
  if (!found) throw new Error(id);
  return found;
};

describe('the tornado', () => {
  it('moves befolkning by its typical error: 0,2 % of 248 103 = 496 inhabitants ≈ ±19,8 mnkr in 2025 (4,0 mnkr per 100)', () => {
    const result = sensitivity(plan, NO_CHANGES, 2025);
    const befolkning = bar(result, 'befolkning');
    expect(befolkning.move[0]).toBe(0.2);
    expect(befolkning.effects['balanskravsresultat']?.up).toBeCloseTo((248_103 * 0.002 * 4.0) / 100, 0);
    expect(befolkning.effects['balanskravsresultat']?.down).toBeCloseTo((-248_103 * 0.002 * 4.0) / 100, 0);
  });

  it('moves the first year’s skatteunderlag by the base year’s error too: √(0,55² + 1,0²) = 1,14 pp', () => {
    expect(bar(sensitivity(plan, NO_CHANGES, 2027), 'skatteunderlag').move.slice(0, 3)).toEqual([
      Math.hypot(0.55, 1),
      1.3,
      1.5,
    ]);
  });

  it('finds that the pension portfolio’s return does not move the balanskrav, only eget kapital', () => {
    const pension = bar(sensitivity(plan, NO_CHANGES, 2026), 'pensionsavkastning');
    expect(pension.effects['balanskravsresultat']).toEqual({ down: 0, up: 0 });
    expect(pension.effects['soliditet']?.down).toBeLessThan(0);
  });

  it('ranks by the swing of balanskravsresultat and takes a user’s own step', () => {
    const result = sensitivity(plan, NO_CHANGES, 2027);
    const swings = result.bars.map((b) =>
      Math.abs((b.effects['balanskravsresultat']?.up ?? 0) - (b.effects['balanskravsresultat']?.down ?? 0)),
    );
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(result.bars.at(-1)?.driverId).toBe('pensionsavkastning');
    const own = sensitivity(plan, NO_CHANGES, 2025, { steps: { befolkning: 1 } });
    expect(bar(own, 'befolkning').effects['balanskravsresultat']?.up).toBeCloseTo(
      (248_103 * 0.01 * 4.0) / 100,
      0,
    );
    expect(result.figures.map((f) => f.id)).not.toContain('balanskrav');
  });
});
