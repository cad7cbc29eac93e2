// Bundles the bench's own contenders into bench/out/ the way rollup.config.mjs bundles the widget: Lit's
// production build through node-resolve, terser with the same options, one IIFE file each. So the bare Lit
// element is a fair floor: same toolchain, same minifier, only the widget's own code missing.
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { join } from 'node:path';
import { surveyQuiz } from './surveyjs-definition.mjs';

const minify = () =>
  terser({
    ecma: 2021,
    module: true,
    format: { comments: false },
    compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
    toplevel: true,
    // The widget's config also mangles its own _private members; these files have none, so it is left out.
  });

const ENTRIES = {
  'bare-lit.iife.js': 'bare-lit.js',
  'bare-vanilla.js': 'bare-vanilla.js',
  'surveyjs-quiz.js': 'surveyjs-quiz.js', // the peer's quiz definition is shipped bytes too: minified alike
};

/** `import x from 'bench:<name>'` in a bench source: the value given here, as a module of its own. */
const values = (modules) => ({
  name: 'bench-values',
  resolveId: (id) => (id.startsWith('bench:') && Object.hasOwn(modules, id.slice('bench:'.length)) ? `\0${id}` : null),
  load: (id) => (id.startsWith('\0bench:') ? `export default ${JSON.stringify(modules[id.slice('\0bench:'.length)])};` : null),
});

/** Builds the bundles into `outDir`; returns what the report says about them. */
export async function buildContenders(benchDir, outDir) {
  const quiz = await surveyQuiz();
  for (const [file, input] of Object.entries(ENTRIES)) {
    const plugins = [values({ 'surveyjs-quiz': quiz.definition }), resolve({ exportConditions: ['production'] }), minify()];
    const bundle = await rollup({ input: join(benchDir, 'src', input), plugins });
    await bundle.write({ file: join(outDir, file), format: 'iife' });
    await bundle.close();
  }
  return { surveyjsQuiz: quiz.about };
}
