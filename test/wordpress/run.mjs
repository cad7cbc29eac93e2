// npm run test:wordpress: the plugin on a real WordPress (Debian's packages), driven in Chromium.
//
// 1. Builds if dist/treatment-compare-wordpress.zip is missing or older than src/ or wordpress/.
// 2. scripts/wordpress/setup.sh: installs what is missing, starts MariaDB and PHP's server on 127.0.0.1,
//    installs WordPress and the zip (see that script).
// 3. Runs every test/wordpress/*.test.mjs in one headless Chromium, one test at a time.
// 4. Stops the site again if this run started it (TC_WP_KEEP=1 leaves it running).
// Ends with one plain "N passed, N failed" line; exits non-zero on any failure.
// Options: TC_WP_ZIP=path (test another zip), TC_WP_ONLY=regexp (run the tests whose names match).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { ROOT, SITE_DIR, ctx, deleteTestPosts, readJson, setDefaults, tests } from './harness.mjs';

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;
const zip = process.env.TC_WP_ZIP || join(ROOT, 'dist/treatment-compare-wordpress.zip');
let passed = 0;
let failed = 0;

function finish(code) {
  console.log(`\nReal WordPress: ${seconds(started)} in all`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
}

function newestFile(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFile(path) : statSync(path).mtimeMs);
  }
  return newest;
}

// 1. The zip
if (!process.env.TC_WP_ZIP) {
  const zipTime = existsSync(zip) ? statSync(zip).mtimeMs : 0;
  const sources = Math.max(newestFile(join(ROOT, 'src')), newestFile(join(ROOT, 'wordpress')));
  if (zipTime < sources) {
    console.log(`${relative(ROOT, zip)} is ${zipTime ? 'older than the sources' : 'missing'}: npm run build`);
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0 || !existsSync(zip)) {
      console.error(`npm run build did not write ${relative(ROOT, zip)}`);
      failed++;
      finish(1);
    }
  }
}

// 2. The site, for this run alone: a second run at the same time (another terminal, another agent) would make new
// application passwords and reset the options under this one, so it waits for the lock.
const lock = `${SITE_DIR}.lock`;
const lockWaitStart = Date.now();
let announced = false;
for (;;) {
  try {
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(process.pid));
    break;
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    let holder = 0;
    try {
      holder = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      process.kill(holder, 0);
    } catch {
      // No live holder (a run that was killed): wait a moment in case it is being written, then take it over.
      if (Date.now() - statSync(lock).mtimeMs > 2000) rmSync(lock, { recursive: true, force: true });
    }
    if (Date.now() - lockWaitStart > 15 * 60_000) {
      console.error(`${lock} is held by process ${holder}: another WordPress test run is still going`);
      failed++;
      finish(1);
    }
    if (holder && !announced) console.log(`waiting for the WordPress test run of process ${holder} to end…`);
    announced ||= !!holder;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  }
}
process.on('exit', () => rmSync(lock, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const running = (name) => {
  try {
    process.kill(Number(readFileSync(join(SITE_DIR, name), 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
};
const wasRunning = running('php-server.pid') && running('mysqld.pid');
const setupStart = Date.now();
const setup = spawnSync('bash', [join(ROOT, 'scripts/wordpress/setup.sh'), zip], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, TC_WP_DIR: SITE_DIR, TC_WP_LOCK_OWNER: String(process.pid) } });
const stop = () => {
  if (wasRunning || process.env.TC_WP_KEEP) return;
  spawnSync('bash', [join(ROOT, 'scripts/wordpress/stop.sh')], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, TC_WP_DIR: SITE_DIR, TC_WP_LOCK_OWNER: String(process.pid) } });
};
if (setup.status !== 0) {
  console.error('scripts/wordpress/setup.sh failed');
  failed++;
  stop();
  finish(1);
}
ctx.site = readJson(join(SITE_DIR, 'state.json'));
ctx.zip = zip;
// A clean slate: no posts from earlier runs, no site-wide defaults.
deleteTestPosts();
setDefaults(null);
const debugLog = join(SITE_DIR, 'debug.log');
ctx.debugLog = { path: debugLog, offset: existsSync(debugLog) ? statSync(debugLog).size : 0 };
ctx.shots = process.env.TC_WP_SHOTS || join(SITE_DIR, 'screenshots');
mkdirSync(ctx.shots, { recursive: true });
console.log(`Set up in ${seconds(setupStart)}: WordPress ${ctx.site.wordpress}, PHP ${ctx.site.php}, ${ctx.site.mysql}, ${ctx.site.plugin.name} ${ctx.site.plugin.version}, at ${ctx.site.url}`);

// 3. The tests
const dir = join(ROOT, 'test/wordpress');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort()) await import(join(dir, file));
const only = process.env.TC_WP_ONLY ? new RegExp(process.env.TC_WP_ONLY, 'i') : null;

ctx.browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
try {
  for (const { name, fn, timeout } of tests) {
    if (only && !only.test(name)) continue;
    const t0 = Date.now();
    let timer;
    try {
      await Promise.race([fn(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${timeout / 1000}s`)), timeout)))]);
      passed++;
      console.log(`  ✓ ${name} (${seconds(t0)})`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${name} (${seconds(t0)})\n    ${String(error?.stack ?? error).split('\n').join('\n    ')}`);
    } finally {
      clearTimeout(timer);
    }
  }
} finally {
  await ctx.browser.close();
  stop();
}
finish(failed ? 1 : 0);
