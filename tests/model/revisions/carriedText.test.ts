import { describe, expect, it } from 'vitest';
import { carriedLines } from '../../../src/model/revisions/carriedText';
import { frameChange, plan } from '../../helpers';

describe('what a move carries, in words', () => {
  it('names each input row with its years and values, and each frame change with its nämnd and amounts', () => {
    const lines = carriedLines(
      {
        inputs: { skattesats: { '2027': 11.5, '2026': 11.44 } },
        frameChanges: [frameChange({ amounts: { '2026': 50, '2025': -11 } })],
      },
      plan,
    );
    expect(lines).toEqual([
      'Skattesats: 2026 11,44 kr, 2027 11,50 kr',
      'Ramförändringen ”Kollektivtrafik” (Regionala utvecklingsnämnden, kostnad): 2025 \u221211,0 mnkr, 2026 +50,0 mnkr',
    ]);
  });

  it('says nothing for no changes', () => {
    expect(carriedLines({ inputs: {}, frameChanges: [] }, plan)).toEqual([]);
  });
});
