import { LEVEL_IDS, QUESTION_OPTIONS, type LevelId, type OptionOf, type SingleChoiceQuestionId } from './ids.js';

/**
 * The rules' tables (SPEC §4, version 2). Only the clinical answers score; preferences (responsibilities,
 * cost) are weighed in rules.ts and never add points. The README's "rules in plain words" states these
 * numbers, and a test reads them back from here.
 */

/** Clinical single-choice questions that add points (substances and health are sets, handled apart). */
export type ScoredQuestionId = Exclude<SingleChoiceQuestionId, 'responsibilities' | 'cost'>;

/**
 * Points per option, in the option order of ids.ts (less → more intensive). Answers that fire a safety
 * gate (withdrawal severe with alcohol, sedatives or unknown substances; mental-health crisis; an unsafe
 * home) decide the level on their own: their points only matter when they do not fire a gate, which for
 * withdrawal means opioids, stimulants or cannabis only. Points never decrease along an option list, which
 * keeps the recommendation monotonic (invariant 2).
 */
export const POINTS: { readonly [Q in ScoredQuestionId]: readonly number[] } = {
  withdrawal: [0, 2, 4],
  severity: [0, 2, 5],
  relapse: [0, 1, 3],
  'mental-health': [0, 1, 3, 3],
  environment: [-1, 2, 2],
  'prior-treatment': [-2, 0, 3],
};

/**
 * The lowest level each option allows on its own, as a rank (0 outpatient, 1 IOP, 2 PHP, 3 inpatient): one
 * high risk sets a minimum instead of being averaged away. A rank of 3 here is a safety gate.
 */
export const FLOORS: { readonly [Q in ScoredQuestionId]: readonly number[] } = {
  withdrawal: [0, 1, 1],
  severity: [0, 0, 1],
  relapse: [0, 0, 1],
  'mental-health': [0, 0, 1, 3],
  environment: [0, 0, 3],
  'prior-treatment': [0, 0, 1],
};

/** Each health item that is chosen adds its points and sets its minimum (a rank), as above. */
export const HEALTH_WEIGHTS: { readonly [O in OptionOf<'health'>]: { points: number; floor: number } } = {
  pregnant: { points: 1, floor: 1 },
  condition: { points: 2, floor: 1 },
  unsure: { points: 0, floor: 0 },
  none: { points: 0, floor: 0 },
};

/**
 * Lowest total score for each level above outpatient: 0 or less points to standard outpatient care, 1 to 6
 * to IOP, 7 to 10 to partial hospitalization (a day program), 11 or more to inpatient care.
 */
export const SCORE_THRESHOLDS: ReadonlyArray<readonly [LevelId, number]> = [
  ['inpatient', 11],
  ['php', 7],
  ['iop', 1],
];

/**
 * A close call: the score is less than this many points above the line of the level it reached. Only then
 * may "work, school or family duties must go on" lower the level, by one step.
 */
export const CLOSE_CALL_POINTS = 2;

/** Substances whose withdrawal can be dangerous (seizures, delirium): with severe withdrawal, a safety gate. */
export const MEDICAL_WITHDRAWAL_SUBSTANCES: readonly OptionOf<'substances'>[] = ['alcohol', 'sedatives', 'other', 'unsure'];

/** The level a score reaches on its own. */
export function scoreLevel(score: number): LevelId {
  return SCORE_THRESHOLDS.find(([, min]) => score >= min)?.[0] ?? 'outpatient';
}

/** The line (lowest score) of a level reached by score; outpatient has none. */
export function lineOf(level: LevelId): number | undefined {
  return SCORE_THRESHOLDS.find(([id]) => id === level)?.[1];
}

/** Points and minimum level of one answer to a scored question. */
export function weightOf<Q extends ScoredQuestionId>(question: Q, option: OptionOf<Q>): { points: number; floor: LevelId } {
  const i = (QUESTION_OPTIONS[question] as readonly string[]).indexOf(option);
  return { points: POINTS[question][i], floor: LEVEL_IDS[FLOORS[question][i]] };
}
