import { expect } from '@open-wc/testing';
import {
  LEVEL_IDS,
  NOTE_IDS,
  PREFERENCE_QUESTION_IDS,
  QUESTION_IDS,
  QUESTION_OPTIONS,
  levelRank,
  recommend,
  type LevelId,
  type NoteId,
  type Recommendation,
  type SingleChoiceQuestionId,
} from '../../src/engine/index.js';
import {
  ALL_HEALTH_SETS,
  ALL_SUBSTANCE_SETS,
  HEALTH_FAMILY,
  SINGLE_IDS,
  SINGLE_SET_COUNT,
  SUBSTANCE_FAMILY,
  singleSet,
  type AnswerSet,
} from './all-answers.js';

/*
 * SPEC §4 invariants 1–8, checked over every single-choice answer set (8,748) crossed with the representative
 * substance and health families of all-answers.ts (10 × 6), for each level setup below: 524,880 results per
 * setup. Each result is computed once; its level and needed are kept in typed arrays so the monotonic and
 * preference checks compare neighbours by index.
 */

interface Setup {
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

const SETUPS: Setup[] = [
  { name: 'default levels (iop inpatient)' },
  { name: 'iop php inpatient', levels: ['iop', 'php', 'inpatient'] },
  { name: 'all four levels', levels: [...LEVEL_IDS] },
  { name: 'outpatient iop (an outpatient-only clinic)', levels: ['outpatient', 'iop'] },
  { name: 'all four levels, offers iop only', levels: [...LEVEL_IDS], offers: ['iop'], every: 3 },
  { name: 'default levels, every hideable question hidden', hide: ['substances', 'prior-treatment', 'responsibilities', 'cost'], every: 3 },
  { name: 'iop php inpatient, substances hidden', levels: ['iop', 'php', 'inpatient'], hide: ['substances'], every: 3 },
];

const GATE_SUBSTANCES = ['alcohol', 'sedatives', 'other', 'unsure'];
const KIND_ORDER = { gate: 0, lean: 1, preference: 2 } as const;
const S = SUBSTANCE_FAMILY.length;
const H = HEALTH_FAMILY.length;
const TOTAL = SINGLE_SET_COUNT * S * H;

/** Stride of each single-choice question in the set index (the last question moves fastest). */
const STRIDE = {} as Record<SingleChoiceQuestionId, number>;
SINGLE_IDS.reduceRight((stride, q) => ((STRIDE[q] = stride), stride * QUESTION_OPTIONS[q].length), 1);

const answerSet = (single: number, s: number, h: number): AnswerSet => ({
  ...singleSet(single),
  substances: SUBSTANCE_FAMILY[s],
  health: HEALTH_FAMILY[h],
});

/** What SPEC §4 says about one answer set, worked out here independently of the engine. */
function expected(a: AnswerSet, hidden: Set<string>) {
  const substances = hidden.has('substances') ? ['unsure'] : a.substances;
  const prior = hidden.has('prior-treatment') ? undefined : a['prior-treatment'];
  const cost = hidden.has('cost') ? undefined : a.cost;
  const withdrawalGate = a.withdrawal === 'severe' && substances.some((x) => GATE_SUBSTANCES.includes(x));
  const historyGate = a.severity === 'severe' && a.relapse === 'repeated' && prior !== 'stepping-down';
  const gate = withdrawalGate || a['mental-health'] === 'crisis' || a.environment === 'unsafe' || historyGate;
  const notes = new Set<NoteId>();
  if (withdrawalGate) notes.add('medical-withdrawal');
  if (a.health.includes('pregnant')) notes.add('pregnancy');
  if (!hidden.has('substances') && a.substances.includes('opioids')) notes.add('opioids');
  if (a.environment === 'unsafe') notes.add('unsafe-home');
  if (a.health.includes('condition')) notes.add('health-condition');
  if (cost === 'tight' || cost === 'unsure') notes.add('paying');
  return {
    gate,
    withdrawalGate,
    stepDownException: a.severity === 'severe' && a.relapse === 'repeated' && prior === 'stepping-down',
    urgent: gate || a.withdrawal === 'severe' || a.health.includes('pregnant'),
    notes,
  };
}

const answered = (a: AnswerSet, question: string, answer: string) => {
  const given = (a as Record<string, string | string[]>)[question];
  return Array.isArray(given) ? given.includes(answer) : given === answer;
};

for (const setup of SETUPS) {
  const options = { levels: setup.levels, offers: setup.offers, hide: setup.hide };
  const hidden = new Set(setup.hide ?? []);
  const shown = setup.levels ?? ['iop', 'inpatient'];
  const offers = setup.offers ?? shown;
  const top = shown[shown.length - 1] as LevelId;
  const fitRank = (rank: number) => levelRank(shown.find((l) => levelRank(l) >= rank) ?? top);
  const askedPreferences = PREFERENCE_QUESTION_IDS.filter((q) => !hidden.has(q)) as SingleChoiceQuestionId[];

  describe(`engine v2 invariants, exhaustive: ${setup.name}`, function () {
    this.timeout(120000);
    const level = new Int8Array(TOTAL);
    const needed = new Int8Array(TOTAL);
    const problems: string[] = [];
    const fail = (what: string, a: AnswerSet, r: Recommendation | null) => {
      if (problems.length < 5) problems.push(`${what}\n  answers ${JSON.stringify(a)}\n  result ${JSON.stringify(r)}`);
    };

    const every = setup.every ?? 1;
    before(() => {
      for (let single = 0; single < SINGLE_SET_COUNT; single += every) {
        for (let s = 0; s < S; s++) {
          for (let h = 0; h < H; h++) {
            const i = (single * S + s) * H + h;
            const a = answerSet(single, s, h);
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
    });

    /** Everything that can be checked on one result alone; the its below report what this found. */
    const perResult: Record<string, number> = {};
    const count = (key: string, ok: boolean, a: AnswerSet, r: Recommendation) => {
      if (ok) return;
      perResult[key] = (perResult[key] ?? 0) + 1;
      fail(key, a, r);
    };
    function checkOne(a: AnswerSet, r: Recommendation) {
      const e = expected(a, hidden);
      count('1: level is a shown level, needed one of the four', shown.includes(r.level) && LEVEL_IDS.includes(r.needed), a, r);
      count('1: level fits needed (least shown level at or above it, or the top one)', levelRank(r.level) <= fitRank(levelRank(r.needed)), a, r);
      count('3: a gate gives needed inpatient, the top level shown and a gate reason first', !e.gate || (r.needed === 'inpatient' && r.level === top && r.reasons[0]?.kind === 'gate'), a, r);
      count('3: gate reasons exactly when a gate fires', r.reasons.some((x) => x.kind === 'gate') === e.gate, a, r);
      count('3: higherLevelNeeded when a gate fires and inpatient is not shown', !e.gate || r.higherLevelNeeded === (top !== 'inpatient'), a, r);
      count('urgent: a gate, severe withdrawal or pregnancy', r.urgent === e.urgent, a, r);
      count('crisis: exactly the mental-health crisis answer', r.crisis === (a['mental-health'] === 'crisis'), a, r);
      count('5: at least one reason', r.reasons.length > 0, a, r);
      const all = [...r.reasons, ...r.tradeoffs, ...r.considerations];
      count('5: every reason names an answer given', all.every((x) => answered(a, x.question, x.answer) && !hidden.has(x.question)), a, r);
      const clinical = [...r.reasons, ...r.tradeoffs];
      count('5: no answer listed twice among reasons and trade-offs', new Set(clinical.map((x) => `${x.question}:${x.answer}`)).size === clinical.length, a, r);
      const order = r.reasons.map((x) => KIND_ORDER[x.kind]);
      count('5: gate reasons first, clinical reasons before any preference', order.every((k, i) => i === 0 || k >= order[i - 1]) && [-1, order.length - 1].includes(order.indexOf(2)), a, r);
      count('5: trade-offs are clinical leans', r.tradeoffs.every((x) => x.kind === 'lean' && !PREFERENCE_QUESTION_IDS.includes(x.question)), a, r);
      count(
        '5: considerations are the preferences asked, in question order',
        r.considerations.length === askedPreferences.length &&
          r.considerations.every((x, i) => x.question === askedPreferences[i] && x.answer === a[askedPreferences[i]] && x.kind === 'preference'),
        a,
        r,
      );
      count(
        '7: the only preference reason is duties that must go on; covered and can-pause never are',
        r.reasons.every((x) => (x.kind === 'preference') === PREFERENCE_QUESTION_IDS.includes(x.question)) &&
          r.reasons.every((x) => x.kind !== 'preference' || (x.question === 'responsibilities' && x.answer === 'must-continue')),
        a,
        r,
      );
      count('8: the withdrawal gate names its substances', !e.withdrawalGate || hidden.has('substances') || r.reasons.some((x) => x.question === 'substances'), a, r);
      // Notes: the ones that follow from the answers alone, in NOTE_IDS order, plus day-program and step-down below.
      const notes = new Set(r.notes);
      const positions = r.notes.map((n) => NOTE_IDS.indexOf(n));
      count('notes are in the order of NOTE_IDS, once each', positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1])), a, r);
      notes.delete('day-program');
      notes.delete('step-down');
      count('notes follow the answers (medical-withdrawal, pregnancy, opioids, unsafe-home, health-condition, paying)', [...notes].join() === [...e.notes].join(), a, r);
      count('day-program exactly when needed is not shown', r.notes.includes('day-program') === !shown.includes(r.needed), a, r);
      count('floors: pregnancy or a serious health problem needs at least IOP', !(a.health.includes('pregnant') || a.health.includes('condition')) || levelRank(r.needed) >= levelRank('iop'), a, r);
      count('step-down: finishing inpatient care is never sent back by history alone', !e.stepDownException || e.gate || (r.needed === 'php' && r.notes.includes('step-down')), a, r);
      count('step-down: without a safety gate, finishing inpatient care never needs inpatient again', e.gate || hidden.has('prior-treatment') || a['prior-treatment'] !== 'stepping-down' || r.needed !== 'inpatient', a, r);
      count('step-down note only when stepping down', !r.notes.includes('step-down') || a['prior-treatment'] === 'stepping-down', a, r);
      count('offered follows the levels offered', r.offered === offers.includes(r.level), a, r);
      count('higherLevelNeeded only at the top level shown', !r.higherLevelNeeded || r.level === top, a, r);
    }

    it('1. total and deterministic: every complete answer set gives exactly one result, the same twice', () => {
      expect(problems.filter((p) => p.startsWith('no result')), problems.join('\n')).to.deep.equal([]);
      for (let single = 0; single < SINGLE_SET_COUNT; single += 7) {
        const a = answerSet(single, single % S, single % H);
        expect(recommend(structuredClone(a), options)).to.deep.equal(recommend(a, options));
      }
      expect(perResult['1: level is a shown level, needed one of the four'] ?? 0).to.equal(0);
      expect(perResult['1: level fits needed (least shown level at or above it, or the top one)'] ?? 0).to.equal(0);
    });

    if (every === 1) it('2. monotonic: one single-choice answer a step more intensive, or a substance or health item added, never lowers needed or level', () => {
      const bad: string[] = [];
      const check = (from: number, to: number, what: () => string) => {
        if (needed[to] < needed[from] || level[to] < level[from]) bad.push(what());
      };
      // Family members that are subsets of others: moving to the superset adds items.
      const supersets = <T>(family: T[][]) =>
        family.flatMap((small, i) => family.map((_, j) => [i, j] as const).filter(([, j]) => j !== i && small.every((x) => family[j].includes(x)) && !(small.includes('none' as T))));
      const bySource = (edges: (readonly [number, number])[], n: number) => Array.from({ length: n }, (_, from) => edges.filter((e) => e[0] === from).map((e) => e[1]));
      const substanceEdges = bySource(supersets(SUBSTANCE_FAMILY), S);
      const healthEdges = bySource([...supersets(HEALTH_FAMILY), ...HEALTH_FAMILY.map((_, j) => [0, j] as const).slice(1)], H); // none → any item
      for (let single = 0; single < SINGLE_SET_COUNT; single++) {
        const a = singleSet(single);
        for (let s = 0; s < S; s++) {
          for (let h = 0; h < H; h++) {
            const i = (single * S + s) * H + h;
            for (const q of SINGLE_IDS) {
              const options = QUESTION_OPTIONS[q] as readonly string[];
              if (options.indexOf(a[q]) < options.length - 1) check(i, ((single + STRIDE[q]) * S + s) * H + h, () => `${q} from ${a[q]}`);
            }
            for (const to of substanceEdges[s]) check(i, (single * S + to) * H + h, () => `substances ${SUBSTANCE_FAMILY[s]} → ${SUBSTANCE_FAMILY[to]}`);
            for (const to of healthEdges[h]) check(i, (single * S + s) * H + to, () => `health ${HEALTH_FAMILY[h]} → ${HEALTH_FAMILY[to]}`);
            if (bad.length > 5) expect.fail(`${bad.join('; ')} lowered the result for ${JSON.stringify(answerSet(single, s, h))}`);
          }
        }
      }
      expect(bad).to.deep.equal([]);
    });

    it('3. gates dominate: a gate gives needed inpatient and the most intensive level shown, with the gate reasons first', () => {
      for (const key of Object.keys(perResult).filter((k) => k.startsWith('3'))) expect.fail(`${key}: ${perResult[key]} results\n${problems.join('\n')}`);
    });

    it('4. floor: the least intensive answers give the least intensive level shown', () => {
      const calm = { ...Object.fromEntries(SINGLE_IDS.map((q) => [q, QUESTION_OPTIONS[q][0]])), substances: ['cannabis'], health: ['none'] };
      expect(recommend(calm, options)!.level).to.equal(shown[0]);
      expect(recommend(calm, options)!.needed).to.equal('outpatient');
    });

    it('5. explainable: reasons name real answers; gates first; clinical before preference; preferences only as considerations', () => {
      for (const key of Object.keys(perResult).filter((k) => k.startsWith('5'))) expect.fail(`${key}: ${perResult[key]} results\n${problems.join('\n')}`);
    });

    it('6. incomplete: a missing, empty, unknown, duplicated or mixed-with-none answer gives null, never throws', () => {
      for (let single = 0; single < SINGLE_SET_COUNT; single += 97) {
        const a = answerSet(single, single % S, single % H) as Record<string, unknown>;
        for (const q of QUESTION_IDS.filter((q) => !hidden.has(q))) {
          const without = { ...a };
          delete without[q];
          expect(recommend(without, options), `without ${q}`).to.equal(null);
          for (const bad of ['sometimes', 'covered-by-other-question', '', null, 3, {}, [], ['sometimes']]) {
            if (q === 'cost' && bad === 'covered-by-other-question') continue;
            expect(recommend({ ...a, [q]: bad }, options), `${q}: ${JSON.stringify(bad)}`).to.equal(null);
          }
        }
        expect(recommend({ ...a, substances: ['alcohol', 'alcohol'] }, options) === null).to.equal(!hidden.has('substances'));
        expect(recommend({ ...a, health: ['none', 'pregnant'] }, options)).to.equal(null);
        expect(recommend({ ...a, health: [] }, options)).to.equal(null);
        expect(recommend({ ...a, 'not-a-question': 'x' }, options)).to.deep.equal(recommend(a, options));
      }
    });

    if (every === 1) it('7. preferences are bounded: cost never changes needed or level; responsibilities moves level one step at most, never above needed', () => {
      const [resp, cost] = [STRIDE.responsibilities, STRIDE.cost];
      for (let single = 0; single < SINGLE_SET_COUNT; single++) {
        const a = singleSet(single);
        if (a.responsibilities !== 'must-continue' || a.cost !== 'tight') continue; // one base per clinical profile
        for (let s = 0; s < S; s++) {
          for (let h = 0; h < H; h++) {
            const at = (r: number, c: number) => ((single + r * resp + c * cost) * S + s) * H + h;
            for (let r = 0; r < 3; r++) {
              for (let c = 1; c < 3; c++) {
                if (level[at(r, c)] !== level[at(r, 0)] || needed[at(r, c)] !== needed[at(r, 0)]) expect.fail(`cost changed the result: ${JSON.stringify(answerSet(single + r * resp + c * cost, s, h))}`);
              }
              if (needed[at(r, 0)] !== needed[at(0, 0)]) expect.fail(`responsibilities changed needed: ${JSON.stringify(answerSet(single + r * resp, s, h))}`);
              if (level[at(r, 0)] > fitRank(needed[at(r, 0)])) expect.fail(`level above needed: ${JSON.stringify(answerSet(single + r * resp, s, h))}`);
            }
            const levels = [0, 1, 2].map((r) => level[at(r, 0)]);
            if (Math.max(...levels) - Math.min(...levels) > 1) expect.fail(`responsibilities moved the level more than one step: ${JSON.stringify(answerSet(single, s, h))}`);
          }
        }
      }
      const key = '7: the only preference reason is duties that must go on; covered and can-pause never are';
      if (perResult[key]) expect.fail(`${key}: ${perResult[key]}\n${problems.join('\n')}`);
    });

    it('8. substance-aware: severe withdrawal fires the gate exactly with alcohol, sedatives, other or unsure', () => {
      const key = '8: the withdrawal gate names its substances';
      if (perResult[key]) expect.fail(`${key}: ${perResult[key]}\n${problems.join('\n')}`);
      expect(perResult['3: gate reasons exactly when a gate fires'] ?? 0).to.equal(0);
    });

    it('urgent, crisis, notes, floors, step-down and offers follow SPEC §4 for every result', () => {
      expect(perResult, problems.join('\n')).to.deep.equal({});
    });

    if (hidden.size) {
      it('hidden questions: substances counts as unsure; the others are neutral and never a reason', () => {
        for (let single = 0; single < SINGLE_SET_COUNT; single += 5) {
          const a = answerSet(single, single % S, single % H) as Record<string, unknown>;
          const without = { ...a };
          for (const q of hidden) delete without[q];
          const r = recommend(a, options)!;
          expect(recommend(without, options)).to.deep.equal(r);
          if (hidden.has('substances')) {
            const shownAll = { levels: setup.levels, offers: setup.offers, hide: setup.hide?.filter((q) => q !== 'substances') };
            const asUnsure = recommend({ ...a, substances: ['unsure'] }, shownAll)!;
            expect([r.level, r.needed, r.urgent]).to.deep.equal([asUnsure.level, asUnsure.needed, asUnsure.urgent]);
          }
        }
      });
    }
  });
}

describe('engine v2: substance and health sets beyond the representative families', function () {
  this.timeout(60000);
  const facts = (set: readonly string[]) => `${set.some((x) => GATE_SUBSTANCES.includes(x))}/${set.includes('opioids')}`;
  const signature = (r: Recommendation) => JSON.stringify({ ...r, reasons: r.reasons.filter((x) => x.question !== 'substances') });

  it('every one of the 127 substance sets gives the result of the family member with the same two facts (gate substance, opioids)', () => {
    const byFacts = new Map(SUBSTANCE_FAMILY.map((set) => [facts(set), set]));
    expect(byFacts.size).to.equal(4);
    for (let single = 0; single < SINGLE_SET_COUNT; single += 11) {
      const a = singleSet(single);
      for (const set of ALL_SUBSTANCE_SETS) {
        const r = recommend({ ...a, substances: set, health: ['none'] }, { levels: [...LEVEL_IDS] })!;
        const twin = recommend({ ...a, substances: byFacts.get(facts(set)), health: ['none'] }, { levels: [...LEVEL_IDS] })!;
        if (signature(r) !== signature(twin)) expect.fail(`${JSON.stringify(set)} differs from its family member for ${JSON.stringify(a)}`);
        const gate = a.withdrawal === 'severe' && set.some((x) => GATE_SUBSTANCES.includes(x));
        expect(r.notes.includes('medical-withdrawal')).to.equal(gate);
      }
    }
  });

  it('adding any substance or health item never lowers needed or level (all 127 × 8 sets, sampled answers)', () => {
    const sets = ALL_SUBSTANCE_SETS;
    for (let single = 0; single < SINGLE_SET_COUNT; single += 23) {
      const a = singleSet(single);
      for (const health of ALL_HEALTH_SETS) {
        const ranks = new Map(sets.map((set) => [set.join(), recommend({ ...a, substances: set, health }, { levels: [...LEVEL_IDS] })!]));
        for (const set of sets) {
          for (const extra of QUESTION_OPTIONS.substances.filter((x) => !set.includes(x))) {
            const bigger = QUESTION_OPTIONS.substances.filter((x) => set.includes(x) || x === extra);
            const [from, to] = [ranks.get(set.join())!, ranks.get(bigger.join())!];
            if (levelRank(to.needed) < levelRank(from.needed) || levelRank(to.level) < levelRank(from.level)) expect.fail(`adding ${extra} to ${set} lowered ${JSON.stringify(a)}`);
          }
        }
      }
      for (const health of ALL_HEALTH_SETS) {
        const base = recommend({ ...a, substances: ['cannabis'], health }, { levels: [...LEVEL_IDS] })!;
        for (const extra of ['pregnant', 'condition', 'unsure'].filter((x) => !health.includes(x as never))) {
          const bigger = health[0] === 'none' ? [extra] : [...health, extra];
          const r = recommend({ ...a, substances: ['cannabis'], health: bigger }, { levels: [...LEVEL_IDS] })!;
          if (levelRank(r.needed) < levelRank(base.needed)) expect.fail(`adding ${extra} to ${health} lowered ${JSON.stringify(a)}`);
        }
      }
    }
  });

  it('a multi-choice answer may be a single id or a set in any order; the result is the same', () => {
    const a = { ...singleSet(1234), substances: 'opioids', health: 'pregnant' };
    const r = recommend(a)!;
    expect(r).to.deep.equal(recommend({ ...a, substances: ['opioids'], health: ['pregnant'] }));
    const b = { ...a, substances: ['opioids', 'alcohol'], health: ['condition', 'pregnant'] };
    expect(recommend(b)).to.deep.equal(recommend({ ...b, substances: ['alcohol', 'opioids'], health: ['pregnant', 'condition'] }));
  });
});

describe('engine input handling', () => {
  const calm = { ...Object.fromEntries(SINGLE_IDS.map((q) => [q, QUESTION_OPTIONS[q][0]])), substances: ['cannabis'], health: ['none'] };

  it('returns null for non-object answers without throwing', () => {
    for (const bad of [null, undefined, 42, 'iop', [], true]) expect(recommend(bad as never)).to.equal(null);
  });

  it('reads only the answers object’s own properties: inherited values never count', () => {
    const inherited = Object.create(calm);
    expect(recommend(inherited)).to.equal(null);
    const partial: Record<string, unknown> = Object.create({ withdrawal: 'severe', substances: ['alcohol'] });
    Object.assign(partial, calm);
    expect(recommend(partial)!.urgent).to.equal(false);
  });

  it('ignores unknown level ids and falls back to the default levels when none remain', () => {
    expect(recommend(calm, { levels: ['detox', 'iop', 'inpatient'] })!.level).to.equal('iop');
    expect(recommend(calm, { levels: ['detox'] })!.level).to.equal('iop');
    expect(recommend(calm, { levels: [] })!.level).to.equal('iop');
  });

  it('sorts levels into intensity order whatever order they are given in', () => {
    expect(recommend(calm, { levels: ['inpatient', 'php'] })!.level).to.equal('php');
  });

  it('treats an offer outside the levels shown as not offered; an empty offers list offers nothing', () => {
    expect(recommend(calm, { levels: ['iop', 'inpatient'], offers: ['outpatient'] })!.offered).to.equal(false);
    expect(recommend(calm, { offers: [] })!.offered).to.equal(false);
  });

  it('only substances, prior-treatment, responsibilities and cost can be hidden; the safety questions are always asked', () => {
    for (const q of ['withdrawal', 'mental-health', 'health', 'environment', 'severity', 'relapse']) {
      const partial: Record<string, unknown> = { ...calm };
      delete partial[q];
      expect(recommend(partial, { hide: [q] }), q).to.equal(null);
    }
  });
});

describe('engine weight tables', () => {
  it('have one entry per option, never decreasing along the option order, with floors at or below inpatient', async () => {
    const { POINTS, FLOORS } = await import('../../src/engine/weights.js');
    for (const q of Object.keys(POINTS) as (keyof typeof POINTS)[]) {
      expect(POINTS[q].length, q).to.equal(QUESTION_OPTIONS[q].length);
      expect(FLOORS[q].length, q).to.equal(QUESTION_OPTIONS[q].length);
      for (let i = 1; i < POINTS[q].length; i++) {
        expect(POINTS[q][i], q).to.be.at.least(POINTS[q][i - 1]);
        expect(FLOORS[q][i], q).to.be.at.least(FLOORS[q][i - 1]);
      }
    }
  });
});
