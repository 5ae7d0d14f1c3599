import { describe, expect, it } from 'vitest';
import { interpretCellInput, type CellContext } from '../../src/format/interpretCellInput';
import { modelRows } from '../../src/model/modelRows';
import type { InputRow } from '../../src/model/rowSpec';
import { plan } from '../helpers';

const rows = modelRows(plan);
const row = (id: string) => rows.byId.get(id) as InputRow;
const at = (id: string, current?: number, basis?: CellContext['basis']): CellContext => {
  const planValue = row(id).planValue(2025);
  return { year: 2025, current: current ?? planValue, plan: planValue, basis };
};
/** The result with sv-SE typography made plain (no-break space → space, − → -), so expectations read easily. */
const plain = <T>(value: T): T => {
  if (typeof value === 'string') return value.replace(/\u00a0/g, ' ').replace(/\u2212/g, '-') as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)])) as T;
};
const read = (text: string, id: string, current?: number, basis?: CellContext['basis']) =>
  plain(interpretCellInput(text, row(id), at(id, current, basis)));

// Plan values 2025 from DOMAIN.md §2–3: befolkning 248 103, skattesats 11,34, LPIK −1,3 (2025) and 0,8 (2026),
// materiella investeringar 867 mnkr, verksamhetens kostnader −11 575 mnkr, avskrivningstid 20 år.
describe('interpretCellInput', () => {
  it('questions a population of 1 000 against the plan’s 248 103 and offers +1 000', () => {
    expect(read('1 000', 'befolkning')).toEqual({
      kind: 'question',
      value: 1000,
      question: '1 000 invånare är 247 103 färre än planens 248 103 – menade du +1 000?',
      reason: row('befolkning').plausible.reason,
      use: { label: 'Använd 1 000', value: 1000 },
      suggestion: { label: '+1 000 (249 103)', value: 249_103 },
    });
  });

  it('takes befolkning within 5 % of the plan and asks outside it (248 103 × 1,05 = 260 508,15)', () => {
    expect(read('260 508', 'befolkning')).toEqual({ kind: 'value', value: 260_508, reading: undefined });
    expect(read('260 509', 'befolkning')).toMatchObject({ kind: 'question', suggestion: undefined });
    expect(read('235 698', 'befolkning').kind).toBe('value'); // 248 103 × 0,95 = 235 697,85
    expect(read('235 697', 'befolkning').kind).toBe('question');
  });

  it('writes its numbers the sv-SE way: no-break spaces in groups and before units, the minus sign', () => {
    const question = interpretCellInput('1 000', row('befolkning'), at('befolkning'));
    expect(question.kind === 'question' && question.question).toMatch(
      /^1\u00a0000\u00a0invånare är 247\u00a0103 /,
    );
    expect(interpretCellInput('\u2212500', row('befolkning'), at('befolkning'))).toMatchObject({
      reading: '\u2212500\u00a0invånare → 247\u00a0603',
    });
  });

  it('reads + as "change by" on every driver, and says how it read it', () => {
    expect(read('+1 000', 'befolkning')).toEqual({
      kind: 'value',
      value: 249_103,
      reading: '+1 000 invånare → 249 103',
    });
    expect(read('+10 öre', 'skattesats')).toEqual({
      kind: 'value',
      value: 11.44,
      reading: '+10 öre → 11,44 kr',
    });
    expect(read('+2 %', 'investeringar_materiella')).toEqual({
      kind: 'value',
      value: 884.34, // 867 × 1,02
      reading: '+2 % → 884,34 mnkr',
    });
    expect(read('+0,5', 'prisindex', 0.8)).toEqual({
      kind: 'value',
      value: 1.3,
      reading: '+0,5 procentenheter → 1,3 %',
    });
    expect(read('+5', 'avskrivningstid').kind === 'value' && read('+5', 'avskrivningstid')).toMatchObject({
      value: 25,
    });
  });

  it('reads a leading minus as "change by" where the value cannot be negative, as the value where it can', () => {
    expect(read('\u2212500', 'befolkning')).toMatchObject({ kind: 'value', value: 247_603 });
    expect(read('\u22120,10', 'skattesats')).toMatchObject({ kind: 'value', value: 11.24 });
    expect(read('\u221210 öre', 'skattesats')).toMatchObject({ kind: 'value', value: 11.24 });
    expect(read('\u2212100', 'investeringar_materiella')).toMatchObject({ kind: 'value', value: 767 });
    expect(read('\u22121,3', 'prisindex', 0.8)).toEqual({ kind: 'value', value: -1.3, reading: undefined });
    expect(read('\u22125 %', 'prisindex', 0.8)).toEqual({ kind: 'value', value: -5, reading: undefined });
    expect(read('\u221211 600', 'verksamhetens_kostnader_grund')).toMatchObject({
      kind: 'value',
      value: -11_600,
    });
  });

  it('reads what is typed in the Skillnad views as a difference against the plan', () => {
    expect(read('1 000', 'befolkning', 250_000, 'diff')).toEqual({
      kind: 'value',
      value: 249_103,
      reading: 'Skillnad mot planen +1 000 invånare → 249 103',
    });
    expect(read('\u221210 öre', 'skattesats', 12, 'diff')).toMatchObject({ value: 11.24 });
    expect(read('10', 'investeringar_materiella', 900, 'diffPercent')).toMatchObject({ value: 953.7 });
    expect(read('0,5', 'prisindex', 3, 'diffPercent')).toMatchObject({ value: -0.8 }); // −1,3 + 0,5 p.e.
  });

  it('questions each driver outside its plausible range, with its reason', () => {
    expect(read('15', 'skattesats')).toMatchObject({
      kind: 'question',
      question: '15,00 kr är 3,66 kr högre än planens 11,34 kr – stämmer det?',
      use: { label: 'Använd 15,00 kr', value: 15 },
    });
    expect(read('13,34', 'skattesats').kind).toBe('value');
    expect(read('3,8', 'prisindex').kind).toBe('question'); // −1,3 + 5 = 3,7
    expect(read('3,7', 'prisindex').kind).toBe('value');
    expect(read('26', 'pensionsavkastning').kind).toBe('question'); // 5 + 20 = 25
    expect(read('3', 'avskrivningstid')).toMatchObject({
      kind: 'question',
      question: '3 år är 17 år kortare än planens 20 år – menade du +3?',
      suggestion: { label: '+3 (23 år)', value: 23 },
    });
    expect(read('61', 'avskrivningstid').kind).toBe('question');
    // 867 + 11 575 = 12 442 mnkr is the largest plausible investment in 2025.
    expect(read('12 442', 'investeringar_materiella').kind).toBe('value');
    expect(read('12 443', 'investeringar_materiella')).toMatchObject({
      kind: 'question',
      question: '12 443 mnkr är 11 576 mnkr mer än planens 867 mnkr – stämmer det?',
    });
    expect(row('befolkning').plausible.reason).toMatch(/5 %/);
  });

  it('reads a frame change’s amount as the amount itself and questions one beyond the plan’s costs', () => {
    const amount = (text: string, current = 0) =>
      plain(interpretCellInput(text, rows.frameChangeAmount, { year: 2025, current, plan: 0 }));
    expect(amount('+50', 30)).toEqual({ kind: 'value', value: 50, reading: undefined });
    expect(amount('\u221211')).toEqual({ kind: 'value', value: -11, reading: undefined });
    expect(amount('11 575').kind).toBe('value');
    expect(amount('506 070')).toMatchObject({
      kind: 'question',
      question: '506 070 mnkr ligger utanför det rimliga, -11 575 till 11 575 mnkr – stämmer det?',
      suggestion: undefined,
    });
    expect(amount('+2 %')).toMatchObject({ kind: 'refused', message: /Skriv beloppet i mnkr/ });
  });

  it('refuses what it cannot take, with Swedish messages', () => {
    expect(read('248 103,5', 'befolkning')).toEqual({
      kind: 'refused',
      message: 'Befolkningen anges i hela invånare.',
    });
    expect(read('0,5', 'skattesats')).toEqual({
      kind: 'refused',
      message: 'Skattesats ska ligga mellan 1,00 och 40,00 kr.',
    });
    expect(read('\u221212', 'skattesats')).toMatchObject({ kind: 'refused', message: /ska ligga mellan/ });
    expect(read('20 %', 'investeringar_materiella')).toMatchObject({ kind: 'refused', message: /\+20 %/ });
    expect(read('+10 öre', 'investeringar_materiella')).toMatchObject({ kind: 'refused', message: /Öre/ });
    expect(read('867 kr', 'investeringar_materiella')).toMatchObject({
      kind: 'refused',
      message: /anges i mnkr/,
    });
    expect(read('50\t60', 'investeringar_materiella')).toMatchObject({ kind: 'refused', message: /tabb/ });
  });
});
