// Writes dist/treatment-compare.schema.json: the JSON Schema of a facility configuration, derived from
// the English strings table and the engine's ids, so it can never drift from what the widget accepts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** Loads a dependency-free TypeScript module (type imports only) by transpiling it. */
async function load(file, dir) {
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2021 },
  });
  const out = join(dir, file.replace(/[\\/]/g, '_') + '.mjs');
  writeFileSync(out, outputText);
  return import(pathToFileURL(out).href);
}

const dir = mkdtempSync(join(tmpdir(), 'tc-schema-'));
try {
  const { en } = await load('src/content/en.ts', dir);
  const { LEVEL_IDS, QUESTION_IDS } = await load('src/engine/ids.ts', dir);
  const ROW_IDS = Object.keys(en.compare.rows);

  const text = { $ref: '#/$defs/text' };
  const strict = (properties) => ({ type: 'object', additionalProperties: false, properties });

  /** The schema of one part of the strings table, from the English default's shape. */
  function shape(value, path) {
    if (typeof value === 'string') return text;
    if (Array.isArray(value)) {
      return typeof value[0] === 'string'
        ? { type: 'array', minItems: 1, items: text }
        : { type: 'array', minItems: 1, items: { $ref: '#/$defs/helpLine' } };
    }
    const properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v, `${path}.${k}`)]));
    return strict(properties);
  }

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
        items: { oneOf: [{ enum: ROW_IDS }, { $ref: '#/$defs/ownRow' }] },
      },
      questions: {
        description: 'Questions in order. prior-treatment, responsibilities and cost may be left out (they then count as neutral); the others are always asked.',
        type: 'array',
        items: { enum: QUESTION_IDS },
        allOf: ['withdrawal', 'severity', 'relapse', 'mental-health', 'environment'].map((id) => ({ contains: { const: id } })),
      },
      facts: {
        description: 'Facts about each level the facility offers, shown under the comparison.',
        type: 'object',
        propertyNames: { enum: LEVEL_IDS },
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
      ownRow: {
        type: 'object',
        additionalProperties: false,
        required: ['label'],
        properties: Object.fromEntries(['label', ...LEVEL_IDS].map((k) => [k, { $ref: '#/$defs/localText' }])),
      },
      helpLine: {
        type: 'object',
        additionalProperties: false,
        required: ['label', 'number', 'href'],
        properties: {
          label: text,
          action: { type: 'string' },
          number: text,
          href: { type: 'string', pattern: '^\\s*([Tt][Ee][Ll]|[Ss][Mm][Ss]|[Hh][Tt][Tt][Pp][Ss]):' },
          note: { type: 'string' },
        },
      },
    },
  };

  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/treatment-compare.schema.json', JSON.stringify(schema, null, 2) + '\n');
  console.log('dist/treatment-compare.schema.json');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
