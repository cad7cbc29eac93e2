import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] }, // Lit's dev build, so its warnings surface in tests
  // ...but not its notice that it is the dev build, which every test file would print again.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode.'),
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
    }),
  ],
  plugins: [
    reliabilityCommands(),
    browserSupportCommand(),
    bundledForTheBrowser(['syllable']),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  middleware: [cspHeaders],
  reporters: [defaultReporter(), timingReporter(), summaryReporter()], // the summary line stays last
};
