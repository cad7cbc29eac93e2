import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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
 * survives a hostile page. They run in a browser of their own (a process of its own), started when the last clean
 * browser has run its files, so that no more browsers run at once than there are clean ones.
 *
 * Why: every test page comes from the same origin, so one Chromium shares a renderer process, and so one V8 isolate,
 * across all the files it runs. Putting an element on Array.prototype or Object.prototype (hardening.test.ts sets
 * Array.prototype[0] and [1]; hostile.test.ts does the same and more in iframes) invalidates V8's isolate-wide
 * "no elements" protector for good: from then on every array access in every later file takes the slow path (the
 * engine invariants took 56–94 s in a whole run after hardening.test.ts, 18–19 s alone). Deleting the values again
 * does not undo it.
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
 * `--group clean-1` / `--group polluting`).
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

/**
 * The clean files run in this many Chromiums at once (TC_TEST_BROWSERS; by default two, or one on a one-core
 * machine). Each browser runs one file at a time, in its own renderer process, so two use two cores; two files at
 * once in one browser share one renderer's main thread (slower, and focus and viewport tests fail).
 */
const CLEAN_BROWSERS = Math.max(1, Math.floor(Number(process.env.TC_TEST_BROWSERS)) || Math.min(2, availableParallelism()));

/**
 * Rough seconds the slow files take in a whole run (2-core machine, two browsers at once), to share the files out
 * evenly; a file
 * not listed counts as 1. Only the balance depends on these: a stale number costs time, never a test.
 */
const WEIGHTS = {
  'test/reliability/a11y.test.ts': 28,
  'test/engine/invariants.test.ts': 24, // its workers share the cores with the other browser
  'test/reliability/injection.test.ts': 24,
  'test/reliability/hostile.test.ts': 17,
  'test/reserve.test.ts': 14,
  'test/reliability/fuzz.test.ts': 10,
  'test/configurator.test.ts': 9,
  'test/element-a11y.test.ts': 7,
  'test/reliability/layout.test.ts': 5,
  'test/browser-support.test.ts': 4,
};

const weight = (f) => WEIGHTS[f] ?? 1;

/**
 * Deals `files` out to `n` lists of about equal weight, the heaviest first (each list keeps that order). The last
 * list starts with `head` seconds already: the polluting files run after it, in a browser of their own.
 */
function shareOut(files, n, head = 0) {
  const lists = Array.from({ length: n }, (_, i) => ({ files: [], weight: i === n - 1 ? head : 0 }));
  for (const file of [...files].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b))) {
    const lightest = lists.reduce((a, b) => (b.weight < a.weight ? b : a));
    lightest.files.push(file);
    lightest.weight += weight(file);
  }
  return lists.map((l) => l.files).filter((l) => l.length);
}

/**
 * The polluting files' browser starts its first page only once every session of `before` (the last clean browser,
 * dealt less work for this) has finished, so no more than the clean browsers' number run at once, one per core. It
 * is a process of its own, so what its files do to the built-ins never reaches a clean file's isolate.
 */
function after(before, launcher) {
  let open;
  const done = new Promise((resolve) => (open = resolve));
  const startSession = launcher.startSession.bind(launcher);
  launcher.startSession = async (...args) => {
    await done;
    return startSession(...args);
  };
  const reporter = {
    start({ sessions }) {
      const check = () => {
        if ([...sessions.all()].every((s) => s.browser !== before || s.status === 'FINISHED')) open();
      };
      sessions.on('session-status-updated', check);
      check();
    },
  };
  return { launcher, reporter };
}

const cleanBrowsers = Array.from({ length: CLEAN_BROWSERS }, chrome);
const polluting = after(cleanBrowsers[CLEAN_BROWSERS - 1], chrome());
const groups = [
  ...shareOut(CLEAN_FILES, CLEAN_BROWSERS, POLLUTING_FILES.reduce((sum, f) => sum + weight(f), 0)).map((files, i) => ({
    name: `clean-${i + 1}`,
    files,
    browsers: [cleanBrowsers[i]],
  })),
  { name: 'polluting', files: POLLUTING_FILES, browsers: [polluting.launcher] },
];

const cli = commandLine();
const focused = cli.files?.length > 0;
const whole = !focused && cli.group == null;

export default {
  ...(focused ? {} : { groups }),
  nodeResolve: { exportConditions: ['development'] }, // Lit's dev build, so its warnings surface in tests
  // ...but not its notice that it is the dev build, which every test file would print again.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode.'),
  // One file at a time per browser; the clean groups' browsers at once, the polluting group's after the last of them
  // (it waits in after(), so its first page may take as long as that browser's files to start).
  concurrency: 1,
  concurrentBrowsers: CLEAN_BROWSERS + 1,
  browserStartTimeout: 600000,
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
    polluting.reporter,
    defaultReporter(),
    timingReporter(),
    summaryReporter(), // its line stays the last of the run
  ],
};
