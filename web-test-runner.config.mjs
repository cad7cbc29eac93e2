import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { cspHeaders } from './test/bundle/csp-headers.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { reliabilityCommands } from './test/reliability/commands.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] }, // Lit's dev build, so its warnings surface in tests
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
    }),
  ],
  plugins: [reliabilityCommands(), esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  middleware: [cspHeaders],
  reporters: [defaultReporter(), summaryReporter()],
};
