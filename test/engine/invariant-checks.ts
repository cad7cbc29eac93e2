import {
  LEVEL_IDS,
  NOTE_IDS,
  PREFERENCE_QUESTION_IDS,
  QUESTION_OPTIONS,
  levelRank,
  recommend,
  type LevelId,
  type NoteId,
  type QuestionId,
  type Reason,
  type Recommendation,
  type RecommendOptions,
  type SingleChoiceQuestionId,
} from '../../src/engine/index.js';
import { ALL_HEALTH_SETS, ALL_SUBSTANCE_SETS, HEALTH_FAMILY, SINGLE_SET_COUNT, SUBSTANCE_FAMILY, singleSet, type AnswerSet } from './all-answers.js';

/*
 * The heavy half of the SPEC §4 invariant tests (invariants.test.ts): the level setups, what SPEC §4 says about one
 * answer set, the checks on each result alone, and the checks over all 127 substance sets. Shared by the test page
 * and the workers (invariants.worker.ts) that run them, a slice of single-choice sets per task.
 */

export interface Setup {
  name: string;
  /**
   * Every n-th single-choice set (crossed with both whole families). The four level setups the SPEC names
   * run exhaustively (n = 1); the offers and hidden-question variants change only what the per-result
   * checks see, so a third of the sets keeps them quick. Monotonic and preference checks need every
   * neighbour, so they run on the exhaustive setups only.
   */
  every?: number;
  levels?: LevelId[];
  offers?: LevelId[];
  hide?: string[];
}

export const SETUPS: Setup[] = [
  { name: 'default levels (iop inpatient)' },
  { name: 'iop php inpatient', levels: ['iop', 'php', 'inpatient'] },
  { name: 'all four levels', levels: [...LEVEL_IDS] },
  { name: 'outpatient iop (an outpatient-only clinic)', levels: ['outpatient', 'iop'] },
  { name: 'all four levels, offers iop only', levels: [...LEVEL_IDS], offers: ['iop'], every: 3 },
  { name: 'default levels, every hideable question hidden', hide: ['substances', 'prior-treatment', 'responsibilities', 'cost'], every: 3 },
  { name: 'iop php inpatient, substances hidden', levels: ['iop', 'php', 'inpatient'], hide: ['substances'], every: 3 },
];

export const GATE_SUBSTANCES = ['alcohol', 'sedatives', 'other', 'unsure'];
export const S = SUBSTANCE_FAMILY.length;
export const H = HEALTH_FAMILY.length;
/** Results per setup: every single-choice set crossed with both families; result i is ((single * S + s) * H + h). */
export const TOTAL = SINGLE_SET_COUNT * S * H;
/** How many failing answer sets a setup reports in full (the counts cover them all). */
export const MAX_PROBLEMS = 5;

export const answerSet = (single: number, s: number, h: number): AnswerSet => ({
  ...singleSet(single),
  substances: SUBSTANCE_FAMILY[s],
  health: HEALTH_FAMILY[h],
});

/** What a setup's options mean, worked out here independently of the engine. */
export function setupView(setup: Setup) {
  const hidden = new Set(setup.hide ?? []);
  const shown = setup.levels ?? ['iop', 'inpatient'];
  return {
    options: { levels: setup.levels, offers: setup.offers, hide: setup.hide } as RecommendOptions,
    hidden,
    shown,
    offers: setup.offers ?? shown,
    top: shown[shown.length - 1] as LevelId,
    fitRank: (rank: number) => levelRank(shown.find((l) => levelRank(l) >= rank) ?? shown[shown.length - 1]),
    askedPreferences: PREFERENCE_QUESTION_IDS.filter((q) => !hidden.has(q)) as SingleChoiceQuestionId[],
    every: setup.every ?? 1,
  };
}

/** What SPEC §4 says about one answer set, worked out here independently of the engine. */
export function expected(a: AnswerSet, hidden: Set<string>) {
  const substances = hidden.has('substances') ? ['unsure'] : a.substances;
  const prior = hidden.has('prior-treatment') ? undefined : a['prior-treatment'];
  const cost = hidden.has('cost') ? undefined : a.cost;
  const withdrawalGate = a.withdrawal === 'severe' && substances.some((x) => GATE_SUBSTANCES.includes(x));
  const historyGate = a.severity === 'severe' && a.relapse === 'repeated' && prior !== 'stepping-down';
  const gate = withdrawalGate || a['mental-health'] === 'crisis' || a.environment === 'unsafe' || historyGate;
  const pregnant = a.health.includes('pregnant');
  // The notes that follow from the answers alone, in NOTE_IDS order (day-program and step-down are checked apart).
  const notes: NoteId[] = [];
  if (withdrawalGate) notes.push('medical-withdrawal');
  if (pregnant) notes.push('pregnancy');
  if (!hidden.has('substances') && a.substances.includes('opioids')) notes.push('opioids');
  if (a.environment === 'unsafe') notes.push('unsafe-home');
  if (a.health.includes('condition')) notes.push('health-condition');
  if (cost === 'tight' || cost === 'unsure') notes.push('paying');
  return {
    gate,
    withdrawalGate,
    stepDownException: a.severity === 'severe' && a.relapse === 'repeated' && prior === 'stepping-down',
    urgent: gate || a.withdrawal === 'severe' || pregnant,
    notes: notes.join(),
  };
}

export const answered = (a: AnswerSet, question: string, answer: string) => {
  const given = (a as Record<string, string | string[]>)[question];
  return Array.isArray(given) ? given.includes(answer) : given === answer;
};

const KIND_ORDER = { gate: 0, lean: 1, preference: 2 } as const;
const isPreference = (q: QuestionId) => PREFERENCE_QUESTION_IDS.includes(q);

/** The checks of one setup over single-choice sets [from, to) (of those the setup covers), crossed with both families. */
export interface SetupPart {
  from: number;
  to: number;
  /** levelRank of each result's level and needed, index ((single - from) * S + s) * H + h; 0 where not computed. */
  level: Int8Array;
  needed: Int8Array;
  /** How many results broke each per-result check (only checks that failed appear). */
  perResult: Record<string, number>;
  /** The first failing answer sets of the slice, in set order, each with its result. */
  problems: string[];
}

/** Runs recommend() and every per-result check on each answer set of the slice. */
export function checkSetup(setup: Setup, from: number, to: number): SetupPart {
  const { options, hidden, shown, offers, top, fitRank, askedPreferences, every } = setupView(setup);
  const n = (to - from) * S * H;
  const level = new Int8Array(n);
  const needed = new Int8Array(n);
  const problems: string[] = [];
  const perResult: Record<string, number> = {};
  const fail = (what: string, a: AnswerSet, r: Recommendation | null) => {
    if (problems.length < MAX_PROBLEMS) problems.push(`${what}\n  answers ${JSON.stringify(a)}\n  result ${JSON.stringify(r)}`);
  };
  const count = (key: string, ok: boolean, a: AnswerSet, r: Recommendation) => {
    if (ok) return;
    perResult[key] = (perResult[key] ?? 0) + 1;
    fail(key, a, r);
  };
  const topIsInpatient = top === 'inpatient';
  const iopRank = levelRank('iop');

  /** Everything that can be checked on one result alone. */
  function checkOne(a: AnswerSet, r: Recommendation) {
    const e = expected(a, hidden);
    const levelR = levelRank(r.level);
    const neededR = levelRank(r.needed);
    const { reasons, tradeoffs, considerations, notes } = r;
    count('1: level is a shown level, needed one of the four', shown.includes(r.level) && LEVEL_IDS.includes(r.needed), a, r);
    count('1: level fits needed (least shown level at or above it, or the top one)', levelR <= fitRank(neededR), a, r);
    count('3: a gate gives needed inpatient, the top level shown and a gate reason first', !e.gate || (r.needed === 'inpatient' && r.level === top && reasons.length > 0 && reasons[0].kind === 'gate'), a, r);
    count('3: gate reasons exactly when a gate fires', reasons.some((x) => x.kind === 'gate') === e.gate, a, r);
    count('3: higherLevelNeeded when a gate fires and inpatient is not shown', !e.gate || r.higherLevelNeeded === !topIsInpatient, a, r);
    count('urgent: a gate, severe withdrawal or pregnancy', r.urgent === e.urgent, a, r);
    count('crisis: exactly the mental-health crisis answer', r.crisis === (a['mental-health'] === 'crisis'), a, r);
    count('5: at least one reason', reasons.length > 0, a, r);
    const real = (x: Reason) => answered(a, x.question, x.answer) && !hidden.has(x.question);
    count('5: every reason names an answer given', reasons.every(real) && tradeoffs.every(real) && considerations.every(real), a, r);
    count('5: no answer listed twice among reasons and trade-offs', noPairTwice(reasons, tradeoffs), a, r);
    let ordered = true;
    let preferenceAt = -1;
    for (let i = 0; i < reasons.length; i++) {
      const k = KIND_ORDER[reasons[i].kind];
      if (i > 0 && k < KIND_ORDER[reasons[i - 1].kind]) ordered = false;
      if (k === 2 && preferenceAt < 0) preferenceAt = i;
    }
    count('5: gate reasons first, clinical reasons before any preference', ordered && (preferenceAt === -1 || preferenceAt === reasons.length - 1), a, r);
    count('5: trade-offs are clinical leans', tradeoffs.every((x) => x.kind === 'lean' && !isPreference(x.question)), a, r);
    count(
      '5: considerations are the preferences asked, in question order',
      considerations.length === askedPreferences.length &&
        considerations.every((x, i) => x.question === askedPreferences[i] && x.answer === a[askedPreferences[i]] && x.kind === 'preference'),
      a,
      r,
    );
    count(
      '7: the only preference reason is duties that must go on; covered and can-pause never are',
      reasons.every((x) => (x.kind === 'preference') === isPreference(x.question)) &&
        reasons.every((x) => x.kind !== 'preference' || (x.question === 'responsibilities' && x.answer === 'must-continue')),
      a,
      r,
    );
    count('8: the withdrawal gate names its substances', !e.withdrawalGate || hidden.has('substances') || reasons.some((x) => x.question === 'substances'), a, r);
    // Notes: the ones that follow from the answers alone, in NOTE_IDS order, plus day-program and step-down below.
    let inOrder = true;
    for (let i = 0; i < notes.length; i++) {
      const p = NOTE_IDS.indexOf(notes[i]);
      if (p < 0 || (i > 0 && p <= NOTE_IDS.indexOf(notes[i - 1]))) inOrder = false;
    }
    count('notes are in the order of NOTE_IDS, once each', inOrder, a, r);
    const fromAnswers = notes.filter((x) => x !== 'day-program' && x !== 'step-down').join();
    count('notes follow the answers (medical-withdrawal, pregnancy, opioids, unsafe-home, health-condition, paying)', fromAnswers === e.notes, a, r);
    count('day-program exactly when needed is not shown', notes.includes('day-program') === !shown.includes(r.needed), a, r);
    count('floors: pregnancy or a serious health problem needs at least IOP', !(a.health.includes('pregnant') || a.health.includes('condition')) || neededR >= iopRank, a, r);
    count('step-down: finishing inpatient care is never sent back by history alone', !e.stepDownException || e.gate || (r.needed === 'php' && notes.includes('step-down')), a, r);
    count('step-down: without a safety gate, finishing inpatient care never needs inpatient again', e.gate || hidden.has('prior-treatment') || a['prior-treatment'] !== 'stepping-down' || r.needed !== 'inpatient', a, r);
    count('step-down note only when stepping down', !notes.includes('step-down') || a['prior-treatment'] === 'stepping-down', a, r);
    count('offered follows the levels offered', r.offered === offers.includes(r.level), a, r);
    count('higherLevelNeeded only at the top level shown', !r.higherLevelNeeded || r.level === top, a, r);
  }

  const first = Math.ceil(from / every) * every;
  for (let single = first; single < to; single += every) {
    // One object per single-choice set, its two sets swapped in place: recommend() keeps no reference to it,
    // and a failure is written out (JSON) the moment it is found.
    const a: AnswerSet = { ...singleSet(single), substances: SUBSTANCE_FAMILY[0], health: HEALTH_FAMILY[0] };
    for (let s = 0; s < S; s++) {
      a.substances = SUBSTANCE_FAMILY[s];
      for (let h = 0; h < H; h++) {
        a.health = HEALTH_FAMILY[h];
        const i = ((single - from) * S + s) * H + h;
        const r = recommend(a, options);
        if (!r) {
          fail('no result for a complete set', a, r);
          continue;
        }
        level[i] = levelRank(r.level);
        needed[i] = levelRank(r.needed);
        checkOne(a, r);
      }
    }
  }
  return { from, to, level, needed, perResult, problems };
}

/** No (question, answer) pair appears twice among the reasons and trade-offs together. */
function noPairTwice(reasons: readonly Reason[], tradeoffs: readonly Reason[]): boolean {
  const n = reasons.length + tradeoffs.length;
  const at = (i: number) => (i < reasons.length ? reasons[i] : tradeoffs[i - reasons.length]);
  for (let i = 0; i < n; i++) {
    const x = at(i);
    for (let j = i + 1; j < n; j++) {
      const y = at(j);
      if (x.question === y.question && x.answer === y.answer) return false;
    }
  }
  return true;
}

/** The first failure a family check found in its slice, or null. */
export interface FamilyPart {
  from: number;
  to: number;
  failure: string | null;
}

const ALL_LEVELS = { levels: [...LEVEL_IDS] };
/** The first multiple of `step` at or after `from`. */
const firstFrom = (from: number, step: number) => Math.ceil(from / step) * step;
/** The two facts the rules read in a substance set: a substance whose withdrawal can be dangerous, and opioids. */
export const substanceFacts = (set: readonly string[]) => `${set.some((x) => GATE_SUBSTANCES.includes(x))}/${set.includes('opioids')}`;
const signature = (r: Recommendation) => JSON.stringify({ ...r, reasons: r.reasons.filter((x) => x.question !== 'substances') });

/**
 * Every one of the 127 substance sets gives the result of the family member with the same two facts, for every
 * 11th single-choice set in [from, to). Each family member's result is worked out once per single-choice set.
 */
export function checkSubstanceTwins(from: number, to: number): FamilyPart {
  const byFacts = new Map(SUBSTANCE_FAMILY.map((set) => [substanceFacts(set), set]));
  for (let single = firstFrom(from, 11); single < to; single += 11) {
    const a = singleSet(single);
    const twins = new Map<string, string>();
    for (const set of ALL_SUBSTANCE_SETS) {
      const r = recommend({ ...a, substances: set, health: ['none'] }, ALL_LEVELS)!;
      const key = substanceFacts(set);
      let twin = twins.get(key);
      if (twin === undefined) twins.set(key, (twin = signature(recommend({ ...a, substances: byFacts.get(key), health: ['none'] }, ALL_LEVELS)!)));
      if (signature(r) !== twin) return { from, to, failure: `${JSON.stringify(set)} differs from its family member for ${JSON.stringify(a)}` };
      const gate = a.withdrawal === 'severe' && set.some((x) => GATE_SUBSTANCES.includes(x));
      if (r.notes.includes('medical-withdrawal') !== gate) {
        return { from, to, failure: `medical-withdrawal note ${gate ? 'missing' : 'given'} for ${JSON.stringify(set)} with ${JSON.stringify(a)}: ${JSON.stringify(r)}` };
      }
    }
  }
  return { from, to, failure: null };
}

/** Adding any substance (to each of the 127 sets, with each of the 8 health sets) or health item never lowers needed or level, for every 23rd single-choice set in [from, to). */
export function checkAddingItems(from: number, to: number): FamilyPart {
  const sets = ALL_SUBSTANCE_SETS;
  for (let single = firstFrom(from, 23); single < to; single += 23) {
    const a = singleSet(single);
    for (const health of ALL_HEALTH_SETS) {
      const ranks = new Map(sets.map((set) => [set.join(), recommend({ ...a, substances: set, health }, ALL_LEVELS)!]));
      for (const set of sets) {
        for (const extra of QUESTION_OPTIONS.substances.filter((x) => !set.includes(x))) {
          const bigger = QUESTION_OPTIONS.substances.filter((x) => set.includes(x) || x === extra);
          const [was, now] = [ranks.get(set.join())!, ranks.get(bigger.join())!];
          if (levelRank(now.needed) < levelRank(was.needed) || levelRank(now.level) < levelRank(was.level)) return { from, to, failure: `adding ${extra} to ${set} lowered ${JSON.stringify(a)}` };
        }
      }
    }
    for (const health of ALL_HEALTH_SETS) {
      const base = recommend({ ...a, substances: ['cannabis'], health }, ALL_LEVELS)!;
      for (const extra of ['pregnant', 'condition', 'unsure'].filter((x) => !health.includes(x as never))) {
        const bigger = health[0] === 'none' ? [extra] : [...health, extra];
        const r = recommend({ ...a, substances: ['cannabis'], health: bigger }, ALL_LEVELS)!;
        if (levelRank(r.needed) < levelRank(base.needed)) return { from, to, failure: `adding ${extra} to ${health} lowered ${JSON.stringify(a)}` };
      }
    }
  }
  return { from, to, failure: null };
}
