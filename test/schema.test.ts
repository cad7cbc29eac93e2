import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { resolveConfig } from '../src/config/config.js';
import { HIDEABLE_QUESTION_IDS, LEVEL_IDS, QUESTION_IDS } from '../src/engine/ids.js';
import { ROW_IDS } from '../src/content/strings.js';
import { helpLineCases } from './help-line-cases.js';

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

/**
 * A config that rewords every English string, so no part of the table is missing from the schema. A help line's
 * number and links are not words: they stay, since a line must dial exactly the digits it shows.
 */
function rewordAll(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return ['number', 'href', 'sms'].includes(key) ? value : `${value} (ours)`;
  if (Array.isArray(value)) return value.map((v) => rewordAll(v));
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, rewordAll(v, k)]));
}

const without = (...left: string[]) => QUESTION_IDS.filter((id) => !left.includes(id));
const ALWAYS_ASKED = without(...HIDEABLE_QUESTION_IDS);

/** A help line as config.ts and the schema describe it, with every optional field. */
const LINE = { label: 'Crisis line', short: 'crisis call or text', action: 'Call or text', number: '988', href: 'tel:988', sms: 'SMS:988', note: '24/7' };
const linesIn = (language: string, lines: unknown[]) => ({ strings: { [language]: { safety: { lines } } } });
const noteIn = (note: string, copy: unknown) => ({ strings: { en: { notes: { [note]: copy } } } });

const GOOD: Array<[string, unknown]> = [
  ['empty', {}],
  ['every English string reworded', { strings: { en: rewordAll(en) } }],
  ['every Spanish string reworded (its own audience words)', { strings: { es: rewordAll(es) } }],
  ['Spanish and a third language', { strings: { es: { quiz: { start: 'Empezar' } }, fr: { title: 'Quel niveau de soins ?' } } }],
  ['audience words of a language of its own', { strings: { fr: { pronouns: { self: { vous: 'vous' }, lovedOne: { vous: 'cette personne' } } } } }],
  ['an inline row', { rows: ['live', { label: { en: 'Family', es: 'Familia' }, iop: 'Weekly', inpatient: 'Monthly' }] }],
  ['every built-in row', { rows: [...ROW_IDS] }],
  ['facts for every level', { facts: Object.fromEntries(LEVEL_IDS.map((level) => [level, { moud: true }])) }],
  ['cell overrides', { rows: ['live', 'detox'], strings: { en: { compare: { rows: { live: { cells: { iop: 'Home' } } } } } } }],
  ['all the questions that may be left out, left out', { questions: ALWAYS_ASKED }],
  ['substances hidden', { questions: without('substances') }],
  ['questions reordered', { questions: [...QUESTION_IDS].reverse() }],
  ['facts', { facts: { iop: { schedule: { en: 'Evenings', es: 'Noches' }, detox: false, moud: true, payment: 'Most plans' } } }],
  ['help lines', { strings: { en: { safety: { lines: [{ label: 'Emergency', action: 'Call', number: '999', href: 'tel:999' }] } } } }],
  ['a help line with a short name and a text link', linesIn('en', [LINE])],
  ['a note reworded', noteIn('paying', { heading: 'Paying for care', text: 'Ask us about payment plans.' })],
  // The text link dials the number shown (988); a leading space is trimmed as a browser would.
  ['the lines of a note replaced', noteIn('unsafe-home', { lines: [{ ...LINE, label: 'Local shelter', href: 'https://example.org/shelter', sms: ' sms:988' }] })],
  ['a reason reworded', { strings: { en: { quiz: { questions: { health: { reasons: { none: 'No pregnancy or health problem' } } } } } } }],
];

const BAD: Array<[string, unknown, string]> = [
  ['a number as a string', { strings: { en: { quiz: { back: 42 } } } }, 'config.strings.en.quiz.back'],
  ['an empty string', { strings: { en: { safety: { disclaimer: '' } } } }, 'config.strings.en.safety.disclaimer'],
  ['an unknown string', { strings: { en: { colour: 'red' } } }, 'config.strings.en.colour'],
  ['a number as a row', { rows: ['live', 5] }, 'config.rows[1]'],
  ['an unknown row id', { rows: ['live', 'family'] }, 'config.rows[1]'],
  ['an inline row with a bad cell', { rows: [{ label: 'Family', iop: 5 }] }, 'config.rows[0].iop must be a string'],
  ['a cell that is not a string', { strings: { en: { compare: { rows: { live: { cells: { iop: ['x'] } } } } } } }, 'config.strings.en.compare.rows.live.cells.iop'],
  ['an unknown question', { questions: [...QUESTION_IDS, 'mood'] }, `config.questions[${QUESTION_IDS.length}]`],
  ['health hidden', { questions: without('health') }, 'config.questions must keep "health"'],
  // Each of the other questions that are always asked, hidden on its own.
  ...ALWAYS_ASKED.filter((id) => id !== 'health').map((id): [string, unknown, string] => [`${id} hidden`, { questions: without(id) }, `config.questions must keep "${id}"`]),
  ['an unknown level in facts', { facts: { detox: { schedule: 'x' } } }, 'config.facts.detox'],
  ['a yes/no fact as text', { facts: { iop: { detox: 'yes' } } }, 'config.facts.iop.detox'],
  ['no help lines', { strings: { es: { safety: { lines: [] } } } }, 'config.strings.es.safety.lines'],
  ['a help line with an unsafe link', { strings: { en: { safety: { lines: [{ label: 'x', number: '1', href: 'javascript:alert(1)' }] } } } }, 'config.strings.en.safety.lines[0]'],
  ['a text link that is not an sms: link', linesIn('en', [{ ...LINE, sms: 'tel:988' }]), 'config.strings.en.safety.lines[0]'],
  ['an empty text link', linesIn('es', [{ ...LINE, sms: ' ' }]), 'config.strings.es.safety.lines[0]'],
  ['a short name that is not text', linesIn('en', [LINE, { ...LINE, short: 5 }]), 'config.strings.en.safety.lines[1]'],
  ['a note line with an unsafe link', noteIn('unsafe-home', { lines: [{ ...LINE, href: 'javascript:alert(1)' }] }), 'config.strings.en.notes.unsafe-home.lines[0]'],
  ['no lines for a note', noteIn('unsafe-home', { lines: [] }), 'config.strings.en.notes.unsafe-home.lines'],
  ['lines for a note that has none', noteIn('paying', { lines: [LINE] }), 'config.strings.en.notes.paying.lines is not a known setting'],
  ['an unknown note', noteIn('sober-living', { heading: 'x', text: 'y' }), 'config.strings.en.notes.sober-living is not a known setting'],
  ['an empty reason', { strings: { en: { quiz: { questions: { health: { reasons: { none: ' ' } } } } } } }, 'config.strings.en.quiz.questions.health.reasons.none'],
  ['an audience word that is not text', { strings: { es: { pronouns: { self: { quien: 1 } } } } }, 'config.strings.es.pronouns.self.quien'],
  ['no rows', { rows: [] }, 'config.rows would leave the comparison empty'],
  ['an unknown setting', { theme: 'pink' }, 'config.theme'],
  ['not an object', ['rows'], 'config must be an object'],
];

/**
 * Where the widget is stricter than the schema: a help line's tel: or sms: link must dial the digits the line
 * shows, so a line cannot say 988 and call another number. JSON Schema (2020-12) cannot compare one property's
 * value with another's, so the schema accepts these lines; the widget refuses each with a warning naming it and
 * keeps the built-in lines. (An https: link has no digits to match.)
 */
const STRICTER: Array<[string, unknown, string]> = [
  ['a help line that shows 988 and calls another number', linesIn('en', [{ ...LINE, href: 'tel:5550100' }]), 'config.strings.en.safety.lines[0]'],
  ['a help line that shows 988 and texts another number', linesIn('es', [{ ...LINE, sms: 'sms:5550100' }]), 'config.strings.es.safety.lines[0]'],
  [
    "a note's line that shows 988 and texts another number",
    noteIn('unsafe-home', { lines: [{ ...LINE, href: 'https://example.org/shelter', sms: ' sms:5550100' }] }),
    'config.strings.en.notes.unsafe-home.lines[0]',
  ],
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
  for (const [name, config, path] of STRICTER) {
    it(`accepts ${name}, which the widget alone refuses (a schema cannot compare two values), warning about ${path}`, () => {
      const result = validator.validate(config);
      expect(result.valid, JSON.stringify(result.errors.slice(0, 3))).to.equal(true);
      const warnings = warningsFor(config);
      expect(warnings.filter((w) => w.startsWith(`${path} `)), 'the line refused, by its path').to.have.length(1);
      expect(warnings.join('\n'), 'the built-in lines kept').to.include(`${path.replace(/\[0\]$/, '')} would remove the help lines; keeping them`);
    });
  }
});

describe('the schema and the widget on every help line of test/fixtures/help-lines.json', () => {
  it('the schema never refuses a line the widget keeps, and refuses every link with more than digits to dial', async () => {
    const cases = await helpLineCases();
    const acceptedButRefused: string[] = [];
    for (const { why, ok, line } of cases) {
      const config = linesIn('en', [line]);
      const valid = validator.validate(config).valid;
      const widgetKeeps = !warningsFor(config).some((w) => w.startsWith('config.strings.en.safety.lines[0] '));
      expect(widgetKeeps, `${why}: the widget follows the fixture`).to.equal(ok);
      if (ok) expect(valid, `${why}: the schema accepts a line the widget keeps`).to.equal(true);
      else if (valid) acceptedButRefused.push(why);
    }
    // What a schema cannot say: that the digits shown are the digits dialled, and how many there are.
    expect(acceptedButRefused.sort()).to.deep.equal(
      [
        'letters in the shown number',
        'letters shown, only the digits before them dialled',
        'Arabic-Indic digits shown',
        'the digits differ',
        'the sms field dials another number',
        'a single digit',
        'more than 15 digits',
        'a + dialled before a short number that shows none (tel:+911 calls abroad)',
        'a + texted before a short number that shows none',
        'a + shown but not dialled',
        'an invisible character (BOM) in the shown number',
        'a line separator in the shown number',
      ].sort(),
    );
  });
});
