import { calculateOnce } from '../../../src/engine/calculateOnce';
import type { Plan } from '../../../src/model/planSchema';
import type { RevisionEdit } from '../../../src/model/revisions/revision';
import type { ScenarioChanges } from '../../../src/model/scenarioChanges';

/**
 * The example of docs/REVISIONER.md: Norrbotten's plan (SKR's Cirkulär 24:27: 4,8 % in 2025) with 2025's
 * skatteunderlagstillväxt revised by −1,1 procentenheter, the size of SKR's own one-year-ahead revision of
 * 2024 between the spring 2023 and May 2024 forecasts (docs/OSAKERHET.md, "Skatteunderlaget, följande år").
 */
export const NORRBOTTEN_EDIT: RevisionEdit = { drivers: { skatteunderlagstillvaxt: { '2025': 3.7 } } };
export const NORRBOTTEN_META = { name: 'Skatteunderlaget 2025 −1,1 procentenheter', date: '2026-12-02' };
export const NORRBOTTEN_REVISION_FILE = 'fixtures/revisions/norrbotten-2025-2027-v2.json';

export const compute = (plan: Plan, changes: ScenarioChanges) => calculateOnce(plan, changes).results;
