import { expect } from '@open-wc/testing';
import {
  LEVEL_IDS,
  QUESTION_IDS,
  QUESTION_OPTIONS,
  levelRank,
  recommend,
  type LevelId,
  type Recommendation,
} from '../../src/engine/index.js';
import { everyAnswerSet } from './all-answers.js';

interface Setup {
  name: string;
  levels?: LevelId[];
  offers?: LevelId[];
  hide?: string[];
  shown: LevelId[];
}

const SETUPS: Setup[] = [
  { name: 'default levels (iop inpatient)', shown: ['iop', 'inpatient'] },
  { name: 'iop php inpatient', levels: ['iop', 'php', 'inpatient'], shown: ['iop', 'php', 'inpatient'] },
  { name: 'all four levels', levels: [...LEVEL_IDS], shown: [...LEVEL_IDS] },
  { name: 'all four levels, offers iop only', levels: [...LEVEL_IDS], offers: ['iop'], shown: [...LEVEL_IDS] },
  { name: 'outpatient iop, offers outpatient', levels: ['outpatient', 'iop'], offers: ['outpatient'], shown: ['outpatient', 'iop'] },
  { name: 'default levels, cost and responsibilities hidden', hide: ['cost', 'responsibilities'], shown: ['iop', 'inpatient'] },
  { name: 'all four levels, every hideable question hidden', levels: [...LEVEL_IDS], hide: ['cost', 'responsibilities', 'prior-treatment'], shown: [...LEVEL_IDS] },
];

const gateFires = (a: Record<string, string>) =>
  a.withdrawal === 'severe' ||
  a['mental-health'] === 'crisis' ||
  a.environment === 'unsafe' ||
  (a.severity === 'severe' && a.relapse === 'repeated');

const rank = (r: Recommendation | null) => levelRank(r!.level);

for (const setup of SETUPS) {
  const options = { levels: setup.levels, offers: setup.offers, hide: setup.hide };
  const hidden = new Set(setup.hide ?? []);
  const asked = QUESTION_IDS.filter((q) => !hidden.has(q));
  const offers = setup.offers ?? setup.shown;
  const top = setup.shown[setup.shown.length - 1];

  describe(`engine invariants, exhaustive: ${setup.name}`, () => {
    it('1. total and deterministic: every complete answer set gives exactly one result, the same twice', () => {
      let n = 0;
      for (const a of everyAnswerSet()) {
        const first = recommend(a, options);
        expect(first, JSON.stringify(a)).to.not.equal(null);
        expect(setup.shown).to.include(first!.level);
        expect(recommend({ ...a }, options)).to.deep.equal(first);
        n++;
      }
      expect(n).to.equal(8748);
    });

    it('2. monotonic: moving one answer one step toward more intensive never lowers the level', () => {
      for (const a of everyAnswerSet()) {
        const base = rank(recommend(a, options));
        for (const q of QUESTION_IDS) {
          const opts = QUESTION_OPTIONS[q] as readonly string[];
          const i = opts.indexOf(a[q]);
          if (i === opts.length - 1) continue;
          const moved = rank(recommend({ ...a, [q]: opts[i + 1] }, options));
          if (moved < base) expect.fail(`${q}: ${a[q]} → ${opts[i + 1]} lowered the level for ${JSON.stringify(a)}`);
        }
      }
    });

    it('3. gates dominate: whenever a gate fires the level is the most intensive shown, marked urgent when it should be', () => {
      for (const a of everyAnswerSet()) {
        const r = recommend(a, options)!;
        if (gateFires(a)) {
          expect(r.level, JSON.stringify(a)).to.equal(top);
          expect(r.higherLevelNeeded).to.equal(top !== 'inpatient');
          expect(r.reasons[0].kind).to.equal('gate');
        }
        expect(r.urgent).to.equal(a.withdrawal === 'severe' || a['mental-health'] === 'crisis');
        expect(r.crisis).to.equal(a['mental-health'] === 'crisis');
      }
    });

    if (hidden.size) {
      it('hidden questions are neutral: not needed, never a reason, and their answers change nothing', () => {
        for (const a of everyAnswerSet()) {
          const r = recommend(a, options)!;
          const without: Record<string, string> = { ...a };
          for (const q of hidden) delete without[q];
          expect(recommend(without, options)).to.deep.equal(r);
          for (const reason of [...r.reasons, ...r.tradeoffs]) expect(hidden.has(reason.question)).to.equal(false);
        }
      });
    }

    it('4. floor: every answer at its less intensive end gives the least intensive level shown', () => {
      const calm = Object.fromEntries(QUESTION_IDS.map((q) => [q, QUESTION_OPTIONS[q][0]]));
      expect(recommend(calm, options)!.level).to.equal(setup.shown[0]);
    });

    it('5. explainable: at least one reason naming a real answer; gate reasons first; no answer listed twice', () => {
      for (const a of everyAnswerSet()) {
        const r = recommend(a, options)!;
        expect(r.reasons.length, JSON.stringify(a)).to.be.greaterThan(0);
        const all = [...r.reasons, ...r.tradeoffs];
        for (const reason of all) expect(a[reason.question]).to.equal(reason.answer);
        expect(new Set(all.map((x) => x.question)).size).to.equal(all.length);
        const firstLean = r.reasons.findIndex((x) => x.kind === 'lean');
        if (firstLean >= 0) expect(r.reasons.slice(firstLean).every((x) => x.kind === 'lean')).to.equal(true);
        expect(r.tradeoffs.every((x) => x.kind === 'lean')).to.equal(true);
        expect(r.reasons.some((x) => x.kind === 'gate')).to.equal(gateFires(a));
      }
    });

    it('offered and higherLevelNeeded follow the levels shown and offered', () => {
      for (const a of everyAnswerSet()) {
        const r = recommend(a, options)!;
        expect(r.offered).to.equal(offers.includes(r.level));
        if (r.higherLevelNeeded) expect(r.level).to.equal(top);
      }
    });

    it('6. incomplete: any unanswered, unknown or wrong-question option gives null, never throws', () => {
      let i = 0;
      for (const a of everyAnswerSet()) {
        if (i++ % 97) continue; // a spread sample keeps this quick; the rule is per question, not per set
        for (const q of asked) {
          const missing: Record<string, string> = { ...a };
          delete missing[q];
          expect(recommend(missing, options)).to.equal(null);
          expect(recommend({ ...a, [q]: 'sometimes' }, options)).to.equal(null);
          expect(recommend({ ...a, [q]: 'covered-by-other-question' }, options)).to.equal(null);
        }
        expect(recommend({ ...a, 'not-a-question': 'x' }, options)).to.deep.equal(recommend(a, options));
      }
    });
  });
}

describe('engine input handling', () => {
  const calm = Object.fromEntries(QUESTION_IDS.map((q) => [q, QUESTION_OPTIONS[q][0]]));

  it('returns null for non-object answers without throwing', () => {
    for (const bad of [null, undefined, 42, 'iop', [], true]) {
      expect(recommend(bad as never)).to.equal(null);
    }
  });

  it('ignores unknown level ids and falls back to the default levels when none remain', () => {
    expect(recommend(calm, { levels: ['detox', 'iop', 'inpatient'] })!.level).to.equal('iop');
    expect(recommend(calm, { levels: ['detox'] })!.level).to.equal('iop');
    expect(recommend(calm, { levels: [] })!.level).to.equal('iop');
  });

  it('sorts levels into intensity order whatever order they are given in', () => {
    expect(recommend(calm, { levels: ['inpatient', 'php'] })!.level).to.equal('php');
  });

  it('treats an offer outside the levels shown as not offered', () => {
    expect(recommend(calm, { levels: ['iop', 'inpatient'], offers: ['outpatient'] })!.offered).to.equal(false);
  });

  it('only prior-treatment, responsibilities and cost can be hidden; the safety questions are always asked', () => {
    const partial: Record<string, string> = { ...calm };
    delete partial.withdrawal;
    expect(recommend(partial, { hide: ['withdrawal', 'mental-health', 'environment'] })).to.equal(null);
  });

  it('an empty offers list means the facility offers none of the levels shown', () => {
    expect(recommend(calm, { offers: [] })!.offered).to.equal(false);
  });
});

describe('engine weight table', () => {
  it('has one weight per option of every question, never decreasing along the option order', async () => {
    const { weightOf } = await import('../../src/engine/weights.js');
    for (const q of QUESTION_IDS) {
      const weights = (QUESTION_OPTIONS[q] as readonly string[]).map((o) => weightOf(q, o as never));
      for (const w of weights) {
        expect(w.points, q).to.be.a('number');
        expect(LEVEL_IDS, q).to.include(w.floor);
      }
      for (let i = 1; i < weights.length; i++) {
        expect(weights[i].points).to.be.at.least(weights[i - 1].points);
        expect(levelRank(weights[i].floor)).to.be.at.least(levelRank(weights[i - 1].floor));
      }
    }
  });
});
