import {
  MULTI_CHOICE_QUESTION_IDS,
  QUESTION_IDS,
  QUESTION_OPTIONS,
  type Answers,
  type OptionOf,
  type SingleChoiceQuestionId,
} from '../../src/engine/index.js';

/** The single-choice questions, in their default order. */
export const SINGLE_IDS = QUESTION_IDS.filter((q) => !(MULTI_CHOICE_QUESTION_IDS as readonly string[]).includes(q)) as SingleChoiceQuestionId[];

/** Number of complete single-choice answer sets: the product of the option counts (8,748 today). */
export const SINGLE_SET_COUNT = SINGLE_IDS.reduce((n, q) => n * QUESTION_OPTIONS[q].length, 1);

/**
 * A representative family of substance sets. The rules read `substances` through two facts only: whether it
 * holds a substance whose withdrawal can be dangerous (alcohol, sedatives, other, unsure: the withdrawal gate)
 * and whether it holds opioids (the opioids note). The family has every combination of the two, each
 * gate substance alone, the floor set (cannabis), a mix without any gate substance and the set of all seven;
 * a separate test checks over all 127 non-empty sets that every set behaves like the member with the same
 * two facts.
 */
export const SUBSTANCE_FAMILY: OptionOf<'substances'>[][] = [
  ['cannabis'],
  ['stimulants'],
  ['opioids'],
  ['opioids', 'stimulants', 'cannabis'],
  ['alcohol'],
  ['sedatives'],
  ['other'],
  ['unsure'],
  ['alcohol', 'opioids'],
  [...QUESTION_OPTIONS.substances],
];

/**
 * A representative family of health sets: "none" (the floor), each item alone, and the larger sets. All 8
 * valid health sets are these six plus two pairs with "unsure", which adds no points and no minimum.
 */
export const HEALTH_FAMILY: OptionOf<'health'>[][] = [
  ['none'],
  ['unsure'],
  ['pregnant'],
  ['condition'],
  ['pregnant', 'condition'],
  ['pregnant', 'condition', 'unsure'],
];

/** Every non-empty subset of a list, in a stable order. */
export function subsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) out.push(items.filter((_, i) => mask & (1 << i)));
  return out;
}

/** Every valid health answer: "none" alone, or any non-empty set of the other items (8 in all). */
export const ALL_HEALTH_SETS: OptionOf<'health'>[][] = [['none'], ...subsets(QUESTION_OPTIONS.health.filter((h) => h !== 'none'))];

/** Every valid substances answer: any non-empty set (127). */
export const ALL_SUBSTANCE_SETS: OptionOf<'substances'>[][] = subsets(QUESTION_OPTIONS.substances);

export type AnswerSet = Record<SingleChoiceQuestionId, string> & { substances: string[]; health: string[] };

/** The single-choice answers of set number `index` (mixed radix over SINGLE_IDS, last question fastest). */
export function singleSet(index: number): Record<SingleChoiceQuestionId, string> {
  const answers = {} as Record<SingleChoiceQuestionId, string>;
  for (let i = SINGLE_IDS.length - 1; i >= 0; i--) {
    const options = QUESTION_OPTIONS[SINGLE_IDS[i]];
    answers[SINGLE_IDS[i]] = options[index % options.length];
    index = Math.floor(index / options.length);
  }
  return answers;
}

/** Every complete single-choice answer set. */
export function* everySingleSet(): Generator<Record<SingleChoiceQuestionId, string>> {
  for (let i = 0; i < SINGLE_SET_COUNT; i++) yield singleSet(i);
}

export const asAnswers = (a: Record<string, unknown>) => a as Answers;
