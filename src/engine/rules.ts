import {
  DEFAULT_LEVELS,
  HIDEABLE_QUESTION_IDS,
  LEVEL_IDS,
  QUESTION_IDS,
  QUESTION_OPTIONS,
  cleanAnswer,
  levelRank,
  type Answers,
  type LevelId,
  type OptionId,
  type OptionOf,
  type QuestionId,
} from './ids.js';
import {
  CLOSE_CALL_POINTS,
  HEALTH_WEIGHTS,
  MEDICAL_WITHDRAWAL_SUBSTANCES,
  lineOf,
  scoreLevel,
  weightOf,
  type ScoredQuestionId,
} from './weights.js';

export interface Reason {
  question: QuestionId;
  answer: OptionId;
  /** `gate`: a safety answer that decides on its own; `lean`: a clinical answer; `preference`: responsibilities or cost. */
  kind: 'gate' | 'lean' | 'preference';
}

/** Situation notes, in the order a result lists them (SPEC §4). */
export const NOTE_IDS = [
  'medical-withdrawal',
  'pregnancy',
  'opioids',
  'unsafe-home',
  'health-condition',
  'step-down',
  'day-program',
  'paying',
] as const;
export type NoteId = (typeof NOTE_IDS)[number];

export interface Recommendation {
  /** Recommended level among the levels shown. */
  level: LevelId;
  /** The level the clinical answers point to, among all four levels, whatever the facility shows. */
  needed: LevelId;
  /** The facility offers `level`. */
  offered: boolean;
  /** The rules point above every level shown: say so and suggest referral. */
  higherLevelNeeded: boolean;
  /** A safety gate, severe withdrawal or pregnancy: act soon. */
  urgent: boolean;
  /** Mental-health crisis: crisis lines first. */
  crisis: boolean;
  /** Gates first, then the clinical answers that led to `level`; last, "duties must go on" if it lowered the level. */
  reasons: Reason[];
  /** Clinical answers that pulled the other way. */
  tradeoffs: Reason[];
  /** The practical answers (responsibilities, cost), as facts for planning; they never choose the level. */
  considerations: Reason[];
  /** Situation notes, in the order of NOTE_IDS. */
  notes: NoteId[];
}

export interface RecommendOptions {
  /**
   * Levels compared and recommended among; default `iop inpatient`. A list, or a string as the `levels` attribute
   * takes it (`"iop,php,inpatient"`); any case. Unknown ids are ignored.
   */
  levels?: readonly string[] | string;
  /** Levels this facility provides (a list or a string, like `levels`); default: all of `levels`. Ids outside `levels` are ignored. */
  offers?: readonly string[] | string;
  /**
   * Questions the facility does not ask: only `substances`, `prior-treatment`, `responsibilities` and `cost`
   * can be hidden (others are ignored here). A hidden `substances` counts as `["unsure"]`; the other hidden
   * questions are neutral: no answer is needed, they add no points, set no minimum and are never a reason.
   */
  hide?: readonly string[] | string;
}

/**
 * Ids as a list, or as the element's attributes write them: one string, ids between spaces, commas or any other
 * separator that is neither a letter nor a hyphen ("iop,php,inpatient", "iop/php", "cost; prior-treatment"). Any case
 * ("IOP PHP Inpatient"). Undefined when `ids` is neither.
 */
export function idList(ids: unknown): unknown[] | undefined {
  const list = typeof ids === 'string' ? ids.split(/[^a-z-]+/i).filter(Boolean) : Array.isArray(ids) ? ids : undefined;
  return list?.map((id) => (typeof id === 'string' ? id.trim().toLowerCase() : id));
}

/** Keeps known ids only, once each, in intensity order; `fallback` when `ids` is not a list or a string. */
export function normalizeLevels(ids: unknown, fallback: readonly LevelId[]): LevelId[] {
  const list = idList(ids);
  return list ? LEVEL_IDS.filter((id) => list.includes(id)) : [...fallback];
}

/** The clean answers of a complete set: one option per single-choice question, a set per multi-choice one. */
type Clean = { [Q in QuestionId]?: OptionOf<Q> } & { substances: OptionOf<'substances'>[]; health: OptionOf<'health'>[] };

/** Returns the clean answers if every asked question has a valid answer, else null. Own properties only. */
function completeAnswers(answers: unknown, asked: QuestionId[]): Clean | null {
  if (typeof answers !== 'object' || answers === null) return null;
  // No prototype: a hidden question is read as absent, never as a value on a polluted Object.prototype.
  const clean: Record<string, unknown> = Object.assign(Object.create(null), { substances: ['unsure'] });
  for (const question of asked) {
    const value = Object.prototype.hasOwnProperty.call(answers, question) ? (answers as Record<string, unknown>)[question] : undefined;
    const answer = cleanAnswer(question, value);
    if (answer === null) return null;
    clean[question] = answer;
  }
  return clean as Clean;
}

const SCORED: readonly ScoredQuestionId[] = ['withdrawal', 'severity', 'relapse', 'mental-health', 'environment', 'prior-treatment'];

/** One clinical answer and how it leans: points, and the lowest level (rank) it allows. */
interface Lean {
  question: QuestionId;
  answer: OptionId;
  points: number;
  floor: number;
  /** The answer at the calm end of its question: a reason for the least intensive level shown. */
  calm: boolean;
}

function leansOf(a: Clean, gated: readonly Reason[]): Lean[] {
  const leans: Lean[] = [];
  for (const question of SCORED) {
    const answer = a[question];
    if (answer === undefined) continue; // a hidden prior-treatment is neutral
    const { points, floor } = weightOf(question, answer as never);
    if (!gated.some((g) => g.question === question)) leans.push({ question, answer, points, floor: levelRank(floor), calm: answer === QUESTION_OPTIONS[question][0] });
  }
  for (const answer of a.health) {
    leans.push({ question: 'health', answer, ...HEALTH_WEIGHTS[answer], calm: answer === 'none' });
  }
  return leans;
}

/** The safety gates of SPEC §4, each with the answers it names, in the order they are listed. */
function firedGates(a: Clean, substancesAsked: boolean): Reason[] {
  const gates: Reason[] = [];
  const gate = (question: QuestionId, answer: OptionId) => gates.push({ question, answer, kind: 'gate' });
  const dangerous = a.substances.filter((s) => MEDICAL_WITHDRAWAL_SUBSTANCES.includes(s));
  if (a.withdrawal === 'severe' && dangerous.length) {
    gate('withdrawal', 'severe');
    if (substancesAsked) dangerous.forEach((s) => gate('substances', s));
  }
  if (a['mental-health'] === 'crisis') gate('mental-health', 'crisis');
  if (a.environment === 'unsafe') gate('environment', 'unsafe');
  // Someone finishing inpatient care is never sent back to it by their history alone.
  if (a.severity === 'severe' && a.relapse === 'repeated' && a['prior-treatment'] !== 'stepping-down') {
    gate('severity', 'severe');
    gate('relapse', 'repeated');
  }
  return gates;
}

/**
 * Applies the rules of SPEC §4 (version 2) to a visitor's answers. Returns null until every asked question
 * has a valid answer. Pure and deterministic: no DOM, no text, no state.
 */
export function recommend(answers: Answers | Record<string, unknown>, options: RecommendOptions = {}): Recommendation | null {
  // Options are read from their own properties only, like the answers.
  const option = (key: keyof RecommendOptions) =>
    options !== null && typeof options === 'object' && Object.prototype.hasOwnProperty.call(options, key) ? options[key] : undefined;
  const hide = idList(option('hide')) ?? [];
  const hidden = (q: QuestionId) => hide.includes(q) && HIDEABLE_QUESTION_IDS.includes(q);
  const asked = QUESTION_IDS.filter((q) => !hidden(q));
  const a = completeAnswers(answers, asked);
  if (!a) return null;
  let shown = normalizeLevels(option('levels'), DEFAULT_LEVELS);
  if (shown.length === 0) shown = [...DEFAULT_LEVELS];
  const offered = option('offers');
  const offers = offered === undefined ? shown : normalizeLevels(offered, shown).filter((l) => shown.includes(l));
  const top = levelRank(shown[shown.length - 1]);
  const fit = (rank: number) => shown.find((l) => levelRank(l) >= rank) ?? shown[shown.length - 1];

  // 1. Clinical answers: gates, then minimums and points.
  const gates = firedGates(a, !hidden('substances'));
  const leans = leansOf(a, gates);
  const stepDown = a['prior-treatment'] === 'stepping-down';
  const historyException = stepDown && a.severity === 'severe' && a.relapse === 'repeated';
  let score = 0;
  let floor = historyException ? levelRank('php') : 0;
  for (const lean of leans) {
    score += lean.points;
    floor = Math.max(floor, lean.floor);
  }
  const byScore = levelRank(scoreLevel(score));
  let neededRank = gates.length ? levelRank('inpatient') : Math.max(floor, byScore);
  // Finishing inpatient care steps down: without a safety gate, a day program at most.
  const cappedByStepDown = !gates.length && stepDown && neededRank > levelRank('php');
  if (cappedByStepDown) neededRank = levelRank('php');
  const needed = LEVEL_IDS[neededRank];

  // 2. Preferences: "duties must go on" may lower a close call by one step, if that moves the level shown
  // by one step at most and changes what the visitor sees.
  let settled = neededRank;
  const line = lineOf(needed);
  const closeCall = !gates.length && !cappedByStepDown && neededRank === byScore && neededRank > floor && line !== undefined && score - line < CLOSE_CALL_POINTS;
  if (a.responsibilities === 'must-continue' && closeCall) {
    const [from, to] = [fit(neededRank), fit(neededRank - 1)];
    const changes = from !== to || neededRank > top !== neededRank - 1 > top;
    if (changes && levelRank(from) - levelRank(to) <= 1) settled = neededRank - 1;
  }
  const level = fit(settled);
  const loweredByDuties = settled < neededRank;

  // 3. Reasons: toward more care, the answers that pushed up (strongest first); when the least intensive
  // level shown fits, the answers that favour it.
  const towardMore = gates.length > 0 || levelRank(level) > levelRank(shown[0]);
  const asLean = (l: Lean): Reason => ({ question: l.question, answer: l.answer, kind: 'lean' });
  const up = leans.filter((l) => l.points > 0).sort((x, y) => y.points - x.points).map(asLean);
  const down = leans.filter((l) => l.points < 0).sort((x, y) => x.points - y.points).map(asLean);
  const calm = leans.filter((l) => l.points === 0 && l.calm).map(asLean);
  let [reasons, tradeoffs] = towardMore ? [[...gates, ...up], down] : [[...down, ...calm], up];
  // Every result names at least one answer (invariant 5): if nothing favoured the level, say what pushed.
  if (!reasons.length) [reasons, tradeoffs] = [up, down];
  if (loweredByDuties) reasons.push({ question: 'responsibilities', answer: 'must-continue', kind: 'preference' });

  const considerations: Reason[] = [];
  if (a.responsibilities) considerations.push({ question: 'responsibilities', answer: a.responsibilities, kind: 'preference' });
  if (a.cost) considerations.push({ question: 'cost', answer: a.cost, kind: 'preference' });

  // In the order of NOTE_IDS.
  const notes: NoteId[] = [];
  const note = (id: NoteId, when: boolean) => when && notes.push(id);
  note('medical-withdrawal', gates.length > 0 && gates[0].question === 'withdrawal'); // not gates[0]?.: an empty list's [0] is Array.prototype's
  note('pregnancy', a.health.includes('pregnant'));
  note('opioids', !hidden('substances') && a.substances.includes('opioids'));
  note('unsafe-home', a.environment === 'unsafe');
  note('health-condition', a.health.includes('condition'));
  note('step-down', historyException || cappedByStepDown);
  note('day-program', !shown.includes(needed));
  note('paying', a.cost === 'tight' || a.cost === 'unsure');

  return {
    level,
    needed,
    offered: offers.includes(level),
    higherLevelNeeded: settled > top,
    urgent: gates.length > 0 || a.withdrawal === 'severe' || a.health.includes('pregnant'),
    crisis: a['mental-health'] === 'crisis',
    reasons,
    tradeoffs,
    considerations,
    notes,
  };
}
