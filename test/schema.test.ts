import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { en } from '../src/content/en.js';
import { resolveConfig } from '../src/config/config.js';

// The shipped JSON Schema and the widget's own checks must agree: what the schema accepts, the widget
// takes without a warning; what it rejects, the widget warns about (with the path) and falls back.
let validator: Validator;
before(async () => {
  const schema = await (await fetch('/dist/treatment-compare.schema.json')).json();
  validator = new Validator(schema, '2020-12', false);
});

const warningsFor = (config: unknown) => {
  const warnings: string[] = [];
  resolveConfig(config, (m) => warnings.push(m));
  return warnings;
};

/** A config that rewords every English string, so no part of the table is missing from the schema. */
function rewordAll(value: unknown): unknown {
  if (typeof value === 'string') return `${value} (ours)`;
  if (Array.isArray(value)) return value.map(rewordAll);
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, rewordAll(v)]));
}

const GOOD: Array<[string, unknown]> = [
  ['empty', {}],
  ['every English string reworded', { strings: { en: rewordAll(en) } }],
  ['Spanish and a third language', { strings: { es: { quiz: { start: 'Empezar' } }, fr: { title: 'Quel niveau de soins ?' } } }],
  ['an inline row', { rows: ['live', { label: { en: 'Family', es: 'Familia' }, iop: 'Weekly', inpatient: 'Monthly' }] }],
  ['cell overrides', { rows: ['live', 'detox'], strings: { en: { compare: { rows: { live: { cells: { iop: 'Home' } } } } } } }],
  ['hidden questions', { questions: ['withdrawal', 'severity', 'relapse', 'mental-health', 'environment'] }],
  ['facts', { facts: { iop: { schedule: { en: 'Evenings', es: 'Noches' }, detox: false, moud: true, payment: 'Most plans' } } }],
  ['help lines', { strings: { en: { safety: { lines: [{ label: 'Emergency', action: 'Call', number: '999', href: 'tel:999' }] } } } }],
];

const BAD: Array<[string, unknown, string]> = [
  ['a number as a string', { strings: { en: { quiz: { back: 42 } } } }, 'config.strings.en.quiz.back'],
  ['an empty string', { strings: { en: { safety: { disclaimer: '' } } } }, 'config.strings.en.safety.disclaimer'],
  ['an unknown string', { strings: { en: { colour: 'red' } } }, 'config.strings.en.colour'],
  ['a number as a row', { rows: ['live', 5] }, 'config.rows[1]'],
  ['an unknown row id', { rows: ['live', 'family'] }, 'config.rows[1]'],
  ['an inline row with a bad cell', { rows: [{ label: 'Family', iop: 5 }] }, 'config.rows[0].iop must be a string'],
  ['a cell that is not a string', { strings: { en: { compare: { rows: { live: { cells: { iop: ['x'] } } } } } } }, 'config.strings.en.compare.rows.live.cells.iop'],
  ['an unknown question', { questions: ['withdrawal', 'severity', 'relapse', 'mental-health', 'environment', 'mood'] }, 'config.questions[5]'],
  ['a safety question hidden', { questions: ['severity', 'relapse', 'mental-health', 'environment'] }, 'config.questions must keep "withdrawal"'],
  ['an unknown level in facts', { facts: { detox: { schedule: 'x' } } }, 'config.facts.detox'],
  ['a yes/no fact as text', { facts: { iop: { detox: 'yes' } } }, 'config.facts.iop.detox'],
  ['no help lines', { strings: { es: { safety: { lines: [] } } } }, 'config.strings.es.safety.lines'],
  ['a help line with an unsafe link', { strings: { en: { safety: { lines: [{ label: 'x', number: '1', href: 'javascript:alert(1)' }] } } } }, 'config.strings.en.safety.lines[0]'],
  ['no rows', { rows: [] }, 'config.rows would leave the comparison empty'],
  ['an unknown setting', { theme: 'pink' }, 'config.theme'],
  ['not an object', ['rows'], 'config must be an object'],
];

describe('dist/treatment-compare.schema.json agrees with the widget', () => {
  for (const [name, config] of GOOD) {
    it(`accepts ${name}, and so does the widget (no warning)`, () => {
      const result = validator.validate(config);
      expect(result.valid, JSON.stringify(result.errors.slice(0, 3))).to.equal(true);
      expect(warningsFor(config)).to.deep.equal([]);
    });
  }
  for (const [name, config, path] of BAD) {
    it(`rejects ${name}, and the widget warns about ${path}`, () => {
      expect(validator.validate(config).valid).to.equal(false);
      const warnings = warningsFor(config);
      expect(warnings.join('\n')).to.include(path);
    });
  }
});
