// Answer sets shared by the source and the built-bundle suites. No side effects: the reliability suites load
// the built bundles and must not define the element from the sources first.
import { QUESTION_IDS, QUESTION_OPTIONS, isMultiChoice, type Answers, type OptionOf, type QuestionId } from '../src/engine/index.js';

/** A complete answer set, with the multi-choice answers as arrays. The compiler names a missing question. */
export type CompleteAnswers = { [Q in QuestionId]: Q extends 'substances' | 'health' ? OptionOf<Q>[] : OptionOf<Q> };

/** The least intensive answer to every question (SPEC §4, invariant 4): cannabis, no health items. */
export const CALM: CompleteAnswers = {
  substances: ['cannabis'],
  withdrawal: 'none',
  severity: 'mild',
  relapse: 'none',
  'mental-health': 'none',
  health: ['none'],
  environment: 'supportive',
  'prior-treatment': 'stepping-down',
  responsibilities: 'must-continue',
  cost: 'tight',
};

/** The number of questions asked by default, from the engine. */
export const QUESTION_COUNT = QUESTION_IDS.length;

/** The options a visitor would tick for `question` to give `answer` (an array for a multi-choice question). */
export const optionsOf = (question: QuestionId, answer: Answers[QuestionId]): string[] =>
  isMultiChoice(question) ? ([] as string[]).concat((answer as string | string[]) ?? []) : [answer as string];

/** Every option id of a question, for tests that walk them. */
export const optionIds = (question: QuestionId) => QUESTION_OPTIONS[question] as readonly string[];
