import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

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

export default [
  // The bundles a page loads: Lit inside, production build, minified.
  {
    input: 'src/define.ts',
    plugins: [resolve({ exportConditions: ['production'] }), ts(), minifyTemplates(), minify],
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
];
