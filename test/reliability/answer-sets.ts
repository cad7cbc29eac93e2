// Answer sets for the reliability suites, found with the engine instead of written out: "an answer set whose
// needed level is a day program" stays true when the rules' numbers change. No side effects (the suites load the
// built bundles and must not define the element from the sources).
import {
  QUESTION_IDS,
  QUESTION_OPTIONS,
  isMultiChoice,
  recommend,
  type Recommendation,
  type RecommendOptions,
} from '../../src/engine/index.js';
import { CALM, type CompleteAnswers } from '../answers.js';

/** The other answers a question can take than its calm one: each other option (alone, for a multi-choice question). */
function alternatives(question: (typeof QUESTION_IDS)[number]): unknown[] {
  const calm = ([] as string[]).concat(CALM[question]);
  return (QUESTION_OPTIONS[question] as readonly string[])
    .filter((option) => !calm.includes(option))
    .map((option) => (isMultiChoice(question) ? [option] : option));
}

/**
 * Every complete answer set that differs from CALM in one answer at most, then two, and so on, with each
 * multi-choice answer a single option: the first set found for a purpose is the simplest one.
 */
export function* answerSets(): Generator<CompleteAnswers> {
  function* change(from: number, left: number, base: CompleteAnswers): Generator<CompleteAnswers> {
    if (left === 0) {
      yield base;
      return;
    }
    for (let i = from; i < QUESTION_IDS.length; i++) {
      const question = QUESTION_IDS[i];
      for (const answer of alternatives(question)) yield* change(i + 1, left - 1, { ...base, [question]: answer } as CompleteAnswers);
    }
  }
  for (let differences = 0; differences <= QUESTION_IDS.length; differences++) yield* change(0, differences, CALM);
}

/** The simplest complete answer set whose recommendation (under `options`) passes `test`; throws if there is none. */
export function findAnswers(what: string, test: (r: Recommendation) => boolean, options: RecommendOptions = {}): CompleteAnswers {
  let tried = 0;
  for (const answers of answerSets()) {
    const r = recommend(answers, options);
    if (r && test(r)) return answers;
    if (++tried > 2e5) break;
  }
  throw new Error(`no answer set gives ${what} (${JSON.stringify(options)})`);
}

/** The lines of reasons a result lists: the substances join the withdrawal line, and a preference has no line. */
export const reasonLineCount = (r: Recommendation) => r.reasons.filter((x) => x.kind !== 'preference' && x.question !== 'substances').length;
