// npm run bench — compares <treatment-compare> with a bare Lit element, a bare custom element, SurveyJS and
// Typeform's embed loader in Debian's Chromium, over a loopback-only server. See bench/README.md.
// Load pages (bytes, CPU, time to rendered, heap) at N = --counts, 1280×800, scripts not delayed; layout shift
// with one instance at 390×844 and 1280×800, scripts held back --script-delay ms: with each contender's reserve
// and without, the visitor scrolling with the mouse wheel meanwhile, and without a reserve for a visitor who
// stays at the top too; answering a question at N=1.
// Options: --rounds N (default 9; fewer writes to bench/out/ so the committed results stay), --warmup N
// (default 1), --counts 1,10,100 (load pages; layout shift is always N=1), --only widget,lit (the control is
// always kept), --script-delay MS (2000: how long each script of a shift page is held back), --verbose (one
// line per page load, each shift page's figures, and the layout-shift entries of a page whose CLS is above 0),
// --help.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CONTENDERS, WIDGET_RESERVE_CSS } from './contenders.mjs';
import { SHIFT_N, writePages } from './pages.mjs';
import { measureInteraction, measureLoad, measureShift } from './measure.mjs';
import { summarize, toMarkdown } from './report.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, '..');
const OUT = join(BENCH, 'out');

const { values: opts } = parseArgs({
  options: {
    rounds: { type: 'string', default: '9' },
    warmup: { type: 'string', default: '1' },
    counts: { type: 'string', default: '1,10,100' },
    only: { type: 'string' },
    'script-delay': { type: 'string', default: '2000' },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  // The options, as this file's header comment gives them.
  const header = readFileSync(fileURLToPath(import.meta.url), 'utf8').match(/^(\/\/.*\n)+/)[0];
  console.log(header.replace(/^\/\/ ?/gm, '').trim());
  process.exit(0);
}
const rounds = Number(opts.rounds);
const warmup = Number(opts.warmup);
const counts = opts.counts.split(',').map(Number);
const contenders = opts.only ? CONTENDERS.filter((c) => c.id === 'control' || opts.only.split(',').includes(c.id)) : CONTENDERS;
// A quick run must not overwrite the committed results of a full one.
const resultsDir = rounds >= 9 ? BENCH : OUT;

// 1. The peers live in bench/node_modules only. A fresh clone has none: install them from the lockfile, when a
// contender run loads from there (--only widget,lit needs none).
const peers = contenders.some((c) => [...c.scripts, ...c.css].some((path) => path.startsWith('/bench/node_modules/')))
  ? Object.keys(pkg(BENCH).devDependencies)
  : [];
if (peers.some((name) => !existsSync(join(BENCH, 'node_modules', name, 'package.json')))) {
  console.log('bench: installing the peers (npm ci --prefix bench)…');
  execFileSync('npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
if (!existsSync(join(ROOT, 'dist', 'treatment-compare.iife.js'))) {
  console.error('bench: dist/treatment-compare.iife.js is missing: run `npm run build` (npm run bench does).');
  process.exit(1);
}
if (contenders.some((c) => c.id === 'widget') && !existsSync(WIDGET_RESERVE_CSS)) {
  console.error('bench: dist/treatment-compare.reserve.css is missing: run `npm run build` (or node scripts/reserve-css.mjs).');
  process.exit(1);
}

// 2. The bench's own contenders, bundled like the widget (imported late: the root's devDependencies). The
// widget's bundle is copied below, so a rebuild of dist/ during the run cannot mix two builds in one result.
const { buildContenders } = await import('./build.mjs');
const built = await buildContenders(BENCH, OUT);

// 3. Server, browser, pages.
const { startServer } = await import('../scripts/static-server.mjs');
const { findChrome, CHROME_ARGS } = await import('../scripts/find-chrome.mjs');
const { chromium } = await import('playwright-core');

const settle = { load: 500, shift: 500 };
// The widget's bundle is copied, and its reserve style read into the pages, at one moment: both of one build.
copyFileSync(join(ROOT, 'dist', 'treatment-compare.iife.js'), join(OUT, 'treatment-compare.iife.js'));
const reserveSha = contenders.some((c) => c.id === 'widget') ? sha256(WIDGET_RESERVE_CSS) : null;
const pageFor = writePages(OUT, contenders, counts, settle);
const withReserve = new Set(contenders.filter((c) => c.reserveCss).map((c) => c.id)); // read once, like the pages
const server = await startServer({ root: ROOT, port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({
  executablePath: findChrome(),
  // Besides the route that blocks and lists them, nothing but loopback even resolves.
  args: [...CHROME_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const env = {
  browser,
  base: `http://127.0.0.1:${server.address().port}`,
  viewport: { width: 1280, height: 800 }, // load and interaction pages
  scriptDelayMs: Number(opts['script-delay']), // shift pages only
  // The visitor of a shift page: two turns of the mouse wheel while the scripts are on their way.
  scroll: [
    { atMs: 500, deltaY: 300 },
    { atMs: 1000, deltaY: 300 },
  ],
};
// Layout shift: a phone and a laptop. (Playwright's headless Chromium hides scrollbars: the page is as wide
// as the viewport, as on a phone or a Mac; a desktop with classic scrollbars has ~15 px less.)
const SHIFT_VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const vpKey = (vp) => String(vp.width);
// [key, reserve, the visitor scrolls]. Without a reserve also a visitor who stays at the top: once the page is
// scrolled, Chromium's scroll anchoring keeps the text in view in place, which can hide the shift altogether.
const SHIFT_VARIANTS = [
  ['none', false, true],
  ['noneTop', false, false],
  ['reserve', true, true],
];

const machine = {
  cpu: cpus()[0]?.model.trim(),
  cores: cpus().length,
  ramGiB: Math.round(totalmem() / 2 ** 30),
  os: osName(),
  chromium: browser.version(),
  node: process.version,
  date: new Date().toISOString(),
  loadAverageAtStart: loadavg().map((x) => +x.toFixed(2)),
};
const versions = {
  'treatment-compare': `${pkg(ROOT).version} (commit ${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src', 'rollup.config.mjs') ? ', with uncommitted changes in src/ or the build config' : ''}; IIFE sha256 ${sha256(join(OUT, 'treatment-compare.iife.js'))}${reserveSha ? `; reserve CSS sha256 ${reserveSha}` : ''})`,
  lit: pkg(join(ROOT, 'node_modules', 'lit')).version,
  ...Object.fromEntries(peers.map((name) => [name, pkg(join(BENCH, 'node_modules', name)).version])),
};

// 4. Rounds. Within a round every contender is measured in turn for each figure (interleaved A B C A B C …),
// so a slow spell on this shared 2-core machine hits all of them alike; each figure is later compared with
// the control of the same round. The warm-up rounds are measured the same way and thrown away.
const raw = { load: {}, shift: {}, interaction: {}, requests: {}, blocked: {}, errors: [] };
const push = (obj, keys, value) => {
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k] ??= {};
  (o[keys.at(-1)] ??= []).push(value);
};
const started = Date.now();
// One retry: on a busy machine a page now and then misses a timeout, and a long run should not die of it.
const timed = async (what, fn) => {
  for (let attempt = 1; ; attempt++) {
    const t = Date.now();
    try {
      const result = await fn();
      if (opts.verbose) console.log(`  ${what}: ${Date.now() - t} ms`);
      return result;
    } catch (error) {
      if (attempt === 2) throw error;
      console.warn(`bench: ${what} failed (${error.message.split('\n')[0]}); trying once more`);
    }
  }
};
for (let round = -warmup; round < rounds; round++) {
  const keep = round >= 0;
  const t0 = Date.now();
  for (const n of counts) {
    for (const c of contenders) {
      const r = await timed(`load ${c.id} ×${n}`, () => measureLoad(env, pageFor('load', c.id, n)));
      if (r.errors.length) raw.errors.push({ contender: c.id, n, errors: r.errors });
      if (!keep) continue;
      const { scriptMs, scriptWallMs, taskMs, taskWallMs, cdpScriptMs, cdpTaskMs, layoutMs, renderMs, heap, nodes } = r;
      push(raw.load, [c.id, n], { scriptMs, scriptWallMs, taskMs, taskWallMs, cdpScriptMs, cdpTaskMs, layoutMs, renderMs, heap, nodes });
      raw.requests[c.id] ??= r.requests;
      const blocked = (raw.blocked[c.id] ??= { perPage: {}, urls: new Set() });
      blocked.perPage[n] ??= r.blocked.length;
      for (const url of r.blocked) blocked.urls.add(url.replace(/[?#].*/, '')); // one line per file, not per instance
    }
  }
  for (const vp of SHIFT_VIEWPORTS) {
    for (const c of contenders) {
      if (c.id === 'control') continue;
      for (const [variant, reserve, scroll] of SHIFT_VARIANTS) {
        if (reserve && !withReserve.has(c.id)) continue;
        const r = await timed(`shift ${c.id} ${vp.width}×${vp.height} ${variant}`, () => measureShift(env, pageFor('shift', c.id, SHIFT_N, reserve), vp, c, scroll ? env.scroll : []));
        if (r.errors.length) raw.errors.push({ contender: c.id, shift: `${vpKey(vp)} px ${variant}`, errors: r.errors });
        if (opts.verbose) console.log(`    CLS ${r.cls.toFixed(4)}; height ${r.height} (own ${r.naturalHeight}, min-height ${r.reservePx}) at width ${r.width}; scrolled ${r.scrollY}, text below moved ${r.belowMovedPx}, anchoring ${r.anchorScrollPx}; rendered at ${r.renderedAtMs?.toFixed(0)} ms`);
        if (opts.verbose && r.cls > 0) for (const e of r.entries) console.log(`      shift ${e.value} at ${e.at} ms${e.hadRecentInput ? ' (recent input: not counted)' : ''}: ${e.sources.map((x) => `${x.node} y ${x.before.y}→${x.after.y} h ${x.before.height}→${x.after.height}`).join('; ')}`);
        const { blocked, errors, ...figures } = r;
        if (keep) push(raw.shift, [c.id, vpKey(vp), variant], figures);
      }
    }
  }
  for (const c of contenders) {
    if (!c.interact) continue;
    const r = await timed(`answer ${c.id}`, () => measureInteraction(env, pageFor('load', c.id, 1), c));
    if (r.errors) raw.errors.push({ contender: c.id, interaction: true, errors: r.errors });
    if (keep) for (const [action, figures] of Object.entries(r)) if (action !== 'errors') push(raw.interaction, [c.id, action], figures);
  }
  console.log(`bench: ${keep ? `round ${round + 1}/${rounds}` : 'warm-up'} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
machine.loadAverageAtEnd = loadavg().map((x) => +x.toFixed(2));
machine.wallSeconds = Math.round((Date.now() - started) / 1000);
await browser.close();
server.close();

// 5. Bytes: every loopback file a page requested (the host page excluded), as served, compressed by node.
const bytes = {};
for (const c of contenders) {
  const files = (raw.requests[c.id] ?? []).map((url) => new URL(url).pathname).filter((p) => !p.startsWith('/bench/out/pages/'));
  const sizes = files.map((path) => {
    const body = readFileSync(join(ROOT, decodeURIComponent(path)));
    return {
      path,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const sum = (k) => sizes.reduce((a, s) => a + s[k], 0);
  const blocked = raw.blocked[c.id] ?? { perPage: {}, urls: [] };
  bytes[c.id] = { files: sizes, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), requests: files.length, blockedPerPage: blocked.perPage, blocked: [...blocked.urls] };
}

// 6. Report.
const settings = { rounds, warmup, counts, viewport: env.viewport, shiftViewports: SHIFT_VIEWPORTS, shiftN: SHIFT_N, scriptDelayMs: env.scriptDelayMs, scroll: env.scroll, settleMs: settle, surveyjsQuiz: built.surveyjsQuiz };
const summary = summarize({ raw, bytes, contenders, counts, shiftViewports: SHIFT_VIEWPORTS });
mkdirSync(resultsDir, { recursive: true });
const json = { machine, versions, settings, summary, bytes, raw: { ...raw, blocked: undefined, requests: undefined } };
writeFileSync(join(resultsDir, 'results.json'), JSON.stringify(json, null, 2) + '\n');
writeFileSync(join(resultsDir, 'results.md'), toMarkdown({ machine, versions, settings, summary, bytes, contenders, errors: raw.errors }));
console.log(`bench: ${machine.wallSeconds} s; wrote ${join(resultsDir, 'results.md')} and results.json`);
if (raw.errors.length) console.warn(`bench: page errors seen, listed in results.md:`, JSON.stringify(raw.errors).slice(0, 500));

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
}

function pkg(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

function osName() {
  try {
    const name = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1];
    return `${name ?? process.platform} (kernel ${release()})`;
  } catch {
    return `${process.platform} ${release()}`;
  }
}
