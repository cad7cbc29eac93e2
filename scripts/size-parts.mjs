// What each part of the IIFE costs in gzip bytes (node zlib level 9, as the budget is measured). The content
// tables and the styles are measured by leaving them out: the bundle is built again with that module replaced
// by a stand-in, and the difference is its cost. Lit is measured as a bare LitElement bundle (the floor any
// Lit widget pays); the engine and the element share the rest in proportion to their minified size.
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifyTemplates } from './minify-templates.mjs';
import { compactTranslations } from './compact-translations.mjs';

const gz = (code) => gzipSync(code, { level: 9 }).length;
const minify = () =>
  terser({ ecma: 2021, module: true, format: { comments: false }, compress: { passes: 3, unsafe_arrows: true, pure_getters: true }, toplevel: true, mangle: { properties: { regex: /^_[a-z]/ } } });

/** Builds the IIFE from `input`, with some modules' source replaced; returns its code and its modules' sizes. */
async function build(input, replace = {}) {
  const stand = { name: 'stand-in', load: (id) => Object.entries(replace).find(([file]) => id === resolvePath(file))?.[1] ?? null };
  // As rollup.config.mjs builds the bundles; a stand-in for a translation replaces its compact form too.
  const compact = Object.keys(replace).some((file) => file.includes('/content/')) ? [] : [compactTranslations()];
  const bundle = await rollup({
    input,
    plugins: [stand, resolve({ exportConditions: ['production'] }), ...compact, typescript({ tsconfig: './tsconfig.json', outDir: 'dist', noEmitOnError: false }), minifyTemplates(), minify()],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'iife', name: 'TreatmentCompareBundle' });
  return output[0];
}

const full = await build('src/define.ts');
const total = gz(full.code);
const without = async (file, source) => total - gz((await build('src/define.ts', { [file]: source })).code);

// Inside the project, so the stand-in resolves lit from node_modules.
const dir = mkdtempSync('.size-floor-');
let lit;
try {
  const floor = join(dir, 'floor.js');
  writeFileSync(floor, "import { LitElement, html, css } from 'lit';\nclass F extends LitElement { render() { return html`<p>${1}</p>`; } }\nF.styles = css`:host{display:block}`;\ncustomElements.define('x-floor', F);\n");
  lit = gz((await build(floor)).code);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const parts = {
  'Spanish strings (es)': await without('src/content/es.ts', "import { en } from './en.js'; export const es = en;"),
  'English strings (en)': await without('src/content/en.ts', "import { es } from './es.js'; export const en = es;"),
  styles: await without('src/treatment-compare.styles.ts', "import { css } from 'lit'; export const styles = css``;"),
};
// The rest: the engine's and the element's share, split by minified size of their modules in the bundle.
const rest = total - lit - Object.values(parts).reduce((a, b) => a + b, 0);
const sizeOf = (test) => Object.entries(full.modules).filter(([id]) => test(id)).reduce((n, [, m]) => n + m.renderedLength, 0);
const engine = sizeOf((id) => /[\\/]src[\\/]engine[\\/]/.test(id));
const element = sizeOf((id) => /[\\/]src[\\/]/.test(id) && !/[\\/]src[\\/](engine|content)[\\/]|styles\.ts$/.test(id));
parts['engine (rules)'] = Math.round((rest * engine) / (engine + element));
parts['element, views, config and quiz state'] = rest - parts['engine (rules)'];
parts['Lit (a bare LitElement bundle)'] = lit;

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(`dist/treatment-compare.iife.js: ${kb(total)} gzip (${total} bytes)\n`);
console.log('| part | gzip bytes | share |\n|---|--:|--:|');
for (const [name, bytes] of Object.entries(parts).sort((a, b) => b[1] - a[1])) console.log(`| ${name} | ${bytes} | ${((100 * bytes) / total).toFixed(0)} % |`);
