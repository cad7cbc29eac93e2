import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { cspHeaders } from './test/bundle/csp-headers.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { timingReporter } from './scripts/timing-reporter.mjs';
import { reliabilityCommands } from './test/reliability/commands.mjs';
import { browserSupportCommand } from './scripts/browser-support.mjs';

/**
 * Serves a package as one ES module bundled by esbuild. The readability test's syllable counter depends on
 * CommonJS packages (and a JSON table) that a browser cannot import as they are.
 */
function bundledForTheBrowser(packages) {
  return {
    name: 'bundled-for-the-browser',
    resolveImport: ({ source }) => (packages.includes(source) ? `/__bundled__/${source}.js` : undefined),
    async serve(context) {
      const name = /^\/__bundled__\/(.+)\.js$/.exec(context.path)?.[1];
      if (!packages.includes(name)) return undefined;
      const { outputFiles } = await build({ entryPoints: [name], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
      return { body: outputFiles[0].text, type: 'js' };
    },
  };
}

/**
 * Test files that change built-ins (Object.prototype, Array.prototype, JSON.parse, …) on purpose, to prove the widget
 * survives a hostile page. They run in a browser of their own, after every other file, never at the same time as one.
 *
 * Why: every test page comes from the same origin, so one Chromium shares a renderer process, and so one V8 isolate,
 * across all the files it runs. Putting an element on Array.prototype or Object.prototype (hardening.test.ts sets
 * Array.prototype[0] and [1]; hostile.test.ts does the same and more in iframes) invalidates V8's isolate-wide
 * "no elements" protector for good: from then on every array access in every later file takes the slow path (the
 * engine invariants took ~65 s instead of ~17 s after hardening.test.ts). Removing the values again does not undo it.
 *
 * A file that pollutes built-ins, even in an iframe, even briefly, belongs here. Paths are relative to this file.
 */
const POLLUTING_FILES = ['test/hardening.test.ts', 'test/reliability/hostile.test.ts'];

/** Every test file: what `test/**\/*.test.ts` matches. */
const ALL_FILES = readdirSync(fileURLToPath(new URL('./test', import.meta.url)), { recursive: true })
  .map((f) => `test/${f.split(/[\\/]/).join('/')}`)
  .filter((f) => f.endsWith('.test.ts'))
  .sort();

const CLEAN_FILES = ALL_FILES.filter((f) => !POLLUTING_FILES.includes(f));

{
  const unknown = POLLUTING_FILES.filter((f, i) => !ALL_FILES.includes(f) || POLLUTING_FILES.indexOf(f) !== i);
  if (unknown.length) throw new Error(`web-test-runner.config.mjs: POLLUTING_FILES names ${unknown.join(', ')}: not a test file under test/, or twice`);
}

/**
 * Stops a whole run before its first test unless the runner made exactly one session per test file: the groups
 * together run every file of test/**\/*.test.ts, each once.
 */
function everyFileOnce(files) {
  return {
    start({ sessions, config }) {
      const run = [...sessions.all()].map((s) => relative(config.rootDir, s.testFile).split(sep).join('/')).sort();
      if (run.join() !== files.join()) {
        const missing = files.filter((f) => !run.includes(f));
        const twice = run.filter((f, i) => run.indexOf(f) !== i);
        const extra = run.filter((f) => !files.includes(f));
        throw new Error(`The test groups do not run every test file once. Missing: ${missing.join(', ') || 'none'}; twice: ${twice.join(', ') || 'none'}; not in test/**/*.test.ts: ${extra.join(', ') || 'none'}`);
      }
    },
  };
}

/**
 * The command line, read the way the runner reads it. The runner always runs files named there
 * (`web-test-runner --config … test/x.test.ts`) in its default group, in one browser, so the groups are left out
 * then: a focused run is one browser, in the order given, as before the split (name a polluting file last, or run
 * `--group clean` / `--group polluting`).
 */
function commandLine() {
  const require = createRequire(import.meta.url);
  const { readCliArgs } = require(join(dirname(require.resolve('@web/test-runner')), 'config', 'readCliArgs.js'));
  return readCliArgs({ argv: process.argv });
}

const chrome = () =>
  chromeLauncher({
    launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
  });

const groups = [
  { name: 'clean', files: CLEAN_FILES, browsers: [chrome()] },
  { name: 'polluting', files: POLLUTING_FILES, browsers: [chrome()] },
];

const cli = commandLine();
const focused = cli.files?.length > 0;
const whole = !focused && cli.group == null;

export default {
  ...(focused ? {} : { groups }),
  nodeResolve: { exportConditions: ['development'] }, // Lit's dev build, so its warnings surface in tests
  // ...but not its notice that it is the dev build, which every test file would print again.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode.'),
  // One file at a time per browser (two at once was slower here, and viewport and focus tests fail), and one
  // browser at a time: the scheduler starts the polluting group's browser only once the clean group has finished.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browsers: [chrome()], // for files named on the command line; the groups bring their own
  plugins: [
    reliabilityCommands(),
    browserSupportCommand(),
    bundledForTheBrowser(['syllable']),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  middleware: [cspHeaders],
  reporters: [
    ...(whole ? [everyFileOnce(ALL_FILES)] : []),
    defaultReporter(),
    timingReporter(),
    summaryReporter(), // its line stays the last of the run
  ],
};
