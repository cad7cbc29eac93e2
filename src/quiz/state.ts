import {
  EXCLUSIVE_OPTIONS,
  QUESTION_OPTIONS,
  cleanAnswer,
  isMultiChoice,
  isQuestionId,
  type Answers,
  type QuestionId,
} from '../engine/index.js';

/**
 * The quiz as plain data, with no Lit and no DOM: which answers count, what choosing an option does, and
 * where a quiz resumes. The element keeps one of these states and renders it.
 */

export type Stage = 'intro' | 'quiz' | 'result';

const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * The quiz keeps its answers in objects without a prototype, so reading a question that has no answer can
 * never find a value a hostile page put on Object.prototype.
 */
const answersFrom = (entries: Iterable<[string, unknown]> = []): Answers => Object.assign(Object.create(null), Object.fromEntries(entries));

/** A value as a warning names it, whatever it is: a string, the items of a list, or its type. Never throws. */
function describe(value: unknown): string {
  try {
    // The first few items only: a list of 10^8 empty places must not take seconds to describe.
    return typeof value == 'string' ? value : Array.isArray(value) ? value.slice(0, 9).map((item) => (typeof item == 'string' ? item : typeof item)).join(' ') : typeof value;
  } catch {
    return typeof value; // a revoked Proxy, a list whose items cannot be read
  }
}

/**
 * Keeps the valid question → answer pairs of `value` (own properties only: a value inherited from the page's
 * Object.prototype never counts), each in its clean form; every other entry is passed to `report`. Never throws: a
 * value that cannot be read (a getter that throws, a Proxy that is revoked or whose traps throw) is refused whole.
 */
export function cleanAnswers(value: unknown, report: (entry: string) => void): Answers {
  const clean: Record<string, unknown> = answersFrom();
  if (value == null) return clean;
  const refused: string[] = [];
  try {
    if (typeof value !== 'object' || Array.isArray(value)) throw 0; // refused whole, as a value that cannot be read
    for (const question of Object.keys(value)) {
      const given = (value as Record<string, unknown>)[question];
      const answer = isQuestionId(question) ? cleanAnswer(question, given) : null;
      if (answer !== null) clean[question] = answer;
      else refused.push(`${question}: ${describe(given)}`);
    }
  } catch {
    report(describe(value));
    return answersFrom();
  }
  refused.forEach(report);
  return clean as Answers;
}

/** The question has a valid answer. */
export const isAnswered = (answers: Answers, question: QuestionId) =>
  own(answers, question) && cleanAnswer(question, answers[question]) !== null;

/** Index of the first question without a valid answer, or -1 when all are answered. */
export const firstUnanswered = (questions: readonly QuestionId[], answers: Answers) => questions.findIndex((q) => !isAnswered(answers, q));

/** Where a quiz with these answers resumes: the result when all are answered, else the first open question. */
export function resumeAt(questions: readonly QuestionId[], answers: Answers): { stage: Stage; step: number } {
  const first = firstUnanswered(questions, answers);
  if (first === -1) return { stage: 'result', step: 0 };
  return Object.keys(answers).length ? { stage: 'quiz', step: first } : { stage: 'intro', step: 0 };
}

/**
 * The answers after a visitor chose (`checked`) or cleared an option. A radio answer replaces the last one; a
 * checkbox joins or leaves its set, and the exclusive option ("None of these") clears the others, as any other
 * option clears it. A set left empty is no answer.
 */
export function choose(answers: Answers, question: QuestionId, option: string, checked = true): Answers {
  const next: Record<string, unknown> = answersFrom(Object.entries(answers));
  if (!(QUESTION_OPTIONS[question] as readonly string[]).includes(option)) return answers;
  if (!isMultiChoice(question)) {
    next[question] = option;
    return next as Answers;
  }
  const exclusive: string | undefined = EXCLUSIVE_OPTIONS[question];
  const current = (own(answers, question) ? [answers[question]].flat() : []) as string[];
  let chosen = checked
    ? option === exclusive
      ? [option]
      : [...current.filter((o) => o !== exclusive && o !== option), option]
    : current.filter((o) => o !== option);
  chosen = (QUESTION_OPTIONS[question] as readonly string[]).filter((o) => chosen.includes(o));
  if (chosen.length) next[question] = chosen;
  else delete next[question];
  return next as Answers;
}

/** A copy of the answers that a page can change without changing the quiz (sets copied too). */
export const copyAnswers = (answers: Answers): Answers =>
  Object.fromEntries(Object.entries(answers).map(([q, a]) => [q, Array.isArray(a) ? [...a] : a])) as Answers;
