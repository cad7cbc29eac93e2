// Rollup plugin: ships a translation as its values only. A strings table for another language has the same
// shape as English (the type system enforces the keys), so in the bundles Spanish is written as a list of its
// texts in English key order and rebuilt at load by `fromShape` (src/content/shape.ts). The keys, which every
// table repeats, then appear once. Where a part's keys differ from English (the audience words), or for a list,
// the part ships whole. The source files stay plain typed objects; only the built bundle changes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

async function load(file, dir) {
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2021 },
  });
  const out = join(dir, `${basename(file)}.mjs`);
  writeFileSync(out, outputText);
  return import(`${pathToFileURL(out).href}?${Date.now()}`);
}

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const sameKeys = (a, b) => Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => Object.hasOwn(b, k));

/** The values of `table` in the key order of `shape`, as `fromShape` reads them back. */
function valuesInShape(shape, table, values = [], path = '') {
  if (isObject(shape) && isObject(table) && sameKeys(shape, table)) {
    for (const key of Object.keys(shape)) valuesInShape(shape[key], table[key], values, `${path}.${key}`);
  } else {
    // A part whose keys differ from English ships whole, marked with its path so no other part takes it.
    values.push(isObject(shape) ? { [path]: table } : table);
  }
  return values;
}

export function compactTranslations({ base = 'src/content/en.ts', translations = ['src/content/es.ts'] } = {}) {
  return {
    name: 'compact-translations',
    async transform(code, id) {
      const file = translations.find((t) => id.replaceAll('\\', '/').endsWith(t));
      if (!file) return null;
      const dir = mkdtempSync(join(tmpdir(), 'tc-compact-'));
      try {
        const [{ en }, module, { fromShape }] = await Promise.all([load(base, dir), load(file, dir), load('src/content/shape.ts', dir)]);
        const [name, table] = Object.entries(module)[0];
        const values = valuesInShape(en, table);
        // The bundle must hold exactly the table the source has: rebuild it as the bundle will, and compare.
        if (JSON.stringify(fromShape(en, structuredClone(values))) !== JSON.stringify(table)) {
          this.error(`${file}: the compact form does not rebuild the same table`);
        }
        return {
          code: `import { en } from './en.js';\nimport { fromShape } from './shape.js';\nexport const ${name} = fromShape(en, ${JSON.stringify(values)});\n`,
          map: null,
        };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
