import { expect } from '@open-wc/testing';
import { QUESTION_IDS, QUESTION_OPTIONS, recommend, type SingleChoiceQuestionId } from '../../src/engine/index.js';
import {
  HEALTH_FAMILY,
  SINGLE_IDS,
  SINGLE_SET_COUNT,
  SUBSTANCE_FAMILY,
  singleSet,
} from './all-answers.js';
import { H, MAX_PROBLEMS, S, SETUPS, TOTAL, answerSet, setupView, substanceFacts, type FamilyPart, type SetupPart } from './invariant-checks.js';
import type { SliceRequest } from './invariants.worker.js';

/*
 * SPEC §4 invariants 1–8, checked over every single-choice answer set (8,748) crossed with the representative
 * substance and health families of all-answers.ts (10 × 6), for each level setup of invariant-checks.ts: 524,880
 * results per setup. Each result is computed once, and checked on its own, in module workers (one per core, each
 * taking the next slice of single-choice sets of the next setup); the level and needed of every result come back in
 * typed arrays, so the monotonic and preference checks here compare neighbours by index.
 */

/** Single-choice sets per worker task: 12 slices per setup. */
const SLICE = 729;
const WORKERS = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8));

type Task = { request: SliceRequest; done: (data: unknown) => void; failed: (error: Error) => void };
const queue: Task[] = [];

/** Queues one check over every slice of single-choice sets; resolves with the slices' results, in set order. */
function sliced<T>(task: SliceRequest['task'], setup = -1): Promise<T[]> {
  const parts: T[] = [];
  let left = Math.ceil(SINGLE_SET_COUNT / SLICE);
  const promise = new Promise<T[]>((resolve, reject) => {
    for (let from = 0, slot = 0; from < SINGLE_SET_COUNT; from += SLICE, slot++) {
      const at = slot;
      const done = (data: unknown) => {
        parts[at] = data as T;
        if (--left === 0) resolve(parts);
      };
      queue.push({ request: { task, setup, from, to: Math.min(from + SLICE, SINGLE_SET_COUNT) }, done, failed: reject });
    }
  });
  promise.catch(() => {}); // reported by the test that awaits it, not as an unhandled rejection
  return promise;
}

// Everything is queued at once, in the order the tests read it; each worker takes the next task when it is done.
const checked = SETUPS.map((_, setup) => sliced<SetupPart>('setup', setup));
const substanceTwins = sliced<FamilyPart>('substance-twins');
const addingItems = sliced<FamilyPart>('adding-items');
const started = performance.now();
const workers: Worker[] = [];
const failAll = (why: string) => {
  workers.forEach((w) => w.terminate());
  for (const task of queue.splice(0)) task.failed(new Error(`invariants worker: ${why}`));
};
const next = (worker: Worker) => {
  const task = queue.shift();
  if (!task) return worker.terminate();
  worker.onmessage = ({ data }: MessageEvent) => {
    if (data?.error) task.failed(new Error(`invariants worker: ${data.error}`));
    else task.done(data);
    next(worker);
  };
  worker.onerror = (e) => {
    task.failed(new Error(`invariants worker: ${e.message || 'could not start'}${e.filename ? ` (${e.filename}:${e.lineno})` : ''}`));
    failAll('another worker failed');
  };
  worker.postMessage(task.request);
};
for (let i = 0; i < WORKERS; i++) {
  const worker = new Worker(new URL('./invariants.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessageerror = () => failAll('a result could not be read');
  workers.push(worker);
  next(worker);
}
Promise.all([...checked, substanceTwins, addingItems]).then(
  () => console.log(`invariants: ${SETUPS.length} setups and the 127 substance sets checked in ${WORKERS} workers, ${((performance.now() - started) / 1000).toFixed(1)} s`),
  () => {},
);

/** Stride of each single-choice question in the set index (the last question moves fastest). */
const STRIDE = {} as Record<SingleChoiceQuestionId, number>;
SINGLE_IDS.reduceRight((stride, q) => ((STRIDE[q] = stride), stride * QUESTION_OPTIONS[q].length), 1);

SETUPS.forEach((setup, index) => {
  const { options, hidden, shown, fitRank, every } = setupView(setup);

  describe(`engine v2 invariants, exhaustive: ${setup.name}`, function () {
    this.timeout(120000);
    const level = new Int8Array(TOTAL);
    const needed = new Int8Array(TOTAL);
    /** The first failing answer sets, each with its result. */
    const problems: string[] = [];
    /** How many results broke each per-result check of invariant-checks.ts; the its below report what this found. */
    const perResult: Record<string, number> = {};

    before(async () => {
      for (const part of await checked[index]) {
        level.set(part.level, part.from * S * H);
        needed.set(part.needed, part.from * S * H);
        for (const [key, n] of Object.entries(part.perResult)) perResult[key] = (perResult[key] ?? 0) + n;
        for (const problem of part.problems) if (problems.length < MAX_PROBLEMS) problems.push(problem);
      }
    });

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
      const lowers = (from: number, to: number) => needed[to] < needed[from] || level[to] < level[from];
      // Family members that are subsets of others: moving to the superset adds items.
      const supersets = <T>(family: T[][]) =>
        family.flatMap((small, i) => family.map((_, j) => [i, j] as const).filter(([, j]) => j !== i && small.every((x) => family[j].includes(x)) && !(small.includes('none' as T))));
      const bySource = (edges: (readonly [number, number])[], n: number) => Array.from({ length: n }, (_, from) => edges.filter((e) => e[0] === from).map((e) => e[1]));
      const substanceEdges = bySource(supersets(SUBSTANCE_FAMILY), S);
      const healthEdges = bySource([...supersets(HEALTH_FAMILY), ...HEALTH_FAMILY.map((_, j) => [0, j] as const).slice(1)], H); // none → any item
      for (let single = 0; single < SINGLE_SET_COUNT; single++) {
        const a = singleSet(single);
        // The single-choice questions whose answer can move a step toward the intensive end.
        const steps = SINGLE_IDS.filter((q) => (QUESTION_OPTIONS[q] as readonly string[]).indexOf(a[q]) < QUESTION_OPTIONS[q].length - 1);
        for (let s = 0; s < S; s++) {
          for (let h = 0; h < H; h++) {
            const i = (single * S + s) * H + h;
            for (const q of steps) if (lowers(i, ((single + STRIDE[q]) * S + s) * H + h)) bad.push(`${q} from ${a[q]}`);
            for (const to of substanceEdges[s]) if (lowers(i, (single * S + to) * H + h)) bad.push(`substances ${SUBSTANCE_FAMILY[s]} → ${SUBSTANCE_FAMILY[to]}`);
            for (const to of healthEdges[h]) if (lowers(i, (single * S + s) * H + to)) bad.push(`health ${HEALTH_FAMILY[h]} → ${HEALTH_FAMILY[to]}`);
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
});

describe('engine v2: substance and health sets beyond the representative families', function () {
  this.timeout(60000);
  const firstFailure = async (parts: Promise<FamilyPart[]>) => (await parts).find((p) => p.failure)?.failure ?? null;

  it('every one of the 127 substance sets gives the result of the family member with the same two facts (gate substance, opioids)', async () => {
    expect(new Map(SUBSTANCE_FAMILY.map((set) => [substanceFacts(set), set])).size).to.equal(4);
    const failure = await firstFailure(substanceTwins);
    if (failure) expect.fail(failure);
  });

  it('adding any substance or health item never lowers needed or level (all 127 × 8 sets, sampled answers)', async () => {
    const failure = await firstFailure(addingItems);
    if (failure) expect.fail(failure);
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
