import { readFileSync } from 'node:fs';
import { parsePlan } from '../src/model/parsePlan';
import { calculateOnce } from '../src/engine/calculateOnce';
import { NO_CHANGES } from '../src/model/scenarioChanges';
import { numberAt, cellAt } from '../src/model/results';
const file = process.argv[2] ?? 'fixtures/plans/norrbotten-2025-2027.json';
const plan = parsePlan(JSON.parse(readFileSync(file, 'utf8')));
const { results, workbook } = calculateOnce(plan, NO_CHANGES) as any;
let bad = 0, n = 0;
for (const [kind, st] of Object.entries(plan.statements)) {
  if (!st) continue;
  for (const row of st.rows) for (const [y, pub] of Object.entries(row.values)) {
    const c = cellAt(results, row.id, Number(y));
    n++;
    if (typeof c !== 'number' || Math.abs(c - (pub as number)) > 1.0001) { bad++; console.log(kind, row.id, y, pub, JSON.stringify(c)); }
  }
}
console.log('checked', n, 'bad', bad);
for (const id of ['mal_balanskrav','mal_resultat','mal_soliditet','mal_sjalvfinansiering','mal_sjalvfinansiering_uppfyllt','mal_resultat_marginal_mnkr']) console.log(id, JSON.stringify(results.cells[id]));
console.log(JSON.stringify(results.cells['arets_resultat']), JSON.stringify(results.cells['verksamhetens_resultat']), JSON.stringify(results.cells['verksamhetens_nettokostnad']));
console.log(JSON.stringify(results.cells['finansiella_intakter']));
