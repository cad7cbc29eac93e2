// Writes dist/treatment-compare.schema.json: the JSON Schema of a facility configuration, derived from the
// English strings table and the engine's ids (imported from src/ as they are), so it can never drift from what
// the widget accepts. test/schema.test.ts holds the two to that: what the schema accepts, the widget takes
// without a warning, and what it rejects, the widget warns about.
//
// The built-in ids (questions, rows, levels) are written as `oneOf` lists of `{ const, title }` with the English
// words for each, so an editor can show what an id means, and the configurator page (demo/configurator.js)
// reads its row ids and the labels of its checkboxes from here rather than keeping copies of its own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { importSource } from './import-source.mjs';

const { HIDEABLE_QUESTION_IDS, LEVEL_IDS, QUESTION_IDS } = await importSource('src/engine/index.ts');
const { LANGUAGES, ROW_IDS, fill } = await importSource('src/content/index.ts');
const { DIAL_PART } = await importSource('src/config/config.ts');
const en = LANGUAGES.en;

const text = { $ref: '#/$defs/text' };
const strict = (properties) => ({ type: 'object', additionalProperties: false, properties });
const ids = (list, title) => ({ oneOf: list.map((id) => ({ const: id, title: title(id) })) });

/**
 * The schema of one part of the strings table, from the English default's shape: each string may be reworded,
 * nothing may be added. The audience words are the exception, as in src/config/config.ts: each language names
 * its own ({you}, {your}, {them} in English, {quien} in Spanish), so any key goes there.
 */
function shape(value, path) {
  if (typeof value === 'string') return text;
  if (Array.isArray(value)) {
    return typeof value[0] === 'string'
      ? { type: 'array', minItems: 1, items: text }
      : { type: 'array', minItems: 1, items: { $ref: '#/$defs/helpLine' } };
  }
  if (/^strings\.pronouns\.[^.]+$/.test(path)) return { type: 'object', additionalProperties: text };
  return strict(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v, `${path}.${k}`)])));
}

const required = QUESTION_IDS.filter((id) => !HIDEABLE_QUESTION_IDS.includes(id));
const list = (items) => items.join(', ');

// A help line's link, as the widget reads it (src/config/config.ts): ASCII spaces around it, a dial part of ASCII
// digits with a leading + and - . ( ) and spaces, an sms: body. That it dials the digits shown, the widget alone checks.
const space = '[\\t\\n\\f\\r ]*';
const tel = `[Tt][Ee][Ll]:${DIAL_PART}${space}`;
const sms = `[Ss][Mm][Ss]:${DIAL_PART}(\\?&?[Bb][Oo][Dd][Yy]=[^&]*)?${space}`;

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/treatment-compare/dist/treatment-compare.schema.json',
  title: 'treatment-compare facility configuration',
  description:
    'The JSON accepted by <treatment-compare> as a child <script type="application/json">, the config attribute or the config property. Every part is optional.',
  type: 'object',
  additionalProperties: false,
  properties: {
    strings: {
      description: 'Text overrides per language tag (en, es, or a language of your own). Any string may be reworded; none may be empty.',
      type: 'object',
      additionalProperties: shape(en, 'strings'),
    },
    rows: {
      description:
        "Comparison rows in order; rows left out are hidden. An entry is a built-in row id or a whole row of the facility's own, written inline.",
      type: 'array',
      minItems: 1,
      items: { anyOf: [{ $ref: '#/$defs/rowId' }, { $ref: '#/$defs/ownRow' }] },
    },
    questions: {
      description: `Questions in order. These may be left out: ${list(HIDEABLE_QUESTION_IDS)} (the README says how each then counts). These are always asked: ${list(required)}.`,
      type: 'array',
      items: { $ref: '#/$defs/questionId' },
      allOf: required.map((id) => ({ contains: { const: id } })),
    },
    facts: {
      description: 'Facts about each level the facility offers, shown under the comparison.',
      type: 'object',
      propertyNames: { $ref: '#/$defs/levelId' },
      additionalProperties: strict({
        schedule: { $ref: '#/$defs/localText' },
        length: { $ref: '#/$defs/localText' },
        detox: { type: 'boolean' },
        moud: { type: 'boolean' },
        payment: { $ref: '#/$defs/localText' },
      }),
    },
  },
  $defs: {
    text: { type: 'string', minLength: 1, pattern: '\\S' },
    localText: { oneOf: [{ $ref: '#/$defs/text' }, { type: 'object', minProperties: 1, additionalProperties: { $ref: '#/$defs/text' } }] },
    questionId: { description: 'A question, in its default order.', ...ids(QUESTION_IDS, (id) => fill(en.quiz.questions[id].text, en.pronouns.self)) },
    rowId: { description: 'A built-in comparison row, in its default order.', ...ids(ROW_IDS, (id) => en.compare.rows[id].label) },
    levelId: { description: 'A level of care, least to most intensive.', ...ids(LEVEL_IDS, (id) => en.levels[id]) },
    ownRow: {
      type: 'object',
      additionalProperties: false,
      required: ['label'],
      properties: Object.fromEntries(['label', ...LEVEL_IDS].map((k) => [k, { $ref: '#/$defs/localText' }])),
    },
    helpLine: {
      description: 'A line to call or text: the help lines (safety.lines) and the lines of a situation note (notes.*.lines).',
      type: 'object',
      additionalProperties: false,
      required: ['label', 'number', 'href'],
      properties: {
        label: text,
        action: { type: 'string' },
        short: { type: 'string', description: 'A few words for the one-line list of help lines at the top.' },
        number: text,
        href: {
          type: 'string',
          pattern: `^${space}(${tel}|${sms}|[Hh][Tt][Tt][Pp][Ss]:[\\s\\S]*)$`,
          description: 'A tel: or sms: link that dials exactly the digits of number (0-9, a leading +, - . ( ) and spaces only; an sms: link may add ?body=…), or an https: page.',
        },
        sms: { type: 'string', pattern: `^${space}${sms}$`, description: 'A text-message link (sms:988) when the line takes texts; it texts the digits of number.' },
        note: { type: 'string' },
      },
    },
  },
};

mkdirSync('dist', { recursive: true });
writeFileSync('dist/treatment-compare.schema.json', JSON.stringify(schema, null, 2) + '\n');
console.log('dist/treatment-compare.schema.json');
