/**
 * The public ids of the quiz and the levels of care (SPEC §3–4).
 * Option lists run from the answer that points to less intensive care to the one that points to more:
 * that order is part of the contract, and the rules and tests rely on it.
 */

/** Levels of care, least to most intensive. */
export const LEVEL_IDS = ['outpatient', 'iop', 'php', 'inpatient'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

/** Default levels compared and recommended among. */
export const DEFAULT_LEVELS: readonly LevelId[] = ['iop', 'inpatient'];

/** Each question's options, less → more intensive. */
export const QUESTION_OPTIONS = {
  withdrawal: ['none', 'mild', 'severe'],
  severity: ['mild', 'moderate', 'severe'],
  relapse: ['none', 'once', 'repeated'],
  'mental-health': ['none', 'managed', 'struggling', 'crisis'],
  environment: ['supportive', 'mixed', 'unsafe'],
  'prior-treatment': ['stepping-down', 'none', 'outpatient-not-enough'],
  responsibilities: ['must-continue', 'some-flexibility', 'can-pause'],
  cost: ['tight', 'unsure', 'covered'],
} as const;

export type QuestionId = keyof typeof QUESTION_OPTIONS;
/** The option ids of one question. */
export type OptionOf<Q extends QuestionId> = (typeof QUESTION_OPTIONS)[Q][number];
/** Any option id of any question. */
export type OptionId = OptionOf<QuestionId>;

/** Questions in their default order. */
export const QUESTION_IDS = Object.keys(QUESTION_OPTIONS) as QuestionId[];

/** Questions a facility may never hide: they carry the safety gates. */
export const SAFETY_QUESTION_IDS: readonly QuestionId[] = ['withdrawal', 'mental-health', 'environment'];

/** Questions a facility may hide; a hidden question counts as neutral (see rules.ts). */
export const HIDEABLE_QUESTION_IDS: readonly QuestionId[] = ['prior-treatment', 'responsibilities', 'cost'];

/** A visitor's answers; partial while the quiz is in progress. */
export type Answers = { [Q in QuestionId]?: OptionOf<Q> };

export function isQuestionId(value: unknown): value is QuestionId {
  return (QUESTION_IDS as unknown[]).includes(value);
}

export function isOptionOf<Q extends QuestionId>(question: Q, value: unknown): value is OptionOf<Q> {
  return (QUESTION_OPTIONS[question] as readonly unknown[]).includes(value);
}

export function isLevelId(value: unknown): value is LevelId {
  return (LEVEL_IDS as readonly unknown[]).includes(value);
}

/** Position of a level in the intensity order (outpatient = 0). */
export function levelRank(level: LevelId): number {
  return LEVEL_IDS.indexOf(level);
}
