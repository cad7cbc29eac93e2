// The declared browser support (package.json "browserslist") checked against the built bundles with es-check, a
// maintained tool: no syntax and no ECMAScript built-in newer than those browsers run. Used by the browser
// support test (a server command of the test runner) and by `npm run check-browsers`.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ES_CHECK = fileURLToPath(new URL('../node_modules/es-check/lib/cli/index.js', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The browsers the package declares, as one browserslist query. */
export const BROWSERS = PACKAGE.browserslist.join(', ');
/** The ECMAScript edition the build targets (tsconfig "target", terser "ecma"): es2021. */
export const BUILD_TARGET = 'es2021';
export const BUNDLES = ['dist/treatment-compare.iife.js', 'dist/treatment-compare.js', 'dist/engine.js'];

/**
 * Checks files against the build target (syntax and built-ins, --checkFeatures) and against the declared
 * browsers (checkBrowser). Resolves { ok, output } and never throws.
 */
export async function checkBrowserSupport(files = BUNDLES) {
  const results = [];
  for (const file of files) {
    const module = file.endsWith('.iife.js') ? [] : ['--module'];
    for (const args of [
      [BUILD_TARGET, file, ...module, '--checkFeatures'],
      ['checkBrowser', file, ...module, '--checkFeatures', `--browserslistQuery=${BROWSERS}`],
    ]) {
      try {
        const { stdout, stderr } = await run(process.execPath, [ES_CHECK, ...args, '--noColor']);
        results.push({ file, args: args.join(' '), ok: true, output: `${stdout}${stderr}`.trim() });
      } catch (error) {
        results.push({ file, args: args.join(' '), ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() });
      }
    }
  }
  return { ok: results.every((r) => r.ok), results };
}

/** A test-runner plugin: the command "check-browser-support" runs the check on the server side. */
export function browserSupportCommand() {
  return {
    name: 'browser-support',
    async executeCommand({ command, payload }) {
      if (command !== 'check-browser-support') return undefined;
      return checkBrowserSupport(payload?.files);
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { ok, results } = await checkBrowserSupport();
  for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} es-check ${r.args}${r.ok ? '' : `\n${r.output}`}`);
  console.log(ok ? `Browser support OK: ${BROWSERS} (${BUILD_TARGET}).` : 'Browser support check failed.');
  process.exit(ok ? 0 : 1);
}
