import { expect } from '@open-wc/testing';
import { LEVEL_IDS, MULTI_CHOICE_QUESTION_IDS, QUESTION_IDS, QUESTION_OPTIONS, NOTE_IDS } from '../src/engine/index.js';
import { CLOSE_CALL_POINTS, FLOORS, HEALTH_WEIGHTS, POINTS, SCORE_THRESHOLDS } from '../src/engine/weights.js';
import { ALL_SUBSTANCE_SETS, HEALTH_FAMILY, SINGLE_SET_COUNT, SUBSTANCE_FAMILY } from './engine/all-answers.js';

/*
 * The README's "How the recommendation works" must say what the code does: every number it states is checked
 * here against the engine's tables, and its lists of ids against the engine's ids.
 */

const README = await (await fetch('/README.md')).text();
const section = README.slice(README.indexOf('## How the recommendation works'), README.indexOf('## Privacy'));
const between = (start: string, end: string) => section.slice(section.indexOf(start) + start.length, section.indexOf(end));

const LEVEL_WORDS: Record<string, number> = { '—': 0, IOP: 1, partial: 2, inpatient: 3 };
const line = (level: string) => SCORE_THRESHOLDS.find(([id]) => id === level)![1];
const numbers = (text: string) => [...text.matchAll(/[−-]?\d[\d,]*/g)].map((m) => Number(m[0].replace('−', '-').replace(/,/g, '')));

describe('README: the rules in plain words match the engine', () => {
  const table = between('<!-- rules-table:start -->', '<!-- rules-table:end -->')
    .split('\n')
    .filter((row) => /^\| [a-z]/.test(row) && !row.startsWith('| answer'))
    .map((row) => row.split('|').slice(1, -1).map((cell) => cell.trim()));
  const byQuestion = new Map(table.map(([answer, points, minimum]) => [answer.split(/[:,]/)[0].replace(/, each item$/, ''), { answer, points, minimum }]));

  it('the table gives every scored question its points and minimums, option by option, in the engine order', () => {
    for (const q of Object.keys(POINTS) as (keyof typeof POINTS)[]) {
      const row = byQuestion.get(q);
      expect(row, q).to.exist;
      expect(row!.answer.split(': ')[1].split(' / '), q).to.deep.equal([...QUESTION_OPTIONS[q]]);
      expect(numbers(row!.points), q).to.deep.equal([...POINTS[q]]);
      const minimums = row!.minimum.split(' / ').map((m) => LEVEL_WORDS[m.split(' ')[0]]);
      expect(minimums, q).to.deep.equal([...FLOORS[q]]);
    }
  });

  it('the health row gives each item its points and minimum', () => {
    const row = byQuestion.get('health')!;
    const items = row.answer.split(': ')[1].split(' / ');
    expect(items).to.deep.equal([...QUESTION_OPTIONS.health]);
    expect(numbers(row.points)).to.deep.equal(items.map((i) => HEALTH_WEIGHTS[i as keyof typeof HEALTH_WEIGHTS].points));
    expect(row.minimum.split(' / ').map((m) => LEVEL_WORDS[m])).to.deep.equal(items.map((i) => HEALTH_WEIGHTS[i as keyof typeof HEALTH_WEIGHTS].floor));
  });

  it('the score lines and the close call are the engine thresholds', () => {
    const lines = between('<!-- score-lines -->', '<!-- /score-lines -->');
    expect(numbers(lines)).to.deep.equal([line('iop') - 1, line('iop'), line('php'), line('inpatient'), CLOSE_CALL_POINTS]);
  });

  it('every number in the prose is a threshold, the close call or a test count, in that order', () => {
    const prose = section
      .replace(/<!-- rules-table:start -->[^]*<!-- rules-table:end -->/, '')
      .replace(/<!-- score-lines -->[^]*<!-- \/score-lines -->/, '')
      .replace(/```[^]*?```/g, '')
      .replace(/SPEC §[\d–-]+|version \d/g, '')
      .replace(/^\d+\. /gm, ''); // the list's own numbering
    const expected = [
      line('iop') - 1, line('iop'), line('php') - 1, line('php'), line('inpatient') - 1, line('inpatient'), // point 5
      CLOSE_CALL_POINTS, // point 7
      SINGLE_SET_COUNT, SINGLE_SET_COUNT * SUBSTANCE_FAMILY.length * HEALTH_FAMILY.length, ALL_SUBSTANCE_SETS.length, // tests
    ];
    expect(numbers(prose)).to.deep.equal(expected);
  });

  it('the question ids and their options are listed as the engine has them', () => {
    const list = section.slice(section.indexOf('Question ids and their options')).replace(/\s+/g, ' ');
    let at = 0;
    for (const q of QUESTION_IDS) {
      at = list.indexOf(`\`${q}\``, at);
      expect(at, q).to.be.greaterThan(-1);
      const ids = (MULTI_CHOICE_QUESTION_IDS as readonly string[]).includes(q) && q === 'health' ? QUESTION_OPTIONS[q].filter((o) => o !== 'none') : QUESTION_OPTIONS[q];
      expect(list.slice(at), q).to.include(ids.join(' '));
    }
  });

  it('the notes are named in the engine order; the levels by their ids', () => {
    const notes = section.slice(section.indexOf('**Notes**'));
    const positions = NOTE_IDS.map((n) => notes.indexOf(`\`${n}\``));
    expect(positions.every((p, i) => p > -1 && (i === 0 || p > positions[i - 1]))).to.equal(true);
    for (const level of LEVEL_IDS) expect(section).to.include(`'${level}'`);
  });
});
