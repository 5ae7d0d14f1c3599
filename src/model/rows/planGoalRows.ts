import type { Plan } from '../planSchema';
import { type RowSpec } from '../rowSpec';
import { planRowContext } from './planRowContext';

/** The resultatkrav and the three financial goals' limits, as the plan states them. */
export const planGoalRows = (plan: Plan): RowSpec[] => {
  const { constant, goalSource } = planRowContext(plan);
  const mal = 'Finansiella mål';
  return [
    constant({
      id: 'resultatkrav_procent',
      name: 'Resultatkrav_procent',
      label: 'Resultatkrav',
      unit: 'procent',
      span: 'scalar',
      planValue: () => plan.goals.resultatkravProcent,
      definition: 'Resultatkravet i procent av skatt, statsbidrag och utjämning.',
      source: goalSource,
      section: mal,
    }),
    constant({
      id: 'mal_balanskrav_min',
      name: 'Mål_balanskrav_min',
      label: 'Balanskravet: lägsta balanskravsresultat',
      unit: 'mnkr',
      span: 'scalar',
      planValue: () => plan.goals.balanskrav.min,
      definition: 'Balanskravsresultatet får inte vara negativt (kommunallagen).',
      source: goalSource,
      section: mal,
    }),
    constant({
      id: 'mal_vr_min',
      name: 'Mål_verksamhetens_resultat_min',
      label: 'Mål: verksamhetens resultat minst',
      unit: 'procent',
      span: 'scalar',
      planValue: () => plan.goals.verksamhetensResultat.min,
      definition: 'Verksamhetens resultat i procent av skatt, statsbidrag och utjämning, nedre gräns.',
      source: goalSource,
      section: mal,
    }),
    constant({
      id: 'mal_vr_max',
      name: 'Mål_verksamhetens_resultat_max',
      label: 'Mål: verksamhetens resultat högst',
      unit: 'procent',
      span: 'scalar',
      planValue: () => plan.goals.verksamhetensResultat.max,
      definition: 'Verksamhetens resultat i procent av skatt, statsbidrag och utjämning, övre gräns.',
      source: goalSource,
      section: mal,
    }),
    constant({
      id: 'mal_soliditet_min',
      name: 'Mål_soliditet_min',
      label: 'Mål: soliditet (fullfondering) minst',
      unit: 'procent',
      span: 'scalar',
      planValue: () => plan.goals.soliditetFullfondering.min,
      definition: 'Soliditet inklusive ansvarsförbindelsen för pensioner.',
      source: goalSource,
      section: mal,
    }),
    constant({
      id: 'mal_sjalvfinansiering_min',
      name: 'Mål_självfinansieringsgrad_min',
      label: 'Mål: självfinansieringsgrad minst',
      unit: 'procent',
      span: 'scalar',
      planValue: () => plan.goals.sjalvfinansieringsgrad.min,
      definition: 'Självfinansieringsgrad av investeringarna i genomsnitt över planperiodens tre första år.',
      source: goalSource,
      section: mal,
    }),
  ];
};
