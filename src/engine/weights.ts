import type { LevelId, OptionOf, QuestionId } from './ids.js';

/**
 * How much each answer leans toward more intensive care (positive) or less (negative), and the lowest
 * level it allows on its own. Both only ever grow along each option list, which is what keeps the
 * recommendation monotonic (SPEC §4, invariant 2). Gate answers are handled in rules.ts; their weight
 * here only keeps the table complete.
 */
export interface AnswerWeight {
  points: number;
  floor?: LevelId;
}

type WeightTable = { [Q in QuestionId]: { [O in OptionOf<Q>]: AnswerWeight } };

export const WEIGHTS: WeightTable = {
  withdrawal: {
    none: { points: 0 },
    mild: { points: 2, floor: 'iop' },
    severe: { points: 8, floor: 'inpatient' },
  },
  severity: {
    mild: { points: 0 },
    moderate: { points: 2 },
    severe: { points: 6, floor: 'iop' },
  },
  relapse: {
    none: { points: 0 },
    once: { points: 1 },
    repeated: { points: 3, floor: 'iop' },
  },
  'mental-health': {
    none: { points: 0 },
    managed: { points: 1 },
    struggling: { points: 3, floor: 'iop' },
    crisis: { points: 8, floor: 'inpatient' },
  },
  environment: {
    supportive: { points: -1 },
    mixed: { points: 2 },
    unsafe: { points: 8, floor: 'inpatient' },
  },
  'prior-treatment': {
    'stepping-down': { points: -2 },
    none: { points: 0 },
    'outpatient-not-enough': { points: 3, floor: 'iop' },
  },
  // Preferences: small weights, so they tip a close call but never outweigh a clinical answer.
  responsibilities: {
    'must-continue': { points: -2 },
    'some-flexibility': { points: 0 },
    'can-pause': { points: 1 },
  },
  cost: {
    tight: { points: -1 },
    unsure: { points: 0 },
    covered: { points: 1 },
  },
};

/**
 * Lowest total score for each level above outpatient. A total of 0 or less points to outpatient care,
 * 1–4 to IOP, 5–7 to partial hospitalization, 8 or more to inpatient care.
 */
export const SCORE_THRESHOLDS: ReadonlyArray<readonly [LevelId, number]> = [
  ['inpatient', 8],
  ['php', 5],
  ['iop', 1],
];

export function weightOf<Q extends QuestionId>(question: Q, option: OptionOf<Q>): AnswerWeight {
  return (WEIGHTS[question] as Record<string, AnswerWeight>)[option];
}
