import {
  DEFAULT_LEVELS,
  HIDEABLE_QUESTION_IDS,
  LEVEL_IDS,
  QUESTION_IDS,
  QUESTION_OPTIONS,
  isLevelId,
  isOptionOf,
  levelRank,
  type Answers,
  type LevelId,
  type OptionId,
  type QuestionId,
} from './ids.js';
import { SCORE_THRESHOLDS, weightOf } from './weights.js';

export interface Reason {
  question: QuestionId;
  answer: OptionId;
  kind: 'gate' | 'lean';
}

export interface Recommendation {
  /** Recommended level among the levels shown. */
  level: LevelId;
  /** The facility offers `level`. */
  offered: boolean;
  /** The rules point above every level shown: say so and suggest referral. */
  higherLevelNeeded: boolean;
  /** A withdrawal or crisis gate fired. */
  urgent: boolean;
  /** Mental-health crisis: crisis lines first. */
  crisis: boolean;
  /** Gates first, then the answers that leaned toward `level`. */
  reasons: Reason[];
  /** Answers that pulled the other way. */
  tradeoffs: Reason[];
}

export interface RecommendOptions {
  /** Levels compared and recommended among; default `iop inpatient`. Unknown ids are ignored. */
  levels?: readonly string[];
  /** Levels this facility provides; default: all of `levels`. Ids outside `levels` are ignored. */
  offers?: readonly string[];
  /**
   * Questions the facility does not ask: only `prior-treatment`, `responsibilities` and `cost` can be
   * hidden (others are ignored here). A hidden question is neutral: no answer is needed, it adds no
   * points, sets no minimum and is never given as a reason.
   */
  hide?: readonly string[];
}

type Complete = { [Q in QuestionId]?: OptionId };

/** Keeps known ids only, once each, in intensity order. */
export function normalizeLevels(ids: readonly unknown[] | undefined, fallback: readonly LevelId[]): LevelId[] {
  if (!Array.isArray(ids)) return [...fallback];
  const wanted = new Set(ids.filter(isLevelId));
  return LEVEL_IDS.filter((id) => wanted.has(id));
}

/** Returns the answers if every asked question has a valid option, else null (unknown ids are ignored). */
function completeAnswers(answers: unknown, asked: QuestionId[]): Complete | null {
  if (typeof answers !== 'object' || answers === null) return null;
  const source = answers as Record<string, unknown>;
  const complete: Complete = {};
  for (const question of asked) {
    const value = source[question];
    if (!isOptionOf(question, value)) return null;
    complete[question] = value;
  }
  return complete;
}

/** The safety gates of SPEC §4, each with the answers it names. Any one sets the floor to inpatient. */
function firedGates(a: Complete): Reason[] {
  const gates: Reason[] = [];
  const gate = (question: QuestionId, answer: OptionId) => gates.push({ question, answer, kind: 'gate' });
  if (a.withdrawal === 'severe') gate('withdrawal', 'severe');
  if (a['mental-health'] === 'crisis') gate('mental-health', 'crisis');
  if (a.environment === 'unsafe') gate('environment', 'unsafe');
  if (a.severity === 'severe' && a.relapse === 'repeated') {
    gate('severity', 'severe');
    gate('relapse', 'repeated');
  }
  return gates;
}

function pointsOf(question: QuestionId, answer: OptionId): number {
  return weightOf(question, answer as never).points;
}

/** The level the answers point to, before it is fitted to the levels shown. */
function ruleLevel(a: Complete, asked: QuestionId[], gateFired: boolean): LevelId {
  if (gateFired) return 'inpatient';
  let rank = 0;
  let score = 0;
  for (const question of asked) {
    const weight = weightOf(question, a[question] as never);
    score += weight.points;
    // The highest single risk sets a minimum rather than being averaged away.
    rank = Math.max(rank, levelRank(weight.floor));
  }
  const byScore = SCORE_THRESHOLDS.find(([, min]) => score >= min)?.[0] ?? 'outpatient';
  return LEVEL_IDS[Math.max(rank, levelRank(byScore))];
}

const isLeastIntensive = (question: QuestionId, answer: OptionId) => QUESTION_OPTIONS[question][0] === answer;

/**
 * Splits the answers into reasons and trade-offs. When the rules pushed above the least intensive level
 * shown, the reasons are the answers that pushed (strongest first) and the trade-offs those that pulled
 * down; when the least intensive level fits, it is the other way round.
 */
function explain(a: Complete, asked: QuestionId[], gates: Reason[], towardMore: boolean) {
  const gated = new Set(gates.map((g) => g.question));
  const entries = asked.filter((q) => !gated.has(q)).map((question) => ({
    question,
    answer: a[question]!,
    points: pointsOf(question, a[question]!),
  }));
  const lean = (e: (typeof entries)[number]): Reason => ({ question: e.question, answer: e.answer, kind: 'lean' });
  const up = entries.filter((e) => e.points > 0).sort((x, y) => y.points - x.points);
  const down = entries.filter((e) => e.points < 0).sort((x, y) => x.points - y.points);
  const calm = entries.filter((e) => e.points === 0 && isLeastIntensive(e.question, e.answer));
  if (towardMore) return { reasons: [...gates, ...up.map(lean)], tradeoffs: down.map(lean) };
  return { reasons: [...down, ...calm].map(lean), tradeoffs: up.map(lean) };
}

/**
 * Applies the rules of SPEC §4 to a visitor's answers. Returns null until every question has a valid
 * answer. Pure and deterministic: no DOM, no text, no state.
 */
export function recommend(answers: Answers | Record<string, unknown>, options: RecommendOptions = {}): Recommendation | null {
  const asked = QUESTION_IDS.filter((q) => !(HIDEABLE_QUESTION_IDS.includes(q) && options.hide?.includes(q)));
  const a = completeAnswers(answers, asked);
  if (!a) return null;
  let shown = normalizeLevels(options.levels, DEFAULT_LEVELS);
  if (shown.length === 0) shown = [...DEFAULT_LEVELS];
  const offers = options.offers === undefined ? shown : normalizeLevels(options.offers, shown).filter((l) => shown.includes(l));

  const gates = firedGates(a);
  const target = ruleLevel(a, asked, gates.length > 0);
  const targetRank = levelRank(target);
  const level = shown.find((l) => levelRank(l) >= targetRank) ?? shown[shown.length - 1];
  const higherLevelNeeded = levelRank(shown[shown.length - 1]) < targetRank;

  let explained = explain(a, asked, gates, gates.length > 0 || targetRank > levelRank(shown[0]));
  // Every result names at least one answer (invariant 5); if nothing pointed down, say what pointed up.
  if (explained.reasons.length === 0) explained = explain(a, asked, gates, true);

  return {
    level,
    offered: offers.includes(level),
    higherLevelNeeded,
    urgent: a.withdrawal === 'severe' || a['mental-health'] === 'crisis',
    crisis: a['mental-health'] === 'crisis',
    reasons: explained.reasons,
    tradeoffs: explained.tradeoffs,
  };
}
