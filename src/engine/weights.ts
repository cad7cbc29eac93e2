import { LEVEL_IDS, QUESTION_OPTIONS, type LevelId, type OptionOf, type QuestionId } from './ids.js';

/**
 * How much each answer leans toward more intensive care (positive) or less (negative), and the lowest
 * level it allows on its own. Both only ever grow along each option list, which is what keeps the
 * recommendation monotonic (SPEC §4, invariant 2). Gate answers are handled in rules.ts; their weight
 * here only keeps the table complete.
 */
export interface AnswerWeight {
  points: number;
  floor: LevelId;
}

/** One number per option, in the option order of ids.ts (less → more intensive). */
type PerOption = { [Q in QuestionId]: readonly number[] };

/** Points per option. */
const POINTS: PerOption = {
  withdrawal: [0, 2, 8],
  severity: [0, 2, 6],
  relapse: [0, 1, 3],
  'mental-health': [0, 1, 3, 8],
  environment: [-1, 2, 8],
  'prior-treatment': [-2, 0, 3],
  // Preferences: small weights, so they tip a close call but never outweigh a clinical answer.
  responsibilities: [-2, 0, 1],
  cost: [-1, 0, 1],
};

/**
 * The lowest level (as a rank: 0 outpatient, 1 IOP, 3 inpatient) each option allows on its own: one
 * high risk sets a minimum instead of being averaged away.
 */
const FLOORS: PerOption = {
  withdrawal: [0, 1, 3],
  severity: [0, 0, 1],
  relapse: [0, 0, 1],
  'mental-health': [0, 0, 1, 3],
  environment: [0, 0, 3],
  'prior-treatment': [0, 0, 1],
  responsibilities: [0, 0, 0],
  cost: [0, 0, 0],
};

/**
 * Lowest total score for each level above outpatient. A total of 0 or less points to outpatient care,
 * 1–6 to IOP, 7–9 to partial hospitalization, 10 or more to inpatient care. With the default levels
 * (IOP and inpatient) a partial-hospitalization score rounds up to inpatient, so the line at 7 is set
 * where several serious answers meet, not where one moderate answer and a mixed home do.
 */
export const SCORE_THRESHOLDS: ReadonlyArray<readonly [LevelId, number]> = [
  ['inpatient', 10],
  ['php', 7],
  ['iop', 1],
];

export function weightOf<Q extends QuestionId>(question: Q, option: OptionOf<Q>): AnswerWeight {
  const i = (QUESTION_OPTIONS[question] as readonly string[]).indexOf(option);
  return { points: POINTS[question][i], floor: LEVEL_IDS[FLOORS[question][i]] };
}
