import { expect } from '@open-wc/testing';
import { LEVEL_IDS, recommend, type LevelId } from '../../src/engine/index.js';

// A middle-of-the-road visitor; each case changes only what it names.
const BASE = {
  withdrawal: 'none',
  severity: 'moderate',
  relapse: 'none',
  'mental-health': 'none',
  environment: 'supportive',
  'prior-treatment': 'none',
  responsibilities: 'some-flexibility',
  cost: 'unsure',
};

interface Case {
  name: string;
  answers: Partial<typeof BASE>;
  /** Expected level with the default levels (iop inpatient). */
  level: LevelId;
  /** Expected level when all four levels are shown. */
  levelAllFour: LevelId;
  urgent?: boolean;
  firstReason?: string;
}

const CASES: Case[] = [
  {
    name: 'withdrawal: severe gives inpatient, urgent, with the withdrawal gate first',
    answers: { withdrawal: 'severe', severity: 'mild', environment: 'supportive', responsibilities: 'must-continue', cost: 'tight' },
    level: 'inpatient', levelAllFour: 'inpatient', urgent: true, firstReason: 'withdrawal:severe',
  },
  {
    name: 'mental-health: crisis gives inpatient, urgent, even with everything else calm',
    answers: { 'mental-health': 'crisis', severity: 'mild', 'prior-treatment': 'stepping-down', responsibilities: 'must-continue', cost: 'tight' },
    level: 'inpatient', levelAllFour: 'inpatient', urgent: true, firstReason: 'mental-health:crisis',
  },
  {
    name: 'environment: unsafe gives inpatient, not urgent',
    answers: { environment: 'unsafe', severity: 'mild', responsibilities: 'must-continue', cost: 'tight' },
    level: 'inpatient', levelAllFour: 'inpatient', urgent: false, firstReason: 'environment:unsafe',
  },
  {
    name: 'severe addiction with repeated relapse gives inpatient whatever the preferences',
    answers: { severity: 'severe', relapse: 'repeated', responsibilities: 'must-continue', cost: 'tight', 'prior-treatment': 'stepping-down' },
    level: 'inpatient', levelAllFour: 'inpatient', firstReason: 'severity:severe',
  },
  {
    name: 'seed: severe addiction, a past relapse, a triggering home and room for a full break lean inpatient',
    answers: { severity: 'severe', relapse: 'once', environment: 'mixed', responsibilities: 'can-pause', cost: 'covered' },
    level: 'inpatient', levelAllFour: 'inpatient', firstReason: 'severity:severe',
  },
  {
    name: 'seed: a less severe problem, a supportive home, duties that must go on and a tight budget lean IOP',
    answers: { severity: 'mild', environment: 'supportive', responsibilities: 'must-continue', cost: 'tight' },
    level: 'iop', levelAllFour: 'outpatient', firstReason: 'responsibilities:must-continue',
  },
  {
    name: 'seed: stepping down from inpatient with a supportive home leans IOP',
    answers: { 'prior-treatment': 'stepping-down', severity: 'moderate', relapse: 'once' },
    level: 'iop', levelAllFour: 'outpatient', firstReason: 'prior-treatment:stepping-down',
  },
  {
    name: 'moderate use with mild withdrawal and a supportive home points to IOP',
    answers: { withdrawal: 'mild', severity: 'moderate', relapse: 'once' },
    // IOP is the least intensive default level, so its reasons are the answers that favour it.
    level: 'iop', levelAllFour: 'iop', firstReason: 'environment:supportive',
  },
  {
    name: 'severe use with a supportive home stays at IOP, with the severity as a trade-off',
    answers: { severity: 'severe', environment: 'supportive' },
    level: 'iop', levelAllFour: 'iop', firstReason: 'environment:supportive',
  },
  {
    name: 'severe use with a mixed home leans above IOP: day treatment, or inpatient where it is not shown',
    answers: { severity: 'severe', environment: 'mixed' },
    level: 'inpatient', levelAllFour: 'php', firstReason: 'severity:severe',
  },
  {
    name: 'moderate use, a mixed home and managed mental health stay at IOP',
    answers: { severity: 'moderate', environment: 'mixed', 'mental-health': 'managed' },
    level: 'iop', levelAllFour: 'iop', firstReason: 'withdrawal:none',
  },
  {
    name: 'severe use alone with duties that must go on and a tight budget: the preferences tip it to IOP',
    answers: { severity: 'severe', responsibilities: 'must-continue', cost: 'tight' },
    level: 'iop', levelAllFour: 'iop', firstReason: 'responsibilities:must-continue',
  },
  {
    name: 'struggling mental health, a mixed home and a past relapse point above IOP',
    answers: { 'mental-health': 'struggling', environment: 'mixed', relapse: 'once' },
    level: 'inpatient', levelAllFour: 'php',
  },
  {
    name: 'outpatient care that was not enough, with a mixed home, leans above IOP',
    answers: { 'prior-treatment': 'outpatient-not-enough', environment: 'mixed' },
    level: 'inpatient', levelAllFour: 'php', firstReason: 'prior-treatment:outpatient-not-enough',
  },
  {
    name: 'a close call (mixed home, moderate use, a past relapse) is tipped above IOP by being able to step away',
    answers: { environment: 'mixed', severity: 'moderate', relapse: 'once', 'mental-health': 'managed', responsibilities: 'can-pause' },
    level: 'inpatient', levelAllFour: 'php',
  },
  {
    name: 'the same close call with duties that must go on stays with IOP',
    answers: { environment: 'mixed', severity: 'moderate', relapse: 'once', 'mental-health': 'managed', responsibilities: 'must-continue' },
    level: 'iop', levelAllFour: 'iop',
  },
];

describe('engine: named cases from the seed guidance', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const answers = { ...BASE, ...c.answers };
      const r = recommend(answers)!;
      expect(r.level).to.equal(c.level);
      expect(recommend(answers, { levels: [...LEVEL_IDS] })!.level).to.equal(c.levelAllFour);
      if (c.urgent !== undefined) expect(r.urgent).to.equal(c.urgent);
      if (c.firstReason) expect(`${r.reasons[0].question}:${r.reasons[0].answer}`).to.equal(c.firstReason);
    });
  }

  it('preferences never lift a gate: must keep working and a tight budget still give inpatient for severe withdrawal', () => {
    const r = recommend({ ...BASE, withdrawal: 'severe', responsibilities: 'must-continue', cost: 'tight' })!;
    expect(r.level).to.equal('inpatient');
    expect(r.tradeoffs.map((t) => t.question)).to.include.members(['responsibilities', 'cost']);
  });

  it('the crisis gate marks crisis; severe withdrawal alone does not', () => {
    expect(recommend({ ...BASE, 'mental-health': 'crisis' })!.crisis).to.equal(true);
    expect(recommend({ ...BASE, withdrawal: 'severe' })!.crisis).to.equal(false);
  });

  it('a facility that offers only IOP is told plainly when inpatient care may fit', () => {
    const r = recommend({ ...BASE, environment: 'unsafe' }, { offers: ['iop'] })!;
    expect(r).to.include({ level: 'inpatient', offered: false, higherLevelNeeded: false });
  });

  it('when the rules point above every level shown, the top shown level is given and flagged', () => {
    const r = recommend({ ...BASE, withdrawal: 'severe' }, { levels: ['outpatient', 'iop'] })!;
    expect(r).to.include({ level: 'iop', higherLevelNeeded: true, urgent: true });
  });

  it('both gate answers are named when severe use and repeated relapse fire together', () => {
    const r = recommend({ ...BASE, severity: 'severe', relapse: 'repeated' })!;
    expect(r.reasons.slice(0, 2)).to.deep.equal([
      { question: 'severity', answer: 'severe', kind: 'gate' },
      { question: 'relapse', answer: 'repeated', kind: 'gate' },
    ]);
  });
});
