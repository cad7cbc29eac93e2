// Runs every test suite in headless Chromium (finding or installing it first).
import { spawnSync } from 'node:child_process';
import { findChrome } from './find-chrome.mjs';

process.env.CHROME_PATH = findChrome();
const result = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});
process.exit(result.status ?? 1);
