import { describe, expect, it } from 'vitest';
import {
  horizonLabels,
  parameterFigure,
  readCorrelationText,
  readSpreadText,
  verdictText,
} from '../../src/format/parameterText';

const NBSP = '\u00a0';

describe('the user’s own uncertainty figures as typed', () => {
  it('go through the one parser, the driver’s own unit allowed', () => {
    expect(readSpreadText('1,5', 'rate')).toEqual({ ok: true, value: 1.5 });
    expect(readSpreadText('0,5 p.e.', 'rate')).toEqual({ ok: true, value: 0.5 });
    expect(readSpreadText('0,4 %', 'level')).toEqual({ ok: true, value: 0.4 });
    expect(readSpreadText('−1', 'rate')).toEqual({ ok: true, value: -1 });
    expect(readSpreadText('0,4 %', 'rate')).toEqual({
      ok: false,
      message: 'Skriv felet i procentenheter, till exempel 1,5.',
    });
    expect(readSpreadText('mycket', 'rate')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Skriv ett tal/),
    });
    expect(readCorrelationText('0,4')).toEqual({ ok: true, value: 0.4 });
    expect(readCorrelationText('40 %').ok).toBe(false);
  });

  it('are shown back with the decimals they have, at least one', () => {
    expect(parameterFigure(1)).toBe('1,0');
    expect(parameterFigure(0.55)).toBe('0,55');
    expect(parameterFigure(0.125)).toBe('0,125');
    expect(parameterFigure(-0.5)).toBe('\u22120,5');
  });

  it('are refused and questioned in plain Swedish', () => {
    expect(verdictText({ kind: 'refused', reason: 'notPositive' }, 'Det typiska felet', 'rate', 0)).toMatch(
      /^Det typiska felet måste vara större än noll/,
    );
    expect(
      verdictText({ kind: 'question', reason: 'farAbove', source: 1 }, 'Det typiska felet', 'rate', 6),
    ).toBe(
      `6,0${NBSP}procentenheter är mer än fem gånger källornas 1,0. Stämmer det? Välj ”Använd ändå” eller skriv ett annat tal.`,
    );
    expect(
      verdictText(
        {
          kind: 'refused',
          reason: 'notPositiveDefinite',
          pairs: [
            { a: 'skatteunderlag', b: 'prisindex', rho: 0.7 },
            { a: 'prisindex', b: 'pensionsavkastning', rho: -0.5 },
          ],
        },
        'Sambandet',
        'rate',
        -0.5,
      ),
    ).toBe(
      'Sambanden går inte ihop: 0,7 mellan skatteunderlagets tillväxt och prisindex och \u22120,5 mellan prisindex och pensionsportföljens avkastning kan inte gälla samtidigt. Följer två antaganden ett tredje nära måste de också följa varandra. Ändra något av sambanden.',
    );
    expect(horizonLabels({ kind: 'rate', sd: [0.55, 1, 1.3, 1.5] })).toEqual([
      'Innevarande år',
      '1 år fram',
      '2 år fram',
      '3 år fram och senare',
    ]);
    expect(horizonLabels({ kind: 'return', sd: [9.56] })).toEqual(['Varje år']);
  });
});
