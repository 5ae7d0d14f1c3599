import { isStandardRowId, type StandardRowId } from './catalogue/catalogue';

/**
 * The model's own rows (drivers, mechanisms, key figures): every id a module may write as a literal besides
 * the catalogue's standard rows. A row module that adds a row adds its id here, or it does not compile
 * where it is read (tests/everyPlan/rowIds.test.ts checks that every compiled row is named).
 */
export const MODEL_ROW_IDS = [
  'ansvarsforbindelse',
  'avskrivningstid',
  'befolkning',
  'befolkningseffekt',
  'befolkningsforandring',
  'forandrade_investeringar',
  'forandring_anlaggningstillgangar',
  'forandring_finansiella_anlaggningstillgangar',
  'forandring_likvida_medel',
  'forandring_pensionsmedel',
  'intakt_per_100_invanare',
  'investeringsforandring',
  'kassaflodesforandring',
  'orealiserad_avkastning',
  'pensionsavkastning',
  'prisindex',
  'prisindex_effekt',
  'ramunderlag',
  'ramforandringar_kostnader',
  'ramforandringar_intakter',
  'resultatforandring',
  'resultatkrav_procent',
  'skatt_och_statsbidrag',
  'skattesats',
  'skatteunderlag',
  'skatteunderlagsfaktor',
  'skatteunderlagstillvaxt',
  'tidigare_resultatforandring',
  'tillkommande_avskrivningar',
  'utjamningseffekt',
  'investeringar_materiella',
  'investeringar_immateriella',
  'investeringar_finansiella',
  'kvar_att_aterstalla',
  'saldo_resultatreserv',
  'saldo_resultatutjamningsreserv',
  'tak_resultatreserv',
  'tillaten_reservation',
  'troskel_negativt_resultatreserv',
  'troskel_negativt_resultatutjamningsreserv',
  'troskel_resultatreserv',
  'troskel_resultatutjamningsreserv',
  'synnerliga_skal',
  'tidigare_underskott',
  'ingaende_resultatreserv',
  'ingaende_resultatutjamningsreserv',
  'riktlinje_troskel',
  'riktlinje_max_anvandning',
  'planerad_reservation',
  'planerad_anvandning_resultatreserv',
  'planerad_anvandning_resultatutjamningsreserv',
] as const;
export type ModelRowId = (typeof MODEL_ROW_IDS)[number];

/** Ids the model generates from a plan's data: a goal's figures, the plan's twins, levels, frames, years. */
export type GeneratedRowId =
  | `mal_${string}`
  | `plan_${string}`
  | `${string}_grund`
  | `anslag_${string}`
  | `ram_${string}`
  | `avskrivning_investeringar_${number}`;

declare const ownRow: unique symbol;
/** A row the plan prints that is not a standard row ("Regleringsavgift/bidrag"): its id is the plan's data. */
export type OwnRowId = string & { readonly [ownRow]: true };

/** Every row id: a misspelt literal (`'skatteintakterr'`) names none of these and fails to compile. */
export type RowId = StandardRowId | ModelRowId | GeneratedRowId | OwnRowId;

/**
 * What a function that reads a row takes: a literal must be a `RowId`; a `string` (a plan's own row, an id
 * read from a file or handed down from a row spec) passes, since only the plan knows those.
 *
 * @example
 *   const read = <T extends string>(id: RowIdArg<T>) => id;
 *   read('skatteintakter'); // ok
 *   read('skatteintakterr'); // compile error
 */
export type RowIdArg<T extends string> = string extends T ? T : T extends RowId ? T : never;

const GENERATED = [/^mal_/, /^plan_/, /_grund$/, /^anslag_/, /^ram_/, /^avskrivning_investeringar_\d+$/];
const MODEL = new Set<string>(MODEL_ROW_IDS);

/** Whether `id` is a standard, model or generated row id (a plan's own rows are the plan's to name). */
export const isKnownRowId = (id: string): id is Exclude<RowId, OwnRowId> =>
  isStandardRowId(id) || MODEL.has(id) || GENERATED.some((pattern) => pattern.test(id));

/** A plan's own row id, once the plan has been read and the id found among its rows. */
export const ownRowId = (id: string): OwnRowId => id as OwnRowId;
