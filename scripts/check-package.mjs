// Checks the npm package as an integrator sees it (after `npm run build`):
// 1. every file package.json points at exists, and the schema (written by scripts/schema.mjs) is valid JSON;
// 2. a consumer's TypeScript compiles against the package's own names, `treatment-compare`,
//    `treatment-compare/define`, `/engine` and `/treatment-compare.js`, with both Node's (nodenext) and
//    bundlers' module resolution: the exports' `types` and the declarations in dist/ are wired up.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const SCHEMA = './dist/treatment-compare.schema.json';
let failed = 0;
const fail = (message) => {
  console.error(message);
  failed++;
};

// 1. Targets.
const targets = new Set([pkg.main, pkg.module, pkg.types, pkg.customElements, pkg.unpkg, pkg.jsdelivr].filter(Boolean));
const walk = (value) => {
  if (typeof value === 'string') targets.add(value);
  else if (value && typeof value === 'object') Object.values(value).forEach(walk);
};
walk(pkg.exports);
for (const target of targets) {
  if (target === SCHEMA) {
    if (!existsSync(target)) fail(`${target} is missing: the build's scripts/schema.mjs writes it`);
    else {
      try {
        JSON.parse(readFileSync(target, 'utf8'));
      } catch (error) {
        fail(`${target} is not valid JSON: ${error.message}`);
      }
    }
    continue;
  }
  if (!existsSync(target)) fail(`package.json points at ${target}, which does not exist.`);
}

// 2. Types, compiled from a folder inside the package so that the package's own name resolves.
const consumer = `
import { TreatmentCompare, TAG_NAME, recommend, QUESTION_IDS } from 'treatment-compare';
import type { Recommendation as FromRoot, TreatmentCompareEventMap } from 'treatment-compare';
import { TreatmentCompare as Defined } from 'treatment-compare/define';
import { recommend as engineRecommend, LEVEL_IDS } from 'treatment-compare/engine';
import type { Answers, Recommendation } from 'treatment-compare/engine';
import { TreatmentCompare as Bundled } from 'treatment-compare/treatment-compare.js';

const tag: string = TAG_NAME;
const element: TreatmentCompare = document.createElement('treatment-compare');
const same: typeof TreatmentCompare = Defined;
const bundled: typeof TreatmentCompare = Bundled;
const answers: Answers = element.answers;
const result: Recommendation | null = engineRecommend(answers, { levels: ['iop', 'inpatient'], offers: [LEVEL_IDS[1]] });
const again: FromRoot | null = recommend(answers);
element.addEventListener('treatment-compare-cta', (event) => {
  const kind: 'phone' | 'link' = event.detail.kind;
  return kind;
});
const step: TreatmentCompareEventMap['treatment-compare-step']['detail'] = { step: 1, total: QUESTION_IDS.length };
element.reset();
export { tag, same, bundled, result, again, step };
`;
const dir = mkdtempSync(join(process.cwd(), '.check-package-'));
try {
  writeFileSync(join(dir, 'consumer.mts'), consumer);
  const tsc = join('node_modules', 'typescript', 'bin', 'tsc');
  for (const [module, resolution] of [['nodenext', 'nodenext'], ['esnext', 'bundler']]) {
    const compilerOptions = { noEmit: true, strict: true, skipLibCheck: true, types: [], target: 'es2021', lib: ['es2022', 'dom', 'dom.iterable'], module, moduleResolution: resolution };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.mts'] }));
    try {
      execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { stdio: 'pipe' });
      console.log(`Types resolve through package.json exports (moduleResolution ${resolution}).`);
    } catch (error) {
      fail(`Types do not resolve through package.json exports (moduleResolution ${resolution}):\n${error.stdout}${error.stderr}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (failed) process.exit(1);
console.log('Package entries OK.');
