/**
 * The public ids of the quiz and the levels of care (SPEC §3–4, version 2).
 * Single-choice option lists run from the answer that points to less intensive care to the one that points
 * to more: that order is part of the contract, and the rules and tests rely on it. The two "choose all that
 * apply" questions list their ids in SPEC order; a visitor's answer to them is a set (an array).
 */

/** Levels of care, least to most intensive. */
export const LEVEL_IDS = ['outpatient', 'iop', 'php', 'inpatient'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

/** Default levels compared and recommended among. */
export const DEFAULT_LEVELS: readonly LevelId[] = ['iop', 'inpatient'];

/** Each question's options, in the default question order. */
export const QUESTION_OPTIONS = {
  substances: ['alcohol', 'sedatives', 'opioids', 'stimulants', 'cannabis', 'other', 'unsure'],
  withdrawal: ['none', 'mild', 'severe'],
  severity: ['mild', 'moderate', 'severe'],
  relapse: ['none', 'once', 'repeated'],
  'mental-health': ['none', 'managed', 'struggling', 'crisis'],
  health: ['pregnant', 'condition', 'unsure', 'none'],
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

/** "Choose all that apply" questions: the answer is a set of option ids. */
export const MULTI_CHOICE_QUESTION_IDS = ['substances', 'health'] as const satisfies readonly QuestionId[];
export type MultiChoiceQuestionId = (typeof MULTI_CHOICE_QUESTION_IDS)[number];
export type SingleChoiceQuestionId = Exclude<QuestionId, MultiChoiceQuestionId>;

/** The option that must stand alone in a set ("none of these"), per multi-choice question. */
// No prototype: looked up by question id, so a polluted Object.prototype.substances must find nothing.
export const EXCLUSIVE_OPTIONS: { readonly [Q in MultiChoiceQuestionId]?: OptionOf<Q> } = Object.assign(Object.create(null), { health: 'none' });

/** Questions a facility may never hide: they carry the safety gates and floors. */
export const SAFETY_QUESTION_IDS: readonly QuestionId[] = ['withdrawal', 'mental-health', 'health', 'environment'];

/**
 * Questions a facility may hide. A hidden `substances` counts as `["unsure"]` (the safe assumption); the
 * other hidden questions are neutral (see rules.ts).
 */
export const HIDEABLE_QUESTION_IDS: readonly QuestionId[] = ['substances', 'prior-treatment', 'responsibilities', 'cost'];

/** The answers that only weigh what is practical; they never raise the level (SPEC §4, "Preferences"). */
export const PREFERENCE_QUESTION_IDS: readonly QuestionId[] = ['responsibilities', 'cost'];

/** One answer: an option id, or for a multi-choice question a set of them (a single id counts as a set of one). */
export type AnswerOf<Q extends QuestionId> = Q extends MultiChoiceQuestionId ? readonly OptionOf<Q>[] | OptionOf<Q> : OptionOf<Q>;

/** A visitor's answers; partial while the quiz is in progress. */
export type Answers = { [Q in QuestionId]?: AnswerOf<Q> };

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && (QUESTION_IDS as string[]).includes(value);
}

export function isMultiChoice(question: QuestionId): question is MultiChoiceQuestionId {
  return (MULTI_CHOICE_QUESTION_IDS as readonly string[]).includes(question);
}

export function isOptionOf<Q extends QuestionId>(question: Q, value: unknown): value is OptionOf<Q> {
  return (QUESTION_OPTIONS[question] as readonly unknown[]).includes(value);
}

/**
 * The answer to `question` in its clean form, or null when it does not count as an answer: for a
 * single-choice question a known option id; for a multi-choice one a set of known ids (a single id is a set
 * of one), in SPEC order. An empty set, an unknown id, a duplicate, or the exclusive "none" together with
 * anything else counts as unanswered.
 */
export function cleanAnswer<Q extends QuestionId>(question: Q, value: unknown): OptionOf<Q> | OptionOf<Q>[] | null {
  if (!isMultiChoice(question)) return isOptionOf(question, value) ? value : null;
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const known = QUESTION_OPTIONS[question] as readonly string[];
  // More items than options cannot be a set of them (and a huge list is never walked).
  if (!items.length || items.length > known.length || !items.every((item, i) => known.includes(item as string) && items.indexOf(item) === i)) return null;
  const exclusive: unknown = EXCLUSIVE_OPTIONS[question];
  if (exclusive && items.length > 1 && items.includes(exclusive)) return null;
  return known.filter((option) => items.includes(option)) as OptionOf<Q>[];
}

export function isLevelId(value: unknown): value is LevelId {
  return (LEVEL_IDS as readonly unknown[]).includes(value);
}

/** Position of a level in the intensity order (outpatient = 0). */
export function levelRank(level: LevelId): number {
  return LEVEL_IDS.indexOf(level);
}
