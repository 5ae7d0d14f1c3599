import { planBridge } from './src/engine/bridge';
import { parsePlan } from './src/model/parsePlan';
import { makeRevision } from './src/model/revisions/revision';
import { generatePlan, scenarioOf } from './tests/planArbitraries';
import { compute } from './tests/model/revisions/norrbottenRevision';
import { modelRows } from './src/model/modelRows';
const shape = {"seed":0,"kind":"region","firstBudget":1990,"history":0,"budget":1,"kalkyl":0,"whole":false,"rb":{"operating":"parts","vnkfaSum":false,"noAvskrivningar":false,"noVnk":false,"vr":false,"finIntakter":false,"finKostnader":false,"refp":false,"kurs":false,"extra":"none","balanskrav":false,"rebj":false,"noBalanskravSum":false,"adjustments":[],"orealiserade":false,"historyOnly":false,"resultatkrav":"none","customLine":true,"varav":false},"bb":{"anlaggning":"single","immateriella":false,"finansiella":false,"bidrag":false,"omsattning":"single","forrad":false,"exploatering":false,"placeringar":false,"ek":"ingaende","ekSum":false,"rur":false,"avsattningar":"none","skulder":"single","ansvarsRow":true,"borgen":false,"soliditet":false,"history":false,"varav":false},"fb":null,"drivers":{"revenue":"none","befolkning":false,"alternatives":false,"effekt":false,"prisindex":"values","tillvaxt":"none","investments":"none","immateriella":false,"finansiella":false,"avskrivningstid":false,"pension":false,"ansvarsDriver":false,"namnder":false},"balanskravMin":false,"goals":[]} as any;
const plan = parsePlan(generatePlan(shape).json);
const edit = scenarioOf(plan, {"inputs":[{"pick":6862513,"years":0,"change":-0.05},{"pick":0,"years":0,"change":-0.05}],"frames":[]});
console.log(JSON.stringify(edit.inputs), modelRows(plan).inputs.map(r => r.id));
const r = makeRevision(plan, { drivers: edit.inputs as any }, { name: 'x', date: '2026-08-20' }, compute);
if (!r.ok) throw new Error('x');
const b = planBridge(plan, r.revision.plan);
console.log(b.causes.map(c => [c.key, JSON.stringify(c.inputs)]));
for (const row of b.rows) console.log(row.figure.rowId, row.old, row.parts, row.rest, row.new);
const R0 = compute(plan, {inputs:{},frameChanges:[]}); const R1 = compute(plan, edit); const R2 = compute(r.revision.plan, {inputs:{},frameChanges:[]});
for (const id of Object.keys(R1.cells)) { const a = R1.cells[id]['1990'], c = R2.cells[id]?.['1990']; if (typeof a === 'number' && typeof c === 'number' && Math.abs(a-c) > 1e-6) console.log('diff', id, R0.cells[id]['1990'], a, c); }
