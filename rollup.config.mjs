import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { compactTranslations } from './scripts/compact-translations.mjs';
import { litGuards } from './scripts/lit-guards.mjs';

const ts = (declarations = false) =>
  typescript({
    tsconfig: './tsconfig.json',
    noEmitOnError: true,
    declaration: declarations,
    declarationDir: declarations ? 'dist' : undefined,
    outDir: 'dist',
  });

const minify = terser({
  ecma: 2021,
  module: true,
  format: { comments: false },
  compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
  toplevel: true,
  // Private members are named _camelCase; Lit's own minified names never start with _ and a letter.
  mangle: { properties: { regex: /^_[a-z]/ } },
});

// Modules of the package build that stay imports: lit is the runtime dependency (the integrator's bundler
// dedupes it); anything else unresolved is a mistake and fails the build.
const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

// Declarations of modules that no longer exist must not linger in dist/ (and so in the package).
const cleanDeclarations = () => ({
  name: 'clean-declarations',
  buildStart() {
    const sweep = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          sweep(path);
          if (!readdirSync(path).length) rmSync(path, { recursive: true });
        } else if (entry.name.endsWith('.d.ts')) rmSync(path);
      }
    };
    try {
      sweep('dist');
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  },
});

const configs = [
  // The bundles a page loads: Lit inside, production build, minified.
  {
    input: 'src/define.ts',
    plugins: [resolve({ exportConditions: ['production'] }), litGuards(), compactTranslations(), ts(), minifyTemplates(), minify],
    output: [
      { file: 'dist/treatment-compare.js', format: 'es' },
      { file: 'dist/treatment-compare.iife.js', format: 'iife', name: 'TreatmentCompareBundle' },
    ],
  },
  // DOM-free rules for servers and intake forms.
  {
    input: 'src/engine/index.ts',
    plugins: [ts()],
    output: { file: 'dist/engine.js', format: 'es' },
  },
  // The npm package's entries for bundlers: unminified ES modules with lit external, and the type
  // declarations (dist/index.d.ts, dist/define.d.ts, dist/engine/index.d.ts, …). Everything the element is
  // made of lives in dist/index.js (no side effects); dist/define.js imports it and registers the element,
  // so both entries share one class.
  {
    input: { index: 'src/index.ts', define: 'src/define.ts' },
    external: isLit,
    plugins: [cleanDeclarations(), ts(true)],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      hoistTransitiveImports: false, // define.js imports index.js, which imports lit: no `import 'lit'` of its own
      // One chunk for all but define.ts: it becomes the index entry, so there is no third, hashed file.
      manualChunks: (id) => (/[\\/]src[\\/]define\.ts$/.test(id) ? undefined : 'index'),
    },
    onwarn(warning, warn) {
      if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'CIRCULAR_DEPENDENCY') throw new Error(warning.message);
      warn(warning);
    },
  },
];

/**
 * `rollup -c` builds every config above in turn; `rollup -c --configPart k/n` builds every n-th one from the k-th
 * (0-based), so scripts/build-first.mjs can share them out over processes that run at once (they write different
 * files) without knowing how many there are.
 */
export default (args) => {
  const part = args.configPart;
  delete args.configPart;
  if (part === undefined) return configs;
  const [k, n] = String(part).split('/').map(Number);
  if (!(n > 0 && k >= 0 && k < n)) throw new Error(`rollup.config.mjs: --configPart ${part}: expected k/n with 0 <= k < n`);
  return configs.filter((_, i) => i % n === k);
};
