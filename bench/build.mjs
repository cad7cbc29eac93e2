// Bundles the bench's own contenders into bench/out/ the way rollup.config.mjs bundles the widget: Lit's
// production build through node-resolve, terser with the same options, one IIFE file each. So the bare Lit
// element is a fair floor: same toolchain, same minifier, only the widget's own code missing.
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { join } from 'node:path';

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

export async function buildContenders(benchDir, outDir) {
  for (const [file, input] of Object.entries(ENTRIES)) {
    const bundle = await rollup({ input: join(benchDir, 'src', input), plugins: [resolve({ exportConditions: ['production'] }), minify()] });
    await bundle.write({ file: join(outDir, file), format: 'iife' });
    await bundle.close();
  }
}
