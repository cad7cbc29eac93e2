import { QUESTION_IDS, QUESTION_OPTIONS, type Answers, type QuestionId } from '../../src/engine/index.js';

/** Every complete set of answers (3·3·3·4·3·3·3·3 = 8,748). */
export function* everyAnswerSet(): Generator<Record<QuestionId, string>> {
  const ids = QUESTION_IDS;
  const pick = new Array(ids.length).fill(0);
  while (true) {
    const answers = {} as Record<QuestionId, string>;
    ids.forEach((q, i) => (answers[q] = QUESTION_OPTIONS[q][pick[i]]));
    yield answers;
    let i = ids.length - 1;
    while (i >= 0 && ++pick[i] === QUESTION_OPTIONS[ids[i]].length) pick[i--] = 0;
    if (i < 0) return;
  }
}

export const asAnswers = (a: Record<string, string>) => a as Answers;
